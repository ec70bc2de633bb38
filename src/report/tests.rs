//! The figures on the demo, read through the same import path the app uses, with and without filters.

use crate::core::network::{build, Network, OrgNode, UnitNode};
use crate::core::{Dataset, Field, Filter, Role};
use crate::i18n::Lang;
use crate::report::collaboration::{
    budget, collaboration_network, follow_up_fte, partner_types, register_coverage, roles, staff_vs_organisations,
    unit_partner_matrix,
};
use crate::report::register::{icnpo_categories, register_by_area};
use crate::report::{Figure, Input, Make};
use crate::test_support::demo;

fn figure(datasets: &[Dataset], filters: &[Filter], lang: Lang, make: Make) -> Figure {
    make(&Input::new(datasets, filters, lang, 5)).expect("the demo has data for this figure")
}

fn filter(role: Role, value: &str) -> Filter {
    Filter {
        field: Field::Role(role),
        value: value.to_owned(),
    }
}

#[test]
fn partner_types_states_its_finding_in_words_and_numbers() {
    let figure = figure(&demo(), &[], Lang::Nb, partner_types);
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
    assert_eq!(figure.mark_filters[0], [filter(Role::Partners, "Barnehager")]);
    assert_eq!(figure.table.rows[0][1].text, "47");
    assert!(figure.caption.contains("elvestad-ansatte-2025.csv"));
}

#[test]
fn partner_types_in_english() {
    let figure = figure(&demo(), &[], Lang::En, partner_types);
    assert!(figure
        .summary
        .starts_with("Barnehager are the most common partner: 78% of the 60 responding units"));
    assert_eq!(figure.title, "Who do the units collaborate with?");
}

#[test]
fn a_filter_changes_n_and_shows_in_the_caption() {
    let datasets = demo();
    let filters = [filter(Role::Partners, "Barnehager")];
    let figure = figure(&datasets, &filters, Lang::Nb, roles);
    assert_eq!(figure.n, 47);
    assert!(
        figure.caption.contains("Filter: Samarbeidspartner: Barnehager"),
        "{}",
        figure.caption
    );
    assert!(figure.table.rows.iter().all(|row| !row[1].suppressed));
}

#[test]
fn a_filter_isolating_a_small_group_shows_no_numbers() {
    let datasets = demo();
    let filters = [filter(Role::UnitType, "Psykisk helse og rus")];
    let figure = figure(&datasets, &filters, Lang::Nb, roles);
    // The page's own data-n still counts the selection; what a viewer reads does not give it away.
    assert_eq!(figure.n, 4);
    assert!(figure.withheld);
    assert!(
        figure
            .caption
            .starts_with("n < 5 · Filter: Tjenestetype: Psykisk helse og rus"),
        "{}",
        figure.caption
    );
    assert!(!figure.caption.contains("n = 4"));
    assert!(figure
        .table
        .rows
        .iter()
        .all(|row| row[1].suppressed && row[2].suppressed));
    assert!(figure.summary.contains("færre enn 5"));
    assert!(figure.chart.marks.iter().all(|mark| !mark.key.is_empty()));
    // Every other chart of the same filter is suppressed too.
    for make in [follow_up_fte, budget, unit_partner_matrix] {
        let other = make(&Input::new(&datasets, &filters, Lang::Nb, 5)).unwrap();
        assert!(
            other.table.rows.iter().flatten().any(|cell| cell.suppressed),
            "{}",
            other.id
        );
        assert!(
            other
                .table
                .rows
                .iter()
                .all(|row| row[1..].iter().all(|cell| cell.suppressed)),
            "{}",
            other.id
        );
    }
}

#[test]
fn the_matrix_hides_the_small_unit_type_and_one_more() {
    let figure = figure(&demo(), &[], Lang::Nb, unit_partner_matrix);
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
    assert_eq!(
        figure.mark_filters[0],
        [filter(Role::UnitType, "Sykehjem"), filter(Role::Partners, "Barnehager")]
    );
}

