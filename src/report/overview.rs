//! The Overview's figures: who the units collaborate with, by unit type, and the register's ICNPO spread.

use crate::charts::{bar_chart, heatmap, BarChart, BarRow, Heatmap, HeatmapCell};
use crate::core::analysis::{crosstab, distribution, RowMask};
use crate::core::overview::{icnpo_distribution, icnpo_groups};
use crate::core::roles::{column_for, survey_side};
use crate::core::{icnpo, Dataset, DatasetKind, Distribution, Role, SurveySide};
use crate::i18n::{self, format_count, format_percent, t, Key, Lang};
use crate::report::{Figure, Table, TableCell, CHART_WIDTH};

/// The staff survey among the loaded datasets: the first survey that asks staff.
pub fn staff_survey<D: AsRef<Dataset>>(datasets: &[D]) -> Option<&Dataset> {
    datasets
        .iter()
        .map(AsRef::as_ref)
        .find(|dataset| survey_side(dataset) == Some(SurveySide::Staff))
}

/// The first register with ICNPO categories.
pub fn register_with_icnpo<D: AsRef<Dataset>>(datasets: &[D]) -> Option<&Dataset> {
    datasets
        .iter()
        .map(AsRef::as_ref)
        .find(|dataset| dataset.kind == DatasetKind::Register && icnpo_groups(dataset).is_some())
}

fn suppressed_label(min_cell: usize) -> String {
    format!("< {min_cell}")
}

/// Bars, tooltips and table rows for a distribution; everything is suppressed when fewer than `min_cell`
/// answered.
fn distribution_parts(
    lang: Lang,
    result: &Distribution,
    min_cell: usize,
) -> (Vec<BarRow>, Vec<String>, Vec<Vec<TableCell>>) {
    let hidden = result.n < min_cell;
    let mut bars = Vec::new();
    let mut texts = Vec::new();
    let mut rows = Vec::new();
    for bar in &result.bars {
        let share = format_percent(lang, bar.share, 0);
        bars.push(BarRow {
            key: bar.key.clone(),
            label: bar.label.clone(),
            value: bar.share,
            value_label: if hidden {
                suppressed_label(min_cell)
            } else {
                share.clone()
            },
            suppressed: hidden,
        });
        if hidden {
            texts.push(i18n::mark_suppressed(lang, &bar.label, min_cell));
            rows.push(vec![
                TableCell::text(bar.label.clone()),
                TableCell::suppressed(suppressed_label(min_cell)),
                TableCell::suppressed(suppressed_label(min_cell)),
            ]);
        } else {
            texts.push(i18n::mark_value(lang, &bar.label, bar.count, result.n, bar.share));
            rows.push(vec![
                TableCell::text(bar.label.clone()),
                TableCell::text(format_count(lang, bar.count)),
                TableCell::text(share),
            ]);
        }
    }
    (bars, texts, rows)
}

fn distribution_headers(lang: Lang) -> Vec<String> {
    vec![
        t(lang, Key::TableCategory).to_owned(),
        t(lang, Key::TableCount).to_owned(),
        t(lang, Key::TableShare).to_owned(),
    ]
}

/// `partner-types`: units collaborating with each partner type, most common first.
pub fn partner_types<D: AsRef<Dataset>>(datasets: &[D], lang: Lang, min_cell: usize) -> Option<Figure> {
    let survey = staff_survey(datasets)?;
    let partners = column_for(survey, Role::Partners)?;
    let result = distribution(partners, &RowMask::all(survey.n_rows))?.sorted();
    let (bars, mark_texts, rows) = distribution_parts(lang, &result, min_cell);
    let title = t(lang, Key::PartnerTypesTitle);
    let chart = bar_chart(&BarChart {
        chart_id: "partner-types",
        title,
        rows: &bars,
        max_value: 1.0,
        width: CHART_WIDTH,
    })
    .ok()?;
    let summary = if result.n < min_cell {
        String::new()
    } else {
        let top: Vec<(&str, f64)> = result
            .bars
            .iter()
            .take(2)
            .map(|bar| (bar.label.as_str(), bar.share))
            .collect();
        i18n::partner_types_summary(lang, &top, result.n)
    };
    Some(Figure {
        id: "partner-types",
        title: title.to_owned(),
        subtitle: t(lang, Key::PartnerTypesSubtitle).to_owned(),
        summary,
        n: result.n,
        caption: i18n::caption(lang, result.n, &survey.name),
        notes: vec![t(lang, Key::MultiNote).to_owned()],
        chart,
        mark_texts,
        table: Table {
            headers: distribution_headers(lang),
            rows,
        },
    })
}

