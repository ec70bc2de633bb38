//! The gap analysis: volunteer offers that exist → what staff know of → what they tell service users about,
//! per offer category, with the survey's wording matched to the catalogue's.

use serde::{Deserialize, Serialize};

use crate::core::analysis::RowMask;
use crate::core::names::texts;
use crate::core::roles::{column_for, Role};
use crate::core::{ColumnData, Dataset};

pub mod register;

/// Which catalogue category each survey option stands for (`None`: no category).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryMapping {
    pub entries: Vec<MappingEntry>,
}

/// One survey option and the category it was matched or mapped to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MappingEntry {
    pub option: String,
    pub category: Option<String>,
    /// Set by the user in the mapping editor (kept over automatic matches).
    pub by_user: bool,
}

impl CategoryMapping {
    pub fn category_of(&self, option: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|entry| entry.option == option)
            .and_then(|entry| entry.category.as_deref())
    }

    /// Each option with its category, for tests to compare.
    #[cfg(test)]
    pub(crate) fn pairs(&self) -> Vec<(&str, Option<&str>)> {
        self.entries
            .iter()
            .map(|entry| (entry.option.as_str(), entry.category.as_deref()))
            .collect()
    }

    /// Applies the user's choices on top of an automatic mapping.
    pub fn with_overrides(mut self, overrides: &[MappingEntry]) -> CategoryMapping {
        for user in overrides.iter().filter(|entry| entry.by_user) {
            if let Some(entry) = self.entries.iter_mut().find(|entry| entry.option == user.option) {
                entry.category = user.category.clone();
                entry.by_user = true;
            }
        }
        self
    }
}

/// Words that mean the same in offer names: the first of each group stands for all.
const SYNONYMS: &[&[&str]] = &[
    &["skyss", "transport", "kjøring", "følge", "følgetjeneste", "henting"],
    &["besøksvenn", "besøkstjeneste", "besøk", "besøksvenner", "visiting"],
    &["kafé", "kafe", "cafe", "café", "møteplass", "treff", "sosialt"],
    &["sorg", "sorggruppe", "sorggrupper", "sorgstøtte", "etterlatte"],
    &["digital", "nettbrett", "data", "mobilhjelp", "teknologi"],
    &["måltid", "måltidsvenn", "middag", "mat"],
    &["tur", "turgruppe", "turgrupper", "gåtur", "gågruppe"],
    &["trening", "trim", "fysisk", "aktivitet"],
    &["kultur", "underholdning", "konsert"],
    &["praktisk", "hjelp"],
];

const STOPWORDS: [&str; 12] = [
    "og", "i", "til", "for", "med", "av", "på", "om", "the", "and", "of", "to",
];

pub(crate) fn normalised_tokens(text: &str) -> Vec<String> {
    let lowered: String = text
        .chars()
        .map(crate::core::case::lower)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    lowered
        .split_whitespace()
        .filter(|token| !STOPWORDS.contains(token))
        .map(|token| {
            SYNONYMS
                .iter()
                .find(|group| group.contains(&token))
                .map_or_else(|| token.to_owned(), |group| group[0].to_owned())
        })
        .collect()
}

fn token_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let common_prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let prefix_score = if common_prefix >= 5 { 0.9 } else { 0.0 };
    strsim::jaro_winkler(a, b).max(prefix_score)
}

/// How well a survey option's wording matches a catalogue category's, 0–1: the larger of the shares of
/// either side's words that have a close word on the other side, synonyms counted as the same word
/// (`Transport til aktiviteter` covers every word of `Skyss og følge`).
pub fn similarity(option: &str, category: &str) -> f64 {
    let (a, b) = (normalised_tokens(option), normalised_tokens(category));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let coverage = |words: &[String], other: &[String]| -> f64 {
        let matched = words
            .iter()
            .filter(|token| other.iter().any(|o| token_similarity(token, o) >= 0.88))
            .count();
        matched as f64 / words.len() as f64
    };
    coverage(&a, &b).max(coverage(&b, &a))
}

/// The threshold for an automatic match.
pub const MIN_MATCH: f64 = 0.85;

