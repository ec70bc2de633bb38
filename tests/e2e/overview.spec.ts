// The app opens on the embedded demo with key figures and real charts, and talks to no other origin.
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("the demo opens on the overview with key figures and three charts", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await expect(app.nav("overview")).toHaveAttribute("aria-current", "page");
  await expect(page.locator('[data-testid="key-figure"][data-figure="register-orgs"]')).toContainText("1 400");
  await expect(page.locator('[data-testid="key-figure"][data-figure="staff-respondents"]')).toHaveAttribute("data-value", "60");

  for (const id of ["partner-types", "unit-partner-matrix", "icnpo-categories"]) {
    const chart = app.chart(id);
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg[role="img"] title')).toHaveCount(1);
    await expect(chart.getByTestId("chart-summary")).not.toBeEmpty();
    // The data table is in the DOM even while collapsed.
    await expect(chart.getByTestId("chart-table")).toHaveCount(1);
    expect(await chart.locator("[data-key]").count()).toBeGreaterThan(3);
  }
  await expect(app.chart("partner-types")).toHaveAttribute("data-n", "60");
  await expect(app.chart("partner-types").getByTestId("chart-summary")).toContainText(
    "Barnehager er den vanligste samarbeidspartneren: 78 %",
  );
  // The small unit type is suppressed in the matrix, with its complement.
  await expect(app.chart("unit-partner-matrix").locator('[data-testid="suppressed"]')).toHaveCount(20);
  await expect(app.mark("unit-partner-matrix", "Psykisk helse og rus|Barnehager")).toHaveCount(1);

  expect(app.foreignRequests()).toEqual([]);
});

test("opening the app logs no error and asks for nothing that is not there", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium's own notice that it does not check integrity on a preload of the wasm (crbug.com/981419):
    // the attribute is Trunk's and kept for browsers that do.
    if (message.text().includes("crbug.com/981419")) return;
    if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const app = new Brobygger(page);
  await app.open();
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  expect(problems).toEqual([]);
});

test("hovering a bar shows its value, share and n; the tooltip is whole and does not cover the bar", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const tooltip = app.chart("partner-types").getByTestId("chart-tooltip");
  // The top bar (its tooltip goes below it) and one further down (above it).
  for (const [key, text] of [
    ["Barnehager", "Barnehager: 47 av 60 (78 %)"],
    ["Skoler", "Skoler: 42 av 60 (70 %)"],
  ]) {
    const bar = app.mark("partner-types", key);
    await bar.hover();
    await expect(tooltip).toHaveText(text);
    const [barBox, tipBox] = [(await bar.boundingBox())!, (await tooltip.boundingBox())!];
    const apart = tipBox.y + tipBox.height <= barBox.y + 1 || tipBox.y >= barBox.y + barBox.height - 1;
    expect(apart, `${key}: tooltip ${JSON.stringify(tipBox)} over bar ${JSON.stringify(barBox)}`).toBe(true);
    // Whole: every corner of it is painted, not cut off by the chart's scrolling box.
    const painted = await tooltip.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [
        [box.left + 4, box.top + 10],
        [box.right - 4, box.top + 10],
        [box.left + 4, box.bottom - 4],
        [box.right - 4, box.bottom - 4],
      ].every(([x, y]) => element.contains(document.elementFromPoint(x, y)));
    });
    expect(painted, key).toBe(true);
    await page.mouse.move(0, 0);
    await expect(tooltip).toHaveCount(0);
  }
});

test("the tooltip stays while the pointer moves onto it, and Esc dismisses it (WCAG 1.4.13)", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const bar = app.mark("partner-types", "Skoler");
  await bar.hover();
  const tooltip = app.chart("partner-types").getByTestId("chart-tooltip");
  await expect(tooltip).toContainText("Skoler");
  const box = (await tooltip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await expect(tooltip).toContainText("Skoler");
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});

test("a bar is reachable by keyboard, shows its tooltip on focus, and Esc dismisses it", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const bar = app.mark("partner-types", "Barnehager");
  await bar.focus();
  await expect(bar).toBeFocused();
  const tooltip = app.chart("partner-types").getByTestId("chart-tooltip");
  await expect(tooltip).toContainText("47 av 60");
  await page.keyboard.press("Tab");
  await expect(tooltip).toContainText("Skoler");
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});

test("the data table opens and holds the chart's numbers", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  const chart = app.chart("partner-types");
  await chart.getByText("Vis tabell").click();
  const table = chart.getByTestId("chart-table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr").first()).toContainText("Barnehager");
  await expect(table.locator("tbody tr").first()).toContainText("47");
});
