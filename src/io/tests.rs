//! The importer on real exports (tests/data, copied from shared/realdata with their provenance) and on
//! hostile or broken input written inline.

use crate::core::{ColumnData, DatasetKind, Encoding, PersonalData, SourceFormat};
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
        InputFile::new(
            "csv-report_form123823.txt",
            data_file("nettskjema/csv-report_form123823.txt"),
        ),
        InputFile::new(
            "elements_form123823.json",
            data_file("nettskjema/elements_form123823.json"),
        ),
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
    // Cells with a date format (yyyy-MM-dd'T'HH:mm:ss, yyyy-MM-dd) are dates, the same ones the CSV holds
    // as text, and every column is typed as in the CSV.
    let header = &parsed.dataset.source.header;
    let dated: Vec<&str> = [1, 21, 23].iter().map(|&idx| header[idx].as_str()).collect();
    for id in &dated {
        let (ColumnData::Date(from_xlsx), ColumnData::Date(from_csv)) = (
            &parsed.dataset.column(id).unwrap().data,
            &csv.dataset.column(id).unwrap().data,
        ) else {
            panic!("{id} is a date in both reports");
        };
        assert_eq!(from_xlsx, from_csv, "{id}");
        assert!(from_xlsx.iter().all(Option::is_some), "{id}");
    }
    let types = |dataset: &crate::core::Dataset| -> Vec<(String, crate::core::ColumnType)> {
        dataset
            .columns
            .iter()
            .map(|c| (c.id.clone(), c.data.column_type()))
            .collect()
    };
    assert_eq!(types(&parsed.dataset), types(&csv.dataset));
}

#[test]
fn a_form_definition_alone_is_explained() {
    let results = read_batch(&[InputFile::new(
        "elements.json",
        data_file("nettskjema/elements_form123823.json"),
    )]);
    assert_eq!(results[0].1, Err(ParseError::LabelsWithoutData));
}

