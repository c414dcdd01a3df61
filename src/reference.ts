/**
 * Plain float64 TypeScript of both passes: the oracle every other backend is
 * checked against, and the `"js"` backend.
 *
 * @module
 */

import { findInvalidData } from "./options.ts";
import type { Backend, BackendOutput, HostStep, Problem } from "./problem.ts";
import { COEF_K, STAT_K } from "./problem.ts";

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
    let max = -Infinity;
    for (let c = 0; c < C; c++) {
      max = Math.max(max, pred[base + c * stride] / T);
    }
    let sum = 0;
    for (let c = 0; c < C; c++) {
      x[c] = Math.exp(pred[base + c * stride] / T - max);
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

/** Whether pixel (b, n) is kept, and its hard label (or -1 for soft labels). */
function keptLabel(p: Problem, i: number): number | null {
  if (p.keepMask !== null && p.keepMask[i] === 0) return null;
  if (p.soft) return -1;
  const lab = p.labels[i];
  return lab === p.ignoreIndex ? null : lab;
}

/**
 * Pass 1 in float64: the statistics of SPEC section 2 per (image, class).
 *
 * @param p A validated problem (data values checked too).
 * @returns `B*C*STAT_K` statistics.
 */
export function referenceStatistics(p: Problem): Float64Array {
  const { B, C, N, labels } = p;
  const { classStride, at } = addressing(p);
  const stats = new Float64Array(B * C * STAT_K);
  const x = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const lab = keptLabel(p, b * N + n);
      if (lab === null) continue;
      const base = at(b, n);
      probabilities(p, base, classStride, x);
      for (let c = 0; c < C; c++) {
        const y = lab === -1
          ? labels[base + c * classStride]
          : (lab === c ? 1 : 0);
        const xc = x[c], d = Math.abs(xc - y);
        const s = (b * C + c) * STAT_K;
        if (p.norm === 1) {
          stats[s] += xc;
          stats[s + 1] += y;
          stats[s + 2] += d;
        } else {
          stats[s] += xc * xc;
          stats[s + 1] += y * y;
          stats[s + 2] += d * d;
        }
        stats[s + 3] = Math.max(stats[s + 3], y);
        stats[s + 4] = Math.max(stats[s + 4], xc);
        stats[s + 5] = Math.max(stats[s + 5], xc + y);
      }
    }
  }
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
  const { B, C, N, labels, temperature: T } = p;
  const { classStride, at } = addressing(p);
  const grad = p.gradInto?.fill(0) ?? new Float32Array(p.pred.length);
  const x = new Float64Array(C), g = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const lab = keptLabel(p, b * N + n);
      if (lab === null) continue;
      const base = at(b, n);
      probabilities(p, base, classStride, x);
      for (let c = 0; c < C; c++) {
        const y = lab === -1
          ? labels[base + c * classStride]
          : (lab === c ? 1 : 0);
        const k = (b * C + c) * COEF_K;
        if (p.norm === 1) {
          g[c] = x[c] > y ? coef[k] : x[c] < y ? coef[k + 1] : coef[k + 2];
        } else {
          g[c] = coef[k] * x[c] + coef[k + 1] * y;
        }
      }
      if (p.activation === "softmax") {
        let dot = 0;
        for (let c = 0; c < C; c++) dot += x[c] * g[c];
        for (let c = 0; c < C; c++) {
          grad[base + c * classStride] = x[c] * (g[c] - dot) / T;
        }
      } else if (p.activation === "sigmoid") {
        for (let c = 0; c < C; c++) {
          grad[base + c * classStride] = g[c] * x[c] * (1 - x[c]) / T;
        }
      } else {
        for (let c = 0; c < C; c++) grad[base + c * classStride] = g[c];
      }
    }
  }
  return grad;
}

/** The `"js"` backend: both passes in float64 TypeScript. */
export const jsBackend: Backend = {
  name: "js",
  run(problem: Problem, step: HostStep): Promise<BackendOutput> {
    try {
      return Promise.resolve(runReference(problem, step));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

/**
 * Both reference passes around the host step, synchronously; throws a typed
 * error on invalid data.
 *
 * @param problem A validated problem.
 * @param step The host step.
 * @returns Statistics, and the gradient when the host step gave coefficients.
 */
export function runReference(problem: Problem, step: HostStep): BackendOutput {
  findInvalidData(problem);
  const stats = referenceStatistics(problem);
  const coef = step(stats);
  return coef === null
    ? { stats }
    : { stats, grad: referenceGradient(problem, coef) };
}
