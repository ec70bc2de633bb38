//! App state: one `AppState` of signals provided at the root, the URL's view state, and the browser
//! effects (fetching the demo, reading dropped files, language preference).

pub mod browser;
pub mod import;
pub mod url;

use leptos::prelude::*;

use crate::core::DEFAULT_MIN_CELL;
use crate::i18n::{Key, Lang};
use crate::io::InputFile;
pub use import::{ImportFailure, Loaded};
pub use url::{View, ViewState};

/// Shared state. Domain data is plain (`Loaded`); only this struct holds signals.
#[derive(Clone, Copy)]
pub struct AppState {
    pub datasets: RwSignal<Vec<Loaded>>,
    pub failures: RwSignal<Vec<ImportFailure>>,
    pub lang: RwSignal<Lang>,
    pub view: RwSignal<View>,
    /// Files are being read.
    pub busy: RwSignal<bool>,
    /// The small-cell threshold for every breakdown.
    pub min_cell: RwSignal<usize>,
    /// The first view has rendered with its data (`data-ready`).
    pub ready: RwSignal<bool>,
}

impl AppState {
    pub fn new(view_state: ViewState, lang: Lang) -> AppState {
        AppState {
            datasets: RwSignal::new(Vec::new()),
            failures: RwSignal::new(Vec::new()),
            lang: RwSignal::new(lang),
            view: RwSignal::new(view_state.view),
            busy: RwSignal::new(false),
            min_cell: RwSignal::new(DEFAULT_MIN_CELL),
            ready: RwSignal::new(false),
        }
    }

    /// The text of `key` in the current language (tracks the language).
    pub fn t(&self, key: Key) -> &'static str {
        crate::i18n::t(self.lang.get(), key)
    }

    /// Reads files and adds what could be read; failures are listed, loaded data is otherwise untouched.
    pub fn import(&self, files: Vec<InputFile>, demo: bool) {
        let results = crate::io::read_batch(&files);
        let current = self.datasets.get_untracked();
        let (next, failures) = import::apply_import(&current, results, demo);
        if next != current {
            self.datasets.set(next);
        }
        self.failures.set(failures);
    }

    /// Whether the demo data is what is shown.
    pub fn showing_demo(&self) -> bool {
        self.datasets.with(|datasets| datasets.iter().any(|loaded| loaded.demo))
    }
}

/// Provides the state to the component tree.
pub fn provide_app_state(state: AppState) {
    provide_context(state);
}

/// The state provided at the root.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
