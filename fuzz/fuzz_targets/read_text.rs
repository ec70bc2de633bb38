//! Delimited text of any bytes: never a panic, and the same table however the file is cut into chunks.
#![no_main]

use brobygger::io::{read, ReadOptions, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read("fuzz.csv", data);
    if data.len() > 1 {
        let cut = usize::from(data[0]) % data.len();
        let whole = {
            let mut reader = Reader::new(ReadOptions::default());
            reader.push(data);
            reader.table()
        };
        let mut reader = Reader::new(ReadOptions::default());
        reader.push(&data[..cut]);
        reader.push(&data[cut..]);
        // A cut inside the first 64 KiB may change what the file is sniffed as, never whether it panics;
        // past that, the cells must be the same.
        let chunked = reader.table();
        if data.len() > 70_000 && cut > 65_536 {
            assert_eq!(whole, chunked);
        }
    }
});
