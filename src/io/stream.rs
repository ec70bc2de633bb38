//! Reading a file as a stream of chunks, so that a file of hundreds of megabytes is never held whole:
//! text is decoded and split into cells chunk by chunk (csv-core, the push parser under the `csv` crate)
//! straight into a flat `RawTable`, and a national register is filtered to one municipality's
//! associations row by row. Spreadsheets and JSON are gathered whole (they cannot be read in pieces).
//!
//! A file read in one go is the same stream with one chunk: there is one import path.

use csv_core::ReadRecordResult;

use crate::core::{Encoding, SourceFormat};
use crate::io::table::TableBuilder;
use crate::io::text::{self, ChunkDecoder};
use crate::io::{delimited, recognise, values, ParseError, RawTable, ReadOptions, Warning, MAX_FILE_BYTES};

/// Bytes looked at before deciding the container, encoding and delimiter.
const SNIFF_BYTES: usize = 64 * 1024;

/// A register read without a municipality may hold at most this many rows (the national register has
/// 1.47 million): above it the user is asked to name the municipality.
pub const MAX_REGISTER_ROWS: usize = 250_000;

/// Cell text held at most, whatever the file's size.
const MAX_TABLE_BYTES: usize = 768 * 1024 * 1024;

/// Ragged rows reported one by one; more are counted.
const MAX_RAGGED_WARNINGS: usize = 20;

/// What the stream found, ready for recognising and typing.
pub enum Content {
    Table {
        table: RawTable,
        encoding: Encoding,
        delimiter: Option<u8>,
        warnings: Vec<Warning>,
    },
    /// A spreadsheet or JSON file, gathered whole.
    Whole { bytes: Vec<u8>, is_zip: bool },
}

/// Reads one file chunk by chunk.
pub struct Reader {
    options: ReadOptions,
    state: State,
    n_bytes: usize,
    /// The file's size, when known: lets the table make room for all of it at once.
    size_hint: usize,
}

enum State {
    Sniffing(Vec<u8>),
    Whole { bytes: Vec<u8>, is_zip: bool },
    Text(Box<TextReader>),
    Failed(ParseError),
}

impl Reader {
    pub fn new(options: ReadOptions) -> Reader {
        Reader {
            options,
            state: State::Sniffing(Vec::new()),
            n_bytes: 0,
            size_hint: 0,
        }
    }

    /// Says how large the whole file is (a hint; reading works without it).
    pub fn with_size_hint(mut self, n_bytes: usize) -> Reader {
        self.size_hint = n_bytes;
        self
    }

    /// Bytes pushed so far.
    pub fn n_bytes(&self) -> usize {
        self.n_bytes
    }

    /// Rows kept so far (text files).
    pub fn n_rows(&self) -> usize {
        match &self.state {
            State::Text(reader) => reader.builder.n_rows(),
            _ => 0,
        }
    }

