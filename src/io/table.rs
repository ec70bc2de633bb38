//! `RawTable`: the text cells of a file as read, before typing, kept column by column.
//!
//! A national register has tens of millions of cells; one `String` per cell would cost an allocation and
//! 24 bytes of bookkeeping each. Here every column is one text buffer and four bytes per cell (none in a
//! column of one-byte cells). Columns, not rows, because typing reads a column at a time: read row by row,
//! a column's cells would lie a whole row apart in memory and every cell would be a cache miss (a survey
//! of 250,000 rows typed three times faster this way).

/// One column's cells: their text, one after another, and where each ends.
#[derive(Clone, Debug, Default)]
struct ColumnText {
    text: String,
    /// Where each cell ends; empty when `one_byte`.
    ends: Vec<u32>,
    /// Every cell is exactly one byte (0/1 ticks): `text` is the cells, one per row, and their ends are
    /// not kept (a survey's tick columns then take one byte per cell, not five). A column of such cells
    /// may still say false.
    one_byte: bool,
}

impl PartialEq for ColumnText {
    /// The cells, however their lengths are kept.
    fn eq(&self, other: &ColumnText) -> bool {
        self.text == other.text && self.cell_ends().eq(other.cell_ends())
    }
}

impl ColumnText {
    fn len(&self) -> usize {
        if self.one_byte {
            self.text.len()
        } else {
            self.ends.len()
        }
    }

    /// Where the cell of row `row_idx` (below `len`) ends; it starts where the one before ends.
    #[inline(always)]
    fn end(&self, row_idx: usize) -> u32 {
        if self.one_byte {
            row_idx as u32 + 1
        } else {
            self.ends[row_idx]
        }
    }

    /// Every cell's end, top to bottom, however they are kept.
    fn cell_ends(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(|row_idx| self.end(row_idx))
    }

    #[inline(always)]
    fn cell(&self, row_idx: usize) -> &str {
        if row_idx >= self.len() {
            return "";
        }
        let start = if row_idx == 0 { 0 } else { self.end(row_idx - 1) };
        self.text.get(start as usize..self.end(row_idx) as usize).unwrap_or("")
    }
}

/// Text cells as read. Short rows read as empty cells; a row longer than the header extends it (`#12`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawTable {
    pub header: Vec<String>,
    columns: Vec<ColumnText>,
    n_rows: usize,
}

impl RawTable {
    /// Builds a table from rows of cells (spreadsheets, JSON, tests).
    pub fn new(header: Vec<String>, rows: Vec<Vec<String>>) -> RawTable {
        let mut builder = TableBuilder::default();
        for row in &rows {
            for cell in row {
                builder.push_cell(cell);
            }
            builder.end_row();
        }
        builder.finish(header)
    }

    pub fn n_rows(&self) -> usize {
        self.n_rows
    }

    pub fn width(&self) -> usize {
        self.header.len()
    }

    /// One cell; empty where the row is short.
    pub fn cell(&self, row_idx: usize, col_idx: usize) -> &str {
        self.columns.get(col_idx).map_or("", |column| column.cell(row_idx))
    }

    /// The cells of one row, padded to the header's width.
    pub fn row(&self, row_idx: usize) -> Vec<&str> {
        (0..self.width()).map(|col_idx| self.cell(row_idx, col_idx)).collect()
    }

