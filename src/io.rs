//! Bytes to `core::Dataset`: sniffing the container, encoding and delimiter, recognising the source
//! (Enhetsregisteret, Nettskjema, Microsoft Forms, an offer catalogue) and typing its columns.
//!
//! Pure: no browser, no clock. A file that cannot be read is a `ParseError`; a file with odd rows is read
//! with `Warning`s.

mod delimited;
mod error;
mod nettskjema;
mod personal;
mod recognise;
mod text;
mod typing;
mod values;
mod xlsx;

#[cfg(test)]
mod tests;

pub use error::{ParseError, Warning};
pub use nettskjema::FormDefinition;
pub use values::{parse_date, parse_number};

use crate::core::{Dataset, Encoding, SourceInfo};

/// Files above this size are refused with a message rather than exhausting the tab's memory.
pub const MAX_FILE_BYTES: usize = 512 * 1024 * 1024;

/// Rows shown in the Data view's preview.
pub const PREVIEW_ROWS: usize = 5;

/// A successfully read file.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
}

/// A file handed to the importer.
#[derive(Clone, Debug)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Text cells as read, before typing. Every row has exactly `header.len()` cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl RawTable {
    /// Builds a table, padding short rows and naming the extra columns of long ones (`#3`).
    pub fn new(mut header: Vec<String>, mut rows: Vec<Vec<String>>) -> RawTable {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(header.len());
        for col_idx in header.len()..width {
            header.push(format!("#{}", col_idx + 1));
        }
        for (col_idx, cell) in header.iter_mut().enumerate() {
            if cell.trim().is_empty() {
                *cell = format!("#{}", col_idx + 1);
            }
        }
        for row in &mut rows {
            row.resize(width, String::new());
        }
        RawTable { header, rows }
    }

    /// The cells of one column, top to bottom.
    pub fn column_cells(&self, col_idx: usize) -> Vec<&str> {
        self.rows
            .iter()
            .map(|row| row.get(col_idx).map_or("", String::as_str))
            .collect()
    }
}

/// What the container sniffing found.
#[derive(PartialEq)]
enum Container {
    Zip,
    Json,
    Text,
}

/// Reads one file on its own. A Nettskjema form definition alone is `ParseError::LabelsWithoutData`:
/// use `read_batch` to read it together with its answers.
pub fn read(name: &str, bytes: &[u8]) -> Result<Parsed, ParseError> {
    read_with_form(name, bytes, None)
}

/// Reads files dropped together. Companion files (a Nettskjema form definition) label the data file they
/// belong with instead of becoming datasets of their own. Results keep the order of `files`, minus the
/// companions that were used.
pub fn read_batch(files: &[InputFile]) -> Vec<(String, Result<Parsed, ParseError>)> {
    let mut forms: Vec<(usize, FormDefinition)> = Vec::new();
    for (file_idx, file) in files.iter().enumerate() {
        if let Some(form) = form_definition(&file.bytes) {
            forms.push((file_idx, form));
        }
    }
    let mut used_forms = vec![false; forms.len()];
    let mut results = Vec::new();
    for (file_idx, file) in files.iter().enumerate() {
        if forms.iter().any(|(form_idx, _)| *form_idx == file_idx) {
            continue;
        }
        let form = best_form(&file.bytes, &forms);
        if let Some(form_pos) = form {
            used_forms[form_pos] = true;
        }
        let form = form.map(|form_pos| &forms[form_pos].1);
        results.push((file.name.clone(), read_with_form(&file.name, &file.bytes, form)));
    }
    for (form_pos, (file_idx, _)) in forms.iter().enumerate() {
        if !used_forms[form_pos] {
            results.push((files[*file_idx].name.clone(), Err(ParseError::LabelsWithoutData)));
        }
    }
    results
}

/// The form definition whose question ids appear in the header of `bytes`, if any.
fn best_form(bytes: &[u8], forms: &[(usize, FormDefinition)]) -> Option<usize> {
    if forms.is_empty() || sniff_container(bytes) != Some(Container::Text) {
        return None;
    }
    let (text, _) = text::decode(&bytes[..bytes.len().min(64 * 1024)]);
    let header_line = text.lines().find(|line| !line.trim().is_empty()).unwrap_or_default();
    // Only a Nettskjema export takes a Nettskjema form definition.
    if !header_line.contains("$submission_id") {
        return None;
    }
    forms
        .iter()
        .enumerate()
        .map(|(form_pos, (_, form))| {
            let n_found = form
                .questions
                .iter()
                .filter(|question| header_line.contains(&question.id))
                .count();
            (form_pos, n_found)
        })
        .filter(|&(_, n_found)| n_found > 0)
        .max_by_key(|&(_, n_found)| n_found)
        .map(|(form_pos, _)| form_pos)
}

