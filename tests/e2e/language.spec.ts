// Switching language changes the whole UI, <html lang> and number formats, and is remembered.
import { expect, test } from "@playwright/test";
import { Brobygger } from "./brobygger";

test("switching to English and back", async ({ page }) => {
  const app = new Brobygger(page);
  await app.open();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(app.nav("overview")).toHaveText("Oversikt");
  await page.getByTestId("language").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(app.nav("overview")).toHaveText("Overview");
  await expect(app.chart("partner-types").getByTestId("chart-summary")).toContainText("78% of the 60 responding units");
  await expect(page.locator('[data-testid="key-figure"][data-figure="register-orgs"]')).toContainText("1,400");
  await page.reload();
  await expect(page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("language").selectOption("da");
  await expect(app.nav("overview")).toHaveText("Overblik");
  await expect(page.locator('[data-testid="key-figure"][data-figure="register-orgs"]')).toContainText("1.400");
  // Dates as each language writes them: the survey's submission dates in the Data view.
  await app.nav("data").click();
  const survey = app.dataset("elvestad-ansatte-2025.csv");
  await survey.locator("summary").first().click();
  await expect(survey.getByTestId("date-range").first()).toContainText("marts 2025");
  await page.getByTestId("language").selectOption("sv");
  await expect(survey.getByTestId("date-range").first()).toContainText("mars 2025");
  await expect(survey.getByTestId("date-range").first()).not.toContainText(". mars");
});

test("the first visit follows the browser's language, later visits the user's choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  const app = new Brobygger(page);
  await app.open();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(app.nav("overview")).toHaveText("Översikt");
  await page.getByTestId("language").selectOption("nn");
  await expect(app.nav("overview")).toHaveText("Oversikt");
  // A new visit with no language in the address: the choice, not the browser's Swedish.
  await app.open();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await context.close();
});