    /// The cells of one column, top to bottom, without collecting them.
    pub fn column(&self, col_idx: usize) -> impl Iterator<Item = &str> + '_ {
        let column = self.columns.get(col_idx);
        let mut start = 0;
        (0..self.n_rows).map(move |row_idx| {
            let Some(column) = column else {
                return "";
            };
            let end = column.end(row_idx);
            let cell = column.text.get(start as usize..end as usize).unwrap_or("");
            start = end;
            cell
        })
    }

    /// A column whose every cell is at most one byte long, as those bytes (0 for an empty cell); `None`
    /// when a cell is longer. What `visit_short_cells` reads, collected, for tests.
    #[cfg(test)]
    pub fn short_cells(&self, col_idx: usize) -> Option<Vec<u8>> {
        let mut bytes = vec![0; self.n_rows];
        let mut slots = bytes.iter_mut();
        self.visit_short_cells(col_idx, |byte| {
            if let Some(slot) = slots.next() {
                *slot = byte;
            }
            true
        })?;
        Some(bytes)
    }

    /// Visits a column whose every cell is at most one byte long (0/1 ticks, one-letter codes) as those
    /// bytes, 0 for an empty cell, until `visit` says stop. Survey exports are mostly such columns, and
    /// reading them as bytes in place rather than as text is what keeps typing them fast. Returns
    /// `Some(true)` when every cell was visited, `Some(false)` when `visit` stopped, `None` on meeting a
    /// longer cell first.
    pub fn visit_short_cells(&self, col_idx: usize, mut visit: impl FnMut(u8) -> bool) -> Option<bool> {
        let column = self.columns.get(col_idx)?;
        let text = column.text.as_bytes();
        if text.len() > self.n_rows {
            return None;
        }
        if column.one_byte {
            return Some(text.iter().all(|&byte| visit(byte)));
        }
        let mut start = 0;
        for &end in &column.ends {
            let byte = match end.checked_sub(start) {
                Some(0) => 0,
                Some(1) => text.get(start as usize).copied().unwrap_or(0),
                _ => return None,
            };
            if !visit(byte) {
                return Some(false);
            }
            start = end;
        }
        Some(true)
    }

    /// A column whose every cell is exactly one byte, as its text: that text is then its cells, one per row.
    pub fn one_byte_cells(&self, col_idx: usize) -> Option<&[u8]> {
        let column = self.columns.get(col_idx)?;
        let one_byte = column.one_byte && column.text.len() == self.n_rows;
        one_byte.then_some(column.text.as_bytes())
    }

    /// The cells of one column, top to bottom.
    pub fn column_cells(&self, col_idx: usize) -> Vec<&str> {
        self.column(col_idx).collect()
    }

    /// Every row as owned cells (spreadsheet companions, tests).
    pub fn rows(&self) -> Vec<Vec<String>> {
        (0..self.n_rows())
            .map(|row_idx| self.row(row_idx).into_iter().map(str::to_owned).collect())
            .collect()
    }

    /// The same cells with the header read as the first data row, columns named `names` (or `#1` …).
    pub fn with_header_as_row(&self, names: Vec<String>) -> RawTable {
        let columns = self
            .columns
            .iter()
            .zip(&self.header)
            .map(|(column, header)| {
                let mut text = String::with_capacity(header.len() + column.text.len());
                text.push_str(header);
                text.push_str(&column.text);
                // The header's cell is one byte too only if it is; the rest already said so.
                let one_byte = column.one_byte && header.len() == 1;
                let first = header.len() as u32;
                let ends = match one_byte {
                    true => Vec::new(),
                    false => std::iter::once(first)
                        .chain(column.cell_ends().map(|end| end + first))
                        .collect(),
                };
                ColumnText { text, ends, one_byte }
            })
            .collect();
        let mut table = RawTable {
            header: names,
            columns,
            n_rows: self.n_rows + 1,
        };
        name_columns(&mut table.header, self.header.len());
        table
    }
}

/// Pads the header to `width` with `#n` names and fills blank names the same way.
fn name_columns(header: &mut Vec<String>, width: usize) {
    for col_idx in header.len()..width {
        header.push(format!("#{}", col_idx + 1));
    }
    for (col_idx, cell) in header.iter_mut().enumerate() {
        if cell.trim().is_empty() {
            *cell = format!("#{}", col_idx + 1);
        }
    }
}

/// One column being collected.
#[derive(Debug, Default)]
struct Building {
    text: Vec<u8>,
    /// Where each cell ends; not kept while `one_byte`, as in `ColumnText`.
    ends: Vec<u32>,
    /// No cell so far but of exactly one byte: `text` is the cells.
    one_byte: bool,
}

impl Building {
    /// The column is to get a cell of another length than one: its cells' ends so far, spelt out.
    fn spell_out_ends(&mut self) {
        if self.one_byte {
            self.one_byte = false;
            self.ends = (1..=self.text.len() as u32).collect();
        }
    }
}

/// Collects cells row by row into a `RawTable`, straight into each column's buffer. Text is held as
/// bytes so that a CSV reader can append a record's fields without decoding them again; every cell must
/// be valid UTF-8 (the readers decode before they split), which `finish` checks once per column.
#[derive(Debug, Default)]
pub struct TableBuilder {
    columns: Vec<Building>,
    /// Rows ended so far.
    n_rows: usize,
    /// Cells of the row being written.
    n_pending: usize,
    text_len: usize,
}

impl TableBuilder {
    pub fn push_cell(&mut self, cell: &str) {
        self.push_cells(cell.as_bytes(), &[cell.len()]);
    }