#[test]
fn google_forms_csv_skips_the_empty_first_row_and_holds_back_personal_data() {
    let parsed = read_data("googleforms/skjemasvar_redacted.csv");
    check_shape(&parsed, (DatasetKind::Survey, 28, 29, Encoding::Utf8, ","));
    assert_eq!(parsed.dataset.source.format, SourceFormat::GoogleForms);
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
        check_shape(&parsed, (DatasetKind::Survey, 999, n_cols, encoding, delimiter));
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
fn open_data_with_a_bom_and_lf_or_without_one_and_crlf_reads_the_same() {
    // The archive's copy (UTF-8 with BOM, LF) and Datahotell's original (no BOM, CRLF).
    let parsed = read_data("datahotell-barnehager/dataset.csv");
    check_shape(&parsed, (DatasetKind::Table, 133, 6, Encoding::Utf8, ";"));
    assert_eq!(
        parsed.dataset.source.header[0], "nord",
        "the BOM is not part of the first header"
    );
    assert!(parsed.dataset.source.preview[0][5].starts_with("Ørnestein"));
    let original = read_data("datahotell-barnehager/dataset.original.csv");
    check_shape(&original, (DatasetKind::Table, 133, 6, Encoding::Utf8, ";"));
    assert_eq!(original.dataset.source.header, parsed.dataset.source.header);
    assert_eq!(
        original.dataset.columns, parsed.dataset.columns,
        "no CR is left in a cell"
    );
    assert_eq!(original.dataset.source.preview, parsed.dataset.source.preview);
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

fn batch(dir: &str, names: &[&str]) -> Vec<(String, Result<Parsed, ParseError>)> {
    let files: Vec<InputFile> = names
        .iter()
        .map(|name| InputFile::new(*name, data_file(&format!("{dir}/{name}"))))
        .collect();
    read_batch(&files)
}

#[test]
fn surveyxact_trio_is_one_labelled_survey_in_every_dialect() {
    for (dir, encoding, delimiter, n_cols) in [
        ("surveyxact-semicolon", Encoding::Windows1252, ";", 242),
        ("surveyxact-comma", Encoding::Windows1252, ",", 247),
        ("surveyxact-tab-utf16", Encoding::Utf16Le, "tab", 242),
    ] {
        // Dropped in any order, the structure and labels label the dataset.
        let results = batch(dir, &["labels.csv", "dataset.csv", "structure.csv"]);
        assert_eq!(results.len(), 1, "{dir}: structure and labels are companions");
        let (name, result) = &results[0];
        assert_eq!(name, "dataset.csv");
        let parsed = result.clone().unwrap_or_else(|error| panic!("{dir}: {error}"));
        check_shape(&parsed, (DatasetKind::Survey, 999, n_cols, encoding, delimiter));
        let survey = &parsed.dataset;
        assert_eq!(survey.source.format, SourceFormat::SurveyXact);
        // Multi-select: sixteen 0/1 columns are one question with its options' texts.
        let electives = survey.column("v_1").unwrap_or_else(|| panic!("{dir}: v_1 missing"));
        assert!(electives
            .label
            .starts_with("Hvilke(t) valgfag hadde du på ungdomsskolen?"));
        let ColumnData::MultiChoice { options, values } = &electives.data else {
            panic!("{dir}: v_1 is multi-choice");
        };
        assert_eq!(options.len(), 16);
        assert_eq!(options[0].trim(), "Design og redesign");
        assert_eq!(
            values[0],
            Some(vec![2]),
            "{dir}: the first pupil chose the third elective"
        );
        // Single choice: codes become their labels.
        let ColumnData::SingleChoice { options, .. } = &survey.column("s_2").unwrap().data else {
            panic!("{dir}: s_2 is single choice");
        };
        assert!(
            options.iter().all(|option| !option.chars().all(|c| c.is_ascii_digit())),
            "{options:?}"
        );
        let all_text: String = options.concat();
        assert!(!all_text.contains('\u{FFFD}'));
        // Nothing personal kept.
        assert!(survey
            .columns
            .iter()
            .all(|column| !["forn", "ettern", "email"].contains(&column.id.as_str())));
    }
}

#[test]
fn surveyxact_workbook_reads_its_dataset_sheet_with_structure_and_labels() {
    let parsed = read_data("surveyxact-xlsx/ex_survey2.xlsx");
    check_shape(&parsed, (DatasetKind::Survey, 999, 242, Encoding::Xlsx, ""));
    let survey = &parsed.dataset;
    assert_eq!(survey.source.format, SourceFormat::SurveyXact);
    assert_eq!(survey.source.sheet.as_deref(), Some("Dataset"));
    assert_eq!(survey.source.sheets, ["Labels", "Dataset", "Structure"]);
    let ColumnData::MultiChoice { options, .. } = &survey.column("v_1").unwrap().data else {
        panic!("v_1 is multi-choice");
    };
    assert_eq!(options.len(), 16);
    // Another sheet, chosen in the sheet picker, is read as a table of its own.
    let mut file = InputFile::new("ex_survey2.xlsx", data_file("surveyxact-xlsx/ex_survey2.xlsx"));
    file.options.sheet = Some("Structure".into());
    let structure = read_batch(&[file])[0].1.clone().unwrap();
    assert_eq!(structure.dataset.source.sheet.as_deref(), Some("Structure"));
    assert_eq!(structure.dataset.source.header[1], "variableName");
    assert!(!structure
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::OtherSheetsIgnored { .. })));
}

#[test]
fn surveyxact_comma_dialect_holds_back_names_and_emails_but_keeps_the_school() {
    let results = batch("surveyxact-comma", &["dataset.csv", "structure.csv", "labels.csv"]);
    let parsed = results[0].1.clone().unwrap();
    let dropped: Vec<(&str, PersonalData)> = parsed
        .dataset
        .dropped
        .iter()
        .map(|d| (d.header.as_str(), d.reason))
        .collect();
    assert_eq!(
        dropped,
        [
            ("forn", PersonalData::PersonName),
            ("ettern", PersonalData::PersonName),
            ("email", PersonalData::Email)
        ]
    );
    assert!(parsed.dataset.column("orgnr").is_some());
}

