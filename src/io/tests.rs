//! The importer on real exports (tests/data, copied from shared/realdata with their provenance) and on
//! hostile or broken input written inline.

use crate::core::{ColumnData, DatasetKind, Encoding, SourceFormat};
use crate::io::{read, read_batch, InputFile, ParseError, Parsed, Warning};

fn data_file(path: &str) -> Vec<u8> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|error| panic!("{}: {error}", full.display()))
}

fn read_data(path: &str) -> Parsed {
    read(path, &data_file(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// kind, rows, source columns, encoding, delimiter.
#[track_caller]
fn check_shape(parsed: &Parsed, expected: (DatasetKind, usize, usize, Encoding, &str)) {
    let dataset = &parsed.dataset;
    let actual = (
        dataset.kind,
        dataset.n_rows,
        dataset.source.n_source_cols,
        dataset.source.encoding,
        dataset.source.delimiter_id(),
    );
    assert_eq!(
        actual,
        (expected.0, expected.1, expected.2, expected.3, expected.4.to_owned())
    );
}

#[test]
fn nettskjema_export_with_its_form_definition_is_one_labelled_survey() {
    let files = vec![
        InputFile {
            name: "csv-report_form123823.txt".into(),
            bytes: data_file("nettskjema/csv-report_form123823.txt"),
        },
        InputFile {
            name: "elements_form123823.json".into(),
            bytes: data_file("nettskjema/elements_form123823.json"),
        },
    ];
    let results = read_batch(&files);
    assert_eq!(
        results.len(),
        1,
        "the form definition labels the CSV instead of becoming a dataset"
    );
    let parsed = results[0].1.clone().unwrap();
    check_shape(&parsed, (DatasetKind::Survey, 3, 30, Encoding::Utf8, ";"));
    let survey = &parsed.dataset;
    assert_eq!(survey.source.format, SourceFormat::Nettskjema);
    let checkbox = survey.column("checkbox").unwrap();
    assert_eq!(checkbox.label, "What do we use it for?");
    let ColumnData::MultiChoice { options, values } = &checkbox.data else {
        panic!("checkbox columns group into one multi-choice question");
    };
    assert_eq!(options, &["Questionnaires", "Event sign-ups", "Data logging"]);
    assert_eq!(values, &[Some(vec![0, 1]), Some(vec![2]), Some(vec![0, 1, 2])]);
    // Radio codes are the author's own (1 and -1), mapped to their labels.
    let ColumnData::SingleChoice { options, values } = &survey.column("radio").unwrap().data else {
        panic!("radio is single choice");
    };
    assert_eq!(options, &["Very happy!", "Very unhappy!"]);
    assert_eq!(values, &[Some(0), Some(1), Some(1)]);
    // Matrix rows become one question each, labelled "question: row".
    let matrix_row = survey.column("checkbox_matrix.2").unwrap();
    assert_eq!(matrix_row.label, "In the last year, I have: received e-mails from");
    assert!(matches!(
        survey.column("number_decimal").unwrap().data,
        ColumnData::Number(_)
    ));
    assert!(matches!(survey.column("$created").unwrap().data, ColumnData::Date(_)));
    assert_eq!(
        survey.source.preview[0][4], "1",
        "the preview shows cells exactly as parsed"
    );
    assert_eq!(survey.source.preview[0][1], "2023-06-01T20:57:15+02:00");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn nettskjema_export_alone_groups_options_and_says_labels_are_missing() {
    let parsed = read_data("nettskjema/csv-report_form123823.txt");
    assert!(parsed.warnings.contains(&Warning::LabelsMissing));
    let ColumnData::MultiChoice { options, .. } = &parsed.dataset.column("checkbox").unwrap().data else {
        panic!("0/1 option columns are grouped even without the form definition");
    };
    assert_eq!(options, &["questionnaires", "events", "logs"]);
}

#[test]
fn nettskjema_excel_report_reads_like_its_csv() {
    let parsed = read_data("nettskjema/excel-report_form123823.xlsx");
    check_shape(&parsed, (DatasetKind::Survey, 3, 30, Encoding::Xlsx, ""));
    let csv = read_data("nettskjema/csv-report_form123823.txt");
    assert_eq!(parsed.dataset.source.header, csv.dataset.source.header);
    assert_eq!(parsed.dataset.source.preview[0][2], "some text");
    assert_eq!(parsed.dataset.source.preview[0][26], "sølvi.png");
}

#[test]
fn a_form_definition_alone_is_explained() {
    let results = read_batch(&[InputFile {
        name: "elements.json".into(),
        bytes: data_file("nettskjema/elements_form123823.json"),
    }]);
    assert_eq!(results[0].1, Err(ParseError::LabelsWithoutData));
}

#[test]
fn google_forms_csv_skips_the_empty_first_row_and_holds_back_personal_data() {
    let parsed = read_data("googleforms/skjemasvar_redacted.csv");
    check_shape(&parsed, (DatasetKind::Table, 28, 29, Encoding::Utf8, ","));
    let dropped: Vec<&str> = parsed.dataset.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(dropped, ["E-postadresse", "Eget navn"]);
    assert!(parsed.warnings.contains(&Warning::SkippedLeadingRows { n_rows: 1 }));
    // Decimal commas inside quotes are numbers; the timestamp is a date.
    let ColumnData::Number(values) = &parsed.dataset.column("Arbeiderpartiet").unwrap().data else {
        panic!("expected numbers");
    };
    assert_eq!(values[0], Some(29.6));
    assert!(matches!(
        parsed.dataset.column("Tidsmerke").unwrap().data,
        ColumnData::Date(_)
    ));
    // No personal data reaches the preview.
    let preview_text: String = parsed.dataset.source.preview.iter().flatten().cloned().collect();
    assert!(!preview_text.contains("example.invalid") && !preview_text.contains("Respondent 01"));
    assert!(!parsed
        .dataset
        .source
        .preview_header
        .contains(&"E-postadresse".to_owned()));
}

#[test]
fn surveyxact_reads_in_all_three_dialects_with_norwegian_letters() {
    for (path, encoding, delimiter, n_cols) in [
        ("surveyxact-semicolon/dataset.csv", Encoding::Windows1252, ";", 242),
        ("surveyxact-comma/dataset.csv", Encoding::Windows1252, ",", 247),
        ("surveyxact-tab-utf16/dataset.csv", Encoding::Utf16Le, "tab", 242),
    ] {
        let parsed = read_data(path);
        check_shape(&parsed, (DatasetKind::Table, 999, n_cols, encoding, delimiter));
        let text: String = parsed.dataset.source.preview.iter().flatten().cloned().collect();
        assert!(!text.contains('\u{FFFD}'), "{path}: replacement characters in {text}");
    }
}

#[test]
fn surveyxact_comma_dialect_drops_names_and_emails() {
    let parsed = read_data("surveyxact-comma/dataset.csv");
    let dropped: Vec<&str> = parsed.dataset.dropped.iter().map(|d| d.header.as_str()).collect();
    assert_eq!(dropped, ["forn", "ettern", "email"]);
}

#[test]
fn open_data_with_bom_and_crlf() {
    let parsed = read_data("datahotell-barnehager/dataset.csv");
    check_shape(&parsed, (DatasetKind::Table, 133, 6, Encoding::Utf8, ";"));
    assert_eq!(
        parsed.dataset.source.header[0], "nord",
        "the BOM is not part of the first header"
    );
    assert!(parsed.dataset.source.preview[0][5].starts_with("Ørnestein"));
}

#[track_caller]
fn check_error(name: &str, bytes: &[u8], expected: ParseError) {
    assert_eq!(read(name, bytes), Err(expected));
}

#[test]
fn broken_and_hostile_files_give_errors_not_panics() {
    check_error("tom.csv", b"", ParseError::Empty);
    check_error(
        "bilde.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
        ParseError::Binary { format: "PNG".into() },
    );
    check_error(
        "rapport.pdf",
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\0",
        ParseError::Binary { format: "PDF".into() },
    );
    check_error("bare-overskrift.csv", b"a;b;c\n", ParseError::NoRows);
    check_error("tomme-linjer.csv", b"\n\n\r\n", ParseError::NoHeader);
    assert!(matches!(
        read("ødelagt.xlsx", b"PK\x03\x04garbage"),
        Err(ParseError::Spreadsheet { .. })
    ));
    assert!(matches!(
        read("feil.json", b"{\"a\": [1, 2,, 3]}"),
        Err(ParseError::Json { line: 1, .. })
    ));
    let deep = "[".repeat(10_000);
    assert!(matches!(
        read("dyp.json", deep.as_bytes()),
        Err(ParseError::Json { .. })
    ));
}

#[test]
fn markup_in_cells_stays_text() {
    let parsed = read(
        "x.csv",
        b"navn;kommentar\n<script>alert(1)</script>;\"<img src=x onerror=alert(1)>\"\n",
    )
    .unwrap();
    assert_eq!(parsed.dataset.source.preview[0][0], "<script>alert(1)</script>");
}
