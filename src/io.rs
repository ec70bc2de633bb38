//! Bytes to `core::Dataset`: sniffing the container, encoding and delimiter, recognising the source
//! (Enhetsregisteret, Nettskjema, Microsoft Forms, an offer catalogue) and typing its columns.
//!
//! Pure: no browser, no clock. A file that cannot be read is a `ParseError`; a file with odd rows is read
//! with `Warning`s.

mod delimited;
mod error;
mod json;
mod nettskjema;
mod personal;
mod recognise;
pub(crate) mod stream;
mod surveyxact;
mod table;
mod text;
mod typing;
mod values;
mod xlsx;
pub(crate) mod zipfile;

#[cfg(test)]
mod tests;

pub use error::{ParseError, Warning};
pub use nettskjema::FormDefinition;
pub use stream::{Reader, MAX_REGISTER_ROWS};
pub use table::RawTable;
pub use values::{parse_date, parse_number};

use serde::{Deserialize, Serialize};

use crate::core::{Dataset, DatasetKind, Encoding, SourceFormat, SourceInfo};
use stream::Content;

/// Files above this size are refused with a message rather than exhausting the tab's memory, unless they
/// are text that streams (a register filtered to one municipality).
pub const MAX_FILE_BYTES: usize = 512 * 1024 * 1024;

/// Rows shown in the Data view's preview.
pub const PREVIEW_ROWS: usize = 5;

/// Files smaller than this may be companions (a form definition, SurveyXact's structure or labels).
const MAX_COMPANION_BYTES: usize = 16 * 1024 * 1024;

/// A successfully read file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
}

/// What the user chose about reading one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// The workbook sheet to read; the first with data when `None`.
    pub sheet: Option<String>,
    /// Columns taken for personal data that the user keeps on purpose, by header.
    pub keep: Vec<String>,
    /// For a register: keep only this municipality's associations (a number such as `3301`, or a name).
    pub municipality: Option<String>,
}

/// A file handed to the importer.
#[derive(Clone, Debug)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub options: ReadOptions,
}

impl InputFile {
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> InputFile {
        InputFile {
            name: name.into(),
            bytes,
            options: ReadOptions::default(),
        }
    }
}

/// Reads one file on its own. A form definition alone is `ParseError::LabelsWithoutData`: use
/// `read_batch` to read it together with its answers.
pub fn read(name: &str, bytes: &[u8]) -> Result<Parsed, ParseError> {
    read_with(name, bytes, &ReadOptions::default(), &mut Companions::default())
}

fn read_with(
    name: &str,
    bytes: &[u8],
    options: &ReadOptions,
    companions: &mut Companions,
) -> Result<Parsed, ParseError> {
    let mut reader = Reader::new(options.clone()).with_size_hint(bytes.len());
    reader.push(bytes);
    companions.finish(name, reader, options)
}

/// Reads files dropped together. Companion files (a Nettskjema form definition, SurveyXact's structure and
/// labels) label the data file they belong with instead of becoming datasets of their own. Results keep
/// the order of `files`, minus the companions that were used.
pub fn read_batch(files: &[InputFile]) -> Vec<(String, Result<Parsed, ParseError>)> {
    let (mut companions, is_companion) = Companions::from_files(files);
    let mut results: Vec<(String, Result<Parsed, ParseError>)> = files
        .iter()
        .zip(&is_companion)
        .filter(|(_, is_companion)| !**is_companion)
        .map(|(file, _)| {
            let result = read_with(&file.name, &file.bytes, &file.options, &mut companions);
            (file.name.clone(), result)
        })
        .collect();
    results.extend(companions.unused());
    results
}

/// A file that describes another file's questions.
#[derive(Clone, Debug)]
enum Companion {
    /// Nettskjema's `elements_*.json`.
    Form(FormDefinition),
    /// SurveyXact's `structure.csv`.
    Structure(RawTable),
    /// SurveyXact's `labels.csv` (no header: variable, value, label).
    Labels(Vec<Vec<String>>),
}

