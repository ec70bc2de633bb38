//! The Overview's key figures and the register's ICNPO spread, from whatever datasets are loaded.

use serde::{Deserialize, Serialize};

use crate::core::analysis::{Bar, Distribution, RowMask};
use crate::core::icnpo::Groups;
use crate::core::roles::{icnpo_columns, survey_side};
use crate::core::{icnpo, ColumnData, Dataset, DatasetKind, SurveySide};

/// Headline numbers; `None` where no loaded dataset can tell.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyFigures {
    /// Voluntary associations in the loaded registers: organisation form FLI (association) or STI
    /// (foundation), registered in Frivillighetsregisteret or given an ICNPO category; every row where a
    /// register says neither.
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
                add(&mut figures.register_orgs, associations(dataset));
                if let Some(groups) = icnpo_groups(dataset) {
                    let n_health_social = groups.iter().filter(|row| row.health_or_social()).count();
                    add(&mut figures.register_health_social, n_health_social);
                }
            }
            DatasetKind::Survey => match survey_side(dataset) {
                Some(SurveySide::Staff) => add(&mut figures.staff_respondents, dataset.n_rows),
                Some(SurveySide::Organisations) => add(&mut figures.org_respondents, dataset.n_rows),
                // Users show in the gap analysis, not among the key figures.
                Some(SurveySide::Users) | None => {}
            },
            DatasetKind::Offers => add(&mut figures.offers, dataset.n_rows),
            DatasetKind::Table => {}
        }
    }
    figures
}

/// How many of a register's organisations are voluntary associations or foundations. A search in
/// Enhetsregisteret or its bulk file also holds companies (AS, ENK …): those are not counted. A register with neither the
/// organisation form nor Frivillighetsregisteret's flag (a list of associations) counts every row.
pub fn associations(dataset: &Dataset) -> usize {
    let column = |id: &str| {
        dataset
            .column_ci(&[id])
            .map(|column| crate::core::names::texts(&column.data))
    };
    let forms = column("organisasjonsform.kode");
    let flags = column("registrertIFrivillighetsregisteret");
    if forms.is_none() && flags.is_none() {
        return dataset.n_rows;
    }
    let groups = icnpo_groups(dataset);
    fn cell<'a>(values: &Option<Vec<Option<&'a str>>>, row: usize) -> Option<&'a str> {
        values.as_ref().and_then(|values| values.get(row).copied().flatten())
    }
    (0..dataset.n_rows)
        .filter(|&row| {
            is_association(
                cell(&forms, row).unwrap_or_default(),
                cell(&flags, row).unwrap_or_default(),
            ) || groups
                .and_then(|groups| groups.get(row))
                .is_some_and(|row| !row.is_empty())
        })
        .count()
}

/// Whether a register row is a voluntary association or foundation: organisation form FLI (association)
/// or STI (foundation), or registered in Frivillighetsregisteret (`true`, `J`, `Ja`, in any case). The one
/// rule both the key figure and the national register's filter go by.
pub fn is_association(org_form: &str, registered_voluntary: &str) -> bool {
    let flag = registered_voluntary.trim();
    matches!(org_form.trim(), "FLI" | "STI") || ["true", "j", "ja"].iter().any(|yes| flag.eq_ignore_ascii_case(yes))
}

/// Each organisation's ICNPO main groups (empty where it has none), or `None` without ICNPO columns.
pub fn icnpo_groups(dataset: &Dataset) -> Option<&[Groups]> {
    dataset
        .derived
        .icnpo
        .get_or_init(|| read_icnpo_groups(dataset))
        .as_deref()
}

/// Each row's postcode area (`0301 OSLO`) as an index into `labels`; `None` where the row has no postcode.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Areas {
    pub of_row: Vec<Option<u32>>,
    pub labels: Vec<String>,
}

/// A register's postcode areas, worked out once per dataset.
pub fn postcode_areas(dataset: &Dataset) -> Option<&Areas> {
    dataset
        .derived
        .areas
        .get_or_init(|| {
            let postcodes = crate::core::roles::column_for(dataset, crate::core::Role::Postcode)?;
            let ColumnData::Id(codes) = &postcodes.data else {
                return None;
            };
            let places = dataset
                .column_ci(&["postadresse.poststed"])
                .map(|column| crate::core::names::texts(&column.data));
            let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            let mut areas = Areas::default();
            for (row, code) in codes.iter().enumerate() {
                let Some(code) = code.as_deref() else {
                    areas.of_row.push(None);
                    continue;
                };
                let place = places.as_ref().and_then(|places| places.get(row).copied().flatten());
                let label = match place {
                    Some(place) => format!("{code} {place}"),
                    None => code.to_owned(),
                };
                let next = areas.labels.len();
                let idx = *index.entry(label).or_insert_with_key(|label| {
                    areas.labels.push(label.clone());
                    next
                });
                areas.of_row.push(Some(idx as u32));
            }
            Some(areas)
        })
        .as_ref()
}

/// Whether a dataset has ICNPO categories at all (without reading them).
pub fn has_icnpo(dataset: &Dataset) -> bool {
    !icnpo_columns(dataset).is_empty()
}

fn read_icnpo_groups(dataset: &Dataset) -> Option<Vec<Groups>> {
    let columns = icnpo_columns(dataset);
    if columns.is_empty() {
        return None;
    }
    let mut groups = vec![Groups::default(); dataset.n_rows];
    let add = |row: &mut Groups, group: Option<u8>| {
        if let Some(group) = group {
            row.insert(group);
        }
    };
    for column in columns {
        match &column.data {
            ColumnData::Id(values) | ColumnData::Text(values) => {
                for (row, code) in groups.iter_mut().zip(values) {
                    add(row, code.as_deref().and_then(icnpo::group_of));
                }
            }
            ColumnData::SingleChoice { options, values } => {
                // Each code once, not once a row.
                let by_option: Vec<Option<u8>> = options.iter().map(|code| icnpo::group_of(code)).collect();
                for (row, value) in groups.iter_mut().zip(values) {
                    add(
                        row,
                        value.and_then(|idx| by_option.get(idx as usize).copied().flatten()),
                    );
                }
            }
            ColumnData::Number(values) => {
                // A spreadsheet that turned `03100` into 3100: read the number back as a code.
                for (row, value) in groups.iter_mut().zip(values) {
                    add(row, value.and_then(|v| icnpo::group_of(&format!("{v:.0}"))));
                }
            }
            _ => {}
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
    for (row, _) in groups.iter().zip(&mask.0).filter(|(_, &kept)| kept) {
        if row.is_empty() {
            n_missing += 1;
            continue;
        }
        n += 1;
        for group in row.iter() {
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
    for dataset in datasets.iter().filter(|d| d.kind == DatasetKind::Table) {
        let find = |hints: &[&str]| {
            dataset.columns.iter().find(|column| {
                hints
                    .iter()
                    .any(|hint| crate::core::case::folded(&column.id).contains(hint))
            })
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

#[cfg(test)]
mod tests {
    use super::is_association;

    #[test]
    fn associations_are_told_by_form_or_by_frivillighetsregisteret() {
        assert!(is_association("FLI", ""));
        assert!(is_association(" STI ", "false"));
        assert!(is_association("AS", "Ja"));
        assert!(is_association("", "TRUE"));
        assert!(is_association("ENK", "j"));
        assert!(!is_association("AS", "false"));
        assert!(!is_association("ENK", "Nei"));
        assert!(!is_association("", ""));
    }
}
