// Trunk pre-build hook: bundles the Designsystemet components the app uses into one stylesheet, keeping
// the package's cascade layers (the package's full index.css is twice the size for components we do not
// use), and writes the theme with only its light colour scheme: index.html sets data-color-scheme="light"
// on the body (charts are drawn for light backgrounds), so the dark and automatic schemes never apply;
// nor the colour families the app never names.
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

/** `css` without the block that starts with `prefix` (braces matched). Fails if the package changed shape. */
function withoutBlock(css, prefix) {
  const start = css.indexOf(prefix);
  if (start < 0) throw new Error(`designsystemet.mjs: no "${prefix}" in the theme (package updated?)`);
  let depth = 0;
  for (let idx = css.indexOf("{", start); idx < css.length; idx++) {
    if (css[idx] === "{") depth++;
    else if (css[idx] === "}" && --depth === 0) return css.slice(0, start) + css.slice(idx + 1);
  }
  throw new Error(`designsystemet.mjs: unbalanced "${prefix}" block in the theme`);
}
let theme = readFileSync("node_modules/@digdir/designsystemet-css/dist/theme/designsystemet.css", "utf8");
for (const prefix of [
  "@media (prefers-color-scheme:light){[data-color-scheme=auto]",
  // Holds the automatic dark scheme too.
  "@layer ds.theme.color-scheme.dark{",
]) {
  theme = withoutBlock(theme, prefix);
}
// Colour families no element sets (data-color="brand1" …): their mapping blocks and their palettes.
for (const family of ["brand1", "brand2", "success"]) {
  theme = withoutBlock(theme, `[data-color-scheme][data-color=${family}],[data-color=${family}]{`);
  const palette = new RegExp(`--ds-color-${family}-[a-z0-9-]+:[^;}]+;?`, "g");
  if (!palette.test(theme)) throw new Error(`designsystemet.mjs: no ${family} palette in the theme (package updated?)`);
  theme = theme.replace(palette, "").replace(/;}/g, "}");
}
writeFileSync("target/designsystemet/theme.css", theme);
