//! Numbers per locale, as `Intl.NumberFormat` writes them: nb/nn/sv `1 393` and `12,5 %` (no-break
//! spaces), da `1.393` and `12,5 %`, en `1,393` and `12.5%`.

use crate::i18n::Lang;

const NBSP: char = '\u{a0}';

fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::Nb | Lang::Nn | Lang::Sv => NBSP,
        Lang::Da => '.',
        Lang::En => ',',
    }
}

fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        _ => ',',
    }
}

fn group_digits(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (idx, digit) in digits.chars().enumerate() {
        if idx > 0 && (digits.len() - idx).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A whole number: `1 393` in Norwegian.
pub fn format_count(lang: Lang, count: usize) -> String {
    group_digits(&count.to_string(), group_separator(lang))
}

/// A decimal with `decimals` places, trailing zeros kept: `2,5`, `−3,0`.
pub fn format_decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let rounded = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = rounded.split_once('.').unwrap_or((&rounded, ""));
    let mut out = String::new();
    let is_zero = rounded.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        out.push(if lang == Lang::En { '-' } else { '\u{2212}' });
    }
    out.push_str(&group_digits(whole, group_separator(lang)));
    if !fraction.is_empty() {
        out.push(decimal_separator(lang));
        out.push_str(fraction);
    }
    out
}

/// A share (0.125) as a percentage: `12,5 %` in Norwegian, `12.5%` in English. Whole percentages show no
/// decimals unless `decimals` asks for them.
pub fn format_percent(lang: Lang, share: f64, decimals: usize) -> String {
    let number = format_decimal(lang, share * 100.0, decimals);
    match lang {
        Lang::En => format!("{number}%"),
        _ => format!("{number}{NBSP}%"),
    }
}

/// Month names: Norwegian (bokmål and nynorsk alike), Danish, Swedish, English.
const MONTHS: [[&str; 12]; 4] = [
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
];

/// A date as each language writes it in running text: `3. mars 2025`, `3. marts 2025`, `3 mars 2025`,
/// `3 March 2025`.
pub fn format_date(lang: Lang, date: crate::core::Date) -> String {
    let index = match lang {
        Lang::Nb | Lang::Nn => 0,
        Lang::Da => 1,
        Lang::Sv => 2,
        Lang::En => 3,
    };
    let month = MONTHS[index][usize::from(date.month.clamp(1, 12) - 1)];
    match lang {
        Lang::Nb | Lang::Nn | Lang::Da => format!("{}. {month} {}", date.day, date.year),
        Lang::Sv | Lang::En => format!("{} {month} {}", date.day, date.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_each_language_writes_them() {
        let date = crate::core::Date {
            year: 2025,
            month: 3,
            day: 3,
        };
        assert_eq!(format_date(Lang::Nb, date), "3. mars 2025");
        assert_eq!(format_date(Lang::Da, date), "3. marts 2025");
        assert_eq!(format_date(Lang::Sv, date), "3 mars 2025");
        assert_eq!(format_date(Lang::En, date), "3 March 2025");
    }

    #[test]
    fn numbers_match_intl_per_locale() {
        assert_eq!(format_count(Lang::Nb, 1393), "1\u{a0}393");
        assert_eq!(format_count(Lang::Sv, 1_393_000), "1\u{a0}393\u{a0}000");
        assert_eq!(format_count(Lang::Da, 1393), "1.393");
        assert_eq!(format_count(Lang::En, 1393), "1,393");
        assert_eq!(format_count(Lang::Nb, 60), "60");
        assert_eq!(format_percent(Lang::Nb, 0.125, 1), "12,5\u{a0}%");
        assert_eq!(format_percent(Lang::Nn, 0.78, 0), "78\u{a0}%");
        assert_eq!(format_percent(Lang::En, 0.125, 1), "12.5%");
        assert_eq!(format_decimal(Lang::Nb, -3.0, 1), "\u{2212}3,0");
        assert_eq!(format_decimal(Lang::Nb, -0.01, 1), "0,0");
        assert_eq!(format_decimal(Lang::En, 1234.5, 1), "1,234.5");
    }
}
