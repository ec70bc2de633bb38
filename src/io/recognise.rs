//! Which tool or register a table came from, told by its header.

use crate::core::{DatasetKind, SourceFormat};
use crate::io::typing::normalise_header;
use crate::io::values::parse_number;
use crate::io::RawTable;

/// At most this many lines of one filled cell above a wider line are a title (a report's name, the date
/// it was made), not the header: the same rule for spreadsheets (`xlsx`) and text (`stream`).
pub const MAX_TITLE_ROWS: usize = 3;

/// Recognises the source of a table by its header.
pub fn recognise(header: &[String]) -> (DatasetKind, SourceFormat) {
    let normalised: Vec<String> = header.iter().map(|cell| normalise_header(cell)).collect();
    let has = |name: &str| normalised.iter().any(|cell| cell == name);
    let has_part = |part: &str| normalised.iter().any(|cell| cell.contains(part));
    if has("organisasjonsnummer") && (has("organisasjonsformkode") || has("navn")) {
        return (DatasetKind::Register, SourceFormat::Enhetsregisteret);
    }
    let cvr_number = has("cvr") || has("cvrnr") || has("cvrnummer");
    if cvr_number && (has_part("virksomhedsform") || has("navn") || has("virksomhedsnavn")) {
        return (DatasetKind::Register, SourceFormat::Cvr);
    }
    if header.iter().any(|cell| cell == "$submission_id") {
        return (DatasetKind::Survey, SourceFormat::Nettskjema);
    }
    if header
        .iter()
        .any(|cell| cell == "statoverall" || cell.starts_with("stato_"))
    {
        return (DatasetKind::Survey, SourceFormat::SurveyXact);
    }
    if normalised.first().is_some_and(|first| {
        matches!(
            first.as_str(),
            "tidsmerke" | "timestamp" | "tidsstempel" | "tidsstämpel"
        )
    }) {
        return (DatasetKind::Survey, SourceFormat::GoogleForms);
    }
    let forms_start = ["starttidspunkt", "starttime"];
    if normalised.first().is_some_and(|first| first == "id")
        && normalised
            .get(1)
            .is_some_and(|second| forms_start.contains(&second.as_str()))
    {
        return (DatasetKind::Survey, SourceFormat::MicrosoftForms);
    }
    let offer_title = has("tilbud") || has("offer") || has("aktivitet") || has("tilbudetsnavn");
    if offer_title && (has_part("kategori") || has_part("category")) {
        return (DatasetKind::Offers, SourceFormat::OfferCatalogue);
    }
    (DatasetKind::Table, SourceFormat::Generic)
}

/// Whether the first row of a table is data rather than names: a cell of it is a number or a code and
/// the cells below it are too. Returns the names to give the columns (`#1` … where the layout is unknown).
pub fn headerless(table: &RawTable) -> Option<Vec<String>> {
    let is_code = |cell: &str| {
        let cell = cell.trim();
        !cell.is_empty() && (cell.bytes().all(|b| b.is_ascii_digit()) || parse_number(cell).is_some())
    };
    let n_sample = table.n_rows().min(50);
    let numeric_columns: Vec<usize> = (0..table.width())
        .filter(|&col_idx| is_code(&table.header[col_idx]))
        .collect();
    if numeric_columns.is_empty() || n_sample == 0 {
        return None;
    }
    // Statistics tables head their columns with years (`Kommune;2023;2024`).
    let is_year = |cell: &str| {
        cell.trim()
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
    };
    if numeric_columns.len() >= 2 && numeric_columns.iter().all(|&col_idx| is_year(&table.header[col_idx])) {
        return None;
    }
    let all_below_numeric = numeric_columns.iter().all(|&col_idx| {
        let n_numeric = (0..n_sample)
            .filter(|&row_idx| is_code(table.cell(row_idx, col_idx)))
            .count();
        n_numeric * 10 >= n_sample * 9
    });
    if !all_below_numeric {
        return None;
    }
    Some(known_layout(table).unwrap_or_default())
}

