//! A matrix of shares: rows × columns, each cell shaded on a sequential scale with its number written in
//! it; suppressed cells are hatched and say `< 5`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::{Deserialize, Serialize};

use crate::charts::layout::{wrap, BOLD_CHAR_EM, CHAR_EM};
use crate::charts::{draw_lines, finish_svg, font, hatch, palette, Chart, ChartError, Mark};

/// One cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeatmapCell {
    pub key: String,
    /// 0–1, or `None` when suppressed.
    pub share: Option<f64>,
    /// What is written in the cell (`78 %` or `< 5`).
    pub text: String,
}

/// A heatmap to draw: `cells[row][column]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heatmap {
    pub chart_id: String,
    pub title: String,
    pub row_labels: Vec<String>,
    /// Column headers; each may carry a second line such as `n = 14`.
    pub column_labels: Vec<(String, String)>,
    pub cells: Vec<Vec<HeatmapCell>>,
    pub width: u32,
}

const FONT_PX: f64 = 19.0;
const LINE_PX: i32 = 23;
/// Column headers are secondary: smaller, so long service names fit in three lines.
const HEADER_PX: f64 = 15.0;
const HEADER_LINE_PX: i32 = 20;
const PAD: i32 = 12;

/// Draws the matrix.
pub fn heatmap(spec: &Heatmap) -> Result<Chart, ChartError> {
    let width = spec.width.max(480) as i32;
    let n_columns = spec.column_labels.len().max(1) as i32;
    let label_width = (f64::from(width) * 0.27).round() as i32;
    let cell_width = (width - label_width - 2 * PAD) / n_columns;
    let row_chars = (f64::from(label_width) / (FONT_PX * CHAR_EM)).floor() as usize;
    let column_chars = (f64::from(cell_width - 4) / (HEADER_PX * BOLD_CHAR_EM)).floor() as usize;
    let column_lines: Vec<Vec<String>> = spec
        .column_labels
        .iter()
        .map(|(label, _)| wrap(label, column_chars, 3))
        .collect();
    let n_header_lines = column_lines.iter().map(Vec::len).max().unwrap_or(1) as i32;
    let header_height = n_header_lines * HEADER_LINE_PX + LINE_PX + 12;
    let row_lines: Vec<Vec<String>> = spec.row_labels.iter().map(|label| wrap(label, row_chars, 2)).collect();
    let row_heights: Vec<i32> = row_lines
        .iter()
        .map(|lines| (lines.len() as i32 * LINE_PX + 16).max(50))
        .collect();
    let height = PAD + header_height + row_heights.iter().sum::<i32>() + PAD;
    let grid_x = label_width + PAD;

    let mut raw = String::new();
    let mut marks = Vec::new();
    {
        let root = SVGBackend::with_string(&mut raw, (width as u32, height as u32)).into_drawing_area();
        root.fill(&palette::BACKGROUND)?;
        let header_style = TextStyle::from(font(HEADER_PX).into_font().style(FontStyle::Bold))
            .color(&palette::INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        let header_n_style = TextStyle::from(font(HEADER_PX).into_font())
            .color(&palette::INK_MUTED)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        let row_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        let header_bottom = PAD + header_height - 8;
        for (column_idx, ((_, second_line), lines)) in spec.column_labels.iter().zip(&column_lines).enumerate() {
            let center_x = grid_x + column_idx as i32 * cell_width + cell_width / 2;
            let last_line_y = header_bottom - HEADER_LINE_PX - 4;
            for (line_idx, line) in lines.iter().enumerate() {
                let y = last_line_y - (lines.len() as i32 - 1 - line_idx as i32) * HEADER_LINE_PX;
                root.draw(&Text::new(line.clone(), (center_x, y), header_style.clone()))?;
            }
            root.draw(&Text::new(
                second_line.clone(),
                (center_x, header_bottom),
                header_n_style.clone(),
            ))?;
        }
        let mut top = PAD + header_height;
        for ((row_cells, lines), row_height) in spec.cells.iter().zip(&row_lines).zip(&row_heights) {
            let center_y = top + row_height / 2;
            draw_lines(&root, lines, (label_width, center_y), LINE_PX, &row_style)?;
            for (column_idx, cell) in row_cells.iter().enumerate() {
                let x0 = grid_x + column_idx as i32 * cell_width;
                let (x1, y1) = (x0 + cell_width, top + row_height);
                let fill = cell.share.map_or(palette::SUPPRESSED_FILL, palette::sequential);
                root.draw(&Rectangle::new([(x0, top), (x1, y1)], fill.filled()))?;
                if cell.share.is_none() {
                    hatch(&root, (x0, top), (x1, y1))?;
                }
                root.draw(&Rectangle::new(
                    [(x0, top), (x1, y1)],
                    palette::BACKGROUND.stroke_width(2),
                ))?;
                let text_color = if cell.share.is_some() {
                    palette::text_on(fill)
                } else {
                    palette::INK
                };
                let cell_style = TextStyle::from(font(FONT_PX).into_font().style(FontStyle::Bold))
                    .color(&text_color)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                if cell.share.is_none() {
                    // A white plate behind `< 5` keeps it legible over the hatching.
                    root.draw(&Rectangle::new(
                        [
                            (x0 + cell_width / 2 - 26, center_y - 14),
                            (x0 + cell_width / 2 + 26, center_y + 14),
                        ],
                        palette::BACKGROUND.filled(),
                    ))?;
                }
                root.draw(&Text::new(
                    cell.text.clone(),
                    (x0 + cell_width / 2, center_y),
                    cell_style,
                ))?;
                marks.push(Mark {
                    key: cell.key.clone(),
                    x: x0,
                    y: top,
                    width: cell_width,
                    height: *row_height,
                });
            }
            top += row_height;
        }
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
