//! Completeness of the translations and the browser-preference rule.

use crate::i18n::{icnpo_group, t, Key, Lang};

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
