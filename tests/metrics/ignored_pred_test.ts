// Predictions at ignored pixels are not scored, so they are not validated
// either, on every counting backend; predictions at kept pixels still are.
import assert from "node:assert/strict";
import { createMetrics, isInputError, softScores } from "../../mod.ts";
import { adapter, ignore as noGpu, withDevice } from "../_gpu.ts";

const C = 3;
const N = 37; // not a multiple of 4: the wasm SIMD loop and its tail both run
const IGN = 255;

/** Labels with every 5th pixel ignored; a valid prediction agreeing on ~2/3. */
function scene() {
  const labels = new Uint8Array(N);
  const pred = new Uint8Array(N);
  for (let n = 0; n < N; n++) {
    labels[n] = n % 5 === 0 ? IGN : n % C;
    pred[n] = n % 3 === 0 ? (n + 1) % C : n % C;
  }
  return { labels, pred };
}

/** Probabilities [1, C, N] putting 0.7 on `ids[n]` and 0.15 elsewhere. */
function probsOf(ids: Uint8Array): Float32Array {
  const p = new Float32Array(C * N);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) p[c * N + n] = ids[n] % C === c ? 0.7 : 0.15;
  }
  return p;
}

/** A copy of `probs` with garbage (NaN, 2, -1, Infinity) at ignored pixels. */
function garbageAtIgnored(probs: Float32Array, labels: Uint8Array) {
  const out = probs.slice();
  const junk = [NaN, 2, -1, Infinity];
  for (let n = 0; n < N; n++) {
    if (labels[n] !== IGN) continue;
    for (let c = 0; c < C; c++) out[c * N + n] = junk[(n + c) % junk.length];
  }
  return out;
}

const opts = { numClasses: C, ignoreIndex: IGN };

for (const backend of ["js", "wasm"] as const) {
  Deno.test(`metrics (${backend}): probabilities at ignored pixels are not validated, kept ones are`, () => {
    const { labels, pred } = scene();
    const clean = probsOf(pred);
    const dirty = garbageAtIgnored(clean, labels);
    const want = createMetrics({ ...opts, backend }).add({
      probs: clean,
      shape: [1, C, N],
      labels,
    }).value();
    const got = createMetrics({ ...opts, backend }).add({
      probs: dirty,
      shape: [1, C, N],
      labels,
    }).value();
    assert.deepEqual(got, want);
    // A bad value at a kept pixel, in the SIMD body (pixel 1) and the tail (36).
    for (const n of [1, 36]) {
      const bad = dirty.slice();
      bad[2 * N + n] = 1.5;
      assert.throws(
        () =>
          createMetrics({ ...opts, backend }).add({
            probs: bad,
            shape: [1, C, N],
            labels,
          }),
        (e: unknown) =>
          isInputError(e) &&
          (e as { argument: string }).argument === "input.probs" &&
          new RegExp(`got 1\\.5 at index ${2 * N + n}`).test(
            (e as Error).message,
          ),
      );
    }
  });
}

Deno.test("metrics: class ids at ignored pixels are not validated; identical masks score 100", () => {
  const { labels } = scene();
  const same = labels.slice(); // 255 where the label is ignored, as a PNG pair
  const m = createMetrics(opts).add({ pred: same, shape: [1, N], labels });
  const v = m.value();
  assert.equal(v.Acc, 100);
  assert.equal(v.mIoUD, 100);
  assert.equal(v.mDiceI, 100);
  assert.equal(m.keptPixels, N - Math.ceil(N / 5));
  // Out of range at a kept pixel is still an error naming input.pred.
  const bad = same.slice();
  bad[1] = 7;
  assert.throws(
    () => createMetrics(opts).add({ pred: bad, shape: [1, N], labels }),
    (e: unknown) =>
      isInputError(e) && (e as { argument: string }).argument === "input.pred",
  );
});

Deno.test("softScores: probabilities at ignored pixels are not validated", () => {
  const { labels, pred } = scene();
  const clean = probsOf(pred);
  const dirty = garbageAtIgnored(clean, labels);
  const o = { ignoreIndex: IGN };
  const a = softScores({ pred: clean, target: labels, shape: [1, C, N] }, o);
  const b = softScores({ pred: dirty, target: labels, shape: [1, C, N] }, o);
  assert.deepEqual(b, a);
  const bad = dirty.slice();
  bad[1] = NaN;
  assert.throws(
    () => softScores({ pred: bad, target: labels, shape: [1, C, N] }, o),
    (e: unknown) => isInputError(e),
  );
});

Deno.test({
  name:
    "metrics (webgpu): probabilities at ignored pixels are not validated, kept ones are",
  ignore: noGpu,
  fn: async () => {
    assert.ok(adapter !== null);
    const { labels, pred } = scene();
    const clean = probsOf(pred);
    const dirty = garbageAtIgnored(clean, labels);
    await withDevice(async (device) => {
      const want = createMetrics({ ...opts, backend: "js" }).add({
        probs: clean,
        shape: [1, C, N],
        labels,
      }).value() as Record<string, number>;
      const gpu = createMetrics({ ...opts, backend: "webgpu", device });
      await gpu.addAsync({ probs: dirty, shape: [1, C, N], labels });
      const got = gpu.value() as Record<string, number>;
      for (const k of Object.keys(want)) {
        if (Number.isNaN(want[k])) assert.ok(Number.isNaN(got[k]), k);
        else assert.ok(Math.abs(got[k] - want[k]) < 1e-3, k);
      }
      const bad = dirty.slice();
      bad[N + 3] = -0.5;
      await assert.rejects(
        () =>
          createMetrics({ ...opts, backend: "webgpu", device }).addAsync({
            probs: bad,
            shape: [1, C, N],
            labels,
          }),
        (e: unknown) =>
          isInputError(e) &&
          (e as { argument: string }).argument === "input.probs",
      );
    });
  },
});
