//! The Collaboration view: every chart of the collaboration patterns, cross-filtered.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::report::{collaboration, Input};
use crate::state::use_app_state;
use crate::ui::chart_view::ChartView;

/// Collaboration patterns.
#[component]
pub fn CollaborationView() -> impl IntoView {
    let state = use_app_state();
    let figures = Memo::new(move |_| {
        let (lang, min_cell, filters) = (state.lang.get(), state.min_cell.get(), state.filters.get());
        let network = state.network.get();
        state.datasets.with(|datasets| {
            let input = Input::new(datasets, &filters, lang, min_cell);
            collaboration::all(&input, network.as_ref())
        })
    });
    view! {
        <ChartView
            id="collaboration"
            heading=Key::CollaborationHeading
            intro=Key::CollaborationIntro
            figures=figures
        />
    }
}