#[test]
fn a_held_back_column_can_be_kept_on_purpose() {
    let mut file = InputFile::new("dataset.csv", data_file("surveyxact-comma/dataset.csv"));
    file.options.keep = vec!["email".to_owned()];
    let parsed = read_batch(&[file])[0].1.clone().unwrap();
    let email = parsed.dataset.dropped.iter().find(|d| d.header == "email").unwrap();
    assert!(email.kept);
    assert!(parsed.dataset.column("email").is_some());
    assert!(parsed.dataset.source.preview_header.contains(&"email".to_owned()));
    assert!(!parsed.dataset.source.preview_header.contains(&"forn".to_owned()));
}

#[test]
fn posten_postcode_register_has_no_header_and_keeps_its_letters() {
    let parsed = read_data("bring/Postnummerregister-ansi.txt");
    check_shape(&parsed, (DatasetKind::Table, 5136, 5, Encoding::Windows1252, "tab"));
    let dataset = &parsed.dataset;
    assert_eq!(
        dataset.source.header,
        ["Postnummer", "Poststed", "Kommunenummer", "Kommunenavn", "Kategori"]
    );
    assert!(parsed.warnings.contains(&Warning::NoHeaderRow { n_columns: 5 }));
    assert_eq!(dataset.source.preview[0], ["0001", "OSLO", "0301", "OSLO", "P"]);
    let ColumnData::Id(postcodes) = &dataset.column("Postnummer").unwrap().data else {
        panic!("postcodes are codes");
    };
    assert_eq!(postcodes[0].as_deref(), Some("0001"), "leading zeros kept");
    let places = match &dataset.column("Poststed").unwrap().data {
        ColumnData::SingleChoice { options, .. } => options.clone(),
        ColumnData::Text(values) => values.iter().flatten().cloned().collect(),
        other => panic!("unexpected {other:?}"),
    };
    assert!(places
        .iter()
        .any(|place| place == "BÆRUM POSTTERMINAL" || place.contains('Ø')));
}

#[test]
fn municipality_numbers_get_their_leading_zeros_back() {
    let parsed = read_data("kommunenummer/municipality_2011_2020_semicolon.csv");
    check_shape(&parsed, (DatasetKind::Table, 436, 22, Encoding::Utf8, ";"));
    let ColumnData::Id(numbers) = &parsed.dataset.column("muni_num_2020").unwrap().data else {
        panic!("municipality numbers are codes");
    };
    assert_eq!(numbers[0].as_deref(), Some("0301"));
    let ColumnData::Id(counties) = &parsed.dataset.column("county_num_2020").unwrap().data else {
        panic!("county numbers are codes");
    };
    assert_eq!(counties[0].as_deref(), Some("03"));
}

#[test]
fn open_data_tables_read_with_their_multi_value_cells() {
    for (path, n_rows, n_cols) in [
        ("datahotell-bufdir-samarbeid/dataset.csv", 64, 3),
        ("datahotell-bufdir-rapporteringsenheter/dataset.csv", 383, 7),
        ("datahotell-helsestasjoner/dataset.csv", 7, 6),
        ("datahotell-kirker/dataset.csv", 36, 4),
    ] {
        let parsed = read_data(path);
        check_shape(&parsed, (DatasetKind::Table, n_rows, n_cols, Encoding::Utf8, ";"));
        assert!(
            parsed.dataset.dropped.is_empty(),
            "{path}: institutions' addresses are not personal data"
        );
    }
    let parsed = read_data("datahotell-bufdir-samarbeid/dataset.csv");
    let ColumnData::MultiChoice { options, values } = &parsed.dataset.column("kommunenummer").unwrap().data else {
        panic!("several municipality numbers per cell are a multi-choice column");
    };
    assert_eq!(&options[..2], ["1145", "1149"]);
    assert_eq!(values[0], Some(vec![0, 1]));
}

