//! Likert scales: answer options that have an order (disagree → agree, never → always) are recognised in
//! the five languages, so that charts list them in scale order rather than in order of first appearance.

/// Scales, each as levels from the lowest to the highest; each level lists its wordings (lower case).
const SCALES: &[&[&[&str]]] = &[
    // Agreement.
    &[
        &[
            "helt uenig",
            "svært uenig",
            "heilt usamd",
            "heilt ueinig",
            "meget uenig",
            "fuldstændig uenig",
            "helt oenig",
            "mycket oenig",
            "tar helt avstånd",
            "strongly disagree",
        ],
        &[
            "delvis uenig",
            "litt uenig",
            "uenig",
            "delvis usamd",
            "litt usamd",
            "usamd",
            "ueinig",
            "noget uenig",
            "delvis oenig",
            "oenig",
            "tar delvis avstånd",
            "disagree",
            "somewhat disagree",
        ],
        &[
            "verken enig eller uenig",
            "hverken enig eller uenig",
            "nøytral",
            "verken samd eller usamd",
            "korkje samd eller usamd",
            "varken enig eller oenig",
            "varken instämmer eller tar avstånd",
            "neither agree nor disagree",
            "neutral",
        ],
        &[
            "delvis enig",
            "litt enig",
            "enig",
            "delvis samd",
            "litt samd",
            "samd",
            "einig",
            "noget enig",
            "instämmer delvis",
            "agree",
            "somewhat agree",
        ],
        &[
            "helt enig",
            "svært enig",
            "heilt samd",
            "heilt einig",
            "meget enig",
            "fuldstændig enig",
            "instämmer helt",
            "helt överens",
            "strongly agree",
        ],
    ],
    // Satisfaction.
    &[
        &[
            "svært misfornøyd",
            "svært misnøgd",
            "meget utilfreds",
            "mycket missnöjd",
            "very dissatisfied",
        ],
        &["misfornøyd", "misnøgd", "utilfreds", "missnöjd", "dissatisfied"],
        &[
            "verken fornøyd eller misfornøyd",
            "korkje nøgd eller misnøgd",
            "hverken tilfreds eller utilfreds",
            "varken nöjd eller missnöjd",
            "neither satisfied nor dissatisfied",
        ],
        &["fornøyd", "nøgd", "tilfreds", "nöjd", "satisfied"],
        &[
            "svært fornøyd",
            "svært nøgd",
            "meget tilfreds",
            "mycket nöjd",
            "very satisfied",
        ],
    ],
    // Extent.
    &[
        &[
            "ikke i det hele tatt",
            "ikkje i det heile",
            "slet ikke",
            "inte alls",
            "not at all",
        ],
        &[
            "i svært liten grad",
            "i meget lav grad",
            "i mycket liten utsträckning",
            "to a very small extent",
        ],
        &[
            "i liten grad",
            "i lav grad",
            "i liten utsträckning",
            "to a small extent",
        ],
        &[
            "i noen grad",
            "i nokon grad",
            "i nogen grad",
            "i viss grad",
            "i viss utsträckning",
            "to some extent",
        ],
        &["i stor grad", "i høj grad", "i stor utsträckning", "to a large extent"],
        &[
            "i svært stor grad",
            "i meget høj grad",
            "i mycket stor utsträckning",
            "to a very large extent",
        ],
    ],
    // Frequency.
    &[
        &["aldri", "aldrig", "never"],
        &["sjelden", "sjeldan", "sjældent", "sällan", "rarely"],
        &["av og til", "nogle gange", "ibland", "sometimes"],
        &["ofte", "ofta", "often"],
        &["alltid", "altid", "always"],
    ],
];

/// Answers outside the scale, listed after it.
const OUTSIDE: &[&str] = &[
    "vet ikke",
    "veit ikkje",
    "ved ikke",
    "vet inte",
    "don't know",
    "do not know",
    "ikke relevant",
    "ikkje relevant",
    "ikke aktuelt",
    "ikkje aktuelt",
    "ej relevant",
    "ikke relevant for meg",
    "not applicable",
    "n/a",
];

/// Orders `options` along the scale they belong to, answers such as "vet ikke" last; `None` when they
/// are not (at least three levels of) one known scale.
pub fn order<'a>(options: &[&'a str]) -> Option<Vec<&'a str>> {
    let lower: Vec<String> = options
        .iter()
        .map(|option| crate::core::case::lowercase(option.trim()))
        .collect();
    SCALES.iter().find_map(|scale| {
        let level_of = |text: &str| scale.iter().position(|level| level.contains(&text));
        let mut on_scale: Vec<(usize, &'a str)> = Vec::new();
        let mut outside: Vec<&'a str> = Vec::new();
        for (option, text) in options.iter().zip(&lower) {
            match level_of(text) {
                Some(level) => on_scale.push((level, option)),
                None if OUTSIDE.contains(&text.as_str()) => outside.push(option),
                None => return None,
            }
        }
        if on_scale.len() < 3 {
            return None;
        }
        crate::core::sorting::sort_by_key(&mut on_scale, |(level, _)| *level);
        Some(on_scale.into_iter().map(|(_, option)| option).chain(outside).collect())
    })
}

/// Whether a single-choice question's options form a Likert scale.
pub fn is_likert(options: &[String]) -> bool {
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    order(&options).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_ordered_from_low_to_high_in_every_language() {
        assert_eq!(
            order(&[
                "Helt enig",
                "Vet ikke",
                "Helt uenig",
                "Delvis enig",
                "Verken enig eller uenig"
            ]),
            Some(vec![
                "Helt uenig",
                "Verken enig eller uenig",
                "Delvis enig",
                "Helt enig",
                "Vet ikke"
            ])
        );
        assert_eq!(
            order(&["Ofte", "Aldri", "Av og til"]),
            Some(vec!["Aldri", "Av og til", "Ofte"])
        );
        assert_eq!(
            order(&["mycket nöjd", "missnöjd", "nöjd"]),
            Some(vec!["missnöjd", "nöjd", "mycket nöjd"])
        );
        assert_eq!(
            order(&["To a large extent", "To some extent", "Not at all"]),
            Some(vec!["Not at all", "To some extent", "To a large extent"])
        );
    }

    #[test]
    fn other_options_are_not_a_scale() {
        assert_eq!(order(&["Nord", "Sør", "Øst"]), None);
        assert_eq!(
            order(&["Enig", "Helt enig"]),
            None,
            "two levels are too few to call a scale"
        );
        assert_eq!(order(&["Helt enig", "Enig", "Uenig", "Kanskje"]), None);
        assert!(is_likert(&["Aldri".into(), "Sjelden".into(), "Ofte".into()]));
    }
}