#[test]
fn the_threshold_is_adjustable() {
    let figure = unit_partner_matrix(&Input::new(&demo(), &[], Lang::Nb, 3)).unwrap();
    assert!(figure.table.rows.iter().flatten().all(|cell| !cell.suppressed));
}

#[test]
fn follow_up_keeps_the_scale_order_and_says_most_use_half_or_more() {
    let figure = figure(&demo(), &[], Lang::Nb, follow_up_fte);
    let keys: Vec<&str> = figure.chart.marks.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["0 %", "Under 20 %", "20–49 %", "50–100 %"]);
    assert!(
        figure.summary.starts_with("Flest enheter bruker 50–100 % stilling"),
        "{}",
        figure.summary
    );
}

#[test]
fn staff_and_organisations_side_by_side() {
    let figure = figure(&demo(), &[], Lang::Nb, staff_vs_organisations);
    assert_eq!(figure.chart.marks.len(), 7, "the seven shared options, matched by text");
    assert_eq!(figure.chart.marks[0].key, "Fast kontaktpunkt («én dør inn»)");
    assert!(
        figure
            .summary
            .starts_with("Organisasjonene ønsker seg oftest fast kontaktpunkt"),
        "{}",
        figure.summary
    );
    assert_eq!(figure.table.headers[1..], ["Ansatte", "Organisasjoner"]);
}

#[test]
fn the_network_matches_misspelt_names_to_the_register() {
    let datasets = demo();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    let graph = build(input.staff().unwrap(), input.register()).unwrap();
    let matched = graph.orgs.iter().filter(|org| org.register_row.is_some()).count();
    assert!(
        matched * 10 >= graph.orgs.len() * 9,
        "{matched} of {} matched",
        graph.orgs.len()
    );
    let figure = collaboration_network(&input, &graph).unwrap();
    assert_eq!(figure.chart.marks.len(), graph.units.len() + graph.orgs.len());
    assert!(figure.summary.contains("organisasjoner de samarbeider mest med"));
    // A node's tooltip says its value, its share and of how many.
    let hub = figure
        .chart
        .marks
        .iter()
        .position(|mark| mark.key == "org:Elvestad Frivilligsentral")
        .unwrap();
    assert_eq!(
        figure.mark_texts[hub],
        "Elvestad Frivilligsentral: nevnt av 15 av 50 enheter (30\u{a0}%)"
    );
    assert_eq!(graph.units.len(), 50);
    let coverage = register_coverage(&input, &graph).unwrap();
    assert_eq!(coverage.chart.marks.len(), 3);
    assert!(coverage.summary.starts_with("Enhetene nevner "));
}

#[test]
fn a_network_too_large_to_read_shows_its_busiest_part_and_says_so() {
    let datasets = demo();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    // 400 units naming 250 organisations: organisation k is named by the units k, k + 1, … (fewer for larger k).
    let mut graph = Network::default();
    for unit in 0..400 {
        graph.units.push(UnitNode {
            rows: vec![unit % 60],
            label: format!("Enhet {unit}"),
            unit_type: None,
        });
    }
    for org in 0..250 {
        graph.orgs.push(OrgNode {
            name: format!("Lag {org}"),
            register_row: None,
            icnpo: Vec::new(),
        });
        for unit in (org..400).step_by(org + 1) {
            graph.edges.push((unit, org));
        }
    }
    let figure = collaboration_network(&input, &graph).unwrap();
    assert!(
        figure.chart.marks.len() <= 300,
        "{} nodes drawn",
        figure.chart.marks.len()
    );
    assert!(
        figure.notes.iter().any(|note| note.contains("tabellen har alle")),
        "{:?}",
        figure.notes
    );
    // The most named organisation is drawn; the table keeps every one.
    assert!(figure.mark_texts.iter().any(|text| text.starts_with("Lag 0")));
    assert_eq!(figure.table.rows.len(), 250);
}

