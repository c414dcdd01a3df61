/**
 * Scoring metrics, all of them (D, I, C, worst cases, ECE, SCE): one
 * 1×21×512×512 image of probabilities with labels, and a folder of 100 such
 * images in one accumulator; js vs wasm vs webgpu counting (webgpu through
 * `addAsync`, one readback per batch, on a device made here). Also one
 * 2048×1024 pair of PNG-like byte class-id maps (19 classes, ignore 255), the
 * scoring service's case, counted by js and by the wasm one-sweep counter.
 *
 *     deno bench -A bench/metrics_bench.ts
 *
 * On a software adapter (llvmpipe) the webgpu figures only show that it works,
 * and the folder of 100 is skipped for webgpu (tens of seconds per run).
 */
import { createMetrics } from "../mod.ts";
import type { HardLabels } from "../src/core/types.ts";
import { seeded, w3 } from "../tools/workloads.ts";

const adapter = "gpu" in navigator
  ? await navigator.gpu.requestAdapter()
  : null;
const device = adapter === null ? null : await adapter.requestDevice({
  requiredLimits: {
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
  },
});
const fallback = (adapter?.info as { isFallbackAdapter?: boolean } | undefined)
  ?.isFallbackAdapter !== false;

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

for (const backend of ["js", "wasm", "webgpu"] as const) {
  const unavailable = backend === "webgpu" && device === null;
  const options = { numClasses: 21, ignoreIndex: 255, backend, device };
  // js and wasm count in the synchronous add(); webgpu needs addAsync().
  const one = backend === "webgpu"
    ? async () => {
      (await createMetrics(options).addAsync(image)).value();
    }
    : () => {
      createMetrics(options).add(image).value();
    };
  const hundred = backend === "webgpu"
    ? async () => {
      const m = createMetrics(options);
      for (let i = 0; i < 100; i++) await m.addAsync(folder[i % folder.length]);
      m.value();
    }
    : () => {
      const m = createMetrics(options);
      for (let i = 0; i < 100; i++) m.add(folder[i % folder.length]);
      m.value();
    };
  Deno.bench({
    group: "metrics 1x21x512x512",
    name: backend,
    baseline: backend === "js",
    ignore: unavailable,
    fn: one,
  });
  Deno.bench({
    group: "metrics folder of 100 x 1x21x512x512",
    name: backend,
    baseline: backend === "js",
    ignore: unavailable || (backend === "webgpu" && fallback),
    n: 3,
    warmup: 1,
    fn: hundred,
  });
}

// Class-id maps as the scoring service decodes them: bytes, 19 classes, ~5 %
// ignored, the prediction right on ~80 % of pixels.
const ids = (() => {
  const n = 2048 * 1024, r = seeded(5);
  const labels = new Uint8Array(n), pred = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = r() < 0.05 ? 255 : Math.floor(r() * 19);
    pred[i] = r() < 0.8 ? labels[i] % 19 : Math.floor(r() * 19);
  }
  return { pred, labels, shape: [1, n] };
})();
for (const backend of ["js", "wasm"] as const) {
  Deno.bench({
    group: "class ids 2048x1024, 19 classes",
    name: backend,
    baseline: backend === "js",
    fn: () => {
      createMetrics({ numClasses: 19, ignoreIndex: 255, backend }).add(ids);
    },
  });
}
