//! A `RawTable` of text cells into typed `Column`s: question types inferred, one-hot option columns grouped
//! back into one question, Nettskjema labels applied, personal data held back.

use std::collections::HashMap;

use crate::core::{Column, ColumnData, DroppedColumn, SourceFormat};
use crate::io::nettskjema::{ElementKind, FormDefinition, Question};
use crate::io::personal;
use crate::io::values::{parse_date, parse_number};
use crate::io::{RawTable, Warning};

/// Typed columns, in source order, with what was held back.
pub struct Typed {
    pub columns: Vec<Column>,
    pub dropped: Vec<DroppedColumn>,
    pub warnings: Vec<Warning>,
}

/// Types every column of `table`. `form` labels a Nettskjema export.
pub fn type_columns(table: &RawTable, format: SourceFormat, form: Option<&FormDefinition>) -> Typed {
    let n_cols = table.header.len();
    let mut used = vec![false; n_cols];
    let mut dropped = Vec::new();
    let mut warnings = Vec::new();
    for (col_idx, used) in used.iter_mut().enumerate() {
        let cells = table.column_cells(col_idx);
        if let Some(reason) = personal::detect(&table.header[col_idx], &cells, format) {
            *used = true;
            dropped.push(DroppedColumn {
                header: table.header[col_idx].clone(),
                reason,
            });
        }
    }

    // Each output column remembers the first source column it came from, to keep source order.
    let mut typed: Vec<(usize, Column)> = Vec::new();
    if let Some(form) = form {
        for question in &form.questions {
            typed.extend(type_question(table, question, &mut used, &mut warnings));
        }
    }
    if matches!(format, SourceFormat::Nettskjema | SourceFormat::Generic) {
        typed.extend(group_one_hot(table, &mut used));
    }
    if format == SourceFormat::Nettskjema && form.is_none() {
        warnings.push(Warning::LabelsMissing);
    }
    for (col_idx, _) in used.iter().enumerate().filter(|(_, used)| !**used) {
        let header = &table.header[col_idx];
        typed.push((
            col_idx,
            Column {
                id: header.clone(),
                label: header.clone(),
                data: infer(header, &table.column_cells(col_idx)),
            },
        ));
    }
    typed.sort_by_key(|(first_col_idx, _)| *first_col_idx);
    Typed {
        columns: typed.into_iter().map(|(_, column)| column).collect(),
        dropped,
        warnings,
    }
}

fn type_question(
    table: &RawTable,
    question: &Question,
    used: &mut [bool],
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, Column)> {
    let find = |name: &str| table.header.iter().position(|header| header == name);
    let mut columns = Vec::new();
    match question.kind {
        ElementKind::Checkbox => {
            if let Some(column) = checkbox_group(table, &question.id, &question.text, &question.options, used) {
                columns.push(column);
            }
        }
        ElementKind::MatrixCheckbox => {
            for (row_code, row_text) in &question.rows {
                let id = format!("{}.{row_code}", question.id);
                let label = format!("{}: {row_text}", question.text);
                if let Some(column) = checkbox_group(table, &id, &label, &question.options, used) {
                    columns.push(column);
                }
            }
        }
        ElementKind::Radio => {
            if let Some(col_idx) = find(&question.id).filter(|&idx| !used[idx]) {
                used[col_idx] = true;
                let data = coded_single_choice(table, col_idx, &question.options, warnings);
                columns.push((col_idx, column(&question.id, &question.text, data)));
            }
        }
        ElementKind::MatrixRadio => {
            for (row_code, row_text) in &question.rows {
                let id = format!("{}.{row_code}", question.id);
                if let Some(col_idx) = find(&id).filter(|&idx| !used[idx]) {
                    used[col_idx] = true;
                    let data = coded_single_choice(table, col_idx, &question.options, warnings);
                    let label = format!("{}: {row_text}", question.text);
                    columns.push((col_idx, column(&id, &label, data)));
                }
            }
        }
        ElementKind::FreeText | ElementKind::Number | ElementKind::Date | ElementKind::Scale | ElementKind::Other => {
            if let Some(col_idx) = find(&question.id).filter(|&idx| !used[idx]) {
                used[col_idx] = true;
                let cells = table.column_cells(col_idx);
                let data = match question.kind {
                    ElementKind::Number | ElementKind::Scale => numbers(&cells).unwrap_or_else(|| texts(&cells)),
                    ElementKind::Date => dates(&cells).unwrap_or_else(|| texts(&cells)),
                    _ => texts(&cells),
                };
                columns.push((col_idx, column(&question.id, &question.text, data)));
            }
        }
    }
    columns
}

