//! A node-link diagram: units and the organisations they work with, laid out by a deterministic
//! force-directed layout (Fruchterman–Reingold) that stays readable up to a few hundred nodes.
//! Unit types differ by shape and colour; organisations are circles sized by how many units name them.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::{Deserialize, Serialize};

use crate::charts::layout::text_width;
use crate::charts::{finish_svg, font, palette, Chart, ChartError, Mark};

/// How a node is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NodeShape {
    /// A unit of a type (index into the legend's shapes and colours, 0–4).
    Unit(usize),
    Organisation,
}

/// One node.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkNode {
    pub key: String,
    pub label: String,
    pub shape: NodeShape,
    /// Connections: sets the size of an organisation.
    pub degree: usize,
    /// In the current filter (others are drawn faint).
    pub active: bool,
}

/// A network to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkChart {
    pub chart_id: String,
    pub title: String,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<(usize, usize)>,
    /// Legend: unit type names by shape index, then the organisation label.
    pub legend: Vec<String>,
    pub width: u32,
}

/// Node positions and the height they need.
type Layout = (Vec<(f64, f64)>, f64);

/// The ideal edge length in pixels.
const EDGE_PX: f64 = 52.0;

/// Positions for the nodes, deterministic for the same graph, and the height they need at `width`.
///
/// Each connected group is laid out on its own with Fruchterman–Reingold (from a golden-angle spiral, no
/// random numbers), overlaps between nodes of the given radii are pushed apart, and the groups are packed
/// in rows, largest first: separate groups neither fly to the edges nor pile on each other.
pub fn layout(radii: &[f64], edges: &[(usize, usize)], width: f64) -> Layout {
    use std::hash::{Hash, Hasher};
    // A filter redraws the same graph with other nodes faint; laying it out is the costliest step of the
    // redraw, so the last layout is kept (the result depends on nothing but these inputs).
    thread_local! {
        static LAST: std::cell::RefCell<Option<(u64, Layout)>> = const { std::cell::RefCell::new(None) };
    }
    let mut hasher = std::hash::DefaultHasher::new();
    radii.iter().for_each(|radius| radius.to_bits().hash(&mut hasher));
    edges.hash(&mut hasher);
    width.to_bits().hash(&mut hasher);
    let key = hasher.finish();
    if let Some(hit) = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(known, _)| *known == key)
            .map(|(_, hit)| hit.clone())
    }) {
        return hit;
    }
    let result = compute_layout(radii, edges, width);
    LAST.with_borrow_mut(|last| *last = Some((key, result.clone())));
    result
}

