//! The Data view: each loaded dataset with its kind, counts, how it was read, its questions and a preview.

use leptos::prelude::*;

use crate::core::{ColumnType, DatasetKind};
use crate::i18n::{self, format_count, t, Key, Lang};
use crate::state::{use_app_state, Loaded};

fn kind_key(kind: DatasetKind) -> Key {
    match kind {
        DatasetKind::Register => Key::KindRegister,
        DatasetKind::Survey => Key::KindSurvey,
        DatasetKind::Offers => Key::KindOffers,
        DatasetKind::Table => Key::KindTable,
    }
}

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

/// Lists the loaded datasets.
#[component]
pub fn DataView() -> impl IntoView {
    let state = use_app_state();
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
                let datasets = state.datasets.get();
                if datasets.is_empty() {
                    return view! { <p class="empty-note">{t(lang, Key::DataEmpty)}</p> }.into_any();
                }
                datasets
                    .into_iter()
                    .map(|loaded| dataset_card(lang, loaded))
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}

fn dataset_card(lang: Lang, loaded: Loaded) -> impl IntoView {
    let dataset = loaded.dataset;
    let source = dataset.source.clone();
    let delimiter_shown = match source.delimiter {
        None => "–".to_owned(),
        Some(b'\t') => "TAB".to_owned(),
        Some(byte) => format!("«{}»", char::from(byte)),
    };
    let heading_id = format!(
        "dataset-{}",
        dataset.name.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
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
                    <dd>{t(lang, kind_key(dataset.kind))}</dd>
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
                    <dd>{source.encoding.id().to_uppercase()}</dd>
                </div>
                <div>
                    <dt>{t(lang, Key::DelimiterLabel)}</dt>
                    <dd>{delimiter_shown}</dd>
                </div>
            </dl>
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
                                    .map(|dropped| {
                                        view! {
                                            <li
                                                data-testid="dropped-column"
                                                data-column=dropped.header.clone()
                                            >
                                                {format!(
                                                    "{} ({})",
                                                    dropped.header,
                                                    i18n::personal_data_reason(lang, dropped.reason),
                                                )}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
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
                                        {t(lang, type_key(column.data.column_type()))}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <div
                class="preview-scroll"
                tabindex="0"
                role="region"
                aria-label=t(lang, Key::PreviewCaption)
            >
                <table class="ds-table preview" data-testid="preview" data-size="sm">
                    <caption>{t(lang, Key::PreviewCaption)}</caption>
                    <thead>
                        <tr>
                            {source
                                .preview_header
                                .iter()
                                .map(|header| view! { <th scope="col">{header.clone()}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {source
                            .preview
                            .iter()
                            .map(|row| {
                                view! {
                                    <tr>
                                        {row
                                            .iter()
                                            .map(|cell| view! { <td>{cell.clone()}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </article>
    }
}
