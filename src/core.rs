//! The functional core: domain types and analyses as pure functions of plain data.
//!
//! Never names a browser crate and never reads the clock (see ARCHITECTURE.md); tested natively.

pub mod analysis;
pub mod bits;
pub mod case;
pub mod dataset;
pub mod filter;
pub mod gap;
pub mod icnpo;
pub mod likert;
pub mod names;
pub mod network;
pub mod orgnr;
pub mod overview;
pub mod roles;
pub mod sorting;
pub mod suppress;

pub use analysis::{Bar, Crosstab, Distribution, RowMask};
pub use dataset::{
    Column, ColumnData, ColumnType, Dataset, DatasetKind, Date, DroppedColumn, Encoding, PersonalData, SourceFormat,
    SourceInfo,
};
pub use filter::{Field, Filter, Selection};
pub use roles::{Role, RoleChoice, SavedMapping, SurveySide};

/// The default small-cell threshold: breakdowns of fewer respondents than this are suppressed.
pub const DEFAULT_MIN_CELL: usize = 5;
