//! The gap analysis as figures: the funnel, the category × district matrix and the ranked list of the
//! largest gaps, plus the gap table for export.

use std::rc::Rc;

use crate::charts::{BarChart, BarRow, ChartSpec, FunnelChart, FunnelRow, Heatmap, HeatmapCell};
use crate::core::analysis::RowMask;
use crate::core::filter::{row_values, select, Selection};
use crate::core::gap::{self, CategoryMapping, Funnel};
use crate::core::roles::column_for;
use crate::core::suppress::suppress_groups;
use crate::core::{Dataset, Field, Filter, Role};
use crate::i18n::{self, format_count, format_percent, Key};
use crate::report::{draw, figures, hidden_note, Figure, FigureItem, Input, Make, Table, TableCell, CHART_WIDTH};

/// The gap figures in reading order, each from the input's mapping (`Input::gap_mapping`).
pub const FIGURES: [(&str, Make); 3] = [
    ("gap-funnel", |input| gap_funnel(input, input.gap_mapping()?)),
    ("gap-matrix", |input| gap_matrix(input, input.gap_mapping()?)),
    ("gap-ranking", |input| gap_ranking(input, input.gap_mapping()?)),
];

/// Every gap figure the loaded data supports, with the input's mapping corrections.
pub fn all(input: &Input) -> Vec<Figure> {
    figures(input, &FIGURES)
}

/// The survey options matched to the catalogue's categories, with the user's corrections applied.
pub fn mapping(input: &Input) -> Option<CategoryMapping> {
    let (offers, staff) = (input.offers()?, input.staff()?);
    let mut options = gap::survey_offer_options(staff);
    for option in input.users().map(gap::survey_offer_options).unwrap_or_default() {
        if !options.contains(&option) {
            options.push(option);
        }
    }
    let categories = gap::catalogue_categories(offers);
    if options.is_empty() || categories.is_empty() {
        return None;
    }
    let automatic = match input.offers_from_register() {
        Some(register_offers) => gap::register::match_register_categories(&options, register_offers),
        None => gap::match_categories(&options, &categories),
    };
    Some(automatic.with_overrides(input.overrides))
}

/// The funnel with the current filters, and the selections behind it.
fn filtered_funnel(input: &Input, mapping: &CategoryMapping) -> Option<(Funnel, Rc<Selection>, Rc<Selection>)> {
    let (offers, staff) = (input.offers()?, input.staff()?);
    let (offers_selection, staff_selection) = (input.select(offers), input.select(staff));
    let mut result = gap::funnel(offers, &offers_selection.mask, staff, &staff_selection.mask, mapping);
    if let Some(users) = input.users() {
        result = result.with_reached(users, &input.select(users).mask, mapping);
    }
    Some((result, offers_selection, staff_selection))
}

/// Whether the user survey's stage is suppressed: its selection may not be shown, or too few answered.
fn reached_hidden(input: &Input, result: &Funnel) -> bool {
    input.users().is_some_and(|users| input.select(users).hidden.is_some()) || result.n_reached < input.min_cell
}

/// The users' stage of a row as text: `brukere deltatt 4 %`, `… < 5` when `users_hidden`; empty without a
/// user survey or where it does not ask about the category.
fn reached_text(input: &Input, result: &Funnel, row: &gap::GapRow, users_hidden: bool) -> String {
    if input.users().is_none() {
        return String::new();
    }
    let share = if users_hidden {
        Some(input.suppressed_label())
    } else {
        result
            .reached_share(row)
            .map(|share| format_percent(input.lang, share, 0))
    };
    share
        .map(|share| i18n::reached_note(input.lang, &share))
        .unwrap_or_default()
}

fn sources<'a>(offers: &'a Dataset, staff: &'a Dataset) -> [&'a str; 2] {
    [offers.name.as_str(), staff.name.as_str()]
}

fn merged_caption(input: &Input, n: usize, withheld: bool, selections: [&Selection; 2], names: &[&str]) -> String {
    let mut merged = selections[0].clone();
    for filter in &selections[1].applied {
        if !merged.applied.contains(filter) {
            merged.applied.push(filter.clone());
        }
    }
    input.caption(n, withheld, &merged, names)
}

/// The gap table's column of offers: the catalogue's, or the register's organisations.
fn offers_header(input: &Input) -> Key {
    if input.offers_from_register().is_some() {
        Key::TableRegisterOrgs
    } else {
        Key::TableOffers
    }
}

