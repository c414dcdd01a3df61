// The precompiled module (dist/jdt.wasm) and useWasmModule: the file is the
// embedded build with an unshared memory; in a Deno that refuses to compile
// WebAssembly (as workerd does), an explicit "wasm" gets a typed error until a
// module is given, then every wasm path runs on it with the numbers of js.
import assert from "node:assert/strict";
import {
  exportNames,
  jdtWasmModule,
  wasmCompileRefusal,
  wasmUnavailableReason,
} from "../../src/wasm/module.ts";
import { DIST_WASM, distWasmBytes } from "../../tools/write_dist_wasm.ts";

const ROOT = new URL("../../", import.meta.url);

Deno.test("dist/jdt.wasm is current: the embedded plain-SIMD build with its memory import unshared", async () => {
  const file = await Deno.readFile(new URL(DIST_WASM, ROOT));
  assert.deepEqual(file, distWasmBytes());
  const m = new WebAssembly.Module(file);
  assert.deepEqual(WebAssembly.Module.imports(m), [
    { module: "env", name: "memory", kind: "memory" },
  ]);
  // It links to an unshared memory (the embedded bytes declare a shared one).
  new WebAssembly.Instance(m, {
    env: { memory: new WebAssembly.Memory({ initial: 1, maximum: 65536 }) },
  });
});

Deno.test("exportNames() reads the export section as WebAssembly.Module.exports does", () => {
  const bytes = distWasmBytes();
  const names = WebAssembly.Module.exports(new WebAssembly.Module(bytes))
    .map((e) => e.name);
  assert.deepEqual(exportNames(bytes), names);
  assert.ok(names.includes("lossStats") && names.includes("metrics_base"));
});

Deno.test("Deno compiles WebAssembly: no refusal, the wasm backend is available", () => {
  assert.equal(wasmCompileRefusal(), null);
  assert.equal(wasmUnavailableReason(), null);
  assert.ok(jdtWasmModule() instanceof WebAssembly.Module);
});

interface Outcome {
  value?: number;
  backend?: string;
  error?: string;
  argument?: string;
  message?: string;
}

async function refusingRun(module: "dist" | "shared") {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--lock=deno.lock",
      "tests/edge/refusing_runtime.ts",
      module,
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  assert.equal(out.code, 0, text.decode(out.stderr));
  return JSON.parse(text.decode(out.stdout)) as Record<string, Outcome> & {
    reasonBefore: string;
    reasonAfter: string | null;
    workspaceShared: boolean;
    metrics_wasm: Record<string, number>;
    metrics_js: Record<string, number>;
  };
}

for (const module of ["dist", "shared"] as const) {
  Deno.test(`a runtime refusing compilation: typed errors, then everything on the given ${module} module`, async () => {
    const r = await refusingRun(module);
    assert.match(r.reasonBefore, /disallowed by embedder/);
    assert.equal(r.wasmBefore.error, "JdtRangeError");
    assert.equal(r.wasmBefore.argument, "options.backend");
    assert.match(r.wasmBefore.message!, /refuses to compile.*useWasmModule/);
    assert.equal(r.js.backend, "js");
    // Before a module is given, auto runs on js with js's numbers; an
    // explicit wasm metrics backend is refused by name.
    for (const path of ["autoBefore", "syncBefore"]) {
      assert.equal(r[path].backend, "js", path);
      assert.equal(r[path].value, r.js.value, path);
    }
    assert.equal(r.probsMetricsBefore_auto.backend, "js");
    assert.equal(r.probsMetricsBefore_wasm.error, "JdtRangeError");
    assert.equal(r.probsMetricsBefore_wasm.argument, "options.backend");
    for (const bad of ["notJdt", "noExports", "notModule"]) {
      assert.equal(r[bad].error, "JdtTypeError", bad);
      assert.equal(r[bad].argument, "module", bad);
    }
    assert.match(r.noExports.message!, /lacks the exports/);
    assert.equal(r.reasonAfter, null);
    const want = r.js.value!;
    for (const path of ["wasm", "auto", "sync", "workspace"]) {
      assert.equal(r[path].backend, "wasm", path);
      const got = r[path].value!;
      assert.ok(Math.abs(got - want) <= 1e-6 + 1e-5 * Math.abs(want), path);
    }
    // Workspaces live in a shared memory only where a shared module is given.
    assert.equal(r.workspaceShared, module === "shared");
    assert.deepEqual(r.metrics_wasm, r.metrics_js);
  });
}
