//! The drop bar: drop files anywhere on it, or choose them with the file input.

use leptos::prelude::*;

use crate::i18n::{self, Key};
use crate::state::{browser, use_app_state};

/// Takes dropped or chosen files and imports them.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app_state();
    let dragging = RwSignal::new(false);
    let import = move |files: Vec<web_sys::File>| state.import_files(files);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        import(browser::file_list(
            ev.data_transfer().and_then(|transfer| transfer.files()),
        ));
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        import(browser::file_list(input.files()));
        // Choosing the same file again must trigger another import.
        input.set_value("");
    };
    view! {
        <section
            class="drop-zone"
            data-testid="drop-zone"
            class:drop-zone--active=move || dragging.get()
            aria-labelledby="drop-zone-title"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <div class="drop-zone-text">
                <h2 id="drop-zone-title" class="drop-zone-title">
                    {move || state.t(Key::DropTitle)}
                </h2>
                <p id="drop-zone-hint">{move || state.t(Key::DropHint)}</p>
            </div>
            <label class="ds-button drop-zone-button" data-variant="primary">
                {move || state.t(Key::ChooseFiles)}
                <input
                    type="file"
                    multiple
                    class="ds-sr-only"
                    data-testid="file-input"
                    aria-describedby="drop-zone-hint"
                    accept=".csv,.txt,.tsv,.xlsx,.json,.ndjson,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    on:change=on_change
                />
            </label>
            <div class="drop-zone-status" role="status" aria-live="polite">
                {move || {
                    state
                        .progress
                        .get()
                        .map(|(done, total)| {
                            let lang = state.lang.get();
                            view! {
                                <div
                                    class="import-progress"
                                    data-testid="import-progress"
                                    data-done=format!("{done:.0}")
                                    data-total=format!("{total:.0}")
                                >
                                    <label for="import-progress-bar">
                                        {i18n::t(lang, Key::Reading)}
                                    </label>
                                    <progress
                                        id="import-progress-bar"
                                        max=format!("{total:.0}")
                                        value=format!("{done:.0}")
                                    ></progress>
                                    <span class="import-progress-amount">
                                        {i18n::progress(lang, done, total)}
                                    </span>
                                    <button
                                        type="button"
                                        class="ds-button"
                                        data-variant="secondary"
                                        data-size="sm"
                                        data-testid="import-cancel"
                                        on:click=move |_| state.cancel_import()
                                    >
                                        {i18n::t(lang, Key::Cancel)}
                                    </button>
                                </div>
                            }
                        })
                }}
                {move || {
                    let summary = state.imported.get()?;
                    if state.progress.with(Option::is_some) {
                        return None;
                    }
                    let text = i18n::import_result(
                        state.lang.get(),
                        &summary.read,
                        summary.n_failed,
                    );
                    Some(view! { <p data-testid="import-result">{text}</p> })
                }}
            </div>
            <details class="ds-details drop-zone-options" data-testid="municipality-options">
                <summary>{move || state.t(Key::MunicipalityLabel)}</summary>
                <div class="ds-field">
                    <label for="register-municipality" class="ds-label">
                        {move || state.t(Key::MunicipalityLabel)}
                    </label>
                    <p id="register-municipality-hint" class="ds-field-description">
                        {move || state.t(Key::MunicipalityHint)}
                    </p>
                    <input
                        id="register-municipality"
                        class="ds-input municipality-input"
                        type="text"
                        inputmode="text"
                        autocomplete="off"
                        data-testid="register-municipality"
                        aria-describedby="register-municipality-hint"
                        prop:value=move || state.municipality.get()
                        on:change=move |ev| state.set_municipality(event_target_value(&ev))
                    />
                </div>
            </details>
        </section>
    }
}