/// Categories with no offers after a category filter are left out of the funnel.
fn category_filter_active(input: &Input) -> bool {
    input
        .filters
        .iter()
        .any(|filter| filter.field == Field::Role(Role::OfferCategory))
}

/// `gap-funnel`: offers that exist → staff who know of them → staff who have told users.
pub fn gap_funnel(input: &Input, mapping: &CategoryMapping) -> Option<Figure> {
    let lang = input.lang;
    let from_register = input.offers_from_register().is_some();
    let (offers, staff) = (input.offers()?, input.staff()?);
    let (result, offers_selection, staff_selection) = filtered_funnel(input, mapping)?;
    let hidden = staff_selection.hidden.is_some() || result.n_known < input.min_cell;
    let users_hidden = reached_hidden(input, &result);
    let suppressed = input.suppressed_label();
    let mut rows: Vec<&gap::GapRow> = result.rows.iter().collect();
    if category_filter_active(input) {
        rows.retain(|row| row.offers > 0);
    }
    // Largest gap first; categories the survey does not ask about last.
    crate::core::sorting::sort_by(&mut rows, |a, b| {
        let (gap_a, gap_b) = (result.gap(a).unwrap_or(-1.0), result.gap(b).unwrap_or(-1.0));
        gap_b.total_cmp(&gap_a).then(b.offers.cmp(&a.offers))
    });
    let chart_rows: Vec<FunnelRow> = rows
        .iter()
        .map(|row| {
            let (known, told) = (result.known_share(row), result.told_share(row));
            let note = match (known, hidden) {
                (None, _) => input.t(Key::NotAsked).to_owned(),
                (Some(_), true) => suppressed.clone(),
                (Some(known), false) => i18n::funnel_note(lang, known, told),
            };
            FunnelRow {
                key: row.category.clone(),
                label: row.category.clone(),
                offers: row.offers,
                offers_label: i18n::offers_count(lang, row.offers, from_register),
                known: if hidden { None } else { known },
                told: if hidden { None } else { told },
                reached: result.reached_share(row).filter(|_| !users_hidden),
                note,
                reached_note: reached_text(input, &result, row, users_hidden),
                suppressed: hidden && known.is_some(),
            }
        })
        .collect();
    let title = input.t(Key::FunnelTitle);
    let (chart_spec, chart) = draw(ChartSpec::Funnel(FunnelChart {
        chart_id: "gap-funnel".into(),
        title: title.into(),
        legend: [
            if from_register {
                Key::LegendRegisterOrgs
            } else {
                Key::LegendOffers
            },
            Key::LegendKnown,
            Key::LegendTold,
            Key::LegendReached,
        ]
        .into_iter()
        .take(if input.users().is_some() { 4 } else { 3 })
        .map(|key| input.t(key).to_owned())
        .collect(),
        rows: chart_rows.clone(),
        width: CHART_WIDTH,
    }))?;
    let top = result
        .ranked()
        .into_iter()
        .find(|row| rows.iter().any(|r| r.category == row.category));
    let summary = match (hidden, top) {
        (true, _) => hidden_note(input, &staff_selection),
        (false, Some(row)) => i18n::funnel_summary(
            lang,
            &row.category,
            row.offers,
            result.known_share(row).unwrap_or(0.0),
            result.told_share(row).unwrap_or(0.0),
            from_register,
        ),
        (false, None) => String::new(),
    };
    let mut notes = Vec::new();
    if !result.unmatched_options.is_empty() {
        notes.push(i18n::unmatched_options_note(lang, &result.unmatched_options));
    }
    let table = gap_table(input, &result, &rows, hidden);
    Some(Figure {
        id: "gap-funnel".into(),
        title: title.to_owned(),
        subtitle: input
            .t(if from_register {
                Key::FunnelSubtitleRegister
            } else {
                Key::FunnelSubtitle
            })
            .to_owned(),
        summary,
        n: result.n_known,
        withheld: hidden,
        caption: merged_caption(
            input,
            result.n_known,
            hidden,
            [&offers_selection, &staff_selection],
            &sources(offers, staff),
        ),
        notes,
        mark_texts: chart_rows
            .iter()
            .map(|row| {
                let reached = if row.reached_note.is_empty() {
                    String::new()
                } else {
                    format!(", {}", row.reached_note)
                };
                // The staff it counts, unless the numbers are withheld.
                let n = if hidden {
                    String::new()
                } else {
                    format!(" ({})", i18n::n_equals(lang, result.n_known))
                };
                format!("{}: {}, {}{reached}{n}", row.label, row.offers_label, row.note)
            })
            .collect(),
        mark_filters: chart_rows
            .iter()
            .map(|row| {
                vec![Filter {
                    field: Field::Role(Role::OfferCategory),
                    value: row.key.clone(),
                }]
            })
            .collect(),
        chart,
        spec: chart_spec,
        items: Vec::new(),
        table,
    })
}

