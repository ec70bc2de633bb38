// Real exports dropped or chosen by a user become datasets with the right counts; broken files say what is
// wrong and leave the loaded data as it was.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("a SurveyXact export (semicolon, Windows-1252) chosen through the file input", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/surveyxact-semicolon/dataset.csv");
  await app.nav("data").click();
  const dataset = app.dataset("dataset.csv");
  await expect(dataset).toHaveAttribute("data-rows", "999");
  await expect(dataset).toHaveAttribute("data-cols", "242");
  await expect(dataset).toHaveAttribute("data-encoding", "windows-1252");
  await expect(dataset).toHaveAttribute("data-delimiter", ";");
  await expect(dataset).toHaveAttribute("data-kind", "table");
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
  await expect(dataset).toHaveAttribute("data-kind", "survey");
  await expect(dataset).toHaveAttribute("data-rows", "3");
  await expect(dataset).toHaveAttribute("data-cols", "30");
  await expect(dataset).toContainText("What do we use it for?");
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
