//! Letter case for matching and tidying words, without the standard library's Unicode case tables
//! (`char::to_lowercase` and `to_uppercase` link about 24 KB of them into the wasm, some 5 KiB of the
//! size budget). Covers the letters files from Nordic municipalities hold: Latin (ASCII, Latin-1,
//! Latin Extended-A), Greek and Cyrillic; any other character is left as it is.

/// The lower-case form of `c`, one character for one (`İ` becomes a plain `i`).
pub fn lower(c: char) -> char {
    let code = u32::from(c);
    let even = code % 2 == 0;
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 32,
        0x130 => u32::from('i'),
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if even => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => code + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 32,
        0x400..=0x40F => code + 80,
        0x410..=0x42F => code + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => code + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => code + 1,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The upper-case form of `c`, one character for one (`ß` stays `ß`).
pub fn upper(c: char) -> char {
    let code = u32::from(c);
    let even = code % 2 == 0;
    let raised = match code {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE => code - 32,
        0xFF => 0x178,
        0xB5 => 0x39C,
        0x131 => u32::from('I'),
        0x17F => u32::from('S'),
        0x101..=0x130 | 0x133..=0x138 | 0x14B..=0x178 if !even => code - 1,
        0x13A..=0x149 | 0x17A..=0x17F if even => code - 1,
        0x3AC => 0x386,
        0x3AD..=0x3AF => code - 37,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => code - 63,
        0x3C2 => 0x3A3,
        0x3B1..=0x3C1 | 0x3C3..=0x3CB => code - 32,
        0x450..=0x45F => code - 80,
        0x430..=0x44F => code - 32,
        0x461..=0x482 | 0x48B..=0x4C0 | 0x4D1..=0x530 if !even => code - 1,
        0x4CF => 0x4C0,
        0x4C2..=0x4CF if even => code - 1,
        _ => code,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// `text` folded for matching: lower case, letters and digits only (`Post-nummer` → `postnummer`).
pub fn folded(text: &str) -> String {
    text.chars().map(lower).filter(|c| c.is_alphanumeric()).collect()
}

/// Whether `c` is a capital letter (has a different lower-case form).
pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

/// Whether `c` is a small letter (has a different upper-case form).
pub fn is_lower(c: char) -> bool {
    upper(c) != c
}

#[cfg(test)]
mod tests {
    use super::{lower, upper};

    /// The letters this module promises to handle: Latin, Greek and Cyrillic.
    fn covered() -> impl Iterator<Item = char> {
        (0u32..0x180)
            .chain(0x386..0x3CF)
            .chain(0x400..0x530)
            .filter_map(char::from_u32)
    }

    /// The standard library's answer where it is one character, as this module gives it.
    fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
        let first = chars.next()?;
        chars.next().is_none().then_some(first)
    }

    #[test]
    fn lower_and_upper_agree_with_the_standard_library_on_every_covered_letter() {
        let mut differences = Vec::new();
        for c in covered() {
            if let Some(expected) = single(c.to_lowercase()) {
                if lower(c) != expected {
                    differences.push(format!("lower {c} U+{:04X}: {} not {expected}", u32::from(c), lower(c)));
                }
            }
            if let Some(expected) = single(c.to_uppercase()) {
                // Letters whose capital lies outside the covered blocks (ſ → S is covered; ƀ → Ƀ is not).
                let outside = !covered().any(|covered| covered == expected);
                if upper(c) != expected && !outside {
                    differences.push(format!("upper {c} U+{:04X}: {} not {expected}", u32::from(c), upper(c)));
                }
            }
        }
        assert_eq!(differences, Vec::<String>::new());
    }

    #[test]
    fn nordic_letters_and_the_odd_ones() {
        assert_eq!(super::lowercase("ÆØÅ ÄÖ Ü É Þ Ð Ş"), "æøå äö ü é þ ð ş");
        assert_eq!(lower('İ'), 'i');
        assert_eq!(upper('ß'), 'ß');
        assert_eq!(upper('ÿ'), 'Ÿ');
        assert_eq!(lower('中'), '中');
        assert!(super::is_upper('Ø') && !super::is_upper('ø') && !super::is_upper('1'));
        assert!(super::is_lower('ø') && !super::is_lower('Ø'));
    }
}
