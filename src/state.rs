//! App state: one `AppState` of signals provided at the root, the URL's view state, and the browser
//! effects (fetching the demo, reading dropped files, language preference).

pub mod browser;
pub mod deck;
pub mod import;
pub mod persist;
pub mod url;

use leptos::prelude::*;

use crate::core::filter::toggle;
use crate::core::gap::MappingEntry;
use crate::core::network::{build, Network};
use crate::core::{Filter, DEFAULT_MIN_CELL};
use crate::i18n::{Key, Lang};
use crate::io::InputFile;
use crate::report::snapshot::Snapshot;
use crate::report::Input;
use deck::Slide;
pub use import::{ImportFailure, Loaded};
pub use url::{View, ViewState};

/// Shared state. Domain data is plain (`Loaded`); only this struct holds signals.
#[derive(Clone, Copy)]
pub struct AppState {
    pub datasets: RwSignal<Vec<Loaded>>,
    pub failures: RwSignal<Vec<ImportFailure>>,
    pub lang: RwSignal<Lang>,
    pub view: RwSignal<View>,
    pub filters: RwSignal<Vec<Filter>>,
    /// Files are being read.
    pub busy: RwSignal<bool>,
    /// The small-cell threshold for every breakdown.
    pub min_cell: RwSignal<usize>,
    /// The first view has rendered with its data (`data-ready`).
    pub ready: RwSignal<bool>,
    /// Units and the organisations they name: built once per set of datasets, not per filter.
    pub network: Memo<Option<Network>>,
    /// The user's corrections of the survey-option → offer-category matching (a setting, no data).
    pub mapping_overrides: RwSignal<Vec<MappingEntry>>,
    /// The user's deck; `None` until they change it (then the demo's deck applies to the demo).
    pub deck: RwSignal<Option<Vec<Slide>>>,
    /// The slide on screen while presenting.
    pub presenting: RwSignal<Option<usize>>,
    /// A snapshot link's figures, shown instead of computing from data.
    pub snapshot: RwSignal<Option<Snapshot>>,
    /// A message for the whole app (a damaged link, storage full …).
    pub notice: RwSignal<Option<Key>>,
}

impl AppState {
    pub fn new(view_state: ViewState, lang: Lang) -> AppState {
        let ViewState { view, filters, .. } = view_state;
        let datasets = RwSignal::new(Vec::<Loaded>::new());
        let network = Memo::new(move |_| {
            datasets.with(|datasets| {
                let input = Input::new(datasets, &[], Lang::Nb, DEFAULT_MIN_CELL);
                build(input.staff()?, input.register())
            })
        });
        AppState {
            datasets,
            failures: RwSignal::new(Vec::new()),
            lang: RwSignal::new(lang),
            view: RwSignal::new(view),
            filters: RwSignal::new(filters),
            busy: RwSignal::new(false),
            min_cell: RwSignal::new(DEFAULT_MIN_CELL),
            ready: RwSignal::new(false),
            network,
            mapping_overrides: RwSignal::new(browser::stored_mapping()),
            deck: RwSignal::new(browser::stored_deck()),
            presenting: RwSignal::new(None),
            snapshot: RwSignal::new(None),
            notice: RwSignal::new(None),
        }
    }

    /// The deck in force: the user's, or the demo's story while the demo is shown.
    pub fn effective_deck(&self) -> Vec<Slide> {
        match self.deck.get() {
            Some(deck) => deck,
            None if self.showing_demo() => deck::demo_deck(),
            None => Vec::new(),
        }
    }

    /// Changes the deck and remembers it.
    pub fn update_deck(&self, change: impl FnOnce(&mut Vec<Slide>)) {
        let mut deck = self.effective_deck();
        change(&mut deck);
        browser::store_deck(&deck);
        self.deck.set(Some(deck));
    }

    /// Sets the category a survey option stands for, and remembers it.
    pub fn set_mapping(&self, option: &str, category: Option<String>) {
        self.mapping_overrides.update(|overrides| {
            overrides.retain(|entry| entry.option != option);
            overrides.push(MappingEntry {
                option: option.to_owned(),
                category,
                by_user: true,
            });
        });
        browser::store_mapping(&self.mapping_overrides.get_untracked());
    }

    /// Forgets the user's corrections.
    pub fn reset_mapping(&self) {
        self.mapping_overrides.set(Vec::new());
        browser::store_mapping(&[]);
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
            if !demo {
                self.keep(next.clone());
            }
            self.datasets.set(next);
        }
        self.failures.set(failures);
    }

    /// Stores the user's datasets in this browser, and says so if it cannot.
    pub fn keep(&self, datasets: Vec<Loaded>) {
        let state = *self;
        leptos::task::spawn_local(async move {
            match persist::save(&datasets).await {
                Ok(()) => {}
                Err(persist::StorageProblem::Full) => state.notice.set(Some(Key::StorageFull)),
                Err(persist::StorageProblem::Unavailable) => state.notice.set(Some(Key::StorageUnavailable)),
            }
        });
    }

    /// Removes every stored dataset and the settings derived from data, then shows the demo again.
    pub fn forget_data(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let _ = persist::forget().await;
            browser::forget_settings();
            state.deck.set(None);
            state.mapping_overrides.set(Vec::new());
            state.filters.set(Vec::new());
            state.datasets.set(Vec::new());
            state.failures.set(Vec::new());
            if let Ok(files) = browser::fetch_demo().await {
                state.import(files, true);
            }
            state.notice.set(Some(Key::DataForgotten));
        });
    }

    /// Whether the demo data is what is shown.
    pub fn showing_demo(&self) -> bool {
        self.datasets.with(|datasets| datasets.iter().any(|loaded| loaded.demo))
    }

    /// Toggles the filters a mark stands for: removes them when all are active, else adds them (a second
    /// value of a single-valued field replaces the first).
    pub fn toggle_filters(&self, wanted: &[Filter]) {
        if wanted.is_empty() {
            return;
        }
        let current = self.filters.get_untracked();
        let all_active = wanted.iter().all(|filter| current.contains(filter));
        let next = self.datasets.with_untracked(|datasets| {
            let single_valued = |filter: &Filter| {
                datasets
                    .iter()
                    .any(|loaded| filter.field.single_valued(&loaded.dataset))
            };
            let mut next = current.clone();
            for filter in wanted {
                let active = next.contains(filter);
                if all_active || !active {
                    next = toggle(&next, filter.clone(), single_valued(filter));
                }
            }
            next
        });
        self.filters.set(next);
    }

    /// Sets the one value of a single-valued field, or clears it with `None`.
    pub fn set_field(&self, field: crate::core::Field, value: Option<String>) {
        self.filters.update(|filters| {
            filters.retain(|filter| filter.field != field);
            if let Some(value) = value {
                filters.push(Filter { field, value });
            }
        });
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
