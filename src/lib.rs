//! Brobygger: collaboration patterns and gap analysis between municipal health-and-care services and
//! volunteers, computed and drawn entirely in the browser.
//!
//! Modules in reading order: the functional core (`core`, `io`, `charts`, `i18n`) knows nothing of the
//! browser; the shell (`state`, `ui`) wires it to Leptos. See ARCHITECTURE.md.

pub mod charts;
pub mod core;
pub mod export;
pub mod i18n;
pub mod io;
pub mod report;
pub mod state;
pub mod ui;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tidy;
