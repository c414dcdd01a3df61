/**
 * Small inputs on the js and wasm backends, for the choice of "auto" between
 * them (js is the baseline). W1, W2 and W3 against the C streaming baseline
 * are in bench/compare.ts.
 */
import { jdtLoss } from "../mod.ts";
import { seeded } from "../tools/workloads.ts";

// Small inputs, for the choice of "auto" between js and wasm (chooseBackend
// in src/choose/backend.ts): js is the baseline here.
for (const [C, N] of [[2, 2], [4, 4], [4, 16], [8, 32], [19, 256]]) {
  const rand = seeded(C * 1000 + N);
  const input = {
    logits: Float32Array.from({ length: C * N }, () => (rand() - 0.5) * 8),
    shape: [1, C, N],
    labels: Uint8Array.from({ length: N }, () => Math.floor(rand() * C)),
  };
  const group = `small 1x${C}x${N}`;
  for (const backend of ["js", "wasm"] as const) {
    Deno.bench({
      group,
      name: backend,
      baseline: backend === "js",
      warmup: 200,
      async fn() {
        await jdtLoss(input, { backend });
      },
    });
  }
}
