/**
 * The source tree's rules, read from the files themselves: imports flow one
 * way (core < wasm, webgpu < choose < loss < metrics < train < score), every
 * evaluation gets its backend from the one chooser, only the entry points
 * that need them import packages, and library code keeps to syntax and APIs
 * every JavaScript runtime has.
 */
import assert from "node:assert/strict";

const SRC = new URL("../../src/", import.meta.url);

/** Rank of each folder of src/; a file may import only from lower ranks or its own folder. */
const RANK: Record<string, number> = {
  core: 0,
  wasm: 1,
  webgpu: 1,
  choose: 1.5,
  loss: 2,
  metrics: 3,
  train: 4,
  score: 5,
};

/** Packages (npm:, node: or bare specifiers) each file may import; other files import none. */
const PACKAGES_ALLOWED: Record<string, RegExp> = {
  "train/tfjs.ts": /^npm:@tensorflow\/tfjs@/,
  "train/tfjs_webgpu.ts": /^npm:@tensorflow\/tfjs@/,
  "train/tfjs_companion.ts": /^npm:@tensorflow\/tfjs@/,
  "score/error_map.ts": /^npm:fast-png@/,
  "score/cli.ts": /^node:/,
  "score/cli_files.ts": /^node:/,
  "score/png_inflate.ts": /^npm:fflate@/,
};

/** Source files that are Deno programs, not library code. */
const DENO_PROGRAMS = new Set(["score/cli.ts", "score/server.ts"]);

/** The text of a TypeScript file without its comments (strings are left alone). */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** The specifiers a TypeScript file imports or re-exports, static and dynamic. */
export function importsOf(text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  const patterns = [
    /(?:^|[;\n])\s*(?:import|export)\s[^;"']*?\sfrom\s*["']([^"']+)["']/g,
    /(?:^|[;\n])\s*import\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) out.push(m[1]);
  }
  return out;
}

/** Every `.ts` file under src/, as paths relative to src/ (e.g. `core/types.ts`). */
function sourceFiles(): string[] {
  const out: string[] = [];
  for (const dir of Deno.readDirSync(SRC)) {
    if (!dir.isDirectory) continue;
    for (const f of Deno.readDirSync(new URL(`${dir.name}/`, SRC))) {
      if (f.isFile && f.name.endsWith(".ts")) out.push(`${dir.name}/${f.name}`);
    }
  }
  return out.sort();
}

/** The rule an import of `spec` from src/`file` breaks, or null. */
export function layoutViolation(file: string, spec: string): string | null {
  const folder = file.split("/")[0];
  if (!spec.startsWith(".")) {
    const allowed = PACKAGES_ALLOWED[file];
    return allowed?.test(spec) ? null : `imports the package ${spec}`;
  }
  const target = new URL(spec, new URL(file, SRC)).href;
  if (target === new URL("../mod.ts", SRC).href) {
    return "imports mod.ts (the door sits above every part: it re-exports src/score)";
  }
  if (!target.startsWith(SRC.href)) return `imports ${spec}, outside src/`;
  const to = target.slice(SRC.href.length).split("/")[0];
  if (!(to in RANK)) return `imports from an unknown folder src/${to}`;
  if (to === folder || RANK[to] < RANK[folder]) return null;
  return `imports upward or sideways, from ${folder} into ${to}`;
}

Deno.test("every folder of src/ has a rank in the layout and a README", () => {
  for (const dir of Deno.readDirSync(SRC)) {
    if (!dir.isDirectory) continue;
    assert.ok(dir.name in RANK, `src/${dir.name} has no rank`);
    const readme = Deno.readTextFileSync(new URL(`${dir.name}/README.md`, SRC));
    assert.match(readme, /may import/i, `src/${dir.name}/README.md`);
  }
});

