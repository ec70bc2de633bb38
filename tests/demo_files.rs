//! The embedded demo: regenerating it gives the committed files byte for byte, and reading it through the
//! same import path a user's file takes gives the municipality DEMO.md specifies.
//!
//! Regenerate after changing the generator: `UPDATE_DEMO=1 cargo test --test demo_files` (or `./dev demo`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "demo/generate.rs"]
mod generate;

use std::path::PathBuf;

use brobygger::core::analysis::{distribution, RowMask};
use brobygger::core::overview::{icnpo_distribution, key_figures};
use brobygger::core::roles::{column_for, survey_side};
use brobygger::core::{orgnr, ColumnData, Dataset, DatasetKind, Encoding, Role, SurveySide};
use brobygger::io::{read_batch, InputFile, Warning};

fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/demo")
}

#[test]
fn demo_files_are_reproducible() {
    let files = generate::generate();
    let update = std::env::var_os("UPDATE_DEMO").is_some();
    if update {
        std::fs::create_dir_all(demo_dir()).unwrap();
    }
    for file in &files {
        let path = demo_dir().join(file.name);
        if update {
            std::fs::write(&path, &file.bytes).unwrap();
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_else(|error| {
            panic!(
                "{}: {error} (run `UPDATE_DEMO=1 cargo test --test demo_files`)",
                path.display()
            )
        });
        assert!(
            committed == file.bytes,
            "{} differs from what the generator writes (run `UPDATE_DEMO=1 cargo test --test demo_files`)",
            file.name
        );
    }
    // Regenerating twice in one process gives the same bytes too (no clock, no hash-map order).
    let again = generate::generate();
    for (first, second) in files.iter().zip(&again) {
        assert!(first.bytes == second.bytes, "{} is not deterministic", first.name);
    }
}

fn load_demo() -> Vec<Dataset> {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(demo_dir().join(generate::MANIFEST)).unwrap()).unwrap();
    let files: Vec<InputFile> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| {
            let name = name.as_str().unwrap().to_owned();
            let bytes = std::fs::read(demo_dir().join(&name)).unwrap();
            InputFile::new(name, bytes)
        })
        .collect();
    read_batch(&files)
        .into_iter()
        .map(|(name, result)| {
            let parsed = result.unwrap_or_else(|error| panic!("{name}: {error}"));
            assert!(
                parsed
                    .warnings
                    .iter()
                    .all(|w| !matches!(w, Warning::LabelsMissing | Warning::UnknownCode { .. })),
                "{name}: {:?}",
                parsed.warnings
            );
            parsed.dataset
        })
        .collect()
}

fn find<'a>(datasets: &'a [Dataset], name: &str) -> &'a Dataset {
    datasets
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("{name} not loaded"))
}

fn share_of(dataset: &Dataset, role: Role, option: &str) -> f64 {
    let column = column_for(dataset, role).unwrap_or_else(|| panic!("no column for {role:?}"));
    let result = distribution(column, &RowMask::all(dataset.n_rows)).unwrap();
    result
        .bars
        .iter()
        .find(|bar| bar.label == option)
        .unwrap_or_else(|| panic!("no option {option}"))
        .share
}

