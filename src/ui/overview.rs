//! The Overview: key figures and the headline charts.

use leptos::prelude::*;

use crate::core::overview::key_figures;
use crate::i18n::{format_count, t, Key};
use crate::state::{use_app_state, View};
use crate::ui::chart_view::{view_figures, ChartView};

/// Key figures and the overview charts of whatever is loaded.
#[component]
pub fn Overview() -> impl IntoView {
    let state = use_app_state();
    let figures = view_figures(View::Overview);
    let tiles = move || {
        let lang = state.lang.get();
        let figures = state.datasets.with(|datasets| key_figures(datasets));
        [
            (figures.register_orgs, Key::KeyRegisterOrgs, "register-orgs"),
            (
                figures.register_health_social,
                Key::KeyHealthSocial,
                "register-health-social",
            ),
            (figures.staff_respondents, Key::KeyStaff, "staff-respondents"),
            (figures.org_respondents, Key::KeyOrgs, "org-respondents"),
            (figures.offers, Key::KeyOffers, "offers"),
        ]
        .into_iter()
        .filter_map(|(value, key, id)| {
            let value = value?;
            Some(view! {
                <li
                    class="key-figure"
                    data-testid="key-figure"
                    data-figure=id
                    data-value=value.to_string()
                >
                    <span class="key-figure-value">{format_count(lang, value)}</span>
                    <span class="key-figure-label">{t(lang, key)}</span>
                </li>
            })
        })
        .collect_view()
    };
    view! {
        <ChartView
            id="overview"
            heading=Key::OverviewHeading
            intro=Key::OverviewIntro
            figures=figures
        >
            <h2 class="ds-sr-only">{move || state.t(Key::KeyFiguresHeading)}</h2>
            <ul class="key-figures">{tiles}</ul>
        </ChartView>
    }
}
