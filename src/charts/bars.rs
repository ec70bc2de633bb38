//! Horizontal bar charts with direct labels: the category left, the bar, its value written at its end.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::{Deserialize, Serialize};

use crate::charts::layout::{text_width, wrap, BOLD_CHAR_EM, CHAR_EM};
use crate::charts::palette;
use crate::charts::{draw_lines, finish_svg, font, Chart, ChartError, Mark};

/// One bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BarRow {
    pub key: String,
    pub label: String,
    /// Length of the bar on the chart's scale (0 to `BarChart::max_value`); `None` when suppressed: drawn
    /// hatched with `value_label` (`< 5`) and no length. A suppressed bar holds no value at all, so none can
    /// leave the browser in a snapshot link.
    pub value: Option<f64>,
    /// What is written at the end of the bar (`78 %`), formatted by the caller in the UI language.
    pub value_label: String,
}

/// A bar chart to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BarChart {
    /// The id that makes the SVG's element ids unique on the page.
    pub chart_id: String,
    pub title: String,
    pub rows: Vec<BarRow>,
    /// The value of a full-length bar (1.0 for shares).
    pub max_value: f64,
    pub width: u32,
}

const FONT_PX: f64 = 20.0;
const LINE_PX: i32 = 24;
const PAD: i32 = 12;
const VALUE_GAP: i32 = 10;

/// Draws horizontal bars, one row per `BarRow`, with the category wrapped onto up to two lines.
pub fn bar_chart(spec: &BarChart) -> Result<Chart, ChartError> {
    let width = spec.width.max(320) as i32;
    let label_width = (f64::from(width) * 0.36).round() as i32;
    let max_chars = (f64::from(label_width) / (FONT_PX * CHAR_EM)).floor() as usize;
    let value_width = spec
        .rows
        .iter()
        .map(|row| text_width(&row.value_label, FONT_PX) * BOLD_CHAR_EM / CHAR_EM)
        .fold(40.0, f64::max)
        .ceil() as i32;
    let bar_x = label_width + PAD;
    let bar_span = (width - bar_x - VALUE_GAP - value_width - PAD).max(40);
    let labels: Vec<Vec<String>> = spec.rows.iter().map(|row| wrap(&row.label, max_chars, 2)).collect();
    let row_heights: Vec<i32> = labels
        .iter()
        .map(|lines| (lines.len() as i32 * LINE_PX + 20).max(46))
        .collect();
    let height = row_heights.iter().sum::<i32>() + 2 * PAD;

    let mut raw = String::new();
    let mut marks = Vec::with_capacity(spec.rows.len());
    {
        let root = SVGBackend::with_string(&mut raw, (width as u32, height as u32)).into_drawing_area();
        root.fill(&palette::BACKGROUND)?;
        let label_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        let value_style = TextStyle::from(font(FONT_PX).into_font().style(FontStyle::Bold))
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let mut top = PAD;
        for ((row, lines), row_height) in spec.rows.iter().zip(&labels).zip(&row_heights) {
            let center = top + row_height / 2;
            draw_lines(&root, lines, (label_width, center), LINE_PX, &label_style)?;
            let bar_top = top + 7;
            let bar_bottom = top + row_height - 7;
            let bar_length = match row.value {
                Some(value) if spec.max_value > 0.0 => {
                    ((value / spec.max_value).clamp(0.0, 1.0) * f64::from(bar_span)).round() as i32
                }
                _ => 0,
            };
            if row.value.is_none() {
                let hatch_end = bar_x + 36;
                root.draw(&Rectangle::new(
                    [(bar_x, bar_top), (hatch_end, bar_bottom)],
                    palette::SUPPRESSED_FILL.filled(),
                ))?;
                crate::charts::hatch(&root, (bar_x, bar_top), (hatch_end, bar_bottom))?;
                root.draw(&Text::new(
                    row.value_label.clone(),
                    (hatch_end + VALUE_GAP, center),
                    value_style.clone(),
                ))?;
            } else {
                if bar_length > 0 {
                    root.draw(&Rectangle::new(
                        [(bar_x, bar_top), (bar_x + bar_length, bar_bottom)],
                        palette::BAR.filled(),
                    ))?;
                }
                root.draw(&Text::new(
                    row.value_label.clone(),
                    (bar_x + bar_length + VALUE_GAP, center),
                    value_style.clone(),
                ))?;
            }
            marks.push(Mark {
                key: row.key.clone(),
                x: 0,
                y: top,
                width,
                height: *row_height,
            });
            top += row_height;
        }
        root.draw(&PathElement::new(
            vec![(bar_x, PAD), (bar_x, height - PAD)],
            palette::RULE.stroke_width(2),
        ))?;
        root.present()?;
    }
    Ok(Chart {
        svg: finish_svg(raw, &spec.chart_id, &spec.title),
        width: width as u32,
        height: height as u32,
        marks,
        faded: Vec::new(),
    })
}
