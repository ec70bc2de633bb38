//! Filters: which respondents or organisations a view looks at, and whether it is safe to show them.
//!
//! A filter names a field by meaning (`Field`), not by column, so one filter applies to every loaded
//! dataset that has that field: clicking «Barnehager» in one chart filters every staff chart, and an
//! opportunity filter applies to both surveys.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::core::analysis::RowMask;
use crate::core::overview::icnpo_groups;
use crate::core::roles::{column_for, Role};
use crate::core::suppress::suppress_groups;
use crate::core::{ColumnData, Dataset};

/// What a filter looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    /// A survey or catalogue column by its role (unit type, district, partner types …).
    Role(Role),
    /// A register organisation's ICNPO main group (`"3"`).
    IcnpoGroup,
}

impl Field {
    /// The stable id used in `data-field` and links (`unit-type`, `icnpo`).
    pub fn id(self) -> &'static str {
        match self {
            Field::Role(role) => role.id(),
            Field::IcnpoGroup => "icnpo",
        }
    }

    pub fn from_id(id: &str) -> Option<Field> {
        if id == "icnpo" {
            Some(Field::IcnpoGroup)
        } else {
            Role::from_id(id).map(Field::Role)
        }
    }

    /// Whether a row of `dataset` holds one value of this field (two values of it can never both match).
    pub fn single_valued(self, dataset: &Dataset) -> bool {
        match self {
            Field::IcnpoGroup => false,
            Field::Role(role) => {
                column_for(dataset, role).is_some_and(|column| matches!(column.data, ColumnData::SingleChoice { .. }))
            }
        }
    }
}

/// One active filter: rows whose `field` includes `value`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Filter {
    pub field: Field,
    pub value: String,
}

/// What a dataset needs from the others to evaluate fields it lacks (a register's district comes from the
/// postcode table).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldContext {
    /// Postcode → district, from a loaded postcode table.
    pub postcode_districts: HashMap<String, String>,
}

/// Why a selection is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hidden {
    /// Fewer than the threshold match.
    TooFew,
    /// Showing it would let someone subtract their way to a small group.
    Complement,
}

/// The rows a set of filters keeps in one dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub mask: RowMask,
    /// Rows kept.
    pub n: usize,
    /// Filters that apply to this dataset (others are ignored for it).
    pub applied: Vec<Filter>,
    /// When set, nothing about these rows may be shown.
    pub hidden: Option<Hidden>,
}

/// Each row's values of `field` in `dataset` (labels), or `None` when the dataset lacks the field.
pub fn row_values(dataset: &Dataset, field: Field, context: &FieldContext) -> Option<Vec<Vec<String>>> {
    match field {
        Field::IcnpoGroup => {
            let groups = icnpo_groups(dataset)?;
            Some(
                groups
                    .iter()
                    .map(|row| row.iter().map(|group| group.to_string()).collect())
                    .collect(),
            )
        }
        Field::Role(Role::District) if column_for(dataset, Role::District).is_none() => {
            // A register has postcodes; a loaded postcode table says which district each is in.
            let postcodes = column_for(dataset, Role::Postcode)?;
            if context.postcode_districts.is_empty() {
                return None;
            }
            let ColumnData::Id(codes) = &postcodes.data else {
                return None;
            };
            Some(
                codes
                    .iter()
                    .map(|code| {
                        code.as_deref()
                            .and_then(|code| context.postcode_districts.get(code))
                            .map(|district| vec![district.clone()])
                            .unwrap_or_default()
                    })
                    .collect(),
            )
        }
        Field::Role(role) => {
            let column = column_for(dataset, role)?;
            let values = match &column.data {
                ColumnData::SingleChoice { options, values } => values
                    .iter()
                    .map(|value| {
                        value
                            .and_then(|idx| options.get(idx as usize))
                            .cloned()
                            .into_iter()
                            .collect()
                    })
                    .collect(),
                ColumnData::MultiChoice { options, values } => values
                    .iter()
                    .map(|value| {
                        value
                            .iter()
                            .flatten()
                            .filter_map(|idx| options.get(*idx as usize).cloned())
                            .collect()
                    })
                    .collect(),
                ColumnData::Text(values) | ColumnData::Id(values) => {
                    values.iter().map(|value| value.iter().cloned().collect()).collect()
                }
                ColumnData::Number(values) => values
                    .iter()
                    .map(|value| value.map(|v| v.to_string()).into_iter().collect())
                    .collect(),
                ColumnData::Date(_) => return None,
            };
            Some(values)
        }
    }
}

