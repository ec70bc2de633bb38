//! A view of charts: heading, introduction, whatever the view puts first, the filter bar and the figures.

use std::rc::Rc;

use leptos::prelude::*;

use crate::core::Filter;
use crate::i18n::Key;
use crate::report::{self, collaboration, gap as gap_report, register, Figure, Input, Make, Selections};
use crate::state::{use_app_state, AppState, View};
use crate::ui::chart_figure::Figures;
use crate::ui::filter_bar::FilterBar;

/// The figures `view` shows, in reading order.
fn list(view: View) -> &'static [(&'static str, Make)] {
    const OVERVIEW: [(&str, Make); 3] = [
        ("partner-types", collaboration::partner_types),
        ("unit-partner-matrix", collaboration::unit_partner_matrix),
        ("icnpo-categories", register::icnpo_categories),
    ];
    match view {
        View::Overview => &OVERVIEW,
        View::Collaboration => &collaboration::FIGURES,
        View::Gap => &gap_report::FIGURES,
        View::Register => &register::FIGURES,
        View::Present | View::Data | View::Accessibility => &[],
    }
}

/// Gives `f` the input figures are computed from with `filters`, reading the rest of it tracked.
fn with_input<T>(state: &AppState, filters: &[Filter], f: impl FnOnce(&Input) -> T) -> T {
    with_shared_input(state, filters, Rc::default(), f)
}

/// `with_input`, with the selections worked out so far for the same data and filters.
fn with_shared_input<T>(
    state: &AppState,
    filters: &[Filter],
    selections: Rc<Selections>,
    f: impl FnOnce(&Input) -> T,
) -> T {
    let (lang, min_cell) = (state.lang.get(), state.min_cell.get());
    let network = state.network.get();
    let overrides = state.mapping_overrides.get();
    state.datasets.with(|datasets| {
        let input = Input::new(datasets, filters, lang, min_cell)
            .with_network(network.as_ref())
            .with_overrides(&overrides)
            .with_selections(selections);
        f(&input)
    })
}

/// Tracks what `with_input` reads, computing nothing: keep the two in step.
fn track_input(state: &AppState) {
    state.lang.track();
    state.min_cell.track();
    state.network.track();
    state.mapping_overrides.track();
    state.datasets.track();
}

/// The figures of `view` for `filters`, as that view shows them.
pub fn figures_for(state: &AppState, view: View, filters: &[Filter]) -> Vec<Figure> {
    with_input(state, filters, |input| report::figures(input, list(view)))
}

/// A view's figures as its chart cards take them: which there are, and each one computed on its own, so
/// that a filter click computes only the charts on the screen in its frame (`ChartFigure`).
#[derive(Clone, Copy)]
pub struct ViewFigures {
    view: View,
    /// The ids of the figures the loaded data supports (or a snapshot link holds), in reading order.
    pub ids: Memo<Vec<String>>,
    /// Changes whenever anything the figures are computed from does (data, filters, language …).
    pub changed: Memo<u64>,
    /// The selections the view's cards have worked out since `changed` last did, shared: a register's
    /// selection is 100,000 rows, and each of its charts asks for it.
    selections: StoredValue<(u64, Rc<Selections>), LocalStorage>,
}

impl ViewFigures {
    /// One figure, recomputed when it is read after a change (a memo no effect tracks).
    pub fn figure(self, id: String) -> Memo<Option<Figure>> {
        let state = use_app_state();
        Memo::new(move |_| {
            if let Some(figure) = state.snapshot.with(|snapshot| {
                snapshot
                    .as_ref()
                    .map(|s| s.figures.iter().find(|f| f.id == id).cloned())
            }) {
                return figure;
            }
            let (_, make) = list(self.view).iter().find(|(known, _)| *known == id)?;
            let stamp = self.changed.get_untracked();
            let kept = self
                .selections
                .with_value(|(at, kept)| (*at == stamp).then(|| kept.clone()));
            let selections = kept.unwrap_or_else(|| {
                let fresh = Rc::new(Selections::default());
                self.selections.set_value((stamp, fresh.clone()));
                fresh
            });
            with_shared_input(&state, &state.filters.get(), selections, make)
        })
    }
}

/// A view's figures, kept up to date with data, filters and language; a snapshot link's when one is shown.
pub fn view_figures(view: View) -> ViewFigures {
    let state = use_app_state();
    // Which figures exist depends on the data, not on the filters: a filter never adds one.
    let ids = Memo::new(move |_| {
        if let Some(ids) = state.snapshot.with(|snapshot| {
            snapshot.as_ref().map(|snapshot| match snapshot.view == view.id() {
                true => snapshot.figures.iter().map(|f| f.id.clone()).collect(),
                false => Vec::new(),
            })
        }) {
            return ids;
        }
        with_input(&state, &[], |input| {
            list(view)
                .iter()
                .filter(|(_, make)| make(input).is_some())
                .map(|(id, _)| (*id).to_owned())
                .collect()
        })
    });
    let changed = Memo::new(move |last: Option<&u64>| {
        track_input(&state);
        state.filters.track();
        state.snapshot.track();
        last.map_or(0, |last| last + 1)
    });
    let selections = StoredValue::new_local((u64::MAX, Rc::default()));
    ViewFigures {
        view,
        ids,
        changed,
        selections,
    }
}

/// The frame every chart view shares.
#[component]
pub fn ChartView(
    /// Prefix of the heading's id (`overview` → `overview-heading`).
    id: &'static str,
    heading: Key,
    intro: Key,
    /// The view's figures, recomputed when data, filters or language change.
    figures: ViewFigures,
    /// What to say when nothing loaded can be charted here (default: the general note).
    #[prop(optional)]
    empty: Option<Key>,
    /// Shown between the introduction and the filter bar (the Overview's key figures).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let state = use_app_state();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="view" aria-labelledby=labelled_by>
            <h1 id=heading_id class="ds-heading view-heading" data-size="lg">
                {move || state.t(heading)}
            </h1>
            <p class="view-intro">{move || state.t(intro)}</p>
            {children.map(|children| children())}
            <Show when=move || state.snapshot.with(Option::is_none)>
                <FilterBar />
            </Show>
            {move || {
                (figures.ids.with(Vec::is_empty) && !state.busy.get())
                    .then(|| {
                        view! {
                            <p class="empty-note">
                                {if state.snapshot.with(Option::is_some) {
                                    state.t(Key::SnapshotOtherView)
                                } else {
                                    state.t(empty.unwrap_or(Key::NoChartData))
                                }}
                            </p>
                        }
                    })
            }}
            <div class="chart-grid">
                <Figures figures=figures />
            </div>
        </section>
    }
}