/// Matches each survey option to its best catalogue category, each category used at most once.
pub fn match_categories(options: &[String], categories: &[String]) -> CategoryMapping {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (option_idx, option) in options.iter().enumerate() {
        for (category_idx, category) in categories.iter().enumerate() {
            let score = similarity(option, category);
            if score >= MIN_MATCH {
                pairs.push((score, option_idx, category_idx));
            }
        }
    }
    // Best pairs first; ties by questionnaire order, so the result never depends on hashing.
    crate::core::sorting::sort_by(&mut pairs, |a, b| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    let mut chosen: Vec<Option<usize>> = vec![None; options.len()];
    let mut used = vec![false; categories.len()];
    for (_, option_idx, category_idx) in pairs {
        if chosen[option_idx].is_none() && !used[category_idx] {
            chosen[option_idx] = Some(category_idx);
            used[category_idx] = true;
        }
    }
    CategoryMapping {
        entries: options
            .iter()
            .zip(chosen)
            .map(|(option, category)| MappingEntry {
                option: option.clone(),
                category: category.map(|idx| categories[idx].clone()),
                by_user: false,
            })
            .collect(),
    }
}

/// One category's funnel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapRow {
    pub category: String,
    /// Offers in the catalogue (after filters).
    pub offers: usize,
    /// Staff who know of at least one option mapped here; `None` when no survey option maps here.
    pub known: Option<usize>,
    pub told: Option<usize>,
    /// Service users who have taken part in an offer of it; `None` without a user survey that asks.
    pub reached: Option<usize>,
}

/// The funnel for every category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Funnel {
    pub rows: Vec<GapRow>,
    /// Staff who answered «which offers do you know of».
    pub n_known: usize,
    /// Staff who answered «which have you told users about».
    pub n_told: usize,
    /// Service users who answered «which have you taken part in» (0: no user survey).
    pub n_reached: usize,
    /// Survey options that map to no category.
    pub unmatched_options: Vec<String>,
}

impl Funnel {
    pub fn known_share(&self, row: &GapRow) -> Option<f64> {
        share(row.known?, self.n_known)
    }

    pub fn told_share(&self, row: &GapRow) -> Option<f64> {
        share(row.told?, self.n_told)
    }

    pub fn reached_share(&self, row: &GapRow) -> Option<f64> {
        share(row.reached?, self.n_reached)
    }

    /// Adds the last stage from a user survey: the users in `mask` who have taken part in each category.
    pub fn with_reached(mut self, users: &Dataset, mask: &RowMask, mapping: &CategoryMapping) -> Funnel {
        let Some(column) = column_for(users, Role::OffersUsed) else {
            return self;
        };
        self.n_reached = (0..users.n_rows)
            .filter(|&row| mask.includes(row) && column.data.is_answered(row))
            .count();
        for row in &mut self.rows {
            let mapped = column
                .data
                .options()
                .iter()
                .any(|option| mapping.category_of(option) == Some(&row.category));
            row.reached = mapped.then(|| count_ticking(&column.data, mapping, &row.category, mask).1);
        }
        self
    }

    /// The gap: the share of staff who have not told users about a category of offers that exist. `None`
    /// where no offer exists or the survey does not ask about it.
    pub fn gap(&self, row: &GapRow) -> Option<f64> {
        (row.offers > 0).then_some(())?;
        self.told_share(row).map(|told| 1.0 - told)
    }

    /// Categories by gap, largest first; ties go to the category with more offers, then catalogue order.
    pub fn ranked(&self) -> Vec<&GapRow> {
        let mut rows: Vec<&GapRow> = self.rows.iter().filter(|row| self.gap(row).is_some()).collect();
        crate::core::sorting::sort_by(&mut rows, |a, b| {
            let (gap_a, gap_b) = (self.gap(a).unwrap_or(0.0), self.gap(b).unwrap_or(0.0));
            gap_b.total_cmp(&gap_a).then(b.offers.cmp(&a.offers))
        });
        rows
    }
}

fn share(count: usize, n: usize) -> Option<f64> {
    (n > 0).then(|| count as f64 / n as f64)
}

/// The catalogue's categories, in order of first appearance.
pub fn catalogue_categories(offers: &Dataset) -> Vec<String> {
    let Some(column) = column_for(offers, Role::OfferCategory) else {
        return Vec::new();
    };
    let mut categories: Vec<String> = Vec::new();
    for category in texts(&column.data)
        .into_iter()
        .flatten()
        .chain(column.data.options().iter().map(String::as_str))
    {
        let category = category.trim();
        if !category.is_empty() && !categories.iter().any(|existing| existing == category) {
            categories.push(category.to_owned());
        }
    }
    categories
}

