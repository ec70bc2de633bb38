// Sharing: view links, snapshot links with aggregated numbers only, exports, hosted data, nothing lost on
// reload, offline use, and no request to any other origin.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("a view link opens the same view and filters in a fresh browser", async ({ page, browser }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await app.mark("partner-types", "Barnehager").click();
  await expect(app.chart("roles")).toHaveAttribute("data-n", "47");
  await page.getByTestId("share-button").click();
  const link = await page.locator('[data-testid="share-link"][data-kind="view"]').inputValue();
  expect(link).toContain("f=partners~Barnehager");
  expect(link).not.toContain("#");
  const context = await browser.newContext({ locale: "nb-NO" });
  const other = new Brobygger(await context.newPage());
  await other.page.goto(link);
  await expect(other.page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(other.page.locator('[data-testid="filter-chip"][data-value="Barnehager"]')).toBeVisible();
  await expect(other.chart("roles")).toHaveAttribute("data-n", "47");
  await context.close();
});

test("a snapshot link shows the same numbers with no data and carries no single answer", async ({ page, browser }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  const before = await app.chart("roles").getByTestId("chart-table").textContent();
  await page.getByTestId("share-button").click();
  const link = await page.locator('[data-testid="share-link"][data-kind="snapshot"]').inputValue();
  // Decode the fragment as anyone could, and look for what must never be in it.
  const packed = Buffer.from(link.split("#snapshot=")[1], "base64url");
  const content = inflateRawSync(packed).toString("utf8");
  expect(content).toContain("Brobygger mellom frivillige");
  for (const secret of ["Hjemmetjenesten Nord, team 1", "Frivilligsentralen er til god hjelp", "@example.invalid", "31504"]) {
    expect(content, secret).not.toContain(secret);
  }
  const context = await browser.newContext({ locale: "nb-NO" });
  const other = await context.newPage();
  const requests: string[] = [];
  other.on("request", (request) => requests.push(request.url()));
  await other.goto(link);
  await expect(other.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(other.getByTestId("snapshot-banner")).toBeVisible();
  const recipient = new Brobygger(other);
  await expect(recipient.chart("roles").getByTestId("chart-table")).toHaveText(before ?? "missing");
  await expect(recipient.chart("collaboration-network")).toHaveCount(0);
  expect(requests.filter((url) => url.includes("/demo/"))).toEqual([]);
  await context.close();
});

test("each chart downloads as SVG, PNG and CSV with its caption", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const chart = app.chart("partner-types");
  const [svg] = await Promise.all([page.waitForEvent("download"), chart.getByTestId("export-svg").click()]);
  const svgText = readFileSync(await svg.path(), "utf8");
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain("Hvem samarbeider enhetene med?");
  expect(svgText).toContain("n = 60 · Kilde: elvestad-ansatte-2025.csv");
  const [png] = await Promise.all([page.waitForEvent("download"), chart.getByTestId("export-png").click()]);
  const pngBytes = readFileSync(await png.path());
  expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1920);
  const [csv] = await Promise.all([page.waitForEvent("download"), chart.getByTestId("export-csv").click()]);
  const csvText = readFileSync(await csv.path(), "utf8");
  expect(csvText).toContain("Hvem samarbeider enhetene med?");
  expect(csvText).toContain("Barnehager;47;78");
});

test("hosted data loads from the same origin and a foreign URL is refused", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?data=demo/index.json&view=data");
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);
  const foreign = new Brobygger(await page.context().newPage());
  await foreign.open("?data=https://example.com/data.csv&view=data");
  await expect(foreign.page.locator('[data-testid="import-error"]')).toContainText("ligger på et annet nettsted");
  expect(foreign.foreignRequests()).toEqual([]);
});

test.describe("a hosted copy", () => {
  // The service worker would fetch data/index.json itself, out of the test's reach.
  test.use({ serviceWorkers: "block" });

  test("its data/index.json opens the app on the files it lists", async ({ page }) => {
    // What a hosting municipality does: list its files in the build's data/index.json.
    await page.route("**/data/index.json", (route) =>
      route.fulfill({ json: { files: ["../demo/elvestad-enheter.csv", "../demo/elvestad-tilbud.csv"] } }),
    );
    const app = new Brobygger(page);
    await app.open("?view=data");
    await expect(page.getByTestId("dataset")).toHaveCount(2);
    await expect(app.dataset("elvestad-enheter.csv")).toHaveAttribute("data-kind", "register");
    await expect(page.getByTestId("demo-badge")).toHaveCount(0);
  });
});

test("the user's data survives a reload, and forget-data removes it", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=data");
  await app.addFiles("tests/data/googleforms/skjemasvar_redacted.csv");
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveAttribute("data-rows", "28");
  // Kept in IndexedDB once the app says so.
  await expect(page.getByTestId("app")).toHaveAttribute("data-saved", "true");
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveAttribute("data-rows", "28");
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);
  await page.getByTestId("forget-data").click();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveCount(0);
});

test("a full browser storage says so, and the data keeps working in this tab", async ({ page }) => {
  // The browser has no room left: every IndexedDB write fails as a full disk makes it fail.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const app = new Brobygger(page);
  await app.open("?view=data");
  await app.addFiles("tests/data/googleforms/skjemasvar_redacted.csv");
  await expect(page.getByTestId("notice")).toContainText("Nettleseren har ikke plass til å lagre dataene");
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveAttribute("data-rows", "28");
  // Nothing is lost in this tab: the data is still there after moving between views, and more can come.
  await app.nav("overview").click();
  await app.nav("data").click();
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveAttribute("data-rows", "28");
  await app.addFiles("tests/data/nettskjema/answers_form123823.ndjson");
  await expect(app.dataset("answers_form123823.ndjson")).toHaveCount(1);
  await expect(app.dataset("skjemasvar_redacted.csv")).toHaveAttribute("data-rows", "28");
});

test("after the first visit, the app opens and presents with no network", async ({ page, context }) => {
  const app = new Brobygger(page);
  await app.open();
  // The service worker caches the whole build when it installs: no second online visit is needed.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((name) => name.startsWith("brobygger-")) ?? "");
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  expect(cached.some((path) => path.endsWith(".wasm"))).toBe(true);
  expect(cached.some((path) => path.endsWith("import-worker.js"))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(app.chart("partner-types")).toBeVisible();
  await app.nav("present").click();
  await page.getByTestId("start-presenting").click();
  await expect(page.getByTestId("presenter")).toHaveAttribute("data-slide", "0");
  await context.setOffline(false);
});

test("a whole session sends nothing to any other origin", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles("tests/data/surveyxact-semicolon/dataset.csv");
  await app.nav("data").click();
  await expect(app.dataset("dataset.csv")).toHaveCount(1);
  await page.getByTestId("forget-data").click();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await app.nav("collaboration").click();
  await app.mark("partner-types", "Skoler").click();
  await app.nav("gap").click();
  await page.getByTestId("export-gap-csv").click();
  await app.nav("present").click();
  await page.getByTestId("start-presenting").click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await page.getByTestId("share-button").click();
  await page.keyboard.press("Escape");
  await app.nav("overview").click();
  expect(app.foreignRequests()).toEqual([]);
  // The page forbids any other origin outright.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
});
