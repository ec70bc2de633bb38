//! XLSX workbooks (Microsoft Forms, SurveyXact, Excel) into a `RawTable`: the ZIP container (`zipfile.rs`,
//! inflate by miniz_oxide) and SpreadsheetML read with quick-xml.
//!
//! Why not calamine: it reads every spreadsheet format and, through quick-xml's `encoding` feature, links
//! all of encoding_rs's tables into the wasm (about 214 KB brotli, half the app's budget). XLSX is UTF-8
//! XML; what we need of it is a few hundred lines. Reading it ourselves also lets us cap how much a file may
//! unpack to, so a zip bomb is an error message and not a crashed tab.

use std::collections::HashMap;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::io::recognise::MAX_TITLE_ROWS;
use crate::io::zipfile::{Archive, ZipError};
use crate::io::{ParseError, RawTable, Warning};

/// No part of a workbook may unpack to more than this, and all parts together to no more than twice it.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// A merged range of cells: (row, column) of its first and last cell.
type Merge = ((usize, usize), (usize, usize));

/// What was read from a workbook.
pub struct WorkbookRead {
    pub table: RawTable,
    /// The sheet the table came from.
    pub sheet: String,
    /// Every sheet, in workbook order (for the sheet picker).
    pub sheet_names: Vec<String>,
    /// A SurveyXact workbook's Structure sheet (with its header) and Labels sheet (no header).
    pub surveyxact: Option<(RawTable, Vec<Vec<String>>)>,
}

/// Reads a workbook: SurveyXact's Dataset sheet (with its Structure and Labels) when it is one; otherwise
/// `wanted_sheet`, or the first sheet with data. Dates become ISO text (`2025-03-27 18:35`).
pub fn read(bytes: &[u8], wanted_sheet: Option<&str>) -> Result<(WorkbookRead, Vec<Warning>), ParseError> {
    let mut workbook = Workbook::open(bytes)?;
    let sheets = workbook.sheets()?;
    let sheet_names: Vec<String> = sheets.iter().map(|(name, _)| name.clone()).collect();
    let path_of = |wanted: &str| {
        sheets
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(name, path)| (name.clone(), path.clone()))
    };
    let wants_dataset = wanted_sheet.is_none_or(|wanted| wanted.eq_ignore_ascii_case("Dataset"));
    if let (true, Some((name, dataset)), Some((_, structure))) =
        (wants_dataset, path_of("Dataset"), path_of("Structure"))
    {
        let table = workbook.sheet_table(&dataset)?.ok_or(ParseError::NoSheetWithData)?;
        let structure = workbook.sheet_table(&structure)?.unwrap_or_default();
        let labels = match path_of("Labels") {
            Some((_, labels)) => workbook.sheet_rows(&labels)?,
            None => Vec::new(),
        };
        let read = WorkbookRead {
            table,
            sheet: name,
            sheet_names,
            surveyxact: Some((structure, labels)),
        };
        return Ok((read, Vec::new()));
    }
    let mut warnings = Vec::new();
    let wanted = wanted_sheet.and_then(path_of);
    let candidates: Vec<(String, String)> = match wanted {
        Some(sheet) => vec![sheet],
        None => sheets.clone(),
    };
    for (name, path) in candidates {
        let Some(table) = workbook.sheet_table(&path)? else {
            continue;
        };
        if sheets.len() > 1 && wanted_sheet.is_none() {
            warnings.push(Warning::OtherSheetsIgnored {
                used: name.clone(),
                n_other: sheets.len() - 1,
            });
        }
        let read = WorkbookRead {
            table,
            sheet: name,
            sheet_names,
            surveyxact: None,
        };
        return Ok((read, warnings));
    }
    Err(ParseError::NoSheetWithData)
}

fn spreadsheet_error(detail: impl ToString) -> ParseError {
    ParseError::Spreadsheet {
        detail: detail.to_string(),
    }
}

/// An open workbook: the archive, its shared strings and which cell styles are dates.
struct Workbook<'a> {
    archive: Archive<'a>,
    unpacked: u64,
    shared_strings: Vec<String>,
    date_styles: Vec<bool>,
}

