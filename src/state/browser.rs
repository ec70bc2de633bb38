//! Browser effects, kept in one place: fetching same-origin files, reading `File`s, the URL and the stored
//! language choice.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Lang;
use crate::io::InputFile;
use crate::state::ViewState;

const LANG_KEY: &str = "brobygger.lang";
const MAPPING_KEY: &str = "brobygger.mapping";

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
        files.push(InputFile { name, bytes });
    }
    Ok(files)
}

/// Reads the bytes of files the user dropped or chose.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<InputFile> {
    let mut read = Vec::new();
    for file in files {
        let name = file.name();
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            // A file that cannot be read at all is handed on empty and reported as such.
            Err(_) => Vec::new(),
        };
        read.push(InputFile { name, bytes });
    }
    read
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

/// Sets `<html lang>`.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
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
