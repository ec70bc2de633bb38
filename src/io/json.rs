//! JSON into a `RawTable`: Brønnøysund's HAL search pages (`_embedded.enheter[]`), single entities, the
//! bulk-download array, NDJSON and any array of objects. Nested objects flatten to dotted columns
//! (`forretningsadresse.kommunenummer`, as in the register's CSV), arrays of scalars join into one cell,
//! arrays of objects number their items (`icnpoKategorier.1.icnpoNummer`). Nettskjema's answer stream
//! (one line per answer) is turned back into one row per submission.
//!
//! Read by a visitor rather than through `serde_json::Value`, so that key order is kept and a large file
//! is never held twice. serde_json's nesting limit turns a 10,000-deep file into an error, not a crash.

use std::collections::HashMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::io::{ParseError, RawTable};

/// One record: `(dotted path, text)` in document order.
type Record = Vec<(String, String)>;

/// Reads JSON or NDJSON into a table.
pub fn read(bytes: &[u8]) -> Result<RawTable, ParseError> {
    let mut records = Vec::new();
    let mut stream = serde_json::Deserializer::from_slice(bytes).into_iter::<Records>();
    for value in &mut stream {
        match value {
            Ok(Records(found)) => records.extend(found),
            Err(error) => return Err(json_error(&error)),
        }
    }
    if records.is_empty() {
        return Err(ParseError::JsonNotTabular);
    }
    if is_nettskjema_answers(&records) {
        return Ok(pivot_answers(records));
    }
    Ok(to_table(records))
}

fn json_error(error: &serde_json::Error) -> ParseError {
    ParseError::Json {
        line: error.line(),
        column: error.column(),
        detail: error.to_string(),
    }
}

fn to_table(records: Vec<Record>) -> RawTable {
    let mut header: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for record in &records {
        for (key, _) in record {
            if !index.contains_key(key) {
                index.insert(key.clone(), header.len());
                header.push(key.clone());
            }
        }
    }
    let rows = records
        .into_iter()
        .map(|record| {
            let mut row = vec![String::new(); header.len()];
            for (key, value) in record {
                row[index[&key]] = value;
            }
            row
        })
        .collect();
    RawTable::new(header, rows)
}

/// The records of one top-level JSON value.
struct Records(Vec<Record>);

impl<'de> serde::Deserialize<'de> for Records {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Records, D::Error> {
        deserializer.deserialize_any(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Records;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an array of objects, an object or a search page")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Records, A::Error> {
        let mut records = Vec::new();
        while let Some(record) = seq.next_element_seed(RecordSeed)? {
            if let Some(record) = record {
                records.push(record);
            }
        }
        Ok(Records(records))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Records, A::Error> {
        // Either a search page (its rows under `_embedded`) or one entity: read it as both.
        let mut entity = Record::new();
        let mut embedded: Option<Vec<Record>> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "_embedded" => embedded = Some(map.next_value_seed(EmbeddedSeed)?),
                "_links" => {
                    map.next_value::<IgnoredAny>()?;
                }
                _ => map.next_value_seed(FieldSeed {
                    prefix: key,
                    record: &mut entity,
                })?,
            }
        }
        Ok(Records(match embedded {
            Some(records) => records,
            None if entity.is_empty() => Vec::new(),
            None => vec![entity],
        }))
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Records, E> {
        Ok(Records(Vec::new()))
    }
}

/// `_embedded: { enheter: [...] }`: the first array inside holds the rows.
struct EmbeddedSeed;

impl<'de> DeserializeSeed<'de> for EmbeddedSeed {
    type Value = Vec<Record>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<Record>, D::Error> {
        deserializer.deserialize_any(EmbeddedVisitor)
    }
}

struct EmbeddedVisitor;

impl<'de> Visitor<'de> for EmbeddedVisitor {
    type Value = Vec<Record>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object holding an array of records")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Record>, A::Error> {
        let mut records = Vec::new();
        while map.next_key::<IgnoredAny>()?.is_some() {
            let Records(found) = map.next_value::<Records>()?;
            if records.is_empty() {
                records = found;
            }
        }
        Ok(records)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<Record>, A::Error> {
        TopVisitor.visit_seq(seq).map(|Records(records)| records)
    }
}

/// One element of a top-level array: an object becomes a record; anything else is skipped.
struct RecordSeed;

impl<'de> DeserializeSeed<'de> for RecordSeed {
    type Value = Option<Record>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<Record>, D::Error> {
        let mut record = Record::new();
        let is_object = deserializer.deserialize_any(ObjectProbe { record: &mut record })?;
        Ok(is_object.then_some(record))
    }
}

/// Reads an object's fields into `record`; says whether the value was an object.
struct ObjectProbe<'r> {
    record: &'r mut Record,
}

