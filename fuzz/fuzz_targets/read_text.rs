//! Delimited text of any bytes: never a panic; and after the same first 64 KiB (which decide what a file
//! is sniffed as), the same table whether the rest comes at once or cut in two — for a plain table, and
//! for a register read for one municipality (the national register's filter, which reads cells straight
//! from csv-core's records).
#![no_main]

use brobygger::io::{read, ReadOptions, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read("fuzz.csv", data);
    // Two more reads of 64 KiB and more each: for one input in eight, so that a short run still tries
    // many inputs.
    if data.len() > 2 && data[0] % 8 == 0 {
        let cut = usize::from(data[1]) % data.len();
        if data[2] % 2 == 0 {
            let table = head(b"enhet;bydel;antall\n", b"Solsiden;Nord;12\n");
            same_however_cut(&table, data, cut, ReadOptions::default());
        } else {
            let register = head(
                b"organisasjonsnummer,navn,organisasjonsform.kode,forretningsadresse.kommunenummer,forretningsadresse.kommune\n",
                b"974760673,Lag,FLI,0301,OSLO\n",
            );
            let municipality = ReadOptions {
                municipality: Some(if data[2] % 4 == 1 { "0301" } else { "oslo" }.into()),
                ..ReadOptions::default()
            };
            same_however_cut(&register, data, cut, municipality);
        }
    }
});

/// A header and rows to just over 64 KiB: the part of a file its encoding and delimiter are sniffed from.
fn head(header: &[u8], row: &[u8]) -> Vec<u8> {
    let mut head = header.to_vec();
    while head.len() <= 64 * 1024 {
        head.extend_from_slice(row);
    }
    head
}

fn same_however_cut(head: &[u8], rest: &[u8], cut: usize, options: ReadOptions) {
    let read = |chunks: &[&[u8]]| {
        let mut reader = Reader::new(options.clone());
        for chunk in chunks {
            reader.push(chunk);
        }
        reader.table()
    };
    assert_eq!(read(&[head, rest]), read(&[head, &rest[..cut], &rest[cut..]]));
}
