// Trunk pre-build hook: bundles the Designsystemet components the app uses into one stylesheet, keeping
// the package's cascade layers. The package's full index.css is twice the size for components we do not use.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const source = "node_modules/@digdir/designsystemet-css/dist/src";
const base = ["base.css", "data-size-workaround.css"];
const components = [
  "alert.css",
  "button.css",
  "card.css",
  "chip.css",
  "details.css",
  "dialog.css",
  "field.css",
  "heading.css",
  "input.css",
  "label.css",
  "skip-link.css",
  "table.css",
  "tag.css",
];
const read = (file) => readFileSync(join(source, file), "utf8");
const css = [
  "@layer ds.theme, ds.base, ds.components;",
  `@layer ds.base{${base.map(read).join("\n")}}`,
  `@layer ds.components{${components.map(read).join("\n")}}`,
].join("\n");
mkdirSync("target/designsystemet", { recursive: true });
writeFileSync("target/designsystemet/components.css", css);
