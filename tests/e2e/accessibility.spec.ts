// WCAG 2.1 AA, audited in Chromium with axe-core: every view, in every language, with the demo loaded and
// with a filter active, has 0 violations. The count per page is printed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { Brobygger } from "./brobygger";

const views = ["overview", "collaboration", "gap", "register", "present", "data", "accessibility"];
const languages = ["nb", "nn", "da", "sv", "en"];

async function audit(page: Page, label: string) {
  // Charts render their SVG after the first frame; let the page settle before auditing.
  await page.waitForLoadState("networkidle");
  // A dialog fades in: axe would measure the contrast of half-transparent text.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
  console.log(`axe ${label}: ${results.violations.length} violations${summary.length ? "\n  " + summary.join("\n  ") : ""}`);
  expect(summary, label).toEqual([]);
}

for (const lang of languages) {
  test(`every view has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new Brobygger(page);
    for (const view of views) {
      await app.open(`?view=${view}&lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await audit(page, `${view} · ${lang}`);
    }
  });
}

for (const lang of languages) {
  test(`with a filter active, and with the share dialog open, there are no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new Brobygger(page);
    for (const view of ["overview", "collaboration", "gap", "register"]) {
      await app.open(`?view=${view}&lang=${lang}&f=district~Nord`);
      await expect(page.getByTestId("filter-chip").first()).toBeVisible();
      await audit(page, `${view} · ${lang} · filter district=Nord`);
    }
    // A filter too small to show: every chart suppressed, with its notes.
    await app.open(`?view=collaboration&lang=${lang}&f=unit-type~Psykisk%20helse%20og%20rus`);
    await expect(app.chart("roles").getByTestId("suppressed").first()).toBeAttached();
    await audit(page, `collaboration · ${lang} · suppressed`);
    await page.getByTestId("share-button").click();
    await expect(page.getByTestId("share-link").first()).toBeVisible();
    await audit(page, `share dialog · ${lang}`);
    // A tooltip shown, an import error, and the deck being presented.
    await app.open(`?view=overview&lang=${lang}`);
    await app.mark("partner-types", "Skoler").focus();
    await expect(app.chart("partner-types").getByTestId("chart-tooltip")).toBeVisible();
    await audit(page, `tooltip · ${lang}`);
    await page.getByTestId("file-input").setInputFiles({ name: "tom.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
    await expect(page.getByTestId("import-error")).toBeVisible();
    await audit(page, `import error · ${lang}`);
    await app.open(`?view=present&lang=${lang}`);
    await page.getByTestId("start-presenting").click();
    await expect(page.getByTestId("presenter")).toHaveAttribute("data-slide", "0");
    await audit(page, `presenter · ${lang}`);
  });
}

// WCAG 1.4.10 and 1.4.4: at 320 CSS pixels (a 1280-pixel screen at 400 %) and at 200 % zoom of a
// 1280-pixel screen, nothing makes the page scroll sideways; charts and tables scroll in their own box.
for (const width of [320, 640]) {
  test(`every view reflows at ${width} CSS pixels without sideways scrolling`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    const app = new Brobygger(page);
    for (const view of views) {
      await app.open(`?view=${view}`);
      const overflow = await page.evaluate(() => {
        const doc = document.scrollingElement!;
        const wide = [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .filter((el) => !el.closest(".chart-table-scroll, .chart-plot-scroll, .preview-scroll, .ds-sr-only, [hidden]"))
          // The outermost element that sticks out, not each of its children.
          .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${Math.round(el.getBoundingClientRect().right)}`);
        if (doc.scrollWidth > window.innerWidth && wide.length === 0) {
          // Text that does not fit its box (a long word) sticks out without the box doing so.
          wide.push(...[...document.querySelectorAll("body *")]
            .filter((el) => el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
            .filter((el) => getComputedStyle(el).overflowX === "visible")
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: ${el.textContent}`));
        }
        return { scrollWidth: doc.scrollWidth, wide };
      });
      expect(overflow, view).toEqual({ scrollWidth: width, wide: [] });
    }
  });
}
