/**
 * Kernel call lists for inputs that already live in wasm memory: for a range
 * of pixels of every image, the `lossStats` / `lossGrad` calls (and, for the
 * channels-last layout, the transposes) with their pointers, chunk by chunk.
 * The same lists run on the calling thread or on a worker.
 *
 * @module
 */

import { COEF_K, type Problem } from "../core/problem.ts";
import {
  type ChunkArgs,
  gradArgs,
  type KernelCallList,
  type PassConstants,
  statsArgs,
} from "./abi.ts";
import { BLOCK, type ChunkBuffers, labelBytes, SUM_K } from "./kernels.ts";

/** Byte offsets of a call's arrays in wasm memory (mask 0: none; grad -1: not there). */
export interface Pointers {
  /** Prediction. */
  pred: number;
  /** Labels. */
  labels: number;
  /** Keep mask, or 0. */
  mask: number;
  /** Gradient output, or -1 when it is not in wasm memory. */
  grad: number;
}

/**
 * Pixels of every image handled by pointers (the rest, fewer than BLOCK
 * channels-first pixels, go through copies), split between `T` threads.
 *
 * @param p The problem.
 * @param T Threads.
 * @returns One [n0, n1) range per thread.
 */
export function threadRanges(p: Problem, T: number): [number, number][] {
  const end = p.layout === "channels-first"
    ? Math.floor(p.N / BLOCK) * BLOCK
    : p.N;
  const step = Math.ceil(end / T / BLOCK) * BLOCK;
  return Array.from({ length: T }, (_, t) => [
    Math.min(end, t * step),
    Math.min(end, (t + 1) * step),
  ]);
}

/** Arguments shared by both passes for chunk (b, n, L): source rows, soft rows, labels, mask. */
function chunkArgs(
  p: Problem,
  q: PassConstants,
  at: Pointers,
  m: ChunkBuffers,
  b: number,
  n: number,
  L: number,
  calls: KernelCallList,
): Omit<ChunkArgs, "L" | "Lp"> {
  const { C, N } = p;
  const pixel = b * N + n;
  const raw = p.soft ? 0 : at.labels + labelBytes(q.kind) * pixel;
  const mask = at.mask === 0 ? 0 : at.mask + pixel;
  if (p.layout === "channels-last") {
    calls.push([
      "planarFromInterleaved",
      at.pred + 4 * C * pixel,
      m.pred,
      C,
      L,
      m.Lp,
    ]);
    if (p.soft) {
      calls.push([
        "planarFromInterleaved",
        at.labels + 4 * C * pixel,
        m.soft,
        C,
        L,
        m.Lp,
      ]);
    }
    return {
      src: m.pred,
      stride: 4 * m.Lp,
      soft: m.soft,
      raw,
      mask,
      lab: m.lab,
    };
  }
  const off = 4 * (b * C * N + n);
  const soft = p.soft ? at.labels + off : 0;
  return { src: at.pred + off, stride: 4 * N, soft, raw, mask, lab: m.lab };
}

/**
 * Pass 1 calls for pixels n0..n1 of every image, adding into `m.sums` (image b
 * at b·C·SUM_K). Channels-first with the gradient in memory: the
 * probabilities go to the gradient array.
 *
 * @param p The problem.
 * @param q Kernel call constants.
 * @param at Pointers.
 * @param m This thread's chunk buffers.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @returns The calls.
 */
export function statsCalls(
  p: Problem,
  q: PassConstants,
  at: Pointers,
  m: ChunkBuffers,
  n0: number,
  n1: number,
): KernelCallList {
  const calls: KernelCallList = [];
  const { B, C, N } = p;
  for (let b = 0; b < B; b++) {
    for (let n = n0; n < n1; n += m.Lp) {
      const L = Math.min(m.Lp, n1 - n);
      const a = chunkArgs(p, q, at, m, b, n, L, calls);
      let dst = m.pred, dStride = 4 * m.Lp;
      if (p.layout === "channels-first" && at.grad >= 0) {
        dst = at.grad + 4 * (b * C * N + n);
        dStride = 4 * N;
      }
      const Lp = p.layout === "channels-first" ? L : m.Lp;
      const sums = m.sums + b * C * SUM_K * 8;
      const c = { ...a, L, Lp, dst, dstStride: dStride, sums };
      calls.push(["lossStats", ...statsArgs(q, c)]);
    }
  }
  return calls;
}

/**
 * Pass 2 calls for pixels n0..n1 of every image, into the gradient array in
 * memory (`at.grad` >= 0); image b's coefficients at `coef` + b·C·COEF_K·4.
 *
 * @param p The problem.
 * @param q Kernel call constants.
 * @param at Pointers.
 * @param m This thread's chunk buffers.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @param coef Byte offset of all images' float32 coefficients.
 * @returns The calls.
 */
export function gradCalls(
  p: Problem,
  q: PassConstants,
  at: Pointers,
  m: ChunkBuffers,
  n0: number,
  n1: number,
  coef: number,
): KernelCallList {
  const calls: KernelCallList = [];
  const { B, C, N } = p;
  const first = p.layout === "channels-first";
  for (let b = 0; b < B; b++) {
    for (let n = n0; n < n1; n += m.Lp) {
      const L = Math.min(m.Lp, n1 - n);
      const a = chunkArgs(p, q, at, m, b, n, L, calls);
      const out = first ? at.grad + 4 * (b * C * N + n) : m.pred;
      // Pass 1 left the probabilities in the gradient array (channels-first).
      const stored = first && q.act !== 0 ? 1 : 0;
      const src = stored ? out : a.src;
      const Lp = first ? L : m.Lp;
      const c = { ...a, src, L, Lp, stored, out, scratch: m.scratch };
      calls.push([
        "lossGrad",
        ...gradArgs(q, { ...c, coef: coef + b * C * COEF_K * 4 }),
      ]);
      if (!first) {
        calls.push([
          "interleavedFromPlanar",
          m.pred,
          at.grad + 4 * C * (b * N + n),
          C,
          L,
          m.Lp,
        ]);
      }
    }
  }
  return calls;
}
