//! Bytes to text: byte-order marks, UTF-16 without asking, Windows-1252 where UTF-8 does not fit.

use crate::core::Encoding;

/// Decodes `bytes`, detecting the encoding. Never fails: Windows-1252 maps every byte.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (decode_utf16(rest, u16::from_le_bytes), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (decode_utf16(rest, u16::from_be_bytes), Encoding::Utf16Be);
    }
    if let Some(little_endian) = utf16_without_bom(bytes) {
        return if little_endian {
            (decode_utf16(bytes, u16::from_le_bytes), Encoding::Utf16Le)
        } else {
            (decode_utf16(bytes, u16::from_be_bytes), Encoding::Utf16Be)
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (decode_windows_1252(bytes), Encoding::Windows1252),
    }
}

/// Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1 with 0x80–0x9F remapped (€, “, …).
/// Written out rather than taken from encoding_rs, whose generic decoder links every encoding's tables
/// into the wasm (about 96 KB brotli) for these 32 characters.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes Windows-1252; every byte maps to a character, so this cannot fail.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
            _ => char::from(byte),
        })
        .collect()
}

/// Text files with many NUL bytes in alternating positions are UTF-16 that lost its BOM.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let n_pairs = sample.len() / 2;
    let zero_odd = sample.chunks_exact(2).filter(|pair| pair[1] == 0).count();
    let zero_even = sample.chunks_exact(2).filter(|pair| pair[0] == 0).count();
    if zero_odd * 10 >= n_pairs * 7 && zero_even == 0 {
        Some(true)
    } else if zero_even * 10 >= n_pairs * 7 && zero_odd == 0 {
        Some(false)
    } else {
        None
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Whether bytes are a binary format rather than text (NUL bytes outside UTF-16, control noise).
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    if utf16_without_bom(bytes).is_some() {
        return false;
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let n_control = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)))
        .count();
    n_control > 0 && n_control * 100 >= sample.len().max(1) || sample.contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_fallbacks_are_detected() {
        assert_eq!(decode(b"\xEF\xBB\xBFa;\xC3\xB8"), ("a;ø".to_owned(), Encoding::Utf8));
        assert_eq!(decode(b"a;\xF8"), ("a;ø".to_owned(), Encoding::Windows1252));
        assert_eq!(decode(b"\xFF\xFEa\0\xF8\0"), ("aø".to_owned(), Encoding::Utf16Le));
        assert_eq!(decode(b"\xFE\xFF\0a\0\xF8"), ("aø".to_owned(), Encoding::Utf16Be));
        assert_eq!(decode(b"a\0b\0c\0d\0"), ("abcd".to_owned(), Encoding::Utf16Le));
        // Windows-1252's 0x80 block: euro sign and typographic quotes.
        assert_eq!(decode(b"\x80\x93x\x94").0, "€“x”");
    }

    #[test]
    fn windows_1252_matches_the_encoding_standard_for_every_byte() {
        let every_byte: Vec<u8> = (0..=255).collect();
        let (expected, _, _) = encoding_rs::WINDOWS_1252.decode(&every_byte);
        assert_eq!(decode_windows_1252(&every_byte), expected);
    }

    #[test]
    fn binary_is_told_from_text() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary(b"a;b\r\n1;2\r\n"));
        assert!(!looks_binary(b"\xFF\xFEa\0;\0"));
    }
}