fn compute_layout(radii: &[f64], edges: &[(usize, usize)], width: f64) -> Layout {
    let n_nodes = radii.len();
    let edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| a < n_nodes && b < n_nodes && a != b)
        .collect();
    // Connected groups, by union–find.
    let mut parent: Vec<usize> = (0..n_nodes).collect();
    fn root(parent: &mut [usize], mut node: usize) -> usize {
        while parent[node] != node {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        node
    }
    for &(a, b) in &edges {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of = vec![usize::MAX; n_nodes];
    for node in 0..n_nodes {
        let r = root(&mut parent, node);
        if group_of[r] == usize::MAX {
            group_of[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[group_of[r]].push(node);
    }
    crate::core::sorting::sort_by_key(&mut groups, |group| (std::cmp::Reverse(group.len()), group[0]));

    let mut positions = vec![(0.0, 0.0); n_nodes];
    let (mut shelf_x, mut shelf_y, mut shelf_height) = (0.0_f64, 0.0_f64, 0.0_f64);
    for group in &groups {
        let local: Vec<(usize, usize)> = edges
            .iter()
            .filter(|(a, _)| group.contains(a))
            .map(|&(a, b)| {
                let position = |node| group.iter().position(|&n| n == node).unwrap_or(0);
                (position(a), position(b))
            })
            .collect();
        let group_radii: Vec<f64> = group.iter().map(|&node| radii[node]).collect();
        let placed = layout_group(&group_radii, &local, width - 16.0);
        // The group's bounding box, nodes' radii included.
        let min_x = placed
            .iter()
            .zip(&group_radii)
            .map(|(p, r)| p.0 - r)
            .fold(f64::MAX, f64::min);
        let max_x = placed
            .iter()
            .zip(&group_radii)
            .map(|(p, r)| p.0 + r)
            .fold(f64::MIN, f64::max);
        let min_y = placed
            .iter()
            .zip(&group_radii)
            .map(|(p, r)| p.1 - r)
            .fold(f64::MAX, f64::min);
        let max_y = placed
            .iter()
            .zip(&group_radii)
            .map(|(p, r)| p.1 + r)
            .fold(f64::MIN, f64::max);
        let (box_width, box_height) = (max_x - min_x + 16.0, max_y - min_y + 16.0);
        if shelf_x > 0.0 && shelf_x + box_width > width {
            shelf_x = 0.0;
            shelf_y += shelf_height;
            shelf_height = 0.0;
        }
        for (&node, point) in group.iter().zip(&placed) {
            positions[node] = (shelf_x + point.0 - min_x + 8.0, shelf_y + point.1 - min_y + 8.0);
        }
        shelf_x += box_width;
        shelf_height = shelf_height.max(box_height);
    }
    // Centre each row's content horizontally: rows are narrower than the page more often than not.
    let height = shelf_y + shelf_height;
    let used_width = positions.iter().map(|p| p.0).fold(0.0, f64::max) + 8.0;
    let offset = ((width - used_width) / 2.0).max(0.0);
    for position in &mut positions {
        position.0 += offset;
    }
    (positions, height)
}

/// Fruchterman–Reingold for one connected group, then overlap removal.
fn layout_group(radii: &[f64], edges: &[(usize, usize)], max_width: f64) -> Vec<(f64, f64)> {
    let n_nodes = radii.len();
    if n_nodes == 1 {
        return vec![(0.0, 0.0)];
    }
    let k = EDGE_PX;
    let spread = (n_nodes as f64).sqrt() * k;
    let mut positions: Vec<(f64, f64)> = (0..n_nodes)
        .map(|idx| {
            let radius = ((idx as f64 + 0.5) / n_nodes as f64).sqrt() * spread;
            let angle = idx as f64 * 2.399_963;
            (radius * angle.cos(), radius * angle.sin())
        })
        .collect();
    let iterations = if n_nodes > 200 { 150 } else { 250 };
    let mut temperature = spread / 3.0;
    let cooling = temperature / (iterations as f64 + 1.0);
    let mut displacement = vec![(0.0, 0.0); n_nodes];
    for _ in 0..iterations {
        displacement.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for a in 0..n_nodes {
            for b in (a + 1)..n_nodes {
                let (dx, dy) = (positions[a].0 - positions[b].0, positions[a].1 - positions[b].1);
                let distance_sq = (dx * dx + dy * dy).max(0.01);
                let force = k * k / distance_sq;
                displacement[a].0 += dx * force;
                displacement[a].1 += dy * force;
                displacement[b].0 -= dx * force;
                displacement[b].1 -= dy * force;
            }
        }
        for &(a, b) in edges {
            let (dx, dy) = (positions[a].0 - positions[b].0, positions[a].1 - positions[b].1);
            let distance = (dx * dx + dy * dy).sqrt().max(0.1);
            let force = distance / k;
            displacement[a].0 -= dx * force;
            displacement[a].1 -= dy * force;
            displacement[b].0 += dx * force;
            displacement[b].1 += dy * force;
        }
        for (position, (dx, dy)) in positions.iter_mut().zip(&displacement) {
            // Gravity towards the group's centre keeps chains and trees compact.
            let (dx, dy) = (dx - position.0 * 0.15, dy - position.1 * 0.15);
            let length = (dx * dx + dy * dy).sqrt().max(1e-9);
            let step = length.min(temperature);
            position.0 += dx / length * step;
            position.1 += dy / length * step;
        }
        temperature = (temperature - cooling).max(0.5);
    }
    // Turn the group so its long axis lies along the page: screens and projectors are wide.
    let n = n_nodes as f64;
    let (mean_x, mean_y) = positions
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.0 / n, y + p.1 / n));
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (x, y) in &positions {
        let (dx, dy) = (x - mean_x, y - mean_y);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    let angle = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (sin, cos) = (-angle).sin_cos();
    for position in &mut positions {
        let (dx, dy) = (position.0 - mean_x, position.1 - mean_y);
        *position = (dx * cos - dy * sin, dx * sin + dy * cos);
    }
    // A group wider than the page is scaled down to fit; overlap removal below then spaces it again.
    let (min_x, max_x) = positions
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.0), hi.max(p.0)));
    let group_width = max_x - min_x + 2.0 * radii.iter().fold(0.0_f64, |a, &b| a.max(b));
    if group_width > max_width {
        let scale = max_width / group_width;
        for position in &mut positions {
            *position = (position.0 * scale, position.1 * scale);
        }
    }
    for _ in 0..80 {
        let mut moved = false;
        for a in 0..n_nodes {
            for b in (a + 1)..n_nodes {
                let (dx, dy) = (positions[b].0 - positions[a].0, positions[b].1 - positions[a].1);
                let distance = (dx * dx + dy * dy).sqrt();
                let wanted = radii[a] + radii[b] + 8.0;
                if distance >= wanted {
                    continue;
                }
                moved = true;
                let (ux, uy) = if distance > 1e-6 {
                    (dx / distance, dy / distance)
                } else {
                    let angle = (a * 7 + b * 13) as f64;
                    (angle.cos(), angle.sin())
                };
                let push = (wanted - distance) / 2.0;
                positions[a].0 -= ux * push;
                positions[a].1 -= uy * push;
                positions[b].0 += ux * push;
                positions[b].1 += uy * push;
            }
        }
        if !moved {
            break;
        }
    }
    positions
}

