//! The Overview's key figures and the register's ICNPO spread, from whatever datasets are loaded.

use serde::{Deserialize, Serialize};

use crate::core::analysis::{Bar, Distribution, RowMask};
use crate::core::roles::{icnpo_columns, survey_side};
use crate::core::{icnpo, ColumnData, Dataset, DatasetKind, SurveySide};

/// Headline numbers; `None` where no loaded dataset can tell.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyFigures {
    /// Organisations in the loaded registers.
    pub register_orgs: Option<usize>,
    /// Of those, registered in Frivillighetsregisteret with a health (3) or social-services (4) category.
    pub register_health_social: Option<usize>,
    pub staff_respondents: Option<usize>,
    pub org_respondents: Option<usize>,
    pub offers: Option<usize>,
}

fn add(total: &mut Option<usize>, value: usize) {
    *total = Some(total.unwrap_or(0) + value);
}

/// Sums the key figures over every loaded dataset.
pub fn key_figures<D: AsRef<Dataset>>(datasets: &[D]) -> KeyFigures {
    let mut figures = KeyFigures::default();
    for dataset in datasets.iter().map(AsRef::as_ref) {
        match dataset.kind {
            DatasetKind::Register => {
                add(&mut figures.register_orgs, dataset.n_rows);
                if let Some(groups) = icnpo_groups(dataset) {
                    let n_health_social = groups
                        .iter()
                        .filter(|row| row.iter().any(|group| icnpo::HEALTH_AND_SOCIAL.contains(group)))
                        .count();
                    add(&mut figures.register_health_social, n_health_social);
                }
            }
            DatasetKind::Survey => match survey_side(dataset) {
                Some(SurveySide::Staff) => add(&mut figures.staff_respondents, dataset.n_rows),
                Some(SurveySide::Organisations) => add(&mut figures.org_respondents, dataset.n_rows),
                None => {}
            },
            DatasetKind::Offers => add(&mut figures.offers, dataset.n_rows),
            DatasetKind::Table => {}
        }
    }
    figures
}

/// Each organisation's ICNPO main groups (empty where it has none), or `None` without ICNPO columns.
pub fn icnpo_groups(dataset: &Dataset) -> Option<Vec<Vec<u8>>> {
    let columns = icnpo_columns(dataset);
    if columns.is_empty() {
        return None;
    }
    let mut groups = vec![Vec::new(); dataset.n_rows];
    for column in columns {
        let codes: Vec<Option<&str>> = match &column.data {
            ColumnData::Id(values) | ColumnData::Text(values) => values.iter().map(Option::as_deref).collect(),
            ColumnData::SingleChoice { options, values } => values
                .iter()
                .map(|value| value.and_then(|idx| options.get(idx as usize)).map(String::as_str))
                .collect(),
            ColumnData::Number(values) => {
                // A spreadsheet that turned `03100` into 3100: read the number back as a code.
                let texts: Vec<Option<String>> = values.iter().map(|v| v.map(|v| format!("{v:.0}"))).collect();
                for (row, code) in groups.iter_mut().zip(&texts) {
                    if let Some(group) = code.as_deref().and_then(icnpo::group_of) {
                        if !row.contains(&group) {
                            row.push(group);
                        }
                    }
                }
                continue;
            }
            _ => continue,
        };
        for (row, code) in groups.iter_mut().zip(codes) {
            if let Some(group) = code.and_then(icnpo::group_of) {
                if !row.contains(&group) {
                    row.push(group);
                }
            }
        }
    }
    Some(groups)
}

/// Organisations per ICNPO main group, over the rows in `mask`. The base `n` is the organisations with at
/// least one category; an organisation counts once in each of its groups. Bars are in ICNPO order with
/// labels from `group_label`.
pub fn icnpo_distribution(
    dataset: &Dataset,
    mask: &RowMask,
    group_label: impl Fn(u8) -> String,
) -> Option<Distribution> {
    let groups = icnpo_groups(dataset)?;
    let mut counts = [0usize; 14];
    let mut n = 0;
    let mut n_missing = 0;
    for (_, row) in groups.iter().enumerate().filter(|(row_idx, _)| mask.includes(*row_idx)) {
        if row.is_empty() {
            n_missing += 1;
            continue;
        }
        n += 1;
        for &group in row {
            counts[usize::from(group - 1)] += 1;
        }
    }
    let bars = icnpo::GROUPS
        .iter()
        .map(|&(group, _)| {
            let count = counts[usize::from(group - 1)];
            Bar {
                key: group.to_string(),
                label: group_label(group),
                count,
                share: if n == 0 { 0.0 } else { count as f64 / n as f64 },
            }
        })
        .collect();
    Some(Distribution {
        bars,
        n,
        n_missing,
        multi: true,
    })
}

/// Postcode → district from a loaded lookup table (a table with a postcode and a district column, like the
/// demo's `postnummer;poststed;bydel`). Empty when none is loaded.
pub fn postcode_districts(datasets: &[&Dataset]) -> std::collections::HashMap<String, String> {
    let normalise = |text: &str| -> String {
        text.chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    for dataset in datasets.iter().filter(|d| d.kind == DatasetKind::Table) {
        let find = |hints: &[&str]| {
            dataset
                .columns
                .iter()
                .find(|column| hints.iter().any(|hint| normalise(&column.id).contains(hint)))
        };
        let (Some(postcodes), Some(districts)) = (
            find(&["postnummer", "postnr", "postcode", "postnumre"]),
            find(&["bydel", "district", "distrikt", "område", "stadsdel"]),
        ) else {
            continue;
        };
        let text_of = |data: &ColumnData, row: usize| -> Option<String> {
            match data {
                ColumnData::Id(values) | ColumnData::Text(values) => values.get(row)?.clone(),
                ColumnData::SingleChoice { options, values } => {
                    options.get(values.get(row)?.as_ref().copied()? as usize).cloned()
                }
                _ => None,
            }
        };
        return (0..dataset.n_rows)
            .filter_map(|row| Some((text_of(&postcodes.data, row)?, text_of(&districts.data, row)?)))
            .collect();
    }
    std::collections::HashMap::new()
}
