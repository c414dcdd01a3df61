/**
 * src/metrics/boundary/ is a folder inside src/metrics, which the layout test
 * (one level deep) does not walk: its files keep the same rules here — imports
 * only from src/core and src/metrics, no packages, no Deno APIs.
 */
import assert from "node:assert/strict";

const DIR = new URL("../../src/metrics/boundary/", import.meta.url);
const SRC = new URL("../../src/", import.meta.url);

Deno.test("src/metrics/boundary imports only from src/core and src/metrics, and no package or Deno API", () => {
  let files = 0;
  for (const f of Deno.readDirSync(DIR)) {
    if (!f.name.endsWith(".ts")) continue;
    files++;
    const text = Deno.readTextFileSync(new URL(f.name, DIR))
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (
      const m of text.matchAll(
        /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/g,
      )
    ) {
      const spec = m[1] ?? m[2];
      assert.ok(spec.startsWith("."), `${f.name} imports the package ${spec}`);
      const target = new URL(spec, new URL(f.name, DIR)).href.slice(
        SRC.href.length,
      );
      assert.match(target, /^(core|metrics)\//, `${f.name} imports ${spec}`);
    }
    assert.doesNotMatch(text, /\bDeno\./, `${f.name} uses Deno.*`);
  }
  assert.ok(files >= 10, `${files} files`);
});
