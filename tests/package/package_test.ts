/**
 * The package as a user receives it: what each export pulls in, its
 * documentation (lint-clean, an example on every function, examples that
 * import the package by name) and the published file list.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url);
const CONFIG = JSON.parse(
  Deno.readTextFileSync(new URL("deno.json", ROOT)),
) as {
  exports: Record<string, string>;
  imports: Record<string, string>;
  lock: unknown;
};
const ENTRIES = Object.values(CONFIG.exports);

/**
 * Runs deno with `args`: its exit code, its standard output alone (where a
 * JSON answer is, without the download lines a fresh cache prints on
 * standard error), and both streams for failure messages.
 */
async function deno(
  args: string[],
): Promise<{ code: number; stdout: string; out: string }> {
  const r = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  const stdout = text.decode(r.stdout);
  return { code: r.code, stdout, out: stdout + text.decode(r.stderr) };
}

/** The npm packages (name without version) in the module graph of `entry`. */
async function npmPackagesOf(entry: string): Promise<string[]> {
  const r = await deno(["info", "--json", entry]);
  assert.equal(r.code, 0, r.out);
  const info = JSON.parse(r.stdout) as { npmPackages: Record<string, unknown> };
  return Object.keys(info.npmPackages).map((k) => /^@?[^@]+/.exec(k)![0]);
}

Deno.test("the main entry pulls in no npm package but the WebGPU type declarations", async () => {
  assert.deepEqual(await npmPackagesOf("mod.ts"), ["@webgpu/types"]);
});

Deno.test("the ./tfjs entry pulls in TF.js and no dev tool", async () => {
  const pkgs = await npmPackagesOf(CONFIG.exports["./tfjs"]);
  assert.ok(pkgs.includes("@tensorflow/tfjs"));
  for (const dev of ["fast-check", "assemblyscript", "fast-png"]) {
    assert.ok(!pkgs.includes(dev), dev);
  }
});

Deno.test("deno.json names no package in its import map and reads no lock by default", () => {
  // Deno installs every npm package of the import map and of an active lock
  // file before any task runs; dev tasks pass --lock=deno.lock themselves.
  for (const [name, target] of Object.entries(CONFIG.imports)) {
    assert.ok(target.startsWith("./"), `${name} -> ${target}`);
  }
  assert.equal(CONFIG.lock, false);
});

Deno.test("deno doc --lint is clean on every export", async () => {
  const r = await deno(["doc", "--lint", ...ENTRIES]);
  assert.equal(r.code, 0, r.out);
});

interface DocNode {
  name: string;
  declarations?: {
    kind: string;
    jsDoc?: { tags?: { kind: string; doc?: string }[] };
  }[];
}

/** Specifiers an example may import: the package by name, node: and npm: modules. */
const EXAMPLE_IMPORT =
  /^(?:@jdt\/losses(?:\/(?:tfjs|score|cli))?|node:.+|npm:.+)$/;

Deno.test("every exported function has an example that imports the package by name", async () => {
  const r = await deno(["doc", "--json", "--lock=deno.lock", ...ENTRIES]);
  assert.equal(r.code, 0, r.out);
  const nodes = JSON.parse(r.stdout).nodes as Record<
    string,
    { symbols: DocNode[] }
  >;
  const missing: string[] = [], relative: string[] = [];
  let functions = 0;
  for (const { symbols } of Object.values(nodes)) {
    for (const s of symbols) {
      for (const d of s.declarations ?? []) {
        const examples = (d.jsDoc?.tags ?? []).filter((t) =>
          t.kind === "example"
        );
        if (d.kind === "function") {
          functions++;
          if (examples.length === 0) missing.push(s.name);
        }
        for (const e of examples) {
          for (const m of (e.doc ?? "").matchAll(/from\s+"([^"]+)"/g)) {
            if (!EXAMPLE_IMPORT.test(m[1])) relative.push(`${s.name}: ${m[1]}`);
          }
        }
      }
    }
  }
  assert.ok(functions >= 20, `only ${functions} exported functions found`);
  assert.deepEqual(missing, []);
  assert.deepEqual(relative, []);
});

Deno.test("the published file list holds the library and its docs, no build inputs", async () => {
  const r = await deno(["publish", "--dry-run", "--allow-dirty"]);
  assert.equal(r.code, 0, r.out);
  const files = [...r.out.matchAll(/file:\/\/(\S+)/g)].map((m) =>
    m[1].slice(decodeURIComponent(ROOT.pathname).length)
  );
  for (const need of ["mod.ts", "README.md", "LICENSE", "docs/spec.md"]) {
    assert.ok(files.includes(need), need);
  }
  assert.ok(files.includes("src/train/tfjs.ts"));
  assert.ok(files.includes("src/wasm/_module.generated.ts"));
  // The precompiled module for runtimes that refuse to compile (useWasmModule).
  assert.ok(files.includes("dist/jdt.wasm"));
  // The figure docs/training.md shows travels with it (52 KB); no other image.
  assert.ok(files.includes("docs/train_soft_labels.png"));
  const unwanted = files.filter((f) =>
    f === "deno.lock" || f.startsWith("wasm/") || f.startsWith("tests/") ||
    f.startsWith("tools/") ||
    (/\.(png|jpg|wasm|wat)$/.test(f) &&
      !["docs/train_soft_labels.png", "dist/jdt.wasm"].includes(f))
  );
  assert.deepEqual(unwanted, []);
});

Deno.test("every reference to the contract names a section of docs/spec.md", () => {
  const spec = Deno.readTextFileSync(new URL("docs/spec.md", ROOT));
  const sections = new Set(
    [...spec.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])),
  );
  const files = ["README.md", "mod.ts"];
  for (const dir of ["src", "docs", "tests", "examples", "bench", "tools"]) {
    for (const f of walk(new URL(`${dir}/`, ROOT), dir)) files.push(f);
  }
  const bad: string[] = [];
  let refs = 0;
  for (const f of files) {
    const text = Deno.readTextFileSync(new URL(f, ROOT));
    if (/SPEC(?:\.md)? ?(?:section|§)/.test(text)) {
      bad.push(`${f}: old SPEC reference`);
    }
    for (const m of text.matchAll(/docs\/spec\.md §(\d+)/g)) {
      refs++;
      if (!sections.has(Number(m[1]))) bad.push(`${f}: §${m[1]}`);
    }
  }
  assert.ok(refs >= 20, `only ${refs} references found`);
  assert.deepEqual(bad, []);
});

/** Text files (.ts, .md) under `dir`, relative to the root; test data left out. */
function walk(dir: URL, rel: string): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    const path = `${rel}/${e.name}`;
    if (e.isDirectory && path !== "tests/data") {
      out.push(...walk(new URL(`${e.name}/`, dir), path));
    } else if (e.isFile && /\.(ts|md)$/.test(e.name)) out.push(path);
  }
  return out;
}