fn form_definition(bytes: &[u8]) -> Option<FormDefinition> {
    if sniff_container(bytes) != Some(Container::Json) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(strip_bom(bytes)).ok()?;
    if nettskjema::is_form_definition(&value) {
        nettskjema::parse(value)
    } else {
        None
    }
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)
}

fn sniff_container(bytes: &[u8]) -> Option<Container> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Container::Zip);
    }
    let first = strip_bom(bytes).iter().find(|b| !b.is_ascii_whitespace());
    if matches!(first, Some(b'{' | b'[')) {
        return Some(Container::Json);
    }
    if text::looks_binary(bytes) {
        return None;
    }
    Some(Container::Text)
}

/// Names a binary format by its magic bytes, for the error message.
fn binary_format(bytes: &[u8]) -> &'static str {
    const MAGIC: [(&[u8], &str); 8] = [
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"\x1F\x8B", "gzip"),
        (b"\xD0\xCF\x11\xE0", "Excel 97-2003 (.xls)"),
        (b"7z\xBC\xAF", "7-Zip"),
        (b"\0asm", "WebAssembly"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map_or("binary", |(_, format)| format)
}

fn read_with_form(name: &str, bytes: &[u8], form: Option<&FormDefinition>) -> Result<Parsed, ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ParseError::TooLarge {
            limit_mib: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let (table, encoding, delimiter, mut warnings) = match sniff_container(bytes) {
        Some(Container::Zip) => {
            let (table, warnings) = xlsx::read(bytes)?;
            (table, Encoding::Xlsx, None, warnings)
        }
        Some(Container::Json) => {
            if form_definition(bytes).is_some() {
                return Err(ParseError::LabelsWithoutData);
            }
            return Err(json_error(bytes));
        }
        Some(Container::Text) => {
            let (text, encoding) = text::decode(bytes);
            let delimiter = delimited::sniff_delimiter(&text);
            let (table, warnings) = delimited::read(&text, delimiter)?;
            (table, encoding, Some(delimiter), warnings)
        }
        None => {
            return Err(ParseError::Binary {
                format: binary_format(bytes).to_owned(),
            })
        }
    };
    if table.rows.is_empty() {
        return Err(ParseError::NoRows);
    }
    let (kind, format) = recognise::recognise(&table.header);
    let typed = typing::type_columns(&table, format, form);
    warnings.extend(typed.warnings);
    // Personal data never reaches the screen, not even in the preview.
    let kept: Vec<usize> = (0..table.header.len())
        .filter(|&col_idx| {
            !typed
                .dropped
                .iter()
                .any(|dropped| dropped.header == table.header[col_idx])
        })
        .collect();
    let preview_header = kept.iter().map(|&col_idx| table.header[col_idx].clone()).collect();
    let preview = table
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|row| kept.iter().map(|&col_idx| row[col_idx].clone()).collect())
        .collect();
    let dataset = Dataset {
        name: name.to_owned(),
        kind,
        source: SourceInfo {
            file_name: name.to_owned(),
            encoding,
            delimiter,
            format,
            n_source_cols: table.header.len(),
            preview_header,
            preview,
            header: table.header,
        },
        n_rows: table.rows.len(),
        columns: typed.columns,
        dropped: typed.dropped,
    };
    Ok(Parsed { dataset, warnings })
}

/// JSON data files are read by the importer of every real export (a later step); until then a JSON file
/// that is not a form definition is reported with where its syntax breaks, or as not tabular.
fn json_error(bytes: &[u8]) -> ParseError {
    match serde_json::from_slice::<serde_json::Value>(strip_bom(bytes)) {
        Ok(_) => ParseError::JsonNotTabular,
        Err(error) => ParseError::Json {
            line: error.line(),
            column: error.column(),
            detail: error.to_string(),
        },
    }
}
