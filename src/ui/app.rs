//! The shell: header with language choice and demo badge, navigation, the drop bar, the current view.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Key, Lang};
use crate::state::{browser, provide_app_state, use_app_state, AppState, View, ViewState};
use crate::ui::collaboration::CollaborationView;
use crate::ui::data_view::DataView;
use crate::ui::drop_zone::DropZone;
use crate::ui::gap::GapView;
use crate::ui::import_errors::ImportErrors;
use crate::ui::overview::Overview;
use crate::ui::register::RegisterView;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let view_state = browser::view_state_from_url();
    let lang = browser::initial_lang(view_state.lang);
    let state = AppState::new(view_state, lang);
    provide_app_state(state);

    Effect::new(move |_| {
        let lang = state.lang.get();
        browser::set_document_lang(lang);
        browser::write_view_state(&ViewState {
            view: state.view.get(),
            lang: Some(lang),
            filters: state.filters.get(),
        });
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

    spawn_local(async move {
        state.busy.set(true);
        match browser::fetch_demo().await {
            Ok(files) => state.import(files, true),
            // The demo is part of the build; if it cannot be fetched the app still works on the user's files.
            Err(error) => leptos::logging::warn!("demo data could not be loaded: {error}"),
        }
        state.busy.set(false);
        request_animation_frame(move || state.ready.set(true));
    });

    view! {
        <div data-testid="app" class="app" data-ready=move || state.ready.get().to_string()>
            <a class="ds-skip-link" href="#main">
                {move || state.t(Key::SkipToContent)}
            </a>
            <Header />
            <Nav />
            <DropZone />
            <ImportErrors />
            <main id="main" class="app-main" tabindex="-1">
                {move || match state.view.get() {
                    View::Overview => view! { <Overview /> }.into_any(),
                    View::Collaboration => view! { <CollaborationView /> }.into_any(),
                    View::Gap => view! { <GapView /> }.into_any(),
                    View::Register => view! { <RegisterView /> }.into_any(),
                    View::Data => view! { <DataView /> }.into_any(),
                }}
            </main>
            <footer class="app-footer">
                <p>{move || state.t(Key::FooterPrivacy)}</p>
            </footer>
        </div>
    }
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
        <header class="app-header">
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
        View::Data => Key::NavData,
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