#[test]
fn register_figures_by_category_and_district() {
    let datasets = demo();
    let icnpo = figure(&datasets, &[], Lang::Nb, icnpo_categories);
    assert_eq!(icnpo.chart.marks[0].key, "1");
    assert!(icnpo.summary.contains("driver med kultur og rekreasjon"));
    let english = figure(&datasets, &[], Lang::En, icnpo_categories);
    assert!(english.table.rows.iter().any(|row| row[0].text == "Health"));
    let area = figure(&datasets, &[], Lang::Nb, register_by_area);
    let mut keys: Vec<&str> = area.chart.marks.iter().map(|m| m.key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["Nord", "Sentrum", "Sør", "Vest", "Øst"]);
    assert_eq!(area.n, 1400);
    // A district filter applies to the register through the postcode table.
    let nord = figure(&datasets, &[filter(Role::District, "Nord")], Lang::Nb, icnpo_categories);
    assert!(nord.n < icnpo.n);
    // Filtered to a category, the chart says that all it shows are in it, not that it is «the most».
    let culture = Filter {
        field: Field::IcnpoGroup,
        value: "1".into(),
    };
    let culture = figure(&datasets, &[culture], Lang::Nb, icnpo_categories);
    assert!(culture.n < icnpo.n);
    let expected = format!(
        "Alle de {} organisasjonene som vises, driver med kultur og rekreasjon.",
        culture.n
    );
    assert!(culture.summary.starts_with(&expected), "{}", culture.summary);
}

#[test]
fn nothing_is_drawn_without_data() {
    let empty: Vec<Dataset> = Vec::new();
    let input = Input::new(&empty, &[], Lang::Nb, 5);
    assert!(partner_types(&input).is_none());
    assert!(unit_partner_matrix(&input).is_none());
    assert!(icnpo_categories(&input).is_none());
    assert!(staff_vs_organisations(&input).is_none());
}

#[test]
fn the_planted_gaps_rank_at_the_top() {
    let datasets = demo();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    let mapping = crate::report::gap::mapping(&input).unwrap();
    assert_eq!(mapping.category_of("Transport til aktiviteter"), Some("Skyss og følge"));
    assert_eq!(mapping.category_of("Besøksvenn/besøkstjeneste"), Some("Besøksvenn"));
    let ranking = crate::report::gap::gap_ranking(&input, &mapping).unwrap();
    let top: Vec<&str> = ranking.chart.marks.iter().take(2).map(|m| m.key.as_str()).collect();
    assert_eq!(top, ["Skyss og følge", "Besøksvenn"]);
    assert_eq!(ranking.items.len(), 5);
    let besoksvenn = &ranking.items[1];
    assert!(
        besoksvenn
            .text
            .starts_with("14 tilbud om besøksvenn finnes, 5 av dem i Nord, men bare 30\u{a0}% av de ansatte"),
        "{}",
        besoksvenn.text
    );
    assert!(
        besoksvenn
            .text
            .contains("Lavest kjennskap: hjemmetjeneste (20\u{a0}%)."),
        "{}",
        besoksvenn.text
    );
    assert_eq!(besoksvenn.filters, [filter(Role::OfferCategory, "Besøksvenn")]);
}

#[test]
fn the_funnel_shows_categories_the_survey_does_not_ask_about() {
    let datasets = demo();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    let mapping = crate::report::gap::mapping(&input).unwrap();
    let funnel = crate::report::gap::gap_funnel(&input, &mapping).unwrap();
    assert_eq!(funnel.n, 60);
    let kor = funnel
        .table
        .rows
        .iter()
        .find(|row| row[0].text == "Kor og sang")
        .unwrap();
    assert_eq!((kor[1].text.as_str(), kor[2].text.as_str()), ("12", "–"));
    assert!(
        funnel
            .summary
            .starts_with("Størst gap for skyss og følge: 6 tilbud finnes"),
        "{}",
        funnel.summary
    );
}

