//! Files dropped together: the input is split into up to four files, so that companions (form
//! definitions, SurveyXact structure and labels) meet data files in every combination.
#![no_main]

use brobygger::io::{read_batch, InputFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files: Vec<InputFile> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .map(|(idx, bytes)| InputFile::new(format!("file{idx}"), bytes.to_vec()))
        .collect();
    let _ = read_batch(&files);
});
