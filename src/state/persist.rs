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

/// Replaces what is stored with `datasets` (the demo is never stored).
///
/// Once the database is open and cleared, a write that fails or a transaction the browser aborts means
/// there is no room: that is how a full disk or a spent quota shows (`QuotaExceededError`, thrown by the
/// write or aborting the commit). Telling it by the error's text would keep every IndexedDB error's
/// name in the app for one word.
pub async fn save(datasets: &[Loaded]) -> Result<(), StorageProblem> {
    let unavailable = |_| StorageProblem::Unavailable;
    let full = |_| StorageProblem::Full;
    let database = open().await?;
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(unavailable)?;
    let store = transaction.store(STORE).map_err(unavailable)?;
    store.clear().await.map_err(unavailable)?;
    for (idx, loaded) in datasets.iter().filter(|loaded| !loaded.demo).enumerate() {
        let bytes = postcard::to_allocvec(loaded).map_err(|_| StorageProblem::Unavailable)?;
        store
            .put(
                &js_sys::Uint8Array::from(bytes.as_slice()).into(),
                Some(&JsValue::from_f64(idx as f64)),
            )
            .await
            .map_err(full)?;
    }
    let committed = transaction.done().await.map_err(full)?.is_committed();
    database.close();
    if committed {
        Ok(())
    } else {
        Err(StorageProblem::Full)
    }
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
    Rexie::delete(DATABASE).await.map_err(|_| StorageProblem::Unavailable)
}