    /// Takes the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        self.n_bytes += chunk.len();
        match &mut self.state {
            State::Failed(_) => {}
            // A whole file pushed at once is sniffed where it lies, not copied first.
            State::Sniffing(head) if head.is_empty() && chunk.len() >= SNIFF_BYTES => self.start(chunk, false),
            State::Sniffing(head) => {
                head.extend_from_slice(chunk);
                if head.len() >= SNIFF_BYTES {
                    let head = std::mem::take(head);
                    self.start(&head, false);
                }
            }
            State::Whole { bytes, .. } => {
                if bytes.len() + chunk.len() > MAX_FILE_BYTES {
                    self.state = State::Failed(too_large());
                } else {
                    bytes.extend_from_slice(chunk);
                }
            }
            State::Text(reader) => {
                reader.size_hint = self.size_hint;
                if let Err(error) = reader.push(chunk, &self.options) {
                    self.state = State::Failed(error);
                }
            }
        }
    }

    /// Ends the file.
    pub fn finish(mut self) -> Result<Content, ParseError> {
        if let State::Sniffing(head) = &mut self.state {
            let head = std::mem::take(head);
            if head.is_empty() {
                return Err(ParseError::Empty);
            }
            self.start(&head, true);
        }
        match self.state {
            State::Failed(error) => Err(error),
            State::Whole { bytes, is_zip } => Ok(Content::Whole { bytes, is_zip }),
            State::Text(reader) => reader.finish(&self.options),
            State::Sniffing(_) => Err(ParseError::Empty),
        }
    }

    /// Ends the file and gives its cells as read, before recognising and typing (property tests, the
    /// benchmark). A workbook gives its first sheet with data; JSON its records.
    pub fn table(self) -> Result<RawTable, ParseError> {
        match self.finish()? {
            Content::Table { table, .. } => Ok(table),
            Content::Whole { bytes, is_zip: true } => crate::io::xlsx::read(&bytes, None).map(|(read, _)| read.table),
            Content::Whole { bytes, is_zip: false } => crate::io::json::read(&bytes),
        }
    }

    /// Decides what the file is from its first bytes, then feeds them on.
    fn start(&mut self, head: &[u8], complete: bool) {
        let content = strip_bom(head);
        let first = content.iter().find(|b| !b.is_ascii_whitespace());
        if head.starts_with(b"PK\x03\x04") || matches!(first, Some(b'{' | b'[')) {
            let is_zip = head.starts_with(b"PK");
            self.state = State::Whole {
                bytes: head.to_vec(),
                is_zip,
            };
            return;
        }
        if text::looks_binary(head) {
            self.state = State::Failed(ParseError::Binary {
                format: binary_format(head).to_owned(),
            });
            return;
        }
        let (encoding, bom_len) = text::sniff_encoding(head, complete);
        // The delimiter shows in the first lines; a character cut off at the sample's end is dropped.
        let mut sample = String::new();
        let sample_end = head.len().min(bom_len + SNIFF_BYTES);
        ChunkDecoder::new(encoding).decode(&head[bom_len..sample_end], &mut sample);
        let delimiter = delimited::sniff_delimiter(&sample);
        let mut reader = Box::new(TextReader::new(encoding, delimiter));
        reader.size_hint = self.size_hint;
        match reader.push(&head[bom_len..], &self.options) {
            Ok(()) => self.state = State::Text(reader),
            Err(error) => self.state = State::Failed(error),
        }
    }
}

fn too_large() -> ParseError {
    ParseError::TooLarge {
        limit_mib: MAX_FILE_BYTES / (1024 * 1024),
    }
}

pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)
}

/// Names a binary format by its magic bytes, for the error message.
pub fn binary_format(bytes: &[u8]) -> &'static str {
    const MAGIC: [(&[u8], &str); 8] = [
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"\x1F\x8B", "gzip"),
        (b"\xD0\xCF\x11\xE0", "Excel 97-2003 (.xls)"),
        (b"7z\xBC\xAF", "7-Zip"),
        (b"\0asm", "WebAssembly"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map_or("binary", |(_, format)| format)
}

/// Keeps one municipality's associations from a register, decided from the header.
struct RowFilter {
    /// Columns holding a municipality number (business, postal or location address).
    number_cols: Vec<usize>,
    /// Columns holding a municipality name.
    name_cols: Vec<usize>,
    org_form_col: Option<usize>,
    voluntary_col: Option<usize>,
    /// The wanted municipality: a number (`0301`) or a name, compared without case.
    wanted: String,
}

impl RowFilter {
    fn new(header: &[String], wanted: &str) -> RowFilter {
        let find_all = |suffix: &str| -> Vec<usize> {
            header
                .iter()
                .enumerate()
                .filter(|(_, name)| name.to_ascii_lowercase().ends_with(suffix))
                .map(|(idx, _)| idx)
                .collect()
        };
        let find = |wanted: &str| header.iter().position(|name| name.eq_ignore_ascii_case(wanted));
        let wanted = wanted.trim();
        let wanted = if wanted.bytes().all(|b| b.is_ascii_digit()) && wanted.len() < 4 {
            format!("{wanted:0>4}")
        } else {
            wanted.to_owned()
        };
        RowFilter {
            number_cols: find_all("kommunenummer"),
            name_cols: find_all(".kommune"),
            org_form_col: find("organisasjonsform.kode"),
            voluntary_col: find("registrertIFrivillighetsregisteret"),
            wanted,
        }
    }

