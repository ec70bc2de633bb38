//! Matching survey wording to catalogue categories, and the funnel on small inline data.

use crate::core::gap::{funnel, match_categories, similarity, CategoryMapping, MappingEntry};
use crate::core::{Column, ColumnData, Dataset, DatasetKind, Encoding, RowMask, SourceFormat, SourceInfo};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

#[test]
fn the_demos_survey_wording_finds_the_catalogues_categories() {
    let options = strings(&[
        "Kafé/møteplass",
        "Turgrupper",
        "Praktisk hjelp i hjemmet",
        "Besøksvenn/besøkstjeneste",
        "Transport til aktiviteter",
        "Digital hjelp (nettbrett, mobil)",
        "Sorggrupper",
        "Noe helt annet",
    ]);
    let categories = strings(&[
        "Kafé og møteplass",
        "Turgruppe",
        "Praktisk hjelp",
        "Besøksvenn",
        "Skyss og følge",
        "Digital hjelp",
        "Sorgstøtte",
        "Språkkafé",
    ]);
    let mapping = match_categories(&options, &categories);
    assert_eq!(
        mapping.pairs(),
        [
            ("Kafé/møteplass", Some("Kafé og møteplass")),
            ("Turgrupper", Some("Turgruppe")),
            ("Praktisk hjelp i hjemmet", Some("Praktisk hjelp")),
            ("Besøksvenn/besøkstjeneste", Some("Besøksvenn")),
            ("Transport til aktiviteter", Some("Skyss og følge")),
            ("Digital hjelp (nettbrett, mobil)", Some("Digital hjelp")),
            ("Sorggrupper", Some("Sorgstøtte")),
            ("Noe helt annet", None),
        ]
    );
    assert!(similarity("Språkkafé", "Kafé og møteplass") < 0.85);
}

#[test]
fn the_users_choice_wins_over_the_automatic_match() {
    let automatic = match_categories(&strings(&["Transport til aktiviteter"]), &strings(&["Skyss og følge"]));
    let fixed = automatic.with_overrides(&[MappingEntry {
        option: "Transport til aktiviteter".into(),
        category: None,
        by_user: true,
    }]);
    assert_eq!(fixed.category_of("Transport til aktiviteter"), None);
}

fn dataset(kind: DatasetKind, n_rows: usize, columns: Vec<Column>) -> Dataset {
    Dataset {
        name: "x".into(),
        kind,
        source: SourceInfo {
            file_name: "x".into(),
            encoding: Encoding::Utf8,
            delimiter: Some(b';'),
            format: SourceFormat::Generic,
            n_source_cols: columns.len(),
            header: vec![],
            preview_header: vec![],
            preview: vec![],
            sheet: None,
            sheets: vec![],
        },
        n_rows,
        columns,
        dropped: vec![],
        roles: vec![],
        derived: Default::default(),
    }
}

fn multi(label: &str, options: &[&str], values: Vec<Option<Vec<u32>>>) -> Column {
    Column {
        id: label.into(),
        label: label.into(),
        data: ColumnData::MultiChoice {
            options: strings(options),
            values,
        },
    }
}

#[test]
fn the_funnel_counts_offers_knowers_and_tellers_per_category() {
    // Catalogue: Besøksvenn ×3, Kafé ×1, Kor ×2 (the survey does not ask about Kor).
    let categories = [
        "Besøksvenn",
        "Besøksvenn",
        "Kafé og møteplass",
        "Besøksvenn",
        "Kor og sang",
        "Kor og sang",
    ];
    let offers = dataset(
        DatasetKind::Offers,
        6,
        vec![
            Column {
                id: "Tilbud".into(),
                label: "Tilbud".into(),
                data: ColumnData::Text(vec![Some("t".into()); 6]),
            },
            Column {
                id: "Kategori".into(),
                label: "Kategori".into(),
                data: ColumnData::Text(categories.iter().map(|c| Some((*c).to_owned())).collect()),
            },
        ],
    );
    // Five staff: four know of visiting friends, one of them told users; one did not answer «told».
    let options = ["Besøksvenn/besøkstjeneste", "Kafé/møteplass", "Leksehjelp"];
    let staff = dataset(
        DatasetKind::Survey,
        5,
        vec![
            multi(
                "Hvilke frivillige tilbud kjenner du til?",
                &options,
                vec![
                    Some(vec![0, 1]),
                    Some(vec![0]),
                    Some(vec![0]),
                    Some(vec![0, 2]),
                    Some(vec![]),
                ],
            ),
            multi(
                "Hvilke har du informert brukere om?",
                &options,
                vec![Some(vec![0, 1]), Some(vec![]), Some(vec![]), None, Some(vec![])],
            ),
        ],
    );
    let mapping: CategoryMapping = match_categories(
        &strings(&options),
        &strings(&["Besøksvenn", "Kafé og møteplass", "Kor og sang"]),
    );
    let result = funnel(&offers, &RowMask::all(6), &staff, &RowMask::all(5), &mapping);
    assert_eq!((result.n_known, result.n_told), (5, 4));
    let rows: Vec<(&str, usize, Option<usize>, Option<usize>)> = result
        .rows
        .iter()
        .map(|row| (row.category.as_str(), row.offers, row.known, row.told))
        .collect();
    assert_eq!(
        rows,
        [
            ("Besøksvenn", 3, Some(4), Some(1)),
            ("Kafé og møteplass", 1, Some(1), Some(1)),
            ("Kor og sang", 2, None, None),
        ]
    );
    assert_eq!(result.unmatched_options, ["Leksehjelp"]);
    let gaps: Vec<(&str, f64)> = result
        .ranked()
        .iter()
        .map(|row| (row.category.as_str(), result.gap(row).unwrap()))
        .collect();
    assert_eq!(
        gaps,
        [("Besøksvenn", 0.75), ("Kafé og møteplass", 0.75)],
        "ties go to more offers"
    );

    // Four users, asked which offers they have taken part in (one did not answer; a filter keeps three).
    let users = dataset(
        DatasetKind::Survey,
        4,
        vec![multi(
            "Hvilke tilbud har du deltatt på?",
            &["Kafé/møteplass", "Besøksvenn/besøkstjeneste"],
            vec![Some(vec![0]), Some(vec![0, 1]), None, Some(vec![])],
        )],
    );
    let reached = result.clone().with_reached(&users, &RowMask::all(4), &mapping);
    assert_eq!(reached.n_reached, 3);
    let stages: Vec<(&str, Option<usize>)> = reached
        .rows
        .iter()
        .map(|row| (row.category.as_str(), row.reached))
        .collect();
    assert_eq!(
        stages,
        [
            ("Besøksvenn", Some(1)),
            ("Kafé og møteplass", Some(2)),
            ("Kor og sang", None)
        ]
    );
    assert_eq!(reached.reached_share(&reached.rows[1]), Some(2.0 / 3.0));
    let first_two = RowMask(vec![true, true, false, false]);
    let narrowed = result.clone().with_reached(&users, &first_two, &mapping);
    assert_eq!((narrowed.n_reached, narrowed.rows[0].reached), (2, Some(1)));
    // A survey that does not ask leaves the funnel as it was.
    assert_eq!(result.clone().with_reached(&staff, &RowMask::all(5), &mapping), result);
}