impl<'a> Workbook<'a> {
    fn open(bytes: &'a [u8]) -> Result<Workbook<'a>, ParseError> {
        let archive = Archive::open(bytes).map_err(spreadsheet_error)?;
        let mut workbook = Workbook {
            archive,
            unpacked: 0,
            shared_strings: Vec::new(),
            date_styles: Vec::new(),
        };
        if let Some(xml) = workbook.part("xl/sharedStrings.xml")? {
            workbook.shared_strings = shared_strings(&xml)?;
        }
        if let Some(xml) = workbook.part("xl/styles.xml")? {
            workbook.date_styles = date_styles(&xml)?;
        }
        Ok(workbook)
    }

    /// A part of the package as text, `None` when it is absent. Unpacking stops at the size limits.
    fn part(&mut self, path: &str) -> Result<Option<String>, ParseError> {
        let too_large = || ParseError::UnpacksTooLarge {
            limit_mib: (MAX_UNPACKED_BYTES / (1024 * 1024)) as usize,
        };
        let bytes = match self.archive.read(path, MAX_UNPACKED_BYTES as usize) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => return Ok(None),
            Err(ZipError::TooLarge) => return Err(too_large()),
            Err(error) => return Err(spreadsheet_error(error)),
        };
        self.unpacked += bytes.len() as u64;
        if self.unpacked > 2 * MAX_UNPACKED_BYTES {
            return Err(too_large());
        }
        String::from_utf8(bytes).map(Some).map_err(spreadsheet_error)
    }

