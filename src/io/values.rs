//! Cell text to values: Norwegian numbers (`1 393`, `2,5`), dates in the formats exports use, codes.

use crate::core::Date;

/// Parses a number as Norwegian, Danish, Swedish and English exports write it: decimal comma or point,
/// space, no-break space or point as thousands separator, `−` (U+2212) as minus.
/// `-?digits([.,]digits)?` with at most 15 digits, exactly as `str::parse` reads it: both the digits as
/// an integer and the power of ten are exact in an `f64`, so their quotient is correctly rounded. One
/// separator is always the decimal mark (see `parse_number`).
fn simple_number(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let bytes = unsigned.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut n_digits = 0;
    let mut n_decimals = None;
    for &byte in bytes {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(byte - b'0');
                n_digits += 1;
                if let Some(n) = &mut n_decimals {
                    *n += 1;
                }
            }
            b'.' | b',' if n_decimals.is_none() && n_digits > 0 => n_decimals = Some(0),
            _ => return None,
        }
    }
    if n_digits > 15 || n_decimals == Some(0) {
        return None;
    }
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let value = mantissa as f64 / POWERS[n_decimals.unwrap_or(0)];
    Some(if negative { -value } else { value })
}

/// Whether a cell holds nothing a reader would see: empty, or only white space of any kind (a no-break
/// space typed into a spreadsheet cell included). The text and spreadsheet readers ask this of the lines
/// above a table, so a line looks blank to both alike.
pub fn is_blank(cell: &str) -> bool {
    trim(cell).is_empty()
}

/// `str::trim`, without looking for Unicode white space in a cell that begins and ends with printable
/// ASCII, as nearly every cell does: the importer trims every cell of a file more than once.
#[inline]
pub fn trim(text: &str) -> &str {
    let plain = |byte: Option<&u8>| byte.is_some_and(|&byte| byte > b' ' && byte < 0x80);
    let bytes = text.as_bytes();
    if plain(bytes.first()) && plain(bytes.last()) {
        text
    } else {
        text.trim()
    }
}

pub fn parse_number(text: &str) -> Option<f64> {
    let trimmed = trim(text);
    if trimmed.is_empty() || trimmed.len() > 40 {
        return None;
    }
    // Most cells are plain integers or decimals (`42`, `-3`, `0,5`): no allocation for them.
    if let Some(value) = simple_number(trimmed) {
        return Some(value);
    }
    let mut cleaned = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '0'..='9' | '.' | ',' | '-' | '+' | 'e' | 'E' => cleaned.push(c),
            '\u{2212}' => cleaned.push('-'),
            ' ' | '\u{a0}' | '\u{202f}' => {}
            _ => return None,
        }
    }
    if !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let last_comma = cleaned.rfind(',');
    let last_point = cleaned.rfind('.');
    let normalised = match (last_comma, last_point) {
        // `1.234,5`: points group thousands, the comma is decimal.
        (Some(comma), Some(point)) if comma > point => cleaned.replace('.', "").replace(',', "."),
        // `1,234.5`: commas group thousands.
        (Some(_), Some(_)) => cleaned.replace(',', ""),
        (Some(_), None) => {
            if cleaned.matches(',').count() > 1 {
                return None;
            }
            cleaned.replace(',', ".")
        }
        (None, Some(_)) if cleaned.matches('.').count() > 1 => {
            // `1.234.567`: points as thousands separators only.
            if grouped_by_thousands(&cleaned, '.') {
                cleaned.replace('.', "")
            } else {
                return None;
            }
        }
        _ => cleaned,
    };
    parse_decimal(&normalised).filter(|value| value.is_finite())
}