#[test]
fn brreg_json_in_every_shape_is_a_register() {
    for (path, n_rows) in [
        ("brreg-json/lydia-api__enheter_lastned_sample.json", 3),
        ("brreg-json/python-brreg__enheter-search-page1-response.json", 2),
        ("brreg-json/python-brreg__enheter-search-response.json", 1),
        ("brreg-json/python-brreg__enheter-details-response.json", 1),
        ("brreg-json/python-brreg__enheter-details-deleted-response.json", 1),
        ("brreg-json/python-brreg__underenheter-details-response.json", 1),
        ("brreg-json/tidybrreg__entity_923609016.json", 1),
    ] {
        let parsed = read_data(path);
        let dataset = &parsed.dataset;
        assert_eq!(dataset.kind, DatasetKind::Register, "{path}");
        assert_eq!(dataset.source.encoding, Encoding::Json);
        assert_eq!(dataset.source.delimiter_id(), "");
        // Counted in the files: the bulk array's entries, a search page's `_embedded.enheter`.
        assert_eq!(dataset.n_rows, n_rows, "{path}");
        assert!(dataset.column("organisasjonsform.kode").is_some(), "{path}");
        assert!(
            dataset.source.header.iter().all(|name| !name.contains("_links")),
            "{path}"
        );
    }
    let bulk = read_data("brreg-json/lydia-api__enheter_lastned_sample.json");
    let header = &bulk.dataset.source.header;
    assert!(header.contains(&"forretningsadresse.kommunenummer".to_owned()));
    assert_eq!(
        bulk.dataset.source.preview[0][1],
        "- A THOUSAND WORDS - ØDEGÅRDEN GJERRUD TRANSLATIONS"
    );
}

