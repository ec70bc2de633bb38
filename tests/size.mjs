// Prints the release build's transfer sizes (raw, gzip -9, brotli -q 11) per file and in total, and fails
// when wasm + js + css together exceed the brotli budget. Usage: node tests/size.mjs dist [budget-bytes]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const budget = Number(process.argv[3] ?? Infinity);
const kinds = new Set([".wasm", ".js", ".css"]);
const rows = readdirSync(dir)
  .filter((name) => kinds.has(extname(name)) && statSync(join(dir, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
console.log(`${"file".padEnd(44)}${"raw KiB".padStart(9)}${"gzip KiB".padStart(9)}${"brotli KiB".padStart(11)}`);
for (const r of rows) console.log(`${r.name.padEnd(44)}${kib(r.raw)} ${kib(r.gzip)}  ${kib(r.brotli)}`);
console.log(`${"total".padEnd(44)}${kib(total.raw)} ${kib(total.gzip)}  ${kib(total.brotli)}`);
if (Number.isFinite(budget)) {
  console.log(
    `budget (brotli): ${budget.toLocaleString("en")} bytes (${kib(budget).trim()} KiB); ` +
      `used ${total.brotli.toLocaleString("en")} bytes, ${((100 * total.brotli) / budget).toFixed(0)} %`,
  );
  if (total.brotli > budget) {
    console.error("over the size budget");
    process.exit(1);
  }
}
