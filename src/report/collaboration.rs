//! Collaboration patterns: who the units work with, how, with what resources, what hinders them, what both
//! sides want, the network of units and organisations, and how much of the register's field they reach.

use crate::charts::{
    BarChart, BarRow, ChartSpec, Heatmap, HeatmapCell, NetworkChart, NetworkNode, NodeShape, PairedBars, PairedRow,
};
use crate::core::analysis::{crosstab, distribution, Distribution};
use crate::core::case::folded;
use crate::core::filter::Selection;
use crate::core::network::{health_social_coverage, Network};
use crate::core::roles::column_for;
use crate::core::{Field, Filter, Role};
use crate::i18n::{self, format_count, format_percent, Key};
use crate::report::{
    bar_figure, draw, figures, hidden_note, BarFigure, Figure, Input, Make, Table, TableCell, CHART_WIDTH,
};

/// The collaboration figures in reading order; those the loaded data supports are shown.
pub const FIGURES: [(&str, Make); 10] = [
    ("partner-types", partner_types),
    ("unit-partner-matrix", unit_partner_matrix),
    ("roles", roles),
    ("follow-up-fte", follow_up_fte),
    ("budget", budget),
    ("challenges", challenges),
    ("opportunities", opportunities),
    ("staff-vs-organisations", staff_vs_organisations),
    ("collaboration-network", |input| {
        collaboration_network(input, input.network?)
    }),
    ("register-coverage", |input| register_coverage(input, input.network?)),
];

/// Every collaboration figure the loaded data supports, in reading order.
pub fn all(input: &Input) -> Vec<Figure> {
    figures(input, &FIGURES)
}

/// How a staff question is drawn and summarised.
struct Question {
    id: &'static str,
    role: Role,
    title: Key,
    subtitle: Key,
    /// Largest first; otherwise questionnaire order (for ordered scales).
    sorted: bool,
}

fn staff_question(input: &Input, question: Question, summary: impl Fn(&Distribution) -> String) -> Option<Figure> {
    let staff = input.staff()?;
    let column = column_for(staff, question.role)?;
    let selection = input.select(staff);
    let mut result = distribution(column, &selection.mask)?;
    if question.sorted {
        result = result.sorted();
    }
    if result.bars.is_empty() {
        return None;
    }
    bar_figure(
        input,
        BarFigure {
            id: question.id,
            title: input.t(question.title).to_owned(),
            subtitle: input.t(question.subtitle).to_owned(),
            summary: summary(&result),
            distribution: &result,
            selection: &selection,
            field: Some(Field::Role(question.role)),
            sources: &[&staff.name],
            max_value: 1.0,
            public_data: false,
        },
    )
}

/// The most common answer's summary sentence for `chart`.
fn top_answer<'i>(input: &'i Input<'_>, chart: &'static str) -> impl Fn(&Distribution) -> String + 'i {
    move |result| {
        let Some(top) = result.bars.iter().max_by_key(|bar| bar.count) else {
            return String::new();
        };
        i18n::top_answer_summary(input.lang, chart, &top.label, top.count, result.n, top.share)
    }
}

/// `partner-types`: units collaborating with each partner type, most common first.
pub fn partner_types(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "partner-types",
        role: Role::Partners,
        title: Key::PartnerTypesTitle,
        subtitle: Key::PartnerTypesSubtitle,
        sorted: true,
    };
    staff_question(input, question, |result| {
        let top: Vec<(&str, f64)> = result
            .bars
            .iter()
            .take(2)
            .map(|bar| (bar.label.as_str(), bar.share))
            .collect();
        i18n::partner_types_summary(input.lang, &top, result.n)
    })
}

/// `roles`: the roles units play in the collaboration.
pub fn roles(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "roles",
        role: Role::UnitRoles,
        title: Key::RolesTitle,
        subtitle: Key::RolesSubtitle,
        sorted: true,
    };
    staff_question(input, question, top_answer(input, "roles"))
}

