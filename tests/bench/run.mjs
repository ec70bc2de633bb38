// The import benchmark (not a test): `./dev bench`. Prints, from one Chromium run,
//  1. a ~50 MB survey-like CSV read by Brobygger's importer, PapaParse and DuckDB-Wasm, next to a bare
//     csv::ByteRecord scan of the same bytes: MiB/s for each and the ratios to the goals;
//  2. the national Enhetsregisteret bulk CSV (1.47 M rows, ~840 MB, synthetic from the demo register's real
//     columns) dropped into the app with a municipality set: rows/s, the worker's peak memory and the
//     longest main-thread task.
// Files are generated deterministically into target/bench/ (kept between runs).
import { existsSync, statSync, mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
import generate from "../e2e/generate.cjs";
import { chromium } from "@playwright/test";

const { nationalRegister, writeLines } = generate;
const mib = (bytes) => bytes / (1024 * 1024);
const out = "target/bench";
mkdirSync(out, { recursive: true });

/** A small deterministic random generator (mulberry32), so the files are the same on every machine. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Nettskjema-like staff survey: ids, timestamps, single choices, a decimal-comma number, 48 one-hot
 * option columns and a free-text comment that is sometimes quoted. */
function* survey(nRows) {
  const rand = random(2025);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const units = Array.from({ length: 40 }, (_, i) => `Enhet ${i + 1}`);
  const districts = ["Nord", "Sør", "Øst", "Vest", "Sentrum", "Elvebakken", "Åsen"];
  const types = ["Sykehjem", "Hjemmetjeneste", "Psykisk helse", "Rus", "Helsestasjon", "NAV"];
  const options = Array.from({ length: 48 }, (_, i) => `samarbeid.o${i + 1}`);
  yield ["$submission_id", "$created", "enhet", "bydel", "tjenestetype", "stillingsandel", ...options, "kommentar"].join(";") + "\n";
  for (let i = 0; i < nRows; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const comment = rand() < 0.2 ? `"Godt samarbeid; vi ønsker mer"` : rand() < 0.5 ? "" : "Bra";
    const ticks = options.map(() => (rand() < 0.3 ? "1" : "0"));
    yield [27_000_000 + i, `2025-03-${day}T10:15:00+01:00`, pick(units), pick(districts), pick(types), `${Math.floor(rand() * 10)},5`, ...ticks, comment].join(";") + "\n";
  }
}

function serve(dir, port) {
  const server = spawn(process.execPath, ["tests/e2e/serve.mjs", dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => server.stdout.once("data", () => resolve(server)));
}

const surveyPath = `${out}/survey.csv`;
if (!existsSync(surveyPath)) await writeLines(surveyPath, survey(310_000));
const registerPath = `${out}/enheter_alle.csv`;
const registerRows = 1_470_000;
if (!existsSync(registerPath)) await writeLines(registerPath, nationalRegister(registerRows));

const repo = await serve(".", 8090);
const app = await serve("dist", 8091);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => console.error(`bench page: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && console.error(`bench page: ${message.text()}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1:")) throw new Error(`request to another origin: ${request.url()}`);
  });
  await page.goto("http://127.0.0.1:8090/tests/bench/bench.html");
  await page.waitForFunction(() => window.benchReady === true);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const { bytes, results } = await page.evaluate(([url, runs]) => window.runBench(url, ";", runs), ["/target/bench/survey.csv", runs]);
  const rate = (name) => mib(bytes) / (results[name].ms / 1000);
  console.log(`\nImport of a ${mib(bytes).toFixed(1)} MiB survey-like CSV (${results.brobygger.result} rows), median of ${runs} runs, Chromium ${browser.version()}:\n`);
  console.log("importer                                   ms      MiB/s");
  for (const [name, label] of [
    ["scan", "csv::ByteRecord scan (ceiling, keeps nothing)"],
    ["split", "Brobygger: decode + split into cells"],
    ["brobygger", "Brobygger: full import into typed columns"],
    ["papaparse", "PapaParse 5 (decode, parse, dynamicTyping)"],
    ["duckdb", "DuckDB-Wasm (read_csv_auto into a table)"],
  ]) {
    console.log(`${label.padEnd(44)} ${results[name].ms.toFixed(0).padStart(6)} ${rate(name).toFixed(1).padStart(9)}`);
  }
  const goal = (label, value, target, unit) =>
    console.log(`${label.padEnd(44)} ${value.toFixed(2).padStart(8)}${unit}  goal ${target}${unit}  ${value >= target ? "met" : "NOT met"}`);
  console.log("");
  goal("Brobygger full import", rate("brobygger"), 200, " MiB/s");
  goal("Brobygger / PapaParse", rate("brobygger") / rate("papaparse"), 3, "×");
  goal("Brobygger / DuckDB-Wasm", rate("brobygger") / rate("duckdb"), 4, "×");
  goal("Brobygger / bare scan", rate("brobygger") / rate("scan"), 0.5, "×");

  // The national register, dropped into the app as a user would, filtered to one municipality
  // (BENCH_NATIONAL=0 skips it while working on the importer).
  if (process.env.BENCH_NATIONAL !== "0") {
    const appPage = await browser.newPage();
    await appPage.goto("http://127.0.0.1:8091/");
    await appPage.waitForSelector('[data-testid="app"][data-ready="true"]');
    await appPage.locator(".drop-zone-options summary").click();
    await appPage.getByTestId("register-municipality").fill("0301");
    await appPage.getByTestId("register-municipality").press("Tab");
    // The data view first: drawing it (the demo's datasets) is a task of its own, not the import's.
    await appPage.getByTestId("nav-data").click();
    await appPage.getByTestId("dataset").first().waitFor();
    await appPage.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push(entry.duration))).observe({ type: "longtask" });
    });
    const size = statSync(registerPath).size;
    const start = Date.now();
    await appPage.getByTestId("file-input").setInputFiles(registerPath);
    const dataset = appPage.locator('[data-testid="dataset"][data-name="enheter_alle.csv"]');
    await dataset.waitFor({ timeout: 15 * 60_000 });
    const seconds = (Date.now() - start) / 1000;
    const kept = await dataset.getAttribute("data-rows");
    const memory = Number(await appPage.locator("html").getAttribute("data-import-memory"));
    const longest = await appPage.evaluate(() => Math.max(0, ...window.longTasks));
    console.log(`\nNational register: ${registerRows.toLocaleString("en")} rows, ${mib(size).toFixed(0)} MiB, filtered to municipality 0301 while read in the worker:`);
    console.log(`  time ${seconds.toFixed(1)} s · ${(registerRows / seconds).toFixed(0)} rows/s · ${(mib(size) / seconds).toFixed(1)} MiB/s`);
    console.log(`  kept ${kept} associations · worker's peak wasm memory ${mib(memory).toFixed(0)} MiB · longest main-thread task ${longest > 0 ? `${longest.toFixed(0)} ms` : "none of 50 ms or more"}`);
  }
} finally {
  await browser.close();
  repo.kill();
  app.kill();
}
