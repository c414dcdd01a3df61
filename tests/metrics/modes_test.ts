/**
 * Metrics options for users of other toolkits: channels-last probabilities,
 * fractions instead of percent, precision per class, the confusion matrix
 * (counted, merged and serialised) and backwards-compatible JSON.
 */
import assert from "node:assert/strict";
import {
  createMetrics,
  JdtRangeError,
  JdtTypeError,
  type MetricsJSON,
  SegmentationMetrics,
} from "../../mod.ts";
import { randomBatch } from "../_metrics_data.ts";
import { throwsNaming } from "../_assert.ts";

const B = 3, C = 4, N = 20;

function toLast(probs: Float32Array): Float32Array {
  const out = new Float32Array(probs.length);
  for (let b = 0; b < B; b++) {
    for (let c = 0; c < C; c++) {
      for (let n = 0; n < N; n++) {
        out[(b * N + n) * C + c] = probs[(b * C + c) * N + n];
      }
    }
  }
  return out;
}

/** Argmax (first maximum) and the confusion counts, written plainly for the test. */
function expectedConfusion(
  probs: Float32Array,
  labels: Uint8Array,
): number[][] {
  const m = Array.from({ length: C }, () => new Array(C).fill(0));
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const l = labels[b * N + n];
      if (l === 255) continue;
      const p = Array.from({ length: C }, (_, c) => probs[(b * C + c) * N + n]);
      m[l][p.indexOf(Math.max(...p))]++;
    }
  }
  return m;
}

Deno.test("createMetrics({ layout: 'channels-last' }) equals channels-first on the transposed batch", () => {
  const x = randomBatch(1, B, C, N);
  const first = createMetrics({ numClasses: C, ignoreIndex: 255 }).add(x);
  for (const backend of ["js", "wasm"] as const) {
    const last = createMetrics({
      numClasses: C,
      ignoreIndex: 255,
      layout: "channels-last",
      backend,
    }).add({ probs: toLast(x.probs), shape: [B, N, C], labels: x.labels });
    assert.deepEqual(last.value(), first.value());
    assert.deepEqual(last.perClass(), first.perClass());
  }
  throwsNaming(
    () =>
      createMetrics({ numClasses: C, layout: "channels-last" }).add({
        probs: x.probs,
        shape: [B, C, N],
        labels: x.labels,
      }),
    JdtRangeError,
    "input.shape",
    /index 2 \(\[B, \.\.\.spatial, C\]\)/,
  );
  throwsNaming(
    () => createMetrics({ numClasses: C, layout: "NHWC" as "channels-last" }),
    JdtTypeError,
    "options.layout",
  );
});

Deno.test("units: 'fraction' divides percent values by 100 and SCE by 1000", () => {
  const x = randomBatch(2, B, C, N);
  const pct = createMetrics({ numClasses: C, ignoreIndex: 255, q: 50 }).add(x);
  const frac = createMetrics({
    numClasses: C,
    ignoreIndex: 255,
    q: 50,
    units: "fraction",
  }).add(x);
  const a = pct.value() as Record<string, number>;
  const f = frac.value() as Record<string, number>;
  assert.deepEqual(Object.keys(f), Object.keys(a));
  for (const k of Object.keys(a)) {
    const scale = k.startsWith("SCE") ? 1000 : 100;
    assert.ok(
      Number.isNaN(a[k])
        ? Number.isNaN(f[k])
        : Math.abs(f[k] * scale - a[k]) < 1e-9,
      k,
    );
    if (!Number.isNaN(f[k])) assert.ok(f[k] >= 0 && f[k] <= 1, `${k} ${f[k]}`);
  }
  const rows = frac.perClass(), ref = pct.perClass();
  for (let c = 0; c < C; c++) {
    for (const k of ["iou", "dice", "acc", "precision"] as const) {
      assert.ok(Math.abs(rows[c][k] * 100 - ref[c][k]) < 1e-9);
    }
  }
});

