//! Completeness of the translations and the browser-preference rule.

use crate::core::DatasetKind;
use crate::i18n::{icnpo_group, import_result, t, Key, Lang};

#[test]
fn every_key_has_a_real_text_in_every_language() {
    for &key in Key::ALL {
        for lang in Lang::ALL {
            let text = t(lang, key);
            assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
            assert_eq!(text, text.trim(), "{key:?} has stray whitespace in {lang:?}");
            assert!(!text.contains("TODO") && !text.contains("FIXME"), "{key:?} in {lang:?}");
        }
    }
}

#[test]
fn each_language_is_its_own_translation() {
    // A language copied from another would show up as identical texts for most sentences.
    for lang in Lang::ALL {
        for other in Lang::ALL.into_iter().filter(|other| *other != lang) {
            let n_same = Key::ALL.iter().filter(|&&key| t(lang, key) == t(other, key)).count();
            let n_sentences = Key::ALL.iter().filter(|&&key| t(lang, key).contains(' ')).count();
            assert!(n_same * 2 < n_sentences, "{lang:?} and {other:?} share {n_same} texts");
        }
    }
}

#[test]
fn icnpo_groups_are_named_in_every_language() {
    for group in 1..=14 {
        for lang in Lang::ALL {
            assert_ne!(icnpo_group(lang, group), group.to_string());
        }
    }
}

#[test]
fn browser_preferences_pick_the_first_supported_language() {
    assert_eq!(Lang::from_preferences(&["de-DE", "nn-NO", "nb"]), Some(Lang::Nn));
    assert_eq!(Lang::from_preferences(&["no"]), Some(Lang::Nb));
    assert_eq!(Lang::from_preferences(&["sv-FI"]), Some(Lang::Sv));
    assert_eq!(Lang::from_preferences(&["fr"]), None);
    assert_eq!(Lang::from_code("da"), Some(Lang::Da));
}

#[test]
fn the_import_result_names_each_file_its_kind_and_rows() {
    let read = [("ansatte.csv".to_owned(), DatasetKind::Survey, 1393)];
    assert_eq!(
        import_result(Lang::Nb, &read, 0),
        "Lest inn ansatte.csv (spørreundersøkelse, 1\u{a0}393 rader)."
    );
    assert_eq!(
        import_result(Lang::En, &read, 2),
        "Read ansatte.csv (survey, 1,393 rows). 2 files could not be read; see the messages below."
    );
    assert_eq!(
        import_result(Lang::Da, &[], 1),
        "1 fil kunne ikke læses, se meddelelsen nedenfor."
    );
    for lang in Lang::ALL {
        assert!(import_result(lang, &read, 1).contains("ansatte.csv"));
    }
}

#[test]
fn domain_words_are_the_ones_each_language_uses() {
    // The words municipalities use themselves (a Danish frivilligkoordinator, a Swedish volontärsamordnare),
    // not word-for-word translations of the Norwegian.
    let expected: [(Key, [&str; 5]); 4] = [
        (
            Key::FooterAbout,
            [
                "frivillighetskoordinator",
                "frivilligkoordinator",
                "frivilligkoordinator",
                "volontärsamordnare",
                "volunteer coordinator",
            ],
        ),
        (
            Key::FooterAbout,
            [
                "dialogmøte",
                "dialogmøte",
                "dialogmøde",
                "dialogmöte",
                "dialogue meeting",
            ],
        ),
        (
            Key::PresentHeading,
            [
                "dialogmøte",
                "dialogmøte",
                "dialogmøde",
                "dialogmöte",
                "dialogue meeting",
            ],
        ),
        (Key::KindOffers, ["Tilbud", "Tilbod", "Tilbud", "Aktivitet", "Offer"]),
    ];
    for (key, words) in expected {
        for (lang, word) in Lang::ALL.into_iter().zip(words) {
            assert!(
                t(lang, key).contains(word),
                "{key:?} in {lang:?} should say {word}: {}",
                t(lang, key)
            );
        }
    }
}

#[test]
fn each_language_gets_its_own_text() {
    // The texts are looked up by `Lang`'s order: every language must find its own column.
    let texts: Vec<&str> = [Lang::Nb, Lang::Nn, Lang::Da, Lang::Sv, Lang::En]
        .into_iter()
        .map(|lang| t(lang, Key::SkipToContent))
        .collect();
    assert_eq!(
        texts,
        [
            "Hopp til hovedinnhold",
            "Hopp til hovudinnhald",
            "Spring til hovedindhold",
            "Hoppa till huvudinnehåll",
            "Skip to main content"
        ]
    );
}

#[test]
fn the_largest_category_is_not_called_a_majority() {
    // 30 % is the largest share, not «most of them»: every language says «the most» (flest), not «most».
    for lang in Lang::ALL {
        let categories = crate::i18n::icnpo_summary(lang, ("Kultur og fritid", 0.3), 18, 597);
        let areas = crate::i18n::by_area_summary(lang, "Vest", 134, 0.22, 597);
        for text in [categories, areas] {
            for majority in ["De fleste", "Dei fleste", "De flesta", "Most "] {
                assert!(!text.contains(majority), "{lang:?}: {text}");
            }
        }
    }
}

#[test]
fn a_category_that_holds_every_organisation_shown_is_said_to_hold_all() {
    // Filtered to «kultur og fritid», the chart shows it at 100 %: «the most» would say nothing.
    let nb = crate::i18n::icnpo_summary(Lang::Nb, ("Kultur og fritid", 1.0), 3, 420);
    assert_eq!(
        nb,
        "Alle de 420 organisasjonene som vises, driver med kultur og fritid. 3 arbeider med helse eller sosiale tjenester."
    );
    for lang in Lang::ALL {
        let text = crate::i18n::icnpo_summary(lang, ("Kultur og fritid", 1.0), 3, 420);
        assert!(text.contains("420") && !text.contains("100"), "{lang:?}: {text}");
    }
}
