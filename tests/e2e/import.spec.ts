// Real exports dropped or chosen by a user become datasets with the right counts; broken files say what is
// wrong and leave the loaded data as it was. Every real file in tests/data (copied from shared/realdata with
// its provenance) goes through the file input here.
import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { Brobygger, expectData } from "./brobygger";

test("a SurveyXact export (semicolon, Windows-1252) chosen through the file input", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/surveyxact-semicolon/dataset.csv");
  await app.nav("data").click();
  const dataset = app.dataset("dataset.csv");
  await expectData(dataset, { rows: "999", cols: "242", encoding: "windows-1252", delimiter: ";", kind: "survey" });
  await expect(dataset.getByTestId("preview").locator("th").first()).toHaveText("v_1_1");
  // The user's own file replaces the demo.
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);
  await expect(page.getByTestId("dataset")).toHaveCount(1);
});

test("a Nettskjema export dropped with its form definition becomes one labelled survey", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.dropFiles([
    { name: "data-123823.csv", mimeType: "text/csv", buffer: readFileSync("tests/data/nettskjema/csv-report_form123823.txt") },
    { name: "elements_form123823.json", mimeType: "application/json", buffer: readFileSync("tests/data/nettskjema/elements_form123823.json") },
  ]);
  await app.nav("data").click();
  const dataset = app.dataset("data-123823.csv");
  await expectData(dataset, { kind: "survey", rows: "3", cols: "30" });
  await expect(dataset).toContainText("What do we use it for?");
  await expect(page.getByTestId("import-error")).toHaveCount(0);
});

test("Nettskjema's Excel report, chosen with its form definition, reads like its CSV report", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/nettskjema/excel-report_form123823.xlsx", "tests/data/nettskjema/elements_form123823.json");
  await app.nav("data").click();
  const dataset = app.dataset("excel-report_form123823.xlsx");
  await expectData(dataset, { kind: "survey", rows: "3", cols: "30", encoding: "xlsx", delimiter: "" });
  await expect(dataset).toContainText("What do we use it for?");
  await expect(dataset.getByTestId("preview")).toContainText("sølvi.png");
  await expect(page.getByTestId("import-error")).toHaveCount(0);
});

test("Google Forms: the empty first row is skipped and e-mail and name columns are held back", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/googleforms/skjemasvar_redacted.csv");
  await app.nav("data").click();
  const dataset = app.dataset("skjemasvar_redacted.csv");
  await expect(dataset).toHaveAttribute("data-rows", "28");
  await expect(dataset.getByTestId("dropped-column")).toHaveCount(2);
  await expect(dataset.locator('[data-testid="dropped-column"][data-column="E-postadresse"]')).toHaveCount(1);
  await expect(dataset.getByTestId("preview")).not.toContainText("example.invalid");
});

test("Swedish personnummer and phone numbers under neutral headers are held back, said in Swedish", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?lang=sv&view=data");
  // A Swedish municipality's export: the ids under «Id», phone numbers as an answer to a question.
  const rows = [
    ["811218-9876", "070-123 45 67", "Hemtjänst"],
    ["701063-2391", "+46 70 765 43 21", "Äldreboende"],
    ["19811218-9876", "08-123 456 78", "Hemtjänst"],
    ["8112189876", "ring mig", "LSS"],
  ];
  const text = "Id;Hur når vi dig?;Verksamhet\n" + rows.map((row) => row.join(";")).join("\n");
  await app.dropFiles([{ name: "personal-enkat.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") }]);
  const dataset = app.dataset("personal-enkat.csv");
  await expect(dataset).toHaveAttribute("data-rows", "4");
  await expect(dataset.locator('[data-testid="dropped-column"][data-column="Id"]')).toContainText("personnummer");
  await expect(dataset.locator('[data-testid="dropped-column"][data-column="Hur når vi dig?"]')).toContainText("telefonnummer");
  const preview = dataset.getByTestId("preview");
  await expect(preview.locator("th")).toHaveText(["Verksamhet"]);
  await expect(preview).not.toContainText("9876");
  await expect(preview).not.toContainText("070-123");
});

