//! View models: loaded datasets + filters + language → everything a chart card shows (title, summary, the
//! drawn chart, tooltips, what clicking a mark filters, data table, caption). Pure, so the words and numbers
//! users see are tested natively; the UI only renders a `Figure`.

pub mod collaboration;
pub mod gap;
pub mod register;
pub mod snapshot;

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::charts::{BarChart, BarRow, Chart, ChartSpec};
use crate::core::analysis::Distribution;
use crate::core::filter::{select, FieldContext, Hidden, Selection};
use crate::core::gap::{CategoryMapping, MappingEntry};
use crate::core::network::Network;
use crate::core::overview::{has_icnpo, postcode_districts};
use crate::core::roles::survey_side;
use crate::core::{Dataset, DatasetKind, Field, Filter, SurveySide};
use crate::i18n::{self, format_count, format_percent, t, Key, Lang};

/// A chart card's contents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The chart id from CONTRACT.md (`partner-types`).
    pub id: String,
    pub title: String,
    pub subtitle: String,
    /// The message in one or two sentences (`chart-summary`).
    pub summary: String,
    /// Respondents or records behind the chart after filters (`data-n`).
    pub n: usize,
    /// `n = 60 · Filter: … · Kilde: …`.
    pub caption: String,
    /// The selection behind it may not be shown: its numbers are suppressed and its n is withheld from the
    /// caption and from snapshot links (`data-n` in the user's own page still counts it).
    pub withheld: bool,
    /// Notes under the chart: multi-choice totals, suppression.
    pub notes: Vec<String>,
    /// The drawn chart (not serialised: a snapshot redraws it from `spec`).
    #[serde(skip)]
    pub chart: Chart,
    /// What the chart is drawn from.
    pub spec: ChartSpec,
    /// One per mark in `chart.marks`, same order: what hovering or focusing it says.
    pub mark_texts: Vec<String>,
    /// One per mark: the filters clicking it toggles (empty: not clickable).
    pub mark_filters: Vec<Vec<Filter>>,
    /// Sentences shown as a list above the chart (the gap ranking), each with the filters it links to.
    pub items: Vec<FigureItem>,
    pub table: Table,
}

/// A sentence of a figure's list, and what following it filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureItem {
    pub text: String,
    pub filters: Vec<Filter>,
    /// The chart following it leads to (`gap-funnel`).
    pub target: Option<String>,
}

/// A chart's data as a table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<TableCell>>,
}

impl Table {
    /// A chart's table as HTML, under a caption for screen readers, the first column heading its row: a
    /// filter replaces a table of a hundred rows in one parse instead of a DOM call per cell.
    pub fn to_html(&self, caption: &str) -> String {
        self.html(caption, Some("ds-sr-only"), true)
    }

    /// The table's content as HTML under `caption` (with `caption_class`, if any); with `row_headers`,
    /// each row's first cell is its header. Every text is escaped; suppressed cells carry
    /// `data-testid="suppressed"`.
    pub fn html(&self, caption: &str, caption_class: Option<&str>, row_headers: bool) -> String {
        use crate::charts::escape;
        use std::fmt::Write;
        let class = caption_class
            .map(|class| format!(" class=\"{class}\""))
            .unwrap_or_default();
        let mut out = format!("<caption{class}>{}</caption><thead><tr>", escape(caption));
        for header in &self.headers {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(header));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for (idx, cell) in row.iter().enumerate() {
                let (open, close) = if idx == 0 && row_headers {
                    ("<th scope=\"row\"", "</th>")
                } else {
                    ("<td", "</td>")
                };
                let tag = if cell.suppressed {
                    " data-testid=\"suppressed\">"
                } else {
                    ">"
                };
                let _ = write!(out, "{open}{tag}{}{close}", escape(&cell.text));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
        out
    }
}

/// One table cell; suppressed cells are marked so the UI can tag them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableCell {
    pub text: String,
    pub suppressed: bool,
}

