/**
 * Prediction/label file pairs for the tests of runs (tests/score/runs_test.ts,
 * the edge checks): a PNG class-id pair or a `.npy` probabilities pair, each
 * with a way to add the same pair straight to an accumulator.
 */
import { encodeNpy } from "../src/score/npy.ts";
import { createMetrics, type SegmentationMetrics } from "../mod.ts";
import { png8 } from "./_score_files.ts";

/** A seeded generator of numbers in [0, 1) (a linear congruential one). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A pair of files, and the same pair for an accumulator. */
export interface Pair {
  id: string;
  pred: Uint8Array;
  label: Uint8Array;
  add(m: SegmentationMetrics): void;
}

/** A PNG pair of `w`×`h` pixels, `C` classes, a share of them ignored (255). */
export function pngPair(
  seed: number,
  C: number,
  w: number,
  h: number,
  ignoredShare = 0.1,
): Pair {
  const rnd = seeded(seed);
  const labels = new Uint8Array(w * h);
  const pred = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) {
    labels[i] = rnd() < ignoredShare ? 255 : Math.floor(rnd() * C);
    // Predictions at ignored pixels may be anything, 255 included.
    pred[i] = labels[i] === 255
      ? 255
      : rnd() < 0.7
      ? labels[i]
      : Math.floor(rnd() * C);
  }
  return {
    id: `png-${seed}`,
    pred: png8(pred, w, h),
    label: png8(labels, w, h),
    add: (m) => m.add({ pred, shape: [1, w * h], labels }),
  };
}

/** A `.npy` probabilities pair ([C, h, w] float32) with a PNG label map. */
export function npyPair(seed: number, C: number, w: number, h: number): Pair {
  const rnd = seeded(seed);
  const n = w * h;
  const labels = new Uint8Array(n);
  const probs = new Float32Array(C * n);
  for (let i = 0; i < n; i++) {
    labels[i] = rnd() < 0.1 ? 255 : Math.floor(rnd() * C);
    let t = 0;
    for (let c = 0; c < C; c++) t += probs[c * n + i] = rnd() ** 4;
    for (let c = 0; c < C; c++) probs[c * n + i] /= t;
  }
  return {
    id: `npy-${seed}`,
    pred: encodeNpy(probs, [C, h, w]),
    label: png8(labels, w, h),
    add: (m) => m.add({ probs, shape: [1, C, n], labels }),
  };
}

/** A run's answer as the library computes it, pairs added in order (JSON: NaN → null). */
export function expectedRun(pairs: Pair[], C: number): {
  metrics: unknown;
  perClass: unknown;
  images: number;
  keptPixels: number;
} {
  const m = createMetrics({ numClasses: C, ignoreIndex: 255 });
  for (const p of pairs) p.add(m);
  return JSON.parse(JSON.stringify({
    metrics: m.value(),
    perClass: m.perClass(),
    images: m.images,
    keptPixels: m.keptPixels,
  }));
}
