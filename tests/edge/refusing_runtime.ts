/**
 * Run as a script: makes this Deno refuse to compile WebAssembly from bytes,
 * as Cloudflare Workers and Vercel Edge do (`new WebAssembly.Module(bytes)`
 * throws the same CompileError), then loads the library and prints what it
 * does as one JSON line. Instantiating a module that was compiled before the
 * refusal stays allowed, as on those platforms.
 */

const Compiled = WebAssembly.Module;
const dist = new Compiled(
  await Deno.readFile(new URL("../../dist/jdt.wasm", import.meta.url)),
);
const shared = new Compiled(
  await Deno.readFile(new URL("../../wasm/build/jdt.wasm", import.meta.url)),
);
WebAssembly.Module = new Proxy(Compiled, {
  construct() {
    throw new WebAssembly.CompileError(
      "WebAssembly.Module(): Wasm code generation disallowed by embedder",
    );
  },
});

const jdt = await import("../../mod.ts");
const input = {
  logits: new Float32Array(
    Array.from({ length: 2 * 3 * 40 }, (_, i) => Math.sin(i * 0.37) * 3),
  ),
  shape: [2, 3, 40],
  labels: new Uint8Array(Array.from({ length: 80 }, (_, i) => (i * 7) % 3)),
};

async function outcome(f: () => unknown): Promise<unknown> {
  try {
    const r = await f() as { value?: number; backend?: string };
    return { value: r.value, backend: r.backend };
  } catch (e) {
    const err = e as Error & { argument?: string };
    return { error: err.name, argument: err.argument, message: err.message };
  }
}

const out: Record<string, unknown> = {};
out.reasonBefore = jdt.wasmUnavailableReason();
out.js = await outcome(() => jdt.jdtLoss(input, { backend: "js" }));
out.wasmBefore = await outcome(() => jdt.jdtLoss(input, { backend: "wasm" }));
out.autoBefore = await outcome(() => jdt.jdtLoss(input));
out.syncBefore = await outcome(() => jdt.jdtLossSync(input));
const probs = new Float32Array(2 * 3 * 40).map((_, i) => ((i * 5) % 7) / 7);
for (const backend of ["auto", "wasm"] as const) {
  out[`probsMetricsBefore_${backend}`] = await outcome(() => {
    const metrics = jdt.createMetrics({ numClasses: 3, backend });
    metrics.add({ probs, shape: [2, 3, 40], labels: input.labels });
    return { backend: metrics.lastBackend, value: metrics.value().mIoUD };
  });
}
out.notJdt = await outcome(() =>
  jdt.useWasmModule(new Compiled(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])))
);
// Imports env.memory like jdt's module, exports nothing.
const memoryOnly = [0, 97, 115, 109, 1, 0, 0, 0, 2, 15, 1, 3, 101, 110, 118, 6];
memoryOnly.push(109, 101, 109, 111, 114, 121, 2, 0, 1);
out.noExports = await outcome(() =>
  jdt.useWasmModule(new Compiled(new Uint8Array(memoryOnly)))
);
out.notModule = await outcome(() =>
  jdt.useWasmModule(new Uint8Array(8) as unknown as WebAssembly.Module)
);
const which = Deno.args[0] === "shared" ? shared : dist;
jdt.useWasmModule(which);
out.reasonAfter = jdt.wasmUnavailableReason();
out.wasm = await outcome(() => jdt.jdtLoss(input, { backend: "wasm" }));
out.auto = await outcome(() => jdt.jdtLoss(input));
out.sync = await outcome(() => jdt.jdtLossSync(input));
const loss = jdt.createLoss({ backend: "wasm" });
const ws = loss.workspace([2, 3, 40], {
  labels: "uint8",
  prediction: "logits",
});
ws.logits!.set(input.logits);
(ws.labels as Uint8Array).set(input.labels);
out.workspace = await outcome(() =>
  loss.compute({ logits: ws.logits!, shape: ws.shape, labels: ws.labels })
);
out.workspaceShared = ws.logits!.buffer instanceof SharedArrayBuffer;
const pred = input.labels.map((v, i) => i % 5 === 0 ? (v + 1) % 3 : v);
for (const backend of ["wasm", "js"] as const) {
  const metrics = jdt.createMetrics({ numClasses: 3, backend });
  metrics.add({ pred, shape: [2, 40], labels: input.labels });
  out[`metrics_${backend}`] = metrics.value();
}
console.log(JSON.stringify(out));
