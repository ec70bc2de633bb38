// Trunk pre-build hook: bundles the Designsystemet components the app uses into one stylesheet, keeping
// the package's cascade layers (the package's full index.css is twice the size for components we do not
// use), and writes the theme with only its light colour scheme: index.html sets data-color-scheme="light"
// on the body (charts are drawn for light backgrounds), so the dark and automatic schemes never apply;
// nor the colour families the app never names.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
writeFileSync("target/designsystemet/components.css", pruned(css));

/** Every `ds-…` name the app's markup and styles spell (class names are written out in full, never built
 * from parts: a class assembled at run time would find its rules dropped here). */
function usedNames() {
  const names = new Set();
  const scan = (path) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) scan(join(path, entry));
    } else if (/\.(rs|css|html)$/.test(path)) {
      for (const [name] of readFileSync(path, "utf8").matchAll(/ds-[a-z0-9_-]+/g)) names.add(name);
    }
  };
  ["src", "style", "index.html"].forEach(scan);
  if (!names.has("ds-button")) throw new Error("designsystemet.mjs: found no ds- class in src/ (moved?)");
  return names;
}

/** `css` without the selectors that can match nothing here: those naming a component class the app never
 * uses (`.ds-card__block`, `.ds-field-affixes` …), or the class and attribute Designsystemet's own script
 * sets (`.\:click-delegate-hover`, `[data-clickdelegatefor]`), which the app does not ship. Besides the bytes,
 * this drops the `:has()` selectors on every chart card that look at all its descendants
 * (`.ds-card[data-clickdelegatefor]:has(.\:click-delegate-hover)` …), which made Chromium re-match each card
 * whenever a chart inside it was redrawn. A selector is dropped only
 * where such a name must match: at its top level or inside `:is()`, `:where()` or `:has()` (an item of
 * those lists that can match nothing is dropped from the list); under `:not()` and the like it is kept. */
function pruned(css) {
  const used = usedNames();
  const never = (kind, name) =>
    kind === "." ? name === "\\:click-delegate-hover" || (name.startsWith("ds-") && !used.has(name)) : name === "data-clickdelegatefor";
  let n_dropped = 0;
  // The selector list `list` with only the selectors that can match, or null if none can.
  const pruneList = (list) => {
    const selectors = splitTop(list);
    const kept = selectors.map(pruneComplex).filter((sel) => sel !== null);
    n_dropped += selectors.length - kept.length;
    return kept.length > 0 ? kept.join(",") : null;
  };
  const pruneComplex = (sel) => {
    let out = "";
    for (let at = 0; at < sel.length; ) {
      const ch = sel[at];
      if (ch === "." || ch === "[") {
        const end = ch === "." ? identEnd(sel, at + 1) : closing(sel, at, "[", "]") + 1;
        const name = ch === "." ? sel.slice(at + 1, end) : sel.slice(at + 1, end - 1).match(/^[^=~|^$*\]]*/)[0];
        if (never(ch, name)) return null;
        out += sel.slice(at, end);
        at = end;
      } else if (ch === ":" && sel[at + 1] !== ":") {
        const end = identEnd(sel, at + 1);
        const name = sel.slice(at + 1, end);
        if (sel[end] !== "(") {
          out += sel.slice(at, end);
          at = end;
          continue;
        }
        const close = closing(sel, end, "(", ")");
        const arg = sel.slice(end + 1, close);
        if (["is", "where", "has"].includes(name)) {
          const kept = pruneList(arg);
          if (kept === null) return null;
          out += `:${name}(${kept})`;
        } else out += sel.slice(at, close + 1);
        at = close + 1;
      } else {
        out += ch;
        at++;
      }
    }
    return out;
  };
  // Rules, at-rules and nested rules, in order; only style rules' preludes change.
  const walk = (text) => {
    let out = "";
    for (let at = 0; at < text.length; ) {
      const open = text.indexOf("{", at);
      if (open < 0) return out + text.slice(at);
      const close = closing(text, open, "{", "}");
      const prelude = text.slice(at, open);
      const body = text.slice(open + 1, close);
      const rule = prelude.trim();
      // A nested rule's prelude follows the declarations before it.
      const split = rule.startsWith("@") ? -1 : Math.max(prelude.lastIndexOf(";"), prelude.lastIndexOf("}"));
      const head = split >= 0 ? prelude.slice(0, split + 1) : "";
      const selectors = split >= 0 ? prelude.slice(split + 1) : prelude;
      const inner = body.includes("{") ? walk(body) : body;
      if (rule.startsWith("@")) out += `${prelude}{${inner}}`;
      else {
        const kept = pruneList(selectors);
        out += kept === null ? head : `${head}${kept}{${inner}}`;
      }
      at = close + 1;
    }
    return out;
  };
  const result = walk(css);
  if (n_dropped === 0) throw new Error("designsystemet.mjs: pruned no selector (package updated?)");
  return result;
}

/** Where the identifier starting at `at` ends (CSS escapes such as `\:` included). */
function identEnd(text, at) {
  while (at < text.length && (/[\w-]/.test(text[at]) || text[at] === "\\")) at += text[at] === "\\" ? 2 : 1;
  return at;
}

/** The index of the `close` that matches the `open` at `at`, strings skipped. */
function closing(text, at, open, close) {
  let depth = 0;
  for (let idx = at; idx < text.length; idx++) {
    const ch = text[idx];
    if (ch === '"' || ch === "'") {
      idx = text.indexOf(ch, idx + 1);
      if (idx < 0) break;
    } else if (ch === open) depth++;
    else if (ch === close && --depth === 0) return idx;
  }
  throw new Error(`designsystemet.mjs: unbalanced "${open}" or string in the CSS (package updated?)`);
}

/** `list` split at its top-level commas. */
function splitTop(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let idx = 0; idx < list.length; idx++) {
    const ch = list[idx];
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(list.slice(start, idx));
      start = idx + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** `css` without the block that starts with `prefix` (braces matched). Fails if the package changed shape. */
function withoutBlock(css, prefix) {
  const start = css.indexOf(prefix);
  if (start < 0) throw new Error(`designsystemet.mjs: no "${prefix}" in the theme (package updated?)`);
  return css.slice(0, start) + css.slice(closing(css, css.indexOf("{", start), "{", "}") + 1);
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
