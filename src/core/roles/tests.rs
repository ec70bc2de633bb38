//! A survey's saved mapping: recognised again in next year's export, with the user's category corrections.

use crate::core::gap::MappingEntry;
use crate::core::roles::{apply_saved, column_for, Role, RoleChoice, SavedMapping};
use crate::core::Dataset;

fn demo_staff_survey() -> Dataset {
    crate::test_support::demo_files(&["elvestad-ansatte-2025.csv", "elvestad-ansatte-2025-elements.json"]).remove(0)
}

fn correction(option: &str, category: Option<&str>, by_user: bool) -> MappingEntry {
    MappingEntry {
        option: option.to_owned(),
        category: category.map(str::to_owned),
        by_user,
    }
}

#[test]
fn a_saved_mapping_fits_next_years_export_and_brings_its_category_corrections() {
    let mut this_year = demo_staff_survey();
    let district = column_for(&this_year, Role::District).unwrap().id.clone();
    // The user maps the district to no column (say the question changed meaning) and corrects a category.
    this_year.roles = vec![RoleChoice {
        role: Role::District,
        column: None,
    }];
    let known_option = crate::core::gap::survey_offer_options(&this_year)[0].clone();
    let corrections = [
        correction(&known_option, Some("Besøksvenn"), true),
        // Another survey's option, and an automatic match: neither belongs to this survey's mapping.
        correction("Leksehjelp", Some("Kultur og underholdning"), true),
        correction(&known_option, Some("Turgruppe"), false),
    ];
    let saved = SavedMapping::of(&this_year, &corrections);
    assert_eq!(saved.categories, [corrections[0].clone()]);

    // Next year: a question is added and the free-text comment is dropped.
    let mut next_year = demo_staff_survey();
    let comment = next_year.columns.iter().position(|c| c.id == "kommentar").unwrap();
    next_year.columns.remove(comment);
    let mut added = next_year.columns[0].clone();
    added.id = "ny_sporsmal_2026".into();
    next_year.columns.push(added);
    // What was worked out from the columns as read goes with them (as when the app changes a dataset).
    next_year.derived = Default::default();
    assert!(saved.fits(&next_year));
    let applied = apply_saved(&mut next_year, std::slice::from_ref(&saved)).unwrap();
    assert_eq!(applied.categories, [corrections[0].clone()]);
    assert_eq!(next_year.roles, saved.roles);
    assert!(
        column_for(&next_year, Role::District).is_none(),
        "{district} is no longer the district"
    );

    // A survey the user has mapped by hand keeps its own mapping.
    assert!(apply_saved(&mut next_year, std::slice::from_ref(&saved)).is_none());

    // Another survey altogether is not taken for it: half its columns are new.
    let mut other = demo_staff_survey();
    for column in other.columns.iter_mut().step_by(2) {
        column.id.push_str("_annen");
    }
    other.derived = Default::default();
    assert!(!saved.fits(&other));
}

#[test]
fn an_old_saved_mapping_without_categories_still_reads() {
    let json = r#"[{"kind":"Survey","columns":["a","b"],"roles":[]}]"#;
    let saved: Vec<SavedMapping> = serde_json::from_str(json).unwrap();
    assert!(saved[0].categories.is_empty());
}

#[test]
fn the_proposal_follows_role_choices_changed_in_place() {
    let mut survey = demo_staff_survey();
    let district = column_for(&survey, Role::District).unwrap().id.clone();
    let unit = column_for(&survey, Role::Unit).unwrap().id.clone();
    // Worked out once, the proposal is kept; a change of the user's choices is seen all the same.
    survey.roles = vec![RoleChoice {
        role: Role::District,
        column: None,
    }];
    assert!(column_for(&survey, Role::District).is_none());
    survey.roles = vec![RoleChoice {
        role: Role::District,
        column: Some(unit.clone()),
    }];
    assert_eq!(column_for(&survey, Role::District).unwrap().id, unit);
    assert_ne!(column_for(&survey, Role::Unit).map(|column| &column.id), Some(&unit));
    survey.roles.clear();
    assert_eq!(column_for(&survey, Role::District).unwrap().id, district);
    assert_eq!(column_for(&survey, Role::Unit).unwrap().id, unit);
}