/// A survey's offer options (staff: the «know of» question's, then any only the «told» question has;
/// users: the «taken part in» question's).
pub fn survey_offer_options(staff: &Dataset) -> Vec<String> {
    let mut options: Vec<String> = Vec::new();
    for role in [Role::OffersKnown, Role::OffersTold, Role::OffersUsed] {
        if let Some(column) = column_for(staff, role) {
            for option in column.data.options() {
                if !options.contains(option) {
                    options.push(option.clone());
                }
            }
        }
    }
    options
}

/// Rows ticking any option of `category` in a multi-choice column.
fn count_ticking(column: &ColumnData, mapping: &CategoryMapping, category: &str, mask: &RowMask) -> (usize, usize) {
    let ColumnData::MultiChoice { options, values } = column else {
        return (0, 0);
    };
    let wanted: Vec<u32> = options
        .iter()
        .enumerate()
        .filter(|(_, option)| mapping.category_of(option) == Some(category))
        .map(|(idx, _)| idx as u32)
        .collect();
    let mut n_answered = 0;
    let mut n_ticking = 0;
    for (row, value) in values.iter().enumerate() {
        let (true, Some(chosen)) = (mask.includes(row), value) else {
            continue;
        };
        n_answered += 1;
        if chosen.iter().any(|option| wanted.contains(option)) {
            n_ticking += 1;
        }
    }
    (n_answered, n_ticking)
}

/// Offers per category among the catalogue rows in `mask`. An offer whose category column lists several
/// (a register's organisation in two categories) counts in each.
pub fn offers_per_category(offers: &Dataset, mask: &RowMask) -> Vec<(String, usize)> {
    let categories = catalogue_categories(offers);
    let Some(column) = column_for(offers, Role::OfferCategory) else {
        return Vec::new();
    };
    if let ColumnData::MultiChoice { options, values } = &column.data {
        let mut counts = vec![0; options.len()];
        for (_, chosen) in values.iter().enumerate().filter(|(row, _)| mask.includes(*row)) {
            for &option in chosen.iter().flatten() {
                if let Some(count) = counts.get_mut(option as usize) {
                    *count += 1;
                }
            }
        }
        return options.iter().cloned().zip(counts).collect();
    }
    let values = texts(&column.data);
    categories
        .into_iter()
        .map(|category| {
            let count = values
                .iter()
                .enumerate()
                .filter(|(row, value)| mask.includes(*row) && value.map(str::trim) == Some(category.as_str()))
                .count();
            (category, count)
        })
        .collect()
}

/// The funnel: each catalogue category's offers, and how many of the staff in `staff_mask` know of it and
/// have told users about it.
pub fn funnel(
    offers: &Dataset,
    offers_mask: &RowMask,
    staff: &Dataset,
    staff_mask: &RowMask,
    mapping: &CategoryMapping,
) -> Funnel {
    let known_column = column_for(staff, Role::OffersKnown);
    let told_column = column_for(staff, Role::OffersTold);
    let answered = |column: Option<&crate::core::Column>| -> usize {
        column.map_or(0, |column| {
            (0..staff.n_rows)
                .filter(|&row| staff_mask.includes(row) && column.data.is_answered(row))
                .count()
        })
    };
    let (n_known, n_told) = (answered(known_column), answered(told_column));
    let rows = offers_per_category(offers, offers_mask)
        .into_iter()
        .map(|(category, count)| {
            let mapped = mapping
                .entries
                .iter()
                .any(|entry| entry.category.as_deref() == Some(category.as_str()));
            let ticking = |column: Option<&crate::core::Column>| {
                column
                    .filter(|_| mapped)
                    .map(|column| count_ticking(&column.data, mapping, &category, staff_mask).1)
            };
            GapRow {
                known: ticking(known_column),
                told: ticking(told_column),
                reached: None,
                category,
                offers: count,
            }
        })
        .collect();
    let unmatched_options = mapping
        .entries
        .iter()
        .filter(|entry| entry.category.is_none())
        .map(|entry| entry.option.clone())
        .collect();
    Funnel {
        rows,
        n_known,
        n_told,
        n_reached: 0,
        unmatched_options,
    }
}

#[cfg(test)]
mod tests;
