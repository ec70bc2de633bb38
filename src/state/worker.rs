//! Reading files in a Web Worker, so that a large file never freezes the page: the worker runs this same
//! wasm (`public/import-worker.js` loads it), streams each file in chunks through `io::Reader`, reports
//! progress, and hands back the results as postcard bytes. Cancelling terminates the worker.
//!
//! Where a worker cannot start (an old browser, a test harness without the built app), files are read on
//! the main thread in the same chunks, yielding between them.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::io::{Companions, InputFile, ParseError, Parsed, ReadOptions, Reader};

/// Bytes read from a `File` at a time.
const CHUNK_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

/// Files up to this size are read whole (they may be companions: a form definition, a structure file).
const WHOLE_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// What reading a batch gave: each file's name and result, in the order dropped.
pub type Results = Vec<(String, Result<Parsed, ParseError>)>;

/// Why a worker read did not give results.
#[derive(Debug, PartialEq, Eq)]
pub enum WorkerProblem {
    /// The user cancelled.
    Cancelled,
    /// The worker could not run; read on the main thread instead.
    Unavailable,
}

thread_local! {
    /// The running worker and the function that rejects its pending read (for cancelling).
    static RUNNING: RefCell<Option<(web_sys::Worker, js_sys::Function)>> = const { RefCell::new(None) };
}

/// Reads `files` in a worker; `on_progress(done, total)` is called as bytes are read.
pub async fn read(
    files: &[web_sys::File],
    options: &[ReadOptions],
    on_progress: impl Fn(f64, f64) + 'static,
) -> Result<Results, WorkerProblem> {
    let (Some(js), Some(wasm)) = (
        asset_url("link[rel=modulepreload]"),
        asset_url("link[rel=preload][as=fetch]"),
    ) else {
        return Err(WorkerProblem::Unavailable);
    };
    let worker_options = web_sys::WorkerOptions::new();
    worker_options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("./import-worker.js", &worker_options)
        .map_err(|_| WorkerProblem::Unavailable)?;
    let on_progress = Rc::new(on_progress);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_progress = on_progress.clone();
        RUNNING.with(|running| *running.borrow_mut() = Some((worker.clone(), reject.clone())));
        let reject_on_error = reject.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).unwrap_or_default();
            match field("type").as_string().as_deref() {
                Some("progress") => on_progress(
                    field("done").as_f64().unwrap_or(0.0),
                    field("total").as_f64().unwrap_or(0.0),
                ),
                Some("done") => {
                    // How much memory the worker's wasm took, for the benchmark (`data-import-memory`).
                    if let Some(root) = web_sys::window()
                        .and_then(|window| window.document())
                        .and_then(|document| document.document_element())
                    {
                        let memory = field("memory").as_f64().unwrap_or(0.0);
                        let _ = root.set_attribute("data-import-memory", &format!("{memory:.0}"));
                    }
                    let _ = resolve.call1(&JsValue::NULL, &field("results"));
                }
                _ => {
                    let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("unavailable"));
                }
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
            let _ = reject_on_error.call1(&JsValue::NULL, &JsValue::from_str("unavailable"));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_message.forget();
        on_error.forget();
    });
    let message = js_sys::Object::new();
    let set = |name: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), value);
    };
    set("js", &JsValue::from_str(&js));
    set("wasm", &JsValue::from_str(&wasm));
    set("files", &files.iter().collect::<js_sys::Array>());
    let options = postcard::to_allocvec(options).unwrap_or_default();
    set("options", &js_sys::Uint8Array::from(options.as_slice()));
    if worker.post_message(&message).is_err() {
        worker.terminate();
        return Err(WorkerProblem::Unavailable);
    }
    let outcome = JsFuture::from(promise).await;
    worker.terminate();
    RUNNING.with(|running| running.borrow_mut().take());
    match outcome {
        Ok(bytes) => {
            let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
            postcard::from_bytes(&bytes).map_err(|_| WorkerProblem::Unavailable)
        }
        Err(reason) if reason.as_string().as_deref() == Some("cancelled") => Err(WorkerProblem::Cancelled),
        Err(_) => Err(WorkerProblem::Unavailable),
    }
}