test("a CSV with the report's title typed above the table reads the table's own header", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=data");
  // As Excel saves a sheet with a title and a date above the table: padded with delimiters.
  const text = "Ansattundersøkelse Elvestad 2025;;\r\nUttrekk 01.03.2025;;\r\n;;\r\nEnhet;Bydel;Antall frivillige\r\n" +
    Array.from({ length: 12 }, (_, idx) => `Enhet ${idx + 1};${idx % 2 ? "Nord" : "Sør"};${idx}`).join("\r\n");
  await app.dropFiles([{ name: "rapport-med-tittel.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") }]);
  const dataset = app.dataset("rapport-med-tittel.csv");
  await expect(dataset).toHaveAttribute("data-rows", "12");
  const preview = dataset.getByTestId("preview");
  await expect(preview.locator("th")).toHaveText(["Enhet", "Bydel", "Antall frivillige"]);
  await expect(preview).not.toContainText("Ansattundersøkelse");
});

test("a broken file gives an error in the user's language and the loaded data stays", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.nav("data").click();
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  await app.dropFiles([{ name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%\xE2\xE3\n1 0 obj\0\0") }]);
  const error = page.locator('[data-testid="import-error"][data-file="rapport.pdf"]');
  await expect(error).toContainText("«rapport.pdf» er en PDF-fil, ikke en tabell");
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  await expect(page.getByTestId("demo-badge")).toBeVisible();
});

for (const [dir, encoding, delimiter, cols] of [
  ["surveyxact-semicolon", "windows-1252", ";", "242"],
  ["surveyxact-comma", "windows-1252", ",", "247"],
  ["surveyxact-tab-utf16", "utf-16le", "tab", "242"],
]) {
  test(`a SurveyXact trio (${dir}) chosen together becomes one labelled survey`, async ({ page }) => {
    const app = new Brobygger(page);
    await app.open();
    await app.addFiles(`tests/data/${dir}/structure.csv`, `tests/data/${dir}/dataset.csv`, `tests/data/${dir}/labels.csv`);
    await app.nav("data").click();
    await expect(page.getByTestId("dataset")).toHaveCount(1);
    const dataset = app.dataset("dataset.csv");
    await expectData(dataset, { kind: "survey", rows: "999", cols, encoding, delimiter });
    await expect(page.getByTestId("import-error")).toHaveCount(0);
    // Question texts from the structure file, with Norwegian letters intact.
    await expect(dataset).toContainText("Hvilke(t) valgfag hadde du på ungdomsskolen?");
    const dropped = dataset.getByTestId("dropped-column");
    if (dir === "surveyxact-comma") {
      await expect(dropped).toHaveCount(3);
      for (const column of ["forn", "ettern", "email"]) {
        await expect(dataset.locator(`[data-testid="dropped-column"][data-column="${column}"]`)).toHaveCount(1);
      }
      await expect(dataset.getByTestId("preview")).not.toContainText("example.invalid");
    } else {
      await expect(dropped).toHaveCount(0);
    }
  });
}

test("a SurveyXact workbook opens on its Dataset sheet; the sheet picker reads another sheet", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/surveyxact-xlsx/ex_survey2.xlsx");
  await app.nav("data").click();
  const dataset = app.dataset("ex_survey2.xlsx");
  await expectData(dataset, { kind: "survey", rows: "999", cols: "242", encoding: "xlsx", delimiter: "" });
  const picker = dataset.getByTestId("sheet-picker");
  await expect(picker.locator("option")).toHaveText(["Labels", "Dataset", "Structure"]);
  await picker.selectOption("Structure");
  await expect(dataset).toHaveAttribute("data-kind", "table");
  await expect(dataset.getByTestId("preview").locator("th").nth(1)).toHaveText("variableName");
  await expect(dataset.getByTestId("sheet-picker")).toHaveValue("Structure");
});

test("Posten's postcode register has no header row: it is detected and the columns are named", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/bring/Postnummerregister-ansi.txt");
  await app.nav("data").click();
  const dataset = app.dataset("Postnummerregister-ansi.txt");
  await expectData(dataset, { rows: "5136", cols: "5", encoding: "windows-1252", delimiter: "tab" });
  await expect(dataset.getByTestId("preview").locator("th")).toHaveText(["Postnummer", "Poststed", "Kommunenummer", "Kommunenavn", "Kategori"]);
  await expect(dataset.getByTestId("preview").locator("tbody tr").first().locator("td")).toHaveText(["0001", "OSLO", "0301", "OSLO", "P"]);
});