/// `str::parse::<f64>` for decimal numbers (`-12.5`, `.5`, `3e-4`), without the standard library's table
/// of powers of five (about 10 KB of the wasm that hardly compresses: some 8 KiB of the size budget).
/// The same bits as `str::parse` where the significant digits fit in 53 bits and the power of ten is at
/// most 22, as every count, share, amount and Excel serial does (both are then exact in an `f64`, so
/// one division or product rounds correctly); beyond that within a few units in the last place. Digits
/// past the 19th significant one are dropped. `inf` and `nan` are not numbers here.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut idx) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let (mut mantissa, mut exponent, mut n_digits, mut seen_point) = (0u64, 0i64, 0usize, false);
    while let Some(&byte) = bytes.get(idx) {
        match byte {
            b'0'..=b'9' => {
                n_digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    exponent -= i64::from(seen_point);
                } else {
                    exponent += i64::from(!seen_point);
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        idx += 1;
    }
    if n_digits == 0 {
        return None;
    }
    if let Some(&marker) = bytes.get(idx) {
        if !matches!(marker, b'e' | b'E') {
            return None;
        }
        idx += 1;
        let exponent_negative = match bytes.get(idx) {
            Some(b'-') => {
                idx += 1;
                true
            }
            Some(b'+') => {
                idx += 1;
                false
            }
            _ => false,
        };
        let start = idx;
        let mut written: i64 = 0;
        while let Some(&byte @ b'0'..=b'9') = bytes.get(idx) {
            written = (written * 10 + i64::from(byte - b'0')).min(100_000);
            idx += 1;
        }
        if idx == start || idx < bytes.len() {
            return None;
        }
        exponent += if exponent_negative { -written } else { written };
    }
    let value = scale_by_ten(mantissa, exponent);
    Some(if negative { -value } else { value })
}

/// `mantissa × 10^exponent`, correctly rounded where both are exact in an `f64`.
fn scale_by_ten(mantissa: u64, mut exponent: i64) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let mut value = mantissa as f64;
    while exponent > 22 && value.is_finite() && value != 0.0 {
        value *= 1e22;
        exponent -= 22;
    }
    while exponent < -22 && value != 0.0 {
        value /= 1e22;
        exponent += 22;
    }
    let power = EXACT[exponent.unsigned_abs().min(22) as usize];
    if exponent < 0 {
        value / power
    } else {
        value * power
    }
}

