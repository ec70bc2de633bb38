//! App state: one `AppState` of signals provided at the root, the URL's view state, and the browser
//! effects (fetching the demo, reading dropped files, language preference).

pub mod browser;
pub mod deck;
pub mod import;
pub mod persist;
pub mod url;
pub mod worker;

use leptos::prelude::*;

use crate::core::filter::toggle;
use crate::core::gap::MappingEntry;
use crate::core::network::{build, Network};
use crate::core::{Filter, DEFAULT_MIN_CELL};
use crate::i18n::{Key, Lang};
use crate::io::{InputFile, ReadOptions};
use crate::report::snapshot::Snapshot;
use crate::report::Input;
use deck::Slide;
pub use import::{ImportFailure, ImportSummary, Loaded};
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
    /// Bytes read and in all while files are read: `(done, total)`.
    pub progress: RwSignal<Option<(f64, f64)>>,
    /// Saves of the user's data to IndexedDB still under way (`data-saved` on the app root when none).
    pub saving: RwSignal<usize>,
    /// What the user's last import read and what failed (announced to screen readers).
    pub imported: RwSignal<Option<ImportSummary>>,
    /// The municipality a national register is filtered to while it is read (a setting).
    pub municipality: RwSignal<String>,
    /// The files each dataset came from, kept in this tab only so that a sheet or a held-back column
    /// can be chosen again without dropping the files anew.
    pub sources: StoredValue<Vec<Source>, LocalStorage>,
}

/// Files read together, and the choices they were read with.
#[derive(Clone)]
pub enum Source {
    /// Files the user chose: handles to read again (their bytes are not held).
    Browser {
        files: Vec<web_sys::File>,
        options: Vec<ReadOptions>,
    },
    /// Bytes already in memory (the demo, hosted data).
    Bytes(Vec<InputFile>),
}

