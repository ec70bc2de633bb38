//! Delimited text (CSV, semicolon, TAB, pipe) into a `RawTable`: delimiter sniffing, quotes, ragged rows.

use crate::io::{ParseError, RawTable, Warning};

/// Delimiters we recognise, in the order that wins a tie.
const CANDIDATES: [u8; 4] = [b';', b',', b'\t', b'|'];

/// Guesses the delimiter from the first lines: the candidate that splits most lines into the same number
/// of fields (quotes respected).
pub fn sniff_delimiter(text: &str) -> u8 {
    let lines = logical_lines(text, 40);
    let mut best = (b',', 0usize, 0usize);
    for delimiter in CANDIDATES {
        let counts: Vec<usize> = lines.iter().map(|line| count_outside_quotes(line, delimiter)).collect();
        let Some(mode) = mode_of_nonzero(&counts) else {
            continue;
        };
        let n_agreeing = counts.iter().filter(|&&count| count == mode).count();
        if (n_agreeing, mode) > (best.1, best.2) {
            best = (delimiter, n_agreeing, mode);
        }
    }
    best.0
}

/// Reads delimited text: skips empty lines before the header, keeps ragged rows (padding or extending the
/// header) and warns about them.
pub fn read(text: &str, delimiter: u8) -> Result<(RawTable, Vec<Warning>), ParseError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut warnings = Vec::new();
    let mut header: Option<Vec<String>> = None;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut n_skipped = 0;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Text is already valid UTF-8, so the only errors left are I/O on a slice: none.
            Err(_) => break,
        }
        let line = record.position().map_or(0, |pos| pos.line() as usize);
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        match &mut header {
            None if cells.iter().all(|cell| cell.trim().is_empty()) => n_skipped += 1,
            None => header = Some(cells),
            Some(header) => {
                if cells.iter().all(String::is_empty) && cells.len() <= 1 {
                    continue;
                }
                if cells.len() != header.len() {
                    warnings.push(Warning::RaggedRow {
                        line,
                        n_fields: cells.len(),
                        n_header: header.len(),
                    });
                }
                rows.push(cells);
            }
        }
    }
    let header = header.ok_or(ParseError::NoHeader)?;
    if n_skipped > 0 {
        warnings.push(Warning::SkippedLeadingRows { n_rows: n_skipped });
    }
    Ok((RawTable::new(header, rows), warnings))
}

/// Up to `limit` lines, joined where a quoted field spans a line break.
fn logical_lines(text: &str, limit: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut in_quotes = false;
    for (idx, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => {
                let line = text[start..idx].trim_end_matches('\r');
                if !line.trim().is_empty() {
                    lines.push(line);
                }
                start = idx + 1;
                if lines.len() == limit {
                    return lines;
                }
            }
            _ => {}
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        lines.push(&text[start..]);
    }
    lines
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut in_quotes = false;
    let mut count = 0;
    for byte in line.bytes() {
        if byte == b'"' {
            in_quotes = !in_quotes;
        } else if byte == delimiter && !in_quotes {
            count += 1;
        }
    }
    count
}

fn mode_of_nonzero(counts: &[usize]) -> Option<usize> {
    let mut tally: Vec<(usize, usize)> = Vec::new();
    for &count in counts.iter().filter(|&&count| count > 0) {
        match tally.iter_mut().find(|(value, _)| *value == count) {
            Some((_, n)) => *n += 1,
            None => tally.push((count, 1)),
        }
    }
    tally
        .into_iter()
        .max_by_key(|&(value, n)| (n, value))
        .map(|(value, _)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_delimiter() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(sniff_delimiter("\"a\",\"b\"\n\"x;y\",\"2\"\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff_delimiter("a|b|c\n1|2|3\n"), b'|');
        assert_eq!(sniff_delimiter("just one column\nvalue\n"), b',');
    }

    #[test]
    fn quoted_newlines_and_doubled_quotes_survive() {
        let (table, warnings) = read("\"a\";\"b\"\n\"line one\nline two\";\"say \"\"hi\"\"\"\n", b';').unwrap();
        assert_eq!(table.header, ["a", "b"]);
        assert_eq!(table.rows, [["line one\nline two", "say \"hi\""]]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn leading_empty_rows_are_skipped_and_ragged_rows_kept() {
        let (table, warnings) = read(",,\na,b\n1,2,3\n4\n", b',').unwrap();
        assert_eq!(table.header, ["a", "b", "#3"]);
        assert_eq!(table.rows, [vec!["1", "2", "3"], vec!["4", "", ""]]);
        assert_eq!(
            warnings,
            [
                Warning::RaggedRow {
                    line: 3,
                    n_fields: 3,
                    n_header: 2
                },
                Warning::RaggedRow {
                    line: 4,
                    n_fields: 1,
                    n_header: 2
                },
                Warning::SkippedLeadingRows { n_rows: 1 },
            ]
        );
    }
}
