//! The Register view: the associations by category and by area.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::View;
use crate::ui::chart_view::{view_figures, ChartView};

/// The register's associations.
#[component]
pub fn RegisterView() -> impl IntoView {
    let figures = view_figures(View::Register);
    view! {
        <ChartView
            id="register"
            heading=Key::RegisterHeading
            intro=Key::RegisterIntro
            figures=figures
        />
    }
}
