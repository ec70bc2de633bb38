// Trunk post-build hook (release only): minifies wasm-bindgen's JavaScript glue with terser, which Trunk's
// own `minify` leaves as generated (about 1.9 KiB brotli of the 450 KiB budget), and updates the
// Subresource Integrity hash Trunk wrote for it in index.html.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const glue = readdirSync(dir).filter((name) => /^brobygger-[0-9a-f]+\.js$/.test(name));
if (glue.length !== 1) {
  console.error(`minify.mjs expected one wasm-bindgen glue file, found ${glue.length}`);
  process.exit(1);
}
const file = join(dir, glue[0]);
const source = readFileSync(file, "utf8");
// Property names are left alone: they are the wasm module's imports and exports.
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
writeFileSync(file, code);

const sri = (text) => `sha384-${createHash("sha384").update(text, "utf8").digest("base64")}`;
const indexFile = join(dir, "index.html");
const html = readFileSync(indexFile, "utf8");
const before = sri(source);
if (!html.includes(before)) {
  console.error(`minify.mjs found no integrity hash for ${glue[0]} in index.html`);
  process.exit(1);
}
writeFileSync(indexFile, html.replaceAll(before, sri(code)));
console.log(`minify.mjs: ${glue[0]} ${source.length} → ${code.length} bytes`);
