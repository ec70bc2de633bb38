//! The share dialog: a link to the view (no data) and a snapshot link (the view's aggregated, suppressed
//! numbers in the fragment), each said in plain words.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::report::snapshot;
use crate::state::{browser, use_app_state, ViewState};
use crate::ui::chart_view::figures_for;

/// The share button and its dialog.
#[component]
pub fn Share() -> impl IntoView {
    let state = use_app_state();
    let dialog: NodeRef<leptos::html::Dialog> = NodeRef::new();
    let links = RwSignal::new((String::new(), String::new()));
    let copied = RwSignal::new(None::<&'static str>);
    let open = move |_| {
        let view = state.view.get_untracked();
        let lang = state.lang.get_untracked();
        let filters = state.filters.get_untracked();
        let hosted = browser::view_state_from_url().data;
        let query = ViewState {
            view,
            lang: Some(lang),
            filters: filters.clone(),
            data: hosted,
        }
        .to_query();
        let figures = match state.snapshot.get_untracked() {
            Some(snapshot) => snapshot.figures,
            None => figures_for(&state, view, &filters),
        };
        let packed = snapshot::make(
            view.id(),
            lang.code(),
            &filters,
            state.min_cell.get_untracked(),
            &figures,
        );
        links.set((
            browser::app_url(&query, ""),
            browser::app_url(&query, &format!("#snapshot={}", snapshot::encode(&packed))),
        ));
        copied.set(None);
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let copy = move |kind: &'static str| {
        let text = if kind == "view" {
            links.get_untracked().0
        } else {
            links.get_untracked().1
        };
        spawn_local(async move {
            if browser::copy_text(&text).await {
                copied.set(Some(kind));
            }
        });
    };
    let link_field = move |kind: &'static str, label: Key, explain: Key| {
        let id = format!("share-{kind}");
        let explain_id = format!("share-{kind}-explain");
        let described_by = explain_id.clone();
        view! {
            <div class="ds-field share-field">
                <label class="ds-label" for=id.clone()>
                    {move || state.t(label)}
                </label>
                <p id=explain_id class="share-explain">
                    {move || state.t(explain)}
                </p>
                <div class="share-row">
                    <input
                        id=id
                        class="ds-input"
                        type="text"
                        readonly
                        data-testid="share-link"
                        data-kind=kind
                        aria-describedby=described_by
                        prop:value=move || {
                            if kind == "view" { links.get().0 } else { links.get().1 }
                        }
                        on:focus=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            input.select();
                        }
                    />
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        on:click=move |_| copy(kind)
                    >
                        {move || {
                            state
                                .t(if copied.get() == Some(kind) { Key::Copied } else { Key::Copy })
                        }}
                    </button>
                </div>
            </div>
        }
    };
    view! {
        <button
            type="button"
            class="ds-button share-button"
            data-variant="secondary"
            data-testid="share-button"
            on:click=open
        >
            {move || state.t(Key::Share)}
        </button>
        <dialog class="ds-dialog share-dialog" node_ref=dialog aria-labelledby="share-heading">
            <h2 id="share-heading" class="ds-heading" data-size="sm">
                {move || state.t(Key::ShareHeading)}
            </h2>
            {link_field("view", Key::ShareViewLabel, Key::ShareViewExplain)}
            {link_field("snapshot", Key::ShareSnapshotLabel, Key::ShareSnapshotExplain)}
            <button type="button" class="ds-button" data-variant="primary" on:click=close>
                {move || state.t(Key::Dismiss)}
            </button>
        </dialog>
    }
}
