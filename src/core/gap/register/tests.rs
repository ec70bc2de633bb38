//! The demo register read as an offer catalogue, and the demo survey's options matched to its categories.

use crate::core::gap::register::{match_register_categories, offers_from_register};
use crate::core::gap::{offers_per_category, survey_offer_options};
use crate::core::RowMask;
use crate::test_support::demo_files as demo;

#[test]
fn the_register_read_as_a_catalogue_counts_its_organisations_per_category() {
    let register = demo(&["elvestad-enheter.csv"]).remove(0);
    let offers = offers_from_register(&register).expect("the demo register has ICNPO categories");
    assert_eq!(offers.dataset.n_rows, register.n_rows);
    // Counted in the demo file: organisations with each code in any of their three ICNPO columns.
    let counts = offers_per_category(&offers.dataset, &RowMask::all(register.n_rows));
    assert_eq!(
        counts,
        [
            ("Kunst og kultur".to_owned(), 221),
            ("Idrett".to_owned(), 212),
            ("Rekreasjon og sosiale foreninger".to_owned(), 164),
            ("Andre helsetjenester".to_owned(), 21),
            ("Sosiale tjenester".to_owned(), 70),
            ("Krisehjelp og støttearbeid".to_owned(), 5),
            ("Økonomisk og materiell støtte".to_owned(), 8),
            ("Frivillighetssentraler".to_owned(), 3),
            ("Mangfold og inkludering".to_owned(), 62),
        ]
    );
    assert_eq!(offers.codes[0], "01100");
    // Worked out once: the same value on the second call.
    assert!(std::ptr::eq(offers, offers_from_register(&register).unwrap()));
}

#[test]
fn survey_options_find_the_category_their_kind_of_offer_is_run_in() {
    let datasets = demo(&[
        "elvestad-enheter.csv",
        "elvestad-ansatte-2025.csv",
        "elvestad-ansatte-2025-elements.json",
    ]);
    let offers = offers_from_register(&datasets[0]).unwrap();
    let options = survey_offer_options(&datasets[1]);
    let mapping = match_register_categories(&options, offers);
    assert_eq!(
        mapping.pairs(),
        [
            ("Kafé/møteplass", Some("Rekreasjon og sosiale foreninger")),
            ("Kultur og underholdning", Some("Kunst og kultur")),
            ("Turgrupper", Some("Idrett")),
            ("Trening og fysisk aktivitet", Some("Idrett")),
            ("Praktisk hjelp i hjemmet", Some("Sosiale tjenester")),
            ("Besøksvenn/besøkstjeneste", Some("Sosiale tjenester")),
            ("Transport til aktiviteter", Some("Sosiale tjenester")),
            ("Digital hjelp (nettbrett, mobil)", Some("Sosiale tjenester")),
            ("Sorggrupper", Some("Krisehjelp og støttearbeid")),
            ("Måltidsvenn", Some("Sosiale tjenester")),
        ]
    );
    assert!(mapping.entries.iter().all(|entry| !entry.by_user));
}

#[test]
fn a_register_without_icnpo_categories_is_no_catalogue() {
    let mut register = demo(&["elvestad-enheter.csv"]).remove(0);
    register.columns.retain(|column| !column.id.contains("icnpo"));
    register.derived = Default::default();
    assert!(offers_from_register(&register).is_none());
}
