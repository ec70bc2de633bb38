//! The register: what kinds of associations there are (ICNPO) and where they are (district or postcode).

use crate::core::analysis::{Bar, Distribution};
use crate::core::filter::row_values;
use std::collections::HashMap;

use crate::core::overview::{icnpo_distribution, icnpo_groups, postcode_areas};
use crate::core::{Field, Role};
use crate::i18n::{self, Key};
use crate::report::{bar_figure, figures, BarFigure, Figure, Input, Make};

/// The register figures in reading order; those the loaded data supports are shown.
pub const FIGURES: [(&str, Make); 2] = [
    ("icnpo-categories", icnpo_categories),
    ("register-by-area", register_by_area),
];

/// Every register figure the loaded data supports.
pub fn all(input: &Input) -> Vec<Figure> {
    figures(input, &FIGURES)
}

/// `icnpo-categories`: registered organisations per ICNPO main group, largest first.
pub fn icnpo_categories(input: &Input) -> Option<Figure> {
    let register = input.register()?;
    let selection = input.select(register);
    let result = icnpo_distribution(register, &selection.mask, |group| i18n::icnpo_group(input.lang, group))?;
    if result.n == 0 {
        return None;
    }
    let n_health_social = icnpo_groups(register)?
        .iter()
        .zip(&selection.mask.0)
        .filter(|(groups, &kept)| kept && groups.health_or_social())
        .count();
    let mut sorted = result.clone().sorted();
    sorted.bars.retain(|bar| bar.count > 0);
    let top = sorted.bars.first().map(|bar| (bar.label.as_str(), bar.share))?;
    let summary = i18n::icnpo_summary(input.lang, top, n_health_social, result.n);
    let max_value = sorted.bars.first().map_or(1.0, |bar| bar.share).max(0.01);
    let n_without = result.n_missing;
    let mut figure = bar_figure(
        input,
        BarFigure {
            id: "icnpo-categories",
            title: input.t(Key::IcnpoTitle).to_owned(),
            subtitle: input.t(Key::IcnpoSubtitle).to_owned(),
            summary,
            distribution: &sorted,
            selection: &selection,
            field: Some(Field::IcnpoGroup),
            sources: &[&register.name],
            max_value,
            public_data: true,
        },
    )?;
    if n_without > 0 {
        figure.notes.push(i18n::without_icnpo_note(input.lang, n_without));
    }
    Some(figure)
}

/// `register-by-area`: organisations by district (through a loaded postcode table) or else by postcode.
pub fn register_by_area(input: &Input) -> Option<Figure> {
    let lang = input.lang;
    let register = input.register()?;
    let selection = input.select(register);
    let by_district = !input.context.postcode_districts.is_empty();
    let unknown = input.t(Key::UnknownArea).to_owned();
    // Counted by key first (a national extract has 100,000 rows and thousands of postcodes), labelled after.
    let mut by_label: HashMap<String, usize> = HashMap::new();
    let mut n = 0;
    if by_district {
        let areas = row_values(register, Field::Role(Role::District), &input.context)?;
        for (_, values) in areas
            .iter()
            .enumerate()
            .filter(|(row, _)| selection.mask.includes(*row))
        {
            n += 1;
            *by_label
                .entry(values.first().cloned().unwrap_or_else(|| unknown.clone()))
                .or_default() += 1;
        }
    } else {
        let areas = postcode_areas(register)?;
        let mut counts = vec![0usize; areas.labels.len()];
        let mut n_unknown = 0;
        for (_, area) in areas
            .of_row
            .iter()
            .enumerate()
            .filter(|(row, _)| selection.mask.includes(*row))
        {
            n += 1;
            match area {
                Some(idx) => counts[*idx as usize] += 1,
                None => n_unknown += 1,
            }
        }
        for (label, count) in areas.labels.iter().zip(counts).filter(|(_, count)| *count > 0) {
            *by_label.entry(label.clone()).or_default() += count;
        }
        if n_unknown > 0 {
            *by_label.entry(unknown.clone()).or_default() += n_unknown;
        }
    }
    let mut counts: Vec<(String, usize)> = by_label.into_iter().collect();
    if n == 0 {
        return None;
    }
    crate::core::sorting::sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut bars: Vec<Bar> = counts
        .iter()
        .map(|(area, count)| Bar {
            key: area.clone(),
            label: area.clone(),
            count: *count,
            share: *count as f64 / n as f64,
        })
        .collect();
    // Postcodes can be many: the twenty largest, the rest together.
    if bars.len() > 20 {
        let rest: usize = bars[19..].iter().map(|bar| bar.count).sum();
        bars.truncate(19);
        bars.push(Bar {
            key: String::new(),
            label: i18n::t(lang, Key::OtherAreas).to_owned(),
            count: rest,
            share: rest as f64 / n as f64,
        });
    }
    let result = Distribution {
        bars,
        n,
        n_missing: 0,
        multi: false,
    };
    let top = result.bars.first()?;
    let summary = i18n::by_area_summary(lang, &top.label, top.count, top.share, n);
    let max_value = top.share.max(0.01);
    bar_figure(
        input,
        BarFigure {
            id: "register-by-area",
            title: input.t(Key::ByAreaTitle).to_owned(),
            subtitle: input
                .t(if by_district {
                    Key::ByAreaSubtitleDistrict
                } else {
                    Key::ByAreaSubtitlePostcode
                })
                .to_owned(),
            summary,
            distribution: &result,
            selection: &selection,
            field: by_district.then_some(Field::Role(Role::District)),
            sources: &[&register.name],
            max_value,
            public_data: true,
        },
    )
}
