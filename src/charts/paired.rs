//! Paired horizontal bars: the same categories as two groups see them (staff and organisations), each bar
//! labelled with its group's name and value so colour is never the only cue.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::{Deserialize, Serialize};

use crate::charts::layout::{text_width, wrap, BOLD_CHAR_EM, CHAR_EM};
use crate::charts::{draw_lines, finish_svg, font, hatch, palette, Chart, ChartError, Mark};

/// One category with both groups' values (0–1), `None` where that group's number is suppressed or absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairedRow {
    pub key: String,
    pub label: String,
    pub first: Option<f64>,
    pub first_label: String,
    pub second: Option<f64>,
    pub second_label: String,
}

/// A paired bar chart to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairedBars {
    pub chart_id: String,
    pub title: String,
    /// The two groups' names, drawn in the legend.
    pub series: [String; 2],
    pub rows: Vec<PairedRow>,
    pub width: u32,
}

const FONT_PX: f64 = 19.0;
const LINE_PX: i32 = 23;
const BAR_PX: i32 = 22;
const PAD: i32 = 12;
const LEGEND_PX: i32 = 40;

/// Draws two bars per category, the first group above the second.
pub fn paired_bars(spec: &PairedBars) -> Result<Chart, ChartError> {
    let width = spec.width.max(360) as i32;
    let label_width = (f64::from(width) * 0.34).round() as i32;
    let max_chars = (f64::from(label_width) / (FONT_PX * CHAR_EM)).floor() as usize;
    let value_width = spec
        .rows
        .iter()
        .flat_map(|row| [&row.first_label, &row.second_label])
        .map(|label| text_width(label, FONT_PX) * BOLD_CHAR_EM / CHAR_EM)
        .fold(60.0, f64::max)
        .ceil() as i32;
    let bar_x = label_width + PAD;
    let bar_span = (width - bar_x - 10 - value_width - PAD).max(40);
    let labels: Vec<Vec<String>> = spec.rows.iter().map(|row| wrap(&row.label, max_chars, 3)).collect();
    let row_heights: Vec<i32> = labels
        .iter()
        .map(|lines| (lines.len() as i32 * LINE_PX + 16).max(2 * BAR_PX + 20))
        .collect();
    let height = PAD + LEGEND_PX + row_heights.iter().sum::<i32>() + PAD;
    let colors = [palette::BAR, palette::SECOND];

    let mut raw = String::new();
    let mut marks = Vec::new();
    {
        let root = SVGBackend::with_string(&mut raw, (width as u32, height as u32)).into_drawing_area();
        root.fill(&palette::BACKGROUND)?;
        let label_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        let value_style = TextStyle::from(font(FONT_PX).into_font().style(FontStyle::Bold))
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let legend_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let mut legend_x = bar_x;
        for (series, color) in spec.series.iter().zip(colors) {
            let y = PAD + LEGEND_PX / 2 - 4;
            root.draw(&Rectangle::new(
                [(legend_x, y - 9), (legend_x + 18, y + 9)],
                color.filled(),
            ))?;
            root.draw(&Text::new(
                (*series).to_owned(),
                (legend_x + 26, y),
                legend_style.clone(),
            ))?;
            legend_x += 26 + text_width(series, FONT_PX).ceil() as i32 + 32;
        }
        let mut top = PAD + LEGEND_PX;
        for ((row, lines), row_height) in spec.rows.iter().zip(&labels).zip(&row_heights) {
            let center = top + row_height / 2;
            draw_lines(&root, lines, (label_width, center), LINE_PX, &label_style)?;
            let bars = [(row.first, &row.first_label), (row.second, &row.second_label)];
            for (bar_idx, ((value, value_label), color)) in bars.into_iter().zip(colors).enumerate() {
                let bar_top = center - BAR_PX - 1 + bar_idx as i32 * (BAR_PX + 2);
                let bar_bottom = bar_top + BAR_PX;
                let end = match value {
                    Some(value) => {
                        let length = (value.clamp(0.0, 1.0) * f64::from(bar_span)).round() as i32;
                        if length > 0 {
                            root.draw(&Rectangle::new(
                                [(bar_x, bar_top), (bar_x + length, bar_bottom)],
                                color.filled(),
                            ))?;
                        }
                        bar_x + length
                    }
                    None => {
                        root.draw(&Rectangle::new(
                            [(bar_x, bar_top), (bar_x + 30, bar_bottom)],
                            palette::SUPPRESSED_FILL.filled(),
                        ))?;
                        hatch(&root, (bar_x, bar_top), (bar_x + 30, bar_bottom))?;
                        bar_x + 30
                    }
                };
                root.draw(&Text::new(
                    value_label.clone(),
                    (end + 10, (bar_top + bar_bottom) / 2),
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
            vec![(bar_x, PAD + LEGEND_PX), (bar_x, height - PAD)],
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
