//! Entry point: mount, or, inside the import worker, nothing until it is asked to read.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    // The import worker loads this same wasm; it has no page to mount.
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(brobygger::ui::App);
}

/// Called by `import-worker.js`: reads the files it was sent, posting progress and results.
#[wasm_bindgen]
pub async fn read_in_worker(files: js_sys::Array, options: Vec<u8>) {
    brobygger::state::worker::serve(files, options).await;
}