    /// Sheet names and part paths, in workbook order.
    fn sheets(&mut self) -> Result<Vec<(String, String)>, ParseError> {
        let workbook = self
            .part("xl/workbook.xml")?
            .ok_or_else(|| spreadsheet_error("xl/workbook.xml is missing"))?;
        let relationships = self.part("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
        let targets = relationship_targets(&relationships)?;
        let mut sheets = Vec::new();
        let mut reader = Reader::from_str(&workbook);
        loop {
            match reader.read_event().map_err(spreadsheet_error)? {
                Event::Start(element) | Event::Empty(element) if element.local_name().as_ref() == "sheet" => {
                    let name = attribute(&element, "name").unwrap_or_default();
                    let target = attribute(&element, "id")
                        .and_then(|id| targets.get(&id).cloned())
                        .unwrap_or_else(|| format!("worksheets/sheet{}.xml", sheets.len() + 1));
                    let path = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_owned(),
                        None => format!("xl/{target}"),
                    };
                    sheets.push((name, path));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(sheets)
    }

    /// A sheet as a table: leading empty rows skipped, the first row as header; `None` when it is empty.
    /// Title rows are skipped: one merged over the whole row, or up to three one-cell rows above a wider
    /// row. A heading merged over some of its columns, or down into the row below, makes that row header
    /// too: each column is named by both rows («Samarbeidspartnere: Barnehager»).
    fn sheet_table(&mut self, path: &str) -> Result<Option<RawTable>, ParseError> {
        let (rows, merges) = self.sheet_cells(path)?;
        let has_text = |cell: &&String| !crate::io::values::is_blank(cell);
        let filled = |row: &Vec<String>| row.iter().any(|cell| has_text(&cell));
        let n_filled = |row: &Vec<String>| row.iter().filter(has_text).count();
        let merged_from = |first: usize| merges.iter().filter(move |((row0, _), _)| *row0 == first);
        let next_filled = |after: usize| rows[after + 1..].iter().position(filled).map(|next| after + 1 + next);
        let Some(mut first) = rows.iter().position(filled) else {
            return Ok(None);
        };
        // Title rows above the table: one merged over the whole row, or up to three typed in one cell each
        // above a wider row (a report's name, the date it was made).
        loop {
            let width = rows[first].len();
            if merged_from(first).any(|((_, col0), (_, col1))| *col0 == 0 && col1 > col0 && col1 + 1 >= width) {
                let Some(next) = next_filled(first) else {
                    return Ok(None);
                };
                first = next;
                continue;
            }
            if n_filled(&rows[first]) != 1 {
                break;
            }
            // The next filled rows: those before the first wider one have one cell each, as titles do.
            let mut below = Some(first);
            let table = (0..MAX_TITLE_ROWS).find_map(|_| {
                below = next_filled(below?);
                below.filter(|&row| n_filled(&rows[row]) >= 2)
            });
            let Some(table) = table else {
                break;
            };
            first = table;
        }
        let mut header = rows[first].clone();
        let mut body = first + 1;
        // Merged across columns or down into the next row: that row is header too.
        let two_rows = merged_from(first).any(|((row0, col0), (row1, col1))| col1 > col0 || row1 > row0);
        if let (true, Some(below)) = (two_rows, rows.get(first + 1)) {
            for (top, sub) in header.iter_mut().zip(below) {
                if !sub.trim().is_empty() && sub != top {
                    *top = if top.trim().is_empty() {
                        sub.clone()
                    } else {
                        format!("{top}: {sub}")
                    };
                }
            }
            body += 1;
        }
        let rows = rows.into_iter().skip(body).filter(filled).collect();
        Ok(Some(RawTable::new(header, rows)))
    }

    /// The cells of a sheet as text, merged header cells filled in.
    fn sheet_rows(&mut self, path: &str) -> Result<Vec<Vec<String>>, ParseError> {
        self.sheet_cells(path).map(|(rows, _)| rows)
    }

    /// The cells of a sheet as text, merged cells filled in, and the merged ranges.
    fn sheet_cells(&mut self, path: &str) -> Result<(Vec<Vec<String>>, Vec<Merge>), ParseError> {
        let Some(xml) = self.part(path)? else {
            return Ok((Vec::new(), Vec::new()));
        };
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut merges: Vec<Merge> = Vec::new();
        let mut reader = Reader::from_str(&xml);
        // The cell being read: (row, column, type, style).
        let mut cell: Option<(usize, usize, String, usize)> = None;
        let mut value = String::new();
        let mut in_value = false;
        let mut next_row = 0usize;
        let mut next_column = 0usize;
        loop {
            match reader.read_event().map_err(spreadsheet_error)? {
                Event::Start(element) => match element.local_name().as_ref() {
                    "row" => {
                        next_row = attribute(&element, "r")
                            .and_then(|r| r.parse::<usize>().ok())
                            .map_or(next_row, |r| r.saturating_sub(1));
                        next_column = 0;
                    }
                    "c" => {
                        let (row, column) = cell_position(&element, next_row, next_column);
                        let kind = attribute(&element, "t").unwrap_or_default();
                        let style = attribute(&element, "s").and_then(|s| s.parse().ok()).unwrap_or(0);
                        cell = Some((row, column, kind, style));
                        value.clear();
                    }
                    "v" | "t" => in_value = cell.is_some(),
                    _ => {}
                },
                Event::Empty(element) => match element.local_name().as_ref() {
                    "c" => {
                        let (_, column) = cell_position(&element, next_row, next_column);
                        next_column = column + 1;
                    }
                    "mergeCell" => {
                        if let Some(range) = attribute(&element, "ref").and_then(|r| merge_range(&r)) {
                            merges.push(range);
                        }
                    }
                    "row" => next_row += 1,
                    _ => {}
                },
                Event::Text(text) if in_value => value.push_str(&text.xml10_content()),
                Event::GeneralRef(reference) if in_value => push_reference(&mut value, &reference),
                Event::End(element) => match element.local_name().as_ref() {
                    "v" | "t" => in_value = false,
                    "c" => {
                        if let Some((row, column, kind, style)) = cell.take() {
                            let text = self.cell_text(&kind, style, &value);
                            put(&mut rows, row, column, text);
                            next_column = column + 1;
                        }
                    }
                    "row" => next_row += 1,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        // A header merged over several columns names each of them.
        for &((row0, col0), (row1, col1)) in &merges {
            let Some(text) = rows.get(row0).and_then(|row| row.get(col0)).cloned() else {
                continue;
            };
            for row in row0..=row1.min(row0 + 2) {
                for column in col0..=col1.min(col0 + 1000) {
                    if (row, column) != (row0, col0) {
                        put(&mut rows, row, column, text.clone());
                    }
                }
            }
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut rows {
            row.resize(width, String::new());
        }
        Ok((rows, merges))
    }

    fn cell_text(&self, kind: &str, style: usize, value: &str) -> String {
        match kind {
            "s" => value
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|idx| self.shared_strings.get(idx).cloned())
                .unwrap_or_default(),
            "b" => (if value.trim() == "1" { "true" } else { "false" }).to_owned(),
            "e" => value.to_owned(),
            "str" | "inlineStr" => value.to_owned(),
            _ => match crate::io::values::parse_decimal(value.trim()) {
                Some(number) if self.date_styles.get(style).copied().unwrap_or(false) => excel_serial_to_iso(number),
                Some(number) => format_number(number),
                None => value.to_owned(),
            },
        }
    }
}

/// Stores `text` at `(row, column)`, growing the grid; absurd positions from a hostile file are ignored.
fn put(rows: &mut Vec<Vec<String>>, row: usize, column: usize, text: String) {
    const MAX_ROWS: usize = 2_000_000;
    const MAX_COLUMNS: usize = 16_384;
    if row >= MAX_ROWS || column >= MAX_COLUMNS || text.is_empty() {
        return;
    }
    if rows.len() <= row {
        rows.resize_with(row + 1, Vec::new);
    }
    let cells = &mut rows[row];
    if cells.len() <= column {
        cells.resize(column + 1, String::new());
    }
    cells[column] = text;
}

fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attr| attr.key.local_name().as_ref() == name)
        .and_then(|attr| {
            attr.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|value| value.into_owned())
        })
}

fn push_reference(out: &mut String, reference: &BytesRef) {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        out.push(c);
        return;
    }
    match reference.xml10_content().as_ref() {
        "amp" => out.push('&'),
        "lt" => out.push('<'),
        "gt" => out.push('>'),
        "quot" => out.push('"'),
        "apos" => out.push('\''),
        _ => {}
    }
}

/// `(row, column)` of a `<c>`, from its `r="B7"` or, without one, the next position.
fn cell_position(element: &BytesStart, row: usize, column: usize) -> (usize, usize) {
    attribute(element, "r")
        .and_then(|reference| parse_reference(&reference))
        .unwrap_or((row, column))
}

/// `B7` → `(6, 1)`.
fn parse_reference(reference: &str) -> Option<(usize, usize)> {
    let letters: String = reference.chars().take_while(char::is_ascii_alphabetic).collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters.bytes().fold(0usize, |acc, b| {
        acc * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1)
    }) - 1;
    let row: usize = reference[letters.len()..].parse().ok()?;
    Some((row.checked_sub(1)?, column))
}

fn merge_range(range: &str) -> Option<((usize, usize), (usize, usize))> {
    let (start, end) = range.split_once(':')?;
    Some((parse_reference(start)?, parse_reference(end)?))
}

/// `rId1` → `worksheets/sheet1.xml`.
fn relationship_targets(xml: &str) -> Result<HashMap<String, String>, ParseError> {
    let mut targets = HashMap::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(spreadsheet_error)? {
            Event::Start(element) | Event::Empty(element) if element.local_name().as_ref() == "Relationship" => {
                if let (Some(id), Some(target)) = (attribute(&element, "Id"), attribute(&element, "Target")) {
                    targets.insert(id, target);
                }
            }
            Event::Eof => return Ok(targets),
            _ => {}
        }
    }
}