impl<'de> Visitor<'de> for ObjectProbe<'_> {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "_links" || key == "links" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            map.next_value_seed(FieldSeed {
                prefix: key,
                record: self.record,
            })?;
        }
        Ok(true)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }
}

/// A field's value under a dotted path.
struct FieldSeed<'r> {
    prefix: String,
    record: &'r mut Record,
}

impl<'de> DeserializeSeed<'de> for FieldSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl FieldSeed<'_> {
    fn put(self, text: String) {
        self.record.push((self.prefix, text));
    }
}

impl<'de> Visitor<'de> for FieldSeed<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<(), E> {
        self.put(value.to_owned());
        Ok(())
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<(), E> {
        self.put(value);
        Ok(())
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<(), E> {
        self.put(value.to_string());
        Ok(())
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<(), E> {
        self.put(value.to_string());
        Ok(())
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<(), E> {
        self.put(value.to_string());
        Ok(())
    }

    fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<(), E> {
        self.put(value.to_string());
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.put(String::new());
        Ok(())
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "_links" || key == "links" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            map.next_value_seed(FieldSeed {
                prefix: format!("{}.{key}", self.prefix),
                record: self.record,
            })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        // Scalars join into one cell; objects are numbered from 1.
        let mut scalars: Vec<String> = Vec::new();
        let mut n_items = 0;
        loop {
            n_items += 1;
            let mut item = Record::new();
            let seed = FieldSeed {
                prefix: n_items.to_string(),
                record: &mut item,
            };
            if seq.next_element_seed(seed)?.is_none() {
                break;
            }
            match item.as_slice() {
                [(key, value)] if *key == n_items.to_string() => {
                    if !value.trim().is_empty() {
                        scalars.push(value.clone());
                    }
                }
                _ => self.record.extend(
                    item.into_iter()
                        .map(|(key, value)| (format!("{}.{key}", self.prefix), value)),
                ),
            }
        }
        if !scalars.is_empty() || !self.record.iter().any(|(key, _)| key.starts_with(&self.prefix)) {
            self.record.push((self.prefix, scalars.join(", ")));
        }
        Ok(())
    }
}

/// Nettskjema's answers API: one record per answer, each naming its submission and question.
fn is_nettskjema_answers(records: &[Record]) -> bool {
    records.iter().all(|record| {
        let has = |name: &str| record.iter().any(|(key, _)| key == name);
        has("submissionId") && has("externalElementId")
    })
}

/// One row per submission, laid out like Nettskjema's CSV report: `$submission_id`, `$created`, one column
/// per question (`radio` = option code), one 0/1 column per ticked option (`checkbox.events`), and matrix
/// rows as `question.row` (the row's `subElementId` until the form definition names it).
fn pivot_answers(records: Vec<Record>) -> RawTable {
    let mut submissions: Vec<String> = Vec::new();
    let mut rows: Vec<Record> = Vec::new();
    let mut checkbox_groups: Vec<(usize, String)> = Vec::new();
    for record in records {
        let get = |name: &str| {
            record
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
                .unwrap_or_default()
        };
        let submission = get("submissionId");
        let row_idx = match submissions.iter().position(|known| *known == submission) {
            Some(idx) => idx,
            None => {
                submissions.push(submission.clone());
                rows.push(vec![
                    ("$submission_id".to_owned(), submission),
                    ("$created".to_owned(), get("createdDate")),
                ]);
                rows.len() - 1
            }
        };
        let question = get("externalElementId");
        let sub = get("subElementId");
        let id = if sub.is_empty() {
            question
        } else {
            format!("{question}.{sub}")
        };
        let kind = get("elementType");
        let options = get("externalAnswerOptionIds");
        let row = &mut rows[row_idx];
        if kind.contains("CHECKBOX") {
            checkbox_groups.push((row_idx, id.clone()));
            for option in options.split(", ").filter(|option| !option.is_empty()) {
                row.push((format!("{id}.{option}"), "1".to_owned()));
            }
        } else if !options.is_empty() {
            row.push((id, options));
        } else {
            row.push((id, get("textAnswer")));
        }
    }
    let mut table = to_table(rows.clone());
    // An answered checkbox question ticks some options: the others are 0 for that submission, as in the
    // CSV report; a question not answered stays empty.
    let header = table.header.clone();
    let mut rows = table.rows();
    for (row_idx, group) in checkbox_groups {
        let prefix = format!("{group}.");
        for (col_idx, name) in header.iter().enumerate() {
            if name.starts_with(&prefix) && !name[prefix.len()..].contains('.') && rows[row_idx][col_idx].is_empty() {
                rows[row_idx][col_idx] = "0".to_owned();
            }
        }
    }
    table = RawTable::new(header, rows);
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(json: &str) -> RawTable {
        read(json.as_bytes()).unwrap()
    }

    #[test]
    fn nested_objects_flatten_to_dotted_columns_in_document_order() {
        let table = table(
            r#"[{"organisasjonsnummer":"922924368","organisasjonsform":{"kode":"FLI","links":[]},
               "forretningsadresse":{"adresse":["Storgaten 1","",null],"kommunenummer":"3005"},
               "antallAnsatte":0,"registrertIFrivillighetsregisteret":true,"slettedato":null},
              {"organisasjonsnummer":"974760673","hjemmeside":"www.x.no"}]"#,
        );
        assert_eq!(
            table.header,
            [
                "organisasjonsnummer",
                "organisasjonsform.kode",
                "forretningsadresse.adresse",
                "forretningsadresse.kommunenummer",
                "antallAnsatte",
                "registrertIFrivillighetsregisteret",
                "slettedato",
                "hjemmeside"
            ]
        );
        assert_eq!(
            table.row(0),
            ["922924368", "FLI", "Storgaten 1", "3005", "0", "true", "", ""]
        );
        assert_eq!(table.row(1)[7], "www.x.no");
    }

    #[test]
    fn search_pages_single_entities_and_ndjson() {
        let page = table(
            r#"{"_embedded":{"enheter":[{"navn":"A"},{"navn":"B"}]},"_links":{"self":{"href":"x"}},
               "page":{"size":20,"totalElements":2}}"#,
        );
        assert_eq!((page.header.clone(), page.n_rows()), (vec!["navn".to_owned()], 2));
        let entity = table(r#"{"navn":"SESAM","_links":{"self":{"href":"x"}}}"#);
        assert_eq!(entity.rows(), [vec!["SESAM".to_owned()]]);
        let ndjson = table("{\"a\":1}\n{\"a\":2,\"b\":\"x\"}\n");
        assert_eq!(ndjson.header, ["a", "b"]);
        assert_eq!(ndjson.column_cells(0), ["1", "2"]);
    }

    #[test]
    fn arrays_of_objects_number_their_items() {
        let table = table(
            r#"[{"icnpoKategorier":[{"icnpoNummer":"03100","rekkefoelge":1},{"icnpoNummer":"04100","rekkefoelge":2}]}]"#,
        );
        assert_eq!(
            table.header,
            [
                "icnpoKategorier.1.icnpoNummer",
                "icnpoKategorier.1.rekkefoelge",
                "icnpoKategorier.2.icnpoNummer",
                "icnpoKategorier.2.rekkefoelge"
            ]
        );
    }

    #[test]
    fn deep_nesting_and_broken_json_are_errors_with_a_place() {
        // Deep objects stop at serde_json's nesting limit; deep arrays are skipped without recursing.
        let deep_objects = "{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000);
        assert!(matches!(
            read(deep_objects.as_bytes()),
            Err(ParseError::Json { line: 1, .. })
        ));
        let deep_arrays = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(read(deep_arrays.as_bytes()), Err(ParseError::JsonNotTabular));
        assert!(matches!(
            read(b"[{\"a\":1},\n{\"a\":}]"),
            Err(ParseError::Json { line: 2, column: 6, .. })
        ));
        assert_eq!(read(b"[1,2,3]"), Err(ParseError::JsonNotTabular));
        assert_eq!(read(b"\"text\""), Err(ParseError::JsonNotTabular));
    }
}
