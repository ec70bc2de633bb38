//! The user's datasets kept in IndexedDB (through rexie), so they survive a reload and a browser restart.
//! What is stored is the parsed dataset (postcard bytes): columns held back as personal data are not in it.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use crate::state::Loaded;

const DATABASE: &str = "brobygger";
const STORE: &str = "datasets";

/// Why saving did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser has no room; the data stays in this tab until it closes.
    Full,
    /// Storage is off (private mode, policy); the data stays in this tab until it closes.
    Unavailable,
}

async fn open() -> Result<Rexie, StorageProblem> {
    Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await
        .map_err(|_| StorageProblem::Unavailable)
}

fn problem(error: rexie::Error) -> StorageProblem {
    if format!("{error:?}").contains("Quota") {
        StorageProblem::Full
    } else {
        StorageProblem::Unavailable
    }
}

/// Replaces what is stored with `datasets` (the demo is never stored).
pub async fn save(datasets: &[Loaded]) -> Result<(), StorageProblem> {
    let database = open().await?;
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(problem)?;
    let store = transaction.store(STORE).map_err(problem)?;
    store.clear().await.map_err(problem)?;
    for (idx, loaded) in datasets.iter().filter(|loaded| !loaded.demo).enumerate() {
        let bytes = postcard::to_allocvec(loaded).map_err(|_| StorageProblem::Unavailable)?;
        store
            .put(
                &js_sys::Uint8Array::from(bytes.as_slice()).into(),
                Some(&JsValue::from_f64(idx as f64)),
            )
            .await
            .map_err(problem)?;
    }
    transaction.done().await.map_err(problem)?;
    database.close();
    Ok(())
}

/// What is stored, in the order it was loaded.
pub async fn load() -> Vec<Loaded> {
    let Ok(database) = open().await else {
        return Vec::new();
    };
    let Ok(transaction) = database.transaction(&[STORE], TransactionMode::ReadOnly) else {
        return Vec::new();
    };
    let Ok(store) = transaction.store(STORE) else {
        return Vec::new();
    };
    let values = store.get_all(None, None).await.unwrap_or_default();
    let _ = transaction.done().await;
    database.close();
    values
        .into_iter()
        .filter_map(|value| value.dyn_into::<js_sys::Uint8Array>().ok())
        .filter_map(|bytes| postcard::from_bytes::<Loaded>(&bytes.to_vec()).ok())
        .map(|mut loaded| {
            loaded.demo = false;
            loaded
        })
        .collect()
}

/// Removes every stored dataset from this browser.
pub async fn forget() -> Result<(), StorageProblem> {
    Rexie::delete(DATABASE).await.map_err(problem)
}