#[test]
fn correcting_the_mapping_changes_the_funnel() {
    let datasets = demo();
    let overrides = [crate::core::gap::MappingEntry {
        option: "Transport til aktiviteter".into(),
        category: None,
        by_user: true,
    }];
    let input = Input::new(&datasets, &[], Lang::Nb, 5).with_overrides(&overrides);
    let mapping = crate::report::gap::mapping(&input).unwrap();
    let funnel = crate::report::gap::gap_funnel(&input, &mapping).unwrap();
    let skyss = funnel
        .table
        .rows
        .iter()
        .find(|row| row[0].text == "Skyss og følge")
        .unwrap();
    assert_eq!(skyss[2].text, "–", "no survey option stands for it any more");
    assert!(funnel
        .notes
        .iter()
        .any(|note| note.contains("Transport til aktiviteter")));
}

#[test]
fn the_gap_matrix_suppresses_small_districts_and_a_cell_filters_by_district() {
    let datasets = demo();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    let mapping = crate::report::gap::mapping(&input).unwrap();
    let matrix = crate::report::gap::gap_matrix(&input, &mapping).unwrap();
    assert_eq!(matrix.chart.marks.len(), 10 * 5);
    assert_eq!(matrix.mark_filters[0], [filter(Role::District, "Nord")]);
    let filtered = Input::new(&datasets, &matrix.mark_filters[0], Lang::Nb, 5);
    let funnel = crate::report::gap::gap_funnel(&filtered, &mapping).unwrap();
    assert!(funnel.n < 60 && funnel.n >= 5, "{}", funnel.n);
    assert!(funnel.caption.contains("Bydel: Nord"));
}

#[test]
fn gap_figures_hide_numbers_for_a_small_selection() {
    let datasets = demo();
    let filters = [filter(Role::UnitType, "Psykisk helse og rus")];
    let input = Input::new(&datasets, &filters, Lang::Nb, 5);
    let mapping = crate::report::gap::mapping(&input).unwrap();
    let funnel = crate::report::gap::gap_funnel(&input, &mapping).unwrap();
    assert!(funnel
        .table
        .rows
        .iter()
        .all(|row| row[2].suppressed || row[2].text == "–"));
    let ranking = crate::report::gap::gap_ranking(&input, &mapping).unwrap();
    assert!(ranking.items.is_empty());
}

#[test]
fn the_gap_table_exports_with_its_context_and_no_live_formulas() {
    let datasets = demo();
    let filters = [filter(Role::District, "Nord")];
    let input = Input::new(&datasets, &filters, Lang::Nb, 5);
    let table = crate::report::gap::export(&input).unwrap();
    assert_eq!(
        table.preamble[0],
        "Brobygger – Hvor går tilbudene tapt på veien til brukerne?"
    );
    assert!(table.preamble[1].contains("Bydel: Nord") && table.preamble[1].contains("elvestad-tilbud.csv"));
    assert_eq!(
        table.headers,
        [
            "Kategori",
            "Tilbud",
            "Kjenner til (%)",
            "Har informert brukere (%)",
            "Gap (%)"
        ]
    );
    let csv = String::from_utf8(crate::export::write_csv(&table)).unwrap();
    assert!(csv.contains("Kategori;Tilbud;Kjenner til (%);Har informert brukere (%);Gap (%)"));
    assert!(!csv.lines().any(|line| line.starts_with('=')));
}

#[test]
fn a_figure_exports_as_a_captioned_svg_and_a_csv() {
    let figure = figure(&demo(), &[], Lang::Nb, partner_types);
    let (svg, width, height) = crate::export::svg_document(&figure);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">Hvem samarbeider enhetene med?</text>"));
    assert!(svg.contains("n = 60 · Kilde: elvestad-ansatte-2025.csv"));
    assert!(width >= 960 && height > figure.chart.height);
    assert_eq!(svg.matches("<svg").count(), 2, "the chart is embedded once");
    let csv = String::from_utf8(crate::export::write_csv(&crate::export::figure_table(&figure))).unwrap();
    assert!(csv.contains("Kategori;Antall;Andel"));
    assert!(csv.contains("Barnehager;47;78"));
}

