//! View models: loaded datasets + language → everything a chart card shows (title, summary, the drawn
//! chart, tooltips, data table, caption). Pure, so the words and numbers users see are tested natively;
//! the UI only renders a `Figure`.

pub mod overview;

use crate::charts::Chart;

/// A chart card's contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The chart id from CONTRACT.md (`partner-types`).
    pub id: &'static str,
    pub title: String,
    pub subtitle: String,
    /// The message in one or two sentences (`chart-summary`).
    pub summary: String,
    /// Respondents or records behind the chart after filters (`data-n`).
    pub n: usize,
    /// `n = 60 · Kilde: …`.
    pub caption: String,
    /// Notes under the chart: multi-choice totals, suppression.
    pub notes: Vec<String>,
    pub chart: Chart,
    /// One per mark in `chart.marks`, same order: what hovering or focusing it says.
    pub mark_texts: Vec<String>,
    pub table: Table,
}

/// A chart's data as a table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<TableCell>>,
}

/// One table cell; suppressed cells are marked so the UI can tag them.
#[derive(Clone, Debug, PartialEq)]
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

/// The width charts are drawn at; the SVG scales to its container.
pub const CHART_WIDTH: u32 = 960;

#[cfg(test)]
mod tests;
