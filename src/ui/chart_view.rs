//! A view of charts: heading, introduction, whatever the view puts first, the filter bar and the figures.

use leptos::prelude::*;

use crate::core::Filter;
use crate::i18n::Key;
use crate::report::{collaboration, gap as gap_report, register, Figure, Input};
use crate::state::{use_app_state, AppState, View};
use crate::ui::chart_figure::Figures;
use crate::ui::filter_bar::FilterBar;

/// The figures of `view` for `filters`, as that view shows them.
pub fn figures_for(state: &AppState, view: View, filters: &[Filter]) -> Vec<Figure> {
    let (lang, min_cell) = (state.lang.get(), state.min_cell.get());
    let network = state.network.get();
    let overrides = state.mapping_overrides.get();
    state.datasets.with(|datasets| {
        let input = Input::new(datasets, filters, lang, min_cell);
        match view {
            View::Overview => [
                collaboration::partner_types(&input),
                collaboration::unit_partner_matrix(&input),
                register::icnpo_categories(&input),
            ]
            .into_iter()
            .flatten()
            .collect(),
            View::Collaboration => collaboration::all(&input, network.as_ref()),
            View::Gap => gap_report::all(&input, &overrides),
            View::Register => register::all(&input),
            View::Present | View::Data | View::Accessibility => Vec::new(),
        }
    })
}

/// A view's figures, kept up to date with data, filters and language; a snapshot link's when one is shown.
pub fn view_figures(view: View) -> Memo<Vec<Figure>> {
    let state = use_app_state();
    Memo::new(move |_| {
        if let Some(figures) = state.snapshot.with(|snapshot| {
            snapshot
                .as_ref()
                .map(|snapshot| (snapshot.view == view.id()).then(|| snapshot.figures.clone()))
        }) {
            return figures.unwrap_or_default();
        }
        figures_for(&state, view, &state.filters.get())
    })
}

/// The frame every chart view shares.
#[component]
pub fn ChartView(
    /// Prefix of the heading's id (`overview` → `overview-heading`).
    id: &'static str,
    heading: Key,
    intro: Key,
    /// The view's figures, recomputed when data, filters or language change.
    figures: Memo<Vec<Figure>>,
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
                (figures.with(Vec::is_empty) && !state.busy.get())
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