test("open data, municipality numbers and the ICNPO table read with the right counts", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const files: [string, string, string][] = [
    ["datahotell-barnehager/dataset.csv", "133", "6"],
    ["datahotell-bufdir-samarbeid/dataset.csv", "64", "3"],
    ["datahotell-bufdir-rapporteringsenheter/dataset.csv", "383", "7"],
    ["datahotell-helsestasjoner/dataset.csv", "7", "6"],
    ["datahotell-kirker/dataset.csv", "36", "4"],
    ["kommunenummer/municipality_2011_2020_semicolon.csv", "436", "22"],
    ["kommunenummer/county_2017_2020_semicolon.csv", "24", "6"],
    ["icnpo/ref_brreg_icnpo.csv", "46", "5"],
  ];
  for (const [path, rows, cols] of files) {
    // Several files are called dataset.csv: drop each under its folder's name.
    const name = path.replace("/", "-");
    await app.dropFiles([{ name, mimeType: "text/csv", buffer: readFileSync(`tests/data/${path}`) }]);
    await app.nav("data").click();
    const dataset = app.dataset(name);
    await expectData(dataset, { rows, cols, kind: "table" });
    await expect(dataset.getByTestId("dropped-column")).toHaveCount(0);
  }
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  await expect(app.dataset("datahotell-barnehager-dataset.csv").getByTestId("preview")).toContainText("Ørnestein");
});

test("Brønnøysund JSON in every shape is a register", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  // Rows counted in the files: the bulk array's entries, a search page's `_embedded.enheter`.
  const files: [string, string][] = [
    ["lydia-api__enheter_lastned_sample.json", "3"],
    ["python-brreg__enheter-search-page1-response.json", "2"],
    ["python-brreg__enheter-search-response.json", "1"],
    ["python-brreg__enheter-details-response.json", "1"],
    ["python-brreg__enheter-details-deleted-response.json", "1"],
    ["python-brreg__underenheter-details-response.json", "1"],
    ["tidybrreg__entity_923609016.json", "1"],
  ];
  await app.addFiles(...files.map(([name]) => `tests/data/brreg-json/${name}`));
  await app.nav("data").click();
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  for (const [name, rows] of files) {
    const dataset = app.dataset(name);
    await expectData(dataset, { kind: "register", encoding: "json", rows });
  }
  await expect(app.dataset("lydia-api__enheter_lastned_sample.json")).toContainText("ØDEGÅRDEN");
});

test("Nettskjema's answers stream (NDJSON) with its form definition is the same survey as the CSV report", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/nettskjema/answers_form123823.ndjson", "tests/data/nettskjema/elements_form123823.json");
  await app.nav("data").click();
  const dataset = app.dataset("answers_form123823.ndjson");
  await expectData(dataset, { kind: "survey", rows: "3", encoding: "json" });
  await expect(dataset).toContainText("What do we use it for?");
  await expect(page.getByTestId("dataset")).toHaveCount(1);
});

test("a column held back as personal data can be kept on purpose, and held back again", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/googleforms/skjemasvar_redacted.csv");
  await app.nav("data").click();
  const dataset = app.dataset("skjemasvar_redacted.csv");
  await expect(dataset).toHaveAttribute("data-kind", "survey");
  const email = dataset.locator('[data-testid="dropped-column"][data-column="E-postadresse"]');
  // By keyboard: the file is read again, and the focus lands on the same column's new button.
  await email.getByTestId("keep-column").focus();
  await page.keyboard.press("Enter");
  const kept = dataset.locator('[data-testid="kept-column"][data-column="E-postadresse"]');
  await expect(kept).toBeVisible();
  await expect(kept.getByTestId("hold-back-column")).toBeFocused();
  await expect(dataset.getByTestId("dropped-column")).toHaveCount(1);
  await expect(dataset.getByTestId("preview").locator("th", { hasText: "E-postadresse" })).toHaveCount(1);
  await kept.getByTestId("hold-back-column").click();
  await expect(dataset.getByTestId("dropped-column")).toHaveCount(2);
  await expect(dataset.getByTestId("preview")).not.toContainText("example.invalid");
});