fn column(id: &str, label: &str, data: ColumnData) -> Column {
    Column {
        id: id.to_owned(),
        label: label.to_owned(),
        data,
    }
}

/// `question.option` columns holding 1/0 into one multi-choice column, options labelled by the form.
fn checkbox_group(
    table: &RawTable,
    id: &str,
    label: &str,
    options: &[(String, String)],
    used: &mut [bool],
) -> Option<(usize, Column)> {
    let members: Vec<(usize, String)> = options
        .iter()
        .filter_map(|(code, option_label)| {
            let name = format!("{id}.{code}");
            let col_idx = table.header.iter().position(|header| *header == name)?;
            (!used[col_idx]).then(|| (col_idx, option_label.clone()))
        })
        .collect();
    let first = members.iter().map(|(col_idx, _)| *col_idx).min()?;
    for (col_idx, _) in &members {
        used[*col_idx] = true;
    }
    let col_idxs: Vec<usize> = members.iter().map(|(col_idx, _)| *col_idx).collect();
    let options = members.into_iter().map(|(_, label)| label).collect();
    Some((first, column(id, label, one_hot_values(table, &col_idxs, options))))
}

fn one_hot_values(table: &RawTable, col_idxs: &[usize], options: Vec<String>) -> ColumnData {
    let values = table
        .rows
        .iter()
        .map(|row| {
            let cells: Vec<&str> = col_idxs
                .iter()
                .map(|&col_idx| row.get(col_idx).map_or("", |cell| cell.trim()))
                .collect();
            if cells.iter().all(|cell| cell.is_empty()) {
                return None;
            }
            Some(
                cells
                    .iter()
                    .enumerate()
                    .filter(|(_, cell)| is_ticked(cell))
                    .map(|(option_idx, _)| option_idx as u32)
                    .collect(),
            )
        })
        .collect();
    ColumnData::MultiChoice { options, values }
}

fn is_ticked(cell: &str) -> bool {
    matches!(cell, "1" | "1.0" | "x" | "X" | "Valgt" | "valgt" | "true" | "TRUE")
}

/// Without a form definition: columns `prefix.suffix` that share a prefix and hold only 0/1 are one question.
fn group_one_hot(table: &RawTable, used: &mut [bool]) -> Vec<(usize, Column)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (col_idx, header) in table.header.iter().enumerate() {
        if used[col_idx] {
            continue;
        }
        let Some((prefix, _)) = header.rsplit_once('.') else {
            continue;
        };
        if prefix.is_empty() || !is_zero_one(&table.column_cells(col_idx)) {
            continue;
        }
        match groups.iter_mut().find(|(existing, _)| existing == prefix) {
            Some((_, members)) => members.push(col_idx),
            None => groups.push((prefix.to_owned(), vec![col_idx])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, members)| members.len() >= 2)
        .map(|(prefix, members)| {
            for &col_idx in &members {
                used[col_idx] = true;
            }
            let options = members
                .iter()
                .map(|&col_idx| table.header[col_idx][prefix.len() + 1..].to_owned())
                .collect();
            let data = one_hot_values(table, &members, options);
            (members[0], column(&prefix, &prefix, data))
        })
        .collect()
}

fn is_zero_one(cells: &[&str]) -> bool {
    let mut any = false;
    for cell in cells {
        match cell.trim() {
            "" => {}
            "0" | "1" => any = true,
            _ => return false,
        }
    }
    any
}