/// The gap table: one row per category, as the funnel shows it (also what is exported).
pub fn gap_table(input: &Input, result: &Funnel, rows: &[&gap::GapRow], hidden: bool) -> Table {
    let lang = input.lang;
    let suppressed = input.suppressed_label();
    let percent = |share: Option<f64>| -> TableCell {
        match share {
            _ if hidden => TableCell::suppressed(suppressed.clone()),
            Some(share) => TableCell::text(format_percent(lang, share, 0)),
            None => TableCell::text("–"),
        }
    };
    let mut table = Table {
        headers: vec![
            input.t(Key::TableCategory).to_owned(),
            input.t(offers_header(input)).to_owned(),
            input.t(Key::TableKnown).to_owned(),
            input.t(Key::TableTold).to_owned(),
            input.t(Key::TableGap).to_owned(),
        ],
        rows: rows
            .iter()
            .map(|row| {
                vec![
                    TableCell::text(row.category.clone()),
                    TableCell::text(format_count(lang, row.offers)),
                    percent(result.known_share(row)),
                    percent(result.told_share(row)),
                    percent(result.gap(row)),
                ]
            })
            .collect(),
    };
    // The users' stage, where a user survey is loaded.
    if input.users().is_some() {
        let users_hidden = reached_hidden(input, result);
        table.headers.push(input.t(Key::LegendReached).to_owned());
        for (cells, row) in table.rows.iter_mut().zip(rows) {
            cells.push(match result.reached_share(row) {
                _ if users_hidden => TableCell::suppressed(suppressed.clone()),
                Some(share) => TableCell::text(format_percent(lang, share, 0)),
                None => TableCell::text("–"),
            });
        }
    }
    table
}

/// The gap table for export, with its title, the filters in force, n, the suppression note and sources.
pub fn export(input: &Input) -> Option<crate::export::ExportTable> {
    let mapping = input.gap_mapping()?;
    let figure = gap_funnel(input, mapping)?;
    let (result, _, staff_selection) = filtered_funnel(input, mapping)?;
    let hidden = staff_selection.hidden.is_some() || result.n_known < input.min_cell;
    let rows: Vec<&gap::GapRow> = result
        .ranked()
        .into_iter()
        .chain(result.rows.iter().filter(|row| result.gap(row).is_none()))
        .collect();
    let mut preamble = vec![format!("Brobygger – {}", figure.title), figure.caption.clone()];
    if hidden {
        preamble.push(figure.summary.clone());
    }
    preamble.extend(figure.notes.iter().cloned());
    // Numbers as numbers (whole percentages), so the sheet can sort and calculate with them.
    let percent = |share: Option<f64>| -> String {
        match share {
            _ if hidden => input.suppressed_label(),
            Some(share) => format!("{:.0}", share * 100.0),
            None => String::new(),
        }
    };
    let with_unit = |key: Key| format!("{} (%)", input.t(key));
    let mut table = crate::export::ExportTable {
        preamble,
        headers: vec![
            input.t(Key::TableCategory).to_owned(),
            input.t(offers_header(input)).to_owned(),
            with_unit(Key::TableKnown),
            with_unit(Key::TableTold),
            with_unit(Key::TableGap),
        ],
        rows: rows
            .iter()
            .map(|row| {
                vec![
                    row.category.clone(),
                    row.offers.to_string(),
                    percent(result.known_share(row)),
                    percent(result.told_share(row)),
                    percent(result.gap(row)),
                ]
            })
            .collect(),
    };
    if input.users().is_some() {
        let users_hidden = reached_hidden(input, &result);
        table.headers.push(with_unit(Key::LegendReached));
        for (cells, row) in table.rows.iter_mut().zip(&rows) {
            cells.push(match result.reached_share(row) {
                _ if users_hidden => input.suppressed_label(),
                Some(share) => format!("{:.0}", share * 100.0),
                None => String::new(),
            });
        }
    }
    Some(table)
}