#[test]
fn only_associations_count_as_associations_in_a_register_search() {
    // Real search pages and bulk samples mix companies (AS, ENK) with one association (FLI).
    for path in [
        "brreg-json/lydia-api__enheter_lastned_sample.json",
        "brreg-json/python-brreg__enheter-search-page1-response.json",
    ] {
        let figures = crate::core::overview::key_figures(&[read_data(path).dataset]);
        assert_eq!(figures.register_orgs, Some(1), "{path}");
    }
    let company = read_data("brreg-json/python-brreg__enheter-search-response.json").dataset;
    assert_eq!(crate::core::overview::associations(&company), 0);
    // A list of associations from Frivillighetsregisteret says neither: every row is one.
    let list = read(
        "lag.csv",
        "navn;kategori\nRøde Kors;Helse\nLHL;Helse\nSpeidern;Barn\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(crate::core::overview::associations(&list.dataset), 3);
}

#[test]
fn nettskjema_answers_stream_pivots_to_the_same_survey_as_the_csv_report() {
    let results = batch("nettskjema", &["answers_form123823.ndjson", "elements_form123823.json"]);
    assert_eq!(results.len(), 1);
    let parsed = results[0].1.clone().unwrap();
    let survey = &parsed.dataset;
    assert_eq!((survey.kind, survey.n_rows), (DatasetKind::Survey, 3));
    assert_eq!(survey.source.format, SourceFormat::Nettskjema);
    let ColumnData::MultiChoice { options, values } = &survey.column("checkbox").unwrap().data else {
        panic!("checkbox answers become one multi-choice question");
    };
    assert_eq!(options, &["Questionnaires", "Event sign-ups", "Data logging"]);
    assert_eq!(values, &[Some(vec![0, 1]), Some(vec![2]), Some(vec![0, 1, 2])]);
    let ColumnData::SingleChoice { options, values } = &survey.column("radio").unwrap().data else {
        panic!("radio is single choice");
    };
    assert_eq!((options[0].as_str(), values[0]), ("Very happy!", Some(0)));
    // Matrix rows are named by their codes, as in the CSV report.
    assert!(
        survey.column("radio_matrix.grants").is_some(),
        "{:?}",
        survey.source.header
    );
}

#[test]
fn the_icnpo_reference_table_reads() {
    let parsed = read_data("icnpo/ref_brreg_icnpo.csv");
    check_shape(&parsed, (DatasetKind::Table, 46, 5, Encoding::Utf8, ","));
}

#[test]
fn a_register_larger_than_a_municipality_asks_for_one() {
    let mut csv = String::from(
        "\"organisasjonsnummer\",\"navn\",\"organisasjonsform.kode\",\"forretningsadresse.kommunenummer\"\n",
    );
    for idx in 0..=crate::io::MAX_REGISTER_ROWS {
        csv.push_str(&format!("\"{idx:09}\",\"Lag {idx}\",\"FLI\",\"{:04}\"\n", idx % 356));
    }
    assert_eq!(
        read("enheter_alle.csv", csv.as_bytes()).err(),
        Some(ParseError::RegisterNeedsMunicipality {
            n_rows: crate::io::MAX_REGISTER_ROWS
        })
    );
    let mut file = InputFile::new("enheter_alle.csv", csv.into_bytes());
    file.options.municipality = Some("301".into());
    let parsed = read_batch(&[file])[0].1.clone().unwrap();
    let n_in_0301 = (0..=crate::io::MAX_REGISTER_ROWS)
        .filter(|idx| idx % 356 == 301)
        .count();
    assert_eq!(parsed.dataset.n_rows, n_in_0301);
    assert!(matches!(
        parsed.warnings.last(),
        Some(Warning::RegisterFiltered { n_read, .. }) if *n_read == crate::io::MAX_REGISTER_ROWS + 1
    ));
}

#[test]
fn every_text_dialect_reads_the_same_table() {
    let rows = [
        ["Navn", "Beløp", "Merknad"],
        ["Kor og sang", "1 200,50", "«Åpent» for alle"],
        ["Språkkafé", "30", ""],
    ];
    let expected: Vec<Vec<String>> = rows[1..]
        .iter()
        .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
        .collect();
    for delimiter in [";", ",", "\t", "|"] {
        for newline in ["\n", "\r\n", "\r"] {
            let text: String = rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|cell| {
                            if cell.contains(delimiter) || cell.contains(',') {
                                format!("\"{cell}\"")
                            } else {
                                (*cell).to_owned()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(delimiter)
                })
                .collect::<Vec<_>>()
                .join(newline)
                + newline;
            let utf16: Vec<u8> = [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect();
            let utf16be: Vec<u8> = [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect();
            let (windows_1252, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
            let bom: Vec<u8> = [0xEF, 0xBB, 0xBF].iter().chain(text.as_bytes()).copied().collect();
            for bytes in [text.as_bytes().to_vec(), bom, utf16, utf16be, windows_1252.into_owned()] {
                let parsed = read("x.csv", &bytes).unwrap();
                assert_eq!(parsed.dataset.source.preview, expected, "{delimiter:?} {newline:?}");
                assert_eq!(parsed.dataset.source.header, rows[0]);
            }
        }
    }
}

#[test]
fn a_danish_cvr_extract_is_a_register_with_its_roles() {
    // No real CVR sample is at hand: the columns are those of CVR's own extracts (Virk Data), written as
    // Excel in Denmark saves them (`;`, Windows-1252).
    let text = "CVR-nr;Navn;Virksomhedsform;Kommunekode;Postnr;By\r\n\
                25063864;Ærø Frivilligcenter;115;492;5970;Ærøskøbing\r\n\
                29189404;Idrætsforeningen Nord;110;101;2200;København N\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let parsed = read("cvr.csv", &bytes).unwrap();
    check_shape(&parsed, (DatasetKind::Register, 2, 6, Encoding::Windows1252, ";"));
    let dataset = &parsed.dataset;
    assert_eq!(dataset.source.format, SourceFormat::Cvr);
    let role = |role| crate::core::roles::column_for(dataset, role).map(|column| column.id.clone());
    assert_eq!(role(crate::core::Role::OrgNumber).as_deref(), Some("CVR-nr"));
    assert_eq!(role(crate::core::Role::OrgForm).as_deref(), Some("Virksomhedsform"));
    assert_eq!(role(crate::core::Role::Municipality).as_deref(), Some("Kommunekode"));
    let ColumnData::Id(municipalities) = &dataset.column("Kommunekode").unwrap().data else {
        panic!("Danish municipality codes are codes");
    };
    assert_eq!(
        municipalities[0].as_deref(),
        Some("492"),
        "three digits in Denmark: not padded to four"
    );
    assert_eq!(dataset.source.preview[0][1], "Ærø Frivilligcenter");
}