impl Source {
    fn file_names(&self) -> Vec<String> {
        match self {
            Source::Browser { files, .. } => files.iter().map(web_sys::File::name).collect(),
            Source::Bytes(files) => files.iter().map(|file| file.name.clone()).collect(),
        }
    }
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
            progress: RwSignal::new(None),
            imported: RwSignal::new(None),
            saving: RwSignal::new(0),
            municipality: RwSignal::new(browser::stored_municipality()),
            sources: StoredValue::new_local(Vec::new()),
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
        self.add_mapping_entries(&[MappingEntry {
            option: option.to_owned(),
            category,
            by_user: true,
        }]);
    }

    /// Puts the user's category corrections over those of the same options, and remembers them.
    fn add_mapping_entries(&self, entries: &[MappingEntry]) {
        if entries.is_empty() {
            return;
        }
        self.mapping_overrides.update(|overrides| {
            overrides.retain(|known| !entries.iter().any(|entry| entry.option == known.option));
            overrides.extend(entries.iter().cloned());
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

    /// Reads files already in memory and adds what could be read; failures are listed, loaded data is
    /// otherwise untouched.
    pub fn import(&self, files: Vec<InputFile>, demo: bool) {
        let results = crate::io::read_batch(&files);
        self.finish_import(results, Source::Bytes(files), demo);
    }

    /// Reads files the user dropped or chose, in the import worker, showing progress; cancellable.
    pub fn import_files(&self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        let municipality = self.municipality.get_untracked();
        let options: Vec<ReadOptions> = files
            .iter()
            .map(|_| ReadOptions {
                municipality: (!municipality.trim().is_empty()).then(|| municipality.trim().to_owned()),
                ..ReadOptions::default()
            })
            .collect();
        self.read_in_worker(files, options);
    }

    fn read_in_worker(&self, files: Vec<web_sys::File>, options: Vec<ReadOptions>) {
        let state = *self;
        let total: f64 = files.iter().map(|file| file.size()).sum();
        self.busy.set(true);
        self.progress.set(Some((0.0, total)));
        leptos::task::spawn_local(async move {
            let on_progress = move |done: f64, total: f64| state.progress.set(Some((done, total)));
            let results = match worker::read(&files, &options, on_progress).await {
                Ok(results) => Some(results),
                Err(worker::WorkerProblem::Cancelled) => None,
                Err(worker::WorkerProblem::Unavailable) => Some(
                    worker::read_chunked(&files, &options, move |done| state.progress.set(Some((done, total)))).await,
                ),
            };
            state.busy.set(false);
            state.progress.set(None);
            match results {
                Some(results) => state.finish_import(results, Source::Browser { files, options }, false),
                None => state.notice.set(Some(Key::ImportCancelled)),
            }
        });
    }

    /// Stops reading: nothing of the files is kept and the loaded data stays as it was.
    pub fn cancel_import(&self) {
        worker::cancel();
    }

    /// Reads a dataset's files again with a changed choice (a sheet, a column kept on purpose).
    pub fn reread(&self, dataset_name: &str, change: impl FnOnce(&mut ReadOptions)) {
        let sources = self.sources.get_value();
        let Some(source_idx) = sources
            .iter()
            .position(|source| source.file_names().iter().any(|name| name == dataset_name))
        else {
            return;
        };
        match sources[source_idx].clone() {
            Source::Bytes(mut files) => {
                if let Some(file) = files.iter_mut().find(|file| file.name == dataset_name) {
                    change(&mut file.options);
                }
                let demo = self.showing_demo();
                let results = crate::io::read_batch(&files);
                self.finish_import(results, Source::Bytes(files), demo);
            }
            Source::Browser { files, mut options } => {
                if let Some(file_idx) = files.iter().position(|file| file.name() == dataset_name) {
                    change(&mut options[file_idx]);
                }
                self.read_in_worker(files, options);
            }
        }
    }

    /// Whether a dataset's files can be read again in this tab.
    pub fn can_reread(&self, dataset_name: &str) -> bool {
        self.sources.with_value(|sources| {
            sources
                .iter()
                .any(|source| source.file_names().iter().any(|name| name == dataset_name))
        })
    }

    /// Adds what was read: saved role mappings are applied, the sources remembered, the data kept.
    fn finish_import(
        &self,
        mut results: Vec<(String, Result<crate::io::Parsed, crate::io::ParseError>)>,
        source: Source,
        demo: bool,
    ) {
        let saved = browser::stored_role_mappings();
        let mut applied = false;
        for (_, result) in &mut results {
            if let Ok(parsed) = result {
                if let Some(mapping) = crate::core::roles::apply_saved(&mut parsed.dataset, &saved) {
                    applied = true;
                    self.add_mapping_entries(&mapping.categories);
                }
            }
        }
        if !demo {
            self.imported.set(Some(ImportSummary::of(&results)));
        }
        let names = source.file_names();
        self.sources.update_value(|sources| {
            sources.retain(|known| !known.file_names().iter().any(|name| names.contains(name)));
            sources.push(source);
        });
        let current = self.datasets.get_untracked();
        let (next, failures) = import::apply_import(&current, results, demo);
        if next != current {
            if !demo {
                self.keep(next.clone());
            }
            self.datasets.set(next);
            if applied {
                self.notice.set(Some(Key::SavedMappingApplied));
            }
        }
        self.failures.set(failures);
    }

    /// Sets the column that plays `role` in a dataset (`None`: no column), and keeps the data.
    pub fn set_role(&self, dataset_name: &str, role: crate::core::Role, column: Option<String>) {
        self.update_dataset(dataset_name, |dataset| {
            dataset.roles.retain(|choice| choice.role != role);
            dataset.roles.push(crate::core::RoleChoice { role, column });
        });
    }

    /// Goes back to the proposed roles.
    pub fn reset_roles(&self, dataset_name: &str) {
        self.update_dataset(dataset_name, |dataset| dataset.roles.clear());
    }

    /// Remembers a dataset's role mapping for next year's export of the same survey.
    pub fn save_roles(&self, dataset_name: &str) {
        let Some(mapping) = self.datasets.with_untracked(|datasets| {
            datasets
                .iter()
                .find(|loaded| loaded.dataset.name == dataset_name)
                .map(|loaded| crate::core::SavedMapping::of(&loaded.dataset, &self.mapping_overrides.get_untracked()))
        }) else {
            return;
        };
        let mut saved = browser::stored_role_mappings();
        saved.retain(|known| known.columns != mapping.columns);
        saved.insert(0, mapping);
        saved.truncate(20);
        browser::store_role_mappings(&saved);
        self.notice.set(Some(Key::MappingSaved));
    }

    fn update_dataset(&self, dataset_name: &str, change: impl FnOnce(&mut crate::core::Dataset)) {
        let mut next = self.datasets.get_untracked();
        let Some(loaded) = next.iter_mut().find(|loaded| loaded.dataset.name == dataset_name) else {
            return;
        };
        change(&mut loaded.dataset);
        // What was worked out from the old roles (a register's areas by its postcode column) goes.
        loaded.dataset.derived = Default::default();
        if !loaded.demo {
            self.keep(next.clone());
        }
        self.datasets.set(next);
    }

    /// Sets the municipality national registers are filtered to, and remembers it.
    pub fn set_municipality(&self, municipality: String) {
        browser::store_municipality(&municipality);
        self.municipality.set(municipality);
    }

    /// Stores the user's datasets in this browser, and says so if it cannot.
    pub fn keep(&self, datasets: Vec<Loaded>) {
        let state = *self;
        state.saving.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            match persist::save(&datasets).await {
                Ok(()) => {}
                Err(persist::StorageProblem::Full) => state.notice.set(Some(Key::StorageFull)),
                Err(persist::StorageProblem::Unavailable) => state.notice.set(Some(Key::StorageUnavailable)),
            }
            state.saving.update(|n| *n = n.saturating_sub(1));
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
