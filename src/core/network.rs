//! The collaboration network: which units name which organisations, matched to the register where it can
//! be, and how much of the register's health and social-service field the units reach.

use std::collections::HashMap;

use crate::core::analysis::RowMask;
use crate::core::names::{normalise, split_mentions, texts, NameIndex};
use crate::core::overview::icnpo_groups;
use crate::core::roles::{column_for, Role};
use crate::core::{icnpo, Dataset};

/// A responding unit: the survey's answers that name the same unit are one node.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitNode {
    /// Its rows in the staff survey.
    pub rows: Vec<usize>,
    pub label: String,
    pub unit_type: Option<String>,
}

/// An organisation some unit named.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgNode {
    pub name: String,
    /// Its row in the register, when the name matched one.
    pub register_row: Option<usize>,
    /// ICNPO main groups from the register.
    pub icnpo: Vec<u8>,
}

/// Units, the organisations they name, and who names whom.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    pub units: Vec<UnitNode>,
    pub orgs: Vec<OrgNode>,
    /// `(unit index, org index)`, each pair once.
    pub edges: Vec<(usize, usize)>,
}

impl UnitNode {
    /// Whether any of the unit's answers is in `mask`.
    pub fn in_mask(&self, mask: &RowMask) -> bool {
        self.rows.iter().any(|&row| mask.includes(row))
    }
}

/// `ELVESTAD SANITETSFORENING` → `Elvestad Sanitetsforening`; names already in mixed case are kept.
pub fn display_name(name: &str) -> String {
    if name.chars().any(crate::core::case::is_lower) {
        return name.trim().to_owned();
    }
    const SMALL: [&str; 8] = ["og", "i", "for", "av", "på", "til", "med", "and"];
    name.split_whitespace()
        .enumerate()
        .map(|(idx, word)| {
            let lower = crate::core::case::lowercase(word);
            if idx > 0 && SMALL.contains(&lower.as_str()) {
                lower
            } else {
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|first| std::iter::once(crate::core::case::upper(first)).chain(chars).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Builds the network from the staff survey's «which organisations do you work with most» answers.
pub fn build(staff: &Dataset, register: Option<&Dataset>) -> Option<Network> {
    let mentions_column = column_for(staff, Role::PartnerOrganisations)?;
    let mentions = texts(&mentions_column.data);
    let unit_names = column_for(staff, Role::Unit).map(|column| texts(&column.data));
    let unit_types = column_for(staff, Role::UnitType).map(|column| texts(&column.data));
    let register_names: Vec<Option<&str>> = register
        .and_then(|register| column_for(register, Role::OrgName))
        .map(|column| texts(&column.data))
        .unwrap_or_default();
    let register_groups = register.and_then(icnpo_groups).unwrap_or_default();
    let index = NameIndex::new(register_names.iter().map(|name| name.unwrap_or_default()));

    let mut network = Network::default();
    // Organisations by key (`#register row` or the normalised name), units by name, each distinct
    // mention's match, and the edges seen: thousands of answers name the same few hundred organisations.
    let mut org_keys: HashMap<String, usize> = HashMap::new();
    let mut unit_keys: HashMap<String, usize> = HashMap::new();
    // A mention's register row + 1, or 0 when it matched none.
    let mut matched: HashMap<String, usize> = HashMap::new();
    // The organisations each unit names.
    let mut named: Vec<Vec<usize>> = Vec::new();
    for (row, answer) in mentions.iter().enumerate() {
        let Some(answer) = answer else {
            continue;
        };
        let mut orgs_named: Vec<usize> = Vec::new();
        for mention in split_mentions(answer) {
            let register_row = matched
                .entry(mention.to_owned())
                .or_insert_with(|| index.find(mention).map_or(0, |row| row + 1))
                .checked_sub(1);
            let key = match register_row {
                Some(register_row) => format!("#{register_row}"),
                None => normalise(mention),
            };
            let org_idx = *org_keys.entry(key).or_insert_with(|| {
                let name = register_row
                    .and_then(|register_row| register_names.get(register_row).copied().flatten())
                    .map_or_else(|| mention.to_owned(), display_name);
                network.orgs.push(OrgNode {
                    name,
                    register_row,
                    icnpo: register_row
                        .and_then(|register_row| register_groups.get(register_row))
                        .map(|groups| groups.iter().collect())
                        .unwrap_or_default(),
                });
                network.orgs.len() - 1
            });
            orgs_named.push(org_idx);
        }
        if orgs_named.is_empty() {
            continue;
        }
        let label = unit_names
            .as_ref()
            .and_then(|names| names.get(row).copied().flatten())
            .map_or_else(|| format!("#{}", row + 1), |name| name.trim().to_owned());
        let unit_idx = *unit_keys.entry(label.clone()).or_insert_with(|| {
            network.units.push(UnitNode {
                rows: Vec::new(),
                label,
                unit_type: unit_types
                    .as_ref()
                    .and_then(|types| types.get(row).copied().flatten())
                    .map(str::to_owned),
            });
            named.push(Vec::new());
            network.units.len() - 1
        });
        network.units[unit_idx].rows.push(row);
        for org_idx in orgs_named {
            if !named[unit_idx].contains(&org_idx) {
                named[unit_idx].push(org_idx);
                network.edges.push((unit_idx, org_idx));
            }
        }
    }
    (!network.edges.is_empty()).then_some(network)
}

/// How many of the register's organisations in an ICNPO group any unit in `mask` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub group: u8,
    /// Register organisations in the group.
    pub total: usize,
    /// Of those, named by at least one unit.
    pub reached: usize,
}

/// Coverage of the health (3) and social-services (4) groups, and of both together (group 0).
pub fn health_social_coverage(network: &Network, register: &Dataset, mask: &RowMask) -> Option<Vec<Coverage>> {
    let groups = icnpo_groups(register)?;
    let mut reached_rows = vec![false; register.n_rows];
    for (unit_idx, org_idx) in &network.edges {
        if !network.units[*unit_idx].in_mask(mask) {
            continue;
        }
        if let Some(register_row) = network.orgs[*org_idx].register_row {
            reached_rows[register_row] = true;
        }
    }
    // One pass over the register (a filter click redraws this): each health or social association
    // counts towards its groups and towards the total.
    let mut counts = [(0usize, 0usize); icnpo::HEALTH_AND_SOCIAL.len() + 1];
    for (&row_groups, &reached) in groups.iter().zip(&reached_rows) {
        if !row_groups.health_or_social() {
            continue;
        }
        let wanted = icnpo::HEALTH_AND_SOCIAL.iter().map(|&group| row_groups.contains(group));
        for (slot, wanted) in counts.iter_mut().zip(wanted.chain([true])) {
            if wanted {
                slot.0 += 1;
                slot.1 += usize::from(reached);
            }
        }
    }
    let groups = icnpo::HEALTH_AND_SOCIAL.iter().copied().chain([0]);
    let result = groups
        .zip(counts)
        .map(|(group, (total, reached))| Coverage { group, total, reached })
        .collect();
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_names_read_well() {
        assert_eq!(display_name("ELVESTAD SANITETSFORENING"), "Elvestad Sanitetsforening");
        assert_eq!(
            display_name("NORD JEGER- OG FISKERFORENING"),
            "Nord Jeger- og Fiskerforening"
        );
        assert_eq!(display_name("Granli Mannskor"), "Granli Mannskor");
    }
}