impl Companion {
    /// The variable names it describes, to pair it with the data file whose header has them.
    fn variables(&self) -> Vec<String> {
        match self {
            Companion::Form(form) => form.questions.iter().map(|question| question.id.clone()).collect(),
            Companion::Structure(table) => match table
                .header
                .iter()
                .position(|cell| typing::normalise_header(cell) == "variablename")
            {
                Some(col_idx) => table.column_cells(col_idx).into_iter().map(str::to_owned).collect(),
                None => Vec::new(),
            },
            Companion::Labels(rows) => {
                let mut variables: Vec<String> = rows.iter().filter_map(|row| row.first().cloned()).collect();
                variables.dedup();
                variables
            }
        }
    }
}

/// The companions of a batch, and which of them were used.
#[derive(Default)]
pub struct Companions {
    items: Vec<(String, Companion)>,
    used: Vec<bool>,
}

impl Companions {
    /// Picks the companions out of a batch; says for each file whether it is one.
    pub fn from_files(files: &[InputFile]) -> (Companions, Vec<bool>) {
        let mut companions = Companions::default();
        let mut is_companion = Vec::new();
        for file in files {
            match companion(&file.bytes) {
                Some(found) => {
                    companions.items.push((file.name.clone(), found));
                    companions.used.push(false);
                    is_companion.push(true);
                }
                None => is_companion.push(false),
            }
        }
        (companions, is_companion)
    }

    /// Ends the reading of one data file: types it, labelled by the companions that belong with it.
    pub fn finish(&mut self, name: &str, reader: Reader, options: &ReadOptions) -> Result<Parsed, ParseError> {
        build(name, reader.finish()?, options, self)
    }

    /// Companions no data file took: each is explained as an error of its own.
    pub fn unused(self) -> Vec<(String, Result<Parsed, ParseError>)> {
        self.items
            .into_iter()
            .zip(self.used)
            .filter(|(_, used)| !used)
            .map(|((name, _), _)| (name, Err(ParseError::LabelsWithoutData)))
            .collect()
    }

    /// The best companion of each kind for a header: the one describing most of its columns.
    fn pick(&mut self, header: &[String], wanted: fn(&Companion) -> bool) -> Option<Companion> {
        let best = self
            .items
            .iter()
            .enumerate()
            .filter(|(_, (_, companion))| wanted(companion))
            .map(|(idx, (_, companion))| {
                let n_found = companion
                    .variables()
                    .iter()
                    .filter(|variable| {
                        header
                            .iter()
                            .any(|cell| cell == *variable || cell.starts_with(&format!("{variable}.")))
                    })
                    .count();
                (idx, n_found)
            })
            .filter(|&(_, n_found)| n_found > 0)
            .max_by_key(|&(_, n_found)| n_found)?;
        self.used[best.0] = true;
        Some(self.items[best.0].1.clone())
    }
}

/// Whether a file is a companion, and which.
fn companion(bytes: &[u8]) -> Option<Companion> {
    if bytes.len() > MAX_COMPANION_BYTES {
        return None;
    }
    let content = stream::strip_bom(bytes);
    let first = content.iter().find(|b| !b.is_ascii_whitespace());
    if matches!(first, Some(b'[')) {
        return nettskjema::parse(content).map(Companion::Form);
    }
    let mut reader = Reader::new(ReadOptions::default());
    reader.push(bytes);
    let Ok(Content::Table { table, .. }) = reader.finish() else {
        return None;
    };
    if surveyxact::is_structure(&table.header) {
        return Some(Companion::Structure(table));
    }
    if surveyxact::is_labels(&table) {
        let mut rows = vec![table.header.clone()];
        rows.extend(table.rows());
        return Some(Companion::Labels(rows));
    }
    None
}

