//! A view of charts: heading, introduction, whatever the view puts first, the filter bar and the figures.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::report::Figure;
use crate::state::use_app_state;
use crate::ui::chart_figure::Figures;
use crate::ui::filter_bar::FilterBar;

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
            <FilterBar />
            {move || {
                (figures.with(Vec::is_empty) && !state.busy.get())
                    .then(|| {
                        view! {
                            <p class="empty-note">{state.t(empty.unwrap_or(Key::NoChartData))}</p>
                        }
                    })
            }}
            <div class="chart-grid">
                <Figures figures=figures />
            </div>
        </section>
    }
}
