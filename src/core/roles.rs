//! Which column answers which question of the analyses (unit type, partner types …), proposed from
//! question texts in the five languages and the register's own column names.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::core::case::folded;
use crate::core::{Column, ColumnType, Dataset, DatasetKind};

/// What a column means to the analyses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    // Staff survey.
    Unit,
    UnitType,
    District,
    RespondentRole,
    Partners,
    Formality,
    UnitRoles,
    FollowUpFte,
    Budget,
    Challenges,
    Opportunities,
    OffersKnown,
    OffersTold,
    PartnerOrganisations,
    // User survey.
    OffersUsed,
    // Organisation survey.
    OrgName,
    OrgOffers,
    Volunteers,
    // Register.
    OrgNumber,
    OrgForm,
    Municipality,
    Postcode,
    // Offer catalogue.
    OfferTitle,
    OfferCategory,
}

macro_rules! role_ids {
    ($($role:ident => $id:literal,)*) => {
        impl Role {
            pub const ALL: &'static [Role] = &[$(Role::$role,)*];

            /// The stable id used in `data-field`, links and saved mappings.
            pub fn id(self) -> &'static str {
                match self {
                    $(Role::$role => $id,)*
                }
            }

            pub fn from_id(id: &str) -> Option<Role> {
                Role::ALL.iter().copied().find(|role| role.id() == id)
            }
        }
    };
}

role_ids! {
    Unit => "unit",
    UnitType => "unit-type",
    District => "district",
    RespondentRole => "respondent-role",
    Partners => "partners",
    Formality => "formality",
    UnitRoles => "unit-roles",
    FollowUpFte => "follow-up-fte",
    Budget => "budget",
    Challenges => "challenges",
    Opportunities => "opportunities",
    OffersKnown => "offers-known",
    OffersTold => "offers-told",
    PartnerOrganisations => "partner-organisations",
    OffersUsed => "offers-used",
    OrgName => "org-name",
    OrgOffers => "org-offers",
    Volunteers => "volunteers",
    OrgNumber => "org-number",
    OrgForm => "org-form",
    Municipality => "municipality",
    Postcode => "postcode",
    OfferTitle => "offer-title",
    OfferCategory => "offer-category",
}

/// Which side of the collaboration a survey asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SurveySide {
    Staff,
    Organisations,
    /// Service users: which offers they have taken part in (the gap's last stage, «reached»).
    Users,
}

struct Rule {
    role: Role,
    kinds: &'static [DatasetKind],
    types: &'static [ColumnType],
    /// Any of these, in the normalised label or id, matches.
    any: &'static [&'static str],
}

const SURVEY: &[DatasetKind] = &[DatasetKind::Survey];
const REGISTER: &[DatasetKind] = &[DatasetKind::Register];
const OFFERS: &[DatasetKind] = &[DatasetKind::Offers];
const MULTI: &[ColumnType] = &[ColumnType::MultiChoice];
const SINGLE: &[ColumnType] = &[ColumnType::SingleChoice];
const TEXTUAL: &[ColumnType] = &[ColumnType::Text, ColumnType::SingleChoice, ColumnType::Id];
const ANY: &[ColumnType] = &[
    ColumnType::SingleChoice,
    ColumnType::MultiChoice,
    ColumnType::Number,
    ColumnType::Date,
    ColumnType::Text,
    ColumnType::Id,
];

