//! The Overview's figures on the demo, read through the same import path the app uses.

use crate::core::Dataset;
use crate::i18n::Lang;
use crate::io::{read_batch, InputFile};
use crate::report::overview::{icnpo_categories, partner_types, unit_partner_matrix};

fn demo() -> Vec<Dataset> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/demo");
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    let files: Vec<InputFile> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| {
            let name = name.as_str().unwrap().to_owned();
            InputFile {
                bytes: std::fs::read(dir.join(&name)).unwrap(),
                name,
            }
        })
        .collect();
    read_batch(&files)
        .into_iter()
        .map(|(_, result)| result.unwrap().dataset)
        .collect()
}

#[test]
fn partner_types_states_its_finding_in_words_and_numbers() {
    let figure = partner_types(&demo(), Lang::Nb, 5).unwrap();
    assert_eq!(figure.id, "partner-types");
    assert_eq!(figure.n, 60);
    assert_eq!(
        figure.summary,
        "Barnehager er den vanligste samarbeidspartneren: 78\u{a0}% av de 60 enhetene som svarte, \
         samarbeider med barnehager. Deretter kommer skoler med 70\u{a0}%."
    );
    assert_eq!(figure.chart.marks.len(), 10);
    assert_eq!(figure.chart.marks[0].key, "Barnehager");
    assert_eq!(figure.mark_texts[0], "Barnehager: 47 av 60 (78\u{a0}%)");
    assert_eq!(figure.table.rows[0][1].text, "47");
    assert!(figure.caption.contains("elvestad-ansatte-2025.csv"));
}

#[test]
fn partner_types_in_english() {
    let figure = partner_types(&demo(), Lang::En, 5).unwrap();
    assert!(figure
        .summary
        .starts_with("Barnehager are the most common partner: 78% of the 60 responding units"));
    assert_eq!(figure.title, "Who do the units collaborate with?");
}

#[test]
fn the_matrix_hides_the_small_unit_type_and_one_more() {
    let figure = unit_partner_matrix(&demo(), Lang::Nb, 5).unwrap();
    assert_eq!(figure.n, 60);
    // Psykisk helse og rus has 4 units; the next smallest type (dagsenter, 10) is hidden with it so that
    // neither can be worked out from the totals in partner-types.
    let hidden_columns: Vec<&str> = figure.table.headers[1..]
        .iter()
        .zip(&figure.table.rows[0][1..])
        .filter(|(_, cell)| cell.suppressed)
        .map(|(header, _)| header.as_str())
        .collect();
    assert_eq!(
        hidden_columns,
        ["Dagsenter/aktivitetssenter (n = 10)", "Psykisk helse og rus (n < 5)"]
    );
    assert!(figure
        .table
        .rows
        .iter()
        .all(|row| row[3].suppressed && row[5].suppressed));
    assert!(figure
        .table
        .rows
        .iter()
        .all(|row| !row[1].suppressed && !row[2].suppressed && !row[4].suppressed));
    assert!(figure.summary.contains("2 tjenestetyper vises ikke"));
    assert_eq!(figure.chart.marks.len(), 50);
    assert!(!figure.chart.svg.contains(">4<"), "no hidden count is drawn");
}

#[test]
fn the_threshold_is_adjustable() {
    let figure = unit_partner_matrix(&demo(), Lang::Nb, 3).unwrap();
    assert!(figure.table.rows.iter().flatten().all(|cell| !cell.suppressed));
}

#[test]
fn icnpo_categories_lead_with_culture_and_count_health_and_social() {
    let figure = icnpo_categories(&demo(), Lang::Nb).unwrap();
    assert_eq!(figure.chart.marks[0].key, "1");
    assert!(figure.summary.starts_with("De fleste av de "));
    assert!(figure.summary.contains("driver med kultur og rekreasjon"));
    assert_eq!(
        figure.table.rows.len(),
        14,
        "the table lists every group, even empty ones"
    );
    let english = icnpo_categories(&demo(), Lang::En).unwrap();
    assert_eq!(english.table.rows[2][0].text, "Health");
}

#[test]
fn nothing_is_drawn_without_data() {
    let empty: Vec<Dataset> = Vec::new();
    assert!(partner_types(&empty, Lang::Nb, 5).is_none());
    assert!(unit_partner_matrix(&empty, Lang::Nb, 5).is_none());
    assert!(icnpo_categories(&empty, Lang::Nb).is_none());
}
