//! Delimited text (CSV, semicolon, TAB, pipe): which delimiter a file uses. Splitting is `stream.rs`.

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
}