/// In priority order: the first unassigned column that matches a rule gets its role.
const RULES: &[Rule] = &[
    Rule {
        role: Role::OrgNumber,
        kinds: REGISTER,
        types: ANY,
        any: &["organisasjonsnummer", "cvrnummer", "cvrnr", "cvr"],
    },
    Rule {
        role: Role::OrgName,
        kinds: REGISTER,
        types: TEXTUAL,
        any: &["navn", "name", "virksomhedsnavn"],
    },
    Rule {
        role: Role::OrgForm,
        kinds: REGISTER,
        types: ANY,
        any: &["organisasjonsformkode", "virksomhedsformkode", "virksomhedsform"],
    },
    Rule {
        role: Role::Municipality,
        kinds: REGISTER,
        types: ANY,
        any: &[
            "postadressekommunenummer",
            "forretningsadressekommunenummer",
            "kommunenummer",
            "kommunekode",
        ],
    },
    Rule {
        role: Role::Postcode,
        kinds: REGISTER,
        types: ANY,
        any: &[
            "postadressepostnummer",
            "forretningsadressepostnummer",
            "postnummer",
            "postnr",
        ],
    },
    Rule {
        role: Role::OfferCategory,
        kinds: OFFERS,
        types: ANY,
        any: &["kategori", "category"],
    },
    Rule {
        role: Role::OfferTitle,
        kinds: OFFERS,
        types: ANY,
        any: &["tilbud", "offer", "aktivitet"],
    },
    Rule {
        role: Role::District,
        kinds: OFFERS,
        types: ANY,
        any: &["bydel", "distrikt", "district", "område"],
    },
    Rule {
        role: Role::OffersKnown,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "kjennerdutil",
            "kjennereg",
            "kjennerdu",
            "kenderdu",
            "kännerdu",
            "känner",
            "awareof",
            "doyouknow",
        ],
    },
    Rule {
        role: Role::OffersTold,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "informertbrukere",
            "informertbrukarar",
            "informeretbrugere",
            "informeratbrukare",
            "informerat",
            "informert",
            "informeret",
            "toldusers",
            "told",
        ],
    },
    Rule {
        role: Role::OffersUsed,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "deltattpå",
            "deltattpaa",
            "vorimed",
            "værtmed",
            "deltagetí",
            "deltageti",
            "deltagiti",
            "harduanvänt",
            "takenpartin",
            "haveyouused",
        ],
    },
    Rule {
        role: Role::OrgOffers,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "tilbudharderefor",
            "tilbodharde",
            "tilbudhardere",
            "tilbudharI",
            "erbjuderni",
            "offersdoyou",
            "hvilketilbud",
            "kvatilbod",
        ],
    },
    Rule {
        role: Role::Opportunities,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "styrketsamarbeidet",
            "styrkasamarbeidet",
            "styrkesamarbejdet",
            "stärktsamarbetet",
            "strengthen",
            "styrke",
            "styrkt",
            "styrka",
        ],
    },
    Rule {
        role: Role::Challenges,
        kinds: SURVEY,
        types: MULTI,
        any: &["utfordring", "udfordring", "utmaning", "challenge"],
    },
    Rule {
        role: Role::UnitRoles,
        kinds: SURVEY,
        types: MULTI,
        any: &["roller", "rollar", "roles", "rollerhar"],
    },
    Rule {
        role: Role::Partners,
        kinds: SURVEY,
        types: MULTI,
        any: &[
            "aktører",
            "aktørar",
            "aktörer",
            "samarbeiderdere",
            "samarbeiderde",
            "samarbejderi",
            "samarbetarni",
            "collaboratewith",
            "partners",
        ],
    },
    Rule {
        role: Role::UnitType,
        kinds: SURVEY,
        types: SINGLE,
        any: &[
            "tjenestetype",
            "tenestetype",
            "ydelsestype",
            "tjänstetyp",
            "typeenhet",
            "typetjeneste",
            "unittype",
            "servicetype",
            "typeofservice",
            "tjenesteområde",
        ],
    },
    Rule {
        role: Role::District,
        kinds: SURVEY,
        types: SINGLE,
        any: &["bydel", "distrikt", "district", "område", "stadsdel", "bydelområde"],
    },
    Rule {
        role: Role::RespondentRole,
        kinds: SURVEY,
        types: SINGLE,
        any: &["dinrolle", "dinrolle", "dinroll", "yourrole", "stilling"],
    },
    Rule {
        role: Role::Formality,
        kinds: SURVEY,
        types: SINGLE,
        any: &["formelt", "formell", "formal", "avtale", "aftale"],
    },
    Rule {
        role: Role::FollowUpFte,
        kinds: SURVEY,
        types: SINGLE,
        any: &[
            "stillingsprosent",
            "årsverk",
            "fte",
            "stillingsandel",
            "tjänstgöringsgrad",
        ],
    },
    Rule {
        role: Role::Budget,
        kinds: SURVEY,
        types: SINGLE,
        any: &["budsjett", "budget"],
    },
    Rule {
        role: Role::PartnerOrganisations,
        kinds: SURVEY,
        types: TEXTUAL,
        any: &[
            "organisasjonersamarbeiderderemest",
            "organisasjonersamarbeider",
            "organisationersamarbejder",
            "organisationersamarbetar",
            "organisationsdoyou",
        ],
    },
    Rule {
        role: Role::OrgName,
        kinds: SURVEY,
        types: TEXTUAL,
        any: &[
            "organisasjonensnavn",
            "organisasjonensnamn",
            "organisationensnavn",
            "organisationensnamn",
            "organisationname",
            "nameoftheorganisation",
            "organisasjon",
        ],
    },
    Rule {
        role: Role::Volunteers,
        kinds: SURVEY,
        types: &[ColumnType::Number],
        any: &["frivillige", "frivilliga", "volunteers"],
    },
    Rule {
        role: Role::Unit,
        kinds: SURVEY,
        types: TEXTUAL,
        any: &["enhet", "enhed", "eining", "unit"],
    },
];

