//! The Data view: each loaded dataset with its kind, counts, how it was read, its questions and a preview.

use leptos::prelude::*;

use crate::core::{likert, roles, ColumnData, ColumnType, Dataset, DatasetKind, DroppedColumn};
use crate::i18n::{self, format_count, t, Key, Lang};
use crate::state::{use_app_state, Loaded};

fn type_key(column_type: ColumnType) -> Key {
    match column_type {
        ColumnType::SingleChoice => Key::TypeSingleChoice,
        ColumnType::MultiChoice => Key::TypeMultiChoice,
        ColumnType::Number => Key::TypeNumber,
        ColumnType::Date => Key::TypeDate,
        ColumnType::Text => Key::TypeText,
        ColumnType::Id => Key::TypeId,
    }
}

/// Which datasets' role panels are open: kept across the re-render a role change causes.
#[derive(Clone, Copy)]
struct OpenPanels(RwSignal<Vec<String>>);

/// An element id from names read from files: anything but ASCII letters and digits becomes `-`.
fn element_id(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| part.replace(|c: char| !c.is_ascii_alphanumeric(), "-"))
        .collect::<Vec<_>>()
        .join("-")
}

/// The element (by id) that should have the keyboard focus once a changed dataset's card has been drawn
/// anew: a role change redraws it at once, a re-read file (another sheet, a kept column) when the read is
/// done.
#[derive(Clone, Copy)]
struct PendingFocus(RwSignal<Option<String>>);

/// At render time: a function that asks for the focus on an id after the next redraw of the datasets.
fn focus_after_redraw() -> impl Fn(String) + Copy + 'static {
    let pending = use_context::<PendingFocus>().map(|PendingFocus(pending)| pending);
    move |id| {
        if let Some(pending) = pending {
            pending.set(Some(id));
        }
    }
}

/// Focuses the pending element after each redraw of the datasets, then forgets it.
fn follow_pending_focus(pending: RwSignal<Option<String>>) {
    let state = use_app_state();
    Effect::new(move |_| {
        state.datasets.track();
        if pending.get_untracked().is_none() {
            return;
        }
        crate::state::browser::next_frame(Box::new(move || {
            let Some(id) = pending.get_untracked() else {
                return;
            };
            if let Some(element) = document().get_element_by_id(&id) {
                if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                    let _ = element.focus();
                    pending.set(None);
                }
            }
        }));
    });
}

/// Lists the loaded datasets.
#[component]
pub fn DataView() -> impl IntoView {
    let state = use_app_state();
    provide_context(OpenPanels(RwSignal::new(Vec::new())));
    let pending_focus = RwSignal::new(None::<String>);
    provide_context(PendingFocus(pending_focus));
    follow_pending_focus(pending_focus);
    view! {
        <section class="view" aria-labelledby="data-heading">
            <h1 id="data-heading" class="ds-heading view-heading" data-size="lg">
                {move || state.t(Key::DataHeading)}
            </h1>
            <section class="ds-card storage-note" aria-labelledby="storage-heading">
                <h2 id="storage-heading" class="ds-heading" data-size="xs">
                    {move || state.t(Key::StorageHeading)}
                </h2>
                <p>{move || state.t(Key::StorageNote)}</p>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-color="danger"
                    data-testid="forget-data"
                    on:click=move |_| state.forget_data()
                >
                    {move || state.t(Key::ForgetData)}
                </button>
            </section>
            {move || {
                let lang = state.lang.get();
                state
                    .datasets
                    .with(|datasets| {
                        if datasets.is_empty() {
                            return view! { <p class="empty-note">{t(lang, Key::DataEmpty)}</p> }
                                .into_any();
                        }
                        datasets
                            .iter()
                            .map(|loaded| dataset_card(lang, loaded))
                            .collect_view()
                            .into_any()
                    })
            }}
        </section>
    }
}

