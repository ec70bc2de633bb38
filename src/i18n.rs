//! The translation layer: every string the UI shows, in bokmål, nynorsk, Danish, Swedish and English,
//! and numbers formatted per locale.
//!
//! Pure (no browser): chart summaries and error messages are built here and tested natively. A key missing
//! in one language is a compile error (see `keys!`).

mod format;
mod keys;
mod messages;

pub use format::{format_count, format_date, format_decimal, format_percent};
pub use keys::Key;
pub use messages::*;

use serde::{Deserialize, Serialize};

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Norwegian bokmål, the default.
    #[default]
    Nb,
    /// Norwegian nynorsk.
    Nn,
    Da,
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nb, Lang::Nn, Lang::Da, Lang::Sv, Lang::En];

    /// The BCP 47 code used in `<html lang>`, the `language` select and links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the language select.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::Da => "Dansk",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The first supported language in a browser's preference list (`navigator.languages`).
    /// `no` and `nb-NO` mean bokmål; `nn-NO` nynorsk; `da-DK` Danish; `sv-SE`/`sv-FI` Swedish.
    pub fn from_preferences<S: AsRef<str>>(preferences: &[S]) -> Option<Lang> {
        preferences.iter().find_map(|tag| {
            let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
            match primary.as_str() {
                "nb" | "no" => Some(Lang::Nb),
                "nn" => Some(Lang::Nn),
                "da" => Some(Lang::Da),
                "sv" => Some(Lang::Sv),
                "en" => Some(Lang::En),
                _ => None,
            }
        })
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    keys::text(lang, key)
}

#[cfg(test)]
mod tests;
