//! Files for download: tables as CSV and XLSX (for the municipality's own action plan). Pure: bytes out.
//!
//! Every cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return at
//! the start) is neutralised with a leading apostrophe, so a category name from a file can never run.

mod xlsx;

pub use xlsx::write_xlsx;

/// A table to write: a title line and notes go above the header in CSV, and into the sheet's first rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportTable {
    /// Lines before the table: title, filters, n, suppression note, source.
    pub preamble: Vec<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Makes a cell safe to open in a spreadsheet.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// CSV as a Nordic spreadsheet opens it directly: `;` between fields, UTF-8 with a byte-order mark, CRLF.
pub fn write_csv(table: &ExportTable) -> Vec<u8> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(&mut out);
        for line in &table.preamble {
            let _ = writer.write_record([neutralise(line)]);
        }
        if !table.preamble.is_empty() {
            let _ = writer.write_record([""]);
        }
        let _ = writer.write_record(table.headers.iter().map(|cell| neutralise(cell)));
        for row in &table.rows {
            let _ = writer.write_record(row.iter().map(|cell| neutralise(cell)));
        }
        let _ = writer.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ExportTable {
        ExportTable {
            preamble: vec!["Gaptabell – Elvestad".into(), "n = 60".into()],
            headers: vec!["Kategori".into(), "Gap".into()],
            rows: vec![
                vec!["=HYPERLINK(\"http://x\")".into(), "90 %".into()],
                vec!["Besøksvenn; «besøk»".into(), "-3".into()],
            ],
        }
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("+47 123"), "'+47 123");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Besøksvenn"), "Besøksvenn");
    }

    #[test]
    fn csv_has_bom_semicolons_quotes_and_no_live_formula() {
        let text = String::from_utf8(write_csv(&sample())).unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(
            text.trim_start_matches('\u{feff}'),
            "Gaptabell – Elvestad\r\nn = 60\r\n\"\"\r\nKategori;Gap\r\n\"'=HYPERLINK(\"\"http://x\"\")\";90 %\r\n\"Besøksvenn; «besøk»\";'-3\r\n"
        );
    }

    #[test]
    fn xlsx_reads_back_through_our_importer() {
        let bytes = write_xlsx(&sample(), "Gap");
        let parsed = crate::io::read("gap.xlsx", &bytes).unwrap();
        let source = &parsed.dataset.source;
        assert_eq!(source.header, ["Gaptabell – Elvestad", "#2"]);
        let all: Vec<&String> = source.preview.iter().flatten().collect();
        assert!(all.iter().any(|cell| *cell == "'=HYPERLINK(\"http://x\")"));
        assert!(all.iter().any(|cell| *cell == "Besøksvenn; «besøk»"));
    }
}
