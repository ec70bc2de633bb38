//! A `RawTable` of text cells into typed `Column`s: question types inferred, one-hot option columns grouped
//! back into one question, Nettskjema labels applied, personal data held back.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::core::bits::SetBits;
use crate::core::{Column, ColumnData, DroppedColumn, SourceFormat};
use crate::io::nettskjema::{ElementKind, FormDefinition, Question};
use crate::io::personal;
use crate::io::values::{parse_date, parse_number, trim};
use crate::io::{RawTable, Warning};

/// Typed columns, in source order, with what was held back.
pub struct Typed {
    pub columns: Vec<Column>,
    pub dropped: Vec<DroppedColumn>,
    pub warnings: Vec<Warning>,
}

/// Types every column of `table`. `form` labels a survey export (Nettskjema's form definition,
/// SurveyXact's structure and labels). Columns that look like personal data are held back unless their
/// header is in `keep`.
pub fn type_columns(table: &RawTable, format: SourceFormat, form: Option<&FormDefinition>, keep: &[String]) -> Typed {
    let n_cols = table.header.len();
    let mut used = vec![false; n_cols];
    let mut dropped = Vec::new();
    let mut warnings = Vec::new();
    // One pass over each column's cells for what needs them all: personal data, and whether it holds only ticks.
    let mut only_ticks = vec![false; n_cols];
    let stride = (table.n_rows() / 4_000).max(1);
    for (col_idx, used) in used.iter_mut().enumerate() {
        let header = &table.header[col_idx];
        only_ticks[col_idx] = group_and_option(header).is_some() && holds_only_ticks(table, col_idx);
        // Ticks and one-letter codes (most of a survey) cannot say who someone is.
        if only_ticks[col_idx] {
            continue;
        }
        // Personal data shows in a sample spread over the whole column as well as in all of it.
        let sample: Vec<&str> = (0..table.n_rows())
            .step_by(stride)
            .map(|row_idx| table.cell(row_idx, col_idx))
            .collect();
        if let Some(reason) = personal::detect(header, &sample, format) {
            let kept = keep.contains(header);
            *used = !kept;
            dropped.push(DroppedColumn {
                header: header.clone(),
                reason,
                kept,
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
        typed.extend(group_one_hot(table, &only_ticks, &mut used));
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
                data: infer_for(format, header, &table.column_cells(col_idx)),
            },
        ));
    }
    crate::core::sorting::sort_by_key(&mut typed, |(first_col_idx, _)| *first_col_idx);
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
        ElementKind::Checkbox if !question.option_columns.is_empty() => {
            if let Some(column) = named_checkbox_group(table, question, used) {
                columns.push(column);
            }
        }
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
    one_hot_group(table, id, label, members, used)
}

/// Option columns named by the form (SurveyXact's `v_1_1`, `v_1_2` …) into one multi-choice column.
fn named_checkbox_group(table: &RawTable, question: &Question, used: &mut [bool]) -> Option<(usize, Column)> {
    let members: Vec<(usize, String)> = question
        .option_columns
        .iter()
        .zip(&question.options)
        .filter_map(|(name, (_, label))| {
            let col_idx = table.header.iter().position(|header| header == name)?;
            (!used[col_idx]).then(|| (col_idx, label.clone()))
        })
        .collect();
    one_hot_group(table, &question.id, &question.text, members, used)
}

/// One question from its option columns `(column, option label)`, placed where its first column was.
fn one_hot_group(
    table: &RawTable,
    id: &str,
    label: &str,
    members: Vec<(usize, String)>,
    used: &mut [bool],
) -> Option<(usize, Column)> {
    let first = members.iter().map(|(col_idx, _)| *col_idx).min()?;
    for (col_idx, _) in &members {
        used[*col_idx] = true;
    }
    let col_idxs: Vec<usize> = members.iter().map(|(col_idx, _)| *col_idx).collect();
    let options = members.into_iter().map(|(_, label)| label).collect();
    Some((first, column(id, label, one_hot_values(table, &col_idxs, options))))
}

