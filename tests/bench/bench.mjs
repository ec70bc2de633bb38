// The importers side by side in one Chromium page. Each gets the same bytes (a Uint8Array) and does what a
// user's import needs: Brobygger reads them into typed columns; PapaParse decodes and parses into rows with
// types (dynamicTyping); DuckDB-Wasm loads them into a typed table (read_csv_auto). The bare csv::ByteRecord
// scan keeps nothing and is the practical ceiling.
import init, { import_csv, scan_csv, split_csv } from "/target/bench/pkg/bench.js";
import * as duckdb from "/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs";

async function startDuckdb() {
  const base = "/node_modules/@duckdb/duckdb-wasm/dist";
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: `${base}/duckdb-mvp.wasm`, mainWorker: `${base}/duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${base}/duckdb-eh.wasm`, mainWorker: `${base}/duckdb-browser-eh.worker.js` },
  });
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  const connection = await db.connect();
  // Nothing may be fetched from elsewhere.
  await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
  return { db, connection };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(runs, run) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

window.runBench = async (url, delimiter, runs) => {
  await init({ module_or_path: "/target/bench/pkg/bench_bg.wasm" });
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const code = delimiter.charCodeAt(0);
  const results = {};
  results.scan = await time(runs, () => scan_csv(bytes, code));
  results.split = await time(runs, () => split_csv(bytes));
  results.brobygger = await time(runs, () => import_csv(bytes));
  results.papaparse = await time(runs, () => {
    const text = new TextDecoder().decode(bytes);
    return Papa.parse(text, { delimiter, header: true, dynamicTyping: true, skipEmptyLines: true }).data.length;
  });
  const { db, connection } = await startDuckdb();
  let n = 0;
  results.duckdb = await time(runs, async () => {
    n += 1;
    await db.registerFileBuffer(`survey${n}.csv`, bytes.slice());
    await connection.query(`CREATE OR REPLACE TABLE survey AS SELECT * FROM read_csv_auto('survey${n}.csv', delim='${delimiter}', header=true)`);
    const count = await connection.query("SELECT count(*) AS n FROM survey");
    await db.dropFile(`survey${n}.csv`);
    return Number(count.toArray()[0].n);
  });
  await connection.close();
  await db.terminate();
  return { bytes: bytes.length, results };
};
window.benchReady = true;
