//! What native tests share: the demo municipality's files, read through the import path the app uses.

use crate::core::Dataset;
use crate::io::{read_batch, InputFile};

/// The demo files named (from `public/demo`), read together as the app reads dropped files.
pub fn demo_files(names: &[&str]) -> Vec<Dataset> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/demo");
    let files: Vec<InputFile> = names
        .iter()
        .map(|name| InputFile::new(*name, std::fs::read(dir.join(name)).unwrap()))
        .collect();
    read_batch(&files)
        .into_iter()
        .map(|(_, result)| result.unwrap().dataset)
        .collect()
}

/// Every demo file, as the app opens on them (the list in `public/demo/index.json`).
pub fn demo() -> Vec<Dataset> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/demo");
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    let names: Vec<&str> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| name.as_str().unwrap())
        .collect();
    demo_files(&names)
}
