/**
 * Scoring metrics, all of them (D, I, C, worst cases, ECE, SCE): one
 * 1×21×512×512 image of probabilities with labels, and a folder of 100 such
 * images in one accumulator; js vs wasm counting.
 *
 *     deno bench -A bench/metrics_bench.ts
 *
 * Until the wasm module is wired into the project's embedded module, set
 * JDT_METRICS_WASM to a module compiled from wasm/assembly/metrics.ts.
 */
import { createMetrics } from "../mod.ts";
import type { HardLabels } from "../src/types.ts";
import { setMetricsWasmModule, wasmProbsCounter } from "../src/wasm/metrics.ts";
import { w3 } from "./_workloads.ts";

const wasmPath = Deno.env.get("JDT_METRICS_WASM");
if (wasmPath) {
  const module = new WebAssembly.Module(Deno.readFileSync(wasmPath));
  setMetricsWasmModule(() => module);
}
const noWasm = wasmProbsCounter() === null;

const w = w3();
const image = {
  probs: w.input.probs!,
  shape: w.input.shape,
  labels: w.input.labels as HardLabels,
};
// A few distinct images, cycled through for the folder of 100.
const folder = [image];
for (let k = 1; k < 4; k++) {
  const labels = (image.labels as Uint8Array).slice();
  labels.copyWithin(0, k * 997);
  folder.push({ ...image, labels });
}

for (const backend of ["js", "wasm"] as const) {
  Deno.bench({
    group: "metrics 1x21x512x512",
    name: backend,
    baseline: backend === "js",
    ignore: backend === "wasm" && noWasm,
    fn() {
      createMetrics({ numClasses: 21, ignoreIndex: 255, backend })
        .add(image)
        .value();
    },
  });
  Deno.bench({
    group: "metrics folder of 100 x 1x21x512x512",
    name: backend,
    baseline: backend === "js",
    ignore: backend === "wasm" && noWasm,
    n: 3,
    warmup: 1,
    fn() {
      const m = createMetrics({ numClasses: 21, ignoreIndex: 255, backend });
      for (let i = 0; i < 100; i++) m.add(folder[i % folder.length]);
      m.value();
    },
  });
}
