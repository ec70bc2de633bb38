//! Applying an import to the loaded datasets: the rule that a failed file never touches what is loaded,
//! and that the first file of the user's own replaces the demo. Pure.

use crate::core::Dataset;
use crate::io::{ParseError, Parsed, Warning};

/// A dataset in the app, with what reading it found and where it came from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
    /// Part of the embedded demo.
    pub demo: bool,
}

impl AsRef<Dataset> for Loaded {
    fn as_ref(&self) -> &Dataset {
        &self.dataset
    }
}

/// A file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportFailure {
    pub file_name: String,
    pub error: ParseError,
}

/// What the user's last import did, announced in the drop zone's live region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    /// Each file read: its name, the kind of dataset and its rows.
    pub read: Vec<(String, crate::core::DatasetKind, usize)>,
    pub n_failed: usize,
}

impl ImportSummary {
    pub fn of(results: &[(String, Result<Parsed, ParseError>)]) -> ImportSummary {
        let read = results
            .iter()
            .filter_map(|(name, result)| {
                let dataset = &result.as_ref().ok()?.dataset;
                Some((name.clone(), dataset.kind, dataset.n_rows))
            })
            .collect();
        let n_failed = results.iter().filter(|(_, result)| result.is_err()).count();
        ImportSummary { read, n_failed }
    }
}

/// The datasets after an import, and the files that failed.
pub fn apply_import(
    current: &[Loaded],
    results: Vec<(String, Result<Parsed, ParseError>)>,
    demo: bool,
) -> (Vec<Loaded>, Vec<ImportFailure>) {
    let mut added = Vec::new();
    let mut failures = Vec::new();
    for (file_name, result) in results {
        match result {
            Ok(parsed) => added.push(Loaded {
                dataset: parsed.dataset,
                warnings: parsed.warnings,
                demo,
            }),
            Err(error) => failures.push(ImportFailure { file_name, error }),
        }
    }
    if added.is_empty() {
        return (current.to_vec(), failures);
    }
    // The user's own files replace the demo rather than mixing with it; a file of the same name is
    // replaced by its new version.
    let mut next: Vec<Loaded> = current
        .iter()
        .filter(|loaded| demo || !loaded.demo)
        .filter(|loaded| !added.iter().any(|new| new.dataset.name == loaded.dataset.name))
        .cloned()
        .collect();
    next.extend(added);
    (next, failures)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{read, InputFile};

    fn parsed(name: &str, csv: &str) -> (String, Result<Parsed, ParseError>) {
        let file = InputFile::new(name, csv.as_bytes().to_vec());
        (file.name.clone(), read(&file.name, &file.bytes))
    }

    #[test]
    fn a_failed_file_leaves_the_loaded_data_exactly_as_it_was() {
        let (demo, _) = apply_import(&[], vec![parsed("demo.csv", "a;b\n1;2\n")], true);
        let (after, failures) = apply_import(&demo, vec![parsed("tom.csv", "")], false);
        assert_eq!(after, demo);
        assert_eq!(
            failures,
            [ImportFailure {
                file_name: "tom.csv".into(),
                error: ParseError::Empty
            }]
        );
    }

    #[test]
    fn the_users_first_file_replaces_the_demo_and_same_names_are_replaced() {
        let (demo, _) = apply_import(&[], vec![parsed("demo.csv", "a;b\n1;2\n")], true);
        let (own, _) = apply_import(&demo, vec![parsed("mine.csv", "x,y\n1,2\n")], false);
        let names: Vec<&str> = own.iter().map(|l| l.dataset.name.as_str()).collect();
        assert_eq!(names, ["mine.csv"]);
        let (again, _) = apply_import(&own, vec![parsed("mine.csv", "x,y\n1,2\n3,4\n")], false);
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].dataset.n_rows, 2);
    }
}