/// Names for a header-less file whose layout is known: Posten's postcode register (postcode, place,
/// municipality number, municipality, category).
fn known_layout(table: &RawTable) -> Option<Vec<String>> {
    let four_digits = |cell: &str| cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit());
    let looks_like_bring = table.width() == 5
        && four_digits(&table.header[0])
        && four_digits(&table.header[2])
        && (0..table.n_rows().min(50)).all(|row_idx| {
            four_digits(table.cell(row_idx, 0))
                && four_digits(table.cell(row_idx, 2))
                && table.cell(row_idx, 4).chars().count() == 1
        });
    looks_like_bring.then(|| {
        ["Postnummer", "Poststed", "Kommunenummer", "Kommunenavn", "Kategori"]
            .iter()
            .map(|name| (*name).to_owned())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(header: &[&str], expected: (DatasetKind, SourceFormat)) {
        let header: Vec<String> = header.iter().map(|cell| (*cell).to_owned()).collect();
        assert_eq!(recognise(&header), expected, "{header:?}");
    }

    #[test]
    fn sources_are_recognised_by_header() {
        check(
            &["organisasjonsnummer", "navn", "organisasjonsform.kode"],
            (DatasetKind::Register, SourceFormat::Enhetsregisteret),
        );
        check(
            &["$submission_id", "$created", "q1"],
            (DatasetKind::Survey, SourceFormat::Nettskjema),
        );
        check(
            &["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn"],
            (DatasetKind::Survey, SourceFormat::MicrosoftForms),
        );
        check(
            &["ID", "Start time", "Completion time"],
            (DatasetKind::Survey, SourceFormat::MicrosoftForms),
        );
        check(
            &["tilbud", "organisasjon", "kategori"],
            (DatasetKind::Offers, SourceFormat::OfferCatalogue),
        );
        check(&["postnummer", "poststed"], (DatasetKind::Table, SourceFormat::Generic));
        check(
            &["Tidsmerke", "E-postadresse", "Hvem blir statsminister?"],
            (DatasetKind::Survey, SourceFormat::GoogleForms),
        );
        check(
            &["CVR-nr", "Navn", "Virksomhedsform", "Kommunekode"],
            (DatasetKind::Register, SourceFormat::Cvr),
        );
        check(
            &["v_1_1", "s_2", "stato_1"],
            (DatasetKind::Survey, SourceFormat::SurveyXact),
        );
    }

    fn table(rows: &[&[&str]]) -> RawTable {
        let strings = |row: &[&str]| row.iter().map(|cell| (*cell).to_owned()).collect::<Vec<_>>();
        RawTable::new(strings(rows[0]), rows[1..].iter().map(|row| strings(row)).collect())
    }

    #[test]
    fn a_first_row_of_data_is_not_taken_for_a_header() {
        let bring = table(&[
            &["0001", "OSLO", "0301", "OSLO", "P"],
            &["0010", "OSLO", "0301", "OSLO", "B"],
            &["3005", "DRAMMEN", "3301", "DRAMMEN", "G"],
        ]);
        assert_eq!(
            headerless(&bring).unwrap(),
            ["Postnummer", "Poststed", "Kommunenummer", "Kommunenavn", "Kategori"]
        );
        let unknown = table(&[&["12", "Nord"], &["14", "Sør"]]);
        assert_eq!(headerless(&unknown), Some(Vec::new()));
        let with_header = table(&[&["År", "Antall"], &["2024", "12"]]);
        assert_eq!(headerless(&with_header), None);
        // A header that names a year column is still a header when text sits below it.
        let year_header = table(&[&["2024", "Navn"], &["Nord", "Kari"]]);
        assert_eq!(headerless(&year_header), None);
        let by_year = table(&[&["Kommune", "2023", "2024"], &["Oslo", "12", "14"]]);
        assert_eq!(headerless(&by_year), None);
    }
}
