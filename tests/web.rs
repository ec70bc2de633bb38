//! Component tests in headless Chromium (wasm-bindgen-test): what a user of each component sees and does.
//! Run by `./dev test` (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use brobygger::charts::{BarChart, BarRow, ChartSpec};
use brobygger::i18n::Lang;
use brobygger::io::InputFile;
use brobygger::report::{Figure, Table, TableCell};
use brobygger::state::{provide_app_state, AppState, ViewState};
use brobygger::ui::{App, ChartFigure, DataView};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).unwrap()
}

fn query_all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|idx| list.item(idx)?.dyn_into().ok())
        .collect()
}

fn sample_figure() -> Figure {
    let rows = vec![
        BarRow {
            key: "Barnehager".into(),
            label: "Barnehager".into(),
            value: Some(0.78),
            value_label: "78 %".into(),
        },
        BarRow {
            key: "Skoler".into(),
            label: "<b>Skoler</b>".into(),
            value: Some(0.7),
            value_label: "70 %".into(),
        },
    ];
    let spec = ChartSpec::Bars(BarChart {
        chart_id: "partner-types".into(),
        title: "Hvem samarbeider enhetene med?".into(),
        rows,
        max_value: 1.0,
        width: 960,
    });
    let chart = spec.draw().unwrap();
    Figure {
        id: "partner-types".into(),
        title: "Hvem samarbeider enhetene med?".into(),
        subtitle: "Andel av enhetene".into(),
        summary: "Barnehager er den vanligste samarbeidspartneren.".into(),
        n: 60,
        withheld: false,
        caption: "n = 60".into(),
        notes: vec![],
        chart,
        spec,
        mark_texts: vec![
            "Barnehager: 47 av 60 (78 %)".into(),
            "<b>Skoler</b>: 42 av 60 (70 %)".into(),
        ],
        mark_filters: vec![vec![], vec![]],
        items: Vec::new(),
        table: Table {
            headers: vec!["Kategori".into(), "Antall".into()],
            rows: vec![
                vec![TableCell::text("Barnehager"), TableCell::text("47")],
                vec![TableCell::text("<b>Skoler</b>"), TableCell::suppressed("< 5")],
            ],
        },
    }
}

fn provide_state() -> AppState {
    let state = AppState::new(ViewState::default(), Lang::Nb);
    provide_app_state(state);
    state
}

#[wasm_bindgen_test]
async fn a_chart_card_is_accessible_and_its_marks_show_their_value_on_focus() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        provide_state();
        view! { <ChartFigure figure=Some(sample_figure()) /> }
    });
    tick().await;

    let figure = query(&root, "[data-testid=chart]").expect("a chart figure");
    assert_eq!(figure.get_attribute("data-chart").as_deref(), Some("partner-types"));
    assert_eq!(figure.get_attribute("data-n").as_deref(), Some("60"));
    let svg = query(&root, "svg[role=img]").expect("an accessible svg");
    assert_eq!(
        svg.query_selector("title").unwrap().unwrap().text_content().as_deref(),
        Some("Hvem samarbeider enhetene med?")
    );
    assert!(query(&root, "[data-testid=chart-summary]").is_some());
    // The table is in the DOM while collapsed, and data text stays text.
    let table = query(&root, "[data-testid=chart-table]").expect("a data table");
    assert!(table.inner_html().contains("&lt;b&gt;Skoler&lt;/b&gt;"));
    assert_eq!(query_all(&root, "[data-testid=suppressed]").len(), 1);
    assert!(query(&root, "b").is_none(), "markup from data must never render");

    let marks = query_all(&root, "[data-key]");
    assert_eq!(marks.len(), 2);
    assert_eq!(marks[0].get_attribute("tabindex").as_deref(), Some("0"));
    assert!(query(&root, "[data-testid=chart-tooltip]").is_none());

    marks[0].dispatch_event(&web_sys::Event::new("focus").unwrap()).unwrap();
    tick().await;
    let tooltip = query(&root, "[data-testid=chart-tooltip]").expect("focus shows the tooltip");
    assert_eq!(tooltip.text_content().as_deref(), Some("Barnehager: 47 av 60 (78 %)"));

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    marks[0].dispatch_event(&escape).unwrap();
    tick().await;
    assert!(
        query(&root, "[data-testid=chart-tooltip]").is_none(),
        "Esc dismisses the tooltip"
    );
}

#[wasm_bindgen_test]
async fn the_data_view_lists_an_imported_file_and_holds_back_personal_data() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        let state = provide_state();
        state.import(
            vec![InputFile::new(
                "svar.csv",
                "Navn;E-post;Bydel\nKari;kari@example.invalid;Nord\nOla;ola@example.invalid;Sør\n".into(),
            )],
            false,
        );
        view! { <DataView /> }
    });
    tick().await;
    let dataset = query(&root, "[data-testid=dataset]").expect("the dataset is listed");
    for (attribute, value) in [
        ("data-name", "svar.csv"),
        ("data-kind", "table"),
        ("data-rows", "2"),
        ("data-cols", "3"),
        ("data-encoding", "utf-8"),
        ("data-delimiter", ";"),
    ] {
        assert_eq!(dataset.get_attribute(attribute).as_deref(), Some(value), "{attribute}");
    }
    let dropped = query_all(&root, "[data-testid=dropped-column]");
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].get_attribute("data-column").as_deref(), Some("E-post"));
    let preview = query(&root, "[data-testid=preview]").unwrap().text_content().unwrap();
    assert!(preview.contains("Nord") && !preview.contains("example.invalid"));
}

#[wasm_bindgen_test]
async fn the_language_select_switches_the_ui_and_html_lang() {
    // The headless browser prefers English; a stored choice of bokmål wins over that.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("brobygger.lang", "\"nb\"").unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    tick().await;
    let nav = query(&root, "[data-testid=nav-overview]").expect("navigation");
    assert_eq!(nav.text_content().as_deref(), Some("Oversikt"));
    let select: web_sys::HtmlSelectElement = query(&root, "[data-testid=language]").unwrap().dyn_into().unwrap();
    select.set_value("en");
    let change = web_sys::EventInit::new();
    change.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &change).unwrap())
        .unwrap();
    tick().await;
    assert_eq!(nav.text_content().as_deref(), Some("Overview"));
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(nav.get_attribute("aria-current").as_deref(), Some("page"));
    assert_eq!(
        storage.get_item("brobygger.lang").unwrap().as_deref(),
        Some("\"en\""),
        "the choice is remembered"
    );
    storage.clear().unwrap();
}
