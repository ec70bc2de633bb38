//! The Register view: the associations by category and by area.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::report::{register, Input};
use crate::state::use_app_state;
use crate::ui::chart_view::ChartView;

/// The register's associations.
#[component]
pub fn RegisterView() -> impl IntoView {
    let state = use_app_state();
    let figures = Memo::new(move |_| {
        let (lang, min_cell, filters) = (state.lang.get(), state.min_cell.get(), state.filters.get());
        state
            .datasets
            .with(|datasets| register::all(&Input::new(datasets, &filters, lang, min_cell)))
    });
    view! {
        <ChartView
            id="register"
            heading=Key::RegisterHeading
            intro=Key::RegisterIntro
            figures=figures
        />
    }
}