const FONT_PX: f64 = 16.0;
const LEGEND_ROW_PX: i32 = 30;
const PAD: i32 = 16;

fn unit_polygon(shape: usize, (x, y): (i32, i32), r: i32) -> Vec<(i32, i32)> {
    match shape % 5 {
        // Square.
        0 => vec![(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)],
        // Diamond.
        1 => vec![(x, y - r - 2), (x + r + 2, y), (x, y + r + 2), (x - r - 2, y)],
        // Triangle up.
        2 => vec![(x, y - r - 2), (x + r + 2, y + r), (x - r - 2, y + r)],
        // Triangle down.
        3 => vec![(x - r - 2, y - r), (x + r + 2, y - r), (x, y + r + 2)],
        // Hexagon.
        _ => {
            let r = f64::from(r) + 1.0;
            (0..6)
                .map(|i| {
                    let angle = std::f64::consts::PI / 3.0 * f64::from(i);
                    (
                        x + (r * angle.cos()).round() as i32,
                        y + (r * angle.sin()).round() as i32,
                    )
                })
                .collect()
        }
    }
}

/// The class of a node's shapes and label: `net-n` and the node's index.
pub(crate) const NODE_CLASS: &str = "net-n";
/// The classes of an edge: `net-x` and each end's index.
pub(crate) const EDGE_CLASS: &str = "net-x";

/// Gives the elements of plotters' SVG, in the order they were drawn, their classes (`None`: none).
/// Every draw call of the network writes exactly one element, and text is escaped, so each `<` that does
/// not close a tag starts the next element drawn.
fn with_classes(raw: &str, classes: &[Option<String>]) -> String {
    let mut out = String::with_capacity(raw.len() + classes.len() * 24);
    let mut classes = classes.iter();
    let mut rest = raw;
    // The root <svg> tag first: it is not a drawn element.
    if let Some(end) = rest.find('>') {
        out.push_str(&rest[..=end]);
        rest = &rest[end + 1..];
    }
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let name_end = rest[1..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .map_or(rest.len(), |idx| idx + 1);
        out.push_str(&rest[..name_end]);
        if !rest[1..].starts_with('/') {
            if let Some(Some(class)) = classes.next() {
                out.push_str(" class=\"");
                out.push_str(class);
                out.push('"');
            }
        }
        rest = &rest[name_end..];
    }
    out.push_str(rest);
    out
}

/// Draws the network with a legend on top; the nodes outside the filter are `faded`.
pub fn network(spec: &NetworkChart) -> Result<Chart, ChartError> {
    // A filter changes only which nodes are faint, and that is not in the drawing: the last one is kept.
    thread_local! {
        static LAST: std::cell::RefCell<Option<(NetworkChart, Chart)>> = const { std::cell::RefCell::new(None) };
    }
    let mut drawn = spec.clone();
    drawn.nodes.iter_mut().for_each(|node| node.active = true);
    let faded = (0..spec.nodes.len()).filter(|&idx| !spec.nodes[idx].active).collect();
    let known = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(known, _)| *known == drawn)
            .map(|(_, chart)| chart.clone())
    });
    let chart = match known {
        Some(chart) => chart,
        None => {
            let chart = draw_network(&drawn)?;
            LAST.with_borrow_mut(|last| *last = Some((drawn, chart.clone())));
            chart
        }
    };
    Ok(Chart { faded, ..chart })
}

