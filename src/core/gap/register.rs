//! Where no offer catalogue is loaded, the offers that exist are the register's organisations in the ICNPO
//! categories that run offers for people using health and care services: the register read as a
//! catalogue, one row per organisation, its categories as a multiple choice.

use crate::core::gap::{normalised_tokens, similarity, CategoryMapping, MappingEntry, MIN_MATCH};
use crate::core::roles::{column_for, icnpo_columns, Role, RoleChoice};
use crate::core::{Column, ColumnData, Dataset, DatasetKind};

/// The ICNPO sub-categories whose organisations run offers for residents and users of health and care
/// services: culture, sport, recreation and social clubs, health, social services, volunteer centres,
/// diversity and inclusion.
pub const OFFER_CATEGORIES: [&str; 12] = [
    "01100", "01200", "01300", "03100", "03200", "03300", "03400", "04100", "04200", "04300", "08200", "14100",
];

/// Which of those categories a kind of offer is run in, by the first word of its synonym group (see
/// `gap::SYNONYMS`): a survey's «besøksvenn» is a social service, «turgruppe» sport.
const OFFER_KINDS: [(&str, &str); 10] = [
    ("besøksvenn", "04100"),
    ("skyss", "04100"),
    ("måltid", "04100"),
    ("praktisk", "04100"),
    ("digital", "04100"),
    ("sorg", "04200"),
    ("kafé", "01300"),
    ("tur", "01200"),
    ("trening", "01200"),
    ("kultur", "01100"),
];

/// The column of the offers read from a register that holds each organisation's categories.
const CATEGORY_COLUMN: &str = "icnpo-kategori";

/// `3100`, `03100`, `3 100` → `03100`.
fn five_digits(code: &str) -> Option<String> {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    (4..=5).contains(&digits.len()).then(|| format!("{digits:0>5}"))
}

/// A register read as an offer catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterOffers {
    /// One row per organisation of the register (in its order), with its offer categories.
    pub dataset: Dataset,
    /// The ICNPO code of each of the category column's options.
    pub codes: Vec<String>,
}

/// The register as an offer catalogue (worked out once per register), or `None` when no organisation
/// has one of `OFFER_CATEGORIES`. Categories are named as the register names them
/// (`icnpoKategori1.navn`), or by their code where it has no names.
pub fn offers_from_register(register: &Dataset) -> Option<&RegisterOffers> {
    register
        .derived
        .offers
        .get_or_init(|| build(register).map(Box::new))
        .as_deref()
}

fn build(register: &Dataset) -> Option<RegisterOffers> {
    if register.kind != DatasetKind::Register {
        return None;
    }
    let code_columns: Vec<(&Column, Option<&Column>)> = icnpo_columns(register)
        .into_iter()
        .map(|code| {
            let name_id = code.id.replace("nummer", "navn").replace("kode", "navn");
            (code, (name_id != code.id).then(|| register.column(&name_id)).flatten())
        })
        .collect();
    let mut codes: Vec<String> = Vec::new();
    let mut options: Vec<String> = Vec::new();
    let mut values: Vec<Option<Vec<u32>>> = vec![None; register.n_rows];
    for (code_column, name_column) in &code_columns {
        let code_texts = crate::core::names::texts(&code_column.data);
        let name_texts = name_column.map(|column| crate::core::names::texts(&column.data));
        for (row, code) in code_texts.iter().enumerate() {
            let Some(code) = code
                .and_then(five_digits)
                .filter(|code| OFFER_CATEGORIES.contains(&code.as_str()))
            else {
                continue;
            };
            let option_idx = match codes.iter().position(|known| *known == code) {
                Some(idx) => idx,
                None => {
                    let name = name_texts
                        .as_ref()
                        .and_then(|names| names.get(row).copied().flatten())
                        .map(str::trim)
                        .filter(|name| !name.is_empty());
                    options.push(name.map_or_else(|| code.clone(), str::to_owned));
                    codes.push(code);
                    codes.len() - 1
                }
            } as u32;
            let chosen = values[row].get_or_insert_with(Vec::new);
            if !chosen.contains(&option_idx) {
                chosen.push(option_idx);
            }
        }
    }
    if options.is_empty() {
        return None;
    }
    // In the classification's order, as the funnel and the mapping editor list them.
    let mut order: Vec<usize> = (0..codes.len()).collect();
    crate::core::sorting::sort_by(&mut order, |a, b| codes[*a].cmp(&codes[*b]));
    let new_index: Vec<u32> = (0..codes.len())
        .map(|old| order.iter().position(|&idx| idx == old).unwrap_or(old) as u32)
        .collect();
    for chosen in values.iter_mut().flatten() {
        for option in chosen.iter_mut() {
            *option = new_index[*option as usize];
        }
    }
    let options: Vec<String> = order.iter().map(|&idx| options[idx].clone()).collect();
    let codes: Vec<String> = order.iter().map(|&idx| codes[idx].clone()).collect();
    let mut columns = vec![Column {
        id: CATEGORY_COLUMN.to_owned(),
        label: CATEGORY_COLUMN.to_owned(),
        data: ColumnData::MultiChoice { options, values },
    }];
    let mut roles = vec![RoleChoice {
        role: Role::OfferCategory,
        column: Some(CATEGORY_COLUMN.to_owned()),
    }];
    // District filters reach the organisations through their postcodes, as on the register itself.
    if let Some(postcode) = column_for(register, Role::Postcode) {
        roles.push(RoleChoice {
            role: Role::Postcode,
            column: Some(postcode.id.clone()),
        });
        columns.push(postcode.clone());
    }
    let dataset = Dataset {
        name: register.name.clone(),
        kind: DatasetKind::Offers,
        source: register.source.clone(),
        n_rows: register.n_rows,
        columns,
        dropped: Vec::new(),
        roles,
        derived: Default::default(),
    };
    Some(RegisterOffers { dataset, codes })
}

/// Matches survey options to the register's categories: by wording where it is close, otherwise by the
/// kind of offer the option names (`Besøksvenn/besøkstjeneste` → Sosiale tjenester). Several options
/// may share a category.
pub fn match_register_categories(options: &[String], register_offers: &RegisterOffers) -> CategoryMapping {
    let Some(ColumnData::MultiChoice {
        options: categories, ..
    }) = register_offers
        .dataset
        .column(CATEGORY_COLUMN)
        .map(|column| &column.data)
    else {
        return CategoryMapping::default();
    };
    let entries = options
        .iter()
        .map(|option| {
            let by_words = categories
                .iter()
                .map(|category| (similarity(option, category), category))
                .filter(|(score, _)| *score >= MIN_MATCH)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, category)| category.clone());
            let by_kind = || {
                let tokens = normalised_tokens(option);
                let code = OFFER_KINDS
                    .iter()
                    .find(|(word, _)| tokens.iter().any(|token| token == word))?
                    .1;
                let idx = register_offers.codes.iter().position(|known| known == code)?;
                categories.get(idx).cloned()
            };
            MappingEntry {
                option: option.clone(),
                category: by_words.or_else(by_kind),
                by_user: false,
            }
        })
        .collect();
    CategoryMapping { entries }
}

#[cfg(test)]
mod tests;
