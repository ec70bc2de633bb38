//! JSON and NDJSON: Brønnøysund's shapes, Nettskjema's answers, any nesting.
#![no_main]

use brobygger::io::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = if data.first().is_some_and(|b| matches!(b, b'{' | b'[')) {
        Vec::new()
    } else {
        b"[".to_vec()
    };
    bytes.extend_from_slice(data);
    let _ = read("fuzz.json", &bytes);
});