test("files that cannot be read each say what is wrong, and nothing loaded is lost", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.nav("data").click();
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const deepObjects = '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000);
  await app.dropFiles([
    { name: "tom.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) },
    { name: "dyp.json", mimeType: "application/json", buffer: Buffer.from(deepObjects) },
    { name: "dype-lister.json", mimeType: "application/json", buffer: Buffer.from(deep) },
    { name: "bombe.xlsx", mimeType: "application/octet-stream", buffer: zipBomb() },
    { name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0") },
  ]);
  const error = (file: string) => page.locator(`[data-testid="import-error"][data-file="${file}"]`);
  await expect(error("tom.csv")).toContainText("er tom (0 byte)");
  await expect(error("dyp.json")).toContainText("linje 1, tegn");
  await expect(error("dype-lister.json")).toContainText("«dype-lister.json»");
  await expect(error("bombe.xlsx")).toContainText("pakker seg ut til mer enn");
  await expect(error("program.exe")).toContainText("ikke en tabell");
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  await expect(page.getByTestId("demo-badge")).toBeVisible();
});

/** A workbook whose sheet inflates to 300 MB of zeros: a classic zip bomb, about 300 KB on disk. */
function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(300 * 1024 * 1024));
  const name = Buffer.from("xl/workbook.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(300 * 1024 * 1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(300 * 1024 * 1024, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test("column roles can be corrected in the mapping panel, saved, and are re-applied to next year's export", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.nav("data").click();
  const survey = app.dataset("elvestad-ansatte-2025.csv");
  await survey.getByTestId("role-panel").locator("summary").click();
  const unitType = survey.locator('[data-testid="role-row"][data-role="unit-type"]');
  const proposed = await unitType.getAttribute("data-column");
  expect(proposed).toBeTruthy();
  // Taking the role away removes the charts that need it.
  await unitType.getByTestId("role-select").selectOption("");
  await expect(survey.locator('[data-testid="role-row"][data-role="unit-type"]')).toHaveAttribute("data-column", "");
  await app.nav("collaboration").click();
  await expect(app.chart("partner-types")).toBeVisible();
  await expect(app.chart("unit-partner-matrix")).toHaveCount(0);
  // Put it back and remember the mapping.
  await app.nav("data").click();
  await survey.getByTestId("role-panel").locator("summary").click();
  const select = survey.locator('[data-testid="role-row"][data-role="unit-type"]').getByTestId("role-select");
  await select.selectOption(proposed!);
  // The panel stays open and the changed select keeps the keyboard focus.
  await expect(select).toBeFocused();
  await survey.locator('[data-testid="role-row"][data-role="district"]').getByTestId("role-select").selectOption("");
  await survey.getByTestId("save-roles").click();
  await expect(page.getByTestId("notice")).toContainText("er lagret i denne nettleseren");
  // Next year's export of the same survey is mapped the same way as soon as it is dropped.
  await app.dropFiles([
    { name: "elvestad-ansatte-2026.csv", mimeType: "text/csv", buffer: readFileSync("public/demo/elvestad-ansatte-2025.csv") },
    { name: "elvestad-ansatte-2026-elements.json", mimeType: "application/json", buffer: readFileSync("public/demo/elvestad-ansatte-2025-elements.json") },
  ]);
  await expect(page.getByTestId("notice")).toContainText("Kolonnekoblingen du lagret sist");
  const nextYear = app.dataset("elvestad-ansatte-2026.csv");
  await expect(nextYear.locator('[data-testid="role-row"][data-role="district"]')).toHaveAttribute("data-column", "");
  await expect(nextYear.locator('[data-testid="role-row"][data-role="unit-type"]')).toHaveAttribute("data-column", proposed!);
});
