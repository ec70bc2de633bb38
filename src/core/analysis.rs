//! Frequencies and cross-tabulations of choice questions, over the rows a filter keeps.

use serde::{Deserialize, Serialize};

use crate::core::suppress::suppress_groups;
use crate::core::{Column, ColumnData};

/// Which rows take part: a filter's result. Plain data, one flag per row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowMask(pub Vec<bool>);

impl RowMask {
    pub fn all(n_rows: usize) -> RowMask {
        RowMask(vec![true; n_rows])
    }

    pub fn includes(&self, row_idx: usize) -> bool {
        self.0.get(row_idx).copied().unwrap_or(false)
    }

    pub fn n_included(&self) -> usize {
        self.0.iter().filter(|&&included| included).count()
    }
}

/// One category of a distribution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    /// The category as the data names it; stable for filters and `data-key`.
    pub key: String,
    /// The category as shown (translated where the app owns the vocabulary, like ICNPO groups).
    pub label: String,
    pub count: usize,
    /// `count / n`, 0 when `n` is 0.
    pub share: f64,
}

/// How the answers to one question spread over its options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    pub bars: Vec<Bar>,
    /// Rows that answered: the base of every share.
    pub n: usize,
    /// Rows included by the filter that did not answer.
    pub n_missing: usize,
    /// Several options per row: shares add up to more than 100 %.
    pub multi: bool,
}

impl Distribution {
    /// Bars sorted by count, largest first; ties keep questionnaire order.
    pub fn sorted(mut self) -> Distribution {
        crate::core::sorting::sort_by_key(&mut self.bars, |bar| std::cmp::Reverse(bar.count));
        self
    }
}

/// `count` of `n` as a fraction; 0 when `n` is 0.
pub fn share(count: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        count as f64 / n as f64
    }
}

fn included<'a, T>(values: &'a [T], mask: &'a RowMask) -> impl Iterator<Item = &'a T> + 'a {
    values
        .iter()
        .enumerate()
        .filter(|(row_idx, _)| mask.includes(*row_idx))
        .map(|(_, value)| value)
}

/// Counts each option of a choice column over the rows in `mask`. `None` for other column types.
pub fn distribution(column: &Column, mask: &RowMask) -> Option<Distribution> {
    let options = column.data.options();
    let mut counts = vec![0usize; options.len()];
    let mut n = 0;
    let mut n_missing = 0;
    let multi = match &column.data {
        ColumnData::SingleChoice { values, .. } => {
            for value in included(values, mask) {
                match value {
                    Some(option_idx) => {
                        n += 1;
                        if let Some(count) = counts.get_mut(*option_idx as usize) {
                            *count += 1;
                        }
                    }
                    None => n_missing += 1,
                }
            }
            false
        }
        ColumnData::MultiChoice { values, .. } => {
            for value in included(values, mask) {
                match value {
                    Some(chosen) => {
                        n += 1;
                        for option_idx in chosen {
                            if let Some(count) = counts.get_mut(*option_idx as usize) {
                                *count += 1;
                            }
                        }
                    }
                    None => n_missing += 1,
                }
            }
            true
        }
        _ => return None,
    };
    let bars = options
        .iter()
        .zip(counts)
        .map(|(option, count)| Bar {
            key: option.clone(),
            label: option.clone(),
            count,
            share: share(count, n),
        })
        .collect();
    Some(Distribution {
        bars,
        n,
        n_missing,
        multi,
    })
}

/// A cross-tabulation: groups (a single-choice question) × categories (a choice question).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Crosstab {
    pub group_labels: Vec<String>,
    pub category_labels: Vec<String>,
    /// Rows per group that answered the category question: the base of that group's shares.
    pub group_n: Vec<usize>,
    /// `counts[group][category]`.
    pub counts: Vec<Vec<usize>>,
    /// Groups whose numbers must not be shown (small cells and their complements).
    pub suppressed: Vec<bool>,
    /// Rows behind the table.
    pub n: usize,
    /// Rows in the selection left out: no group, or no answer to the category question.
    pub n_missing: usize,
    /// The threshold applied.
    pub min_cell: usize,
}

impl Crosstab {
    pub fn share(&self, group_idx: usize, category_idx: usize) -> f64 {
        share(self.counts[group_idx][category_idx], self.group_n[group_idx])
    }
}

/// Cross-tabulates `groups` (single choice) against `categories` (single or multi choice), suppressing
/// groups of fewer than `min_cell` rows and enough others that no hidden group can be recovered by
/// subtracting it from the totals. Groups with no rows are left out.
pub fn crosstab(groups: &Column, categories: &Column, mask: &RowMask, min_cell: usize) -> Option<Crosstab> {
    let ColumnData::SingleChoice {
        options: group_options,
        values: group_values,
    } = &groups.data
    else {
        return None;
    };
    let category_options = categories.data.options();
    if category_options.is_empty() {
        return None;
    }
    let mut group_n = vec![0usize; group_options.len()];
    let mut counts = vec![vec![0usize; category_options.len()]; group_options.len()];
    let (mut n, mut n_missing) = (0, 0);
    for (row_idx, group) in group_values.iter().enumerate() {
        if !mask.includes(row_idx) {
            continue;
        }
        let chosen: Option<Vec<u32>> = match &categories.data {
            ColumnData::SingleChoice { values, .. } => values.get(row_idx).copied().flatten().map(|idx| vec![idx]),
            ColumnData::MultiChoice { values, .. } => values.get(row_idx).cloned().flatten(),
            _ => return None,
        };
        let (Some(group), Some(chosen)) = (group, chosen) else {
            n_missing += 1;
            continue;
        };
        let group = *group as usize;
        let (Some(row_counts), Some(row_n)) = (counts.get_mut(group), group_n.get_mut(group)) else {
            continue;
        };
        *row_n += 1;
        n += 1;
        for option_idx in chosen {
            if let Some(count) = row_counts.get_mut(option_idx as usize) {
                *count += 1;
            }
        }
    }
    let present: Vec<usize> = (0..group_options.len()).filter(|&idx| group_n[idx] > 0).collect();
    let group_n: Vec<usize> = present.iter().map(|&idx| group_n[idx]).collect();
    let suppressed = suppress_groups(&group_n, min_cell);
    Some(Crosstab {
        group_labels: present.iter().map(|&idx| group_options[idx].clone()).collect(),
        category_labels: category_options.to_vec(),
        counts: present.iter().map(|&idx| counts[idx].clone()).collect(),
        group_n,
        suppressed,
        n,
        n_missing,
        min_cell,
    })
}

#[cfg(test)]
mod tests;
