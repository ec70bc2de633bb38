//! Project rules checked by `cargo test`: the functional core stays free of the browser and the clock.

use std::path::Path;

/// Folders that must stay pure, and what they must never name.
const PURE: [&str; 6] = [
    "src/core",
    "src/io",
    "src/charts",
    "src/i18n",
    "src/report",
    "src/export",
];
const FORBIDDEN: [&str; 9] = [
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "Instant::now",
    "SystemTime::now",
    "Date::now",
    "web-sys",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_core_never_names_a_browser_crate_or_the_clock() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in PURE {
        rust_files(&root.join(dir), &mut files);
        let module_file = root.join(format!("{dir}.rs"));
        if module_file.exists() {
            files.push(module_file);
        }
    }
    assert!(
        files.len() > 10,
        "the tidy check found too few files to be looking in the right place"
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (line_idx, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in FORBIDDEN {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {word}", file.display(), line_idx + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the functional core names the browser:\n{}",
        offences.join("\n")
    );
}

#[test]
fn every_source_file_says_what_it_is() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let missing: Vec<String> = files
        .iter()
        .filter(|file| !std::fs::read_to_string(file).unwrap().starts_with("//!"))
        .map(|file| file.display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a `//!` first line: {missing:?}");
}
