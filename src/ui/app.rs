//! The shell: header with language choice and demo badge, navigation, the drop bar, the current view.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Key, Lang};
use crate::state::{browser, provide_app_state, use_app_state, AppState, View, ViewState};
use crate::ui::accessibility::AccessibilityView;
use crate::ui::collaboration::CollaborationView;
use crate::ui::data_view::DataView;
use crate::ui::drop_zone::DropZone;
use crate::ui::gap::GapView;
use crate::ui::import_errors::ImportErrors;
use crate::ui::overview::Overview;
use crate::ui::present::{PresentView, Presenter, SpeakerView};
use crate::ui::register::RegisterView;
use crate::ui::share::Share;

/// What the app opens on: a snapshot link's numbers; else the data a hosted link names (`?data=`); else the
/// user's own stored datasets; else a hosted copy's `data/index.json`; else the embedded demo.
async fn load_at_start(state: AppState, data_path: Option<String>) {
    match browser::snapshot_from_hash() {
        Some(Ok(snapshot)) => {
            state
                .view
                .set(crate::state::View::from_id(&snapshot.view).unwrap_or_default());
            state.filters.set(snapshot.filters.clone());
            state.snapshot.set(Some(snapshot));
            return;
        }
        Some(Err(_)) => state.notice.set(Some(Key::SnapshotDamaged)),
        None => {}
    }
    if let Some(path) = data_path {
        match browser::fetch_hosted(&path, false).await {
            Ok(files) => state.import(files, false),
            Err(failure) => state.failures.set(vec![failure]),
        }
        if !state.datasets.with_untracked(Vec::is_empty) {
            return;
        }
    }
    let stored = crate::state::persist::load().await;
    if !stored.is_empty() {
        state.datasets.set(stored);
        return;
    }
    if let Ok(files) = browser::fetch_hosted("data/index.json", true).await {
        state.import(files, false);
        if !state.datasets.with_untracked(Vec::is_empty) {
            return;
        }
    }
    match browser::fetch_demo().await {
        Ok(files) => state.import(files, true),
        // The demo is part of the build; if it cannot be fetched the app still works on the user's files.
        Err(error) => leptos::logging::warn!("demo data could not be loaded: {error}"),
    }
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let view_state = browser::view_state_from_url();
    let lang = browser::initial_lang(view_state.lang);
    let hosted_data = view_state.data.clone();
    let data_to_load = view_state.data.clone();
    let state = AppState::new(view_state, lang);
    provide_app_state(state);
    let speaker = browser::is_speaker_view();

    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_lang(lang);
        if speaker {
            // The speaker view's address stays `?speaker`: it has no view or filters of its own.
            return;
        }
        let view_state = ViewState {
            view: state.view.get(),
            lang: Some(lang),
            filters: state.filters.get(),
            data: hosted_data.clone(),
        };
        // After the frame that shows the change: writing history costs Chromium milliseconds that a
        // filter click's redraw should not wait for.
        browser::after_paint(Box::new(move || browser::write_view_state(&view_state)));
    });
    // Back and forward restore the view and filters the URL holds.
    browser::on_popstate(move || {
        let from_url = browser::view_state_from_url();
        state.view.set(from_url.view);
        state.filters.set(from_url.filters);
        if let Some(lang) = from_url.lang {
            state.lang.set(lang);
        }
    });

    browser::follow_settings_stored_elsewhere(state);
    browser::register_service_worker();
    spawn_local(async move {
        state.busy.set(true);
        load_at_start(state, data_to_load).await;
        state.busy.set(false);
        browser::next_frame(Box::new(move || state.ready.set(true)));
    });

    if speaker {
        return view! {
            <div data-testid="app" class="app" data-ready=move || state.ready.get().to_string()>
                <main id="main" class="app-main" tabindex="-1">
                    <SpeakerView />
                </main>
            </div>
        }
        .into_any();
    }
    view! {
        <div
            data-testid="app"
            class="app"
            data-ready=move || state.ready.get().to_string()
            data-saved=move || (state.saving.get() == 0).to_string()
        >
            <a class="ds-skip-link" href="#main">
                {move || state.t(Key::SkipToContent)}
            </a>
            <Header />
            <Nav />
            <DropZone />
            <ImportErrors />
            <SnapshotBanner />
            <main id="main" class="app-main" tabindex="-1">
                {move || match state.view.get() {
                    View::Overview => view! { <Overview /> }.into_any(),
                    View::Collaboration => view! { <CollaborationView /> }.into_any(),
                    View::Gap => view! { <GapView /> }.into_any(),
                    View::Register => view! { <RegisterView /> }.into_any(),
                    View::Present => view! { <PresentView /> }.into_any(),
                    View::Data => view! { <DataView /> }.into_any(),
                    View::Accessibility => view! { <AccessibilityView /> }.into_any(),
                }}
            </main>
            <Presenter />
            <footer class="app-footer">
                <p>{move || state.t(Key::FooterAbout)}</p>
                <p>{move || state.t(Key::FooterPrivacy)}</p>
                <p>
                    <a
                        href="?view=accessibility"
                        class="ds-link"
                        data-testid="nav-accessibility"
                        aria-current=move || {
                            (state.view.get() == View::Accessibility).then_some("page")
                        }
                        on:click=move |ev| {
                            ev.prevent_default();
                            state.view.set(View::Accessibility);
                        }
                    >
                        {move || state.t(Key::NavAccessibility)}
                    </a>
                </p>
            </footer>
        </div>
    }
    .into_any()
}