/// Option columns into one multi-choice column. Read column by column (each column's cells lie together
/// in memory), marking per row whether it was answered and which options were ticked: a bit per option
/// while there are at most 64 of them, so that each row's list is allocated once, at its final size.
fn one_hot_values(table: &RawTable, col_idxs: &[usize], options: Vec<String>) -> ColumnData {
    let n_rows = table.n_rows();
    let mut answered = vec![false; n_rows];
    let mut bits = vec![0u64; n_rows];
    let mut more: Vec<Vec<u32>> = Vec::new();
    if col_idxs.len() > 64 {
        more = vec![Vec::new(); n_rows];
    }
    // The common case, columns whose every cell is one byte: their text is their cells. They are read a
    // block of rows at a time, all columns in turn, so that the block's marks stay in the cache.
    let dense: Vec<(u64, &[u8])> = col_idxs
        .iter()
        .take(64)
        .enumerate()
        .filter_map(|(option_idx, &col_idx)| Some((1 << option_idx, table.one_byte_cells(col_idx)?)))
        .collect();
    const BLOCK: usize = 4096;
    for start in (0..n_rows).step_by(BLOCK) {
        let end = (start + BLOCK).min(n_rows);
        let (answered, bits) = (&mut answered[start..end], &mut bits[start..end]);
        for &(bit, bytes) in &dense {
            for ((answered, bits), &byte) in answered.iter_mut().zip(bits.iter_mut()).zip(&bytes[start..end]) {
                // Without a branch: ticks and blanks come in no order a branch predictor could learn.
                *answered |= !is_blank(byte);
                *bits |= bit & u64::from(is_tick(byte)).wrapping_neg();
            }
        }
    }
    for (option_idx, &col_idx) in col_idxs.iter().enumerate() {
        if option_idx < 64 {
            if table.one_byte_cells(col_idx).is_some() {
                continue;
            }
            // Next, a column of cells of at most one byte, read in place. A longer cell part way leaves
            // the rows before it marked as the cell-by-cell reading below would mark them, so that reading
            // simply starts over.
            let bit = 1 << option_idx;
            let mut rows = answered.iter_mut().zip(bits.iter_mut());
            let all_short = table.visit_short_cells(col_idx, |byte| {
                if let Some((answered, bits)) = rows.next() {
                    match byte {
                        byte if is_blank(byte) => {}
                        byte if is_tick(byte) => {
                            *answered = true;
                            *bits |= bit;
                        }
                        _ => *answered = true,
                    }
                }
                true
            });
            if all_short.is_some() {
                continue;
            }
        }
        for (row_idx, cell) in table.column(col_idx).enumerate() {
            let ticked = match cell.as_bytes() {
                b"" => continue,
                b"0" => false,
                b"1" => true,
                _ => match cell.trim() {
                    "" => continue,
                    trimmed => is_ticked(trimmed),
                },
            };
            answered[row_idx] = true;
            if ticked {
                if option_idx < 64 {
                    bits[row_idx] |= 1 << option_idx;
                } else {
                    more[row_idx].push(option_idx as u32);
                }
            }
        }
    }
    let values = (0..n_rows)
        .map(|row_idx| {
            if !answered[row_idx] {
                return None;
            }
            // Each ticked option, lowest first, collected at its final size.
            let mut chosen: Vec<u32> = SetBits(bits[row_idx]).collect();
            if let Some(extra) = more.get_mut(row_idx) {
                chosen.append(extra);
            }
            Some(chosen)
        })
        .collect();
    ColumnData::MultiChoice { options, values }
}

fn is_ticked(cell: &str) -> bool {
    matches!(cell, "1" | "1.0" | "x" | "X" | "Valgt" | "valgt" | "true" | "TRUE")
}

