//! Workbooks: any bytes after a ZIP signature go through the ZIP reader, inflate and the sheet XML.
#![no_main]

use brobygger::io::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK\x03\x04") {
        let _ = read("fuzz.xlsx", data);
    } else {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend_from_slice(data);
        let _ = read("fuzz.xlsx", &bytes);
    }
});
