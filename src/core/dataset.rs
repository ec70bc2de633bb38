//! The one typed table every analysis reads: `Dataset`, its `Column`s and where they came from.

use serde::{Deserialize, Serialize};

use crate::core::roles::RoleChoice;

/// What a loaded file is, as far as the analyses care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DatasetKind {
    /// A register of organisations (Enhetsregisteret, Frivillighetsregisteret, CVR).
    Register,
    /// Survey answers, one row per respondent.
    Survey,
    /// An offer catalogue, one row per volunteer offer.
    Offers,
    /// Anything else: still a table the user can chart.
    Table,
}

impl DatasetKind {
    /// The stable id used in `data-kind` and in links.
    pub fn id(self) -> &'static str {
        match self {
            DatasetKind::Register => "register",
            DatasetKind::Survey => "survey",
            DatasetKind::Offers => "offers",
            DatasetKind::Table => "table",
        }
    }
}

/// Character encoding a text file was decoded from, or the container it came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    Utf8,
    Windows1252,
    Utf16Le,
    Utf16Be,
    Xlsx,
    Json,
}

impl Encoding {
    /// The stable id used in `data-encoding`.
    pub fn id(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Xlsx => "xlsx",
            Encoding::Json => "json",
        }
    }
}

/// The tool or register a file was recognised as coming from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceFormat {
    Enhetsregisteret,
    Nettskjema,
    MicrosoftForms,
    GoogleForms,
    SurveyXact,
    /// Denmark's company register (CVR): foreninger by CVR number.
    Cvr,
    OfferCatalogue,
    Generic,
}

/// How the bytes were read: shown in the Data view so a user can see what the app guessed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub file_name: String,
    pub encoding: Encoding,
    /// The field delimiter of a text table; `None` for XLSX and JSON.
    pub delimiter: Option<u8>,
    pub format: SourceFormat,
    /// Columns in the source file, before one-hot option columns were grouped into questions.
    pub n_source_cols: usize,
    /// The source header, exactly as read.
    pub header: Vec<String>,
    /// The header of the preview: the source header without the columns held back as personal data.
    pub preview_header: Vec<String>,
    /// The first rows of the source, exactly as read (cells as text), without held-back columns.
    pub preview: Vec<Vec<String>>,
    /// The workbook sheet read, and every sheet of the workbook (for the sheet picker).
    pub sheet: Option<String>,
    pub sheets: Vec<String>,
}

impl SourceInfo {
    /// The stable delimiter id used in `data-delimiter`: `,` `;` `tab` `|`, empty when there is none.
    pub fn delimiter_id(&self) -> String {
        match self.delimiter {
            None => String::new(),
            Some(b'\t') => "tab".to_owned(),
            Some(byte) => char::from(byte).to_string(),
        }
    }
}

/// A calendar date; surveys and registers carry no time zones we need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The values of one column, typed.
///
/// Every vector has exactly `Dataset::n_rows` entries; `None` means the cell was empty (not answered).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ColumnData {
    /// One option per row; values index into `options`.
    SingleChoice {
        options: Vec<String>,
        values: Vec<Option<u32>>,
    },
    /// Any number of options per row; an answered row with nothing ticked is `Some(vec![])`.
    MultiChoice {
        options: Vec<String>,
        values: Vec<Option<Vec<u32>>>,
    },
    Number(Vec<Option<f64>>),
    Date(Vec<Option<Date>>),
    Text(Vec<Option<String>>),
    /// Identifiers and codes: organisation numbers, postcodes, submission ids. Never summed.
    Id(Vec<Option<String>>),
}

/// The type of a column, without its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ColumnType {
    SingleChoice,
    MultiChoice,
    Number,
    Date,
    Text,
    Id,
}

impl ColumnType {
    /// The stable id used in markup and links.
    pub fn id(self) -> &'static str {
        match self {
            ColumnType::SingleChoice => "single-choice",
            ColumnType::MultiChoice => "multi-choice",
            ColumnType::Number => "number",
            ColumnType::Date => "date",
            ColumnType::Text => "text",
            ColumnType::Id => "id",
        }
    }
}