fn draw_network(spec: &NetworkChart) -> Result<Chart, ChartError> {
    let width = spec.width.max(480) as i32;
    let org_radius = |degree: usize| -> i32 { (6.0 + (degree as f64).sqrt() * 4.0).min(24.0).round() as i32 };
    let radius_of = |node: &NetworkNode| match node.shape {
        NodeShape::Unit(_) => 9,
        NodeShape::Organisation => org_radius(node.degree),
    };
    // The legend flows: as many entries on a line as fit.
    let mut legend_positions = Vec::new();
    let (mut legend_x, mut legend_y) = (PAD, PAD + 12);
    for label in &spec.legend {
        let entry_width = 30 + text_width(label.as_str(), FONT_PX).ceil() as i32 + 28;
        if legend_x + entry_width > width - PAD && legend_x > PAD {
            legend_x = PAD;
            legend_y += LEGEND_ROW_PX;
        }
        legend_positions.push((legend_x + 12, legend_y));
        legend_x += entry_width;
    }
    let legend_height = legend_y - PAD + LEGEND_ROW_PX / 2 + 8;
    let label_margin = 150;
    let radii: Vec<f64> = spec.nodes.iter().map(|node| f64::from(radius_of(node))).collect();
    let (positions, used_height) = layout(&radii, &spec.edges, f64::from(width - 2 * PAD - label_margin));
    let plot_height = used_height.ceil() as i32 + 16;
    let height = PAD + legend_height + plot_height + PAD;
    let pixels: Vec<(i32, i32)> = positions
        .into_iter()
        .map(|(x, y)| (PAD + x.round() as i32, PAD + legend_height + 8 + y.round() as i32))
        .collect();

    let mut raw = String::new();
    let mut marks = Vec::new();
    // The class of each element drawn, in order: the background and the legend have none.
    let mut classes: Vec<Option<String>> = vec![None; 1 + 2 * spec.legend.len()];
    {
        let root = SVGBackend::with_string(&mut raw, (width as u32, height as u32)).into_drawing_area();
        root.fill(&palette::BACKGROUND)?;
        let text_style = TextStyle::from(font(FONT_PX).into_font())
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (idx, (label, center)) in spec.legend.iter().zip(&legend_positions).enumerate() {
            let center = *center;
            if idx + 1 == spec.legend.len() {
                root.draw(&Circle::new(center, 9, palette::INK_MUTED.filled()))?;
            } else {
                let color = palette::CATEGORICAL[idx % palette::CATEGORICAL.len()];
                root.draw(&Polygon::new(unit_polygon(idx, center, 8), color.filled()))?;
            }
            root.draw(&Text::new(label.clone(), (center.0 + 20, center.1), text_style.clone()))?;
        }
        for &(a, b) in &spec.edges {
            let (Some(&from), Some(&to)) = (pixels.get(a), pixels.get(b)) else {
                continue;
            };
            root.draw(&PathElement::new(vec![from, to], palette::EDGE.stroke_width(2)))?;
            classes.push(Some(format!("{EDGE_CLASS}{a} {EDGE_CLASS}{b}")));
        }
        // Organisations before units, so the units (fewer, and filters) are on top.
        let mut order: Vec<usize> = (0..spec.nodes.len()).collect();
        crate::core::sorting::sort_by_key(&mut order, |&idx| matches!(spec.nodes[idx].shape, NodeShape::Unit(_)));
        for idx in order {
            let node = &spec.nodes[idx];
            let center = pixels[idx];
            let class = Some(format!("{NODE_CLASS}{idx}"));
            let radius = match node.shape {
                NodeShape::Unit(shape) => {
                    let color = palette::CATEGORICAL[shape % palette::CATEGORICAL.len()];
                    root.draw(&Polygon::new(unit_polygon(shape, center, 7), color.filled()))?;
                    classes.push(class);
                    radius_of(node)
                }
                NodeShape::Organisation => {
                    let radius = org_radius(node.degree);
                    root.draw(&Circle::new(center, radius, palette::INK_MUTED.filled()))?;
                    root.draw(&Circle::new(center, radius, palette::BACKGROUND.stroke_width(2)))?;
                    classes.extend([class.clone(), class]);
                    radius
                }
            };
            let hit = radius.max(10);
            marks.push((
                idx,
                Mark {
                    key: node.key.clone(),
                    x: center.0 - hit,
                    y: center.1 - hit,
                    width: 2 * hit,
                    height: 2 * hit,
                },
            ));
        }
        // Labels for the most connected organisations, largest first, right, left, above or below the node,
        // wherever they cover neither another label nor a node. The three most connected are always
        // labelled (a hub is usually crowded): where they cover the fewest nodes, never another label.
        let mut placed: Vec<(i32, i32, i32, i32)> = spec
            .nodes
            .iter()
            .zip(&pixels)
            .map(|(node, &(x, y))| {
                let r = radius_of(node);
                (x - r, y - r, x + r, y + r)
            })
            .collect();
        let n_nodes = placed.len();
        let mut candidates: Vec<usize> = (0..spec.nodes.len())
            .filter(|&idx| spec.nodes[idx].shape == NodeShape::Organisation && spec.nodes[idx].degree >= 2)
            .collect();
        crate::core::sorting::sort_by_key(&mut candidates, |&idx| std::cmp::Reverse(spec.nodes[idx].degree));
        let label_style = TextStyle::from(font(FONT_PX).into_font().style(FontStyle::Bold))
            .color(&palette::INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (rank, idx) in candidates.into_iter().enumerate() {
            let node = &spec.nodes[idx];
            let (x, y) = pixels[idx];
            let r = radius_of(node);
            let box_width = text_width(&node.label, FONT_PX).ceil() as i32;
            let options = [
                (x + r + 5, y),
                (x - r - 5 - box_width, y),
                (x - box_width / 2, y - r - 14),
                (x - box_width / 2, y + r + 14),
            ];
            let own = (x - r, y - r, x + r, y + r);
            // Each place that fits in the chart and covers no label, with how many nodes it covers.
            let mut fits = options.into_iter().filter_map(|(x0, y0)| {
                let rect = (x0 - 2, y0 - 11, x0 + box_width + 2, y0 + 11);
                let inside = rect.0 >= 2 && rect.2 <= width - 2 && rect.1 >= PAD + legend_height;
                let covers = |other: &&(i32, i32, i32, i32)| {
                    rect.0 < other.2 && other.0 < rect.2 && rect.1 < other.3 && other.1 < rect.3
                };
                let on_label = placed[n_nodes..].iter().any(|other| covers(&other));
                let on_nodes = placed[..n_nodes]
                    .iter()
                    .filter(|other| **other != own)
                    .filter(covers)
                    .count();
                (inside && !on_label).then_some((on_nodes, (x0, y0, rect)))
            });
            let free = if rank < 3 {
                fits.min_by_key(|(on_nodes, _)| *on_nodes)
            } else {
                fits.find(|(on_nodes, _)| *on_nodes == 0)
            };
            let Some((on_nodes, (x0, y0, rect))) = free else {
                continue;
            };
            let class = Some(format!("{NODE_CLASS}{idx}"));
            // A label over nodes has no backdrop: the nodes under it stay as bright as they are.
            if on_nodes == 0 {
                root.draw(&Rectangle::new(
                    [(rect.0, rect.1), (rect.2, rect.3)],
                    palette::BACKGROUND.mix(0.85).filled(),
                ))?;
                classes.push(class.clone());
            }
            root.draw(&Text::new(node.label.clone(), (x0, y0), label_style.clone()))?;
            classes.push(class);
            placed.push(rect);
        }
        root.present()?;
    }
    crate::core::sorting::sort_by_key(&mut marks, |(idx, _)| *idx);
    Ok(Chart {
        svg: finish_svg(with_classes(&raw, &classes), &spec.chart_id, &spec.title),
        width: width as u32,
        height: height as u32,
        marks: marks.into_iter().map(|(_, mark)| mark).collect(),
        faded: Vec::new(),
    })
}
