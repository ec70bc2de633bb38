//! The importer benchmark's wasm entry (`./dev bench`; built only with `--features bench`): Brobygger's
//! full import, its splitting step alone, and a bare `csv::ByteRecord` scan of the same bytes, called from
//! `tests/bench/bench.html` next to PapaParse and DuckDB-Wasm in the same Chromium.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Reads `bytes` as a user's file is read: sniffing, decoding, splitting, recognising, typing. Returns
/// the rows read (0 when the file could not be read).
#[wasm_bindgen]
pub fn import_csv(bytes: &[u8]) -> u32 {
    brobygger::io::read("bench.csv", bytes).map_or(0, |parsed| parsed.dataset.n_rows as u32)
}

/// Only decodes and splits `bytes` into cells (no typing): where the import's time goes.
#[wasm_bindgen]
pub fn split_csv(bytes: &[u8]) -> u32 {
    let mut reader = brobygger::io::Reader::new(brobygger::io::ReadOptions::default());
    reader.push(bytes);
    reader.table().map_or(0, |table| table.n_rows() as u32)
}

/// The practical ceiling: every record scanned by the `csv` crate, nothing kept.
#[wasm_bindgen]
pub fn scan_csv(bytes: &[u8], delimiter: u8) -> u32 {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut n_records = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        n_records += 1;
    }
    n_records
}