/// Every share a chart spec holds, with the label written on its mark.
fn shares_in(spec: &crate::charts::ChartSpec) -> Vec<(String, Option<f64>)> {
    use crate::charts::ChartSpec;
    match spec {
        ChartSpec::Bars(bars) => bars
            .rows
            .iter()
            .map(|row| (row.value_label.clone(), row.value))
            .collect(),
        ChartSpec::Heatmap(map) => map
            .cells
            .iter()
            .flatten()
            .map(|cell| (cell.text.clone(), cell.share))
            .collect(),
        ChartSpec::Paired(paired) => paired
            .rows
            .iter()
            .flat_map(|row| {
                [
                    (row.first_label.clone(), row.first),
                    (row.second_label.clone(), row.second),
                ]
            })
            .collect(),
        ChartSpec::Funnel(funnel) => funnel
            .rows
            .iter()
            .flat_map(|row| [(row.note.clone(), row.known), (row.note.clone(), row.told)])
            .collect(),
        ChartSpec::Network(_) => Vec::new(),
    }
}

#[test]
fn a_snapshot_link_carries_only_aggregated_suppressed_numbers() {
    use crate::core::names::texts;
    use crate::core::network::build;
    use crate::report::snapshot::{decode, encode, make};
    let datasets = demo();
    let staff = datasets.iter().find(|d| d.name == "elvestad-ansatte-2025.csv").unwrap();
    // Every unit name and every free-text answer: none may travel in a link.
    let mut private: Vec<String> = Vec::new();
    for column_id in ["enhet", "organisasjoner", "kommentar"] {
        for value in texts(&staff.column(column_id).unwrap().data).into_iter().flatten() {
            if value.trim().len() >= 8 {
                private.push(value.trim().to_owned());
            }
        }
    }
    assert!(private.len() > 60);
    let graph = build(staff, datasets.iter().find(|d| d.name == "elvestad-enheter.csv")).unwrap();
    let mut withheld = 0;
    for filters in [
        vec![],
        vec![filter(Role::District, "Nord")],
        vec![filter(Role::UnitType, "Psykisk helse og rus")],
        // Large enough, but leaving it out would expose the small group by subtraction.
        vec![filter(Role::UnitType, "Sykehjem"), filter(Role::District, "Nord")],
    ] {
        let input = Input::new(&datasets, &filters, Lang::Nb, 5).with_network(Some(&graph));
        let mut figures = crate::report::collaboration::all(&input);
        figures.extend(crate::report::gap::all(&input));
        figures.extend(crate::report::register::all(&input));
        assert!(figures.iter().any(|f| f.id == "collaboration-network"));
        let link = encode(&make("collaboration", "nb", &filters, 5, &figures));
        assert!(link.len() < 60_000, "link of {} characters", link.len());
        let snapshot = decode(&link).unwrap();
        assert!(snapshot.figures.iter().all(|f| f.id != "collaboration-network"));
        assert_eq!(snapshot.figures.len(), figures.len() - 1);
        let json = serde_json::to_string(&snapshot).unwrap();
        for text in &private {
            assert!(!json.contains(text.as_str()), "{text:?} is in a snapshot link");
        }
        for figure in &snapshot.figures {
            assert!(!figure.chart.svg.is_empty(), "{} is redrawn", figure.id);
            withheld += usize::from(figure.withheld);
            // A withheld figure carries neither its n nor any share; a suppressed mark carries no value.
            let values = shares_in(&figure.spec);
            if figure.withheld {
                assert_eq!(figure.n, 0, "{}", figure.id);
                assert!(!figure.caption.contains("n = "), "{}: {}", figure.id, figure.caption);
                // (The organisations' side of staff-vs-organisations is not under the staff's filter.)
                if figure.id != "staff-vs-organisations" {
                    assert!(
                        values.iter().all(|(_, value)| value.is_none()),
                        "{}: {values:?}",
                        figure.id
                    );
                }
            }
            for (label, value) in &values {
                if label.contains("< 5") {
                    assert_eq!(*value, None, "{}", figure.id);
                }
            }
            assert!(figure.mark_filters.iter().all(Vec::is_empty));
            for cell in figure.table.rows.iter().flatten().filter(|cell| cell.suppressed) {
                assert_eq!(cell.text, "< 5", "{}", figure.id);
            }
            // A figure built from fewer than 5 respondents shows no numbers at all.
            let public = ["icnpo-categories", "register-by-area"].contains(&figure.id.as_str());
            // (The gap tables' second column counts catalogue offers, which are public.)
            let first_private = if figure.id.starts_with("gap-f") || figure.id == "gap-ranking" {
                2
            } else {
                1
            };
            // Half public: the organisations' side, the register's counts.
            let mixed = ["staff-vs-organisations", "register-coverage"].contains(&figure.id.as_str());
            if (figure.withheld || figure.n < 5) && !public && !mixed {
                assert!(
                    figure
                        .table
                        .rows
                        .iter()
                        .all(|row| row[first_private..].iter().all(|c| c.suppressed || c.text == "–")),
                    "{}",
                    figure.id
                );
            }
        }
    }
    assert!(
        withheld >= 20,
        "the two small selections withhold every staff figure ({withheld})"
    );
    assert_eq!(
        decode("not a link"),
        Err(crate::report::snapshot::SnapshotError::Damaged)
    );
}

