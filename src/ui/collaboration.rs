//! The Collaboration view: every chart of the collaboration patterns, cross-filtered.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::View;
use crate::ui::chart_view::{view_figures, ChartView};

/// Collaboration patterns.
#[component]
pub fn CollaborationView() -> impl IntoView {
    let figures = view_figures(View::Collaboration);
    view! {
        <ChartView
            id="collaboration"
            heading=Key::CollaborationHeading
            intro=Key::CollaborationIntro
            figures=figures
        />
    }
}
