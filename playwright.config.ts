// End-to-end tests against the release build (`trunk build --release`), served on loopback, in Debian's
// Chromium (Playwright's own browser download is not reachable from these machines).
import { defineConfig } from "@playwright/test";

const port = 8081;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/playwright",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nb-NO",
    viewport: { width: 1366, height: 900 },
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
