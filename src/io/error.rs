//! What can go wrong reading a file (`ParseError`) and what is worth telling but not fatal (`Warning`).
//!
//! Both carry data, not sentences: the UI renders them in the user's language (`crate::i18n`).

use serde::{Deserialize, Serialize};

/// Why a file could not be read at all. The data already loaded is never touched by a failed read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ParseError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is binary ({format}), not a table")]
    Binary { format: String },
    #[error("the spreadsheet could not be opened: {detail}")]
    Spreadsheet { detail: String },
    #[error("the spreadsheet has no sheet with data")]
    NoSheetWithData,
    #[error("invalid JSON at line {line}, column {column}: {detail}")]
    Json { line: usize, column: usize, detail: String },
    #[error("the JSON holds no table of records")]
    JsonNotTabular,
    #[error("the file has a header but no rows")]
    NoRows,
    #[error("no header row was found")]
    NoHeader,
    #[error("the file describes a survey's questions; it labels a data file dropped with it")]
    LabelsWithoutData,
    #[error("a register of more than {n_rows} rows needs a municipality to filter it by")]
    RegisterNeedsMunicipality { n_rows: usize },
    #[error("the file is larger than {limit_mib} MiB")]
    TooLarge { limit_mib: usize },
    #[error("a part of the workbook unpacks to more than {limit_mib} MiB")]
    UnpacksTooLarge { limit_mib: usize },
    #[error("data may only come from the app's own site")]
    NotSameOrigin,
    #[error("the file could not be fetched ({status})")]
    NotFound { status: u16 },
}

/// Something odd in a file that was still read. Rows are kept; the user is told where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// A row had a different number of fields than the header (1-based line in the file).
    RaggedRow {
        line: usize,
        n_fields: usize,
        n_header: usize,
    },
    /// A coded answer that the form definition does not list; kept as its code.
    UnknownCode { column: String, code: String },
    /// A Nettskjema export whose form definition was not dropped with it: options show as codes.
    LabelsMissing,
    /// Empty rows before the header were skipped.
    SkippedLeadingRows { n_rows: usize },
    /// A spreadsheet with several sheets: the first with data was read.
    OtherSheetsIgnored { used: String, n_other: usize },
    /// More ragged rows than were listed one by one.
    MoreRaggedRows { n_more: usize },
    /// The first row held data, not names: the columns were named `#1`, `#2` … (or by a known layout).
    NoHeaderRow { n_columns: usize },
    /// A register was filtered to one municipality's associations while it was read.
    RegisterFiltered {
        municipality: String,
        n_kept: usize,
        n_read: usize,
    },
}
