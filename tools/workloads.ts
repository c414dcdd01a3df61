/**
 * The benchmark workloads W1, W2, W3 of the anchor timings, built from a seeded
 * generator: shared by bench/ (which imports tools/), tools/gpu_check.ts, the
 * examples and the tests.
 */
import type { HostLossInput, LossOptions } from "../src/core/types.ts";

/** A workload: its input, the options it runs with, and its size. */
export interface Workload {
  /** Short name: "W1", "W2" or "W3". */
  name: string;
  /** Group label for Deno.bench, with the shape. */
  group: string;
  /** The input. */
  input: HostLossInput;
  /** Options (value + gradient, or value only). */
  options: LossOptions;
  /** Prediction elements (B·C·N). */
  elements: number;
}

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function logits(n: number, rand: () => number): Float32Array {
  const z = new Float32Array(n);
  for (let i = 0; i < n; i++) z[i] = (rand() - 0.5) * 8;
  return z;
}

function hardLabels(
  n: number,
  C: number,
  ignoreShare: number,
  rand: () => number,
): Uint8Array {
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = rand() < ignoreShare ? 255 : Math.floor(rand() * C);
  }
  return y;
}

/** Soft labels `[B, C, N]`: a softmax of random scores per pixel. */
function softLabels(
  B: number,
  C: number,
  N: number,
  rand: () => number,
): Float32Array {
  const y = new Float32Array(B * C * N);
  const e = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let c = 0; c < C; c++) s += e[c] = Math.exp(rand() * 4);
      for (let c = 0; c < C; c++) y[(b * C + c) * N + n] = e[c] / s;
    }
  }
  return y;
}

/** Probabilities `[B, C, N]`: a softmax of random logits. */
function probabilities(
  B: number,
  C: number,
  N: number,
  rand: () => number,
): Float32Array {
  const z = logits(B * C * N, rand);
  const p = new Float32Array(z.length);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let m = -Infinity, s = 0;
      for (let c = 0; c < C; c++) m = Math.max(m, z[(b * C + c) * N + n]);
      for (let c = 0; c < C; c++) s += Math.exp(z[(b * C + c) * N + n] - m);
      for (let c = 0; c < C; c++) {
        p[(b * C + c) * N + n] = Math.min(
          1,
          Math.exp(z[(b * C + c) * N + n] - m) / s,
        );
      }
    }
  }
  return p;
}

/** W1: B=8, C=19, 256×512 logits (each side divided by `scale`), hard labels with 5% ignored (255), value + gradient. */
export function w1(scale = 1): Workload {
  const rand = seeded(1);
  const [B, C, H, W] = [8, 19, 256 / scale, 512 / scale];
  return {
    name: "W1",
    group: `W1 8x19x${H}x${W} hard`,
    input: {
      logits: logits(B * C * H * W, rand),
      shape: [B, C, H, W],
      labels: hardLabels(B * H * W, C, 0.05, rand),
    },
    options: { ignoreIndex: 255 },
    elements: B * C * H * W,
  };
}

/** W2: as W1 with soft labels, value + gradient (sides divided by `scale`). */
export function w2(scale = 1): Workload {
  const rand = seeded(2);
  const [B, C, H, W] = [8, 19, 256 / scale, 512 / scale];
  return {
    name: "W2",
    group: `W2 8x19x${H}x${W} soft`,
    input: {
      logits: logits(B * C * H * W, rand),
      shape: [B, C, H, W],
      labels: softLabels(B, C, H * W, rand),
    },
    options: {},
    elements: B * C * H * W,
  };
}

/** W3: B=1, C=21, 512×512 (each side divided by `scale`) probabilities with hard labels, value only. */
export function w3(scale = 1): Workload {
  const rand = seeded(3);
  const [B, C, H, W] = [1, 21, 512 / scale, 512 / scale];
  return {
    name: "W3",
    group: `W3 1x21x${H}x${W} probs`,
    input: {
      probs: probabilities(B, C, H * W, rand),
      shape: [B, C, H, W],
      labels: hardLabels(B * H * W, C, 0, rand),
    },
    options: { grad: false },
    elements: B * C * H * W,
  };
}