    /// Appends the cells of one record given as its text and the end of each cell within it.
    pub fn push_cells(&mut self, record: &[u8], ends: &[usize]) {
        // The hot loop of every import: a survey has millions of cells, most of them one character. A row
        // longer than any before gets new columns, empty for the rows before.
        let n_cells = ends.len();
        while self.columns.len() < self.n_pending + n_cells {
            self.columns.push(Building {
                text: Vec::new(),
                ends: vec![0; self.n_rows],
                one_byte: self.n_rows == 0,
            });
        }
        // Most columns of a survey are 0/1 ticks: their cells are one byte each and need no ends.
        let mut start = 0;
        for (column, &end) in self.columns[self.n_pending..].iter_mut().zip(ends) {
            match record.get(start..end) {
                Some(&[byte]) if column.one_byte => column.text.push(byte),
                cell => {
                    column.spell_out_ends();
                    column.text.extend_from_slice(cell.unwrap_or_default());
                    column.ends.push(column.text.len() as u32);
                }
            }
            start = end;
        }
        self.text_len += start;
        self.n_pending += n_cells;
    }

    /// Ends the row: columns it did not reach get an empty cell.
    pub fn end_row(&mut self) {
        for column in &mut self.columns[self.n_pending..] {
            column.spell_out_ends();
            column.ends.push(column.text.len() as u32);
        }
        self.n_rows += 1;
        self.n_pending = 0;
    }

    pub fn n_rows(&self) -> usize {
        self.n_rows
    }

    /// Makes room for `n_rows` rows in all, each column's text growing as it has so far: a large file
    /// then fills its columns without copying them over and over as they grow.
    pub fn reserve_rows(&mut self, n_rows: usize) {
        if self.n_rows == 0 || n_rows <= self.n_rows {
            return;
        }
        let n_more = n_rows - self.n_rows;
        for Building { text, ends, one_byte } in &mut self.columns {
            if !*one_byte {
                ends.reserve(n_more);
            }
            text.reserve(text.len() / self.n_rows * n_more + n_more / 8);
        }
    }

    /// Bytes of cell text held.
    pub fn text_len(&self) -> usize {
        self.text_len
    }

    /// The table: its header padded with `#n` names to the widest row, blank names filled the same way.
    /// A row not ended is ended.
    pub fn finish(mut self, mut header: Vec<String>) -> RawTable {
        if self.n_pending > 0 {
            self.end_row();
        }
        name_columns(&mut header, self.columns.len());
        let n_rows = self.n_rows;
        let mut columns: Vec<ColumnText> = self
            .columns
            .into_iter()
            .map(|Building { text, ends, one_byte }| {
                let text = String::from_utf8(text).unwrap_or_else(|error| {
                    // Cannot happen with the readers here; if it did, cells that no longer fall on
                    // character boundaries would read as empty rather than panic.
                    String::from_utf8_lossy(error.as_bytes()).into_owned()
                });
                ColumnText { text, ends, one_byte }
            })
            .collect();
        // Header names beyond the widest row are columns of empty cells.
        columns.resize_with(header.len(), || ColumnText {
            text: String::new(),
            ends: vec![0; n_rows],
            one_byte: n_rows == 0,
        });
        RawTable {
            header,
            columns,
            n_rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| (*cell).to_owned()).collect()
    }

    #[test]
    fn ragged_rows_pad_and_extend_the_header() {
        let table = RawTable::new(
            strings(&["a", ""]),
            vec![strings(&["1", "2", "3"]), strings(&["4"]), vec![]],
        );
        assert_eq!(table.header, ["a", "#2", "#3"]);
        assert_eq!(table.n_rows(), 3);
        assert_eq!(table.row(0), ["1", "2", "3"]);
        assert_eq!(table.row(1), ["4", "", ""]);
        assert_eq!(table.row(2), ["", "", ""]);
        assert_eq!(table.column_cells(2), ["3", "", ""]);
        assert_eq!(table.cell(1, 99), "");
    }

    #[test]
    fn short_cells_read_as_bytes() {
        let table = RawTable::new(
            strings(&["tick", "text"]),
            vec![strings(&["1", "ja"]), strings(&["", "æ"]), strings(&["0", ""])],
        );
        assert_eq!(table.short_cells(0), Some(vec![b'1', 0, b'0']));
        // An empty cell is not one byte; a column of ticks without one is its own text.
        assert_eq!(table.one_byte_cells(0), None);
        let dense = RawTable::new(strings(&["tick"]), vec![strings(&["1"]), strings(&["0"])]);
        assert_eq!(dense.one_byte_cells(0), Some(&b"10"[..]));
        assert_eq!(table.one_byte_cells(1), None);
        assert_eq!(table.short_cells(1), None);
        assert_eq!(table.short_cells(7), None);
        let mut seen = Vec::new();
        assert_eq!(
            table.visit_short_cells(0, |byte| {
                seen.push(byte);
                true
            }),
            Some(true)
        );
        assert_eq!(seen, [b'1', 0, b'0']);
        assert_eq!(table.visit_short_cells(0, |byte| byte != 0), Some(false));
        assert_eq!(table.visit_short_cells(1, |_| true), None);
    }

