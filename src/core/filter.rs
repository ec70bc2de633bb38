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

/// Each row's values of a field as codes into `labels` (each label once): a filter click on a survey of
/// 10,000 rows compares numbers, and the rows take three allocations instead of one per row.
#[derive(Debug, Default)]
pub struct RowCodes {
    pub labels: Vec<String>,
    /// Where each row's codes begin in `codes`, and after the last row, where they end.
    starts: Vec<u32>,
    codes: Vec<u32>,
    known: HashMap<String, u32>,
}

impl RowCodes {
    fn new(n_rows: usize) -> RowCodes {
        let mut starts = Vec::with_capacity(n_rows + 1);
        starts.push(0);
        RowCodes {
            starts,
            ..RowCodes::default()
        }
    }

    /// The code of `label`, given it when it is new.
    fn code(&mut self, label: &str) -> u32 {
        if let Some(&code) = self.known.get(label) {
            return code;
        }
        let code = self.labels.len() as u32;
        self.labels.push(label.to_owned());
        self.known.insert(label.to_owned(), code);
        code
    }

    fn end_row(&mut self) {
        self.starts.push(self.codes.len() as u32);
    }

    /// A row of these labels.
    fn push<'a>(&mut self, labels: impl IntoIterator<Item = &'a str>) {
        for label in labels {
            let code = self.code(label);
            self.codes.push(code);
        }
        self.end_row();
    }

    /// A row of these codes (from `codes_of`).
    fn push_codes(&mut self, codes: impl IntoIterator<Item = u32>) {
        self.codes.extend(codes);
        self.end_row();
    }

    pub fn n_rows(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn row(&self, row: usize) -> &[u32] {
        &self.codes[self.starts[row] as usize..self.starts[row + 1] as usize]
    }

    /// The code of a label, when any row could hold it.
    pub fn find(&self, label: &str) -> Option<u32> {
        self.known.get(label).copied()
    }
}

/// Each row's values of `field` in `dataset` as codes, or `None` when the dataset lacks the field.
pub fn row_codes(dataset: &Dataset, field: Field, context: &FieldContext) -> Option<RowCodes> {
    let mut rows = RowCodes::new(dataset.n_rows);
    // The codes of a choice column's options (two options of the same text are one label).
    let codes_of = |rows: &mut RowCodes, options: &[String]| -> Vec<u32> {
        options.iter().map(|option| rows.code(option)).collect()
    };
    match field {
        Field::IcnpoGroup => {
            let groups = icnpo_groups(dataset)?;
            let labels: Vec<String> = (0..16u8).map(|group| group.to_string()).collect();
            let codes = codes_of(&mut rows, &labels);
            for row in groups {
                rows.push_codes(row.iter().map(|group| codes[usize::from(group)]));
            }
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
            for code in codes {
                let district = code.as_deref().and_then(|code| context.postcode_districts.get(code));
                rows.push(district.map(String::as_str));
            }
        }
        Field::Role(role) => match &column_for(dataset, role)?.data {
            ColumnData::SingleChoice { options, values } => {
                let codes = codes_of(&mut rows, options);
                for value in values {
                    rows.push_codes(value.and_then(|idx| codes.get(idx as usize).copied()));
                }
            }
            ColumnData::MultiChoice { options, values } => {
                let codes = codes_of(&mut rows, options);
                for value in values {
                    let ticked = value.iter().flatten().filter_map(|idx| codes.get(*idx as usize));
                    rows.push_codes(ticked.copied());
                }
            }
            ColumnData::Text(values) | ColumnData::Id(values) => {
                for value in values {
                    rows.push(value.as_deref());
                }
            }
            ColumnData::Number(values) => {
                for value in values {
                    let text = value.map(|v| v.to_string());
                    rows.push(text.as_deref());
                }
            }
            ColumnData::Date(_) => return None,
        },
    }
    Some(rows)
}

/// Each row's values of `field` in `dataset` (labels), or `None` when the dataset lacks the field.
pub fn row_values(dataset: &Dataset, field: Field, context: &FieldContext) -> Option<Vec<Vec<String>>> {
    let rows = row_codes(dataset, field, context)?;
    let labels = |row: usize| {
        rows.row(row)
            .iter()
            .map(|&code| rows.labels[code as usize].clone())
            .collect()
    };
    Some((0..rows.n_rows()).map(labels).collect())
}

/// Applies `filters` to `dataset` and decides whether the result may be shown: not when fewer than
/// `min_cell` rows match, and not when leaving out one filter, or swapping its value for a sibling, would
/// let a small group be worked out by subtraction.
pub fn select(dataset: &Dataset, filters: &[Filter], context: &FieldContext, min_cell: usize) -> Selection {
    let n_rows = dataset.n_rows;
    let mut applied = Vec::new();
    let mut columns: Vec<(Filter, Option<RowCodes>, Vec<bool>)> = Vec::new();
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
            columns.push((filter.clone(), None, matches));
            continue;
        }
        if let Some(rows) = row_codes(dataset, filter.field, context) {
            let wanted = rows.find(&filter.value);
            let matches = (0..rows.n_rows())
                .map(|row| wanted.is_some_and(|wanted| rows.row(row).contains(&wanted)))
                .collect();
            applied.push(filter.clone());
            columns.push((filter.clone(), Some(rows), matches));
        }
    }
    // Column by column, not row by row: a register's 100,000 rows are and-ed as bytes, in bulk.
    let all_but = |skip: Option<usize>| -> Vec<bool> {
        let mut mask = vec![true; n_rows];
        for (idx, (_, _, matches)) in columns.iter().enumerate() {
            if Some(idx) == skip {
                continue;
            }
            for (kept, &matched) in mask.iter_mut().zip(matches.iter().chain(std::iter::repeat(&false))) {
                *kept &= matched;
            }
        }
        mask
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
            if let Some(rows) = values.as_ref().filter(|_| filter.field.single_valued(dataset)) {
                // Siblings partition the rows the other filters keep; hide this one if the partition would.
                // The groups in the order their first row comes, as suppression breaks ties by order.
                let mut sizes = vec![0usize; rows.labels.len()];
                let mut order = Vec::new();
                for (row, kept) in others.iter().enumerate() {
                    let Some(&code) = rows.row(row).first().filter(|_| *kept) else {
                        continue;
                    };
                    if sizes[code as usize] == 0 {
                        order.push(code);
                    }
                    sizes[code as usize] += 1;
                }
                let group_n: Vec<usize> = order.iter().map(|&code| sizes[code as usize]).collect();
                let suppressed = suppress_groups(&group_n, min_cell);
                let own = rows
                    .find(&filter.value)
                    .and_then(|wanted| order.iter().position(|&code| code == wanted));
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