Deno.test("importsOf() finds static, re-exported and dynamic imports, not commented ones", () => {
  const text = [
    `/** @example import { x } from "../score/png.ts"; */`,
    `// import "../train/tfjs.ts";`,
    `import { a } from "./a.ts";`,
    `import type {`,
    `  B,`,
    `} from "../core/types.ts";`,
    `export { c } from "../loss/c.ts";`,
    `import "../wasm/side.ts";`,
    `const m = await import("../metrics/m.ts");`,
  ].join("\n");
  assert.deepEqual(importsOf(text).sort(), [
    "../core/types.ts",
    "../loss/c.ts",
    "../metrics/m.ts",
    "../wasm/side.ts",
    "./a.ts",
  ]);
});

Deno.test("layoutViolation() rejects upward, sideways and package imports", () => {
  assert.equal(layoutViolation("loss/loss.ts", "../core/types.ts"), null);
  assert.equal(layoutViolation("score/png.ts", "../core/errors.ts"), null);
  assert.match(layoutViolation("score/png.ts", "../../mod.ts")!, /mod\.ts/);
  assert.match(layoutViolation("core/input.ts", "../loss/loss.ts")!, /upward/);
  assert.match(
    layoutViolation("wasm/backend.ts", "../webgpu/io.ts")!,
    /sideways/,
  );
  assert.match(layoutViolation("webgpu/io.ts", "../loss/sync.ts")!, /upward/);
  assert.match(layoutViolation("metrics/tally.ts", "../../mod.ts")!, /mod\.ts/);
  assert.match(
    layoutViolation("core/types.ts", "npm:fast-check@4")!,
    /package/,
  );
  assert.match(layoutViolation("loss/loss.ts", "node:fs")!, /package/);
});

Deno.test("no file in src/ imports upward, sideways or an unlisted package", () => {
  const broken: string[] = [];
  for (const file of sourceFiles()) {
    const text = Deno.readTextFileSync(new URL(file, SRC));
    for (const spec of importsOf(text)) {
      const why = layoutViolation(file, spec);
      if (why) broken.push(`src/${file} ${why}`);
    }
  }
  assert.deepEqual(broken, []);
});

/** Syntax or APIs that some runtime lacks, each with a pattern that finds it. */
const NOT_PORTABLE: [string, RegExp][] = [
  ["`using` declaration", /^\s*(?:await\s+)?using\s+[\w$]+\s*=/m],
  [
    "TypeScript parameter property",
    /constructor\s*\([^)]*\b(?:private|public|protected|readonly)\s/,
  ],
  ["TypeScript enum", /^\s*(?:export\s+)?(?:declare\s+)?(?:const\s+)?enum\s/m],
  [
    "TypeScript namespace",
    /^\s*(?:export\s+)?(?:declare\s+)?(?:namespace|module)\s+[\w$.]+\s*\{/m,
  ],
];

Deno.test("library code has no using, enum, namespace, parameter property or Deno.*", () => {
  const broken: string[] = [];
  for (const file of sourceFiles()) {
    const code = stripComments(Deno.readTextFileSync(new URL(file, SRC)));
    for (const [what, re] of NOT_PORTABLE) {
      if (re.test(code)) broken.push(`src/${file}: ${what}`);
    }
    if (!DENO_PROGRAMS.has(file) && /\bDeno\./.test(code)) {
      broken.push(`src/${file}: Deno.*`);
    }
  }
  assert.deepEqual(broken, []);
});

Deno.test("the portability patterns find what they look for", () => {
  const samples = [
    "  using gpu = new Backend();",
    "class A { constructor(readonly x: number) {} }",
    "export const enum E { A }",
    "namespace N { }",
  ];
  NOT_PORTABLE.forEach(([what, re], i) => assert.ok(re.test(samples[i]), what));
  assert.ok(!NOT_PORTABLE[0][1].test("const using = 1; // using it"));
});

/** The chooser, and the modules whose backends only it may pick and call. */
const CHOOSER = "choose/backend.ts";
const BACKEND_MODULES = new Set([
  "core/reference.ts",
  "wasm/backend.ts",
  "wasm/workspace.ts",
  "wasm/metrics.ts",
  "webgpu/backend.ts",
  "webgpu/metrics.ts",
  "webgpu/plan.ts",
  "webgpu/device.ts",
]);
/** The files of the entry points: jdtLoss and createLoss, jdtLossSync, computeStatistics, the metrics accumulator. */
const ENTRY_FILES = [
  "loss/loss.ts",
  "loss/sync.ts",
  "loss/statistics.ts",
  "metrics/accumulator.ts",
];

/** The specifiers a file imports values from (not `import type`, not only `type` names). */
export function valueImportsOf(text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  const re =
    /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^;"']*?)\s*from\s*["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) {
    if (m[2]) continue;
    // `{ type A, type B }` alone imports no value.
    const braces = /^\{([^}]*)\}$/.exec(m[3].trim());
    const names = braces?.[1].split(",").map((n) => n.trim()) ?? [];
    const onlyTypes = braces !== null &&
      names.filter((n) => n !== "").every((n) => n.startsWith("type "));
    if (!onlyTypes) out.push(m[4]);
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) {
    out.push(m[1]);
  }
  return out;
}

