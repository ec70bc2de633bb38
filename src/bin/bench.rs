//! The benchmarks' entry (`./dev bench`; built only with `--features bench`).
//!
//! As wasm: Brobygger's full import, its splitting step alone, and a bare `csv::ByteRecord` scan of the same
//! bytes, called from `tests/bench/bench.html` next to PapaParse and DuckDB-Wasm in the same Chromium.
//!
//! Natively (`cargo run --release --features bench --bin bench -- <files>`): the analysis behind a filter
//! click alone — the files read as the app reads them, then every view's figures recomputed for one filter
//! after another — printed as p50/p95 next to the same work with no filter and the 16.7 ms frame budget.

// A measuring tool run by hand on generated files: printing its numbers is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use brobygger::core::network::build;
    use brobygger::core::roles::column_for;
    use brobygger::core::{Dataset, Field, Filter, Role};
    use brobygger::i18n::Lang;
    use brobygger::io::{read_batch, InputFile};
    use brobygger::report::{collaboration, register, Input};

    const ROUNDS: usize = 4;

    /// A view's figures for an input (how many there are, so the work cannot be optimised away).
    type Figures<'a> = &'a dyn Fn(Input) -> usize;

    /// `--import <files>`: the wasm benchmark's split and full import, natively (fastest of `BENCH_RUNS`, default five), to
    /// see where the importer's time goes without a browser.
    fn import(paths: &[String]) {
        for path in paths {
            let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{path}: {error}"));
            let mib = bytes.len() as f64 / (1024.0 * 1024.0);
            let fastest = |run: &dyn Fn() -> u32| {
                let runs = std::env::var("BENCH_RUNS").ok().and_then(|runs| runs.parse().ok());
                let mut times: Vec<Duration> = (0..runs.unwrap_or(5).max(1))
                    .map(|_| {
                        let started = Instant::now();
                        black_box(run());
                        started.elapsed()
                    })
                    .collect();
                times.sort();
                times[0].as_secs_f64()
            };
            let scan = fastest(&|| crate::scan_csv(&bytes, b';'));
            let split = fastest(&|| crate::split_csv(&bytes));
            let full = fastest(&|| crate::import_csv(&bytes));
            println!(
                "{path}: {mib:.1} MiB · bare scan {:.0} ms ({:.0} MiB/s) · split {:.0} ms ({:.0} MiB/s) · \
                 full import {:.0} ms ({:.0} MiB/s)",
                scan * 1000.0,
                mib / scan,
                split * 1000.0,
                mib / split,
                full * 1000.0,
                mib / full
            );
        }
    }

    fn percentile(sorted: &[Duration], p: f64) -> f64 {
        let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
        sorted[idx].as_secs_f64() * 1000.0
    }

    fn report(label: &str, mut times: Vec<Duration>) {
        times.sort();
        println!(
            "{label:<52} {:>4} {:>8.2} {:>8.2} {:>8.2}",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            percentile(&times, 1.0)
        );
    }

    pub fn run() {
        let paths: Vec<String> = std::env::args().skip(1).collect();
        if paths.first().is_some_and(|arg| arg == "--import") {
            return import(&paths[1..]);
        }
        if paths.is_empty() {
            eprintln!("usage: bench <staff survey> [its form definition] [register] …");
            std::process::exit(2);
        }
        let files: Vec<InputFile> = paths
            .iter()
            .map(|path| {
                let name = path.rsplit('/').next().unwrap_or(path);
                let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{path}: {error}"));
                InputFile::new(name, bytes)
            })
            .collect();
        let started = Instant::now();
        let datasets: Vec<Dataset> = read_batch(&files)
            .into_iter()
            .filter_map(|(name, result)| match result {
                Ok(parsed) => Some(parsed.dataset),
                Err(error) => {
                    eprintln!("{name}: {error:?}");
                    None
                }
            })
            .collect();
        let read = started.elapsed();
        for dataset in &datasets {
            println!(
                "{}: {:?}, {} rows × {} columns",
                dataset.name,
                dataset.kind,
                dataset.n_rows,
                dataset.columns.len()
            );
        }
        println!("read in {:.0} ms (release, native)", read.as_secs_f64() * 1000.0);

        let input = Input::new(&datasets, &[], Lang::Nb, 5);
        let staff = input.staff().expect("a staff survey among the files");
        let network = build(staff, input.register());
        // What a user clicks: each partner type, then each district.
        let mut clicks: Vec<Filter> = Vec::new();
        for role in [Role::Partners, Role::District] {
            if let Some(column) = column_for(staff, role) {
                clicks.extend(column.data.options().iter().map(|value| Filter {
                    field: Field::Role(role),
                    value: value.clone(),
                }));
            }
        }
        // In the register view a user clicks its categories.
        let categories: Vec<Filter> = (1..=14)
            .map(|group: u8| Filter {
                field: Field::IcnpoGroup,
                value: group.to_string(),
            })
            .collect();
        let views: [(&str, Figures, &[Filter]); 2] = [
            (
                "collaboration view",
                &|input| collaboration::all(&input.with_network(network.as_ref())).len(),
                &clicks,
            ),
            ("register view", &|input| register::all(&input).len(), &categories),
        ];
        println!("\nAnalysis + chart drawing per filter change, natively ({ROUNDS} rounds of every filter):\n");
        println!("{:<52} {:>4} {:>8} {:>8} {:>8}", "", "n", "p50 ms", "p95 ms", "max ms");
        for (label, figures, clicks) in views {
            let mut unfiltered = Vec::new();
            let mut filtered = Vec::new();
            for _ in 0..ROUNDS {
                for click in clicks {
                    let filters = [click.clone()];
                    let started = Instant::now();
                    black_box(figures(Input::new(&datasets, &filters, Lang::Nb, 5)));
                    filtered.push(started.elapsed());
                    let started = Instant::now();
                    black_box(figures(Input::new(&datasets, &[], Lang::Nb, 5)));
                    unfiltered.push(started.elapsed());
                }
            }
            report(&format!("{label}, one filter"), filtered);
            report(&format!("{label}, no filter (reference)"), unfiltered);
        }
        println!(
            "{:<52} {:>4} {:>8.2}",
            "one frame at 60 Hz (goal for p95)",
            "",
            1000.0 / 60.0
        );
    }
}

/// Reads `bytes` as a user's file is read: sniffing, decoding, splitting, recognising, typing. Returns
/// the rows read (0 when the file could not be read).
#[wasm_bindgen]
pub fn import_csv(bytes: &[u8]) -> u32 {
    brobygger::io::read("bench.csv", bytes).map_or(0, |parsed| parsed.dataset.n_rows as u32)
}

/// Only decodes and splits `bytes` into cells (no typing): where the import's time goes.
#[wasm_bindgen]
pub fn split_csv(bytes: &[u8]) -> u32 {
    let mut reader = brobygger::io::Reader::new(brobygger::io::ReadOptions::default());
    reader.push(bytes);
    reader.table().map_or(0, |table| table.n_rows() as u32)
}

/// The practical ceiling: every record scanned by the `csv` crate, nothing kept.
#[wasm_bindgen]
pub fn scan_csv(bytes: &[u8], delimiter: u8) -> u32 {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut n_records = 0;
    while reader.read_byte_record(&mut record).unwrap_or(false) {
        n_records += 1;
    }
    n_records
}
