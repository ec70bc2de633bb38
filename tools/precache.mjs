// Trunk post-build hook: writes the list of the build's files into the service worker, so that the first
// visit already caches the whole app (wasm, glue, styles, font, import worker, demo) and the next one opens
// with no network. The cache's name is a hash of those files: a new build replaces the old cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The worker itself is fetched by the browser outside any cache; everything else is the app.
const files = walk(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const path of files) {
  hash.update(path).update(readFileSync(join(dir, path)));
}
const version = hash.digest("hex").slice(0, 16);

const worker = join(dir, "sw.js");
const source = readFileSync(worker, "utf8");
const marker = /^const BUILD = .*;$/m;
if (!marker.test(source)) {
  console.error("precache.mjs found no `const BUILD = …;` line in sw.js");
  process.exit(1);
}
const build = { version, files: ["./", ...files.map((path) => `./${path}`)] };
writeFileSync(worker, source.replace(marker, `const BUILD = ${JSON.stringify(build)};`));
console.log(`precache.mjs: ${files.length} files in the service worker's cache brobygger-${version}`);