/// Without a form definition: columns `prefix.suffix` (or `prefix: suffix`) that share a prefix and hold
/// only ticks are one question.
fn group_one_hot(table: &RawTable, only_ticks: &[bool], used: &mut [bool]) -> Vec<(usize, Column)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (col_idx, header) in table.header.iter().enumerate() {
        if used[col_idx] {
            continue;
        }
        let Some((prefix, _)) = group_and_option(header) else {
            continue;
        };
        if prefix.is_empty() || !only_ticks[col_idx] {
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
                .filter_map(|&col_idx| group_and_option(&table.header[col_idx]))
                .map(|(_, option)| option.to_owned())
                .collect();
            let data = one_hot_values(table, &members, options);
            (members[0], column(&prefix, &prefix, data))
        })
        .collect()
}

/// A ticked column's question and option: `checkbox.events` (Nettskjema) or `Samarbeidspartnere: Skoler`
/// (a heading merged over the option columns of a workbook).
fn group_and_option(header: &str) -> Option<(&str, &str)> {
    header.rsplit_once('.').or_else(|| header.split_once(": "))
}

/// A one-byte cell (`RawTable::visit_short_cells`) that is empty once trimmed: none at all (0), or the
/// white space `str::trim` takes away (space, TAB, LF, VT, FF, CR), so the byte and the text readings agree.
fn is_blank(byte: u8) -> bool {
    matches!(byte, 0 | b' ' | b'\t'..=b'\r')
}

/// A one-byte cell that ticks its option: 1, x or X (`is_ticked`'s one-byte answers), without a branch.
fn is_tick(byte: u8) -> bool {
    (byte == b'1') | (byte | 0x20 == b'x')
}

/// Whether each of a column's one-byte cells is 0, 1 or blank: eight at a time, as one word, where all
/// eight are 0 or 1 (`b'0' | b'1'` is `0x30` with or without its lowest bit), as nearly always.
fn only_ticks_and_blanks(bytes: &[u8]) -> bool {
    let tick_or_blank = |&byte: &u8| is_blank(byte) || byte & 0xfe == b'0';
    let mut words = bytes.chunks_exact(8);
    let in_words = words.by_ref().all(|word| {
        <[u8; 8]>::try_from(word)
            .is_ok_and(|eight| u64::from_le_bytes(eight) & 0xfefe_fefe_fefe_fefe == 0x3030_3030_3030_3030)
            || word.iter().all(tick_or_blank)
    });
    in_words && words.remainder().iter().all(tick_or_blank)
}

/// Whether a column holds only ticks, 0 and 1 or «Valgt» and «Ikke valgt» (and blanks), with at least one.
fn holds_only_ticks(table: &RawTable, col_idx: usize) -> bool {
    if let Some(bytes) = table.one_byte_cells(col_idx) {
        return only_ticks_and_blanks(bytes) && bytes.iter().any(|&byte| byte == b'0' || byte == b'1');
    }
    let mut any = false;
    let short = table.visit_short_cells(col_idx, |byte| match byte {
        byte if is_blank(byte) => true,
        b'0' | b'1' => {
            any = true;
            true
        }
        _ => false,
    });
    match short {
        Some(true) => return any,
        Some(false) => return false,
        None => any = false,
    }
    for cell in table.column(col_idx) {
        match cell.as_bytes() {
            b"" => {}
            b"0" | b"1" => any = true,
            _ => match cell.trim() {
                "" => {}
                "0" | "1" | "Valgt" | "valgt" | "Ikke valgt" | "ikke valgt" => any = true,
                _ => return false,
            },
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
            if let Some(&code) = codes.get(cell) {
                return Some(code);
            }
            // A code the form does not define is kept as its own answer (a cell's text is copied only then).
            warnings.push(Warning::UnknownCode {
                column: table.header[col_idx].clone(),
                code: cell.to_owned(),
            });
            options.push(cell.to_owned());
            codes.insert(cell.to_owned(), (options.len() - 1) as u32);
            Some((options.len() - 1) as u32)
        })
        .collect();
    ColumnData::SingleChoice { options, values }
}

