// Runs the smoke checks on the browser bundle of mod.ts under the Node that
// runs this file (js and wasm backends; Node has no WebGPU), and, where Node
// can strip TypeScript types (22.13+, 23.2+), checks that every library file
// of src/ parses under type stripping (no enums, namespaces, parameter
// properties). Usage: node tests/smoke/node_smoke.mjs BUNDLE.js
import { readdirSync, readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { pathToFileURL } from "node:url";
import { report, runChecks } from "./checks.mjs";

const bundle = process.argv[2];
if (!bundle) {
  console.error("usage: node node_smoke.mjs BUNDLE.js");
  process.exit(2);
}
const label = `node ${process.version}`;
const results = [];
try {
  const lib = await import(pathToFileURL(bundle).href);
  results.push(...await runChecks(lib, ["js", "wasm"]));
} catch (e) {
  results.push({ name: "import the bundle", ok: false, detail: String(e) });
}

// Type stripping of every library file: the syntax a runtime that strips
// types accepts. Deno programs (score/cli.ts, score/server.ts) included.
if (typeof nodeModule.stripTypeScriptTypes === "function") {
  const src = new URL("../../src/", import.meta.url);
  const bad = [];
  let files = 0;
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(new URL(`${dir.name}/`, src))) {
      if (!f.endsWith(".ts")) continue;
      files++;
      const text = readFileSync(new URL(`${dir.name}/${f}`, src), "utf8");
      try {
        nodeModule.stripTypeScriptTypes(text, { mode: "strip" });
      } catch (e) {
        bad.push(`src/${dir.name}/${f}: ${e.message.split("\n")[0]}`);
      }
    }
  }
  results.push({
    name: "type stripping accepts every file of src/",
    ok: files > 30 && bad.length === 0,
    detail: bad.length ? bad.join("; ") : `${files} files`,
  });
}
process.exit(report(label, results) === 0 ? 0 : 1);
