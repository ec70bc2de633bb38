// Collaboration patterns: every chart present, cross-filtering by click and keyboard, honest suppression.
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

const collaborationCharts = [
  "partner-types",
  "unit-partner-matrix",
  "roles",
  "follow-up-fte",
  "budget",
  "challenges",
  "opportunities",
  "staff-vs-organisations",
  "collaboration-network",
  "register-coverage",
];

test("the collaboration view shows every chart with a summary and a table", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await expect(app.nav("collaboration")).toHaveAttribute("aria-current", "page");
  for (const id of collaborationCharts) {
    const chart = app.chart(id);
    await expect(chart, id).toHaveCount(1);
    await expect(chart.getByTestId("chart-summary"), id).not.toBeEmpty();
    await expect(chart.getByTestId("chart-table"), id).toHaveCount(1);
  }
  await expect(app.chart("roles").getByTestId("chart-summary")).toContainText("«brobygger mellom frivillige, ansatte og tjenestemottakere»: 20 av 60");
});

test("the register view shows categories and areas", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=register");
  await expect(app.chart("icnpo-categories")).toHaveAttribute("data-n", /\d+/);
  await expect(app.mark("register-by-area", "Nord")).toHaveCount(1);
});

test("in the register view, a category filters the areas chart too; removing the chip restores both", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=register");
  await expect(app.chart("icnpo-categories")).toHaveAttribute("data-n", "893");
  await expect(app.chart("register-by-area")).toHaveAttribute("data-n", "1400");
  // «Barn og ungdom» (ICNPO 13): 93 of the demo's associations.
  await app.mark("icnpo-categories", "13").click();
  const chip = page.locator('[data-testid="filter-chip"][data-value="13"]');
  await expect(chip).toBeVisible();
  await expect(app.chart("icnpo-categories")).toHaveAttribute("data-n", "93");
  await expect(app.chart("register-by-area")).toHaveAttribute("data-n", "93");
  await chip.click();
  await expect(app.chart("icnpo-categories")).toHaveAttribute("data-n", "893");
  await expect(app.chart("register-by-area")).toHaveAttribute("data-n", "1400");
});

test("clicking a bar filters every chart; removing the chip restores them", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await expect(app.chart("roles")).toHaveAttribute("data-n", "60");
  await app.mark("partner-types", "Barnehager").click();
  const chip = page.locator('[data-testid="filter-chip"][data-field="partners"][data-value="Barnehager"]');
  await expect(chip).toBeVisible();
  await expect(app.chart("roles")).toHaveAttribute("data-n", "47");
  await expect(app.chart("budget")).toHaveAttribute("data-n", "47");
  await expect(app.chart("roles").getByTestId("chart-caption")).toContainText("Samarbeidspartner: Barnehager");
  await expect(page).toHaveURL(/f=partners~Barnehager/);
  await chip.click();
  await expect(page.getByTestId("filter-chip")).toHaveCount(0);
  await expect(app.chart("roles")).toHaveAttribute("data-n", "60");
});

test("a chart below the screen takes a filter after the frame that shows it, and is current when scrolled to", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await expect(app.chart("budget")).toHaveAttribute("data-n", "60");
  // In the page, as the benchmark times a click: once the click's effects have all run (the first of a
  // message task and the next frame's first animation callback), the chart in view has the filter and
  // the one far below not yet; a frame later both have.
  const seen = await page.evaluate(async () => {
    const n = (id: string) => document.querySelector(`[data-chart="${id}"]`)?.getAttribute("data-n");
    const bar = document.querySelector('[data-chart="partner-types"] [data-key="Barnehager"]');
    bar?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const inFrame = await new Promise<string>((resolve) => {
      let done = false;
      const read = () => {
        if (!done) resolve(`${n("partner-types")} ${n("budget")}`);
        done = true;
      };
      requestAnimationFrame(read);
      const channel = new MessageChannel();
      channel.port1.onmessage = read;
      channel.port2.postMessage(0);
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { inFrame, after: `${n("partner-types")} ${n("budget")}` };
  });
  expect(seen).toEqual({ inFrame: "47 60", after: "47 47" });
  const budget = app.chart("budget");
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.getByTestId("chart-caption")).toContainText("Samarbeidspartner: Barnehager");
  // Scrolled away and back, a chart that was out of view when the filter was cleared shows it cleared.
  await page.getByTestId("clear-filters").click();
  await expect(budget).toHaveAttribute("data-n", "60");
  await expect(budget.locator('[aria-pressed="true"]')).toHaveCount(0);
});