fn matches(rule: &Rule, column: &Column) -> bool {
    if !rule.types.contains(&column.data.column_type()) {
        return false;
    }
    let label = folded(&column.label);
    let id = folded(&column.id);
    rule.any
        .iter()
        .any(|hint| label.contains(&folded(hint)) || id.contains(&folded(hint)))
}

/// A user's correction of one role: the column that plays it, or none.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RoleChoice {
    pub role: Role,
    pub column: Option<String>,
}

/// The roles that matter for a kind of dataset, in the order the mapping panel lists them.
pub fn roles_for(kind: DatasetKind) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::new();
    for rule in RULES.iter().filter(|rule| rule.kinds.contains(&kind)) {
        if !roles.contains(&rule.role) {
            roles.push(rule.role);
        }
    }
    crate::core::sorting::sort_by_key(&mut roles, |role| Role::ALL.iter().position(|known| known == role));
    roles
}

/// Whether a column is of a type that can play `role` at all.
pub fn can_play(role: Role, column: &Column) -> bool {
    RULES
        .iter()
        .filter(|rule| rule.role == role)
        .any(|rule| rule.types.contains(&column.data.column_type()))
}

/// Proposes a column for each role the dataset can answer, as `(role, column id)`: the user's choices
/// (`Dataset::roles`) first, then the rules for the roles the user left alone.
pub fn propose(dataset: &Dataset) -> Vec<(Role, String)> {
    proposal(dataset)
        .iter()
        .filter_map(|&(role, col_idx)| Some((role, dataset.columns.get(col_idx)?.id.clone())))
        .collect()
}

/// The column playing `role` in `dataset`, by the proposed mapping.
pub fn column_for(dataset: &Dataset, role: Role) -> Option<&Column> {
    let col_idx = proposal(dataset).iter().find(|(found, _)| *found == role)?.1;
    dataset.columns.get(col_idx)
}

/// `propose` as column indices. Every figure asks it several times on each filter click: it is worked out
/// once for the dataset's columns and the user's choices, and again only when the choices change.
fn proposal(dataset: &Dataset) -> Proposal {
    let mut cache = dataset.derived.proposal.lock();
    if let Some((choices, proposed)) = cache.as_ref() {
        if *choices == dataset.roles {
            return proposed.clone();
        }
    }
    let proposed: Proposal = work_out_proposal(dataset).into();
    *cache = Some((dataset.roles.clone(), proposed.clone()));
    proposed
}

fn work_out_proposal(dataset: &Dataset) -> Vec<(Role, usize)> {
    let mut taken = vec![false; dataset.columns.len()];
    let mut proposed = Vec::new();
    for choice in &dataset.roles {
        let Some(column_id) = &choice.column else {
            continue;
        };
        if let Some(col_idx) = dataset.columns.iter().position(|column| column.id == *column_id) {
            taken[col_idx] = true;
            proposed.push((choice.role, col_idx));
        }
    }
    // Which columns each rule matches depends on the columns alone: worked out once per dataset.
    let matching = dataset.derived.rule_matches.get_or_init(|| {
        RULES
            .iter()
            .map(|rule| {
                if !rule.kinds.contains(&dataset.kind) {
                    return Vec::new();
                }
                (0..dataset.columns.len())
                    .filter(|&col_idx| matches(rule, &dataset.columns[col_idx]))
                    .collect()
            })
            .collect()
    });
    for (rule, columns) in RULES.iter().zip(matching) {
        if proposed.iter().any(|(role, _)| *role == rule.role)
            || dataset.roles.iter().any(|choice| choice.role == rule.role)
        {
            continue;
        }
        if let Some(&col_idx) = columns.iter().find(|&&col_idx| !taken[col_idx]) {
            taken[col_idx] = true;
            proposed.push((rule.role, col_idx));
        }
    }
    proposed
}

