//! The gap funnel: per offer category, the offers that exist, then the share of staff who know of them and
//! the share who have told users, drawn as nested bars so the drop is the first thing one sees.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::{Deserialize, Serialize};

use crate::charts::layout::{text_width, wrap, CHAR_EM};
use crate::charts::{draw_lines, finish_svg, font, hatch, palette, Chart, ChartError, Mark};

/// One category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunnelRow {
    pub key: String,
    pub label: String,
    pub offers: usize,
    /// `12 tilbud`.
    pub offers_label: String,
    /// Shares 0–1; `None` when the survey does not ask (or the numbers are suppressed: see `note`).
    pub known: Option<f64>,
    pub told: Option<f64>,
    /// The share of service users who have taken part (a user survey's stage), drawn as a strip under
    /// the staff track; `None` without one, or suppressed.
    pub reached: Option<f64>,
    /// `Kjenner 30 % → forteller 10 %`, or why there are no bars.
    pub note: String,
    /// `Deltatt: 4 %` under the note, where a user survey is loaded; empty otherwise.
    pub reached_note: String,
    /// Hatch the bar area: the numbers are suppressed.
    pub suppressed: bool,
}

/// A funnel to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunnelChart {
    pub chart_id: String,
    pub title: String,
    /// Legend texts: offers, know of, told users, and (with a user survey) users who took part.
    pub legend: Vec<String>,
    pub rows: Vec<FunnelRow>,
    pub width: u32,
}

const FONT_PX: f64 = 19.0;
const LINE_PX: i32 = 23;
const PAD: i32 = 12;
const LEGEND_PX: i32 = 40;
/// Colours of the three stages: offers (green), known (light blue), told (dark blue).
const OFFERS: RGBColor = RGBColor(0, 133, 96);
const KNOWN: RGBColor = RGBColor(70, 140, 200);
const TOLD: RGBColor = RGBColor(8, 48, 107);
const TRACK: RGBColor = RGBColor(236, 236, 236);
/// The users who took part: a strip in the second series' colour, apart from the blues.
const REACHED: RGBColor = palette::SECOND;