Deno.test("perClass() rows hold precision = tp / (tp + fp), NaN when never predicted", () => {
  const m = createMetrics({ numClasses: 3 }).add({
    pred: new Uint8Array([0, 0, 1, 1, 1, 0]),
    shape: [1, 6],
    labels: new Uint8Array([0, 1, 1, 1, 2, 2]),
  });
  const p = m.perClass().map((r) => r.precision);
  // Class 0: predicted 3 times, right once; class 1: 3 times, right twice.
  assert.ok(Math.abs(p[0] - 100 / 3) < 1e-12);
  assert.ok(Math.abs(p[1] - 200 / 3) < 1e-12);
  assert.ok(Number.isNaN(p[2]));
});

Deno.test("confusionMatrix() counts argmax against labels, merges and round-trips JSON", () => {
  const x = randomBatch(3, B, C, N), y = randomBatch(4, B, C, N);
  const opts = { numClasses: C, ignoreIndex: 255, confusionMatrix: true };
  const want = expectedConfusion(x.probs, x.labels);
  const wantY = expectedConfusion(y.probs, y.labels);
  const both = want.map((r, i) => r.map((v, j) => v + wantY[i][j]));
  for (const backend of ["js", "wasm"] as const) {
    const m = createMetrics({ ...opts, backend }).add(x);
    assert.deepEqual(m.confusionMatrix(), want);
    // Its diagonal and sums are the per-class counts.
    m.perClass().forEach((r, c) => {
      assert.equal(r.tp, want[c][c]);
      assert.equal(r.labelPixels, want[c].reduce((s, v) => s + v, 0));
      assert.equal(r.predPixels, want.reduce((s, row) => s + row[c], 0));
    });
    const other = createMetrics({ ...opts, backend }).add(y);
    assert.deepEqual(m.merge(other).confusionMatrix(), both);
    const back = SegmentationMetrics.fromJSON(
      JSON.parse(JSON.stringify(m.toJSON())),
    );
    assert.deepEqual(back.confusionMatrix(), both);
  }
  // Predicted ids count the same way.
  const ids = new Uint8Array(B * N);
  for (let i = 0; i < ids.length; i++) {
    const b = Math.floor(i / N), n = i % N;
    const p = Array.from({ length: C }, (_, c) => x.probs[(b * C + c) * N + n]);
    ids[i] = p.indexOf(Math.max(...p));
  }
  const fromIds = createMetrics(opts).add({
    pred: ids,
    shape: [B, N],
    labels: x.labels,
  });
  assert.deepEqual(fromIds.confusionMatrix(), want);
});

Deno.test("confusionMatrix() needs the option, and numClasses <= 1024", () => {
  const m = createMetrics({ numClasses: 2 });
  throwsNaming(
    () => m.confusionMatrix(),
    JdtTypeError,
    "options.confusionMatrix",
  );
  throwsNaming(
    () => createMetrics({ numClasses: 2000, confusionMatrix: true }),
    JdtRangeError,
    "options.numClasses",
  );
  assert.deepEqual(
    createMetrics({ numClasses: 2, confusionMatrix: true }).confusionMatrix(),
    [[0, 0], [0, 0]],
  );
});

Deno.test("fromJSON() reads records written before the new options (format jdt-metrics/1)", () => {
  const x = randomBatch(5, B, C, N);
  const m = createMetrics({ numClasses: C, ignoreIndex: 255 }).add(x);
  const json = JSON.parse(JSON.stringify(m.toJSON())) as MetricsJSON;
  assert.equal(json.format, "jdt-metrics/1");
  assert.equal(json.arrays.confusion, undefined);
  // An old record: no layout, units or confusionMatrix option.
  for (const k of ["layout", "units", "confusionMatrix"]) {
    delete json.options[k];
  }
  const back = SegmentationMetrics.fromJSON(json);
  assert.deepEqual(back.value(), m.value());
  // A confusion array without the option is refused.
  const bad = {
    ...json,
    arrays: { ...json.arrays, confusion: new Array(C * C).fill(0) },
  };
  throwsNaming(() => SegmentationMetrics.fromJSON(bad), JdtTypeError, "json");
});