    #[test]
    fn a_column_said_to_be_one_byte_cells_is_exactly_that() {
        let rows = [["1", "0", "ab"], ["0", "", "c"], ["1", "1", "d"]];
        let mut builder = TableBuilder::default();
        for row in &rows {
            for cell in row {
                builder.push_cell(cell);
            }
            builder.end_row();
        }
        builder.push_cell("1");
        builder.end_row();
        let table = builder.finish(strings(&["a", "b", "c"]));
        // Column a: «1 0 1 1»; b has an empty cell and c a longer one, and the last row is short.
        assert_eq!(table.one_byte_cells(0), Some(&b"1011"[..]));
        assert_eq!(table.one_byte_cells(1), None);
        assert_eq!(table.one_byte_cells(2), None);
        for col_idx in 0..3 {
            if let Some(bytes) = table.one_byte_cells(col_idx) {
                let cells: Vec<u8> = table.column(col_idx).map(|cell| cell.as_bytes()[0]).collect();
                assert_eq!(bytes, cells);
            }
        }
        let ticks = RawTable::new(strings(&["t"]), vec![strings(&["1"]), strings(&["0"])]);
        assert_eq!(
            ticks.with_header_as_row(Vec::new()).one_byte_cells(0),
            Some(&b"t10"[..])
        );
        let named = RawTable::new(strings(&["tick"]), vec![strings(&["1"])]);
        assert_eq!(named.with_header_as_row(Vec::new()).one_byte_cells(0), None);
    }

    #[test]
    fn any_run_of_cells_and_rows_builds_those_rows() {
        // Rows of one-byte ticks, empty and longer cells and rows of any width: the table holds those
        // rows, however its columns' cells were stored as they came.
        let cells = ["1", "0", "", "ab", "æ"];
        let mut state = 0x2545_f491_u32;
        let mut next = |n: u32| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state % n) as usize
        };
        for _ in 0..300 {
            let mut builder = TableBuilder::default();
            let (mut kept, mut pending): (Vec<Vec<&str>>, Vec<&str>) = (Vec::new(), Vec::new());
            for _ in 0..next(40) {
                match next(10) {
                    0 => {
                        builder.end_row();
                        kept.push(std::mem::take(&mut pending));
                    }
                    _ => {
                        // Mostly ticks, so that columns stay one-byte for a while.
                        let cell = if next(3) > 0 { cells[next(2)] } else { cells[next(5)] };
                        builder.push_cell(cell);
                        pending.push(cell);
                    }
                }
            }
            // A row not ended is ended.
            if !pending.is_empty() {
                kept.push(pending);
            }
            let table = builder.finish(Vec::new());
            assert_eq!(table.n_rows(), kept.len());
            for col_idx in 0..table.width() {
                let column: Vec<&str> = kept.iter().map(|row| row.get(col_idx).copied().unwrap_or("")).collect();
                assert_eq!(table.column(col_idx).collect::<Vec<_>>(), column);
                let by_cell: Vec<&str> = (0..kept.len()).map(|row_idx| table.cell(row_idx, col_idx)).collect();
                assert_eq!(by_cell, column);
                if let Some(bytes) = table.one_byte_cells(col_idx) {
                    assert_eq!(bytes, column.concat().as_bytes());
                    assert!(column.iter().all(|cell| cell.len() == 1));
                }
                let short = column.iter().all(|cell| cell.len() <= 1);
                let bytes: Vec<u8> = column.iter().map(|cell| cell.bytes().next().unwrap_or(0)).collect();
                assert_eq!(table.short_cells(col_idx), short.then_some(bytes));
                // With the header as its first row, a one-byte column's cells are spelt out.
                let headed = table.with_header_as_row(Vec::new());
                let with_header: Vec<&str> = std::iter::once(table.header[col_idx].as_str()).chain(column).collect();
                assert_eq!(headed.column(col_idx).collect::<Vec<_>>(), with_header);
            }
            // Equal to the same rows given at once, whatever the two keep as ends.
            let kept_rows = kept
                .iter()
                .map(|row| row.iter().map(|cell| cell.to_string()).collect())
                .collect();
            assert_eq!(RawTable::new(table.header.clone(), kept_rows), table);
        }
    }

    #[test]
    fn the_header_can_become_the_first_row() {
        let table = RawTable::new(strings(&["0001", "OSLO"]), vec![strings(&["0010", "OSLO"])]);
        let headerless = table.with_header_as_row(Vec::new());
        assert_eq!(headerless.header, ["#1", "#2"]);
        assert_eq!(
            headerless.rows(),
            [strings(&["0001", "OSLO"]), strings(&["0010", "OSLO"])]
        );
    }
}
