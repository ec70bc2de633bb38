//! The collaboration network: which units name which organisations, matched to the register where it can
//! be, and how much of the register's health and social-service field the units reach.

use crate::core::analysis::RowMask;
use crate::core::names::{normalise, split_mentions, texts, NameIndex};
use crate::core::overview::icnpo_groups;
use crate::core::roles::{column_for, Role};
use crate::core::{icnpo, Dataset};

/// A responding unit.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitNode {
    /// Its row in the staff survey.
    pub row: usize,
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

impl Network {
    /// Units named in `mask` and the organisations they name.
    pub fn degree_of_org(&self, org_idx: usize, mask: &RowMask) -> usize {
        self.edges
            .iter()
            .filter(|(unit, org)| *org == org_idx && mask.includes(self.units[*unit].row))
            .count()
    }
}

/// `ELVESTAD SANITETSFORENING` → `Elvestad Sanitetsforening`; names already in mixed case are kept.
pub fn display_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.trim().to_owned();
    }
    const SMALL: [&str; 8] = ["og", "i", "for", "av", "på", "til", "med", "and"];
    name.split_whitespace()
        .enumerate()
        .map(|(idx, word)| {
            let lower = word.to_lowercase();
            if idx > 0 && SMALL.contains(&lower.as_str()) {
                lower
            } else {
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
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
    let mut org_keys: Vec<String> = Vec::new();
    for (row, answer) in mentions.iter().enumerate() {
        let Some(answer) = answer else {
            continue;
        };
        let unit_idx = network.units.len();
        let mut named_any = false;
        for mention in split_mentions(answer) {
            let register_row = index.find(mention);
            let key = match register_row {
                Some(register_row) => format!("#{register_row}"),
                None => normalise(mention),
            };
            let org_idx = match org_keys.iter().position(|existing| *existing == key) {
                Some(idx) => idx,
                None => {
                    org_keys.push(key);
                    let name = register_row
                        .and_then(|register_row| register_names.get(register_row).copied().flatten())
                        .map_or_else(|| mention.to_owned(), display_name);
                    network.orgs.push(OrgNode {
                        name,
                        register_row,
                        icnpo: register_row
                            .and_then(|register_row| register_groups.get(register_row).cloned())
                            .unwrap_or_default(),
                    });
                    network.orgs.len() - 1
                }
            };
            if !network.edges.contains(&(unit_idx, org_idx)) {
                network.edges.push((unit_idx, org_idx));
                named_any = true;
            }
        }
        if named_any {
            let label = unit_names
                .as_ref()
                .and_then(|names| names.get(row).copied().flatten())
                .map_or_else(|| format!("#{}", row + 1), str::to_owned);
            network.units.push(UnitNode {
                row,
                label,
                unit_type: unit_types
                    .as_ref()
                    .and_then(|types| types.get(row).copied().flatten())
                    .map(str::to_owned),
            });
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
        if !mask.includes(network.units[*unit_idx].row) {
            continue;
        }
        if let Some(register_row) = network.orgs[*org_idx].register_row {
            reached_rows[register_row] = true;
        }
    }
    let count = |wanted: &dyn Fn(&[u8]) -> bool| -> Coverage {
        let rows: Vec<usize> = (0..register.n_rows).filter(|&row| wanted(&groups[row])).collect();
        Coverage {
            group: 0,
            total: rows.len(),
            reached: rows.iter().filter(|&&row| reached_rows[row]).count(),
        }
    };
    let mut result = Vec::new();
    for group in icnpo::HEALTH_AND_SOCIAL {
        result.push(Coverage {
            group,
            ..count(&|row: &[u8]| row.contains(&group))
        });
    }
    result.push(count(&|row: &[u8]| {
        row.iter().any(|g| icnpo::HEALTH_AND_SOCIAL.contains(g))
    }));
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
