//! Bytes to text: byte-order marks, UTF-16 without asking, Windows-1252 where UTF-8 does not fit.

use crate::core::Encoding;

/// Decodes `bytes`, detecting the encoding. Never fails: Windows-1252 maps every byte.
#[cfg(test)]
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let (encoding, bom_len) = sniff_encoding(bytes, true);
    let mut decoder = ChunkDecoder::new(encoding);
    let mut text = String::with_capacity(bytes.len());
    decoder.decode(&bytes[bom_len..], &mut text);
    decoder.finish(&mut text);
    (text, encoding)
}

/// The encoding of a file from its first bytes, and the length of its byte-order mark. `complete` says
/// whether `head` is the whole file (otherwise a UTF-8 sequence cut at its end is not held against it).
pub fn sniff_encoding(head: &[u8], complete: bool) -> (Encoding, usize) {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return (Encoding::Utf8, 3);
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return (Encoding::Utf16Le, 2);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return (Encoding::Utf16Be, 2);
    }
    if let Some(little_endian) = utf16_without_bom(head) {
        return (
            if little_endian {
                Encoding::Utf16Le
            } else {
                Encoding::Utf16Be
            },
            0,
        );
    }
    match std::str::from_utf8(head) {
        Ok(_) => (Encoding::Utf8, 0),
        Err(error) if error.error_len().is_none() && !complete => (Encoding::Utf8, 0),
        Err(_) => (Encoding::Windows1252, 0),
    }
}

/// Decodes a file chunk by chunk: a character split between chunks is carried over. In UTF-8 a byte that
/// is not UTF-8 (a file saved half in one encoding, half in another) is read as Windows-1252.
#[derive(Debug)]
pub struct ChunkDecoder {
    encoding: Encoding,
    carry: Vec<u8>,
}

impl ChunkDecoder {
    pub fn new(encoding: Encoding) -> ChunkDecoder {
        ChunkDecoder {
            encoding,
            carry: Vec::new(),
        }
    }

    /// Appends the text of `chunk` to `out`, keeping an incomplete character for the next chunk.
    pub fn decode(&mut self, chunk: &[u8], out: &mut String) {
        if self.carry.is_empty() {
            self.decode_joined(chunk, out);
        } else {
            let mut joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(chunk);
            self.decode_joined(&joined, out);
        }
    }

    /// `chunk` as it is, when it needs no decoding: UTF-8 with no character cut off by the chunk before
    /// and none cut off at its end.
    pub fn whole_utf8<'a>(&self, chunk: &'a [u8]) -> Option<&'a str> {
        let is_utf8 = matches!(self.encoding, Encoding::Utf8 | Encoding::Xlsx | Encoding::Json);
        if !is_utf8 || !self.carry.is_empty() {
            return None;
        }
        std::str::from_utf8(chunk).ok()
    }

    /// Ends the file: a character cut off at its end becomes U+FFFD.
    pub fn finish(&mut self, out: &mut String) {
        if !self.carry.is_empty() {
            self.carry.clear();
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }

    fn decode_joined(&mut self, bytes: &[u8], out: &mut String) {
        match self.encoding {
            Encoding::Utf16Le => self.decode_utf16(bytes, u16::from_le_bytes, out),
            Encoding::Utf16Be => self.decode_utf16(bytes, u16::from_be_bytes, out),
            Encoding::Windows1252 => push_windows_1252(bytes, out),
            Encoding::Utf8 | Encoding::Xlsx | Encoding::Json => self.decode_utf8(bytes, out),
        }
    }

    fn decode_utf8(&mut self, mut bytes: &[u8], out: &mut String) {
        loop {
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    out.push_str(text);
                    return;
                }
                Err(error) => {
                    let (valid, rest) = bytes.split_at(error.valid_up_to());
                    out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match error.error_len() {
                        None => {
                            self.carry.extend_from_slice(rest);
                            return;
                        }
                        Some(n_invalid) => {
                            push_windows_1252(&rest[..n_invalid], out);
                            bytes = &rest[n_invalid..];
                        }
                    }
                }
            }
        }
    }

    fn decode_utf16(&mut self, bytes: &[u8], unit: fn([u8; 2]) -> u16, out: &mut String) {
        let n_whole = bytes.len() & !1;
        let mut units: Vec<u16> = bytes[..n_whole]
            .chunks_exact(2)
            .map(|pair| unit([pair[0], pair[1]]))
            .collect();
        let mut n_carried = bytes.len() - n_whole;
        // A high surrogate at the end waits for its partner in the next chunk.
        if units.last().is_some_and(|last| (0xD800..0xDC00).contains(last)) {
            units.pop();
            n_carried += 2;
        }
        out.extend(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)));
        self.carry.extend_from_slice(&bytes[bytes.len() - n_carried..]);
    }
}

/// Appends Windows-1252 bytes as text; runs of ASCII are copied as they are.
fn push_windows_1252(mut bytes: &[u8], out: &mut String) {
    while !bytes.is_empty() {
        let n_ascii = bytes.iter().position(|&b| b >= 0x80).unwrap_or(bytes.len());
        out.push_str(std::str::from_utf8(&bytes[..n_ascii]).unwrap_or_default());
        if let Some(&byte) = bytes.get(n_ascii) {
            out.push(windows_1252_char(byte));
            bytes = &bytes[n_ascii + 1..];
        } else {
            bytes = &[];
        }
    }
}

fn windows_1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
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
#[cfg(test)]
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    push_windows_1252(bytes, &mut text);
    text
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
    fn characters_split_between_chunks_survive() {
        let text = "æøå €😀 ÆØÅ";
        for (encoding, bytes) in [
            (Encoding::Utf8, text.as_bytes().to_vec()),
            (
                Encoding::Utf16Le,
                text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            ),
            (
                Encoding::Utf16Be,
                text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            ),
        ] {
            for chunk_len in 1..=5 {
                let mut decoder = ChunkDecoder::new(encoding);
                let mut out = String::new();
                for chunk in bytes.chunks(chunk_len) {
                    decoder.decode(chunk, &mut out);
                }
                decoder.finish(&mut out);
                assert_eq!(out, text, "{encoding:?} in chunks of {chunk_len}");
            }
        }
    }

    #[test]
    fn a_stray_windows_1252_byte_in_utf8_is_read_as_windows_1252() {
        let mut decoder = ChunkDecoder::new(Encoding::Utf8);
        let mut out = String::new();
        decoder.decode(b"bl\xC3\xA5 og r\xF8d", &mut out);
        decoder.finish(&mut out);
        assert_eq!(out, "blå og rød");
        assert_eq!(sniff_encoding(b"ab\xC3", false), (Encoding::Utf8, 0));
        assert_eq!(sniff_encoding(b"ab\xC3", true), (Encoding::Windows1252, 0));
    }

    #[test]
    fn binary_is_told_from_text() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
        assert!(!looks_binary(b"a;b\r\n1;2\r\n"));
        assert!(!looks_binary(b"\xFF\xFEa\0;\0"));
    }
}
