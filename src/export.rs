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
/// Fields holding `;`, quotes or line breaks are quoted (RFC 4180), quotes doubled.
pub fn write_csv(table: &ExportTable) -> Vec<u8> {
    let mut out = String::from("\u{FEFF}");
    let mut record = |cells: &[String]| {
        if let [only] = cells {
            if only.is_empty() {
                // A record of one empty field, told apart from no record at all.
                out.push_str("\"\"\r\n");
                return;
            }
        }
        for (idx, cell) in cells.iter().enumerate() {
            if idx > 0 {
                out.push(';');
            }
            let cell = neutralise(cell);
            if cell.contains([';', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&cell);
            }
        }
        out.push_str("\r\n");
    };
    for line in &table.preamble {
        record(std::slice::from_ref(line));
    }
    if !table.preamble.is_empty() {
        record(&[String::new()]);
    }
    record(&table.headers);
    for row in &table.rows {
        record(row);
    }
    out.into_bytes()
}

/// A figure's chart as a standalone SVG document with its title, subtitle, summary, caption and notes,
/// ready to paste into a report or slide. Text is escaped; the chart is the SVG plotters drew.
pub fn svg_document(figure: &crate::report::Figure) -> (String, u32, u32) {
    use crate::charts::escape;
    let chart = &figure.chart;
    let width = chart.width.max(480);
    let wrap = |text: &str, chars: usize| crate::charts::wrap_text(text, chars, 6);
    let chars_per_line = (f64::from(width) / 10.5) as usize;
    let mut header: Vec<(String, u32, &str)> = vec![(figure.title.clone(), 30, "700")];
    header.extend(
        wrap(&figure.subtitle, chars_per_line)
            .into_iter()
            .map(|line| (line, 19, "400")),
    );
    header.extend(
        wrap(&figure.summary, chars_per_line)
            .into_iter()
            .map(|line| (line, 19, "600")),
    );
    let mut footer: Vec<String> = wrap(&figure.caption, chars_per_line + 10);
    for note in &figure.notes {
        footer.extend(wrap(note, chars_per_line + 10));
    }
    let header_height: u32 = header.iter().map(|(_, size, _)| size + 12).sum::<u32>() + 16;
    let footer_height = footer.len() as u32 * 24 + 24;
    let height = header_height + chart.height + footer_height;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"Inter, Arial, sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    let mut y = 12;
    for (line, size, weight) in &header {
        y += size + 12;
        out.push_str(&format!(
            "<text x=\"12\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"#1a1a1a\">{}</text>",
            escape(line)
        ));
    }
    // The chart's own <svg>, moved below the header.
    let body = chart
        .standalone_svg()
        .replacen("<svg ", &format!("<svg x=\"0\" y=\"{header_height}\" "), 1);
    out.push_str(&body);
    let mut y = header_height + chart.height + 12;
    for line in &footer {
        y += 24;
        out.push_str(&format!(
            "<text x=\"12\" y=\"{y}\" font-size=\"16\" fill=\"#484848\">{}</text>",
            escape(line)
        ));
    }
    out.push_str("</svg>");
    (out, width, height)
}

/// A figure's data as a table for download, with its title, summary, caption (n, filters, source) and
/// notes (suppression) above the header.
pub fn figure_table(figure: &crate::report::Figure) -> ExportTable {
    let mut preamble = vec![figure.title.clone(), figure.subtitle.clone()];
    if !figure.summary.is_empty() {
        preamble.push(figure.summary.clone());
    }
    preamble.push(figure.caption.clone());
    preamble.extend(figure.notes.iter().cloned());
    ExportTable {
        preamble,
        headers: figure.table.headers.clone(),
        rows: figure
            .table
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.text.clone()).collect())
            .collect(),
    }
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
        // The title and n above the table are taken for titles: the table's own header is the header.
        assert_eq!(source.header, ["Kategori", "Gap"]);
        let all: Vec<&String> = source.preview.iter().flatten().collect();
        assert!(all.iter().any(|cell| *cell == "'=HYPERLINK(\"http://x\")"));
        assert!(all.iter().any(|cell| *cell == "Besøksvenn; «besøk»"));
    }
}
