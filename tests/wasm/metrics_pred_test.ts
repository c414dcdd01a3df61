/**
 * Parity of the wasm counter of predicted class ids (byte arrays, one sweep,
 * wasm/assembly/metrics.ts `metrics_count_pred_u8`) with the js pass
 * `countPredJs`: random class maps with ignored pixels, sizes that are not a
 * multiple of the kernel's 4-pixel step, every kind of ignore value, and the
 * same typed errors at the same index.
 */
import assert from "node:assert/strict";
import { seeded } from "../../tools/workloads.ts";
import { createMetrics } from "../../mod.ts";
import { type CountConfig, countPredJs } from "../../src/core/counts.ts";
import { wasmPredCounter } from "../../src/wasm/metrics.ts";
import { PRED_WASM_MIN_PIXELS } from "../../src/choose/backend.ts";

function config(C: number, ignoreIndex: number | null): CountConfig {
  return {
    numClasses: C,
    ignoreIndex,
    numBins: 15,
    perImage: true,
    eceD: false,
    eceI: false,
    sceD: false,
    sceI: false,
  };
}

/** Random class ids in [0, C), a fraction of labels set to `ignore`. */
function ids(rand: () => number, n: number, C: number, ignore: number | null) {
  const pred = new Uint8Array(n), labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    pred[i] = Math.floor(rand() * C);
    // Right about half the time, so tp is neither 0 nor everything.
    labels[i] = rand() < 0.5 ? pred[i] : Math.floor(rand() * C);
    if (ignore !== null && ignore < 256 && rand() < 0.1) labels[i] = ignore;
  }
  return { pred, labels };
}

/** The error a counter throws, or null. */
function thrown(f: () => unknown): Error | null {
  try {
    f();
    return null;
  } catch (e) {
    return e as Error;
  }
}

Deno.test("wasm class-id counts equal the js pass: random maps, odd sizes, every ignore kind", () => {
  const rand = seeded(23);
  const count = wasmPredCounter();
  let cases = 0;
  for (const N of [1, 3, 4, 5, 17, 64, 1021]) {
    for (
      const [C, ignore] of [
        [19, 255],
        [3, 0],
        [5, null],
        [7, 300],
        [256, 255],
        [2, 1],
      ] as const
    ) {
      for (const B of [1, 3]) {
        const { pred, labels } = ids(rand, B * N, C, ignore);
        const cfg = config(C, ignore);
        assert.deepEqual(
          count(pred, labels, B, N, cfg),
          countPredJs(pred, labels, B, N, cfg),
          `N ${N} C ${C} ignore ${ignore} B ${B}`,
        );
        cases++;
      }
    }
  }
  assert.equal(cases, 84);
});

Deno.test("wasm class-id counts: a whole image ignored, and Uint8ClampedArray inputs", () => {
  const count = wasmPredCounter();
  const cfg = config(4, 255);
  const pred = new Uint8ClampedArray([3, 2, 1, 0, 9, 1, 2]);
  const labels = new Uint8ClampedArray([255, 255, 255, 1, 255, 2, 2]);
  assert.deepEqual(
    count(pred, labels, 1, 7, cfg),
    countPredJs(pred, labels, 1, 7, cfg),
  );
  const all = new Uint8Array(5).fill(255);
  assert.deepEqual(
    count(new Uint8Array(5), all, 1, 5, cfg),
    countPredJs(new Uint8Array(5), all, 1, 5, cfg),
  );
});

Deno.test("wasm class-id counts throw the js pass's typed error at the same index", () => {
  const count = wasmPredCounter();
  const cfg = config(4, 255);
  // Bad label, bad prediction at a kept pixel, in the 4-pixel body and the tail;
  // a prediction out of range at an ignored pixel is not scored.
  const cases: [number[], number[]][] = [
    [[0, 1, 2, 3, 0, 1], [0, 1, 7, 3, 0, 1]],
    [[0, 1, 2, 3, 0, 9], [0, 1, 2, 3, 0, 1]],
    [[0, 9, 2, 3, 0, 1], [0, 255, 2, 3, 0, 1]],
    [[0, 1, 2, 3, 0, 1], [0, 1, 2, 3, 0, 254]],
  ];
  for (const [p, l] of cases) {
    const pred = Uint8Array.from(p), labels = Uint8Array.from(l);
    const want = thrown(() => countPredJs(pred, labels, 2, 3, cfg));
    const got = thrown(() => count(pred, labels, 2, 3, cfg));
    assert.deepEqual(got, want, `pred ${p} labels ${l}`);
    assert.equal(got?.constructor, want?.constructor);
    assert.equal(got?.message, want?.message);
  }
  assert.equal(
    thrown(() =>
      count(Uint8Array.from([0, 9]), Uint8Array.from([0, 255]), 1, 2, cfg)
    ),
    null,
  );
});

Deno.test("createMetrics counts byte class ids on wasm under auto from PRED_WASM_MIN_PIXELS, other arrays and small images on js", () => {
  const N = PRED_WASM_MIN_PIXELS + 3;
  const { pred, labels } = ids(seeded(7), N, 3, 255);
  const small = { pred: pred.subarray(0, 5), labels: labels.subarray(0, 5) };
  const batches = [
    [{ pred, shape: [1, N], labels }, "wasm"],
    [{ pred: Int32Array.from(pred), shape: [1, N], labels }, "js"],
    [{ ...small, shape: [1, 5] }, "js"],
  ] as const;
  const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
  const j = createMetrics({ numClasses: 3, ignoreIndex: 255, backend: "js" });
  for (const [batch, backend] of batches) {
    m.add(batch);
    j.add(batch);
    assert.equal(m.lastBackend, backend);
  }
  const w = createMetrics({ numClasses: 3, ignoreIndex: 255, backend: "wasm" });
  w.add({ ...small, shape: [1, 5] });
  assert.equal(w.lastBackend, "wasm");
  assert.deepEqual(m.value(), j.value());
  assert.deepEqual(m.perClass(), j.perClass());
});