/// A column of option codes, labelled by the form; codes the form does not list are kept and warned about.
fn coded_single_choice(
    table: &RawTable,
    col_idx: usize,
    form_options: &[(String, String)],
    warnings: &mut Vec<Warning>,
) -> ColumnData {
    let mut options: Vec<String> = form_options.iter().map(|(_, label)| label.clone()).collect();
    let mut codes: HashMap<String, u32> = form_options
        .iter()
        .enumerate()
        .map(|(idx, (code, _))| (code.clone(), idx as u32))
        .collect();
    let values = table
        .column_cells(col_idx)
        .into_iter()
        .map(|cell| {
            let cell = cell.trim();
            if cell.is_empty() {
                return None;
            }
            Some(*codes.entry(cell.to_owned()).or_insert_with(|| {
                warnings.push(Warning::UnknownCode {
                    column: table.header[col_idx].clone(),
                    code: cell.to_owned(),
                });
                options.push(cell.to_owned());
                (options.len() - 1) as u32
            }))
        })
        .collect();
    ColumnData::SingleChoice { options, values }
}

fn texts(cells: &[&str]) -> ColumnData {
    ColumnData::Text(cells.iter().map(|cell| non_empty(cell)).collect())
}

fn non_empty(cell: &str) -> Option<String> {
    let trimmed = cell.trim();
    (!trimmed.is_empty()).then(|| cell.to_owned())
}