#[test]
fn with_no_catalogue_the_gap_counts_the_registers_organisations() {
    let datasets: Vec<Dataset> = demo()
        .into_iter()
        .filter(|dataset| dataset.kind != crate::core::DatasetKind::Offers)
        .collect();
    let input = Input::new(&datasets, &[], Lang::Nb, 5);
    let figures = crate::report::gap::all(&input);
    let ids: Vec<&str> = figures.iter().map(|figure| figure.id.as_str()).collect();
    assert_eq!(ids, ["gap-funnel", "gap-matrix", "gap-ranking"]);
    let funnel = &figures[0];
    assert!(funnel.subtitle.starts_with("Ingen tilbudsoversikt er lastet inn"));
    assert!(funnel
        .caption
        .contains("Kilde: elvestad-enheter.csv, elvestad-ansatte-2025.csv"));
    assert_eq!(funnel.table.headers[1], "Foreninger");
    let row = |name: &str| {
        funnel
            .table
            .rows
            .iter()
            .find(|row| row[0].text == name)
            .map(|row| row.iter().map(|cell| cell.text.as_str()).collect::<Vec<_>>())
    };
    // 70 organisations have ICNPO 04100; five survey options are social services (besøksvenn, skyss …).
    assert_eq!(row("Sosiale tjenester").unwrap()[1], "70");
    // A category the survey does not ask about is shown, not dropped.
    assert_eq!(row("Frivillighetssentraler").unwrap()[1..], ["3", "–", "–", "–"]);
    assert!(funnel.summary.contains("foreninger finnes"), "{}", funnel.summary);
    let sentences: Vec<&str> = figures[2].items.iter().map(|item| item.text.as_str()).collect();
    assert!(
        sentences
            .iter()
            .any(|text| text.starts_with("70 foreninger innen sosiale tjenester finnes, 18 av dem i Nord")),
        "{sentences:?}"
    );
    // A district filter reaches the organisations through their postcodes.
    let nord = [filter(Role::District, "Nord")];
    let funnel = crate::report::gap::all(&Input::new(&datasets, &nord, Lang::Nb, 5)).remove(0);
    let social = funnel
        .table
        .rows
        .iter()
        .find(|row| row[0].text == "Sosiale tjenester")
        .unwrap();
    assert_eq!(social[1].text, "18");
    assert!(funnel.caption.contains("Bydel: Nord"));
}