fn grouped_by_thousands(text: &str, separator: char) -> bool {
    let mut parts = text.trim_start_matches(['-', '+']).split(separator);
    let first_ok = parts.next().is_some_and(|first| (1..=3).contains(&first.len()));
    first_ok && parts.all(|part| part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Parses the date part of the formats exports use: `2025-03-27`, `2023-06-01T20:57:15+02:00`,
/// `27.03.2025`, `06.09.2025 kl. 15.37.20` (Google Forms, Norwegian), `3/27/2025 18:35` (Forms, English).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = trim(text);
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let slice = text.get(range)?;
        slice.bytes().all(|b| b.is_ascii_digit()).then(|| slice.parse().ok())?
    };
    let ends_ok = |at: usize| bytes.len() == at || matches!(bytes.get(at), Some(b'T' | b' '));
    let (year, month, day) = if bytes.len() >= 10 && bytes[4] == b'-' && bytes[7] == b'-' && ends_ok(10) {
        (digits(0..4)?, digits(5..7)?, digits(8..10)?)
    } else if bytes.len() >= 10 && bytes[2] == b'.' && bytes[5] == b'.' && ends_ok(10) {
        (digits(6..10)?, digits(3..5)?, digits(0..2)?)
    } else if text.contains('/') {
        let date_part = text.split(' ').next()?;
        let mut parts = date_part.split('/');
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let year: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1000..=9999).contains(&year) {
            return None;
        }
        (year, month, day)
    } else {
        return None;
    };
    let valid = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
    valid.then_some(Date {
        year: year as i32,
        month: month as u8,
        day: day as u8,
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Whether a text is a Nordic national identity number: a Norwegian fødselsnummer or D-number, a Swedish
/// personnummer or samordningsnummer, or a Danish CPR number.
pub fn is_national_id(text: &str) -> bool {
    let text = text.trim();
    is_norwegian_id(text) || is_swedish_id(text) || is_danish_id(text)
}

/// The ten digits of `YYMMDD-NNNN`-shaped text: six digits, one of `separators` or none, four digits.
fn ten_digits(text: &str, separators: &[u8]) -> Option<[u32; 10]> {
    let bytes = text.as_bytes();
    let (head, tail) = match bytes.len() {
        10 => bytes.split_at(6),
        11 if separators.contains(&bytes[6]) => (&bytes[..6], &bytes[7..]),
        _ => return None,
    };
    let mut digits = [0; 10];
    for (digit, &byte) in digits.iter_mut().zip(head.iter().chain(tail)) {
        if !byte.is_ascii_digit() {
            return None;
        }
        *digit = u32::from(byte - b'0');
    }
    Some(digits)
}

/// A Swedish personnummer or samordningsnummer (day + 60): `YYMMDD-NNNC` (`+` from the age of 100), with
/// or without the hyphen and the century; `C` is the Luhn check digit of the nine before it.
fn is_swedish_id(text: &str) -> bool {
    let without_century = match text.len() {
        12 | 13 if ["18", "19", "20"].iter().any(|century| text.starts_with(century)) => &text[2..],
        _ => text,
    };
    let Some(digits) = ten_digits(without_century, b"-+") else {
        return false;
    };
    let (month, day) = (digits[2] * 10 + digits[3], digits[4] * 10 + digits[5]);
    let luhn: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(idx, &digit)| if idx % 2 == 0 { digit * 2 } else { digit })
        .map(|product| product / 10 + product % 10)
        .sum();
    (1..=12).contains(&month)
        && ((1..=31).contains(&day) || (61..=91).contains(&day))
        && (10 - luhn % 10) % 10 == digits[9]
}

/// A Danish CPR number, `DDMMYY-SSSS`. Numbers issued since 2007 need not pass the old modulus-11 check,
/// so with the hyphen a valid date is enough; ten bare digits must also pass that check (as nearly every
/// adult's number does), or too many other ten-digit codes would look like one.
fn is_danish_id(text: &str) -> bool {
    let Some(digits) = ten_digits(text, b"-") else {
        return false;
    };
    let (day, month) = (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3]);
    let weighted: u32 = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        .iter()
        .zip(&digits)
        .map(|(weight, digit)| weight * digit)
        .sum();
    (1..=31).contains(&day) && (1..=12).contains(&month) && (text.len() == 11 || weighted.is_multiple_of(11))
}

/// A Norwegian fødselsnummer or D-number: 11 digits, the last two check digits.
fn is_norwegian_id(text: &str) -> bool {
    if text.len() != 11 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits: Vec<u32> = text.bytes().map(|b| u32::from(b - b'0')).collect();
    let check = |weights: &[u32]| -> Option<u32> {
        let sum: u32 = weights.iter().zip(&digits).map(|(w, d)| w * d).sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            digit => Some(digit),
        }
    };
    check(&[3, 7, 6, 1, 8, 9, 4, 5, 2]) == Some(digits[9]) && check(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(digits[10])
}

/// Whether text is written as a Nordic phone number: after a country code (+45, +46, +47 or 00…), 7-10
/// digits; grouped as Norwegian and Danish numbers are (`912 34 567`, `22 33 44 55`); or as Swedish ones
/// (`070-123 45 67`). Bare digits are not enough: an eight-digit code (a CVR number, a Nettskjema
/// submission) looks the same.
pub fn is_phone(text: &str) -> bool {
    let text = text.trim();
    let digits_and = |text: &str, separators: &[u8]| {
        text.bytes()
            .all(|byte| byte.is_ascii_digit() || separators.contains(&byte))
            .then(|| text.bytes().filter(u8::is_ascii_digit).count())
    };
    if let Some(rest) = ["+45", "+46", "+47", "0045", "0046", "0047"]
        .iter()
        .find_map(|code| text.strip_prefix(code))
    {
        return digits_and(rest, b" -").is_some_and(|n_digits| (7..=10).contains(&n_digits));
    }
    if let Some((area, number)) = text.split_once('-') {
        return area.starts_with('0')
            && (2..=4).contains(&area.len())
            && digits_and(area, b"").is_some()
            && digits_and(number, b" ").is_some_and(|n_digits| n_digits + area.len() >= 8);
    }
    let groups = || text.split(' ').map(str::len);
    digits_and(text, b" ").is_some() && (groups().eq([3, 2, 3]) || groups().eq([2, 2, 2, 2]))
}

