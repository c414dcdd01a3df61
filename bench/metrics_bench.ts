/**
 * Scoring metrics, all of them (D, I, C, worst cases, ECE, SCE): one
 * 1×21×512×512 image of probabilities with labels, and a folder of 100 such
 * images in one accumulator; js vs wasm counting.
 *
 *     deno bench -A bench/metrics_bench.ts
 */
import { createMetrics } from "../mod.ts";
import type { HardLabels } from "../src/types.ts";
import { w3 } from "./_workloads.ts";

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
    n: 3,
    warmup: 1,
    fn() {
      const m = createMetrics({ numClasses: 21, ignoreIndex: 255, backend });
      for (let i = 0; i < 100; i++) m.add(folder[i % folder.length]);
      m.value();
    },
  });
}