impl TableCell {
    pub fn text(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            suppressed: false,
        }
    }

    pub fn suppressed(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            suppressed: true,
        }
    }
}

/// Draws a chart, keeping what it was drawn from.
pub fn draw(spec: ChartSpec) -> Option<(ChartSpec, Chart)> {
    let chart = spec.draw().ok()?;
    Some((spec, chart))
}

impl Figure {
    /// Draws the chart again from its spec (after a snapshot is read).
    pub fn redraw(&mut self) {
        if let Ok(chart) = self.spec.draw() {
            self.chart = chart;
        }
    }
}

/// The width charts are drawn at; the SVG scales to its container.
pub const CHART_WIDTH: u32 = 960;

/// How one figure is computed; a view lists its figures as `(id, Make)` in reading order, so that each
/// can be computed on its own (the UI computes only the charts on the screen in a filter click's frame).
pub type Make = fn(&Input) -> Option<Figure>;

/// The figures of `list` that the input supports, in order.
pub fn figures(input: &Input, list: &[(&str, Make)]) -> Vec<Figure> {
    list.iter().filter_map(|(_, make)| make(input)).collect()
}

/// What every figure is computed from.
pub struct Input<'a> {
    pub datasets: Vec<&'a Dataset>,
    pub filters: &'a [Filter],
    pub lang: Lang,
    pub min_cell: usize,
    pub context: FieldContext,
    /// The units ↔ organisations network (`core::network::build`), for the figures drawn from it.
    pub network: Option<&'a Network>,
    /// The user's corrections to how survey options map to catalogue categories.
    pub overrides: &'a [MappingEntry],
    /// The gap analysis' mapping, worked out once for all its figures.
    gap_mapping: std::cell::OnceCell<Option<CategoryMapping>>,
    /// Each dataset's selection under `filters`, worked out once: every figure of a view asks for it.
    selections: Rc<Selections>,
}

/// Each dataset's selection under one set of filters, worked out when first asked for. Several inputs
/// may share one (`Input::with_selections`): a view's charts, each computed on its own.
#[derive(Default)]
pub struct Selections(std::cell::RefCell<Vec<(*const Dataset, Rc<Selection>)>>);

