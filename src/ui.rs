//! Components. Screens (`overview`, `data_view`) compose generic widgets (`chart_figure`, `drop_zone`);
//! all of them only render what `report` and `state` hand them.

mod accessibility;
mod app;
pub mod chart_figure;
mod chart_view;
mod collaboration;
mod data_view;
mod drop_zone;
mod filter_bar;
mod gap;
mod import_errors;
mod overview;
mod present;
mod register;
mod share;

pub use app::App;
pub use chart_figure::ChartFigure;
pub use data_view::DataView;
pub use drop_zone::DropZone;
