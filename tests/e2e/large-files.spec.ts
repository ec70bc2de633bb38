// Large files are read in a worker, in chunks, with progress and a cancel button; a national register is
// filtered to one municipality's associations while it streams, and the page stays responsive.
import { rmSync, statSync } from "node:fs";
import { expect, test, type TestInfo } from "@playwright/test";
import { Brobygger } from "./brobygger";
import { associationsIn0301, nationalRegister, writeLines } from "./generate.cjs";

test.describe.configure({ timeout: 120_000 });

// Each file is hundreds of megabytes: it is written for its test and removed after it, pass or fail, so
// that a run never holds more than the two the workers are using (a CI machine's disk may be small).
const written: string[] = [];

async function largeFile(testInfo: TestInfo, name: string, lines: Iterable<string>): Promise<string> {
  const path = testInfo.outputPath(name);
  written.push(path);
  return writeLines(path, lines);
}

test.afterEach(() => {
  for (const path of written.splice(0)) rmSync(path, { force: true });
});

test("a national register streams in a worker and keeps one municipality's associations", async ({ page }, testInfo) => {
  const n = 200_000;
  const path = await largeFile(testInfo, "enheter_alle.csv", nationalRegister(n));
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(100 * 1024 * 1024);
  const expected = associationsIn0301(n);

  const app = new Brobygger(page);
  await app.open();
  await page.evaluate(() => {
    (window as any).longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as any).longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.getByTestId("municipality-options").locator("summary").click();
  await page.getByTestId("register-municipality").fill("301");
  await page.getByTestId("register-municipality").press("Tab");
  await app.addFiles(path);
  const progress = page.getByTestId("import-progress");
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("data-total", String(size));
  // The page answers while the file is read.
  const delay = await page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(performance.now() - start), 0);
  }));
  expect(delay).toBeLessThan(200);
  await app.nav("data").click();
  const dataset = app.dataset("enheter_alle.csv");
  await expect(dataset).toHaveAttribute("data-rows", String(expected), { timeout: 90_000 });
  await expect(dataset).toHaveAttribute("data-kind", "register");
  await expect(dataset).toContainText(`filtrert til foreningene i kommune 0301: ${expected} av`);
  await expect(progress).toHaveCount(0);
  const longest = await page.evaluate(() => Math.max(0, ...(window as any).longTasks));
  testInfo.annotations.push({ type: "longest main-thread task (ms)", description: String(longest) });
  expect(longest).toBeLessThan(500);
});

test("a large register without a municipality asks for one, and the demo stays", async ({ page }, testInfo) => {
  const path = await largeFile(testInfo, "enheter.csv", nationalRegister(260_000));
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles(path);
  const error = page.locator('[data-testid="import-error"][data-file="enheter.csv"]');
  await expect(error).toContainText("Kommune for registeruttrekk", { timeout: 90_000 });
  await app.nav("data").click();
  await expect(page.getByTestId("dataset")).toHaveCount(5);
});

test("reading a large file can be cancelled and nothing loaded changes", async ({ page }, testInfo) => {
  function* survey(): Generator<string> {
    yield "id;enhet;bydel;" + Array.from({ length: 40 }, (_, q) => `q${q}`).join(";") + "\n";
    // ~125 MB: over a second to read, time enough to press cancel.
    for (let i = 0; i < 1_200_000; i++) {
      yield `${i};Enhet ${i % 40};Bydel ${i % 7};` + Array.from({ length: 40 }, (_, q) => ((i + q) % 5) + 1).join(";") + "\n";
    }
  }
  const path = await largeFile(testInfo, "stor-undersokelse.csv", survey());
  const app = new Brobygger(page);
  await app.open();
  await app.addFiles(path);
  const progress = page.getByTestId("import-progress");
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute("data-done"))).toBeGreaterThan(0);
  await page.getByTestId("import-cancel").click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId("notice")).toContainText("avbrutt");
  await app.nav("data").click();
  await expect(page.getByTestId("dataset")).toHaveCount(5);
  await expect(page.getByTestId("demo-badge")).toBeVisible();
});
