//! Form definitions: question texts and option labels for a survey export. Nettskjema's `elements_*.json`
//! is read here; SurveyXact's structure and labels files (`surveyxact.rs`) become the same `FormDefinition`.

use serde::Deserialize;

/// The kind of a Nettskjema element, as far as typing its columns needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementKind {
    FreeText,
    Radio,
    Checkbox,
    MatrixRadio,
    MatrixCheckbox,
    Number,
    Date,
    Scale,
    Other,
}

/// One question of the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The variable name used in the CSV header (`externalElementId`).
    pub id: String,
    pub text: String,
    pub kind: ElementKind,
    /// `(code, label)` in questionnaire order; the code is what the CSV holds or the header suffix.
    pub options: Vec<(String, String)>,
    /// Matrix rows: `(code, text)`.
    pub rows: Vec<(String, String)>,
    /// Matrix rows' numeric ids (`subElementId`) in `rows` order: the answers API names rows by them.
    pub row_ids: Vec<String>,
    /// For a checkbox question whose option columns are not named `id.code` (SurveyXact's `v_1_3`): the
    /// column of each option, in `options` order.
    pub option_columns: Vec<String>,
}

/// A parsed form definition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormDefinition {
    pub questions: Vec<Question>,
}

impl FormDefinition {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Element {
    element_type: String,
    text: Option<String>,
    external_element_id: Option<String>,
    #[serde(default)]
    answer_options: Vec<AnswerOption>,
    #[serde(default)]
    sub_elements: Vec<SubElement>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AnswerOption {
    text: Option<String>,
    text_or_alt_text: Option<String>,
    external_answer_option_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SubElement {
    sub_element_id: Option<u64>,
    text: Option<String>,
    external_element_id: Option<String>,
}

/// Reads a Nettskjema element list (a non-empty JSON array of objects that each have an `elementType`),
/// straight into typed elements (no `serde_json::Value` tree, which would cost the wasm ~10 KB); headings,
/// text blocks, images and page breaks are skipped. `None` when the JSON is anything else.
pub fn parse(json: &[u8]) -> Option<FormDefinition> {
    let elements: Vec<Element> = serde_json::from_slice(json).ok()?;
    if elements.is_empty() {
        return None;
    }
    let questions = elements
        .into_iter()
        .filter_map(|element| {
            let id = element.external_element_id?;
            let kind = match element.element_type.as_str() {
                "QUESTION" | "QUESTION_MULTILINE" | "EMAIL" => ElementKind::FreeText,
                "RADIO" | "SELECT" => ElementKind::Radio,
                "CHECKBOX" => ElementKind::Checkbox,
                "MATRIX_RADIO" => ElementKind::MatrixRadio,
                "MATRIX_CHECKBOX" => ElementKind::MatrixCheckbox,
                "NUMBER" => ElementKind::Number,
                "DATE" => ElementKind::Date,
                "LINEAR_SCALE" | "SLIDER" => ElementKind::Scale,
                "HEADING" | "TEXT" | "IMAGE" | "PAGE_BREAK" => return None,
                _ => ElementKind::Other,
            };
            let options = element
                .answer_options
                .into_iter()
                .filter_map(|option| {
                    let code = option.external_answer_option_id?;
                    let label = option.text.or(option.text_or_alt_text).unwrap_or_else(|| code.clone());
                    Some((code, label))
                })
                .collect();
            let (rows, row_ids) = element
                .sub_elements
                .into_iter()
                .filter_map(|row| {
                    let code = row.external_element_id?;
                    let row_id = row.sub_element_id.map(|id| id.to_string()).unwrap_or_default();
                    Some(((code.clone(), row.text.unwrap_or(code)), row_id))
                })
                .unzip();
            Some(Question {
                text: element.text.unwrap_or_else(|| id.clone()),
                id,
                kind,
                options,
                rows,
                row_ids,
                option_columns: Vec::new(),
            })
        })
        .collect();
    Some(FormDefinition { questions })
}

/// Renames matrix columns from the answers API (`question.<subElementId>`, `question.<subElementId>.option`)
/// to the CSV report's names (`question.<row code>` …) so that the form labels them alike.
pub fn name_matrix_rows(form: &FormDefinition, header: &[String]) -> Vec<String> {
    header
        .iter()
        .map(|name| {
            for question in form.questions.iter().filter(|question| !question.row_ids.is_empty()) {
                let Some(rest) = name.strip_prefix(&format!("{}.", question.id)) else {
                    continue;
                };
                let (row_id, option) = match rest.split_once('.') {
                    Some((row_id, option)) => (row_id, Some(option)),
                    None => (rest, None),
                };
                if let Some(row_idx) = question.row_ids.iter().position(|known| known == row_id) {
                    let code = &question.rows[row_idx].0;
                    return match option {
                        Some(option) => format!("{}.{code}.{option}", question.id),
                        None => format!("{}.{code}", question.id),
                    };
                }
            }
            name.clone()
        })
        .collect()
}
