/**
 * Demo on built-in synthetic data: small images with a disc and a square,
 * labelled by three simulated annotators who disagree at the borders.
 * Prints JML, DML and Tversky for hard (majority) and soft (averaged) labels,
 * the naive soft Jaccard / soft Dice beside them, gradient norms and the
 * backend that ran. Run: `deno task demo` (no permissions needed).
 *
 * @module
 */

import { diceLoss, jaccardLoss, tverskyLoss } from "../mod.ts";
import type { LossInput, LossResult } from "../mod.ts";

const B = 4, C = 3, H = 32, W = 32, N = H * W;

/** Deterministic uniform numbers in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}
const rand = rng(7);

/** One annotator's label map of image b: class 1 = disc, class 2 = square, 0 = background. */
function annotate(b: number, jitter: number): Uint8Array {
  const cx = 10 + 3 * b, cy = 12 + 2 * b, r = 6 + b + jitter;
  const sx = 18 + b, sy = 17 - b, side = 9 + jitter;
  const out = new Uint8Array(N);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      const inSquare = x >= sx && x < sx + side && y >= sy && y < sy + side;
      out[y * W + x] = inSquare ? 2 : inDisc ? 1 : 0;
    }
  }
  return out;
}

// Three annotators: one draws tight, one loose, one in between.
const annotators = [-1, 0, 1].map((j) => {
  const labels = new Uint8Array(B * N);
  for (let b = 0; b < B; b++) labels.set(annotate(b, j), b * N);
  return labels;
});

/** Soft labels [B, C, H, W]: the mean of the annotators' one-hot maps. */
const soft = new Float32Array(B * C * N);
/** Hard labels: the majority vote (ties to the middle annotator). */
const hard = new Uint8Array(B * N);
for (let b = 0; b < B; b++) {
  for (let n = 0; n < N; n++) {
    const votes = [0, 0, 0];
    for (const a of annotators) votes[a[b * N + n]]++;
    for (let c = 0; c < C; c++) {
      soft[(b * C + c) * N + n] = votes[c] / annotators.length;
    }
    const max = Math.max(...votes);
    hard[b * N + n] = votes.filter((v) => v === max).length > 1
      ? annotators[1][b * N + n]
      : votes.indexOf(max);
  }
}

/** One-hot probabilities of the hard labels. */
const oneHot = new Float32Array(B * C * N);
for (let b = 0; b < B; b++) {
  for (let n = 0; n < N; n++) oneHot[(b * C + hard[b * N + n]) * N + n] = 1;
}

/** A trained-looking model: logits favouring the soft label, plus noise. */
const logits = new Float32Array(B * C * N);
for (let i = 0; i < logits.length; i++) {
  logits[i] = 4 * soft[i] + (rand() - 0.5) * 2;
}

/** The naive soft Jaccard / soft Dice losses (Σxy forms), mean over classes (batch level). */
function naive(
  probs: Float32Array,
  labels: Float32Array,
  dice: boolean,
): number {
  let total = 0;
  for (let c = 0; c < C; c++) {
    let xy = 0, x = 0, y = 0;
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        const i = (b * C + c) * N + n;
        xy += probs[i] * labels[i];
        x += probs[i];
        y += labels[i];
      }
    }
    total += dice ? 1 - 2 * xy / (x + y) : 1 - xy / (x + y - xy);
  }
  return total / C;
}

function softmax(z: Float32Array): Float32Array {
  const p = new Float32Array(z.length);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let m = -Infinity, s = 0;
      for (let c = 0; c < C; c++) m = Math.max(m, z[(b * C + c) * N + n]);
      for (let c = 0; c < C; c++) s += Math.exp(z[(b * C + c) * N + n] - m);
      for (let c = 0; c < C; c++) {
        p[(b * C + c) * N + n] = Math.exp(z[(b * C + c) * N + n] - m) / s;
      }
    }
  }
  return p;
}

const norm = (g?: Float32Array) =>
  Math.sqrt((g ?? new Float32Array()).reduce((s, v) => s + v * v, 0));
const shape = [B, C, H, W];
const predictions: [string, Partial<LossInput>, Float32Array][] = [
  ["model (noisy logits)", { logits }, softmax(logits)],
  ["= soft label", { probs: soft }, soft],
  ["= majority one-hot", { probs: oneHot }, oneHot],
];

const rows: string[][] = [];
let backend = "";
for (const [name, pred, probs] of predictions) {
  const results: LossResult[] = [];
  for (const labels of [hard, soft]) {
    const input = { ...pred, shape, labels } as LossInput;
    for (const f of [jaccardLoss, diceLoss, tverskyLoss]) {
      results.push(await f(input));
    }
  }
  backend = results[0].backend;
  rows.push([
    name,
    ...results.map((r) => r.value.toFixed(4)),
    naive(probs, soft, false).toFixed(4),
    naive(probs, soft, true).toFixed(4),
    norm(results[3].grad).toExponential(2),
  ]);
}

const header = [
  "prediction",
  "JML hard",
  "DML hard",
  "Tv hard",
  "JML soft",
  "DML soft",
  "Tv soft",
  "SJL soft",
  "SDL soft",
  "|∇JML soft|",
];
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => r[i].length))
);
const line = (cells: string[]) =>
  cells.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(
  `jdt demo: ${B} images ${H}×${W}, ${C} classes, 3 annotators; backend: ${backend}`,
);
console.log(
  "hard = majority vote, soft = annotators averaged; Tv = Tversky (alpha 0.3, beta 0.7);",
);
console.log(
  "SJL/SDL = naive soft Jaccard/Dice (Σxy forms), not minimised at the soft label.\n",
);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(
  "\nOnly JML and DML are 0 when the prediction equals the soft label; SJL and SDL are not.",
);
