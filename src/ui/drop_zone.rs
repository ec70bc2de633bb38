//! The drop bar: drop files anywhere on it, or choose them with the file input.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::state::{browser, use_app_state};

/// Takes dropped or chosen files and imports them.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = use_app_state();
    let dragging = RwSignal::new(false);
    let import = move |files: Vec<web_sys::File>| {
        if files.is_empty() {
            return;
        }
        state.busy.set(true);
        spawn_local(async move {
            let files = browser::read_files(files).await;
            state.import(files, false);
            state.busy.set(false);
        });
    };
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
            <p class="drop-zone-status" role="status" aria-live="polite">
                {move || if state.busy.get() { state.t(Key::Reading) } else { "" }}
            </p>
        </section>
    }
}