/// The last proposal worked out for a dataset, with the user's choices it was worked out from.
#[derive(Debug, Default)]
pub struct ProposalCache(std::sync::Mutex<Option<(Vec<RoleChoice>, Proposal)>>);

/// Each proposed role with the index of its column.
type Proposal = Arc<[(Role, usize)]>;

impl ProposalCache {
    /// The cache, also after a panic elsewhere held it: it is only ever replaced whole.
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<(Vec<RoleChoice>, Proposal)>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Clone for ProposalCache {
    fn clone(&self) -> ProposalCache {
        ProposalCache(std::sync::Mutex::new(self.lock().clone()))
    }
}

/// A survey's role mapping, saved so that next year's export of the same survey is mapped the same way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedMapping {
    pub kind: DatasetKind,
    /// The survey's column ids, to recognise it again.
    pub columns: Vec<String>,
    pub roles: Vec<RoleChoice>,
    /// The user's corrections of which offer category each of its options stands for (the gap analysis),
    /// those of its options only.
    #[serde(default)]
    pub categories: Vec<crate::core::gap::MappingEntry>,
}

impl SavedMapping {
    /// The mapping of `dataset`, with those of the user's category corrections that name its options.
    pub fn of(dataset: &Dataset, categories: &[crate::core::gap::MappingEntry]) -> SavedMapping {
        let options = crate::core::gap::survey_offer_options(dataset);
        SavedMapping {
            kind: dataset.kind,
            columns: dataset.columns.iter().map(|column| column.id.clone()).collect(),
            roles: dataset.roles.clone(),
            categories: categories
                .iter()
                .filter(|entry| entry.by_user && options.contains(&entry.option))
                .cloned()
                .collect(),
        }
    }

    /// Whether it belongs to `dataset`: the same kind, every chosen column present and most columns in
    /// common (a new year's export adds and drops a few questions).
    pub fn fits(&self, dataset: &Dataset) -> bool {
        let has = |column_id: &str| dataset.columns.iter().any(|column| column.id == column_id);
        let n_shared = self.columns.iter().filter(|column_id| has(column_id)).count();
        let n_all = self.columns.len().max(dataset.columns.len()).max(1);
        self.kind == dataset.kind
            && !self.roles.is_empty()
            && self.roles.iter().filter_map(|choice| choice.column.as_deref()).all(has)
            && n_shared * 10 >= n_all * 7
    }
}

/// Applies the saved mapping that fits `dataset`, if any and if the user has not mapped it yet, and
/// returns it (its category corrections are the caller's to apply).
pub fn apply_saved<'a>(dataset: &mut Dataset, saved: &'a [SavedMapping]) -> Option<&'a SavedMapping> {
    if !dataset.roles.is_empty() {
        return None;
    }
    let mapping = saved.iter().find(|mapping| mapping.fits(dataset))?;
    dataset.roles = mapping.roles.clone();
    Some(mapping)
}

/// Which side a survey asked: staff (it asks about partners or unit types) or organisations.
pub fn survey_side(dataset: &Dataset) -> Option<SurveySide> {
    if dataset.kind != DatasetKind::Survey {
        return None;
    }
    let roles: Vec<Role> = proposal(dataset).iter().map(|&(role, _)| role).collect();
    if roles
        .iter()
        .any(|role| matches!(role, Role::Partners | Role::UnitType | Role::OffersKnown))
    {
        Some(SurveySide::Staff)
    } else if roles
        .iter()
        .any(|role| matches!(role, Role::OrgName | Role::OrgOffers | Role::Volunteers))
    {
        Some(SurveySide::Organisations)
    } else if roles.contains(&Role::OffersUsed) {
        Some(SurveySide::Users)
    } else {
        None
    }
}

/// The register's ICNPO category columns (Frivillighetsregisteret's up to three codes per organisation).
pub fn icnpo_columns(dataset: &Dataset) -> Vec<&Column> {
    // Asked by every register figure on each filter click: the ids are folded once per dataset.
    let indices = dataset.derived.icnpo_columns.get_or_init(|| {
        (0..dataset.columns.len())
            .filter(|&col_idx| {
                let id = folded(&dataset.columns[col_idx].id);
                id.contains("icnpo")
                    && !["beskrivelse", "navn", "tekst", "rekkefoelge", "rekkefolge"]
                        .iter()
                        .any(|part| id.contains(part))
            })
            .collect()
    });
    indices
        .iter()
        .filter_map(|&col_idx| dataset.columns.get(col_idx))
        .collect()
}

#[cfg(test)]
mod tests;