/// `gap-matrix`: categories × districts, the share of staff in each district who do not know of offers that
/// exist there. The district filter does not narrow it (districts are its columns); it marks them.
pub fn gap_matrix(input: &Input, mapping: &CategoryMapping) -> Option<Figure> {
    let lang = input.lang;
    let (offers, staff) = (input.offers()?, input.staff()?);
    let districts = column_for(staff, Role::District)?.data.options().to_vec();
    let known_column = column_for(staff, Role::OffersKnown)?;
    let without_district: Vec<Filter> = input
        .filters
        .iter()
        .filter(|filter| filter.field != Field::Role(Role::District))
        .cloned()
        .collect();
    let staff_selection = select(staff, &without_district, &input.context, input.min_cell);
    let offers_selection = select(offers, &without_district, &input.context, input.min_cell);
    let staff_districts = row_values(staff, Field::Role(Role::District), &input.context)?;
    let offer_districts = row_values(offers, Field::Role(Role::District), &input.context)?;
    let district_mask = |values: &[Vec<String>], base: &RowMask, district: &str| -> RowMask {
        RowMask(
            values
                .iter()
                .enumerate()
                .map(|(row, v)| base.includes(row) && v.iter().any(|d| d == district))
                .collect(),
        )
    };
    // Staff per district who answered, for suppression of small districts and their complements.
    let group_n: Vec<usize> = districts
        .iter()
        .map(|district| {
            let mask = district_mask(&staff_districts, &staff_selection.mask, district);
            (0..staff.n_rows)
                .filter(|&row| mask.includes(row) && known_column.data.is_answered(row))
                .count()
        })
        .collect();
    let suppressed_groups = suppress_groups(&group_n, input.min_cell);
    let all_hidden = staff_selection.hidden.is_some();
    let funnels: Vec<Funnel> = districts
        .iter()
        .map(|district| {
            gap::funnel(
                offers,
                &district_mask(&offer_districts, &offers_selection.mask, district),
                staff,
                &district_mask(&staff_districts, &staff_selection.mask, district),
                mapping,
            )
        })
        .collect();
    let categories: Vec<String> = funnels
        .first()?
        .rows
        .iter()
        .filter(|row| {
            mapping
                .entries
                .iter()
                .any(|e| e.category.as_deref() == Some(row.category.as_str()))
        })
        .map(|row| row.category.clone())
        .collect();
    let selected_district = input
        .filters
        .iter()
        .find(|filter| filter.field == Field::Role(Role::District))
        .map(|filter| filter.value.clone());
    let suppressed_text = input.suppressed_label();
    let no_offers = input.t(Key::NoOffersHere);
    let mut cells = Vec::new();
    let mut mark_texts = Vec::new();
    let mut mark_filters = Vec::new();
    let mut table_rows = Vec::new();
    let mut largest: Option<(String, String, f64)> = None;
    for category in &categories {
        let mut row_cells = Vec::new();
        let mut table_row = vec![TableCell::text(category.clone())];
        for (district_idx, district) in districts.iter().enumerate() {
            let funnel = &funnels[district_idx];
            let gap_row = funnel.rows.iter().find(|row| &row.category == category)?;
            let key = format!("{category}|{district}");
            let label = format!("{category} – {district}");
            mark_filters.push(vec![Filter {
                field: Field::Role(Role::District),
                value: district.clone(),
            }]);
            if all_hidden || suppressed_groups[district_idx] {
                row_cells.push(HeatmapCell {
                    key,
                    share: None,
                    text: suppressed_text.clone(),
                });
                mark_texts.push(i18n::mark_suppressed(lang, &label, input.min_cell));
                table_row.push(TableCell::suppressed(suppressed_text.clone()));
                continue;
            }
            if gap_row.offers == 0 {
                row_cells.push(HeatmapCell {
                    key,
                    share: Some(0.0),
                    text: "–".to_owned(),
                });
                mark_texts.push(format!("{label}: {no_offers}"));
                table_row.push(TableCell::text("–"));
                continue;
            }
            let known = funnel.known_share(gap_row).unwrap_or(0.0);
            let gap = 1.0 - known;
            if largest.as_ref().is_none_or(|(_, _, best)| gap > *best) {
                largest = Some((category.clone(), district.clone(), gap));
            }
            row_cells.push(HeatmapCell {
                key,
                share: Some(gap),
                text: format_percent(lang, gap, 0),
            });
            mark_texts.push(format!(
                "{label}: {}, {} ({})",
                i18n::offers_count(lang, gap_row.offers, input.offers_from_register().is_some()),
                i18n::funnel_note(lang, known, funnel.told_share(gap_row)),
                i18n::n_equals(lang, funnel.n_known)
            ));
            table_row.push(TableCell::text(format_percent(lang, gap, 0)));
        }
        cells.push(row_cells);
        table_rows.push(table_row);
    }
    let column_labels: Vec<(String, String)> = districts
        .iter()
        .zip(&group_n)
        .map(|(district, &n)| {
            let marker = if selected_district.as_deref() == Some(district.as_str()) {
                " ◆"
            } else {
                ""
            };
            let second = if n < input.min_cell {
                format!("n {suppressed_text}")
            } else {
                i18n::n_equals(lang, n)
            };
            (format!("{district}{marker}"), second)
        })
        .collect();
    let title = input.t(Key::GapMatrixTitle);
    let (chart_spec, chart) = draw(ChartSpec::Heatmap(Heatmap {
        chart_id: "gap-matrix".into(),
        title: title.into(),
        row_labels: categories.clone(),
        column_labels: column_labels.clone(),
        cells: cells.clone(),
        width: CHART_WIDTH,
    }))?;
    let n: usize = group_n.iter().sum();
    let summary = if all_hidden {
        hidden_note(input, &staff_selection)
    } else {
        largest
            .map(|(category, district, gap)| i18n::gap_matrix_summary(lang, &category, &district, gap))
            .unwrap_or_default()
    };
    let mut headers = vec![input.t(Key::TableCategory).to_owned()];
    headers.extend(
        column_labels
            .iter()
            .map(|(label, second)| format!("{label} ({second})")),
    );
    let mut notes = vec![format!("–: {no_offers}")];
    if suppressed_groups.iter().any(|&hidden| hidden) {
        notes.push(input.t(Key::SuppressedLegend).replace("< 5", &suppressed_text));
    }
    Some(Figure {
        id: "gap-matrix".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::GapMatrixSubtitle).to_owned(),
        summary,
        n,
        withheld: all_hidden,
        caption: merged_caption(
            input,
            n,
            all_hidden,
            [&offers_selection, &staff_selection],
            &sources(offers, staff),
        ),
        notes,
        chart,
        spec: chart_spec,
        mark_texts,
        mark_filters,
        items: Vec::new(),
        table: Table {
            headers,
            rows: table_rows,
        },
    })
}

