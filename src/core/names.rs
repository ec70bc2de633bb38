//! Matching organisation names as people type them (`Elvestad sanitetsforeing`) to the register's
//! (`ELVESTAD SANITETSFORENING`): normalised, then fuzzy (Jaro–Winkler, strsim).

use std::collections::HashMap;

use crate::core::{sorting, ColumnData};

/// Lower case, letters and digits, single spaces, and the usual variant spellings made one.
pub fn normalise(name: &str) -> String {
    let lowered: String = name
        .chars()
        .map(crate::core::case::lower)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let joined = lowered.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace("frivillighetssentral", "frivilligsentral")
        .replace("frivilligsentralen", "frivilligsentral")
}

/// How close two normalised names must be to count as the same organisation.
pub const MIN_SIMILARITY: f64 = 0.93;

/// Up to this many names, a mention is compared with every name; a larger register (a national extract)
/// only compares it with the names that share a word with it.
const FULL_SCAN_LIMIT: usize = 20_000;

/// An index of names to match against.
pub struct NameIndex {
    normalised: Vec<String>,
    /// Each normalised name's first position.
    exact: HashMap<String, usize>,
    /// Word → its list in `postings` (the names it occurs in); only for registers above `FULL_SCAN_LIMIT`.
    words: HashMap<String, usize>,
    postings: Vec<Vec<usize>>,
}

impl NameIndex {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> NameIndex {
        let normalised: Vec<String> = names.into_iter().map(normalise).collect();
        let mut exact = HashMap::with_capacity(normalised.len());
        for (idx, name) in normalised.iter().enumerate().rev() {
            exact.insert(name.clone(), idx);
        }
        // One map type (String → usize) throughout the core keeps the wasm small.
        let mut words: HashMap<String, usize> = HashMap::new();
        let mut postings: Vec<Vec<usize>> = Vec::new();
        if normalised.len() > FULL_SCAN_LIMIT {
            for (idx, name) in normalised.iter().enumerate() {
                for word in name.split(' ') {
                    let list = *words.entry(word.to_owned()).or_insert_with(|| {
                        postings.push(Vec::new());
                        postings.len() - 1
                    });
                    if postings[list].last() != Some(&idx) {
                        postings[list].push(idx);
                    }
                }
            }
        }
        NameIndex {
            normalised,
            exact,
            words,
            postings,
        }
    }

    /// The names worth comparing with `wanted`: all of them in a small register; in a large one those
    /// sharing a word with it, rarest words first, up to `FULL_SCAN_LIMIT` names.
    fn candidates(&self, wanted: &str) -> Vec<usize> {
        if self.normalised.len() <= FULL_SCAN_LIMIT {
            return (0..self.normalised.len()).collect();
        }
        let mut lists: Vec<&Vec<usize>> = wanted
            .split(' ')
            .filter_map(|word| self.words.get(word).map(|&list| &self.postings[list]))
            .collect();
        sorting::sort_by_key(&mut lists, |list| list.len());
        let mut candidates: Vec<usize> = Vec::new();
        for list in lists {
            if !candidates.is_empty() && candidates.len() + list.len() > FULL_SCAN_LIMIT {
                break;
            }
            candidates.extend(list);
        }
        sorting::sort_by_key(&mut candidates, |idx| *idx);
        candidates.dedup();
        candidates
    }

    /// The index of the name `mention` most likely means, if one is close enough and clearly the best.
    pub fn find(&self, mention: &str) -> Option<usize> {
        let wanted = normalise(mention);
        if wanted.is_empty() {
            return None;
        }
        if let Some(&exact) = self.exact.get(&wanted) {
            return Some(exact);
        }
        let (mut best, mut best_score, mut second) = (None, 0.0, 0.0);
        for idx in self.candidates(&wanted) {
            let score = strsim::jaro_winkler(&wanted, &self.normalised[idx]);
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
    fn a_national_register_is_searched_by_shared_words() {
        // Above the full-scan limit only names sharing a word are compared: a typo still finds its
        // organisation, and the answer is the same as a full scan would give.
        let mut names: Vec<String> = (0..FULL_SCAN_LIMIT + 10)
            .map(|idx| format!("LAG NUMMER {idx}"))
            .collect();
        names.push("ELVESTAD SANITETSFORENING".to_owned());
        names.push("GRANLI MANNSKOR".to_owned());
        let index = NameIndex::new(names.iter().map(String::as_str));
        assert_eq!(index.find("Elvestad Sanitetsforeing"), Some(FULL_SCAN_LIMIT + 10));
        assert_eq!(index.find("granli mannskor"), Some(FULL_SCAN_LIMIT + 11));
        assert_eq!(index.find("Lag nummer 17"), Some(17));
        assert_eq!(index.find("Heilt ukjend"), None);
    }

    #[test]
    fn answers_split_into_mentions() {
        assert_eq!(
            split_mentions("A-laget, Granli Mannskor; Nord Frivilligsentral\nx"),
            ["A-laget", "Granli Mannskor", "Nord Frivilligsentral"]
        );
    }
}