#[component]
fn Header() -> impl IntoView {
    let state = use_app_state();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            browser::store_lang(lang);
            state.lang.set(lang);
        }
    };
    view! {
        <header class="app-header" data-testid="app-header">
            <div class="brand">
                <svg class="brand-mark" viewBox="0 0 48 32" aria-hidden="true" focusable="false">
                    <path
                        d="M2 26 Q24 2 46 26"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="4"
                    />
                    <path
                        d="M2 26 H46 M12 26 V16 M24 26 V10 M36 26 V16"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="3"
                    />
                </svg>
                <div>
                    <p class="brand-name">"Brobygger"</p>
                    <p class="brand-tagline">{move || state.t(Key::AppTagline)}</p>
                </div>
            </div>
            <div class="header-tools">
                <Show when=move || state.showing_demo()>
                    <span class="ds-tag demo-badge" data-color="warning" data-testid="demo-badge">
                        {move || state.t(Key::DemoBadge)}
                    </span>
                </Show>
                <Share />
                <div class="ds-field language-field">
                    <label class="ds-label" for="language-select">
                        {move || state.t(Key::Language)}
                    </label>
                    <select
                        id="language-select"
                        class="ds-input"
                        data-testid="language"
                        on:change=on_change
                        prop:value=move || state.lang.get().code()
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option value=lang.code() lang=lang.code()>
                                        {lang.native_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
        </header>
    }
}

fn nav_key(view: View) -> Key {
    match view {
        View::Overview => Key::NavOverview,
        View::Collaboration => Key::NavCollaboration,
        View::Gap => Key::NavGap,
        View::Register => Key::NavRegister,
        View::Present => Key::NavPresent,
        View::Data => Key::NavData,
        View::Accessibility => Key::NavAccessibility,
    }
}

#[component]
fn Nav() -> impl IntoView {
    let state = use_app_state();
    view! {
        <nav class="app-nav" aria-label=move || state.t(Key::MainNavigation)>
            <ul>
                {View::ALL
                    .into_iter()
                    .map(|view| {
                        let href = ViewState {
                            view,
                            ..ViewState::default()
                        }
                            .to_query();
                        let href = if href.is_empty() { "?".to_owned() } else { href };
                        view! {
                            <li>
                                <a
                                    href=href
                                    data-testid=format!("nav-{}", view.id())
                                    aria-current=move || {
                                        (state.view.get() == view).then_some("page")
                                    }
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        state.view.set(view);
                                    }
                                >
                                    {move || state.t(nav_key(view))}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Says so while a snapshot link is shown, and offers the way out.
#[component]
fn SnapshotBanner() -> impl IntoView {
    let state = use_app_state();
    let leave = move |_| {
        browser::clear_hash();
        state.snapshot.set(None);
        state.filters.set(Vec::new());
        spawn_local(async move {
            state.busy.set(true);
            load_at_start(state, None).await;
            state.busy.set(false);
        });
    };
    view! {
        <div class="app-notices" role="status">
            {move || {
                state
                    .snapshot
                    .with(Option::is_some)
                    .then(|| {
                        view! {
                            <div
                                class="ds-alert snapshot-banner"
                                data-color="info"
                                data-testid="snapshot-banner"
                            >
                                <p>{state.t(Key::SnapshotBanner)}</p>
                                <button
                                    type="button"
                                    class="ds-button"
                                    data-variant="secondary"
                                    data-size="sm"
                                    on:click=leave
                                >
                                    {state.t(Key::SnapshotEnd)}
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                state
                    .notice
                    .get()
                    .map(|key| {
                        view! {
                            <div class="ds-alert" data-color="warning" data-testid="notice">
                                <p>{state.t(key)}</p>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