/// The district with the most offers of `category` in `mask`, and how many.
fn top_district(input: &Input, offers: &Dataset, mask: &RowMask, category: &str) -> Option<(String, usize)> {
    let districts = row_values(offers, Field::Role(Role::District), &input.context)?;
    let categories = row_values(offers, Field::Role(Role::OfferCategory), &input.context)?;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for row in 0..offers.n_rows {
        if !mask.includes(row) || !categories[row].iter().any(|c| c.trim() == category) {
            continue;
        }
        let Some(district) = districts[row].first() else {
            continue;
        };
        match counts.iter_mut().find(|(d, _)| d == district) {
            Some((_, n)) => *n += 1,
            None => counts.push((district.clone(), 1)),
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
}

/// The unit type (of at least `min_cell` staff, not suppressed) where fewest know of `category`.
fn least_aware_unit_type(
    input: &Input,
    staff: &Dataset,
    mask: &RowMask,
    offers: &Dataset,
    mapping: &CategoryMapping,
    category: &str,
) -> Option<(String, f64)> {
    let unit_types = column_for(staff, Role::UnitType)?.data.options().to_vec();
    let values = row_values(staff, Field::Role(Role::UnitType), &input.context)?;
    let all_offers = RowMask::all(offers.n_rows);
    let funnels: Vec<(String, Funnel)> = unit_types
        .iter()
        .map(|unit_type| {
            let unit_mask = RowMask(
                values
                    .iter()
                    .enumerate()
                    .map(|(row, v)| mask.includes(row) && v.iter().any(|t| t == unit_type))
                    .collect(),
            );
            (
                unit_type.clone(),
                gap::funnel(offers, &all_offers, staff, &unit_mask, mapping),
            )
        })
        .collect();
    let group_n: Vec<usize> = funnels.iter().map(|(_, funnel)| funnel.n_known).collect();
    let suppressed = suppress_groups(&group_n, input.min_cell);
    funnels
        .iter()
        .zip(suppressed)
        .filter(|(_, hidden)| !hidden)
        .filter_map(|((unit_type, funnel), _)| {
            let row = funnel.rows.iter().find(|row| row.category == category)?;
            Some((unit_type.clone(), funnel.known_share(row)?))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

/// `gap-ranking`: the largest gaps, each as a sentence that links to the funnel filtered to it.
pub fn gap_ranking(input: &Input, mapping: &CategoryMapping) -> Option<Figure> {
    let lang = input.lang;
    let (offers, staff) = (input.offers()?, input.staff()?);
    let (result, offers_selection, staff_selection) = filtered_funnel(input, mapping)?;
    let hidden = staff_selection.hidden.is_some() || result.n_told < input.min_cell;
    let ranked: Vec<&gap::GapRow> = result.ranked().into_iter().take(5).collect();
    if ranked.is_empty() {
        return None;
    }
    let suppressed = input.suppressed_label();
    let bars: Vec<BarRow> = ranked
        .iter()
        .map(|row| {
            let gap = result.gap(row).unwrap_or(0.0);
            BarRow {
                key: row.category.clone(),
                label: row.category.clone(),
                value: (!hidden).then_some(gap),
                value_label: if hidden {
                    suppressed.clone()
                } else {
                    format_percent(lang, gap, 0)
                },
            }
        })
        .collect();
    let title = input.t(Key::GapRankingTitle);
    let (chart_spec, chart) = draw(ChartSpec::Bars(BarChart {
        chart_id: "gap-ranking".into(),
        title: title.into(),
        rows: bars.clone(),
        max_value: 1.0,
        width: CHART_WIDTH,
    }))?;
    let items: Vec<FigureItem> = if hidden {
        Vec::new()
    } else {
        ranked
            .iter()
            .map(|row| {
                let district = top_district(input, offers, &offers_selection.mask, &row.category);
                let unit_type =
                    least_aware_unit_type(input, staff, &staff_selection.mask, offers, mapping, &row.category);
                FigureItem {
                    text: i18n::gap_sentence(
                        lang,
                        &i18n::offers_subject(lang, row.offers, &row.category, input.offers_from_register().is_some()),
                        district.as_ref().map(|(d, n)| (d.as_str(), *n)),
                        result.known_share(row).unwrap_or(0.0),
                        result.told_share(row).unwrap_or(0.0),
                        unit_type.as_ref().map(|(t, share)| (t.as_str(), *share)),
                    ),
                    filters: vec![Filter {
                        field: Field::Role(Role::OfferCategory),
                        value: row.category.clone(),
                    }],
                    target: Some("gap-funnel".into()),
                }
            })
            .collect()
    };
    let summary = if hidden {
        hidden_note(input, &staff_selection)
    } else {
        let gaps: Vec<(&str, f64)> = ranked
            .iter()
            .map(|row| (row.category.as_str(), result.gap(row).unwrap_or(0.0)))
            .collect();
        i18n::ranking_summary(lang, &gaps)
    };
    let rows: Vec<&gap::GapRow> = ranked.clone();
    Some(Figure {
        id: "gap-ranking".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::GapRankingSubtitle).to_owned(),
        summary,
        n: result.n_told,
        withheld: hidden,
        caption: merged_caption(
            input,
            result.n_told,
            hidden,
            [&offers_selection, &staff_selection],
            &sources(offers, staff),
        ),
        notes: Vec::new(),
        mark_texts: bars
            .iter()
            .map(|bar| {
                let n = if hidden {
                    String::new()
                } else {
                    format!(" ({})", i18n::n_equals(lang, result.n_told))
                };
                format!("{}: {} {}{n}", bar.label, input.t(Key::TableGap), bar.value_label)
            })
            .collect(),
        mark_filters: bars
            .iter()
            .map(|bar| {
                vec![Filter {
                    field: Field::Role(Role::OfferCategory),
                    value: bar.key.clone(),
                }]
            })
            .collect(),
        chart,
        spec: chart_spec,
        items,
        table: gap_table(input, &result, &rows, hidden),
    })
}