/// `unit-partner-matrix`: the share of each unit type's units that collaborate with each partner type.
pub fn unit_partner_matrix<D: AsRef<Dataset>>(datasets: &[D], lang: Lang, min_cell: usize) -> Option<Figure> {
    let survey = staff_survey(datasets)?;
    let unit_type = column_for(survey, Role::UnitType)?;
    let partners = column_for(survey, Role::Partners)?;
    let mask = RowMask::all(survey.n_rows);
    let table = crosstab(unit_type, partners, &mask, min_cell)?;
    // Partners ordered as in `partner-types`: most common overall first.
    let overall = distribution(partners, &mask)?;
    let mut partner_order: Vec<usize> = (0..table.category_labels.len()).collect();
    partner_order.sort_by(|&a, &b| overall.bars[b].count.cmp(&overall.bars[a].count));

    let suppressed_text = suppressed_label(min_cell);
    let column_labels: Vec<(String, String)> = table
        .group_labels
        .iter()
        .zip(&table.group_n)
        .zip(&table.suppressed)
        .map(|((label, &n), &hidden)| {
            let second = if hidden && n < min_cell {
                format!("n {suppressed_text}")
            } else {
                i18n::n_equals(lang, n)
            };
            (label.clone(), second)
        })
        .collect();
    let row_labels: Vec<String> = partner_order
        .iter()
        .map(|&idx| table.category_labels[idx].clone())
        .collect();
    let mut cells = Vec::new();
    let mut mark_texts = Vec::new();
    let mut table_rows = Vec::new();
    let mut strongest: Option<(usize, usize, f64)> = None;
    for &category_idx in &partner_order {
        let partner = &table.category_labels[category_idx];
        let mut row = Vec::new();
        let mut table_row = vec![TableCell::text(partner.clone())];
        for (group_idx, group) in table.group_labels.iter().enumerate() {
            let key = format!("{group}|{partner}");
            let label = format!("{group} – {partner}");
            if table.suppressed[group_idx] {
                row.push(HeatmapCell {
                    key,
                    share: None,
                    text: suppressed_text.clone(),
                });
                mark_texts.push(i18n::mark_suppressed(lang, &label, min_cell));
                table_row.push(TableCell::suppressed(suppressed_text.clone()));
            } else {
                let share = table.share(group_idx, category_idx);
                if strongest.is_none_or(|(_, _, best)| share > best) {
                    strongest = Some((group_idx, category_idx, share));
                }
                row.push(HeatmapCell {
                    key,
                    share: Some(share),
                    text: format_percent(lang, share, 0),
                });
                mark_texts.push(i18n::mark_value(
                    lang,
                    &label,
                    table.counts[group_idx][category_idx],
                    table.group_n[group_idx],
                    share,
                ));
                table_row.push(TableCell::text(format_percent(lang, share, 0)));
            }
        }
        cells.push(row);
        table_rows.push(table_row);
    }
    let title = t(lang, Key::MatrixTitle);
    let chart = heatmap(&Heatmap {
        chart_id: "unit-partner-matrix",
        title,
        row_labels: &row_labels,
        column_labels: &column_labels,
        cells: &cells,
        width: CHART_WIDTH,
    })
    .ok()?;
    let n_hidden = table.suppressed.iter().filter(|&&hidden| hidden).count();
    let summary = i18n::matrix_summary(
        lang,
        strongest.map(|(group_idx, category_idx, share)| {
            (
                table.group_labels[group_idx].as_str(),
                table.category_labels[category_idx].as_str(),
                share,
            )
        }),
        n_hidden,
        min_cell,
    );
    let mut headers = vec![t(lang, Key::TableCategory).to_owned()];
    headers.extend(
        column_labels
            .iter()
            .map(|(label, second)| format!("{label} ({second})")),
    );
    let mut notes = vec![t(lang, Key::MultiNote).to_owned()];
    if n_hidden > 0 {
        notes.push(t(lang, Key::SuppressedLegend).replace("< 5", &suppressed_text));
    }
    Some(Figure {
        id: "unit-partner-matrix",
        title: title.to_owned(),
        subtitle: t(lang, Key::MatrixSubtitle).to_owned(),
        summary,
        n: table.n,
        caption: i18n::caption(lang, table.n, &survey.name),
        notes,
        chart,
        mark_texts,
        table: Table {
            headers,
            rows: table_rows,
        },
    })
}

/// `icnpo-categories`: registered organisations per ICNPO main group, largest first.
pub fn icnpo_categories<D: AsRef<Dataset>>(datasets: &[D], lang: Lang) -> Option<Figure> {
    let register = register_with_icnpo(datasets)?;
    let result = icnpo_distribution(register, &RowMask::all(register.n_rows), |group| {
        i18n::icnpo_group(lang, group)
    })?;
    if result.n == 0 {
        return None;
    }
    let n_health_social = icnpo_groups(register)?
        .iter()
        .filter(|groups| groups.iter().any(|group| icnpo::HEALTH_AND_SOCIAL.contains(group)))
        .count();
    let mut sorted = result.clone().sorted();
    sorted.bars.retain(|bar| bar.count > 0);
    // Register data is public: no respondents, so no suppression.
    let (bars, mark_texts, _) = distribution_parts(lang, &sorted, 0);
    let (_, _, rows) = distribution_parts(lang, &result, 0);
    let title = t(lang, Key::IcnpoTitle);
    let chart = bar_chart(&BarChart {
        chart_id: "icnpo-categories",
        title,
        rows: &bars,
        max_value: sorted.bars.first().map_or(1.0, |bar| bar.share).max(0.01),
        width: CHART_WIDTH,
    })
    .ok()?;
    let top = sorted.bars.first().map(|bar| (bar.label.as_str(), bar.share))?;
    Some(Figure {
        id: "icnpo-categories",
        title: title.to_owned(),
        subtitle: t(lang, Key::IcnpoSubtitle).to_owned(),
        summary: i18n::icnpo_summary(lang, top, n_health_social, result.n),
        n: result.n,
        caption: i18n::caption(lang, result.n, &register.name),
        notes: vec![t(lang, Key::MultiNote).to_owned()],
        chart,
        mark_texts,
        table: Table {
            headers: distribution_headers(lang),
            rows,
        },
    })
}
