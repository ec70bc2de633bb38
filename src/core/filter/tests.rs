//! Filters on a small inline survey, with hand-counted answers.

use crate::core::filter::{select, toggle, Field, FieldContext, Filter, Hidden};
use crate::core::{Column, ColumnData, Dataset, DatasetKind, Encoding, Role, SourceFormat, SourceInfo};

fn column(label: &str, data: ColumnData) -> Column {
    Column {
        id: label.to_owned(),
        label: label.to_owned(),
        data,
    }
}

/// 19 units: Sykehjem ×6, Omsorgsbolig ×6, Hjemmetjeneste ×6, Psykisk helse ×1. Units 0–13 work with
/// kindergartens; every unit works with schools except the last two.
fn survey() -> Dataset {
    let unit_types = ["Sykehjem", "Omsorgsbolig", "Hjemmetjeneste", "Psykisk helse"];
    let mut types = Vec::new();
    for (idx, n) in [6, 6, 6, 1].into_iter().enumerate() {
        types.extend(std::iter::repeat_n(Some(idx as u32), n));
    }
    let partners = (0..19)
        .map(|row| {
            let mut chosen = Vec::new();
            if row < 14 {
                chosen.push(0);
            }
            if row < 17 {
                chosen.push(1);
            }
            Some(chosen)
        })
        .collect();
    Dataset {
        name: "svar.csv".into(),
        kind: DatasetKind::Survey,
        source: SourceInfo {
            file_name: "svar.csv".into(),
            encoding: Encoding::Utf8,
            delimiter: Some(b';'),
            format: SourceFormat::Generic,
            n_source_cols: 2,
            header: vec![],
            preview_header: vec![],
            preview: vec![],
            sheet: None,
            sheets: vec![],
        },
        n_rows: 19,
        columns: vec![
            column(
                "Tjenestetype",
                ColumnData::SingleChoice {
                    options: unit_types.iter().map(|t| (*t).to_owned()).collect(),
                    values: types,
                },
            ),
            column(
                "Hvilke aktører samarbeider dere med?",
                ColumnData::MultiChoice {
                    options: vec!["Barnehager".into(), "Skoler".into()],
                    values: partners,
                },
            ),
        ],
        dropped: vec![],
        roles: vec![],
        derived: Default::default(),
    }
}

fn filter(field: Role, value: &str) -> Filter {
    Filter {
        field: Field::Role(field),
        value: value.to_owned(),
    }
}

#[track_caller]
fn check(filters: &[Filter], expected_n: usize, expected_hidden: Option<Hidden>) {
    let selection = select(&survey(), filters, &FieldContext::default(), 5);
    assert_eq!(
        (selection.n, selection.hidden),
        (expected_n, expected_hidden),
        "{filters:?}"
    );
}

#[test]
fn no_filter_keeps_everyone() {
    check(&[], 19, None);
}

#[test]
fn a_multi_choice_filter_keeps_those_who_ticked_it() {
    check(&[filter(Role::Partners, "Barnehager")], 14, None);
}

#[test]
fn a_filter_that_isolates_a_small_group_is_hidden() {
    check(&[filter(Role::UnitType, "Psykisk helse")], 1, Some(Hidden::TooFew));
}

#[test]
fn a_filter_whose_complement_is_small_is_hidden() {
    // 17 of 19 work with schools: the 2 who do not could be worked out from 19 − 17.
    check(&[filter(Role::Partners, "Skoler")], 17, Some(Hidden::Complement));
}

#[test]
fn a_sibling_of_a_small_group_is_hidden_too() {
    // Psykisk helse (1) is hidden, so one 6-unit type must be as well, or 19 − 6 − 6 − 6 would reveal it.
    check(&[filter(Role::UnitType, "Sykehjem")], 6, Some(Hidden::Complement));
    check(&[filter(Role::UnitType, "Omsorgsbolig")], 6, None);
    check(&[filter(Role::UnitType, "Hjemmetjeneste")], 6, None);
}

#[test]
fn combined_filters_apply_together() {
    // Omsorgsbolig units are rows 6–11, all work with kindergartens.
    check(
        &[
            filter(Role::UnitType, "Omsorgsbolig"),
            filter(Role::Partners, "Barnehager"),
        ],
        6,
        None,
    );
}

#[test]
fn filters_on_fields_a_dataset_lacks_are_ignored_for_it() {
    let selection = select(
        &survey(),
        &[filter(Role::District, "Nord")],
        &FieldContext::default(),
        5,
    );
    assert_eq!(selection.n, 19);
    assert!(selection.applied.is_empty());
}

#[test]
fn toggling_adds_removes_and_replaces_single_valued_fields() {
    let sykehjem = filter(Role::UnitType, "Sykehjem");
    let omsorg = filter(Role::UnitType, "Omsorgsbolig");
    let barnehager = filter(Role::Partners, "Barnehager");
    let skoler = filter(Role::Partners, "Skoler");
    let filters = toggle(&[], sykehjem.clone(), true);
    assert_eq!(filters, std::slice::from_ref(&sykehjem));
    assert_eq!(toggle(&filters, omsorg.clone(), true), [omsorg]);
    assert_eq!(toggle(&filters, sykehjem, true), []);
    let both = toggle(&toggle(&[], barnehager.clone(), false), skoler.clone(), false);
    assert_eq!(both, [barnehager, skoler]);
}

#[test]
fn field_ids_round_trip() {
    for field in [
        Field::IcnpoGroup,
        Field::Role(Role::UnitType),
        Field::Role(Role::Partners),
    ] {
        assert_eq!(Field::from_id(field.id()), Some(field));
    }
    assert_eq!(Field::from_id("nonsense"), None);
}

#[test]
fn row_codes_name_each_label_once_and_keep_every_row() {
    use crate::core::filter::{row_codes, row_values};
    let mut dataset = survey();
    // An option text twice (a survey tool's export can repeat one) and answers out of range.
    dataset.columns[0].data = ColumnData::SingleChoice {
        options: vec!["Sykehjem".into(), "Skole".into(), "Sykehjem".into()],
        values: vec![Some(0), Some(2), None, Some(9), Some(1)],
    };
    dataset.n_rows = 5;
    dataset.columns.truncate(1);
    let field = Field::Role(Role::UnitType);
    let context = FieldContext::default();
    let rows = row_codes(&dataset, field, &context).expect("a unit-type column");
    assert_eq!(rows.labels, ["Sykehjem", "Skole"]);
    assert_eq!(rows.n_rows(), 5);
    let sykehjem = rows.find("Sykehjem").unwrap();
    assert_eq!(rows.row(0), [sykehjem]);
    assert_eq!(rows.row(1), [sykehjem]);
    assert!(rows.row(2).is_empty() && rows.row(3).is_empty());
    assert_eq!(rows.find("Barnehager"), None);
    let values = row_values(&dataset, field, &context).unwrap();
    assert_eq!(
        values,
        [vec!["Sykehjem"], vec!["Sykehjem"], vec![], vec![], vec!["Skole"]]
    );
    // Both copies of the option are one filter value.
    let selection = select(&dataset, &[filter(Role::UnitType, "Sykehjem")], &context, 1);
    assert_eq!(selection.n, 2);
}