fn matching(values: &[Vec<String>], value: &str) -> Vec<bool> {
    values.iter().map(|row| row.iter().any(|v| v == value)).collect()
}

/// Applies `filters` to `dataset` and decides whether the result may be shown: not when fewer than
/// `min_cell` rows match, and not when leaving out one filter, or swapping its value for a sibling, would
/// let a small group be worked out by subtraction.
pub fn select(dataset: &Dataset, filters: &[Filter], context: &FieldContext, min_cell: usize) -> Selection {
    let n_rows = dataset.n_rows;
    let mut applied = Vec::new();
    let mut columns: Vec<(Filter, Vec<Vec<String>>, Vec<bool>)> = Vec::new();
    for filter in filters {
        if filter.field == Field::IcnpoGroup {
            // A register's categories: matched on the groups themselves, without a label per row.
            let Some(groups) = icnpo_groups(dataset) else {
                continue;
            };
            let wanted: Option<u8> = filter.value.parse().ok();
            let matches = groups
                .iter()
                .map(|row| wanted.is_some_and(|group| row.contains(group)))
                .collect();
            applied.push(filter.clone());
            columns.push((filter.clone(), Vec::new(), matches));
            continue;
        }
        if let Some(values) = row_values(dataset, filter.field, context) {
            let matches = matching(&values, &filter.value);
            applied.push(filter.clone());
            columns.push((filter.clone(), values, matches));
        }
    }
    let all_but = |skip: Option<usize>| -> Vec<bool> {
        (0..n_rows)
            .map(|row| {
                columns
                    .iter()
                    .enumerate()
                    .all(|(idx, (_, _, matches))| Some(idx) == skip || matches[row])
            })
            .collect()
    };
    let mask = all_but(None);
    let n = mask.iter().filter(|&&kept| kept).count();
    let mut hidden = None;
    if !columns.is_empty() {
        if n > 0 && n < min_cell {
            hidden = Some(Hidden::TooFew);
        }
        for (idx, (filter, values, _)) in columns.iter().enumerate() {
            if hidden.is_some() {
                break;
            }
            let others = all_but(Some(idx));
            let n_others = others.iter().filter(|&&kept| kept).count();
            let complement = n_others - n;
            if complement > 0 && complement < min_cell && n > 0 {
                hidden = Some(Hidden::Complement);
                break;
            }
            if filter.field.single_valued(dataset) {
                // Siblings partition the rows the other filters keep; hide this one if the partition would.
                let mut sizes: Vec<(String, usize)> = Vec::new();
                for (row, kept) in others.iter().enumerate() {
                    let Some(value) = values[row].first().filter(|_| *kept) else {
                        continue;
                    };
                    match sizes.iter_mut().find(|(existing, _)| existing == value) {
                        Some((_, size)) => *size += 1,
                        None => sizes.push((value.clone(), 1)),
                    }
                }
                let group_n: Vec<usize> = sizes.iter().map(|(_, size)| *size).collect();
                let suppressed = suppress_groups(&group_n, min_cell);
                let own = sizes.iter().position(|(value, _)| *value == filter.value);
                if own.is_some_and(|own| suppressed[own]) {
                    hidden = Some(Hidden::Complement);
                }
            }
        }
    }
    Selection {
        mask: RowMask(mask),
        n,
        applied,
        hidden,
    }
}

/// Adds a filter, or removes it when it is already active. A second value of a single-valued field
/// replaces the first (no row can have both).
pub fn toggle(filters: &[Filter], filter: Filter, single_valued: bool) -> Vec<Filter> {
    if filters.contains(&filter) {
        return filters.iter().filter(|f| **f != filter).cloned().collect();
    }
    let mut next: Vec<Filter> = filters
        .iter()
        .filter(|f| !(single_valued && f.field == filter.field))
        .cloned()
        .collect();
    next.push(filter);
    next
}

#[cfg(test)]
mod tests;