/// Stops the running read, if any: the worker is terminated and nothing it read is kept.
pub fn cancel() {
    RUNNING.with(|running| {
        if let Some((worker, reject)) = running.borrow_mut().take() {
            worker.terminate();
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("cancelled"));
        }
    });
}

/// The absolute URL of the app's own script or wasm, from the preload links Trunk writes.
fn asset_url(selector: &str) -> Option<String> {
    let link = web_sys::window()?.document()?.query_selector(selector).ok()??;
    Some(link.dyn_into::<web_sys::HtmlLinkElement>().ok()?.href())
}

/// The worker's side: reads the files it was sent and posts progress and the results.
pub async fn serve(files: js_sys::Array, options: Vec<u8>) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let files: Vec<web_sys::File> = files.iter().map(|file| file.unchecked_into()).collect();
    let options: Vec<ReadOptions> = postcard::from_bytes(&options).unwrap_or_default();
    let total: f64 = files.iter().map(|file| file.size()).sum();
    let post_progress = |done: f64| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"progress".into());
        let _ = js_sys::Reflect::set(&message, &"done".into(), &done.into());
        let _ = js_sys::Reflect::set(&message, &"total".into(), &total.into());
        let _ = scope.post_message(&message);
    };
    let results = read_chunked(&files, &options, post_progress).await;
    let bytes = postcard::to_allocvec(&results).unwrap_or_default();
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"done".into());
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let memory_bytes = memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length();
    let _ = js_sys::Reflect::set(&message, &"memory".into(), &f64::from(memory_bytes).into());
    let _ = js_sys::Reflect::set(&message, &"results".into(), &array);
    let _ = scope.post_message_with_transfer(&message, &js_sys::Array::of1(&array.buffer()));
}

/// Reads files in chunks: small ones whole (they may label the others), large ones streamed.
pub async fn read_chunked(files: &[web_sys::File], options: &[ReadOptions], progress: impl Fn(f64)) -> Results {
    let option_for = |idx: usize| options.get(idx).cloned().unwrap_or_default();
    let mut done = 0.0;
    let mut small: Vec<Option<InputFile>> = Vec::new();
    for (idx, file) in files.iter().enumerate() {
        if file.size() <= WHOLE_BYTES {
            let bytes = read_slice(file, 0.0, file.size()).await.unwrap_or_default();
            done += file.size();
            progress(done);
            let mut input = InputFile::new(file.name(), bytes);
            input.options = option_for(idx);
            small.push(Some(input));
        } else {
            small.push(None);
        }
    }
    let small_files: Vec<InputFile> = small.iter().flatten().cloned().collect();
    let (mut companions, is_companion) = Companions::from_files(&small_files);
    let mut small_idx = 0;
    let mut results = Vec::new();
    for (idx, file) in files.iter().enumerate() {
        let name = file.name();
        let options = option_for(idx);
        let mut reader = Reader::new(options.clone()).with_size_hint(file.size() as usize);
        match &small[idx] {
            Some(input) => {
                let companion = is_companion[small_idx];
                small_idx += 1;
                if companion {
                    continue;
                }
                reader.push(&input.bytes);
            }
            None => {
                let mut start = 0.0;
                while start < file.size() {
                    let end = (start + CHUNK_BYTES).min(file.size());
                    match read_slice(file, start, end).await {
                        Some(chunk) => reader.push(&chunk),
                        None => break,
                    }
                    done += end - start;
                    progress(done);
                    start = end;
                }
            }
        }
        results.push((name.clone(), companions.finish(&name, reader, &options)));
    }
    results.extend(companions.unused());
    results
}

async fn read_slice(file: &web_sys::File, start: f64, end: f64) -> Option<Vec<u8>> {
    let blob = file.slice_with_f64_and_f64(start, end).ok()?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
