/**
 * Second guard of the wasm counting pass of the metrics (issue 16): counts,
 * accuracy and calibration of a batch whose class 0 matters, against values
 * computed here from the definitions (docs/spec.md §6), not against the js pass.
 */
import assert from "node:assert/strict";
import { seeded } from "../../tools/workloads.ts";
import { createMetrics } from "../../mod.ts";

const B = 2, C = 3, N = 7, IGNORE = 255, BINS = 10;
/** Probability patterns: the argmax class, the next, the last (none near a bin edge). */
const PATTERNS = [[0.65, 0.28, 0.07], [0.45, 0.33, 0.22], [0.91, 0.05, 0.04]];

/** A batch of probabilities (each pixel one pattern, rotated to its argmax) and labels. */
function batch() {
  const rand = seeded(3);
  const probs = new Float32Array(B * C * N);
  const labels = new Uint8Array(B * N);
  const arg = new Int32Array(B * N);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const a = Math.floor(rand() * C);
      const pat = PATTERNS[Math.floor(rand() * PATTERNS.length)];
      for (let k = 0; k < C; k++) {
        probs[(b * C + (a + k) % C) * N + n] = pat[k];
      }
      arg[b * N + n] = a;
      // Class 0 often right, sometimes wrong; one ignored pixel per image.
      const r = rand();
      labels[b * N + n] = n === 5 ? IGNORE : r < 0.6 ? a : Math.floor(r * C);
    }
  }
  return { probs, labels, arg };
}

/** Calibration error (fraction) of (confidence, correct) pairs over BINS equal bins. */
function calibration(pairs: [number, boolean][]): number {
  const total = new Float64Array(BINS), ok = new Float64Array(BINS);
  const conf = new Float64Array(BINS);
  for (const [v, good] of pairs) {
    const k = Math.min(BINS - 1, Math.floor(v * BINS));
    total[k]++;
    ok[k] += good ? 1 : 0;
    conf[k] += v;
  }
  let e = 0;
  for (let k = 0; k < BINS; k++) {
    if (total[k]) {
      e += (total[k] / pairs.length) * Math.abs(ok[k] - conf[k]) / total[k];
    }
  }
  return e;
}

/** The expected values, from the definitions. */
function expected(probs: Float32Array, labels: Uint8Array, arg: Int32Array) {
  const tp = new Float64Array(C), pred = new Float64Array(C);
  const lab = new Float64Array(C);
  const top: [number, boolean][] = [];
  const perClass: [number, boolean][][] = Array.from({ length: C }, () => []);
  const sceI: number[] = [];
  for (let b = 0; b < B; b++) {
    const img: [number, boolean][][] = Array.from({ length: C }, () => []);
    const present = new Set<number>();
    for (let n = 0; n < N; n++) {
      const l = labels[b * N + n], a = arg[b * N + n];
      if (l === IGNORE) continue;
      present.add(l);
      pred[a]++;
      lab[l]++;
      if (a === l) tp[l]++;
      top.push([probs[(b * C + a) * N + n], a === l]);
      for (let c = 0; c < C; c++) {
        const pair: [number, boolean] = [
          probs[(b * C + c) * N + n],
          a === c && l === c,
        ];
        perClass[c].push(pair);
        img[c].push(pair);
      }
    }
    let s = 0;
    for (const c of present) s += calibration(img[c]);
    sceI.push(1000 * s / present.size);
  }
  const kept = lab.reduce((a, b) => a + b);
  let iou = 0;
  for (let c = 0; c < C; c++) iou += tp[c] / (pred[c] + lab[c] - tp[c]) / C;
  return {
    tp,
    pred,
    lab,
    Acc: 100 * tp.reduce((a, b) => a + b) / kept,
    mIoUD: 100 * iou,
    ECED: 100 * calibration(top),
    SCED: 1000 * perClass.reduce((s, p) => s + calibration(p), 0) / C,
    SCEI: sceI.reduce((a, b) => a + b) / B,
  };
}

Deno.test("wasm metrics count class 0 like every class: counts, accuracy and calibration from the definitions", () => {
  const { probs, labels, arg } = batch();
  const want = expected(probs, labels, arg);
  // The batch exercises class 0 as label and as prediction.
  assert.ok(want.tp[0] > 0 && want.pred[0] > want.tp[0] && want.lab[0] > 0);
  for (const backend of ["wasm", "js"] as const) {
    const m = createMetrics({ numClasses: C, ignoreIndex: IGNORE, backend });
    m.add({ probs, shape: [B, C, N], labels });
    assert.equal(m.lastBackend, backend);
    const rows = m.perClass();
    for (let c = 0; c < C; c++) {
      assert.equal(rows[c].tp, want.tp[c], `${backend} tp[${c}]`);
      assert.equal(rows[c].predPixels, want.pred[c], `${backend} pred[${c}]`);
      assert.equal(rows[c].labelPixels, want.lab[c], `${backend} label[${c}]`);
    }
    const v = m.value();
    for (const key of ["Acc", "mIoUD", "ECED", "SCED", "SCEI"] as const) {
      assert.ok(
        Math.abs(v[key]! - want[key]) < 1e-9,
        `${backend} ${key}: ${v[key]} vs ${want[key]}`,
      );
    }
  }
});