#[test]
fn a_user_survey_adds_the_users_who_took_part_to_the_funnel() {
    let mut datasets = demo();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/users/brukerundersokelse-2025.csv");
    let users = crate::io::read("brukerundersokelse-2025.csv", &std::fs::read(path).unwrap())
        .unwrap()
        .dataset;
    assert_eq!(
        crate::core::roles::survey_side(&users),
        Some(crate::core::SurveySide::Users)
    );
    datasets.push(users);
    let funnel = figure(&datasets, &[], Lang::Nb, |input| {
        crate::report::gap::all(input).into_iter().next()
    });
    assert_eq!(funnel.table.headers.last().unwrap(), "Brukere som har deltatt");
    let reached = |funnel: &Figure, category: &str| {
        let row = funnel.table.rows.iter().find(|row| row[0].text == category).unwrap();
        row.last().unwrap().clone()
    };
    // 20 of the 40 users have been to a café or meeting place, 2 have had a visiting friend.
    assert_eq!(reached(&funnel, "Kafé og møteplass").text, "50\u{a0}%");
    assert_eq!(reached(&funnel, "Besøksvenn").text, "5\u{a0}%");
    let crate::charts::ChartSpec::Funnel(chart) = &funnel.spec else {
        panic!("the funnel is a funnel");
    };
    assert_eq!(chart.legend.len(), 4);
    let visiting = chart.rows.iter().find(|row| row.key == "Besøksvenn").unwrap();
    assert_eq!(visiting.reached, Some(0.05));
    assert_eq!(visiting.reached_note, "brukere deltatt 5\u{a0}%");
    // Sentrum has 4 answers from users: their stage is suppressed, the staff's is not.
    let sentrum = [filter(Role::District, "Sentrum")];
    let funnel = figure(&datasets, &sentrum, Lang::Nb, |input| {
        crate::report::gap::all(input).into_iter().next()
    });
    let cell = reached(&funnel, "Kafé og møteplass");
    assert!(cell.suppressed && cell.text == "< 5", "{cell:?}");
    let crate::charts::ChartSpec::Funnel(chart) = &funnel.spec else {
        panic!("the funnel is a funnel");
    };
    assert!(chart.rows.iter().all(|row| row.reached.is_none()));
    assert!(chart.rows.iter().any(|row| row.known.is_some()));
    // Without a user survey the funnel has its three stages.
    let three = figure(&demo(), &[], Lang::Nb, |input| {
        crate::report::gap::all(input).into_iter().next()
    });
    assert_eq!(three.table.headers.len(), 5);
}

#[test]
fn a_table_as_html_escapes_every_text_and_tags_suppressed_cells() {
    use crate::report::{Table, TableCell};
    let table = Table {
        headers: vec!["Partner <type>".into(), "Andel".into()],
        rows: vec![
            vec![TableCell::text("<img src=x onerror=alert(1)>"), TableCell::text("78 %")],
            vec![TableCell::text("Lag & \"foreninger\""), TableCell::suppressed("< 5")],
        ],
    };
    assert_eq!(
        table.to_html("Hvem <samarbeider>?"),
        "<caption class=\"ds-sr-only\">Hvem &lt;samarbeider&gt;?</caption>\
         <thead><tr><th scope=\"col\">Partner &lt;type&gt;</th><th scope=\"col\">Andel</th></tr></thead>\
         <tbody><tr><th scope=\"row\">&lt;img src=x onerror=alert(1)&gt;</th><td>78 %</td></tr>\
         <tr><th scope=\"row\">Lag &amp; &quot;foreninger&quot;</th><td data-testid=\"suppressed\">&lt; 5</td></tr></tbody>"
    );
    // A file's preview: a visible caption, and no column heads its rows.
    let preview = table.html("Første rader", None, false);
    assert!(preview.starts_with("<caption>Første rader</caption>"));
    assert!(preview.contains("<tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>78 %</td></tr>"));
}