impl<'a> Input<'a> {
    pub fn new<D: AsRef<Dataset>>(datasets: &'a [D], filters: &'a [Filter], lang: Lang, min_cell: usize) -> Input<'a> {
        let datasets: Vec<&Dataset> = datasets.iter().map(AsRef::as_ref).collect();
        let context = FieldContext {
            postcode_districts: postcode_districts(&datasets),
        };
        Input {
            datasets,
            filters,
            lang,
            min_cell,
            context,
            network: None,
            overrides: &[],
            gap_mapping: Default::default(),
            selections: Default::default(),
        }
    }

    pub fn with_network(self, network: Option<&'a Network>) -> Input<'a> {
        Input { network, ..self }
    }

    pub fn with_overrides(self, overrides: &'a [MappingEntry]) -> Input<'a> {
        Input { overrides, ..self }
    }

    /// Takes the selections worked out so far by inputs of the same datasets, filters and threshold
    /// (the caller sees to that: they are known by the datasets' addresses).
    pub fn with_selections(self, selections: Rc<Selections>) -> Input<'a> {
        Input { selections, ..self }
    }

    /// The survey options matched to the catalogue's categories, with `overrides` applied (`gap::mapping`).
    pub fn gap_mapping(&self) -> Option<&CategoryMapping> {
        self.gap_mapping.get_or_init(|| gap::mapping(self)).as_ref()
    }

    /// The first survey that asked staff.
    pub fn staff(&self) -> Option<&'a Dataset> {
        self.datasets
            .iter()
            .copied()
            .find(|dataset| survey_side(dataset) == Some(SurveySide::Staff))
    }

    /// The first survey that asked organisations.
    pub fn organisations(&self) -> Option<&'a Dataset> {
        self.datasets
            .iter()
            .copied()
            .find(|dataset| survey_side(dataset) == Some(SurveySide::Organisations))
    }

    /// The first survey that asked service users which offers they have taken part in.
    pub fn users(&self) -> Option<&'a Dataset> {
        self.datasets
            .iter()
            .copied()
            .find(|dataset| survey_side(dataset) == Some(SurveySide::Users))
    }

    /// The first register; one with ICNPO categories when there is one.
    pub fn register(&self) -> Option<&'a Dataset> {
        let registers = || {
            self.datasets
                .iter()
                .copied()
                .filter(|d| d.kind == DatasetKind::Register)
        };
        registers()
            .find(|dataset| has_icnpo(dataset))
            .or_else(|| registers().next())
    }

    /// The offers that exist: the first offer catalogue, or, where none is loaded, the register's
    /// organisations in the categories that run offers (`offers_from_register`).
    pub fn offers(&self) -> Option<&'a Dataset> {
        self.datasets
            .iter()
            .copied()
            .find(|dataset| dataset.kind == DatasetKind::Offers)
            .or_else(|| self.offers_from_register().map(|offers| &offers.dataset))
    }

    /// The register read as an offer catalogue, where no catalogue is loaded.
    pub fn offers_from_register(&self) -> Option<&'a crate::core::gap::register::RegisterOffers> {
        if self.datasets.iter().any(|dataset| dataset.kind == DatasetKind::Offers) {
            return None;
        }
        crate::core::gap::register::offers_from_register(self.register()?)
    }

    /// The rows of `dataset` the filters keep, and whether they may be shown.
    /// Shared, not copied: a register's mask is 100,000 rows, and each of a view's figures asks.
    pub fn select(&self, dataset: &Dataset) -> Rc<Selection> {
        let key: *const Dataset = dataset;
        // Only the input's own datasets are remembered: they outlive the input, so the address is theirs.
        if !self.datasets.iter().any(|known| std::ptr::eq(*known, dataset)) {
            return Rc::new(select(dataset, self.filters, &self.context, self.min_cell));
        }
        if let Some((_, known)) = self.selections.0.borrow().iter().find(|(known, _)| *known == key) {
            return known.clone();
        }
        let selection = Rc::new(select(dataset, self.filters, &self.context, self.min_cell));
        self.selections.0.borrow_mut().push((key, selection.clone()));
        selection
    }

    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang, key)
    }

    /// `n = 47 · Filter: Samarbeidspartner: Barnehager · Kilde: fil.csv`; `n < 5` when `withheld`.
    pub fn caption(&self, n: usize, withheld: bool, selection: &Selection, sources: &[&str]) -> String {
        let filters: Vec<String> = selection
            .applied
            .iter()
            .map(|filter| self.filter_label(filter))
            .collect();
        let n_text = if withheld {
            i18n::n_withheld(self.lang, n, self.min_cell)
        } else {
            i18n::n_equals(self.lang, n)
        };
        i18n::caption_with_filters(self.lang, &n_text, &filters, &sources.join(", "))
    }

    /// `Tjenestetype: Sykehjem`, as a chip and a caption show a filter.
    pub fn filter_label(&self, filter: &Filter) -> String {
        filter_label(self.lang, filter)
    }

    pub fn suppressed_label(&self) -> String {
        format!("< {}", self.min_cell)
    }
}

/// `Tjenestetype: Sykehjem`, as a chip and a caption show a filter.
pub fn filter_label(lang: Lang, filter: &Filter) -> String {
    let value = match filter.field {
        Field::IcnpoGroup => filter
            .value
            .parse()
            .map(|group| i18n::icnpo_group(lang, group))
            .unwrap_or_else(|_| filter.value.clone()),
        Field::Role(_) => filter.value.clone(),
    };
    format!("{}: {value}", i18n::field_label(lang, filter.field))
}

