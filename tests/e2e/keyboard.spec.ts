// The whole flow by keyboard alone — import, map columns, filter, drill, present, share, export — with a
// visible focus at every stop. Nothing here clicks, hovers or focuses by script: only Tab, Enter, Space,
// arrows and Esc, as a keyboard user would press them.
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Brobygger } from "./brobygger";

/** Where the focus is, for messages: tag, test id and text. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "nothing";
    const id = el.getAttribute("data-testid") ?? el.getAttribute("data-key") ?? el.id;
    return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ""}> ${(el.textContent ?? "").trim().slice(0, 40)}`;
  });
}

/** Whether the focused element (or the label wrapping it) shows a focus indicator. */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    // The skip link shows itself (a bar at the top) when it has the focus.
    if (el?.classList.contains("ds-skip-link")) return el.getBoundingClientRect().height > 20;
    for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== "none" && style.boxShadow !== "";
      // Chart marks are SVG shapes: their focus is a thick stroke.
      const stroke = el instanceof SVGElement && style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2;
      if (outline || ring || stroke) return true;
    }
    return false;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking at every stop that the focus shows. */
async function tabTo(page: Page, target: Locator, invisible: string[], backwards = false) {
  await expect(target).toHaveCount(1);
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (!(await focusIsVisible(page))) invisible.push(`${await describeFocus(page)} (after ${target})`);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached the target; the focus is on ${await describeFocus(page)}`);
}

/** Space on the focused file input opens the file chooser. Under a loaded test machine Chromium now and
 * then drops the first press (no user activation yet), so it is pressed again, as a user would. */
async function openChooser(page: Page) {
  await expect(page.getByTestId("file-input")).toBeFocused();
  for (let attempt = 0; ; attempt++) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5_000 }), page.keyboard.press("Space")]);
      return chooser;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

test("the whole flow works by keyboard alone, with a visible focus", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new Brobygger(page);
  const invisible: string[] = [];
  await app.open();

  // Import: Tab to "Choose files", Space opens the file chooser.
  await tabTo(page, page.getByTestId("file-input"), invisible);
  const chooser = await openChooser(page);
  const demo = (name: string) => `public/demo/${name}`;
  await chooser.setFiles([
    demo("elvestad-ansatte-2025.csv"),
    demo("elvestad-ansatte-2025-elements.json"),
    demo("elvestad-enheter.csv"),
    demo("elvestad-organisasjoner-2025.xlsx"),
    demo("elvestad-tilbud.csv"),
  ]);
  // The live region says what was read.
  await expect(page.getByTestId("import-result")).toContainText("elvestad-ansatte-2025.csv (spørreundersøkelse, 60 rader)");
  await expect(page.getByTestId("demo-badge")).toHaveCount(0);

  // Map columns: open the survey's role panel in the Data view and change a role with the arrow keys.
  await tabTo(page, app.nav("data"), invisible, true);
  await page.keyboard.press("Enter");
  await expect(app.nav("data")).toHaveAttribute("aria-current", "page");
  const survey = app.dataset("elvestad-ansatte-2025.csv");
  const summary = survey.getByTestId("role-panel").locator("summary");
  await tabTo(page, summary, invisible);
  await page.keyboard.press("Enter");
  await expect(survey.getByTestId("role-panel")).toHaveAttribute("open", "");
  const district = survey.locator('[data-testid="role-row"][data-role="district"]');
  const before = await district.getAttribute("data-column");
  await tabTo(page, district.getByTestId("role-select"), invisible);
  await page.keyboard.press("ArrowDown");
  await expect(district).not.toHaveAttribute("data-column", before ?? "");
  await expect(district.getByTestId("role-select")).toBeFocused();
  // Put it back with the arrow key the other way.
  await page.keyboard.press("ArrowUp");
  await expect(district).toHaveAttribute("data-column", before ?? "");
  await tabTo(page, survey.getByTestId("save-roles"), invisible);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("notice")).toContainText("er lagret i denne nettleseren");

  // Filter: Tab to a bar in the collaboration view, Enter filters, the chip removes it again.
  await tabTo(page, app.nav("collaboration"), invisible, true);
  await page.keyboard.press("Enter");
  const bar = app.mark("partner-types", "Skoler");
  await tabTo(page, bar, invisible);
  await expect(app.chart("partner-types").getByTestId("chart-tooltip")).toBeVisible();
  await page.keyboard.press("Enter");
  const chip = page.locator('[data-testid="filter-chip"][data-value="Skoler"]');
  await expect(chip).toBeVisible();
  // The roles chart is below the screen: it takes the filter in the task after the frame.
  await expect(app.chart("roles")).not.toHaveAttribute("data-n", "60");
  const filteredN = await app.chart("roles").getAttribute("data-n");
  expect(Number(filteredN)).toBeLessThan(60);
  await tabTo(page, chip, invisible, true);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("filter-chip")).toHaveCount(0);
  await expect(app.chart("roles")).toHaveAttribute("data-n", "60");

  // Drill: a ranked gap sentence leads to the funnel filtered to its category.
  await tabTo(page, app.nav("gap"), invisible, true);
  await page.keyboard.press("Enter");
  const sentence = app.chart("gap-ranking").getByTestId("figure-item").first();
  await tabTo(page, sentence, invisible);
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-testid="filter-chip"][data-field="offer-category"]')).toHaveCount(1);
  await expect(app.chart("gap-funnel").locator("[data-key]")).toHaveCount(1);
  // The focus lands on the funnel it filtered, and shows.
  await expect(app.chart("gap-funnel").getByTestId("chart-title")).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  // Its chip takes the filter away again.
  await tabTo(page, page.getByTestId("filter-chip"), invisible, true);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("filter-chip")).toHaveCount(0);

  // Export: the funnel's CSV downloads with Enter.
  await tabTo(page, app.chart("gap-funnel").getByTestId("export-csv"), invisible);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(readFileSync((await csv.path())!, "utf8")).toContain("Kilde:");

  // Present: add three charts to the deck, go to Present, start, step with the clicker keys, Esc leaves.
  for (const id of ["gap-funnel", "gap-matrix", "gap-ranking"]) {
    await tabTo(page, app.chart(id).getByTestId("add-to-deck"), invisible);
    await page.keyboard.press("Enter");
    await expect(app.chart(id).getByTestId("add-to-deck")).toHaveText("Lagt til i presentasjonen");
  }
  await tabTo(page, app.nav("present"), invisible, true);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByTestId("start-presenting"), invisible);
  await page.keyboard.press("Enter");
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toHaveAttribute("data-slide", "0");
  await page.keyboard.press("ArrowRight");
  await expect(presenter).toHaveAttribute("data-slide", "1");
  await page.keyboard.press("Space");
  await expect(presenter).toHaveAttribute("data-slide", "2");
  await page.keyboard.press("PageUp");
  await expect(presenter).toHaveAttribute("data-slide", "1");
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
  // Leaving the presenter puts the focus back where the user started it.
  await expect(page.getByTestId("start-presenting")).toBeFocused();

  // Share: the dialog opens with Enter, its links are reachable, Esc closes it.
  await tabTo(page, page.getByTestId("share-button"), invisible, true);
  await page.keyboard.press("Enter");
  const dialog = page.locator("dialog.share-dialog");
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.locator("button").last(), invisible);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("share-button")).toBeFocused();

  expect(invisible, "focus stops with no visible indicator").toEqual([]);
});

test("the whole flow keeps working in another language", async ({ page }) => {
  // The keyboard path does not depend on Norwegian texts: the same start in Swedish.
  const app = new Brobygger(page);
  await app.open("?lang=sv");
  const invisible: string[] = [];
  await tabTo(page, page.getByTestId("file-input"), invisible);
  const chooser = await openChooser(page);
  await chooser.setFiles([{ name: "trasig.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": [1, 2") }]);
  await expect(page.getByTestId("import-result")).toContainText("1 fil kunde inte läsas");
  await expect(page.getByTestId("import-error")).toContainText("trasig.json");
  // The demo is still there.
  await expect(page.getByTestId("demo-badge").first()).toBeVisible();
  expect(invisible).toEqual([]);
});

for (const view of ["overview", "collaboration", "gap", "register", "present", "data", "accessibility"]) {
  test(`every stop of the Tab order on the ${view} view shows the focus`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new Brobygger(page);
    await app.open(view === "overview" ? "" : `?view=${view}`);
    // Tab from the top of the page to its end (the focus leaves the document), then once round again to
    // the skip link: every element on the way is one a keyboard user lands on.
    const invisible: string[] = [];
    let stops = 0;
    let last = "";
    for (; stops < 1500; stops++) {
      await page.keyboard.press("Tab");
      const where = await describeFocus(page);
      if (where.startsWith("<body>")) break;
      if (!(await focusIsVisible(page))) invisible.push(where);
      last = where;
    }
    expect(stops, "the Tab order ends").toBeLessThan(1500);
    expect(last, "the walk reached the end of the page").toContain("nav-accessibility");
    expect(stops, "the view has things to reach").toBeGreaterThan(10);
    expect(invisible, "focus stops with no visible indicator").toEqual([]);
  });
}