    /// Whether a record (its text and cell ends, as csv-core gives them) is kept. Only the few cells the
    /// rule needs are read, and a row that is not kept is never copied: of a national register's 1.47 M
    /// rows, a municipality keeps one in a thousand.
    fn keeps(&self, record: &[u8], ends: &[usize]) -> bool {
        let cell = |idx: usize| {
            let start = idx.checked_sub(1).map_or(Some(0), |before| ends.get(before).copied());
            start
                .zip(ends.get(idx))
                .and_then(|(start, &end)| record.get(start..end))
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .map_or("", str::trim)
        };
        let in_municipality = self.number_cols.iter().any(|&idx| cell(idx) == self.wanted)
            || self
                .name_cols
                .iter()
                .any(|&idx| cell(idx).eq_ignore_ascii_case(&self.wanted));
        let is_association = crate::core::overview::is_association(
            self.org_form_col.map_or("", cell),
            self.voluntary_col.map_or("", cell),
        );
        in_municipality && (is_association || self.org_form_col.is_none() && self.voluntary_col.is_none())
    }
}

/// Delimited text, decoded and split as it comes.
struct TextReader {
    encoding: Encoding,
    delimiter: u8,
    decoder: ChunkDecoder,
    csv: csv_core::Reader,
    /// Decoded text not yet split.
    decoded: String,
    /// The record being read: its text and cell ends.
    record: Vec<u8>,
    n_record: usize,
    ends: Vec<usize>,
    n_ends: usize,
    /// The line the record being read started on (1-based).
    record_line: u64,
    header: Option<Vec<String>>,
    /// Lines of one filled cell before the header is known: a title typed above the table, or (in a
    /// one-column file) the header and its first rows. Each with its text, cell ends and line.
    held: Vec<(Vec<u8>, Vec<usize>, u64)>,
    n_leading_blank: usize,
    builder: TableBuilder,
    filter: Option<RowFilter>,
    is_register: bool,
    n_data_rows: usize,
    n_ragged: usize,
    warnings: Vec<Warning>,
    size_hint: usize,
    /// Decoded bytes split so far.
    n_split: usize,
    reserved: bool,
}

impl TextReader {
    fn new(encoding: Encoding, delimiter: u8) -> TextReader {
        let csv = csv_core::ReaderBuilder::new()
            .delimiter(delimiter)
            .terminator(csv_core::Terminator::CRLF)
            .build();
        TextReader {
            encoding,
            delimiter,
            decoder: ChunkDecoder::new(encoding),
            csv,
            decoded: String::new(),
            record: vec![0; 64 * 1024],
            n_record: 0,
            ends: vec![0; 256],
            n_ends: 0,
            record_line: 1,
            header: None,
            held: Vec::new(),
            n_leading_blank: 0,
            builder: TableBuilder::default(),
            filter: None,
            is_register: false,
            n_data_rows: 0,
            n_ragged: 0,
            warnings: Vec::new(),
            size_hint: 0,
            n_split: 0,
            reserved: false,
        }
    }

    fn push(&mut self, chunk: &[u8], options: &ReadOptions) -> Result<(), ParseError> {
        // Most files are UTF-8: a chunk that is whole, valid text is split where it lies, not copied.
        if let Some(text) = self.decoder.whole_utf8(chunk) {
            return self.split(text.as_bytes(), options);
        }
        self.decoded.clear();
        self.decoder.decode(chunk, &mut self.decoded);
        let decoded = std::mem::take(&mut self.decoded);
        let result = self.split(decoded.as_bytes(), options);
        self.decoded = decoded;
        result
    }