/// Draws one row per category: the offers as a short bar, then the staff track (100 %) with the share who
/// know of it and, inside that, the share who have told users.
pub fn funnel(spec: &FunnelChart) -> Result<Chart, ChartError> {
    let width = spec.width.max(480) as i32;
    let label_width = (f64::from(width) * 0.24).round() as i32;
    let max_chars = (f64::from(label_width) / (FONT_PX * CHAR_EM)).floor() as usize;
    let offers_x = label_width + PAD;
    let offers_label_width = spec
        .rows
        .iter()
        .map(|row| text_width(&row.offers_label, FONT_PX - 1.0) * 1.08)
        .fold(0.0, f64::max)
        .ceil() as i32;
    let offers_span = ((f64::from(width) * 0.12).round() as i32).max(offers_label_width + 50);
    let track_x = offers_x + offers_span + 16;
    let note_width = (f64::from(width) * 0.3).round() as i32;
    let track_span = (width - track_x - note_width - PAD).max(60);
    let max_offers = spec.rows.iter().map(|row| row.offers).max().unwrap_or(1).max(1);
    let labels: Vec<Vec<String>> = spec.rows.iter().map(|row| wrap(&row.label, max_chars, 2)).collect();
    let with_reached = spec.rows.iter().any(|row| !row.reached_note.is_empty());
    let min_row = if with_reached { 70 } else { 52 };
    let row_heights: Vec<i32> = labels
        .iter()
        .map(|lines| (lines.len() as i32 * LINE_PX + 18).max(min_row))
        .collect();
    // The legend from above the offers, moved left or onto more lines where longer texts (a register's
    // «Foreninger i registeret») would run past the edge.
    let legend_widths: Vec<i32> = spec
        .legend
        .iter()
        .map(|text| 25 + text_width(text, FONT_PX - 2.0).ceil() as i32)
        .collect();
    let legend_total = legend_widths.iter().sum::<i32>() + 30 * (legend_widths.len() as i32 - 1);
    let legend_start = if offers_x + legend_total <= width - PAD {
        offers_x
    } else {
        PAD
    };
    let mut legend_at: Vec<(i32, i32)> = Vec::with_capacity(legend_widths.len());
    let (mut legend_x, mut legend_line) = (legend_start, 0);
    for item_width in &legend_widths {
        if legend_x > legend_start && legend_x + item_width > width - PAD {
            legend_x = legend_start;
            legend_line += 1;
        }
        legend_at.push((legend_x, PAD + legend_line * LEGEND_PX + LEGEND_PX / 2 - 4));
        legend_x += item_width + 30;
    }
    let legend_height = (legend_line + 1) * LEGEND_PX;
    let height = PAD + legend_height + row_heights.iter().sum::<i32>() + PAD;

    let mut raw = String::new();
    let mut marks = Vec::new();
    {
        let root = SVGBackend::with_string(&mut raw, (width as u32, height as u32)).into_drawing_area();
        root.fill(&palette::BACKGROUND)?;
        let label_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        let value_style = TextStyle::from(font(FONT_PX - 1.0).into_font().style(FontStyle::Bold))
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let legend_style = TextStyle::from(font(FONT_PX - 2.0).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for ((text, color), (x, y)) in spec.legend.iter().zip([OFFERS, KNOWN, TOLD, REACHED]).zip(legend_at) {
            root.draw(&Rectangle::new([(x, y - 8), (x + 18, y + 8)], color.filled()))?;
            root.draw(&Text::new(text.clone(), (x + 25, y), legend_style.clone()))?;
        }
        let mut top = PAD + legend_height;
        for ((row, lines), row_height) in spec.rows.iter().zip(&labels).zip(&row_heights) {
            let center = top + row_height / 2;
            draw_lines(&root, lines, (label_width, center), LINE_PX, &label_style)?;
            // Stage 1: the offers that exist.
            let offers_length = (row.offers as f64 / max_offers as f64
                * f64::from(offers_span - offers_label_width - 10))
            .round() as i32;
            if offers_length > 0 {
                root.draw(&Rectangle::new(
                    [(offers_x, center - 11), (offers_x + offers_length, center + 11)],
                    OFFERS.filled(),
                ))?;
            }
            root.draw(&Text::new(
                row.offers_label.clone(),
                (offers_x + offers_length + 6, center),
                value_style.clone(),
            ))?;
            // Stages 2 and 3 on a track that stands for all staff.
            let track = [(track_x, center - 15), (track_x + track_span, center + 15)];
            if row.suppressed {
                root.draw(&Rectangle::new(track, palette::SUPPRESSED_FILL.filled()))?;
                hatch(&root, track[0], track[1])?;
            } else if let Some(known) = row.known {
                root.draw(&Rectangle::new(track, TRACK.filled()))?;
                let known_end = track_x + (known.clamp(0.0, 1.0) * f64::from(track_span)).round() as i32;
                root.draw(&Rectangle::new(
                    [(track_x, center - 15), (known_end, center + 15)],
                    KNOWN.filled(),
                ))?;
                if let Some(told) = row.told {
                    let told_end = track_x + (told.clamp(0.0, 1.0) * f64::from(track_span)).round() as i32;
                    root.draw(&Rectangle::new(
                        [(track_x, center - 8), (told_end, center + 8)],
                        TOLD.filled(),
                    ))?;
                }
                root.draw(&Rectangle::new(track, palette::RULE.stroke_width(1)))?;
            }
            if let Some(reached) = row.reached {
                let reached_end = track_x + (reached.clamp(0.0, 1.0) * f64::from(track_span)).round() as i32;
                root.draw(&Rectangle::new(
                    [(track_x, center + 20), (reached_end.max(track_x + 2), center + 28)],
                    REACHED.filled(),
                ))?;
            }
            // Without bars the note stands where the bars would be.
            let note_x = if row.known.is_some() || row.suppressed {
                track_x + track_span + 12
            } else {
                track_x
            };
            if row.reached_note.is_empty() {
                root.draw(&Text::new(row.note.clone(), (note_x, center), value_style.clone()))?;
            } else {
                root.draw(&Text::new(row.note.clone(), (note_x, center - 4), value_style.clone()))?;
                root.draw(&Text::new(
                    row.reached_note.clone(),
                    (note_x, center + 22),
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