/// `follow-up-fte`: how much of a post goes to following up volunteers, in the scale's order.
pub fn follow_up_fte(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "follow-up-fte",
        role: Role::FollowUpFte,
        title: Key::FollowUpTitle,
        subtitle: Key::FollowUpSubtitle,
        sorted: false,
    };
    staff_question(input, question, top_answer(input, "follow-up-fte"))
}

/// `budget`: own budget, case by case, grants, none.
pub fn budget(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "budget",
        role: Role::Budget,
        title: Key::BudgetTitle,
        subtitle: Key::BudgetSubtitle,
        sorted: false,
    };
    staff_question(input, question, top_answer(input, "budget"))
}

/// `challenges`: what gets in the way, most named first.
pub fn challenges(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "challenges",
        role: Role::Challenges,
        title: Key::ChallengesTitle,
        subtitle: Key::ChallengesSubtitle,
        sorted: true,
    };
    staff_question(input, question, top_answer(input, "challenges"))
}

/// `opportunities`: what would strengthen collaboration, as staff see it.
pub fn opportunities(input: &Input) -> Option<Figure> {
    let question = Question {
        id: "opportunities",
        role: Role::Opportunities,
        title: Key::OpportunitiesTitle,
        subtitle: Key::OpportunitiesSubtitle,
        sorted: true,
    };
    staff_question(input, question, top_answer(input, "opportunities"))
}