/// Parses every non-empty cell, or gives up (`None`) at the first that does not parse.
fn parse_all<T>(cells: &[&str], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<Option<T>>> {
    cells
        .iter()
        .map(|cell| match cell.trim() {
            "" => Some(None),
            text => parse(text).map(Some),
        })
        .collect()
}

fn numbers(cells: &[&str]) -> Option<ColumnData> {
    parse_all(cells, parse_number).map(ColumnData::Number)
}

fn dates(cells: &[&str]) -> Option<ColumnData> {
    parse_all(cells, parse_date).map(ColumnData::Date)
}

/// Normalised header: lower case, letters and digits only (`Post-nummer` → `postnummer`).
pub fn normalise_header(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Headers that name an identifier or a code rather than a quantity.
fn is_id_header(header: &str) -> bool {
    let normalised = normalise_header(header);
    normalised == "id"
        || header.starts_with('$') && normalised.ends_with("id")
        || header.ends_with("_id")
        || header.ends_with(" ID")
        || header.ends_with("Id")
        || [
            "nummer", "orgnr", "kode", "code", "postnr", "knr", "cvr", "icnpo", "nace",
        ]
        .iter()
        .any(|hint| normalised.contains(hint))
}

/// Headers of codes whose leading zeros spreadsheets strip (`301` → `0301`).
fn four_digit_code_header(header: &str) -> bool {
    let normalised = normalise_header(header);
    ["postnummer", "postnr", "kommunenummer", "kommunenr", "knr"]
        .iter()
        .any(|hint| normalised.contains(hint))
}

/// Infers the type of a column without a form definition.
pub fn infer(header: &str, cells: &[&str]) -> ColumnData {
    let non_empty: Vec<&str> = cells
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect();
    if non_empty.is_empty() {
        return texts(cells);
    }
    let all_digits = non_empty.iter().all(|cell| cell.bytes().all(|b| b.is_ascii_digit()));
    if all_digits && (is_id_header(header) || non_empty.iter().any(|cell| cell.len() > 1 && cell.starts_with('0'))) {
        let pad = four_digit_code_header(header);
        return ColumnData::Id(
            cells
                .iter()
                .map(|cell| {
                    let trimmed = cell.trim();
                    if trimmed.is_empty() {
                        None
                    } else if pad && trimmed.len() < 4 {
                        Some(format!("{trimmed:0>4}"))
                    } else {
                        Some(trimmed.to_owned())
                    }
                })
                .collect(),
        );
    }
    if let Some(data) = numbers(cells) {
        return data;
    }
    if let Some(data) = dates(cells) {
        return data;
    }
    let n_joined = non_empty.iter().filter(|cell| cell.ends_with(';')).count();
    if n_joined * 3 >= non_empty.len() {
        return joined_multi_choice(cells, ';');
    }
    let mut distinct: Vec<&str> = Vec::new();
    for cell in &non_empty {
        if !distinct.contains(cell) {
            distinct.push(cell);
            if distinct.len() > 60 {
                break;
            }
        }
    }
    if distinct.len() <= 60 && distinct.len() * 2 <= non_empty.len() && distinct.iter().all(|d| d.len() <= 120) {
        return single_choice(cells, distinct);
    }
    if is_id_header(header) && non_empty.iter().all(|cell| !cell.contains(' ')) {
        return ColumnData::Id(cells.iter().map(|cell| non_empty_trimmed(cell)).collect());
    }
    texts(cells)
}

fn non_empty_trimmed(cell: &str) -> Option<String> {
    let trimmed = cell.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn single_choice(cells: &[&str], options: Vec<&str>) -> ColumnData {
    let index: HashMap<&str, u32> = options
        .iter()
        .enumerate()
        .map(|(idx, option)| (*option, idx as u32))
        .collect();
    let values = cells.iter().map(|cell| index.get(cell.trim()).copied()).collect();
    ColumnData::SingleChoice {
        options: options.into_iter().map(str::to_owned).collect(),
        values,
    }
}

/// Options joined in one cell (`A;B;` from Microsoft Forms), options in order of first appearance.
fn joined_multi_choice(cells: &[&str], separator: char) -> ColumnData {
    let mut options: Vec<String> = Vec::new();
    let values = cells
        .iter()
        .map(|cell| {
            if cell.trim().is_empty() {
                return None;
            }
            let mut chosen: Vec<u32> = Vec::new();
            for part in cell.split(separator).map(str::trim).filter(|part| !part.is_empty()) {
                let option_idx = match options.iter().position(|option| option == part) {
                    Some(idx) => idx,
                    None => {
                        options.push(part.to_owned());
                        options.len() - 1
                    }
                } as u32;
                if !chosen.contains(&option_idx) {
                    chosen.push(option_idx);
                }
            }
            Some(chosen)
        })
        .collect();
    ColumnData::MultiChoice { options, values }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infer_type(header: &str, cells: &[&str]) -> &'static str {
        infer(header, cells).column_type().id()
    }

    #[test]
    fn types_are_inferred_from_cells_and_headers() {
        assert_eq!(infer_type("Antall", &["1", "2,5", "", "10"]), "number");
        assert_eq!(infer_type("organisasjonsnummer", &["974760673", "923609016"]), "id");
        assert_eq!(infer_type("Postnummer", &["0301", "3001"]), "id");
        assert_eq!(infer_type("stiftelsesdato", &["2001-02-03", "", "1999-12-31"]), "date");
        assert_eq!(
            infer_type("Bydel", &["Nord", "Sør", "Nord", "Sør", "Øst", "Nord", "Øst"]),
            "single-choice"
        );
        assert_eq!(infer_type("Tilbud", &["Kafé;Besøksvenn;", "Kafé;", ""]), "multi-choice");
        assert_eq!(
            infer_type("Kommentar", &["Fint samarbeid", "Trenger mer tid", "Bra"]),
            "text"
        );
    }

    #[test]
    fn stripped_leading_zeros_are_restored_in_municipality_and_postcode_columns() {
        let ColumnData::Id(values) = infer("kommunenummer", &[" 301", "3005", ""]) else {
            panic!("expected an id column");
        };
        assert_eq!(values, [Some("0301".to_owned()), Some("3005".to_owned()), None]);
    }

    #[test]
    fn joined_options_keep_first_appearance_order() {
        let ColumnData::MultiChoice { options, values } = joined_multi_choice(&["B;A;", "A;", "", "C;B;B;"], ';')
        else {
            panic!("expected multi-choice");
        };
        assert_eq!(options, ["B", "A", "C"]);
        assert_eq!(values, [Some(vec![0, 1]), Some(vec![1]), None, Some(vec![2, 0])]);
    }
}
