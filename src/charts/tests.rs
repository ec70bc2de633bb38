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

fn small_network(active: [bool; 4]) -> crate::charts::Chart {
    use crate::charts::{network, NetworkChart, NetworkNode, NodeShape};
    let node = |key: &str, shape, degree, active| NetworkNode {
        key: key.into(),
        label: key.into(),
        shape,
        degree,
        active,
    };
    network(&NetworkChart {
        chart_id: "collaboration-network".into(),
        title: "Nettverk".into(),
        nodes: vec![
            node("Sykehjem A", NodeShape::Unit(0), 2, active[0]),
            node("Skole B", NodeShape::Unit(1), 1, active[1]),
            node("Røde Kors <Elvestad>", NodeShape::Organisation, 2, active[2]),
            node("Kirka", NodeShape::Organisation, 1, active[3]),
        ],
        edges: vec![(0, 2), (1, 2), (0, 3)],
        legend: vec!["Sykehjem".into(), "Skole".into(), "Organisasjon".into()],
        width: 600,
    })
    .unwrap()
}

#[test]
fn a_filter_fades_the_network_by_style_and_leaves_its_drawing_as_it_was() {
    let all = small_network([true; 4]);
    let filtered = small_network([true, false, true, false]);
    // The same SVG text: the page keeps the parsed drawing and re-styles it.
    assert_eq!(all.svg, filtered.svg);
    assert_eq!(all.marks, filtered.marks);
    assert!(all.faded.is_empty() && all.fade_css(".x").is_empty());
    assert_eq!(filtered.faded, vec![1, 3]);
    assert_eq!(
        filtered.fade_css(".chart-image"),
        ".chart-image :is(.net-n1,.net-n3){opacity:.18}\
         .chart-image :is(.net-x1,.net-x3){opacity:.25;stroke-width:1px}"
    );
    // Each node's shapes carry its class, each edge its ends'; the label of the busiest organisation too,
    // and its text stays escaped.
    let svg = &all.svg;
    assert_eq!(
        svg.matches("class=\"net-n2\"").count(),
        4,
        "two circles, label box, label: {svg}"
    );
    assert_eq!(svg.matches("class=\"net-n0\"").count(), 1);
    for edge in ["net-x0 net-x2", "net-x1 net-x2", "net-x0 net-x3"] {
        assert_eq!(svg.matches(&format!("<polyline class=\"{edge}\"")).count(), 1, "{edge}");
    }
    assert!(svg.contains("Røde Kors &lt;Elvestad&gt;") && !svg.contains("<Elvestad>"));
    // Every element but the background and the legend has a class: none was skipped or shifted.
    let elements = svg.matches('<').count() - svg.matches("</").count();
    let classed = svg.matches(" class=\"net-").count();
    let unclassed = 1 + 1 + 1 + 2 * 3; // <svg>, <title>, background, legend (shape + text each)
    assert_eq!(elements, classed + unclassed, "{svg}");
}

#[test]
fn a_network_shown_alone_carries_its_own_fade() {
    let filtered = small_network([true, false, true, false]);
    let alone = filtered.standalone_svg();
    let id = alone
        .split("id=\"fade-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the root has the fade's id");
    assert!(alone.contains(&format!("<style>#fade-{id} :is(.net-n1,.net-n3){{opacity:.18}}")));
    assert_eq!(alone.matches("<svg").count(), 1);
    // Another filter, another id: two slides side by side do not fade each other.
    let other = small_network([false, true, true, true]).standalone_svg();
    assert!(!other.contains(&format!("fade-{id}")));
    // Nothing faded: the drawing as it is.
    assert_eq!(small_network([true; 4]).standalone_svg(), small_network([true; 4]).svg);
}
