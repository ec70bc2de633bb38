// The gap analysis: offers that exist → what staff know of → what users are told.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("the gap view shows the funnel, the matrix and the ranking with the planted gaps first", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  for (const id of ["gap-funnel", "gap-matrix", "gap-ranking"]) {
    await expect(app.chart(id), id).toHaveCount(1);
    await expect(app.chart(id).getByTestId("chart-table"), id).toHaveCount(1);
  }
  const ranking = app.chart("gap-ranking").locator("[data-key]");
  await expect(ranking.nth(0)).toHaveAttribute("data-key", "Skyss og følge");
  await expect(ranking.nth(1)).toHaveAttribute("data-key", "Besøksvenn");
  await expect(app.chart("gap-ranking").getByTestId("figure-item").nth(1)).toContainText(
    "14 tilbud om besøksvenn finnes, 5 av dem i Nord",
  );
  await expect(app.chart("gap-funnel").getByTestId("chart-summary")).toContainText("Størst gap for skyss og følge");
});

test("correcting the mapping changes the funnel", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  const transport = page.locator('[data-testid="mapping-row"][data-option="Transport til aktiviteter"]');
  await expect(transport.getByTestId("mapping-select")).toHaveValue("Skyss og følge");
  const funnelTable = app.chart("gap-funnel").getByTestId("chart-table");
  await expect(funnelTable.locator("tr", { hasText: "Skyss og følge" })).toContainText("30 %");
  await transport.getByTestId("mapping-select").selectOption("");
  await expect(funnelTable.locator("tr", { hasText: "Skyss og følge" })).not.toContainText("30 %");
  await expect(app.chart("gap-funnel").getByTestId("chart-caption")).toContainText("Transport til aktiviteter");
  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(transport.getByTestId("mapping-select")).toHaveValue("");
});

test("clicking a matrix cell filters the funnel", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  await expect(app.chart("gap-funnel")).toHaveAttribute("data-n", "60");
  await app.mark("gap-matrix", "Besøksvenn|Nord").click();
  await expect(page.locator('[data-testid="filter-chip"][data-field="district"][data-value="Nord"]')).toBeVisible();
  await expect(app.chart("gap-funnel")).not.toHaveAttribute("data-n", "60");
  const n = Number(await app.chart("gap-funnel").getAttribute("data-n"));
  expect(n).toBeGreaterThanOrEqual(5);
  expect(n).toBeLessThan(60);
  await expect(app.chart("gap-funnel").getByTestId("chart-caption")).toContainText("Bydel: Nord");
});

test("a ranked sentence leads to the funnel filtered to its category", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  await app.chart("gap-ranking").getByTestId("figure-item").nth(1).click();
  await expect(page.locator('[data-testid="filter-chip"][data-field="offer-category"]')).toHaveAttribute(
    "data-value",
    "Besøksvenn",
  );
  await expect(app.chart("gap-funnel").locator("[data-key]")).toHaveCount(1);
  await expect(app.chart("gap-funnel").locator('[data-key="Besøksvenn"]')).toHaveCount(1);
});

test("the gap table downloads as CSV and XLSX with formulas neutralised", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-gap-csv").click()]);
  expect(csv.suggestedFilename()).toBe("brobygger-gaptabell.csv");
  const text = readFileSync(await csv.path(), "utf8");
  expect(text).toContain("Kategori;Tilbud;Kjenner til (%);Har informert brukere (%);Gap (%)");
  expect(text).toContain("Skyss og følge;6;30;8;92");
  expect(text).toContain("Kor og sang;12;;;");
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-gap-xlsx").click()]);
  const bytes = readFileSync(await xlsx.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("with no offer catalogue, the register's organisations are the offers that exist", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  // A register (with its postcode → district table) and a staff survey, as Drammen had them: no catalogue.
  await app.addFiles(
    "public/demo/elvestad-enheter.csv",
    "public/demo/elvestad-postnummer.csv",
    "public/demo/elvestad-ansatte-2025.csv",
    "public/demo/elvestad-ansatte-2025-elements.json",
  );
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);
  const funnel = app.chart("gap-funnel");
  await expect(funnel).toContainText("Ingen tilbudsoversikt er lastet inn");
  await expect(app.mark("gap-funnel", "Sosiale tjenester")).toBeAttached();
  const row = funnel.locator('[data-testid="chart-table"] tr', { hasText: "Sosiale tjenester" });
  await expect(row.locator("td").first()).toHaveText("70");
  await expect(app.chart("gap-ranking")).toContainText("foreninger innen");
  // The district filter narrows the organisations through their postcodes.
  await page.getByTestId("filter-district").selectOption("Nord");
  await expect(row.locator("td").first()).toHaveText("18");
});

test("a user survey adds the users who took part as the funnel's last stage", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=gap");
  await app.addFiles(
    "public/demo/elvestad-tilbud.csv",
    "public/demo/elvestad-ansatte-2025.csv",
    "public/demo/elvestad-ansatte-2025-elements.json",
    "tests/data/users/brukerundersokelse-2025.csv",
  );
  const funnel = app.chart("gap-funnel");
  const table = funnel.getByTestId("chart-table");
  await expect(table.locator("thead th").last()).toHaveText("Brukere som har deltatt");
  const visiting = table.locator("tr", { hasText: "Besøksvenn" });
  await expect(visiting.locator("td").last()).toHaveText("5 %");
  await expect(app.mark("gap-funnel", "Besøksvenn")).toHaveAttribute("aria-label", /brukere deltatt 5\s%/);
  // Four users in Sentrum: their stage is suppressed, the staff's numbers stay.
  await page.getByTestId("filter-district").selectOption("Sentrum");
  await expect(visiting.locator("td").last()).toHaveText("< 5");
  await expect(visiting.locator('[data-testid="suppressed"]')).toHaveCount(1);
});
