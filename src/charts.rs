//! Charts drawn with plotters from the plain results of `core`, as SVG strings plus the geometry of
//! every mark, so the shell can lay focusable, hoverable targets over them.
//!
//! Pure: no browser. Charts do no statistics; they draw what `core` computed. Text from data files is
//! escaped by plotters' SVG backend; titles are escaped here.

use serde::{Deserialize, Serialize};

mod bars;
mod funnel;
mod heatmap;
mod layout;
mod network;
mod paired;
mod palette;

#[cfg(test)]
mod tests;

pub use bars::{bar_chart, BarChart, BarRow};
pub use funnel::{funnel, FunnelChart, FunnelRow};
pub use heatmap::{heatmap, Heatmap, HeatmapCell};
pub use network::{layout as network_layout, network, NetworkChart, NetworkNode, NodeShape};
pub use paired::{paired_bars, PairedBars, PairedRow};

/// What to draw: plain, serialisable data (a snapshot link carries it, never the SVG).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ChartSpec {
    Bars(BarChart),
    Heatmap(Heatmap),
    Paired(PairedBars),
    Funnel(FunnelChart),
    Network(NetworkChart),
}

impl ChartSpec {
    pub fn draw(&self) -> Result<Chart, ChartError> {
        match self {
            ChartSpec::Bars(spec) => bar_chart(spec),
            ChartSpec::Heatmap(spec) => heatmap(spec),
            ChartSpec::Paired(spec) => paired_bars(spec),
            ChartSpec::Funnel(spec) => funnel(spec),
            ChartSpec::Network(spec) => network(spec),
        }
    }
}

/// A drawn chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chart {
    /// A complete `<svg>` document with `role="img"` and a `<title>`.
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// One per bar or cell, in drawing order, in the SVG's coordinates.
    pub marks: Vec<Mark>,
    /// Nodes drawn faint under the current filter (the network's nodes outside it), by the classes the
    /// `svg` gives them. The drawing itself does not change with a filter: the page re-styles it with
    /// `fade_css` instead of parsing a new one.
    pub faded: Vec<usize>,
}

impl Chart {
    /// CSS that draws the `faded` nodes, and the edges that touch them, faint inside `scope` (a selector).
    pub fn fade_css(&self, scope: &str) -> String {
        if self.faded.is_empty() {
            return String::new();
        }
        let list = |prefix: &str| {
            let classes: Vec<String> = self.faded.iter().map(|idx| format!(".{prefix}{idx}")).collect();
            classes.join(",")
        };
        format!(
            "{scope} :is({}){{opacity:.18}}{scope} :is({}){{opacity:.25;stroke-width:1px}}",
            list(network::NODE_CLASS),
            list(network::EDGE_CLASS)
        )
    }

    /// The SVG with its fade written in, for a slide or a file that shows it on its own: the root gets an
    /// id of the fade, so two slides of the same chart under different filters do not fade each other.
    pub fn standalone_svg(&self) -> String {
        if self.faded.is_empty() {
            return self.svg.clone();
        }
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        self.faded.hash(&mut hasher);
        let id = format!("fade-{:x}", hasher.finish());
        let Some(tag_end) = self.svg.find('>') else {
            return self.svg.clone();
        };
        format!(
            "{} id=\"{id}\"><style>{}</style>{}",
            &self.svg[..tag_end],
            self.fade_css(&format!("#{id}")),
            &self.svg[tag_end + 1..]
        )
    }
}

/// Where a bar or cell is, and what it stands for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mark {
    pub key: String,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// A failure inside plotters' SVG backend (it writes to a string, so in practice none).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the chart could not be drawn: {0}")]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: plotters::drawing::DrawingAreaErrorKind<E>) -> ChartError {
        ChartError(error.to_string())
    }
}

/// Wraps text into lines (for captions in exported files).
pub fn wrap_text(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    layout::wrap(text, max_chars, max_lines)
}

/// The chart font at `px` pixels: Inter (the UI font, self-hosted) with fallbacks for exported files.
pub(crate) fn font(px: f64) -> (&'static str, f64) {
    // plotters' SVG backend writes font-size = size / 1.24.
    ("Inter, Arial, sans-serif", px * 1.24)
}

/// Draws wrapped lines of text centred vertically on `center_y`, `line_px` apart.
pub(crate) fn draw_lines<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    lines: &[String],
    (x, center_y): (i32, i32),
    line_px: i32,
    style: &plotters::style::TextStyle,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let first_line_y = center_y - (lines.len() as i32 - 1) * line_px / 2;
    for (line_idx, line) in lines.iter().enumerate() {
        area.draw(&plotters::prelude::Text::new(
            line.clone(),
            (x, first_line_y + line_idx as i32 * line_px),
            style.clone(),
        ))?;
    }
    Ok(())
}

/// Escapes text for SVG and HTML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Makes plotters' output accessible: `role="img"`, a labelled `<title>` and a class for styling.
fn finish_svg(raw: String, chart_id: &str, title: &str) -> String {
    let Some(tag_end) = raw.find('>') else {
        return raw;
    };
    let chart_id = escape(chart_id);
    format!(
        "{} role=\"img\" aria-labelledby=\"{chart_id}-svg-title\" class=\"chart-svg\" \
         preserveAspectRatio=\"xMinYMin meet\"><title id=\"{chart_id}-svg-title\">{}</title>{}",
        &raw[..tag_end],
        escape(title),
        &raw[tag_end + 1..]
    )
}

/// Diagonal hatching inside a rectangle: marks suppressed cells without relying on colour.
pub(crate) fn hatch<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    top_left: (i32, i32),
    bottom_right: (i32, i32),
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    use plotters::prelude::*;
    let (x0, y0) = top_left;
    let (x1, y1) = bottom_right;
    let (w, h) = (x1 - x0, y1 - y0);
    let mut offset = 8;
    while offset < w + h {
        // The line x + y = x0 + y0 + offset, clipped to the rectangle.
        let start = if offset <= h {
            (x0, y0 + offset)
        } else {
            (x0 + offset - h, y1)
        };
        let end = if offset <= w {
            (x0 + offset, y0)
        } else {
            (x1, y0 + offset - w)
        };
        area.draw(&PathElement::new(
            vec![start, end],
            palette::SUPPRESSED_HATCH.stroke_width(2),
        ))?;
        offset += 10;
    }
    Ok(())
}