impl ColumnData {
    pub fn column_type(&self) -> ColumnType {
        match self {
            ColumnData::SingleChoice { .. } => ColumnType::SingleChoice,
            ColumnData::MultiChoice { .. } => ColumnType::MultiChoice,
            ColumnData::Number(_) => ColumnType::Number,
            ColumnData::Date(_) => ColumnType::Date,
            ColumnData::Text(_) => ColumnType::Text,
            ColumnData::Id(_) => ColumnType::Id,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            ColumnData::SingleChoice { values, .. } => values.len(),
            ColumnData::MultiChoice { values, .. } => values.len(),
            ColumnData::Number(values) => values.len(),
            ColumnData::Date(values) => values.len(),
            ColumnData::Text(values) | ColumnData::Id(values) => values.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether row `row_idx` holds an answer.
    pub fn is_answered(&self, row_idx: usize) -> bool {
        match self {
            ColumnData::SingleChoice { values, .. } => values.get(row_idx).is_some_and(Option::is_some),
            ColumnData::MultiChoice { values, .. } => values.get(row_idx).is_some_and(Option::is_some),
            ColumnData::Number(values) => values.get(row_idx).is_some_and(Option::is_some),
            ColumnData::Date(values) => values.get(row_idx).is_some_and(Option::is_some),
            ColumnData::Text(values) | ColumnData::Id(values) => values.get(row_idx).is_some_and(Option::is_some),
        }
    }

    /// The answer options of a choice column, in questionnaire order.
    pub fn options(&self) -> &[String] {
        match self {
            ColumnData::SingleChoice { options, .. } | ColumnData::MultiChoice { options, .. } => options,
            _ => &[],
        }
    }
}

/// One question or field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// The variable name in the source (`samarbeid`, `organisasjonsform.kode`).
    pub id: String,
    /// The question text or a readable header; equals `id` where the source has no labels.
    pub label: String,
    pub data: ColumnData,
}

/// A column held back because it looks like personal data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DroppedColumn {
    pub header: String,
    pub reason: PersonalData,
    /// The user chose to keep it: it was read like any other column.
    pub kept: bool,
}

/// Why a column was taken for personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonalData {
    Email,
    PersonName,
    Phone,
    NationalId,
    /// A person's home or postal address.
    Address,
}

/// A typed table, plain data: no signals, no browser handles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub name: String,
    pub kind: DatasetKind,
    pub source: SourceInfo,
    pub n_rows: usize,
    pub columns: Vec<Column>,
    pub dropped: Vec<DroppedColumn>,
    /// The user's corrections to the proposed column roles (`roles::propose`).
    pub roles: Vec<RoleChoice>,
    /// Worked out from the columns (and roles) on first use, then kept: a filter click must not parse a
    /// register's 100,000 codes again. Not stored, not compared; whoever changes columns or roles in place
    /// resets it (`state::AppState::update_dataset`).
    #[serde(skip)]
    pub derived: Derived,
}

/// What is worked out once from a dataset's columns.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    pub(crate) icnpo: std::sync::OnceLock<Option<Vec<crate::core::icnpo::Groups>>>,
    /// For each of `roles`' rules, the columns it matches, in order.
    pub(crate) rule_matches: std::sync::OnceLock<Vec<Vec<usize>>>,
    /// `roles::propose`'s answer for the current role choices.
    pub(crate) proposal: crate::core::roles::ProposalCache,
    /// Which columns hold ICNPO codes (`roles::icnpo_columns`).
    pub(crate) icnpo_columns: std::sync::OnceLock<Vec<usize>>,
    /// A register's postcode areas (`crate::core::overview::postcode_areas`).
    pub(crate) areas: std::sync::OnceLock<Option<crate::core::overview::Areas>>,
    /// A register read as an offer catalogue, for a gap analysis with no catalogue loaded.
    pub(crate) offers: std::sync::OnceLock<Option<Box<crate::core::gap::register::RegisterOffers>>>,
}

impl PartialEq for Derived {
    /// Derived from the columns, so two datasets with equal columns are equal whatever has been worked out.
    fn eq(&self, _other: &Derived) -> bool {
        true
    }
}

impl Dataset {
    pub fn column(&self, column_id: &str) -> Option<&Column> {
        self.columns.iter().find(|column| column.id == column_id)
    }

    /// The first column whose id matches one of `ids`, ignoring ASCII case.
    pub fn column_ci(&self, ids: &[&str]) -> Option<&Column> {
        ids.iter().find_map(|wanted| {
            self.columns
                .iter()
                .find(|column| column.id.eq_ignore_ascii_case(wanted))
        })
    }
}

impl AsRef<Dataset> for Dataset {
    fn as_ref(&self) -> &Dataset {
        self
    }
}
