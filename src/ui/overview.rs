//! The Overview: key figures and the first charts.

use leptos::prelude::*;

use crate::core::overview::key_figures;
use crate::i18n::{format_count, t, Key};
use crate::report::overview::{icnpo_categories, partner_types, unit_partner_matrix};
use crate::report::Figure;
use crate::state::use_app_state;
use crate::ui::ChartFigure;

/// Key figures and the overview charts of whatever is loaded.
#[component]
pub fn Overview() -> impl IntoView {
    let state = use_app_state();
    let figures = Memo::new(move |_| {
        let (lang, min_cell) = (state.lang.get(), state.min_cell.get());
        state.datasets.with(|datasets| {
            [
                partner_types(datasets, lang, min_cell),
                unit_partner_matrix(datasets, lang, min_cell),
                icnpo_categories(datasets, lang),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<Figure>>()
        })
    });
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
        <section class="view" aria-labelledby="overview-heading">
            <h1 id="overview-heading" class="ds-heading view-heading" data-size="lg">
                {move || state.t(Key::OverviewHeading)}
            </h1>
            <p class="view-intro">{move || state.t(Key::OverviewIntro)}</p>
            <h2 class="ds-sr-only">{move || state.t(Key::KeyFiguresHeading)}</h2>
            <ul class="key-figures">{tiles}</ul>
            <div class="chart-grid">
                {move || {
                    let figures = figures.get();
                    if figures.is_empty() && !state.busy.get() {
                        view! { <p class="empty-note">{state.t(Key::NoChartData)}</p> }.into_any()
                    } else {
                        figures
                            .into_iter()
                            .map(|figure| view! { <ChartFigure figure=figure /> })
                            .collect_view()
                            .into_any()
                    }
                }}
            </div>
        </section>
    }
}
