//! XLSX workbooks (Microsoft Forms, SurveyXact, Excel) into a `RawTable`, with calamine.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::io::{ParseError, RawTable, Warning};

/// Reads the first sheet that has data. Dates become ISO text (`2025-03-27 18:35`) so that typing finds them.
pub fn read(bytes: &[u8]) -> Result<(RawTable, Vec<Warning>), ParseError> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|error| ParseError::Spreadsheet {
        detail: error.to_string(),
    })?;
    let sheet_names = workbook.sheet_names();
    let mut warnings = Vec::new();
    for name in &sheet_names {
        let Ok(range) = workbook.worksheet_range(name) else {
            continue;
        };
        let mut rows = range
            .rows()
            .map(|row| row.iter().map(cell_text).collect::<Vec<String>>())
            .skip_while(|row| row.iter().all(|cell| cell.trim().is_empty()));
        let Some(header) = rows.next() else {
            continue;
        };
        let rows: Vec<Vec<String>> = rows
            .filter(|row| row.iter().any(|cell| !cell.trim().is_empty()))
            .collect();
        if sheet_names.len() > 1 {
            warnings.push(Warning::OtherSheetsIgnored {
                used: name.clone(),
                n_other: sheet_names.len() - 1,
            });
        }
        return Ok((RawTable::new(header, rows), warnings));
    }
    Err(ParseError::NoSheetWithData)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => format_float(*number),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date_time) => excel_serial_to_iso(date_time.as_f64()),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Error(error) => format!("#{error:?}"),
    }
}

fn format_float(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        number.to_string()
    }
}

/// Excel's serial date (days since 1899-12-30, fraction = time of day) as ISO text.
pub fn excel_serial_to_iso(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return serial.to_string();
    }
    let days = serial.floor() as i64;
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    let (year, month, day) = civil_from_days(days - 25_569);
    if seconds == 0 {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        let (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
        format!("{year:04}-{month:02}-{day:02} {hours:02}:{minutes:02}")
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_become_iso_dates() {
        assert_eq!(excel_serial_to_iso(45_743.0), "2025-03-27");
        assert_eq!(excel_serial_to_iso(45_743.774_305_555_6), "2025-03-27 18:35");
        assert_eq!(excel_serial_to_iso(1.0), "1899-12-31");
    }
}
