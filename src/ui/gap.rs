//! The Gap view: the funnel, the matrix and the ranked gaps; the editor for how survey options map to
//! catalogue categories; the gap table for download.

use leptos::prelude::*;

use crate::core::gap::{self, MappingEntry};
use crate::export::{write_csv, write_xlsx};
use crate::i18n::{self, Key};
use crate::report::{gap as gap_report, Input};
use crate::state::{browser, use_app_state, View};
use crate::ui::chart_view::{view_figures, ChartView};

/// The gap analysis.
#[component]
pub fn GapView() -> impl IntoView {
    let state = use_app_state();
    let figures = view_figures(View::Gap);
    let export = move |xlsx: bool| {
        let table = state.datasets.with_untracked(|datasets| {
            let filters = state.filters.get_untracked();
            let overrides = state.mapping_overrides.get_untracked();
            let input = Input::new(
                datasets,
                &filters,
                state.lang.get_untracked(),
                state.min_cell.get_untracked(),
            )
            .with_overrides(&overrides);
            gap_report::export(&input)
        });
        let Some(table) = table else {
            return;
        };
        if xlsx {
            browser::download(
                "brobygger-gaptabell.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &write_xlsx(&table, "Gap"),
            );
        } else {
            browser::download("brobygger-gaptabell.csv", "text/csv;charset=utf-8", &write_csv(&table));
        }
    };
    view! {
        <ChartView
            id="gap"
            heading=Key::GapHeading
            intro=Key::GapIntro
            figures=figures
            empty=Key::NoGapData
        />
        <Show when=move || {
            figures.ids.with(|ids| !ids.is_empty()) && state.snapshot.with(Option::is_none)
        }>
            <section class="gap-tools" aria-labelledby="gap-export-heading">
                <h2 id="gap-export-heading" class="ds-sr-only">
                    {move || state.t(Key::ExportCsv)}
                </h2>
                <div class="gap-export">
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        data-testid="export-gap-csv"
                        on:click=move |_| export(false)
                    >
                        {move || state.t(Key::ExportCsv)}
                    </button>
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        data-testid="export-gap-xlsx"
                        on:click=move |_| export(true)
                    >
                        {move || state.t(Key::ExportXlsx)}
                    </button>
                </div>
                <MappingEditor />
            </section>
        </Show>
    }
}

/// One row of the editor.
#[derive(Clone, Debug, PartialEq)]
struct EditorRow {
    option: String,
    category: Option<String>,
    by_user: bool,
}

/// Lets the user correct which catalogue category each survey option stands for.
#[component]
fn MappingEditor() -> impl IntoView {
    let state = use_app_state();
    let editor = Memo::new(move |_| {
        let overrides = state.mapping_overrides.get();
        state.datasets.with(|datasets| {
            let input = Input::new(
                datasets,
                &[],
                state.lang.get_untracked(),
                state.min_cell.get_untracked(),
            )
            .with_overrides(&overrides);
            let mapping = gap_report::mapping(&input)?;
            let categories = gap::catalogue_categories(input.offers()?);
            let rows: Vec<EditorRow> = mapping
                .entries
                .into_iter()
                .map(
                    |MappingEntry {
                         option,
                         category,
                         by_user,
                     }| EditorRow {
                        option,
                        category,
                        by_user,
                    },
                )
                .collect();
            Some((rows, categories))
        })
    });
    view! {
        <section
            class="ds-card mapping-editor"
            aria-labelledby="mapping-heading"
            data-testid="mapping-editor"
        >
            <h2 id="mapping-heading" class="ds-heading" data-size="sm">
                {move || state.t(Key::MappingHeading)}
            </h2>
            <p>{move || state.t(Key::MappingIntro)}</p>
            {move || {
                let lang = state.lang.get();
                let Some((rows, categories)) = editor.get() else {
                    return ().into_any();
                };
                view! {
                    <table class="ds-table mapping-table" data-size="sm">
                        <thead>
                            <tr>
                                <th scope="col">{i18n::t(lang, Key::MappingOption)}</th>
                                <th scope="col">{i18n::t(lang, Key::MappingCategory)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .enumerate()
                                .map(|(idx, row)| {
                                    let select_id = format!("mapping-{idx}");
                                    let option = row.option.clone();
                                    let current = row.category.clone().unwrap_or_default();
                                    let status = if row.by_user {
                                        i18n::t(lang, Key::MappingManual)
                                    } else {
                                        i18n::t(lang, Key::MappingAuto)
                                    };
                                    view! {
                                        <tr
                                            data-testid="mapping-row"
                                            data-option=row.option.clone()
                                        >
                                            <th scope="row">
                                                <label for=select_id.clone()>{row.option.clone()}</label>
                                            </th>
                                            <td>
                                                <select
                                                    id=select_id
                                                    class="ds-input"
                                                    data-testid="mapping-select"
                                                    prop:value=current.clone()
                                                    on:change=move |ev| {
                                                        let value = event_target_value(&ev);
                                                        state
                                                            .set_mapping(&option, (!value.is_empty()).then_some(value));
                                                    }
                                                >
                                                    <option value="">{i18n::t(lang, Key::MappingNone)}</option>
                                                    {categories
                                                        .iter()
                                                        .map(|category| {
                                                            view! {
                                                                <option
                                                                    value=category.clone()
                                                                    selected=*category == current
                                                                >
                                                                    {category.clone()}
                                                                </option>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </select>
                                                " "
                                                <span class="ds-tag mapping-status" data-size="sm">
                                                    {status}
                                                </span>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="tertiary"
                        on:click=move |_| state.reset_mapping()
                    >
                        {i18n::t(lang, Key::MappingReset)}
                    </button>
                }
                    .into_any()
            }}
        </section>
    }
}