/// `unit-partner-matrix`: the share of each unit type's units that collaborate with each partner type.
pub fn unit_partner_matrix(input: &Input) -> Option<Figure> {
    let lang = input.lang;
    let staff = input.staff()?;
    let unit_type = column_for(staff, Role::UnitType)?;
    let partners = column_for(staff, Role::Partners)?;
    let selection = input.select(staff);
    let table = crosstab(unit_type, partners, &selection.mask, input.min_cell)?;
    if table.group_labels.is_empty() {
        return None;
    }
    let all_hidden = selection.hidden.is_some();
    let hidden_group = |group_idx: usize| all_hidden || table.suppressed[group_idx];
    // Partners ordered as in `partner-types`: most common overall first.
    let overall = distribution(partners, &selection.mask)?;
    let mut partner_order: Vec<usize> = (0..table.category_labels.len()).collect();
    crate::core::sorting::sort_by_key(&mut partner_order, |&idx| std::cmp::Reverse(overall.bars[idx].count));

    let suppressed_text = input.suppressed_label();
    let column_labels: Vec<(String, String)> = table
        .group_labels
        .iter()
        .zip(&table.group_n)
        .map(|(label, &n)| {
            let second = if n < input.min_cell || all_hidden {
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
    let mut mark_filters = Vec::new();
    let mut table_rows = Vec::new();
    let mut strongest: Option<(usize, usize, f64)> = None;
    for &category_idx in &partner_order {
        let partner = &table.category_labels[category_idx];
        let mut row = Vec::new();
        let mut table_row = vec![TableCell::text(partner.clone())];
        for (group_idx, group) in table.group_labels.iter().enumerate() {
            let key = format!("{group}|{partner}");
            let label = format!("{group} – {partner}");
            mark_filters.push(vec![
                Filter {
                    field: Field::Role(Role::UnitType),
                    value: group.clone(),
                },
                Filter {
                    field: Field::Role(Role::Partners),
                    value: partner.clone(),
                },
            ]);
            if hidden_group(group_idx) {
                row.push(HeatmapCell {
                    key,
                    share: None,
                    text: suppressed_text.clone(),
                });
                mark_texts.push(i18n::mark_suppressed(lang, &label, input.min_cell));
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
    let title = input.t(Key::MatrixTitle);
    let (chart_spec, chart) = draw(ChartSpec::Heatmap(Heatmap {
        chart_id: "unit-partner-matrix".into(),
        title: title.into(),
        row_labels: row_labels.clone(),
        column_labels: column_labels.clone(),
        cells: cells.clone(),
        width: CHART_WIDTH,
    }))?;
    let n_hidden = (0..table.group_labels.len()).filter(|&idx| hidden_group(idx)).count();
    let mut notes = vec![input.t(Key::MultiNote).to_owned()];
    if table.n_missing > 0 && !all_hidden {
        notes.push(i18n::missing_note(lang, table.n_missing));
    }
    let summary = if all_hidden {
        notes.push(hidden_note(input, &selection));
        hidden_note(input, &selection)
    } else {
        if n_hidden > 0 {
            notes.push(input.t(Key::SuppressedLegend).replace("< 5", &suppressed_text));
        }
        i18n::matrix_summary(
            lang,
            strongest.map(|(group_idx, category_idx, share)| {
                (
                    table.group_labels[group_idx].as_str(),
                    table.category_labels[category_idx].as_str(),
                    share,
                )
            }),
            n_hidden,
            input.min_cell,
        )
    };
    let mut headers = vec![input.t(Key::TableCategory).to_owned()];
    headers.extend(
        column_labels
            .iter()
            .map(|(label, second)| format!("{label} ({second})")),
    );
    Some(Figure {
        id: "unit-partner-matrix".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::MatrixSubtitle).to_owned(),
        summary,
        n: table.n,
        withheld: all_hidden,
        caption: input.caption(table.n, all_hidden, &selection, &[&staff.name]),
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

/// One shared option with each side's share and count, `None` where that side may not be shown.
struct PairedOption {
    label: String,
    staff: Option<(f64, usize)>,
    org: Option<(f64, usize)>,
}

/// One side's shares, or `None` where they may not be shown.
fn side_shares(input: &Input, result: &Distribution, selection: &Selection) -> Option<Vec<(String, f64, usize)>> {
    (selection.hidden.is_none() && result.n >= input.min_cell).then(|| {
        result
            .bars
            .iter()
            .map(|bar| (bar.label.clone(), bar.share, bar.count))
            .collect()
    })
}

/// `staff-vs-organisations`: what would strengthen collaboration, as staff and organisations see it.
pub fn staff_vs_organisations(input: &Input) -> Option<Figure> {
    let lang = input.lang;
    let staff = input.staff()?;
    let orgs = input.organisations()?;
    let staff_column = column_for(staff, Role::Opportunities)?;
    let org_column = column_for(orgs, Role::Opportunities)?;
    let (staff_selection, org_selection) = (input.select(staff), input.select(orgs));
    let staff_result = distribution(staff_column, &staff_selection.mask)?;
    let org_result = distribution(org_column, &org_selection.mask)?;
    let staff_shares = side_shares(input, &staff_result, &staff_selection);
    let org_shares = side_shares(input, &org_result, &org_selection);

    // Options in either survey, matched by their normalised text.
    let mut labels: Vec<String> = staff_result.bars.iter().map(|bar| bar.label.clone()).collect();
    for bar in &org_result.bars {
        if !labels.iter().any(|label| folded(label) == folded(&bar.label)) {
            labels.push(bar.label.clone());
        }
    }
    let lookup = |shares: &Option<Vec<(String, f64, usize)>>, label: &str| -> Option<(f64, usize)> {
        shares
            .as_ref()?
            .iter()
            .find(|(other, _, _)| folded(other) == folded(label))
            .map(|(_, share, count)| (*share, *count))
    };
    let present =
        |result: &Distribution, label: &str| result.bars.iter().any(|bar| folded(&bar.label) == folded(label));
    let mut rows: Vec<PairedOption> = labels
        .iter()
        .map(|label| PairedOption {
            label: label.clone(),
            staff: lookup(&staff_shares, label),
            org: lookup(&org_shares, label),
        })
        .collect();
    let larger = |row: &PairedOption| row.staff.map_or(0.0, |v| v.0).max(row.org.map_or(0.0, |v| v.0));
    crate::core::sorting::sort_by(&mut rows, |a, b| larger(b).total_cmp(&larger(a)));
    let (staff_name, org_name) = (input.t(Key::SeriesStaff), input.t(Key::SeriesOrganisations));
    let suppressed = input.suppressed_label();
    let value_label = |name: &str, value: Option<(f64, usize)>, present: bool| match (value, present) {
        (Some((share, _)), _) => format!("{name} {}", format_percent(lang, share, 0)),
        (None, true) => format!("{name} {suppressed}"),
        (None, false) => format!("{name} –"),
    };
    let paired: Vec<PairedRow> = rows
        .iter()
        .map(|row| PairedRow {
            key: row.label.clone(),
            label: row.label.clone(),
            first: row.staff.map(|v| v.0),
            first_label: value_label(staff_name, row.staff, present(&staff_result, &row.label)),
            second: row.org.map(|v| v.0),
            second_label: value_label(org_name, row.org, present(&org_result, &row.label)),
        })
        .collect();
    let title = input.t(Key::StaffVsOrgTitle);
    let (chart_spec, chart) = draw(ChartSpec::Paired(PairedBars {
        chart_id: "staff-vs-organisations".into(),
        title: title.into(),
        series: [staff_name.into(), org_name.into()],
        rows: paired.clone(),
        width: CHART_WIDTH,
    }))?;
    let cell = |value: Option<(f64, usize)>| match value {
        Some((share, count)) => TableCell::text(format!(
            "{} ({})",
            format_percent(lang, share, 0),
            format_count(lang, count)
        )),
        None => TableCell::suppressed(suppressed.clone()),
    };
    let summary = match (&staff_shares, &org_shares) {
        (Some(_), Some(_)) => {
            let top = |pick: fn(&PairedOption) -> f64| {
                rows.iter()
                    .max_by(|a, b| pick(a).total_cmp(&pick(b)))
                    .map(|row| (row.label.as_str(), pick(row)))
            };
            let staff_top = top(|row| row.staff.map_or(0.0, |v| v.0))?;
            let org_top = top(|row| row.org.map_or(0.0, |v| v.0))?;
            let gap = rows
                .iter()
                .filter_map(|row| Some((row.label.as_str(), row.staff?.0, row.org?.0)))
                .max_by(|a, b| (a.2 - a.1).abs().total_cmp(&(b.2 - b.1).abs()));
            i18n::staff_vs_org_summary(lang, staff_top, org_top, gap)
        }
        _ => hidden_note(
            input,
            if staff_shares.is_none() {
                &staff_selection
            } else {
                &org_selection
            },
        ),
    };
    let mut notes = vec![input.t(Key::MultiNote).to_owned()];
    if staff_shares.is_none() || org_shares.is_none() {
        notes.push(summary.clone());
    } else if staff_result.n_missing + org_result.n_missing > 0 {
        // Staff and organisations who left the question out, together.
        notes.push(i18n::missing_note(lang, staff_result.n_missing + org_result.n_missing));
    }
    let mut caption_selection = Selection::clone(&staff_selection);
    for filter in &org_selection.applied {
        if !caption_selection.applied.contains(filter) {
            caption_selection.applied.push(filter.clone());
        }
    }
    let n = staff_result.n + org_result.n;
    // Either side hidden: the sum would give its n away.
    let withheld = staff_shares.is_none() || org_shares.is_none();
    Some(Figure {
        id: "staff-vs-organisations".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::StaffVsOrgSubtitle).to_owned(),
        summary,
        n,
        withheld,
        caption: input.caption(n, withheld, &caption_selection, &[&staff.name, &orgs.name]),
        notes,
        chart,
        spec: chart_spec,
        mark_texts: rows
            .iter()
            .map(|row| {
                format!(
                    "{}: {}, {}",
                    row.label,
                    value_label(staff_name, row.staff, present(&staff_result, &row.label)),
                    value_label(org_name, row.org, present(&org_result, &row.label))
                )
            })
            .collect(),
        mark_filters: rows
            .iter()
            .map(|row| {
                vec![Filter {
                    field: Field::Role(Role::Opportunities),
                    value: row.label.clone(),
                }]
            })
            .collect(),
        items: Vec::new(),
        table: Table {
            headers: vec![
                input.t(Key::TableCategory).to_owned(),
                staff_name.to_owned(),
                org_name.to_owned(),
            ],
            rows: rows
                .iter()
                .map(|row| vec![TableCell::text(row.label.clone()), cell(row.staff), cell(row.org)])
                .collect(),
        },
    })
}

/// The most nodes the network draws: beyond a few hundred a node-link diagram is no longer readable (nor
/// quick to lay out); the table keeps every organisation.
pub const MAX_NETWORK_NODES: usize = 300;

/// Which units and organisations to draw when there are more than `max` in all: the organisations named
/// most (ties by order of first mention), as many as fit with the units that name them; then, if those units
/// alone are too many, the units that name the most.
fn busiest(graph: &Network, unit_degree: &[usize], org_degree: &[usize], max: usize) -> (Vec<bool>, Vec<bool>) {
    let (n_units, n_orgs) = (graph.units.len(), graph.orgs.len());
    if n_units + n_orgs <= max {
        return (vec![true; n_units], vec![true; n_orgs]);
    }
    let mut orgs_of_unit: Vec<Vec<usize>> = vec![Vec::new(); n_units];
    let mut units_of_org: Vec<Vec<usize>> = vec![Vec::new(); n_orgs];
    for &(unit, org) in &graph.edges {
        orgs_of_unit[unit].push(org);
        units_of_org[org].push(unit);
    }
    let mut by_degree: Vec<usize> = (0..n_orgs).collect();
    crate::core::sorting::sort_by_key(&mut by_degree, |&org| std::cmp::Reverse(org_degree[org]));
    let (mut kept_units, mut kept_orgs) = (vec![false; n_units], vec![false; n_orgs]);
    let (mut n_kept_units, mut n_kept_orgs) = (0, 0);
    for org in by_degree {
        let new_units = units_of_org[org].iter().filter(|&&unit| !kept_units[unit]).count();
        if n_kept_orgs > 0 && n_kept_units + new_units + n_kept_orgs + 1 > max {
            break;
        }
        kept_orgs[org] = true;
        n_kept_orgs += 1;
        for &unit in &units_of_org[org] {
            if !kept_units[unit] {
                kept_units[unit] = true;
                n_kept_units += 1;
            }
        }
    }
    if n_kept_units + n_kept_orgs > max {
        let mut units: Vec<usize> = (0..n_units).filter(|&unit| kept_units[unit]).collect();
        crate::core::sorting::sort_by_key(&mut units, |&unit| std::cmp::Reverse(unit_degree[unit]));
        for &unit in units.iter().skip(max.saturating_sub(n_kept_orgs)) {
            kept_units[unit] = false;
        }
    }
    (kept_units, kept_orgs)
}

/// `collaboration-network`: units and the organisations they name; units outside the filter are faint.
pub fn collaboration_network(input: &Input, graph: &Network) -> Option<Figure> {
    let lang = input.lang;
    let staff = input.staff()?;
    let selection = input.select(staff);
    let visible = selection.hidden.is_none();
    let unit_types: Vec<String> = column_for(staff, Role::UnitType)
        .map(|column| column.data.options().to_vec())
        .unwrap_or_default();
    let unit_active: Vec<bool> = graph
        .units
        .iter()
        .map(|unit| visible && unit.in_mask(&selection.mask))
        .collect();
    let mut org_units = vec![0usize; graph.orgs.len()];
    let mut org_degree = vec![0usize; graph.orgs.len()];
    let mut unit_degree = vec![0usize; graph.units.len()];
    for &(unit, org) in &graph.edges {
        org_degree[org] += 1;
        unit_degree[unit] += 1;
        if unit_active[unit] {
            org_units[org] += 1;
        }
    }
    let (kept_units, kept_orgs) = busiest(graph, &unit_degree, &org_degree, MAX_NETWORK_NODES);
    let mut nodes = Vec::new();
    let mut mark_texts = Vec::new();
    let mut mark_filters = Vec::new();
    let mut unit_node = vec![usize::MAX; graph.units.len()];
    let mut org_node = vec![usize::MAX; graph.orgs.len()];
    for (unit_idx, unit) in graph.units.iter().enumerate() {
        if !kept_units[unit_idx] {
            continue;
        }
        unit_node[unit_idx] = nodes.len();
        let type_idx = unit
            .unit_type
            .as_ref()
            .and_then(|unit_type| unit_types.iter().position(|t| t == unit_type))
            .unwrap_or(unit_types.len());
        nodes.push(NetworkNode {
            key: format!("unit:{}", unit.label),
            label: unit.label.clone(),
            shape: NodeShape::Unit(type_idx),
            degree: unit_degree[unit_idx],
            active: unit_active[unit_idx],
        });
        mark_texts.push(i18n::network_node(
            lang,
            &unit.label,
            unit.unit_type.as_deref(),
            (unit_degree[unit_idx], graph.orgs.len()),
            true,
        ));
        mark_filters.push(
            unit.unit_type
                .iter()
                .map(|unit_type| Filter {
                    field: Field::Role(Role::UnitType),
                    value: unit_type.clone(),
                })
                .collect(),
        );
    }
    for (org_idx, org) in graph.orgs.iter().enumerate() {
        if !kept_orgs[org_idx] {
            continue;
        }
        org_node[org_idx] = nodes.len();
        nodes.push(NetworkNode {
            key: format!("org:{}", org.name),
            label: org.name.clone(),
            shape: NodeShape::Organisation,
            degree: org_degree[org_idx],
            active: org_units[org_idx] > 0,
        });
        mark_texts.push(i18n::network_node(
            lang,
            &org.name,
            None,
            (org_degree[org_idx], graph.units.len()),
            false,
        ));
        mark_filters.push(Vec::new());
    }
    let edges: Vec<(usize, usize)> = graph
        .edges
        .iter()
        .filter(|&&(unit, org)| kept_units[unit] && kept_orgs[org])
        .map(|&(unit, org)| (unit_node[unit], org_node[org]))
        .collect();
    let n_shown_orgs = kept_orgs.iter().filter(|&&kept| kept).count();
    let n_shown_units = kept_units.iter().filter(|&&kept| kept).count();
    let mut legend: Vec<String> = unit_types.clone();
    legend.push(input.t(Key::NetworkOrganisation).to_owned());
    let title = input.t(Key::NetworkTitle);
    let (chart_spec, chart) = draw(ChartSpec::Network(NetworkChart {
        chart_id: "collaboration-network".into(),
        title: title.into(),
        nodes: nodes.clone(),
        edges: edges.clone(),
        legend: legend.clone(),
        width: CHART_WIDTH,
    }))?;
    let n = unit_active.iter().filter(|&&active| active).count();
    let mut order: Vec<usize> = (0..graph.orgs.len()).collect();
    crate::core::sorting::sort_by_key(&mut order, |&idx| {
        (std::cmp::Reverse(org_units[idx]), graph.orgs[idx].name.clone())
    });
    let n_orgs = order.iter().filter(|&&idx| org_units[idx] > 0).count();
    let top = order
        .first()
        .filter(|&&idx| org_units[idx] > 0)
        .map(|&idx| (graph.orgs[idx].name.as_str(), org_units[idx]));
    let (summary, mut notes) = if visible {
        (i18n::network_summary(lang, n, n_orgs, top), Vec::new())
    } else {
        (hidden_note(input, &selection), vec![hidden_note(input, &selection)])
    };
    if n_shown_orgs < graph.orgs.len() || n_shown_units < graph.units.len() {
        notes.push(i18n::network_capped(
            lang,
            (n_shown_units, graph.units.len()),
            (n_shown_orgs, graph.orgs.len()),
        ));
    }
    let rows = order
        .iter()
        .map(|&idx| {
            let org = &graph.orgs[idx];
            vec![
                TableCell::text(org.name.clone()),
                if visible {
                    TableCell::text(format_count(lang, org_units[idx]))
                } else {
                    TableCell::suppressed(input.suppressed_label())
                },
                TableCell::text(input.t(if org.register_row.is_some() { Key::Yes } else { Key::No })),
            ]
        })
        .collect();
    Some(Figure {
        id: "collaboration-network".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::NetworkSubtitle).to_owned(),
        summary,
        n,
        withheld: selection.hidden.is_some(),
        caption: input.caption(n, selection.hidden.is_some(), &selection, &[&staff.name]),
        notes,
        chart,
        spec: chart_spec,
        mark_texts,
        mark_filters,
        items: Vec::new(),
        table: Table {
            headers: vec![
                input.t(Key::TableOrganisation).to_owned(),
                input.t(Key::TableUnitsNaming).to_owned(),
                input.t(Key::TableInRegister).to_owned(),
            ],
            rows,
        },
    })
}

/// `register-coverage`: of the register's health and social-service associations, how many any unit names.
pub fn register_coverage(input: &Input, graph: &Network) -> Option<Figure> {
    let lang = input.lang;
    let staff = input.staff()?;
    let register = input.register()?;
    let selection = input.select(staff);
    let coverage = health_social_coverage(graph, register, &selection.mask)?;
    let total = coverage.last()?.clone();
    if total.total == 0 {
        return None;
    }
    let visible = selection.hidden.is_none();
    let suppressed = input.suppressed_label();
    let label_of = |group: u8| {
        if group == 0 {
            input.t(Key::CoverageTotal).to_owned()
        } else {
            i18n::icnpo_group(lang, group)
        }
    };
    let share = |c: &crate::core::network::Coverage| {
        if c.total == 0 {
            0.0
        } else {
            c.reached as f64 / c.total as f64
        }
    };
    let bars: Vec<BarRow> = coverage
        .iter()
        .map(|c| BarRow {
            key: if c.group == 0 {
                "all".to_owned()
            } else {
                c.group.to_string()
            },
            label: label_of(c.group),
            value: visible.then(|| share(c)),
            value_label: if visible {
                format!(
                    "{} ({})",
                    i18n::count_of(lang, c.reached, c.total),
                    format_percent(lang, share(c), 0)
                )
            } else {
                suppressed.clone()
            },
        })
        .collect();
    let title = input.t(Key::CoverageTitle);
    let (chart_spec, chart) = draw(ChartSpec::Bars(BarChart {
        chart_id: "register-coverage".into(),
        title: title.into(),
        rows: bars.clone(),
        max_value: 1.0,
        width: CHART_WIDTH,
    }))?;
    let summary = if visible {
        i18n::coverage_summary(lang, total.reached, total.total, share(&total))
    } else {
        hidden_note(input, &selection)
    };
    let mut sources = vec![staff.name.as_str(), register.name.as_str()];
    sources.dedup();
    Some(Figure {
        id: "register-coverage".into(),
        title: title.to_owned(),
        subtitle: input.t(Key::CoverageSubtitle).to_owned(),
        summary,
        n: total.total,
        // Its n counts the register's organisations, which are public: only the reached ones are hidden.
        withheld: false,
        caption: input.caption(total.total, false, &selection, &sources),
        notes: Vec::new(),
        chart,
        spec: chart_spec,
        mark_texts: coverage
            .iter()
            .zip(&bars)
            .map(|(c, bar)| {
                if visible {
                    i18n::mark_value(lang, &bar.label, c.reached, c.total, share(c))
                } else {
                    i18n::mark_suppressed(lang, &bar.label, input.min_cell)
                }
            })
            .collect(),
        mark_filters: coverage
            .iter()
            .map(|c| {
                if c.group == 0 {
                    Vec::new()
                } else {
                    vec![Filter {
                        field: Field::IcnpoGroup,
                        value: c.group.to_string(),
                    }]
                }
            })
            .collect(),
        items: Vec::new(),
        table: Table {
            headers: vec![
                input.t(Key::TableCategory).to_owned(),
                input.t(Key::TableReached).to_owned(),
                input.t(Key::TableRegistered).to_owned(),
                input.t(Key::TableShare).to_owned(),
            ],
            rows: coverage
                .iter()
                .map(|c| {
                    if visible {
                        vec![
                            TableCell::text(label_of(c.group)),
                            TableCell::text(format_count(lang, c.reached)),
                            TableCell::text(format_count(lang, c.total)),
                            TableCell::text(format_percent(lang, share(c), 0)),
                        ]
                    } else {
                        vec![
                            TableCell::text(label_of(c.group)),
                            TableCell::suppressed(suppressed.clone()),
                            TableCell::text(format_count(lang, c.total)),
                            TableCell::suppressed(suppressed.clone()),
                        ]
                    }
                })
                .collect(),
        },
    })
}
