/**
 * Plain float64 TypeScript of both passes: the oracle every other backend is
 * checked against, and the `"js"` backend.
 *
 * @module
 */

import { findInvalidData } from "./data_check.ts";
import { runHostStep } from "./host_step.ts";
import type {
  BackendOutput,
  HostStepPlan,
  Problem,
  SyncBackend,
} from "./problem.ts";
import { COEF_K, STAT_K, syncBackend } from "./problem.ts";

/** Element stride between consecutive classes and the offset of (b, n). */
function addressing(
  p: Problem,
): { classStride: number; at: (b: number, n: number) => number } {
  const { C, N } = p;
  return p.layout === "channels-first"
    ? { classStride: N, at: (b, n) => b * C * N + n }
    : { classStride: 1, at: (b, n) => (b * N + n) * C };
}

/** Writes the probabilities of pixel (b, n) into `x` (float64). */
function probabilities(
  p: Problem,
  base: number,
  stride: number,
  x: Float64Array,
): void {
  const { C, pred, temperature: T } = p;
  if (p.activation === "softmax") {
    // (z − max) / T: never above 0, so no overflow at any temperature.
    let max = -Infinity;
    for (let c = 0; c < C; c++) max = Math.max(max, pred[base + c * stride]);
    let sum = 0;
    for (let c = 0; c < C; c++) {
      x[c] = Math.exp((pred[base + c * stride] - max) / T);
      sum += x[c];
    }
    for (let c = 0; c < C; c++) x[c] /= sum;
  } else if (p.activation === "sigmoid") {
    for (let c = 0; c < C; c++) {
      x[c] = 1 / (1 + Math.exp(-pred[base + c * stride] / T));
    }
  } else {
    for (let c = 0; c < C; c++) x[c] = pred[base + c * stride];
  }
}

/**
 * Calls `visit` for every kept pixel with its image, the offset of its first
 * class, the class stride, and its probabilities `x` and labels `y` (float64,
 * one per class; overwritten for the next pixel).
 */
function forEachKeptPixel(
  p: Problem,
  visit: (
    b: number,
    base: number,
    stride: number,
    x: Float64Array,
    y: Float64Array,
  ) => void,
): void {
  const { B, C, N, labels } = p;
  const { classStride, at } = addressing(p);
  const x = new Float64Array(C), y = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const i = b * N + n;
      if (p.keepMask !== null && p.keepMask[i] === 0) continue;
      const base = at(b, n);
      if (p.soft) {
        for (let c = 0; c < C; c++) y[c] = labels[base + c * classStride];
      } else {
        const lab = labels[i];
        if (lab === p.ignoreIndex) continue;
        for (let c = 0; c < C; c++) y[c] = lab === c ? 1 : 0;
      }
      probabilities(p, base, classStride, x);
      visit(b, base, classStride, x, y);
    }
  }
}

/**
 * Pass 1 in float64: the statistics of docs/spec.md §2 per (image, class).
 *
 * @param p A validated problem (data values checked too).
 * @returns `B*C*STAT_K` statistics.
 */
export function referenceStatistics(p: Problem): Float64Array {
  const C = p.C;
  const stats = new Float64Array(p.B * C * STAT_K);
  forEachKeptPixel(p, (b, _base, _stride, x, y) => {
    for (let c = 0; c < C; c++) {
      const xc = x[c], yc = y[c], d = Math.abs(xc - yc);
      const s = (b * C + c) * STAT_K;
      if (p.norm === 1) {
        stats[s] += xc;
        stats[s + 1] += yc;
        stats[s + 2] += d;
      } else {
        stats[s] += xc * xc;
        stats[s + 1] += yc * yc;
        stats[s + 2] += d * d;
      }
      stats[s + 3] = Math.max(stats[s + 3], yc);
      stats[s + 4] = Math.max(stats[s + 4], xc);
      stats[s + 5] = Math.max(stats[s + 5], xc + yc);
    }
  });
  return stats;
}

/**
 * Pass 2 in float64: d loss / d pred from the per-group coefficients, through
 * the activation; 0 on dropped pixels.
 *
 * @param p A validated problem.
 * @param coef `B*C*COEF_K` coefficients from the host step.
 * @returns The gradient in the layout of `p.pred`.
 */
export function referenceGradient(
  p: Problem,
  coef: Float64Array,
): Float32Array {
  const { C, temperature: T } = p;
  const grad = p.gradInto?.fill(0) ?? new Float32Array(p.pred.length);
  const g = new Float64Array(C);
  forEachKeptPixel(p, (b, base, stride, x, y) => {
    for (let c = 0; c < C; c++) {
      const k = (b * C + c) * COEF_K;
      if (p.norm === 1) {
        g[c] = x[c] > y[c] ? coef[k] : x[c] < y[c] ? coef[k + 1] : coef[k + 2];
      } else {
        g[c] = coef[k] * x[c] + coef[k + 1] * y[c];
      }
    }
    if (p.activation === "softmax") {
      let dot = 0;
      for (let c = 0; c < C; c++) dot += x[c] * g[c];
      for (let c = 0; c < C; c++) {
        grad[base + c * stride] = x[c] * (g[c] - dot) / T;
      }
    } else if (p.activation === "sigmoid") {
      for (let c = 0; c < C; c++) {
        grad[base + c * stride] = g[c] * x[c] * (1 - x[c]) / T;
      }
    } else {
      for (let c = 0; c < C; c++) grad[base + c * stride] = g[c];
    }
  });
  return grad;
}

/** The `"js"` backend: both passes in float64 TypeScript; takes every problem. */
export const jsBackend: SyncBackend = syncBackend(
  "js",
  () => null,
  runReference,
);

/**
 * Both reference passes around the host step, synchronously; throws a typed
 * error on invalid data.
 *
 * @param problem A validated problem.
 * @param step The host step.
 * @returns Statistics, the host step's result, and the gradient when it gave
 *   coefficients.
 */
export function runReference(
  problem: Problem,
  step: HostStepPlan,
): BackendOutput {
  findInvalidData(problem);
  const stats = referenceStatistics(problem);
  const host = runHostStep(step, stats);
  if (host === undefined) return { stats };
  return host.coef === null
    ? { stats, host }
    : { stats, host, grad: referenceGradient(problem, host.coef) };
}
