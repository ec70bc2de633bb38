// Large synthetic files for the tests and the benchmark, written line by line so that a file of hundreds of
// megabytes never sits in memory. CommonJS, so that both the Playwright specs (TypeScript compiled to
// CommonJS) and the benchmark runner (an ES module) can load it.
const { createWriteStream, readFileSync } = require("node:fs");
const { once } = require("node:events");

/** Writes the lines a generator yields to `path`. */
async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let chunk = "";
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
  return path;
}

/** A register like Brønnøysund's bulk CSV, built from the demo register's real columns: `n` entities spread
 * over 356 municipalities (the i-th in `0301 + 9 × (i mod 356)`), one in three an association (FLI, in
 * Frivillighetsregisteret). */
function* nationalRegister(n) {
  const demo = readFileSync("public/demo/elvestad-enheter.csv", "utf8").split("\n");
  const header = demo[0];
  const columns = header.split('","').map((c) => c.replace(/"/g, ""));
  const municipalityColumns = columns.flatMap((name, idx) => (name.endsWith("kommunenummer") ? [idx] : []));
  const formColumn = columns.indexOf("organisasjonsform.kode");
  const voluntaryColumn = columns.indexOf("registrertIFrivillighetsregisteret");
  // Whole records only: a line of a quoted cell that spans lines is not a template.
  const templates = demo
    .slice(1, 400)
    .map((line) => line.split('","'))
    .filter((cells) => cells.length === columns.length && cells[0].startsWith('"') && cells[cells.length - 1].endsWith('"'));
  yield header + "\n";
  for (let i = 0; i < n; i++) {
    const cells = [...templates[i % templates.length]];
    const municipality = String(301 + (i % 356) * 9).padStart(4, "0");
    for (const idx of municipalityColumns) cells[idx] = municipality;
    cells[formColumn] = i % 3 === 0 ? "FLI" : "AS";
    cells[voluntaryColumn] = i % 3 === 0 ? "true" : "false";
    yield cells.join('","') + "\n";
  }
}

/** How many of `n` generated entities are associations in municipality 0301. */
function associationsIn0301(n) {
  let count = 0;
  for (let i = 0; i < n; i++) if (i % 356 === 0 && i % 3 === 0) count++;
  return count;
}

const LIKERT = ["Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig", "Helt enig"];

/** A staff survey like the demo's Nettskjema export, grown to `n` respondents and `nQuestions` questions:
 * each row is a demo answer (whole records only) from one of ~240 units (the demo's 60 units, each split in
 * four), and Likert questions (`tillegg_1` …) are added until the survey asks `nQuestions` in all. The
 * demo's form definition still describes its own columns. */
function* largeStaffSurvey(n, nQuestions) {
  const demo = readFileSync("public/demo/elvestad-ansatte-2025.csv", "utf8").split("\n");
  // Cells without their outer quotes (doubled quotes inside stay as they are: they are written back quoted).
  const split = (line) => line.slice(1, -1).split('";"');
  const columns = split(demo[0]);
  const unitColumn = columns.indexOf("enhet");
  // The demo's questions: its one-hot option columns (question.option) grouped, and the rest.
  const demoQuestions = new Set(columns.filter((c) => !c.startsWith("$")).map((c) => c.split(".")[0])).size;
  const extra = Array.from({ length: Math.max(0, nQuestions - demoQuestions) }, (_, k) => `tillegg_${k + 1}`);
  // Whole records only: a line of a quoted cell that spans lines is not a template.
  const templates = demo
    .slice(1)
    .filter((line) => line.startsWith('"') && line.endsWith('"'))
    .map(split)
    .filter((cells) => cells.length === columns.length);
  const quoted = (cells) => `"${cells.join('";"')}"\n`;
  yield quoted([...columns, ...extra]);
  for (let i = 0; i < n; i++) {
    const cells = [...templates[i % templates.length]];
    cells[0] = String(40_000_000 + i);
    cells[unitColumn] = `${cells[unitColumn]} ${1 + (Math.floor(i / templates.length) % 4)}`;
    yield quoted([...cells, ...extra.map((_, k) => LIKERT[(i * 7 + k * 3 + (i >> 3)) % 5])]);
  }
}

module.exports = { writeLines, nationalRegister, associationsIn0301, largeStaffSurvey };
