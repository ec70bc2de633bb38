// Presenting at a dialogue meeting: a deck of charts with takeaways, full screen, clicker keys, print.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("the demo comes with a ready deck that presents", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=present");
  expect(await page.getByTestId("deck-slide").count()).toBeGreaterThanOrEqual(5);
  await page.getByTestId("start-presenting").click();
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toHaveAttribute("data-slide", "0");
  await expect(presenter).toContainText("Barnehager og skoler er de viktigste samarbeidspartnerne");
  await expect(presenter.locator("svg[role=img]")).toHaveCount(1);
});

test("add three slides, present, ArrowRight twice shows slide 2, Esc leaves", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=collaboration");
  for (const id of ["roles", "budget", "challenges"]) {
    await app.chart(id).getByTestId("add-to-deck").click();
    await expect(app.chart(id).getByTestId("add-to-deck")).toHaveText("Lagt til i presentasjonen");
  }
  await app.nav("present").click();
  const slides = page.getByTestId("deck-slide");
  const count = await slides.count();
  await expect(slides.nth(count - 1)).toHaveAttribute("data-chart", "challenges");
  // A takeaway written for the last slide.
  await slides.nth(count - 1).getByTestId("slide-takeaway").fill("Vi trenger mer tid til oppfølging");
  await slides.nth(count - 1).getByTestId("slide-takeaway").press("Tab");
  await page.getByTestId("start-presenting").click();
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toHaveAttribute("data-slides", String(count));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(presenter).toHaveAttribute("data-slide", "2");
  await page.keyboard.press("PageUp");
  await expect(presenter).toHaveAttribute("data-slide", "1");
  await page.keyboard.press("End");
  await expect(presenter).toContainText("Vi trenger mer tid til oppfølging");
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
  // The deck survives a reload.
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("deck-slide")).toHaveCount(count);
});

test("the deck prints one slide per page", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open("?view=present");
  await page.emulateMedia({ media: "print" });
  const printed = page.getByTestId("printed-deck").locator(":scope > *");
  expect(await printed.count()).toBeGreaterThanOrEqual(5);
  await expect(printed.first()).toBeVisible();
  // Each page carries its chart's summary and caption: n and source.
  await expect(printed.first()).toContainText("n = 60");
  await expect(printed.first()).toContainText("Kilde: elvestad-ansatte-2025.csv");
  await expect(page.getByTestId("app-header")).toBeHidden();
  const breakAfter = await printed.first().evaluate((el) => getComputedStyle(el).breakAfter);
  expect(breakAfter).toBe("page");
});

test("a speaker view in a second window follows the presenter and moves it", async ({ page, context }) => {
  const app = new Brobygger(page);
  await app.open("?view=present");
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.getByTestId("open-speaker-view").click()]);
  await expect(speaker.getByTestId("app")).toHaveAttribute("data-ready", "true");
  const view = speaker.getByTestId("speaker-view");
  await expect(view).toHaveAttribute("data-slide", "");
  await expect(view).toContainText("Presentasjonen har ikke startet");
  await expect(speaker.getByTestId("speaker-next-slide")).toBeDisabled();
  // A takeaway written in the main window after the speaker view opened is the one it shows.
  const takeaway = page.getByTestId("slide-takeaway").first();
  await takeaway.fill("Skolene venter på oss");
  await takeaway.press("Tab");

  await page.getByTestId("start-presenting").click();
  await expect(view).toHaveAttribute("data-slide", "0");
  await expect(view).toContainText("Lysbilde 1 av");
  // What the audience sees now, and a picture of what comes next.
  await expect(view).toContainText("Skolene venter på oss");
  await expect(speaker.getByTestId("speaker-next").locator("svg[role=img]")).toHaveCount(1);

  await page.keyboard.press("ArrowRight");
  await expect(view).toHaveAttribute("data-slide", "1");
  // The speaker's own button moves the presenter.
  await speaker.getByTestId("speaker-next-slide").click();
  await expect(page.getByTestId("presenter")).toHaveAttribute("data-slide", "2");
  await expect(view).toHaveAttribute("data-slide", "2");
  // So does a clicker's key pressed while the speaker view has the focus.
  await speaker.keyboard.press("PageUp");
  await expect(page.getByTestId("presenter")).toHaveAttribute("data-slide", "1");
  await expect(view).toHaveAttribute("data-slide", "1");
  const results = await new AxeBuilder({ page: speaker }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // The address stays the speaker view's (in the presenter's language), and ending the presentation says
  // so there.
  expect(new URL(speaker.url()).search).toBe("?lang=nb&speaker");
  await page.keyboard.press("Escape");
  await expect(view).toHaveAttribute("data-slide", "");
});