/// Whether text is shaped like an e-mail address.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !text.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    #[test]
    fn trim_is_str_trim() {
        let cells = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}12\u{a0}",
            "\u{b}x",
            "x\u{b}",
            "\u{1c}x\u{1f}",
            "æ",
            " ø ",
            "\u{3000}本",
            "~",
            "\t\r\n",
            "a\u{2029}",
            "\u{7f}",
        ];
        for cell in cells {
            assert_eq!(super::trim(cell), cell.trim(), "{cell:?}");
        }
    }

    #[test]
    fn decimals_read_as_str_parse_reads_them() {
        use super::parse_decimal;
        // Exactly the same bits wherever the digits fit in 53 bits and the power of ten is at most 22.
        let mut seed: u64 = 11;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed >> 11
        };
        for _ in 0..50_000 {
            let mantissa = (next() % (1 << 53)) >> (next() % 50);
            let digits = mantissa.to_string();
            let point = next() as usize % (digits.len() + 1);
            let exponent = (next() % 15) as i64 - 7;
            // The power of ten the digits are scaled by: at most 22 either way.
            if (exponent - (digits.len() - point) as i64).abs() > 22 {
                continue;
            }
            let text = format!("{}.{}e{exponent}", &digits[..point], &digits[point..]);
            let expected: f64 = text.parse().unwrap();
            assert_eq!(
                parse_decimal(&text).map(f64::to_bits),
                Some(expected.to_bits()),
                "{text}"
            );
        }
        // Anywhere else, within a few units in the last place.
        for _ in 0..50_000 {
            let text = format!("{}.{}e{}", next(), next(), (next() % 600) as i64 - 300);
            let expected: f64 = text.parse().unwrap();
            let value = parse_decimal(&text).unwrap();
            if expected == 0.0 || expected.is_infinite() || expected.abs() < f64::MIN_POSITIVE {
                assert!(
                    value == expected || (value - expected).abs() < 1e-300,
                    "{text}: {value} not {expected}"
                );
            } else {
                assert!(
                    ((value - expected) / expected).abs() < 1e-14,
                    "{text}: {value} not {expected}"
                );
            }
        }
        for (text, expected) in [
            ("0.30000000000000004", 0.30000000000000004),
            ("45678.520833333336", 45678.520833333336),
            ("-0", -0.0),
            ("+7", 7.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1E3", 1000.0),
            ("00012.50", 12.5),
            ("123456789012345678901234567890", 1.2345678901234568e29),
        ] {
            assert_eq!(parse_decimal(text), Some(expected), "{text}");
        }
        assert!(parse_decimal("1e999").unwrap().is_infinite());
        assert_eq!(parse_decimal("1e-999"), Some(0.0));
        for text in [
            "", "-", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "--1", "1,5", "inf", "NaN", "0x10", "1 ",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    use super::*;

    #[test]
    fn the_fast_path_reads_numbers_exactly_as_the_standard_parser() {
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let digits = (seed >> 33).to_string();
            let n_digits = 1 + (seed % 15) as usize;
            let digits = &digits[..n_digits.min(digits.len())];
            let point = (seed >> 20) as usize % (digits.len() + 1);
            let sign = if seed & 1 == 0 { "-" } else { "" };
            let text = if point == 0 {
                format!("{sign}{digits}")
            } else {
                format!("{sign}{},{}", &digits[..point], &digits[point..])
            };
            let expected: f64 = text.replace(',', ".").parse().unwrap();
            match simple_number(&text) {
                Some(value) => assert_eq!(value.to_bits(), expected.to_bits(), "{text}"),
                None => assert!(text.ends_with(','), "{text}"),
            }
            assert_eq!(parse_number(&text), Some(expected), "{text}");
        }
        for text in ["", "-", ",5", "1,2,3", "1e5", "12345678901234567", "1 000"] {
            assert_eq!(simple_number(text), None, "{text}");
        }
    }

    #[test]
    fn numbers_in_nordic_and_english_notation() {
        for (text, expected) in [
            ("2,5", Some(2.5)),
            ("1 393", Some(1393.0)),
            ("1\u{a0}393,5", Some(1393.5)),
            ("1.234,5", Some(1234.5)),
            ("1,234.5", Some(1234.5)),
            ("1.234.567", Some(1_234_567.0)),
            ("\u{2212}3", Some(-3.0)),
            ("77.0", Some(77.0)),
            ("29,6", Some(29.6)),
            ("1,2,3", None),
            ("12 %", None),
            ("abc", None),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(parse_number(text), expected, "{text:?}");
        }
    }

    #[test]
    fn dates_in_export_formats() {
        let date = |year, month, day| Some(Date { year, month, day });
        for (text, expected) in [
            ("2025-03-27", date(2025, 3, 27)),
            ("2023-06-01T20:57:15+02:00", date(2023, 6, 1)),
            ("2025-03-27 18:35", date(2025, 3, 27)),
            ("06.09.2025 kl. 15.37.20", date(2025, 9, 6)),
            ("3/27/2025 18:35", date(2025, 3, 27)),
            ("2025-02-30", None),
            ("12:00", None),
            ("2025", None),
        ] {
            assert_eq!(parse_date(text), expected, "{text:?}");
        }
    }

    #[test]
    fn phone_numbers_as_they_are_written() {
        use super::is_phone;
        for phone in [
            "+47 912 34 567",
            "+4791234567",
            "0047 22 33 44 55",
            "+46 70-123 45 67",
            "+45 12 34 56 78",
            "912 34 567",
            " 22 33 44 55 ",
            "070-123 45 67",
            "08-123 456 78",
        ] {
            assert!(is_phone(phone), "{phone}");
        }
        // Bare codes, amounts with thousands separators, dates, org numbers, a too short number.
        for not in [
            "91234567",
            "12 345 678",
            "2025-03-01",
            "974 760 673",
            "+47 123",
            "01-02",
            "070-12a 45 67",
            "",
        ] {
            assert!(!is_phone(not), "{not}");
        }
    }

    #[test]
    fn national_ids_and_emails() {
        // A synthetic number with valid check digits, and the same with the last digit changed.
        assert!(is_national_id("13097248022"));
        assert!(!is_national_id("13097248023"));
        assert!(!is_national_id("974760673"));
        // Swedish: Skatteverket's example in its four spellings, a samordningsnummer (day 63), a wrong
        // check digit, an organisationsnummer (month 61) and a wrong century.
        for id in [
            "811218-9876",
            "8112189876",
            "19811218-9876",
            "198112189876",
            "811218+9876",
            "701063-2391",
        ] {
            assert!(is_national_id(id), "{id}");
        }
        for not in [
            "811218-9875",
            "556123-4567",
            "5561234567",
            "21811218-9876",
            "811218/9876",
            "811318-9876",
        ] {
            assert!(!is_national_id(not), "{not}");
        }
        // Danish: a date and four digits with the hyphen; bare, only if the modulus-11 check holds.
        for id in ["070761-4285", "0707614285", "070761-4286", " 311299-0001 "] {
            assert!(is_national_id(id), "{id}");
        }
        // Not: bare and failing the check, day 32, month 13, a Unix time, a CVR number, a phone number.
        for not in [
            "0707614286",
            "320761-4285",
            "071361-4285",
            "1733097600",
            "12345678",
            "+4791234567",
        ] {
            assert!(!is_national_id(not), "{not}");
        }
        assert!(is_email("respondent01@example.invalid"));
        assert!(!is_email("anonymous"));
        assert!(!is_email("a@b"));
    }
}
