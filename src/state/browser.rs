//! Browser effects, kept in one place: fetching same-origin files, reading `File`s, the URL and the stored
//! language choice.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Lang;
use crate::io::InputFile;
use crate::state::ViewState;

/// Runs `f` before the browser paints its next frame. Every caller hands over the same boxed type: each
/// distinct closure given to the browser costs its own glue in the wasm.
pub fn next_frame(f: Box<dyn FnOnce()>) {
    leptos::prelude::request_animation_frame(f);
}

/// Runs `f` once the next frame has been painted: work that the frame should not wait for.
pub fn after_paint(f: Box<dyn FnOnce()>) {
    next_frame(Box::new(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    }));
}

/// Tells whether an element is on the screen (or within `margin` of it, as CSS: `"200px 0px"`), each
/// time that changes; stops watching when dropped.
pub struct InView {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn(js_sys::Array)>,
}

impl InView {
    pub fn watch(element: &web_sys::Element, margin: &str, on_change: Box<dyn Fn(bool)>) -> Option<InView> {
        let callback = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // Several changes may come at once: the last is the newest.
            let last = entries.iter().last();
            if let Some(entry) = last.and_then(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok()) {
                on_change(entry.is_intersecting());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(margin);
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
        observer.observe(element);
        Some(InView {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for InView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

const LANG_KEY: &str = "brobygger.lang";
const MAPPING_KEY: &str = "brobygger.mapping";
const DECK_KEY: &str = "brobygger.deck";
const ROLES_KEY: &str = "brobygger.roles";
const MUNICIPALITY_KEY: &str = "brobygger.municipality";

/// The embedded demo's manifest, relative to the app.
pub const DEMO_MANIFEST: &str = "demo/index.json";

#[derive(serde::Deserialize)]
struct Manifest {
    files: Vec<String>,
}

/// Fetches a same-origin file as bytes.
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|error| format!("{error:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {} for {path}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|error| format!("{error:?}"))?)
        .await
        .map_err(|error| format!("{error:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches every file the demo manifest lists, in order.
pub async fn fetch_demo() -> Result<Vec<InputFile>, String> {
    let manifest: Manifest =
        serde_json::from_slice(&fetch_bytes(DEMO_MANIFEST).await?).map_err(|error| error.to_string())?;
    let mut files = Vec::new();
    for name in manifest.files {
        // Names come from our own manifest; refuse anything that is not a plain file name.
        if name.contains(['/', '\\', '?', '#']) || name.starts_with('.') {
            continue;
        }
        let bytes = fetch_bytes(&format!("demo/{name}")).await?;
        files.push(InputFile::new(name, bytes));
    }
    Ok(files)
}

/// The files of a `FileList`.
pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|idx| list.get(idx)).collect()
}

/// The view state in the current URL.
pub fn view_state_from_url() -> ViewState {
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    ViewState::from_query(&search)
}

/// Writes the view state into the URL without a reload. A change of view or filters is a new history
/// entry (so back undoes it); a change of language only replaces the current one.
pub fn write_view_state(state: &ViewState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = ViewState::from_query(&window.location().search().unwrap_or_default());
    if current == *state {
        return;
    }
    let pathname = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{pathname}{}{hash}", state.to_query());
    let Ok(history) = window.history() else {
        return;
    };
    let same_place = current.view == state.view && current.filters == state.filters;
    let _ = if same_place || current.lang.is_none() {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Calls `handler` when the user goes back or forward in history.
pub fn on_popstate(handler: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(handler);
    let _ = window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    closure.forget();
}

/// The language to start in: the URL's, then the user's stored choice, then the browser's preference.
pub fn initial_lang(from_url: Option<Lang>) -> Lang {
    if let Some(lang) = from_url {
        return lang;
    }
    if let Some(lang) = LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
    {
        return lang;
    }
    let preferences: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|value| value.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::from_preferences(&preferences).unwrap_or_default()
}

/// Remembers the user's language choice (a setting, never data).
pub fn store_lang(lang: Lang) {
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Sets `<html lang>`, only when it changes: Chromium re-styles every element `:lang()` could match
/// whenever the attribute is written, even with the value it had.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .filter(|root| root.get_attribute("lang").as_deref() != Some(lang.code()))
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The user's stored corrections of the offer-category matching.
pub fn stored_mapping() -> Vec<crate::core::gap::MappingEntry> {
    LocalStorage::get(MAPPING_KEY).unwrap_or_default()
}

/// Remembers the corrections (option texts and category names: the questionnaire's words, no answers).
pub fn store_mapping(overrides: &[crate::core::gap::MappingEntry]) {
    let _ = LocalStorage::set(MAPPING_KEY, overrides);
}

/// Role mappings the user saved for their surveys (column ids and roles: the questionnaire's words,
/// no answers).
pub fn stored_role_mappings() -> Vec<crate::core::SavedMapping> {
    LocalStorage::get(ROLES_KEY).unwrap_or_default()
}

pub fn store_role_mappings(mappings: &[crate::core::SavedMapping]) {
    let _ = LocalStorage::set(ROLES_KEY, mappings);
}

/// The municipality a national register is filtered to (a number or name the user typed).
pub fn stored_municipality() -> String {
    LocalStorage::get(MUNICIPALITY_KEY).unwrap_or_default()
}

pub fn store_municipality(municipality: &str) {
    if municipality.trim().is_empty() {
        LocalStorage::delete(MUNICIPALITY_KEY);
    } else {
        let _ = LocalStorage::set(MUNICIPALITY_KEY, municipality.trim());
    }
}

/// Offers `bytes` as a file download. The file is made in this tab and never leaves it.
pub fn download(file_name: &str, mime_type: &str, bytes: &[u8]) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array.buffer());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        let _ = anchor.set_attribute("href", &url);
        let _ = anchor.set_attribute("download", file_name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&anchor);
            if let Ok(anchor) = anchor.clone().dyn_into::<web_sys::HtmlElement>() {
                anchor.click();
            }
            let _ = body.remove_child(&anchor);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Scrolls the element with `id` into view and moves focus to it.
pub fn scroll_to(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
    else {
        return;
    };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The user's stored deck, if they have made one.
pub fn stored_deck() -> Option<Vec<crate::state::deck::Slide>> {
    LocalStorage::get(DECK_KEY).ok()
}

/// Remembers the deck (chart ids, filter values, takeaway lines: no rows).
pub fn store_deck(deck: &[crate::state::deck::Slide]) {
    let _ = LocalStorage::set(DECK_KEY, deck);
}

/// Keeps the deck and the category mapping in step with the app's other windows: a speaker view follows
/// the slides edited in the main window, and two tabs share one deck. The browser fires `storage` in
/// every same-origin window but the one that wrote.
pub fn follow_settings_stored_elsewhere(state: crate::state::AppState) {
    use leptos::prelude::Set;
    let handle = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        // No key: the storage was cleared (forget-data in another window).
        if key.as_deref().is_none_or(|key| key == DECK_KEY) {
            state.deck.set(stored_deck());
        }
        if key.as_deref().is_none_or(|key| key == MAPPING_KEY) {
            state.mapping_overrides.set(stored_mapping());
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Renders an SVG document to PNG at `scale` × its size, in this tab.
pub async fn svg_to_png(svg: &str, width: u32, height: u32, scale: f64) -> Option<Vec<u8>> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    result.ok()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((f64::from(width) * scale).round() as u32);
    canvas.set_height((f64::from(height) * scale).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.scale(scale, scale).ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?;
    let blob = js_sys::Promise::new(&mut |resolve, _| {
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: wasm_bindgen::JsValue| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &blob);
        });
        let _ = canvas.to_blob(callback.unchecked_ref());
    });
    let blob: web_sys::Blob = JsFuture::from(blob).await.ok()?.dyn_into().ok()?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Asks for full screen on `element`; presenting works without it too.
pub fn request_fullscreen(element: &web_sys::Element) {
    let _ = element.request_fullscreen();
}

/// Leaves full screen, if the page is in it.
pub fn exit_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}

/// Whether the page is in full screen.
pub fn is_fullscreen() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.fullscreen_element())
        .is_some()
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The snapshot in the URL's fragment (`#snapshot=…`), if there is one.
pub fn snapshot_from_hash() -> Option<Result<crate::report::snapshot::Snapshot, crate::report::snapshot::SnapshotError>>
{
    let hash = web_sys::window()?.location().hash().ok()?;
    let encoded = hash.strip_prefix("#snapshot=")?;
    Some(crate::report::snapshot::decode(encoded))
}

/// Removes the fragment from the URL (leaving a snapshot).
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The channel between the presenter and a speaker view in another window of this browser. A
/// BroadcastChannel reaches only pages of the same origin in the same browser: nothing leaves it, and
/// only slide numbers and steps are sent (`PresenterMessage`).
pub struct PresenterChannel(web_sys::BroadcastChannel);

impl PresenterChannel {
    pub fn open(on_message: impl Fn(crate::state::deck::PresenterMessage) + 'static) -> Option<PresenterChannel> {
        let channel = web_sys::BroadcastChannel::new("brobygger-presenter").ok()?;
        let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(message) = event
                    .data()
                    .as_string()
                    .and_then(|text| crate::state::deck::PresenterMessage::parse(&text))
                {
                    on_message(message);
                }
            },
        );
        channel.set_onmessage(Some(closure.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        closure.forget();
        Some(PresenterChannel(channel))
    }

    pub fn send(&self, message: crate::state::deck::PresenterMessage) {
        let _ = self
            .0
            .post_message(&wasm_bindgen::JsValue::from_str(&message.to_text()));
    }
}

/// Whether this window is a speaker view (`?speaker`), opened by `open_speaker_view`.
pub fn is_speaker_view() -> bool {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| search.trim_start_matches('?').split('&').any(|pair| pair == "speaker"))
}

/// Opens the speaker view in a window of its own (for the laptop's screen while the projector shows the
/// presenter), in the same language and with the same hosted data (`?data=`) as this window.
pub fn open_speaker_view(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let view_state = ViewState {
        lang: Some(lang),
        data: view_state_from_url().data,
        ..ViewState::default()
    };
    let query = format!("{}&speaker", view_state.to_query());
    let _ = window.open_with_url_and_target(&app_url(&query, ""), "brobygger-speaker");
}

/// The app's own address with `query` and `fragment` (for share links).
pub fn app_url(query: &str, fragment: &str) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    format!(
        "{}{}{query}{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Resolves `path` against the app's address and keeps it only if it is on the same origin.
pub fn same_origin(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let base = window.location().href().ok()?;
    let url = web_sys::Url::new_with_base(path, &base).ok()?;
    (url.origin() == window.location().origin().ok()?).then(|| url.href())
}

/// Loads hosted data: a manifest (`{"files": [...]}`, names relative to it) or, unless `manifest_only`, a
/// single file; only from the app's own origin. (Static hosts often answer a missing path with their index
/// page, so a probe for `data/index.json` must insist on a manifest.)
pub async fn fetch_hosted(path: &str, manifest_only: bool) -> Result<Vec<InputFile>, crate::state::ImportFailure> {
    use crate::io::ParseError;
    let failure = |error| crate::state::ImportFailure {
        file_name: path.to_owned(),
        error,
    };
    let url = same_origin(path).ok_or_else(|| failure(ParseError::NotSameOrigin))?;
    let bytes = fetch_checked(&url)
        .await
        .map_err(|status| failure(ParseError::NotFound { status }))?;
    let is_manifest = path.ends_with(".json")
        && serde_json::from_slice::<Manifest>(&bytes).is_ok_and(|manifest| !manifest.files.is_empty());
    if !is_manifest && manifest_only {
        return Err(failure(ParseError::JsonNotTabular));
    }
    if !is_manifest {
        let name = path.rsplit('/').next().unwrap_or(path).to_owned();
        return Ok(vec![InputFile::new(name, bytes)]);
    }
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|_| failure(ParseError::JsonNotTabular))?;
    let mut files = Vec::new();
    for name in manifest.files {
        let file_url = web_sys::Url::new_with_base(&name, &url)
            .map(|u| u.href())
            .ok()
            .and_then(|href| same_origin(&href))
            .ok_or_else(|| failure(ParseError::NotSameOrigin))?;
        let bytes = fetch_checked(&file_url)
            .await
            .map_err(|status| crate::state::ImportFailure {
                file_name: name.clone(),
                error: ParseError::NotFound { status },
            })?;
        let name = name.rsplit('/').next().unwrap_or(&name).to_owned();
        files.push(InputFile::new(name, bytes));
    }
    Ok(files)
}

/// Fetches a URL's bytes, or the HTTP status (0 when there was no response).
async fn fetch_checked(url: &str) -> Result<Vec<u8>, u16> {
    let window = web_sys::window().ok_or(0u16)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| 0u16)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| 0u16)?;
    if !response.ok() {
        return Err(response.status());
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| 0u16)?)
        .await
        .map_err(|_| 0u16)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Forgets the settings derived from data (deck, category mapping); the language choice stays.
pub fn forget_settings() {
    LocalStorage::delete(DECK_KEY);
    LocalStorage::delete(MAPPING_KEY);
    LocalStorage::delete(ROLES_KEY);
    LocalStorage::delete(MUNICIPALITY_KEY);
}

/// Registers the service worker that keeps the app available offline.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = window.navigator().service_worker().register("sw.js");
}

/// The element that has the keyboard focus, if it is an HTML element.
pub fn focused_element() -> Option<web_sys::HtmlElement> {
    let element = web_sys::window()?.document()?.active_element()?;
    wasm_bindgen::JsCast::dyn_into(element).ok()
}