/// The shared strings, rich-text runs joined, phonetic hints left out.
fn shared_strings(xml: &str) -> Result<Vec<String>, ParseError> {
    let mut strings = Vec::new();
    let mut reader = Reader::from_str(xml);
    let mut current = String::new();
    let mut in_text = false;
    let mut in_phonetic = false;
    loop {
        match reader.read_event().map_err(spreadsheet_error)? {
            Event::Start(element) => match element.local_name().as_ref() {
                "si" => current.clear(),
                "t" => in_text = !in_phonetic,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::Empty(element) if element.local_name().as_ref() == "si" => strings.push(String::new()),
            Event::Text(text) if in_text => current.push_str(&text.xml10_content()),
            Event::GeneralRef(reference) if in_text => push_reference(&mut current, &reference),
            Event::End(element) => match element.local_name().as_ref() {
                "t" => in_text = false,
                "rPh" => in_phonetic = false,
                "si" => strings.push(std::mem::take(&mut current)),
                _ => {}
            },
            Event::Eof => return Ok(strings),
            _ => {}
        }
    }
}

/// For each cell style (`s="3"`), whether its number format is a date or time.
fn date_styles(xml: &str) -> Result<Vec<bool>, ParseError> {
    let mut custom_dates: HashMap<String, bool> = HashMap::new();
    let mut styles = Vec::new();
    let mut reader = Reader::from_str(xml);
    let mut in_cell_formats = false;
    loop {
        match reader.read_event().map_err(spreadsheet_error)? {
            Event::Start(element) | Event::Empty(element) => match element.local_name().as_ref() {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (attribute(&element, "numFmtId"), attribute(&element, "formatCode"))
                    {
                        custom_dates.insert(id, is_date_format(&code));
                    }
                }
                "cellXfs" => in_cell_formats = true,
                "xf" if in_cell_formats => {
                    let id = attribute(&element, "numFmtId").unwrap_or_default();
                    let builtin_date = id
                        .parse::<u32>()
                        .is_ok_and(|id| (14..=22).contains(&id) || (45..=47).contains(&id));
                    styles.push(builtin_date || custom_dates.get(&id).copied().unwrap_or(false));
                }
                _ => {}
            },
            Event::End(element) if element.local_name().as_ref() == "cellXfs" => in_cell_formats = false,
            Event::Eof => return Ok(styles),
            _ => {}
        }
    }
}