/// One dataset's card, drawn from the loaded dataset in place (the view reads the list, never copies
/// it: a register may be 100,000 rows).
fn dataset_card(lang: Lang, loaded: &Loaded) -> impl IntoView {
    let dataset = &loaded.dataset;
    let can_reread = use_app_state().can_reread(&dataset.name);
    let source = dataset.source.clone();
    let delimiter_shown = match source.delimiter {
        None => "–".to_owned(),
        Some(b'\t') => "TAB".to_owned(),
        Some(byte) => format!("«{}»", char::from(byte)),
    };
    let heading_id = element_id(&["dataset", &dataset.name]);
    let labelled_by = heading_id.clone();
    view! {
        <article
            class="ds-card dataset-card"
            data-testid="dataset"
            data-name=dataset.name.clone()
            data-kind=dataset.kind.id()
            data-rows=dataset.n_rows.to_string()
            data-cols=source.n_source_cols.to_string()
            data-encoding=source.encoding.id()
            data-delimiter=source.delimiter_id()
            aria-labelledby=labelled_by
        >
            <h2 id=heading_id class="ds-heading dataset-name" data-size="sm">
                {dataset.name.clone()}
            </h2>
            <dl class="dataset-facts">
                <div>
                    <dt>{t(lang, Key::SourceLabel)}</dt>
                    <dd>{t(lang, i18n::kind_key(dataset.kind))}</dd>
                </div>
                <div>
                    <dt>{t(lang, Key::Rows)}</dt>
                    <dd>{format_count(lang, dataset.n_rows)}</dd>
                </div>
                <div>
                    <dt>{t(lang, Key::Columns)}</dt>
                    <dd>{format_count(lang, source.n_source_cols)}</dd>
                </div>
                <div>
                    <dt>{t(lang, Key::EncodingLabel)}</dt>
                    <dd>{source.encoding.id().to_ascii_uppercase()}</dd>
                </div>
                <div>
                    <dt>{t(lang, Key::DelimiterLabel)}</dt>
                    <dd>{delimiter_shown}</dd>
                </div>
            </dl>
            {sheet_picker(lang, dataset, can_reread)}
            {(!dataset.dropped.is_empty())
                .then(|| {
                    view! {
                        <div class="ds-alert dropped-columns" data-color="info">
                            <h3 class="ds-heading" data-size="2xs">
                                {t(lang, Key::DroppedHeading)}
                            </h3>
                            <ul>
                                {dataset
                                    .dropped
                                    .iter()
                                    .map(|dropped| dropped_item(
                                        lang,
                                        &dataset.name,
                                        dropped,
                                        can_reread,
                                    ))
                                    .collect_view()}
                            </ul>
                            {(!can_reread)
                                .then(|| view! { <p>{t(lang, Key::RereadNeedsFile)}</p> })}
                        </div>
                    }
                })}
            {(!loaded.warnings.is_empty())
                .then(|| {
                    view! {
                        <div class="ds-alert" data-color="warning">
                            <h3 class="ds-heading" data-size="2xs">
                                {t(lang, Key::WarningsHeading)}
                            </h3>
                            <ul>
                                {loaded
                                    .warnings
                                    .iter()
                                    .take(20)
                                    .map(|warning| {
                                        view! { <li>{i18n::warning(lang, warning)}</li> }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
            <details class="ds-details">
                <summary>
                    {format!(
                        "{} ({})",
                        t(lang, Key::Questions),
                        format_count(lang, dataset.columns.len()),
                    )}
                </summary>
                <ul class="column-list">
                    {dataset
                        .columns
                        .iter()
                        .map(|column| {
                            view! {
                                <li data-column-type=column.data.column_type().id()>
                                    <span class="column-label">{column.label.clone()}</span>
                                    " "
                                    <span class="ds-tag column-type" data-size="sm">
                                        {column_type_label(lang, &column.data)}
                                    </span>
                                    {date_range(lang, &column.data)
                                        .map(|range| {
                                            view! {
                                                " "
                                                <span class="column-range" data-testid="date-range">
                                                    {range}
                                                </span>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            {(dataset.kind != DatasetKind::Table).then(|| role_panel(lang, dataset))}
            <div
                class="preview-scroll"
                tabindex="0"
                role="region"
                aria-label=t(lang, Key::PreviewCaption)
            >
                <table
                    class="ds-table preview"
                    data-testid="preview"
                    data-size="sm"
                    inner_html=crate::report::Table {
                        headers: source.preview_header.clone(),
                        rows: source
                            .preview
                            .iter()
                            .map(|row| row.iter().map(crate::report::TableCell::text).collect())
                            .collect(),
                    }
                        .html(t(lang, Key::PreviewCaption), None, false)
                ></table>
            </div>
        </article>
    }
}

/// The type shown for a question: a single choice whose options form a scale is a Likert scale.
/// A date column's first and last date (`3. mars 2025 – 28. mars 2025`), in the user's language.
fn date_range(lang: Lang, data: &ColumnData) -> Option<String> {
    let ColumnData::Date(values) = data else {
        return None;
    };
    let first = values.iter().flatten().min()?;
    let last = values.iter().flatten().max()?;
    Some(if first == last {
        i18n::format_date(lang, *first)
    } else {
        format!(
            "{} – {}",
            i18n::format_date(lang, *first),
            i18n::format_date(lang, *last)
        )
    })
}

fn column_type_label(lang: Lang, data: &ColumnData) -> &'static str {
    match data {
        ColumnData::SingleChoice { options, .. } if likert::is_likert(options) => t(lang, Key::TypeLikert),
        _ => t(lang, type_key(data.column_type())),
    }
}

/// The sheet picker of a workbook with more than one sheet.
fn sheet_picker(lang: Lang, dataset: &Dataset, can_reread: bool) -> Option<impl IntoView> {
    if dataset.source.sheets.len() < 2 || !can_reread {
        return None;
    }
    let state = use_app_state();
    let name = dataset.name.clone();
    let current = dataset.source.sheet.clone().unwrap_or_default();
    let select_id = element_id(&["sheet", &dataset.name]);
    let refocus = focus_after_redraw();
    Some(view! {
        <div class="ds-field sheet-field">
            <label class="ds-label" for=select_id.clone()>
                {t(lang, Key::SheetLabel)}
            </label>
            <select
                id=select_id.clone()
                class="ds-input"
                data-testid="sheet-picker"
                on:change={
                    let select_id = select_id.clone();
                    move |ev| {
                        let sheet = event_target_value(&ev);
                        state.reread(&name, |options| options.sheet = Some(sheet));
                        refocus(select_id.clone());
                    }
                }
            >
                {dataset
                    .source
                    .sheets
                    .iter()
                    .map(|sheet| {
                        view! {
                            <option value=sheet.clone() selected=*sheet == current>
                                {sheet.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    })
}

/// One column taken for personal data: held back (with a way to keep it) or kept by the user.
fn dropped_item(lang: Lang, dataset_name: &str, dropped: &DroppedColumn, can_reread: bool) -> impl IntoView {
    let state = use_app_state();
    let reason = i18n::personal_data_reason(lang, dropped.reason);
    let header = dropped.header.clone();
    let name = dataset_name.to_owned();
    let refocus = focus_after_redraw();
    let button_id = element_id(&["keep", dataset_name, &header]);
    let button = can_reread.then(|| {
        let kept = dropped.kept;
        let (label, test_id) = if kept {
            (t(lang, Key::HoldBackColumn), "hold-back-column")
        } else {
            (t(lang, Key::KeepColumn), "keep-column")
        };
        let header = header.clone();
        view! {
            <button
                type="button"
                class="ds-button"
                data-variant="tertiary"
                data-size="sm"
                id=button_id.clone()
                data-testid=test_id
                on:click=move |_| {
                    let header = header.clone();
                    refocus(button_id.clone());
                    state
                        .reread(
                            &name,
                            |options| {
                                options.keep.retain(|known| *known != header);
                                if !kept {
                                    options.keep.push(header);
                                }
                            },
                        );
                }
            >
                {label}
            </button>
        }
    });
    if dropped.kept {
        view! {
            <li data-testid="kept-column" data-column=header.clone()>
                {format!("{header} ({reason}, {})", t(lang, Key::KeptColumn))}
                " "
                {button}
            </li>
        }
        .into_any()
    } else {
        view! {
            <li data-testid="dropped-column" data-column=header.clone()>
                {format!("{header} ({reason})")}
                " "
                {button}
            </li>
        }
        .into_any()
    }
}

/// The mapping panel: which column plays each role, proposed and correctable.
fn role_panel(lang: Lang, dataset: &Dataset) -> impl IntoView {
    let state = use_app_state();
    let proposed = roles::propose(dataset);
    let dataset_name = dataset.name.clone();
    let rows = roles::roles_for(dataset.kind)
        .into_iter()
        .map(|role| {
            let chosen = proposed
                .iter()
                .find(|(found, _)| *found == role)
                .map(|(_, column_id)| column_id.clone());
            let changed = dataset.roles.iter().any(|choice| choice.role == role);
            let candidates: Vec<(String, String)> = dataset
                .columns
                .iter()
                .filter(|column| roles::can_play(role, column))
                .map(|column| (column.id.clone(), column.label.clone()))
                .collect();
            let name = dataset_name.clone();
            let refocus = focus_after_redraw();
            let select_id = element_id(&["role", &dataset_name, role.id()]);
            let current = chosen.clone().unwrap_or_default();
            view! {
                <tr data-testid="role-row" data-role=role.id() data-column=current.clone()>
                    <th scope="row">
                        <label for=select_id.clone()>{i18n::role_label(lang, role)}</label>
                    </th>
                    <td>
                        <select
                            id=select_id.clone()
                            class="ds-input role-select"
                            data-testid="role-select"
                            data-role=role.id()
                            on:change={
                                let select_id = select_id.clone();
                                move |ev| {
                                    let value = event_target_value(&ev);
                                    state
                                        .set_role(
                                            &name,
                                            role,
                                            (!value.is_empty()).then_some(value),
                                        );
                                    refocus(select_id.clone());
                                }
                            }
                        >
                            <option value="" selected=current.is_empty()>
                                {t(lang, Key::RoleNone)}
                            </option>
                            {candidates
                                .into_iter()
                                .map(|(column_id, label)| {
                                    let selected = column_id == current;
                                    let shown = if label == column_id {
                                        label
                                    } else {
                                        format!("{label} ({column_id})")
                                    };
                                    view! {
                                        <option value=column_id selected=selected>
                                            {shown}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        {changed
                            .then(|| {
                                view! {
                                    " "
                                    <span class="ds-tag" data-color="info" data-size="sm">
                                        {t(lang, Key::RoleChanged)}
                                    </span>
                                }
                            })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let save_name = dataset_name.clone();
    let reset_name = dataset_name.clone();
    let has_choices = !dataset.roles.is_empty();
    let OpenPanels(open_panels) = expect_context::<OpenPanels>();
    let panel_name = dataset_name.clone();
    let is_open = open_panels.with_untracked(|open| open.contains(&dataset_name));
    let on_toggle = move |ev: leptos::ev::Event| {
        let details: web_sys::HtmlDetailsElement = event_target(&ev);
        let open = details.open();
        open_panels.update(|panels| {
            panels.retain(|name| *name != panel_name);
            if open {
                panels.push(panel_name.clone());
            }
        });
    };
    view! {
        <details
            class="ds-details role-panel"
            data-testid="role-panel"
            open=is_open
            on:toggle=on_toggle
        >
            <summary>{t(lang, Key::RolesHeading)}</summary>
            <p>{t(lang, Key::RolesHint)}</p>
            <table class="ds-table role-table" data-size="sm">
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::RoleMeaning)}</th>
                        <th scope="col">{t(lang, Key::RoleColumn)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <div class="role-actions">
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    data-testid="save-roles"
                    disabled=!has_choices
                    on:click=move |_| state.save_roles(&save_name)
                >
                    {t(lang, Key::SaveRoles)}
                </button>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    data-testid="reset-roles"
                    disabled=!has_choices
                    on:click=move |_| state.reset_roles(&reset_name)
                >
                    {t(lang, Key::ResetRoles)}
                </button>
            </div>
        </details>
    }
}