/// Leaves the first `n` rows of the column with `role` unanswered (as a survey export's empty cells).
fn unanswer(dataset: &mut Dataset, role: Role, n: usize) {
    let id = crate::core::roles::column_for(dataset, role)
        .expect("the demo has the column")
        .id
        .clone();
    let column = dataset.columns.iter_mut().find(|column| column.id == id).unwrap();
    match &mut column.data {
        crate::core::ColumnData::MultiChoice { values, .. } => values.iter_mut().take(n).for_each(|v| *v = None),
        crate::core::ColumnData::SingleChoice { values, .. } => values.iter_mut().take(n).for_each(|v| *v = None),
        other => panic!("{role:?} is {other:?}"),
    }
    dataset.derived = Default::default();
}

#[test]
fn the_matrix_and_staff_vs_organisations_say_how_many_did_not_answer() {
    use crate::core::analysis::{distribution, RowMask};
    let figure_of = |datasets: &[Dataset], make: fn(&Input) -> Option<Figure>| figure(datasets, &[], Lang::Nb, make);
    let note = |n: usize| format!("{n} svarte ikke på spørsmålet og er ikke med i andelene.");
    // Who left the opportunities question out, counted on the columns themselves.
    let missing = |dataset: &Dataset| {
        let column = crate::core::roles::column_for(dataset, Role::Opportunities).unwrap();
        distribution(column, &RowMask::all(dataset.n_rows)).unwrap().n_missing
    };
    let complete = demo();
    let matrix = figure_of(&complete, unit_partner_matrix);
    assert!(
        !matrix.notes.iter().any(|note| note.contains("svarte ikke")),
        "{:?}",
        matrix.notes
    );
    let mut datasets = demo();
    let staff = datasets.iter().position(|d| d.name.contains("ansatte")).unwrap();
    let orgs = datasets.iter().position(|d| d.name.contains("organisasjoner")).unwrap();
    unanswer(&mut datasets[staff], Role::Partners, 3);
    let fewer = figure_of(&datasets, unit_partner_matrix);
    assert!(fewer.notes.contains(&note(3)), "{:?}", fewer.notes);
    assert_eq!(fewer.n, matrix.n - 3);
    // Both sides' non-answers, together (the demo's organisations already have some).
    unanswer(&mut datasets[staff], Role::Opportunities, 2);
    unanswer(&mut datasets[orgs], Role::Opportunities, 4);
    let expected = missing(&datasets[staff]) + missing(&datasets[orgs]);
    assert!(expected >= 6);
    let paired = figure_of(&datasets, staff_vs_organisations);
    assert!(paired.notes.contains(&note(expected)), "{:?}", paired.notes);
}

#[test]
fn each_listed_figure_has_the_id_it_is_listed_under() {
    // The UI finds a card's figure by the id in these lists, before computing it.
    let datasets = demo();
    let staff = datasets.iter().find(|d| d.name.contains("ansatte")).unwrap();
    let graph = build(staff, datasets.iter().find(|d| d.name == "elvestad-enheter.csv")).unwrap();
    let input = Input::new(&datasets, &[], Lang::Nb, 5).with_network(Some(&graph));
    let lists: [&[(&str, Make)]; 3] = [
        &crate::report::collaboration::FIGURES,
        &crate::report::register::FIGURES,
        &crate::report::gap::FIGURES,
    ];
    for (id, make) in lists.into_iter().flatten() {
        let figure = make(&input).unwrap_or_else(|| panic!("the demo has data for {id}"));
        assert_eq!(figure.id, *id);
    }
    let ids: Vec<String> = crate::report::collaboration::all(&input)
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(ids.len(), 10, "{ids:?}");
}