#[test]
fn the_demo_loads_as_five_datasets_of_the_right_kinds_and_formats() {
    let datasets = load_demo();
    let summary: Vec<(&str, &str, &str, String)> = datasets
        .iter()
        .map(|d| {
            (
                d.name.as_str(),
                d.kind.id(),
                d.source.encoding.id(),
                d.source.delimiter_id(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("elvestad-enheter.csv", "register", "utf-8", ",".to_owned()),
            ("elvestad-postnummer.csv", "table", "utf-8", ";".to_owned()),
            ("elvestad-ansatte-2025.csv", "survey", "utf-8", ";".to_owned()),
            ("elvestad-organisasjoner-2025.xlsx", "survey", "xlsx", String::new()),
            ("elvestad-tilbud.csv", "offers", "windows-1252", ";".to_owned()),
        ]
    );
}

#[test]
fn the_register_is_enhetsregisteret_shaped_with_valid_numbers_and_icnpo_like_drammen() {
    let datasets = load_demo();
    let register = find(&datasets, generate::REGISTER);
    assert_eq!(register.n_rows, 1400);
    assert_eq!(
        register.source.n_source_cols, 96,
        "90 Enhetsregisteret columns and 6 ICNPO columns"
    );
    let ColumnData::Id(numbers) = &register.column("organisasjonsnummer").unwrap().data else {
        panic!("organisation numbers should be typed as ids");
    };
    assert!(numbers.iter().all(|n| n.as_deref().is_some_and(orgnr::is_valid)));
    let unique: std::collections::HashSet<_> = numbers.iter().collect();
    assert_eq!(unique.len(), 1400);
    // E-mail addresses are personal data until the user says otherwise.
    let dropped: Vec<&str> = register.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(dropped, ["epostadresse", "telefon", "mobil"]);
    assert!(register.column("epostadresse").is_none());

    let icnpo = icnpo_distribution(register, &RowMask::all(register.n_rows), |g| g.to_string()).unwrap();
    let in_fvr = icnpo.n as f64 / 1400.0;
    assert!(
        (0.6..0.72).contains(&in_fvr),
        "two thirds registered in Frivillighetsregisteret, got {in_fvr}"
    );
    let share = |group: &str| icnpo.bars.iter().find(|b| b.key == group).unwrap().share;
    for (group, low, high) in [
        ("1", 0.58, 0.75),
        ("13", 0.07, 0.16),
        ("4", 0.06, 0.15),
        ("14", 0.05, 0.13),
        ("3", 0.01, 0.06),
    ] {
        assert!((low..high).contains(&share(group)), "ICNPO {group}: {}", share(group));
    }
    assert_eq!(
        icnpo.bars.iter().find(|b| b.key == "8").unwrap().count,
        3,
        "three volunteer centres"
    );
}

#[test]
fn the_staff_survey_has_sixty_units_and_the_seeds_patterns() {
    let datasets = load_demo();
    let staff = find(&datasets, generate::STAFF);
    assert_eq!(survey_side(staff), Some(SurveySide::Staff));
    assert_eq!(staff.n_rows, 60);
    let unit_types = column_for(staff, Role::UnitType).unwrap();
    let counts: Vec<(String, usize)> = distribution(unit_types, &RowMask::all(60))
        .unwrap()
        .bars
        .into_iter()
        .map(|bar| (bar.label, bar.count))
        .collect();
    let expected: Vec<(String, usize)> = generate::UNIT_TYPES
        .iter()
        .map(|(name, n)| ((*name).to_owned(), *n))
        .collect();
    assert_eq!(counts, expected);
    assert_eq!(
        column_for(staff, Role::District).unwrap().data.options(),
        generate::DISTRICTS
    );

    // Partners: kindergartens first, then schools; the church about half.
    assert!((share_of(staff, Role::Partners, "Barnehager") - 47.0 / 60.0).abs() < 1e-9);
    assert!((share_of(staff, Role::Partners, "Skoler") - 0.70).abs() < 1e-9);
    assert!((share_of(staff, Role::Partners, "Den norske kirke/menigheter") - 0.50).abs() < 1e-9);
    // Roles: bridge-builder 20, group activity 18, meeting places 17.
    let roles = distribution(column_for(staff, Role::UnitRoles).unwrap(), &RowMask::all(60)).unwrap();
    let role_counts: Vec<usize> = roles.bars.iter().take(3).map(|b| b.count).collect();
    assert_eq!(role_counts, [20, 18, 17]);
    // Over half with 50–100 % follow-up; six with their own budget.
    assert!(share_of(staff, Role::FollowUpFte, "50–100 %") > 0.5);
    let budget = distribution(column_for(staff, Role::Budget).unwrap(), &RowMask::all(60)).unwrap();
    assert_eq!(budget.bars[0].count, 6);
    // The planted gaps: visiting friends and transport are known by few and told by fewer.
    assert!((share_of(staff, Role::OffersKnown, "Transport til aktiviteter") - 0.30).abs() < 1e-9);
    assert!(share_of(staff, Role::OffersTold, "Transport til aktiviteter") < 0.1);
    assert!(share_of(staff, Role::OffersTold, "Besøksvenn/besøkstjeneste") <= 0.1);
    // Every role the analyses need is found from the question texts.
    for role in [
        Role::Unit,
        Role::UnitType,
        Role::District,
        Role::RespondentRole,
        Role::Partners,
        Role::Formality,
        Role::UnitRoles,
        Role::FollowUpFte,
        Role::Budget,
        Role::Challenges,
        Role::Opportunities,
        Role::OffersKnown,
        Role::OffersTold,
        Role::PartnerOrganisations,
    ] {
        assert!(column_for(staff, role).is_some(), "{role:?}");
    }
}

#[test]
fn the_organisation_survey_is_a_forms_export_with_the_shared_options() {
    let datasets = load_demo();
    let orgs = find(&datasets, generate::ORGANISATIONS);
    assert_eq!(survey_side(orgs), Some(SurveySide::Organisations));
    assert_eq!(orgs.n_rows, 120);
    assert_eq!(orgs.source.encoding, Encoding::Xlsx);
    let dropped: Vec<&str> = orgs.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(dropped, ["E-postadresse", "Navn"]);
    let wants = column_for(orgs, Role::Opportunities).unwrap();
    assert!(matches!(wants.data, ColumnData::MultiChoice { .. }));
    // Organisations that ticked nothing left the question unanswered; shares are of those who answered.
    let contact_point = share_of(orgs, Role::Opportunities, "Fast kontaktpunkt («én dør inn»)");
    let information = share_of(orgs, Role::Opportunities, "Informasjon om tilbud og arrangementer");
    assert!((0.74..0.80).contains(&contact_point), "{contact_point}");
    assert!((0.69..0.75).contains(&information), "{information}");
    assert!(column_for(orgs, Role::Volunteers).is_some());
    assert!(column_for(orgs, Role::OrgName).is_some());
}

#[test]
fn the_offer_catalogue_is_windows_1252_with_decimal_commas_and_the_planted_counts() {
    let datasets = load_demo();
    let offers = find(&datasets, generate::OFFERS);
    assert_eq!(offers.kind, DatasetKind::Offers);
    assert_eq!(offers.n_rows, 150);
    let ColumnData::Number(hours) = &offers.column("Varighet i timer").unwrap().data else {
        panic!("durations with decimal commas should be numbers");
    };
    assert!(hours.contains(&Some(1.5)));
    let category = column_for(offers, Role::OfferCategory).unwrap();
    let result = distribution(category, &RowMask::all(150)).unwrap();
    let visiting = result.bars.iter().find(|b| b.label == "Besøksvenn").unwrap();
    assert_eq!(visiting.count, 14);
    assert!(offers
        .source
        .preview
        .iter()
        .flatten()
        .any(|cell| cell.contains('ø') || cell.contains('å')));
}

#[test]
fn key_figures_of_the_demo() {
    let figures = key_figures(&load_demo());
    assert_eq!(figures.register_orgs, Some(1400));
    assert_eq!(figures.staff_respondents, Some(60));
    assert_eq!(figures.org_respondents, Some(120));
    assert_eq!(figures.offers, Some(150));
    let health_social = figures.register_health_social.unwrap();
    assert!((80..200).contains(&health_social), "{health_social}");
}