fn texts(cells: &[&str]) -> ColumnData {
    ColumnData::Text(cells.iter().map(|cell| non_empty(cell)).collect())
}

fn non_empty(cell: &str) -> Option<String> {
    let trimmed = trim(cell);
    (!trimmed.is_empty()).then(|| cell.to_owned())
}

/// Parses every non-empty cell, or gives up (`None`) at the first that does not parse.
fn parse_all<T>(cells: &[&str], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<Option<T>>> {
    cells
        .iter()
        .map(|cell| match trim(cell) {
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
    crate::core::case::folded(header)
}

/// Headers that name an identifier or a code rather than a quantity.
fn is_id_header(header: &str) -> bool {
    let normalised = normalise_header(header);
    code_width(header).is_some()
        || normalised == "id"
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

/// The width of a code whose leading zeros spreadsheets strip (`301` → `0301`), by its header: four for
/// Norwegian postcodes and municipality numbers, two for county numbers.
fn code_width(header: &str) -> Option<usize> {
    let normalised = normalise_header(header);
    let has = |hints: &[&str]| hints.iter().any(|hint| normalised.contains(hint));
    if has(&[
        "postnummer",
        "postnr",
        "kommunenummer",
        "kommunenr",
        "knr",
        "muninum",
        "municipalitynumber",
    ]) {
        Some(4)
    } else if has(&["fylkesnummer", "fylkesnr", "countynum", "countynumber"]) {
        Some(2)
    } else {
        None
    }
}

/// Infers a column's type, knowing the tool that wrote it: Google Forms joins a checkbox question's
/// options with `, ` in one cell.
pub fn infer_for(format: SourceFormat, header: &str, cells: &[&str]) -> ColumnData {
    let data = infer(header, cells);
    if format == SourceFormat::GoogleForms && matches!(data, ColumnData::Text(_)) && is_comma_joined(cells) {
        return joined_multi_choice_by(cells, ", ");
    }
    data
}

/// Whether cells are options joined by `, `: many cells hold several parts, and the parts repeat.
fn is_comma_joined(cells: &[&str]) -> bool {
    let non_empty: Vec<&str> = cells
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect();
    let n_joined = non_empty.iter().filter(|cell| cell.contains(", ")).count();
    let mut parts: Vec<&str> = Vec::new();
    let mut n_parts = 0;
    for cell in &non_empty {
        for part in cell.split(", ") {
            n_parts += 1;
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    n_joined * 5 >= non_empty.len() && n_joined >= 2 && parts.len() <= 40 && n_parts >= parts.len() * 2
}

/// Infers the type of a column without a form definition.
pub fn infer(header: &str, cells: &[&str]) -> ColumnData {
    let non_empty: Vec<&str> = cells
        .iter()
        .map(|cell| trim(cell))
        .filter(|cell| !cell.is_empty())
        .collect();
    if non_empty.is_empty() {
        return texts(cells);
    }
    let is_code_list = |cell: &str| {
        cell.split(',')
            .all(|part| !part.trim().is_empty() && part.trim().bytes().all(|b| b.is_ascii_digit()))
    };
    if is_id_header(header)
        && non_empty.iter().any(|cell| cell.contains(','))
        && non_empty.iter().all(|cell| is_code_list(cell))
    {
        // Several codes in one cell (`1145, 1149`): one multi-choice column of codes.
        let width = code_width(header).unwrap_or(0);
        let padded: Vec<String> = cells
            .iter()
            .map(|cell| {
                cell.split(',')
                    .map(str::trim)
                    .filter(|part| !part.is_empty())
                    .map(|part| format!("{part:0>width$}"))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect();
        let padded: Vec<&str> = padded.iter().map(String::as_str).collect();
        return joined_multi_choice_by(&padded, ",");
    }
    let all_digits = non_empty.iter().all(|cell| cell.bytes().all(|b| b.is_ascii_digit()));
    if all_digits && (is_id_header(header) || non_empty.iter().any(|cell| cell.len() > 1 && cell.starts_with('0'))) {
        let width = code_width(header).unwrap_or(0);
        return ColumnData::Id(
            cells
                .iter()
                .map(|cell| {
                    let trimmed = trim(cell);
                    if trimmed.is_empty() {
                        None
                    } else if trimmed.len() < width {
                        Some(format!("{trimmed:0>width$}"))
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
    let n_joined = non_empty
        .iter()
        .filter(|cell| cell.as_bytes().last() == Some(&b';'))
        .count();
    if n_joined * 3 >= non_empty.len() {
        return joined_multi_choice(cells, ';');
    }
    if let Some((distinct, values)) = coded(cells, MAX_CHOICES) {
        if distinct.len() * 2 <= non_empty.len() && distinct.iter().all(|d| d.len() <= 120) {
            return single_choice(distinct, values);
        }
    }
    if is_id_header(header) && non_empty.iter().all(|cell| !cell.contains(' ')) {
        return ColumnData::Id(cells.iter().map(|cell| non_empty_trimmed(cell)).collect());
    }
    texts(cells)
}

fn non_empty_trimmed(cell: &str) -> Option<String> {
    let trimmed = trim(cell);
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A column of more different answers than this is not a single choice.
const MAX_CHOICES: usize = 60;

/// The different non-empty cells in order of first appearance, and each cell's index among them; `None`
/// once there are more than `max`. One pass, one hash lookup per cell.
fn coded<'c>(cells: &[&'c str], max: usize) -> Option<(Vec<&'c str>, Vec<Option<u32>>)> {
    let mut distinct: Vec<&str> = Vec::new();
    // Fx, not SipHash: one lookup per cell of every text column, in a map of at most `max` keys (so no
    // file can make it long, whatever its cells collide on).
    let mut index: FxHashMap<&str, u32> = FxHashMap::default();
    let mut values = Vec::with_capacity(cells.len());
    for cell in cells {
        let cell = trim(cell);
        if cell.is_empty() {
            values.push(None);
            continue;
        }
        let code = match index.get(cell) {
            Some(&code) => code,
            None if distinct.len() == max => return None,
            None => {
                index.insert(cell, distinct.len() as u32);
                distinct.push(cell);
                distinct.len() as u32 - 1
            }
        };
        values.push(Some(code));
    }
    Some((distinct, values))
}

/// A single choice from `coded`'s answers, in scale order where they form a Likert scale.
fn single_choice(distinct: Vec<&str>, mut values: Vec<Option<u32>>) -> ColumnData {
    let options: Vec<&str> = match crate::core::likert::order(&distinct) {
        Some(ordered) => {
            let new_code: Vec<u32> = distinct
                .iter()
                .map(|answer| ordered.iter().position(|option| option == answer).unwrap_or(0) as u32)
                .collect();
            for value in values.iter_mut().flatten() {
                *value = new_code[*value as usize];
            }
            ordered
        }
        None => distinct,
    };
    ColumnData::SingleChoice {
        options: options.into_iter().map(str::to_owned).collect(),
        values,
    }
}

/// Options joined in one cell (`A;B;` from Microsoft Forms), options in order of first appearance.
fn joined_multi_choice(cells: &[&str], separator: char) -> ColumnData {
    joined_multi_choice_by(cells, separator.encode_utf8(&mut [0; 4]))
}

fn joined_multi_choice_by(cells: &[&str], separator: &str) -> ColumnData {
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
    fn google_forms_checkboxes_joined_by_comma_space_are_one_multiple_choice() {
        let cells = [
            "Besøksvenn, Turgrupper",
            "Turgrupper",
            "",
            "Kafé/møteplass, Besøksvenn, Turgrupper",
            "Kafé/møteplass",
            "Besøksvenn, Kafé/møteplass",
        ];
        let ColumnData::MultiChoice { options, values } = infer_for(SourceFormat::GoogleForms, "Tilbud", &cells) else {
            panic!("a multiple choice");
        };
        assert_eq!(options, ["Besøksvenn", "Turgrupper", "Kafé/møteplass"]);
        assert_eq!(
            values,
            [
                Some(vec![0, 1]),
                Some(vec![1]),
                None,
                Some(vec![2, 0, 1]),
                Some(vec![2]),
                Some(vec![0, 2])
            ]
        );
        // Free text with commas in it is not taken for checkboxes, nor is the same text from another tool.
        let prose = ["Vi møtes, drikker kaffe og prater", "Fint", "Bra, takk", "Ingen"];
        assert_eq!(
            infer_for(SourceFormat::GoogleForms, "Kommentar", &prose)
                .column_type()
                .id(),
            "text"
        );
        assert_eq!(
            infer_for(SourceFormat::Generic, "Tilbud", &cells).column_type().id(),
            "text"
        );
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
    fn single_choices_keep_their_answers_in_order_of_appearance_or_of_the_scale() {
        let ColumnData::SingleChoice { options, values } =
            infer("Bydel", &[" Sør", "Nord", "", "Sør ", "Nord", "Øst", "Øst"])
        else {
            panic!("a single choice");
        };
        assert_eq!(options, ["Sør", "Nord", "Øst"]);
        assert_eq!(values, [Some(0), Some(1), None, Some(0), Some(1), Some(2), Some(2)]);
        let cells = [
            "Enig",
            "Helt uenig",
            "Helt enig",
            "Enig",
            "Uenig",
            "Helt enig",
            "Enig",
            "Uenig",
        ];
        let ColumnData::SingleChoice { options, values } = infer("Fornøyd", &cells) else {
            panic!("a scale");
        };
        assert_eq!(options, ["Helt uenig", "Uenig", "Enig", "Helt enig"]);
        let read: Vec<&str> = values
            .iter()
            .map(|value| options[value.unwrap() as usize].as_str())
            .collect();
        assert_eq!(read, cells);
        // More different answers than a question has options: text.
        let many: Vec<String> = (0..=MAX_CHOICES)
            .flat_map(|idx| [format!("svar {idx}"), format!("svar {idx}")])
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(matches!(infer("Svar", &many), ColumnData::Text(_)));
    }

    #[test]
    fn a_code_the_form_does_not_define_is_its_own_answer_warned_of_once() {
        let rows = ["1", "9", " 9 ", "2", ""].map(|cell| vec![cell.to_owned()]).to_vec();
        let table = RawTable::new(vec!["fornøyd".into()], rows);
        let form = [("1".to_owned(), "Ja".to_owned()), ("2".to_owned(), "Nei".to_owned())];
        let mut warnings = Vec::new();
        let ColumnData::SingleChoice { options, values } = coded_single_choice(&table, 0, &form, &mut warnings) else {
            panic!("a single choice");
        };
        assert_eq!(options, ["Ja", "Nei", "9"]);
        assert_eq!(values, [Some(0), Some(2), Some(2), Some(1), None]);
        assert_eq!(
            warnings,
            [Warning::UnknownCode {
                column: "fornøyd".into(),
                code: "9".into()
            }]
        );
    }

    #[test]
    fn only_ticks_and_blanks_reads_eight_at_a_time_as_one_at_a_time() {
        let alphabet = [b'0', b'1', b' ', b'\t', b'2', b'x', b'/', b'q', 0xb0, 0x31 | 0x80];
        let mut state = 0x9e37_79b9_u32;
        for len in 0..40 {
            for _ in 0..200 {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                        // Mostly ticks, so that whole words of them come up.
                        let idx = (state >> 24) as usize;
                        alphabet[if idx < 200 { idx % 2 } else { idx % alphabet.len() }]
                    })
                    .collect();
                let one_at_a_time = bytes.iter().all(|&byte| is_blank(byte) || byte == b'0' || byte == b'1');
                assert_eq!(only_ticks_and_blanks(&bytes), one_at_a_time, "{bytes:?}");
            }
        }
    }

    #[test]
    fn ticks_read_alike_as_bytes_and_as_text() {
        // The first option's cells are one character each (read as bytes), the second's are not.
        let cells = [["1", "Valgt"], [" ", " 1 "], ["x", ""], ["0", "Ikke valgt"], ["", ""]];
        let rows = cells.iter().map(|row| row.map(str::to_owned).to_vec()).collect();
        let table = RawTable::new(vec!["q.a".into(), "q.b".into()], rows);
        assert!(table.short_cells(0).is_some() && table.short_cells(1).is_none());
        let ColumnData::MultiChoice { values, .. } = one_hot_values(&table, &[0, 1], vec!["a".into(), "b".into()])
        else {
            panic!("expected a multi-choice column");
        };
        assert_eq!(
            values,
            [Some(vec![0, 1]), Some(vec![1]), Some(vec![0]), Some(vec![]), None]
        );
        // A column of one-byte cells only is read a block at a time, without branches: the same ticks.
        let cells = ["1", "x", "X", "0", " ", "-", "Y", "\t"];
        let bytes = RawTable::new(
            vec!["q.a".into()],
            cells.iter().map(|cell| vec![cell.to_string()]).collect(),
        );
        assert!(bytes.one_byte_cells(0).is_some());
        let ColumnData::MultiChoice { values, .. } = one_hot_values(&bytes, &[0], vec!["a".into()]) else {
            panic!("expected a multi-choice column");
        };
        let (tick, no_tick) = (Some(vec![0]), Some(vec![]));
        assert_eq!(
            values,
            [
                tick.clone(),
                tick.clone(),
                tick,
                no_tick.clone(),
                None,
                no_tick.clone(),
                no_tick,
                None
            ]
        );
        assert!(
            !holds_only_ticks(&table, 0)
                && holds_only_ticks(
                    &RawTable::new(vec!["x".into()], vec![vec![" ".into()], vec!["1".into()]]),
                    0
                )
        );
    }

    #[test]
    fn valgt_and_ikke_valgt_columns_are_one_question_without_a_form() {
        let header = ["Enhet", "Tilbud.Besøksvenn", "Tilbud.Turgrupper", "Tilbud.Kafé"];
        let rows = [
            ["Solsiden", "Valgt", "Ikke valgt", "Valgt"],
            ["Lia", "Ikke valgt", "Ikke valgt", "Ikke valgt"],
            ["Elvestad", "", "", ""],
        ];
        let table = RawTable::new(
            header.map(str::to_owned).to_vec(),
            rows.iter().map(|row| row.map(str::to_owned).to_vec()).collect(),
        );
        let typed = type_columns(&table, SourceFormat::Generic, None, &[]);
        let ids: Vec<&str> = typed.columns.iter().map(|column| column.id.as_str()).collect();
        assert_eq!(ids, ["Enhet", "Tilbud"]);
        let ColumnData::MultiChoice { options, values } = &typed.columns[1].data else {
            panic!("one multiple-choice question: {:?}", typed.columns[1]);
        };
        assert_eq!(options, &["Besøksvenn", "Turgrupper", "Kafé"]);
        // Nothing ticked is an answer; all blank is none.
        assert_eq!(values, &[Some(vec![0, 2]), Some(vec![]), None]);
    }

    #[test]
    fn a_longer_cell_part_way_down_reads_the_column_as_text_alone_would() {
        // Rows before "Valgt" are first read as bytes (the column has no more bytes than rows); the form
        // feed is white space to both readings.
        let rows = ["1", "\x0c", "0", "Valgt", "", "", "", ""]
            .map(|cell| vec![cell.to_owned()])
            .to_vec();
        let table = RawTable::new(vec!["q.a".into()], rows);
        let ColumnData::MultiChoice { values, .. } = one_hot_values(&table, &[0], vec!["a".into()]) else {
            panic!("expected a multi-choice column");
        };
        assert_eq!(
            values,
            [Some(vec![0]), None, Some(vec![]), Some(vec![0]), None, None, None, None]
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