/// A bar chart of a distribution with everything around it.
pub struct BarFigure<'s> {
    pub id: &'static str,
    pub title: String,
    pub subtitle: String,
    /// Used when the numbers may be shown.
    pub summary: String,
    pub distribution: &'s Distribution,
    pub selection: &'s Selection,
    /// Clicking a bar filters on this field, with the bar's key as the value.
    pub field: Option<Field>,
    pub sources: &'s [&'s str],
    /// The value of a full bar; shares use 1.0, counts their maximum.
    pub max_value: f64,
    /// No respondents behind it (a register): nothing is suppressed.
    pub public_data: bool,
}

fn mark_filters(field: Option<Field>, key: &str) -> Vec<Filter> {
    field
        .map(|field| Filter {
            field,
            value: key.to_owned(),
        })
        .into_iter()
        .collect()
}

/// Draws a distribution as bars; suppresses everything when the selection must not be shown or fewer than
/// the threshold answered.
pub fn bar_figure(input: &Input, spec: BarFigure) -> Option<Figure> {
    let lang = input.lang;
    let result = spec.distribution;
    let hidden = !spec.public_data && (spec.selection.hidden.is_some() || result.n < input.min_cell);
    let suppressed = input.suppressed_label();
    let mut bars = Vec::new();
    let mut mark_texts = Vec::new();
    let mut rows = Vec::new();
    for bar in &result.bars {
        let share = format_percent(lang, bar.share, 0);
        bars.push(BarRow {
            key: bar.key.clone(),
            label: bar.label.clone(),
            value: (!hidden).then_some(bar.share),
            value_label: if hidden { suppressed.clone() } else { share.clone() },
        });
        if hidden {
            mark_texts.push(i18n::mark_suppressed(lang, &bar.label, input.min_cell));
            rows.push(vec![
                TableCell::text(bar.label.clone()),
                TableCell::suppressed(suppressed.clone()),
                TableCell::suppressed(suppressed.clone()),
            ]);
        } else {
            mark_texts.push(i18n::mark_value(lang, &bar.label, bar.count, result.n, bar.share));
            rows.push(vec![
                TableCell::text(bar.label.clone()),
                TableCell::text(format_count(lang, bar.count)),
                TableCell::text(share),
            ]);
        }
    }
    let (chart_spec, chart) = draw(ChartSpec::Bars(BarChart {
        chart_id: spec.id.into(),
        title: spec.title.clone(),
        rows: bars.clone(),
        max_value: spec.max_value,
        width: CHART_WIDTH,
    }))?;
    let mut notes = Vec::new();
    if result.multi {
        notes.push(input.t(Key::MultiNote).to_owned());
    }
    if result.n_missing > 0 && !hidden && !spec.public_data {
        notes.push(i18n::missing_note(lang, result.n_missing));
    }
    let summary = if hidden {
        notes.push(hidden_note(input, spec.selection));
        hidden_note(input, spec.selection)
    } else {
        spec.summary
    };
    Some(Figure {
        id: spec.id.into(),
        title: spec.title,
        subtitle: spec.subtitle,
        summary,
        n: result.n,
        withheld: hidden,
        caption: input.caption(result.n, hidden, spec.selection, spec.sources),
        notes,
        mark_filters: result
            .bars
            .iter()
            .map(|bar| mark_filters(spec.field, &bar.key))
            .collect(),
        chart,
        spec: chart_spec,
        mark_texts,
        items: Vec::new(),
        table: Table {
            headers: vec![
                input.t(Key::TableCategory).to_owned(),
                input.t(Key::TableCount).to_owned(),
                input.t(Key::TableShare).to_owned(),
            ],
            rows,
        },
    })
}

/// Why a figure shows no numbers.
pub fn hidden_note(input: &Input, selection: &Selection) -> String {
    match selection.hidden {
        Some(Hidden::Complement) => i18n::hidden_complement(input.lang, input.min_cell),
        _ => i18n::hidden_too_few(input.lang, input.min_cell),
    }
}

#[cfg(test)]
mod tests;
