//! SurveyXact's export trio: `dataset` (the answers), `structure` (questions, types and option texts) and
//! `labels` (value labels, no header), as CSV in any dialect or as the sheets of one XLSX workbook.

use crate::io::nettskjema::{ElementKind, FormDefinition, Question};
use crate::io::typing::normalise_header;
use crate::io::RawTable;

/// Whether a header is SurveyXact's structure file.
pub fn is_structure(header: &[String]) -> bool {
    let normalised: Vec<String> = header.iter().map(|cell| normalise_header(cell)).collect();
    ["questionname", "variablename", "questiontype"]
        .iter()
        .all(|wanted| normalised.iter().any(|cell| cell == wanted))
}

/// Whether a table read with its first row as header is a labels file: three columns of variable, number
/// and label, the variable names repeating.
pub fn is_labels(table: &RawTable) -> bool {
    let is_variable = |text: &str| {
        let text = text.trim();
        !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let is_code = |text: &str| text.trim().parse::<i64>().is_ok();
    table.header.len() == 3
        && is_variable(&table.header[0])
        && is_code(&table.header[1])
        && table.n_rows() >= 2
        && (0..table.n_rows().min(50))
            .all(|row_idx| is_variable(table.cell(row_idx, 0)) && is_code(table.cell(row_idx, 1)))
}

/// Builds the form definition: multiple-choice questions gather their option columns; single-choice
/// variables take their value labels; open questions are free text.
pub fn definition(structure: &RawTable, labels: &[Vec<String>]) -> FormDefinition {
    let column = |name: &str| structure.header.iter().position(|cell| normalise_header(cell) == name);
    let (Some(question_idx), Some(variable_idx), Some(type_idx)) =
        (column("questionname"), column("variablename"), column("questiontype"))
    else {
        return labels_only(labels);
    };
    let (subtype_idx, text_idx, value_idx, choice_idx) = (
        column("subtype"),
        column("questiontext"),
        column("choicevalue"),
        column("choicetext"),
    );
    fn cell(row: &[String], idx: Option<usize>) -> &str {
        idx.and_then(|idx| row.get(idx)).map_or("", |c| c.trim())
    }
    let labels_of = |variable: &str| -> Vec<(String, String)> {
        labels
            .iter()
            .filter(|row| row.len() >= 3 && row[0].trim() == variable)
            .map(|row| (row[1].trim().to_owned(), row[2].trim().to_owned()))
            .collect()
    };
    let mut questions: Vec<Question> = Vec::new();
    for row in &structure.rows() {
        let (name, variable) = (cell(row, Some(question_idx)), cell(row, Some(variable_idx)));
        let (kind, subtype, text) = (cell(row, Some(type_idx)), cell(row, subtype_idx), cell(row, text_idx));
        if variable.is_empty() {
            continue;
        }
        let text = if text.is_empty() { name } else { text };
        match (kind, subtype) {
            ("Closed", "Multiple") => {
                let option = (cell(row, value_idx).to_owned(), cell(row, choice_idx).to_owned());
                match questions
                    .iter_mut()
                    .find(|q| q.id == name && q.kind == ElementKind::Checkbox)
                {
                    Some(question) => {
                        question.options.push(option);
                        question.option_columns.push(variable.to_owned());
                    }
                    None => questions.push(Question {
                        id: name.to_owned(),
                        text: text.to_owned(),
                        kind: ElementKind::Checkbox,
                        options: vec![option],
                        rows: Vec::new(),
                        row_ids: Vec::new(),
                        option_columns: vec![variable.to_owned()],
                    }),
                }
            }
            ("Open", _) => questions.push(Question {
                id: variable.to_owned(),
                text: text.to_owned(),
                kind: ElementKind::FreeText,
                options: Vec::new(),
                rows: Vec::new(),
                row_ids: Vec::new(),
                option_columns: Vec::new(),
            }),
            _ => {
                let options = labels_of(variable);
                questions.push(Question {
                    id: variable.to_owned(),
                    text: text.to_owned(),
                    kind: if options.is_empty() {
                        ElementKind::Number
                    } else {
                        ElementKind::Radio
                    },
                    options,
                    rows: Vec::new(),
                    row_ids: Vec::new(),
                    option_columns: Vec::new(),
                });
            }
        }
    }
    FormDefinition { questions }
}

/// Without a structure file: every labelled variable is a single-choice question named by its variable.
fn labels_only(labels: &[Vec<String>]) -> FormDefinition {
    let mut questions: Vec<Question> = Vec::new();
    for row in labels.iter().filter(|row| row.len() >= 3) {
        let (variable, code, label) = (row[0].trim(), row[1].trim(), row[2].trim());
        let option = (code.to_owned(), label.to_owned());
        match questions.iter_mut().find(|question| question.id == variable) {
            Some(question) => question.options.push(option),
            None => questions.push(Question {
                id: variable.to_owned(),
                text: variable.to_owned(),
                kind: ElementKind::Radio,
                options: vec![option],
                rows: Vec::new(),
                row_ids: Vec::new(),
                option_columns: Vec::new(),
            }),
        }
    }
    FormDefinition { questions }
}
