// Screenshots of the running app for a human to look at (not a test).
// Usage: node tests/e2e/tools/screenshot.mjs <url> <out.png> [width] [height] [css-selector] [--zoom=2]
//        [--click=<css-selector>] [--keys=ArrowRight,ArrowRight] [--clip=Y,H]
import { chromium } from "@playwright/test";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const zoom = Number(option("zoom") ?? 1);
const [url, out, width = "1366", height = "900", selector] = args;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  deviceScaleFactor: zoom,
  locale: "nb-NO",
});
page.on("pageerror", (error) => console.log("page error:", error.message));
await page.goto(url);
await page.waitForSelector('[data-testid="app"][data-ready="true"]', { timeout: 20000 });
await page.waitForTimeout(300);
if (option("click")) {
  await page.locator(option("click")).first().click();
  await page.waitForTimeout(300);
}
for (const key of option("keys")?.split(",") ?? []) {
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
}
if (selector) {
  await page.locator(selector).first().screenshot({ path: out });
} else if (option("clip")) {
  // --clip=Y,H: a band of the full page, for long pages at narrow widths.
  const [y, h] = option("clip").split(",").map(Number);
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: Number(width), height: h } });
} else {
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