/// Recognises and types what a file held.
fn build(
    name: &str,
    content: Content,
    options: &ReadOptions,
    companions: &mut Companions,
) -> Result<Parsed, ParseError> {
    let mut sheet = None;
    let mut sheets = Vec::new();
    let mut form: Option<FormDefinition> = None;
    let mut is_surveyxact = false;
    let (mut table, encoding, delimiter, mut warnings) = match content {
        Content::Table {
            table,
            encoding,
            delimiter,
            warnings,
        } => (table, encoding, delimiter, warnings),
        Content::Whole { bytes, is_zip: true } => {
            let (read, warnings) = xlsx::read(&bytes, options.sheet.as_deref())?;
            if let Some((structure, labels)) = &read.surveyxact {
                form = Some(surveyxact::definition(structure, labels));
                is_surveyxact = true;
            }
            sheet = Some(read.sheet);
            sheets = read.sheet_names;
            (read.table, Encoding::Xlsx, None, warnings)
        }
        Content::Whole { bytes, is_zip: false } => {
            if companion(&bytes).is_some() {
                return Err(ParseError::LabelsWithoutData);
            }
            (json::read(&bytes)?, Encoding::Json, None, Vec::new())
        }
    };
    if table.n_rows() == 0 {
        return Err(ParseError::NoRows);
    }
    if let Some(names) = recognise::headerless(&table) {
        table = table.with_header_as_row(names);
        warnings.push(Warning::NoHeaderRow {
            n_columns: table.width(),
        });
    }
    if form.is_none() {
        if table.header.iter().any(|cell| cell == "$submission_id") {
            if let Some(Companion::Form(found)) = companions.pick(&table.header, |c| matches!(c, Companion::Form(_))) {
                table.header = nettskjema::name_matrix_rows(&found, &table.header);
                form = Some(found);
            }
        } else {
            let structure = companions.pick(&table.header, |c| matches!(c, Companion::Structure(_)));
            let labels = companions.pick(&table.header, |c| matches!(c, Companion::Labels(_)));
            if structure.is_some() || labels.is_some() {
                let structure = match structure {
                    Some(Companion::Structure(table)) => table,
                    _ => RawTable::default(),
                };
                let labels = match labels {
                    Some(Companion::Labels(rows)) => rows,
                    _ => Vec::new(),
                };
                form = Some(surveyxact::definition(&structure, &labels));
                is_surveyxact = true;
            }
        }
    }
    let (mut kind, mut format) = recognise::recognise(&table.header);
    if is_surveyxact {
        (kind, format) = (DatasetKind::Survey, SourceFormat::SurveyXact);
    }
    let typed = typing::type_columns(&table, format, form.as_ref(), &options.keep);
    warnings.extend(typed.warnings);
    // Personal data never reaches the screen, not even in the preview.
    let held_back = |header: &str| {
        typed
            .dropped
            .iter()
            .any(|dropped| !dropped.kept && dropped.header == header)
    };
    let kept: Vec<usize> = (0..table.width())
        .filter(|&col_idx| !held_back(&table.header[col_idx]))
        .collect();
    let preview_header = kept.iter().map(|&col_idx| table.header[col_idx].clone()).collect();
    let preview = (0..table.n_rows().min(PREVIEW_ROWS))
        .map(|row_idx| {
            kept.iter()
                .map(|&col_idx| table.cell(row_idx, col_idx).to_owned())
                .collect()
        })
        .collect();
    let dataset = Dataset {
        name: name.to_owned(),
        kind,
        source: SourceInfo {
            file_name: name.to_owned(),
            encoding,
            delimiter,
            format,
            n_source_cols: table.width(),
            preview_header,
            preview,
            sheet,
            sheets,
            header: table.header.clone(),
        },
        n_rows: table.n_rows(),
        columns: typed.columns,
        dropped: typed.dropped,
        roles: Vec::new(),
        derived: Default::default(),
    };
    Ok(Parsed { dataset, warnings })
}
