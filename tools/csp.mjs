// Trunk post-build hook: adds a Content-Security-Policy to index.html that allows nothing but the app's
// own origin, with the hash of the one inline module script Trunk writes to start the wasm.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
// The release build's HTML is minified (Trunk.toml), so attribute quotes may be gone.
const scripts = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) {
  console.error(`csp.mjs expected one inline module script, found ${scripts.length}`);
  process.exit(1);
}
const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  // Leptos sets a few style attributes (tooltip position); no style comes from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) {
  console.error("csp.mjs found no <meta charset> to put the policy after");
  process.exit(1);
}
html = html.replace(charset, (meta) => `${meta}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(file, html);
