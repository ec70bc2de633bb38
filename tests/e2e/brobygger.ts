// Page object for Brobygger: finds things by the stable hooks in CONTRACT.md (data-testid, data-*), never by
// CSS classes or text, so the specs read as what a user does.
import { expect, type Locator, type Page, type Request } from "@playwright/test";

/** Checks each `data-*` attribute of `locator`, in order: `{ kind: "survey", rows: "3" }`. */
export async function expectData(locator: Locator, attributes: Record<string, string>) {
  for (const [name, value] of Object.entries(attributes)) {
    await expect(locator, `data-${name}`).toHaveAttribute(`data-${name}`, value);
  }
}

export class Brobygger {
  readonly requests: Request[] = [];

  constructor(readonly page: Page) {
    page.on("request", (request) => this.requests.push(request));
  }

  /** Opens the app and waits until the first view has rendered with the demo. */
  async open(query = "") {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByTestId("app")).toHaveAttribute("data-ready", "true");
  }

  chart(id: string): Locator {
    return this.page.locator(`[data-testid="chart"][data-chart="${id}"]`);
  }

  mark(chartId: string, key: string): Locator {
    return this.chart(chartId).locator(`[data-key="${key}"]`);
  }

  dataset(name: string): Locator {
    return this.page.locator(`[data-testid="dataset"][data-name="${name}"]`);
  }

  nav(view: string): Locator {
    return this.page.getByTestId(`nav-${view}`);
  }

  /** Chooses files through the file input, as the drop zone's button does. */
  async addFiles(...paths: string[]) {
    await this.page.getByTestId("file-input").setInputFiles(paths);
  }

  /** Drops in-memory files on the drop zone, as dragging them from the desktop does. */
  async dropFiles(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const data = await this.page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const file of files) {
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
      }
      return transfer;
    }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })));
    await this.page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: data });
  }

  /** Requests that went anywhere but the app's own origin. */
  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.requests.map((r) => r.url()).filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"));
  }
}