/// Whether a number format code shows a date or time: `m/d/yy h:mm`, `dd.mm.yyyy`, not `0.00` or `"m"0`.
fn is_date_format(code: &str) -> bool {
    let mut in_quotes = false;
    let mut in_brackets = false;
    for c in code.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '[' if !in_quotes => in_brackets = true,
            ']' if !in_quotes => in_brackets = false,
            'd' | 'D' | 'm' | 'M' | 'y' | 'Y' | 'h' | 'H' | 's' | 'S' if !in_quotes && !in_brackets => return true,
            _ => {}
        }
    }
    false
}

fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        number.to_string()
    }
}

/// Excel's serial date (days since 1899-12-30, fraction = time of day) as ISO text.
pub fn excel_serial_to_iso(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return serial.to_string();
    }
    let days = serial.floor() as i64;
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    let (year, month, day) = civil_from_days(days - 25_569);
    if seconds == 0 {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        let (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
        format!("{year:04}-{month:02}-{day:02} {hours:02}:{minutes:02}")
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-sheet workbook of inline strings with the given merged ranges (`"B1:D1"`).
    fn workbook(rows: &[&[&str]], merged: &[&str]) -> Vec<u8> {
        let mut sheet = String::from("<worksheet><sheetData>");
        for (row_idx, row) in rows.iter().enumerate() {
            sheet.push_str(&format!("<row r=\"{}\">", row_idx + 1));
            for (col_idx, cell) in row.iter().enumerate().filter(|(_, cell)| !cell.is_empty()) {
                let column = char::from(b'A' + col_idx as u8);
                sheet.push_str(&format!(
                    "<c r=\"{column}{}\" t=\"inlineStr\"><is><t>{cell}</t></is></c>",
                    row_idx + 1
                ));
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData><mergeCells>");
        for range in merged {
            sheet.push_str(&format!("<mergeCell ref=\"{range}\"/>"));
        }
        sheet.push_str("</mergeCells></worksheet>");
        let book = "<workbook><sheets><sheet name=\"Svar\" sheetId=\"1\"/></sheets></workbook>";
        crate::io::zipfile::write_stored(&[
            ("xl/workbook.xml", book.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ])
    }

    /// The table `read` makes of such a workbook.
    fn table(rows: &[&[&str]], merged: &[&str]) -> RawTable {
        read(&workbook(rows, merged), None).unwrap().0.table
    }

    #[test]
    fn a_heading_merged_over_columns_names_them_with_the_row_below() {
        let rows: &[&[&str]] = &[
            &["Enhet", "Samarbeidspartnere", "", "", "Kommentar"],
            &["", "Barnehager", "Skoler", "Lag og foreninger", ""],
            &["Solsiden sykehjem", "1", "0", "1", "Godt samarbeid"],
            &["Elvestad skole", "0", "1", "1", ""],
        ];
        let merged = ["A1:A2", "B1:D1", "E1:E2"];
        let book = table(rows, &merged);
        assert_eq!(
            book.header,
            [
                "Enhet",
                "Samarbeidspartnere: Barnehager",
                "Samarbeidspartnere: Skoler",
                "Samarbeidspartnere: Lag og foreninger",
                "Kommentar"
            ]
        );
        assert_eq!(book.n_rows(), 2);
        assert_eq!(book.cell(0, 0), "Solsiden sykehjem");
        assert_eq!(book.cell(1, 3), "1");
        // Imported, the ticked columns under the heading are one multiple-choice question.
        let file = crate::io::InputFile::new("svar.xlsx", workbook(rows, &merged));
        let parsed = crate::io::read_batch(&[file])[0].1.clone().unwrap();
        let partners = parsed
            .dataset
            .columns
            .iter()
            .find(|c| c.label.starts_with("Samarbeidspartnere"));
        let Some(crate::core::ColumnData::MultiChoice { options, values }) = partners.map(|c| &c.data) else {
            panic!("one question: {:?}", parsed.dataset.columns);
        };
        assert_eq!(options, &["Barnehager", "Skoler", "Lag og foreninger"]);
        assert_eq!(values, &[Some(vec![0, 2]), Some(vec![1, 2])]);
        // Merged only downwards: the second row is header too.
        let book = table(
            &[
                &["Enhet", "Antall", ""],
                &["", "frivillige", "ansatte"],
                &["Solsiden", "12", "30"],
            ],
            &["A1:A2"],
        );
        assert_eq!(book.header, ["Enhet", "Antall: frivillige", "ansatte"]);
        assert_eq!(book.n_rows(), 1);
    }

    #[test]
    fn a_title_above_the_table_is_not_the_header() {
        let book = table(
            &[
                &["Samarbeidsundersøkelsen 2025", "", ""],
                &["", "", ""],
                &["Enhet", "Bydel", "Antall frivillige"],
                &["Solsiden sykehjem", "Nord", "12"],
            ],
            &["A1:C1"],
        );
        assert_eq!(book.header, ["Enhet", "Bydel", "Antall frivillige"]);
        assert_eq!(book.n_rows(), 1);
        assert_eq!(book.cell(0, 2), "12");
        // Typed above the table without merging: a title and the date of the report.
        let book = table(
            &[
                &["Samarbeidsundersøkelsen 2025"],
                &["Eksportert 01.12.2026"],
                &[],
                &["Enhet", "Bydel", "Antall frivillige"],
                &["Solsiden sykehjem", "Nord", "12"],
            ],
            &[],
        );
        assert_eq!(book.header, ["Enhet", "Bydel", "Antall frivillige"]);
        assert_eq!(book.n_rows(), 1);
        // A sheet of one column keeps its one-cell header.
        let book = table(&[&["Enhet"], &["Solsiden"], &["Lia"]], &[]);
        assert_eq!(book.header, ["Enhet"]);
        assert_eq!(book.n_rows(), 2);
        // A merge inside the data is only filled in: the header is the first row as it was.
        let book = table(&[&["Enhet", "Bydel"], &["Solsiden", "Nord"], &["Lia", ""]], &["B2:B3"]);
        assert_eq!(book.header, ["Enhet", "Bydel"]);
        assert_eq!(book.cell(1, 1), "Nord");
    }

    #[test]
    fn excel_serials_become_iso_dates() {
        assert_eq!(excel_serial_to_iso(45_743.0), "2025-03-27");
        assert_eq!(excel_serial_to_iso(45_743.774_305_555_6), "2025-03-27 18:35");
        assert_eq!(excel_serial_to_iso(1.0), "1899-12-31");
    }

    #[test]
    fn references_and_formats() {
        assert_eq!(parse_reference("A1"), Some((0, 0)));
        assert_eq!(parse_reference("AB12"), Some((11, 27)));
        assert_eq!(parse_reference("1A"), None);
        assert!(is_date_format("m/d/yy h:mm"));
        assert!(is_date_format("dd.mm.yyyy"));
        assert!(!is_date_format("0.00"));
        assert!(!is_date_format("\"kr\" #,##0"));
        assert!(!is_date_format("[Red]0.00"));
    }
}
