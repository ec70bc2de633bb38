//! Chart output checked as SVG text: deterministic, accessible, escaped, with a mark per bar or cell.

use expect_test::expect;

use crate::charts::{bar_chart, heatmap, BarChart, BarRow, Heatmap, HeatmapCell};

fn rows() -> Vec<BarRow> {
    vec![
        BarRow {
            key: "Barnehager".into(),
            label: "Barnehager".into(),
            value: Some(0.78),
            value_label: "78 %".into(),
        },
        BarRow {
            key: "<script>alert(1)</script>".into(),
            label: "<script>alert(1)</script> & \"venner\"".into(),
            value: Some(0.1),
            value_label: "10 %".into(),
        },
        BarRow {
            key: "Liten".into(),
            label: "Liten gruppe".into(),
            value: None,
            value_label: "< 5".into(),
        },
    ]
}

fn small_bar_chart() -> crate::charts::Chart {
    let rows = rows();
    bar_chart(&BarChart {
        chart_id: "partner-types".into(),
        title: "Hvem samarbeider <enhetene> med?".into(),
        rows,
        max_value: 1.0,
        width: 600,
    })
    .unwrap()
}

#[test]
fn bar_chart_is_deterministic_and_has_one_mark_per_row() {
    let chart = small_bar_chart();
    assert_eq!(chart, small_bar_chart());
    let keys: Vec<&str> = chart.marks.iter().map(|mark| mark.key.as_str()).collect();
    assert_eq!(keys, ["Barnehager", "<script>alert(1)</script>", "Liten"]);
    // Rows stack without gaps or overlap.
    for pair in chart.marks.windows(2) {
        assert_eq!(pair[0].y + pair[0].height, pair[1].y);
    }
}

#[test]
fn svg_is_accessible_and_data_text_is_escaped() {
    let svg = small_bar_chart().svg;
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains(r#"role="img" aria-labelledby="partner-types-svg-title""#));
    assert!(svg.contains(r#"<title id="partner-types-svg-title">Hvem samarbeider &lt;enhetene&gt; med?</title>"#));
    assert!(!svg.contains("<script"), "a label from a file must never become markup");
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn bar_lengths_follow_the_values() {
    let svg = small_bar_chart().svg;
    // Bars are drawn in the accent colour; the 78 % bar is 7.8 times the 10 % bar.
    let widths: Vec<f64> = svg
        .lines()
        .filter(|line| line.starts_with("<rect") && line.contains(r##"fill="#0072B2""##))
        .map(|line| {
            let width = line.split("width=\"").nth(1).unwrap().split('"').next().unwrap();
            width.parse().unwrap()
        })
        .collect();
    assert_eq!(widths.len(), 2);
    assert!((widths[0] / widths[1] - 7.8).abs() < 0.15, "{widths:?}");
}

#[test]
fn heatmap_snapshot() {
    let row_labels = vec!["Barnehager".to_owned()];
    let column_labels = vec![
        ("Sykehjem".to_owned(), "n = 14".to_owned()),
        ("Psykisk helse og rus".to_owned(), "n < 5".to_owned()),
    ];
    let cells = vec![vec![
        HeatmapCell {
            key: "Sykehjem|Barnehager".into(),
            share: Some(0.93),
            text: "93 %".into(),
        },
        HeatmapCell {
            key: "Psykisk helse og rus|Barnehager".into(),
            share: None,
            text: "< 5".into(),
        },
    ]];
    let chart = heatmap(&Heatmap {
        chart_id: "m".into(),
        title: "Matrise".into(),
        row_labels,
        column_labels,
        cells,
        width: 480,
    })
    .unwrap();
    assert_eq!(chart.marks.len(), 2);
    let texts: Vec<&str> = chart.svg.lines().filter(|line| !line.starts_with('<')).collect();
    expect![[r#"
        Sykehjem
        n = 14
        Psykisk helse og
        rus
        n &lt; 5
        Barnehager
        93 %
        &lt; 5
    "#]]
    .assert_eq(&(texts.join("\n") + "\n"));
}