test("district and service type are always available as filters", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await page.getByTestId("filter-district").selectOption("Nord");
  await expect(page.locator('[data-testid="filter-chip"][data-field="district"]')).toHaveAttribute("data-value", "Nord");
  // The roles chart is below the screen: it takes the filter in the task after the frame.
  await expect(app.chart("roles")).not.toHaveAttribute("data-n", "60");
  const n = Number(await app.chart("roles").getAttribute("data-n"));
  expect(n).toBeGreaterThan(4);
  expect(n).toBeLessThan(60);
  await page.getByTestId("clear-filters").click();
  await expect(app.chart("roles")).toHaveAttribute("data-n", "60");
});

test("keyboard only: Tab to a bar, Enter filters, Esc clears", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  const bar = app.mark("partner-types", "Skoler");
  await bar.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(bar).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-testid="filter-chip"][data-value="Skoler"]')).toBeVisible();
  await expect(bar).toHaveAttribute("aria-pressed", "true");
  // The filtered chart redraws without losing the user's place.
  await expect(bar).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(app.chart("partner-types").getByTestId("chart-tooltip")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("filter-chip")).toHaveCount(0);
});

test("a filter isolating fewer than 5 respondents shows suppressed cells, not numbers", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await page.getByTestId("filter-unit-type").selectOption("Psykisk helse og rus");
  await expect(page.getByTestId("filter-status")).toContainText("færre enn 5");
  const roles = app.chart("roles");
  await expect(roles.getByTestId("chart-summary")).toContainText("færre enn 5");
  const cells = roles.locator('[data-testid="chart-table"] td');
  const n = await cells.count();
  expect(n).toBeGreaterThan(0);
  await expect(roles.locator('[data-testid="chart-table"] td[data-testid="suppressed"]')).toHaveCount(n);
  await expect(roles.getByTestId("chart-table")).not.toContainText(/\d+ %/);
  // Nor does the caption give the small group's size away.
  await expect(roles.getByTestId("chart-caption")).toContainText("n < 5");
  await expect(roles.getByTestId("chart-caption")).not.toContainText("n = 4");
});

test("back undoes a filter", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  await app.mark("partner-types", "Barnehager").click();
  await expect(page.getByTestId("filter-chip")).toHaveCount(1);
  await page.goBack();
  await expect(page.getByTestId("filter-chip")).toHaveCount(0);
  await expect(app.chart("roles")).toHaveAttribute("data-n", "60");
});

test("a filter fades the network's nodes outside it by style, and its slide keeps the fade", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  const network = app.chart("collaboration-network");
  await network.scrollIntoViewIfNeeded();
  const nodes = network.locator('.chart-image [class^="net-n"]');
  const opacities = () => nodes.evaluateAll((els) => els.map((el) => getComputedStyle(el).opacity));
  expect(await nodes.count()).toBeGreaterThan(20);
  const faint = (all: string[]) => all.filter((o) => o === "0.18").length;
  expect(faint(await opacities())).toBe(0);
  // Remember the drawn elements: a filter must restyle them, not parse a new drawing.
  await nodes.evaluateAll((els) => els.forEach((el) => Object.assign(el, { seenBefore: true })));
  await page.getByTestId("filter-district").selectOption("Nord");
  await expect.poll(async () => faint(await opacities())).toBeGreaterThan(0);
  const shown = await opacities();
  expect(faint(shown)).toBeLessThan(shown.length);
  expect(await nodes.evaluateAll((els) => els.every((el) => el.seenBefore === true))).toBe(true);
  // The edges to a faded node are faint too.
  const edges = network.locator('.chart-image polyline[class*="net-x"]');
  expect(await edges.evaluateAll((els) => els.some((el) => getComputedStyle(el).opacity === "0.25"))).toBe(true);

  await network.getByTestId("add-to-deck").click();
  await page.getByTestId("clear-filters").click();
  await expect.poll(async () => faint(await opacities())).toBe(0);
  // The slide (added last) keeps the filter it was added with, and so its fade.
  await app.nav("present").click();
  await page.getByTestId("start-presenting").click();
  await page.keyboard.press("End");
  const presenter = page.getByTestId("presenter");
  await expect(presenter.locator('[class^="net-n"]').first()).toBeAttached();
  const onSlide = await presenter.locator('[class^="net-n"]').evaluateAll((els) => els.map((el) => getComputedStyle(el).opacity));
  expect(faint(onSlide)).toBe(faint(shown));
});
