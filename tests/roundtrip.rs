//! Property: any table written out in any text dialect the importer supports reads back cell for cell —
//! every delimiter, UTF-8 with and without BOM, UTF-16 LE/BE with BOM, Windows-1252, LF/CRLF/CR line
//! ends, quotes, doubled quotes and line breaks inside cells — and however the file is cut into chunks.
#![cfg(not(target_arch = "wasm32"))]

use brobygger::io::{read, ReadOptions, Reader};
use proptest::prelude::*;

/// Cells: letters (with the Nordic ones), digits, spaces and every character a CSV writer has to quote.
fn cell() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            6 => proptest::char::range('a', 'z'),
            2 => proptest::sample::select(vec!['æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', 'ü']),
            2 => proptest::char::range('0', '9'),
            1 => proptest::sample::select(vec![' ', ';', ',', '\t', '|', '"', '\n', '\r', '-', '.']),
        ],
        0..12,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Header names: non-empty words, distinct, so that they are a header and not data.
fn header(width: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::hash_set("[a-zæøå][a-zæøå_ ]{0,10}[a-zæøå]", width)
        .prop_map(|names| names.into_iter().collect())
}

fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
    (2usize..6).prop_flat_map(|width| {
        let row = proptest::collection::vec(cell(), width)
            // A row with no text at all is a blank line to a spreadsheet too.
            .prop_filter("a row has some text", |row| {
                row.iter().any(|cell| !cell.trim().is_empty())
            });
        (header(width), proptest::collection::vec(row, 1..25))
    })
}

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

fn write(header: &[String], rows: &[Vec<String>], delimiter: char, newline: &str) -> String {
    let field = |cell: &str| {
        if cell.contains([';', ',', '\t', '|', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_owned()
        }
    };
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|cell| field(cell))
            .collect::<Vec<_>>()
            .join(&delimiter.to_string())
    };
    let mut text = line(header);
    for row in rows {
        text.push_str(newline);
        text.push_str(&line(row));
    }
    text.push_str(newline);
    text
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
        Encoding::Utf16Le => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Encoding::Utf16Be => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        Encoding::Windows1252 => encoding_rs::WINDOWS_1252.encode(text).0.into_owned(),
    }
}

fn read_table(bytes: &[u8], chunk_len: usize) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = Reader::new(ReadOptions::default());
    for chunk in bytes.chunks(chunk_len.max(1)) {
        reader.push(chunk);
    }
    let table = reader.table().expect("reads");
    (table.header.clone(), table.rows())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_text_dialect_reads_back_cell_for_cell(
        (header, rows) in table(),
        delimiter in proptest::sample::select(vec![';', ',', '\t', '|']),
        newline in proptest::sample::select(vec!["\n", "\r\n", "\r"]),
        encoding in proptest::sample::select(vec![
            Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1252,
        ]),
        chunk_len in prop_oneof![Just(usize::MAX), 1usize..64, 64usize..4096],
    ) {
        // A lone CR inside a cell is a line break to a reader of CR-only files: such files quote it, as
        // here, and it reads back as written.
        let text = write(&header, &rows, delimiter, newline);
        let bytes = encode(&text, encoding);
        let (read_header, read_rows) = read_table(&bytes, chunk_len);
        prop_assert_eq!(read_header, header.clone());
        prop_assert_eq!(read_rows, rows);
        // The whole importer takes it as well, and says where the header came from.
        let parsed = read("x.csv", &bytes).expect("the importer reads it");
        prop_assert_eq!(parsed.dataset.source.header, header);
    }
}
