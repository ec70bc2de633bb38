//! Matching organisation names as people type them (`Elvestad sanitetsforeing`) to the register's
//! (`ELVESTAD SANITETSFORENING`): normalised, then fuzzy (Jaro–Winkler, strsim).

use crate::core::ColumnData;

/// Lower case, letters and digits, single spaces, and the usual variant spellings made one.
pub fn normalise(name: &str) -> String {
    let lowered: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let joined = lowered.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace("frivillighetssentral", "frivilligsentral")
        .replace("frivilligsentralen", "frivilligsentral")
}

/// How close two normalised names must be to count as the same organisation.
pub const MIN_SIMILARITY: f64 = 0.93;

/// An index of names to match against.
pub struct NameIndex {
    normalised: Vec<String>,
}

impl NameIndex {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> NameIndex {
        NameIndex {
            normalised: names.into_iter().map(normalise).collect(),
        }
    }

    /// The index of the name `mention` most likely means, if one is close enough and clearly the best.
    pub fn find(&self, mention: &str) -> Option<usize> {
        let wanted = normalise(mention);
        if wanted.is_empty() {
            return None;
        }
        if let Some(exact) = self.normalised.iter().position(|name| *name == wanted) {
            return Some(exact);
        }
        let (mut best, mut best_score, mut second) = (None, 0.0, 0.0);
        for (idx, name) in self.normalised.iter().enumerate() {
            let score = strsim::jaro_winkler(&wanted, name);
            if score > best_score {
                second = best_score;
                (best, best_score) = (Some(idx), score);
            } else if score > second {
                second = score;
            }
        }
        let (idx, score) = (best?, best_score);
        (score >= MIN_SIMILARITY && score - second > 0.01).then_some(idx)
    }
}

/// Splits a free-text answer naming several organisations (`A, B; C` or one per line).
pub fn split_mentions(answer: &str) -> Vec<&str> {
    answer
        .split([',', ';', '\n', '/'])
        .map(str::trim)
        .filter(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect()
}

/// The text of a text-like column's rows.
pub fn texts(data: &ColumnData) -> Vec<Option<&str>> {
    match data {
        ColumnData::Text(values) | ColumnData::Id(values) => values.iter().map(Option::as_deref).collect(),
        ColumnData::SingleChoice { options, values } => values
            .iter()
            .map(|value| value.and_then(|idx| options.get(idx as usize)).map(String::as_str))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_names_find_their_register_entry() {
        let index = NameIndex::new([
            "ELVESTAD SANITETSFORENING",
            "ELVESTAD PENSJONISTFORENING",
            "NORD FRIVILLIGSENTRAL",
            "GRANLI MANNSKOR",
        ]);
        for (mention, expected) in [
            ("Elvestad Sanitetsforening", Some(0)),
            ("elvestad sanitetsforening", Some(0)),
            ("Elvestad Sanitetsforeing", Some(0)),
            ("Elvestad  Pensjonistforening", Some(1)),
            ("Nord frivillighetssentral", Some(2)),
            ("Granli mannskor.", Some(3)),
            ("Elvestad Røde Kors", None),
            ("", None),
        ] {
            assert_eq!(index.find(mention), expected, "{mention:?}");
        }
    }

    #[test]
    fn answers_split_into_mentions() {
        assert_eq!(
            split_mentions("A-laget, Granli Mannskor; Nord Frivilligsentral\nx"),
            ["A-laget", "Granli Mannskor", "Nord Frivilligsentral"]
        );
    }
}