/** The backend modules that src/`file` imports values from, outside the chooser. */
export function bypassesOfChooser(file: string, text: string): string[] {
  const folder = file.split("/")[0];
  if (file === CHOOSER || RANK[folder] <= RANK.webgpu) return [];
  return valueImportsOf(text).filter((spec) => {
    const target = new URL(spec, new URL(file, SRC)).href;
    return BACKEND_MODULES.has(target.slice(SRC.href.length));
  });
}

Deno.test("valueImportsOf() tells value imports from type-only ones", () => {
  const text = [
    `import type { A } from "../wasm/backend.ts";`,
    `import { type B, type C } from "../webgpu/backend.ts";`,
    `import { type D, e } from "../core/reference.ts";`,
    `import { f } from "../wasm/metrics.ts";`,
    `export { g } from "../webgpu/plan.ts";`,
    `export type { H } from "../webgpu/device.ts";`,
    `const m = await import("../wasm/workspace.ts");`,
  ].join("\n");
  const valueImports = [
    "core/reference",
    "wasm/metrics",
    "wasm/workspace",
    "webgpu/plan",
  ]
    .map((name) => `../${name}.ts`);
  assert.deepEqual(valueImportsOf(text).sort(), valueImports);
  assert.deepEqual(bypassesOfChooser("loss/x.ts", text).sort(), valueImports);
  assert.deepEqual(bypassesOfChooser(CHOOSER, text), []);
});

Deno.test("every entry point gets its backend from the one chooser, and nothing else picks or calls one", () => {
  const broken: string[] = [];
  for (const file of sourceFiles()) {
    const text = Deno.readTextFileSync(new URL(file, SRC));
    for (const spec of bypassesOfChooser(file, text)) {
      broken.push(`src/${file} imports backend values from ${spec}`);
    }
  }
  assert.deepEqual(broken, []);
  for (const file of ENTRY_FILES) {
    const text = Deno.readTextFileSync(new URL(file, SRC));
    const chooser = new URL(CHOOSER, SRC).href;
    assert.ok(
      valueImportsOf(text).some((spec) =>
        new URL(spec, new URL(file, SRC)).href === chooser
      ),
      `src/${file} does not import the chooser`,
    );
  }
});

/** Folders of tests/: one per part of src/ plus the tools and the package. */
const TEST_FOLDERS = new Set([
  ...Object.keys(RANK),
  "edge",
  "package",
  "tools",
]);

Deno.test("tests mirror the source tree: every test file sits in a folder per part", () => {
  const tests = new URL("../", import.meta.url);
  const misplaced: string[] = [];
  for (const e of Deno.readDirSync(tests)) {
    if (e.isFile && e.name.endsWith("_test.ts")) misplaced.push(e.name);
    if (e.isDirectory && !TEST_FOLDERS.has(e.name)) {
      if (!["data", "smoke"].includes(e.name)) misplaced.push(`${e.name}/`);
    }
  }
  assert.deepEqual(misplaced, []);
});