    /// Splits decoded text into records; an empty `input` ends the file.
    fn split(&mut self, mut input: &[u8], options: &ReadOptions) -> Result<(), ParseError> {
        let at_end = input.is_empty();
        loop {
            let (result, n_in, n_out, n_end) =
                self.csv
                    .read_record(input, &mut self.record[self.n_record..], &mut self.ends[self.n_ends..]);
            input = &input[n_in..];
            self.n_split += n_in;
            self.n_record += n_out;
            self.n_ends += n_end;
            match result {
                ReadRecordResult::InputEmpty => {
                    if !at_end {
                        return Ok(());
                    }
                }
                ReadRecordResult::OutputFull => {
                    let len = self.record.len() * 2;
                    self.record.resize(len, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let len = self.ends.len() * 2;
                    self.ends.resize(len, 0);
                }
                ReadRecordResult::Record => {
                    self.take_record(options)?;
                    self.n_record = 0;
                    self.n_ends = 0;
                    self.record_line = self.csv.line();
                }
                ReadRecordResult::End => return Ok(()),
            }
        }
    }

    fn take_record(&mut self, options: &ReadOptions) -> Result<(), ParseError> {
        if self.header.is_some() {
            // The record's buffers are lent to `take_row` (which needs `self`) and given back.
            let (record, ends) = (std::mem::take(&mut self.record), std::mem::take(&mut self.ends));
            let result = self.take_row(&record[..self.n_record], &ends[..self.n_ends], self.record_line);
            (self.record, self.ends) = (record, ends);
            return result;
        }
        let cells = cell_texts(&self.record[..self.n_record], &self.ends[..self.n_ends]);
        match cells.iter().filter(|cell| !values::is_blank(cell)).count() {
            0 if self.held.is_empty() => self.n_leading_blank += 1,
            0 => {}
            // A title above the table (a report's name, its date: `MAX_TITLE_ROWS` lines of one cell, as
            // in spreadsheets), or a one-column file's header and first rows: the next wider line tells.
            1 => {
                let (record, ends) = (self.record[..self.n_record].to_vec(), self.ends[..self.n_ends].to_vec());
                self.held.push((record, ends, self.record_line));
                if self.held.len() > recognise::MAX_TITLE_ROWS {
                    self.header_from_held(options)?;
                }
            }
            _ => {
                self.held.clear();
                self.set_header(cells, options);
            }
        }
        Ok(())
    }

    /// No wider line came: the first held line is the header, the others are rows.
    fn header_from_held(&mut self, options: &ReadOptions) -> Result<(), ParseError> {
        let mut held = std::mem::take(&mut self.held).into_iter();
        let Some((record, ends, _)) = held.next() else {
            return Ok(());
        };
        self.set_header(cell_texts(&record, &ends), options);
        held.try_for_each(|(record, ends, line)| self.take_row(&record, &ends, line))
    }

    fn set_header(&mut self, cells: Vec<String>, options: &ReadOptions) {
        let (_, format) = recognise::recognise(&cells);
        self.is_register = format == SourceFormat::Enhetsregisteret;
        if self.is_register {
            if let Some(wanted) = options
                .municipality
                .as_deref()
                .filter(|wanted| !wanted.trim().is_empty())
            {
                self.filter = Some(RowFilter::new(&cells, wanted));
            }
        }
        self.header = Some(cells);
    }

    fn take_row(&mut self, record: &[u8], ends: &[usize], line: u64) -> Result<(), ParseError> {
        let n_header = self.header.as_ref().map_or(0, Vec::len);
        // A line that is only a line break inside a table is skipped, as spreadsheets do.
        if ends.len() <= 1 && record.is_empty() {
            return Ok(());
        }
        self.n_data_rows += 1;
        if ends.len() != n_header {
            self.n_ragged += 1;
            if self.n_ragged <= MAX_RAGGED_WARNINGS {
                self.warnings.push(Warning::RaggedRow {
                    line: line as usize,
                    n_fields: ends.len(),
                    n_header,
                });
            }
        }
        if self.filter.as_ref().is_some_and(|filter| !filter.keeps(record, ends)) {
            return Ok(());
        }
        self.builder.push_cells(record, ends);
        self.builder.end_row();
        // After a thousand rows the rest of an unfiltered file can be estimated: make room for it once.
        if !self.reserved && self.filter.is_none() && self.builder.n_rows() == 1_000 && self.size_hint > 0 {
            self.reserved = true;
            let estimate = self.size_hint as f64 / self.n_split.max(1) as f64 * 1_000.0 * 1.02;
            if estimate < 50_000_000.0 {
                self.builder.reserve_rows(estimate as usize);
            }
        }
        if self.builder.text_len() > MAX_TABLE_BYTES {
            return Err(ParseError::TooLarge {
                limit_mib: MAX_TABLE_BYTES / (1024 * 1024),
            });
        }
        if self.is_register && self.filter.is_none() && self.builder.n_rows() > MAX_REGISTER_ROWS {
            return Err(ParseError::RegisterNeedsMunicipality {
                n_rows: MAX_REGISTER_ROWS,
            });
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>, options: &ReadOptions) -> Result<Content, ParseError> {
        let mut rest = String::new();
        self.decoder.finish(&mut rest);
        if !rest.is_empty() {
            self.split(rest.as_bytes(), options)?;
        }
        self.split(&[], options)?;
        self.header_from_held(options)?;
        let header = self.header.take().ok_or(ParseError::NoHeader)?;
        let mut warnings = std::mem::take(&mut self.warnings);
        if self.n_ragged > MAX_RAGGED_WARNINGS {
            warnings.push(Warning::MoreRaggedRows {
                n_more: self.n_ragged - MAX_RAGGED_WARNINGS,
            });
        }
        if self.n_leading_blank > 0 {
            warnings.push(Warning::SkippedLeadingRows {
                n_rows: self.n_leading_blank,
            });
        }
        if let Some(filter) = &self.filter {
            warnings.push(Warning::RegisterFiltered {
                municipality: filter.wanted.clone(),
                n_kept: self.builder.n_rows(),
                n_read: self.n_data_rows,
            });
        }
        Ok(Content::Table {
            table: self.builder.finish(header),
            encoding: self.encoding,
            delimiter: Some(self.delimiter),
            warnings,
        })
    }
}

fn cell_texts(record: &[u8], ends: &[usize]) -> Vec<String> {
    let mut start = 0;
    ends.iter()
        .map(|&end| {
            let cell = String::from_utf8_lossy(&record[start..end]).into_owned();
            start = end;
            cell
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_in_chunks(bytes: &[u8], chunk_len: usize, options: &ReadOptions) -> Result<RawTable, ParseError> {
        let mut reader = Reader::new(options.clone());
        for chunk in bytes.chunks(chunk_len) {
            reader.push(chunk);
        }
        match reader.finish()? {
            Content::Table { table, .. } => Ok(table),
            Content::Whole { .. } => panic!("expected text"),
        }
    }

    #[test]
    fn any_chunking_reads_the_same_table() {
        let text = "navn;beløp;merknad\r\n\"Sang, og \"\"kor\"\"\";1 200,5;\"to\r\nlinjer\"\r\nÆrlig;3;\r\n".repeat(50);
        let text = text.replacen("navn;", "x;", 49).replacen("x;", "navn;", 1);
        let whole = read_in_chunks(text.as_bytes(), usize::MAX, &ReadOptions::default()).unwrap();
        for chunk_len in [1, 2, 3, 7, 64, 1000] {
            assert_eq!(
                read_in_chunks(text.as_bytes(), chunk_len, &ReadOptions::default()).unwrap(),
                whole,
                "chunks of {chunk_len}"
            );
        }
        assert_eq!(whole.header, ["navn", "beløp", "merknad"]);
        assert_eq!(whole.row(0), ["Sang, og \"kor\"", "1 200,5", "to\r\nlinjer"]);
    }

    #[test]
    fn a_line_of_no_break_spaces_above_the_header_is_blank_as_in_a_spreadsheet() {
        // Typed into cells above the table (and kept by «save as CSV»), they read as nothing in Excel.
        let text = "\u{a0};\u{a0} ;\r\n;\t;\r\nenhet;bydel;antall\r\nA;Nord;3\r\n";
        for chunk_len in [1, 4, usize::MAX] {
            let mut reader = Reader::new(ReadOptions::default());
            text.as_bytes().chunks(chunk_len).for_each(|chunk| reader.push(chunk));
            let Content::Table { table, warnings, .. } = reader.finish().unwrap() else {
                panic!("expected text");
            };
            assert_eq!(table.header, ["enhet", "bydel", "antall"], "chunks of {chunk_len}");
            assert_eq!(table.rows(), [["A", "Nord", "3"]]);
            assert_eq!(warnings, [Warning::SkippedLeadingRows { n_rows: 2 }]);
        }
    }

    #[test]
    fn title_lines_above_the_header_are_skipped_and_a_one_column_file_keeps_its_header() {
        let options = ReadOptions::default();
        // A report's name and date typed above the table; Excel pads such lines with delimiters.
        let titled =
            "Ansattundersøkelse 2025;;\r\nUttrekk 01.03.2025;;\r\n\r\nenhet;bydel;antall\r\nA;Nord;3\r\nB;Sør;4\r\n";
        for chunk_len in [1, 5, usize::MAX] {
            let table = read_in_chunks(titled.as_bytes(), chunk_len, &options).unwrap();
            assert_eq!(table.header, ["enhet", "bydel", "antall"], "chunks of {chunk_len}");
            assert_eq!(table.rows(), [["A", "Nord", "3"], ["B", "Sør", "4"]]);
        }
        // One column: the first line is the header, however many rows follow.
        for n_rows in [0, 2, 3, 6] {
            let text: String = std::iter::once("navn".to_owned())
                .chain((0..n_rows).map(|idx| format!("lag {idx}")))
                .map(|line| line + "\n")
                .collect();
            let table = read_in_chunks(text.as_bytes(), 3, &options).unwrap();
            assert_eq!(table.header, ["navn"]);
            assert_eq!(table.n_rows(), n_rows, "{text:?}");
            let last = (n_rows > 0).then(|| format!("lag {}", n_rows - 1));
            assert_eq!(table.column_cells(0).last().map(|cell| cell.to_string()), last);
        }
    }

    #[test]
    fn a_national_register_is_filtered_to_one_municipalitys_associations() {
        let mut csv = String::from(
            "\"organisasjonsnummer\",\"navn\",\"organisasjonsform.kode\",\"forretningsadresse.kommunenummer\",\
             \"forretningsadresse.kommune\",\"registrertIFrivillighetsregisteret\"\n",
        );
        for (idx, (form, number, voluntary)) in [
            ("FLI", "3301", "false"),
            ("AS", "3301", "false"),
            ("STI", "3301", "false"),
            ("AS", "3301", "Ja"),
            ("FLI", "0301", "true"),
        ]
        .iter()
        .enumerate()
        {
            csv.push_str(&format!(
                "\"97476067{idx}\",\"Lag {idx}\",\"{form}\",\"{number}\",\"DRAMMEN\",\"{voluntary}\"\n"
            ));
        }
        // A short row (no municipality), a long one of another municipality, a padded number.
        csv.push_str("\"974760679\",\"Kort\",\"FLI\"\n");
        csv.push_str("\"974760680\",\"Lang\",\"FLI\",\"0301\",\"OSLO\",\"true\",\"x\",\"y\"\n");
        csv.push_str("\"974760681\",\"Luft\",\"FLI\",\" 3301 \",\"DRAMMEN\",\"false\"\n");
        let options = ReadOptions {
            municipality: Some("3301".into()),
            ..ReadOptions::default()
        };
        for chunk_len in [1, 17, csv.len()] {
            let table = read_in_chunks(csv.as_bytes(), chunk_len, &options).unwrap();
            // Associations and foundations, and whatever Frivillighetsregisteret lists: the key figure's
            // rule. A row left out leaves no trace, not even the columns it had beyond the header.
            assert_eq!(table.column_cells(1), ["Lag 0", "Lag 2", "Lag 3", "Luft"]);
            assert_eq!((table.width(), table.n_rows()), (6, 4));
        }
        // By name, in any case.
        let by_name = ReadOptions {
            municipality: Some("drammen".into()),
            ..ReadOptions::default()
        };
        let table = read_in_chunks(csv.as_bytes(), 17, &by_name).unwrap();
        assert_eq!(table.column_cells(1), ["Lag 0", "Lag 2", "Lag 3", "Lag 4", "Luft"]);
    }

    #[test]
    fn containers_are_told_apart() {
        let mut reader = Reader::new(ReadOptions::default());
        reader.push(b"  [{\"a\":1}]");
        assert!(matches!(reader.finish(), Ok(Content::Whole { is_zip: false, .. })));
        let mut reader = Reader::new(ReadOptions::default());
        reader.push(b"%PDF-1.7\n\0\0\x01\x02");
        assert_eq!(reader.finish().err(), Some(ParseError::Binary { format: "PDF".into() }));
        assert_eq!(
            Reader::new(ReadOptions::default()).finish().err(),
            Some(ParseError::Empty)
        );
    }
}
