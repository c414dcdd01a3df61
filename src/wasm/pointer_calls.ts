/**
 * Kernel call lists for inputs that already live in wasm memory: one task
 * per chunk of pixels of one image, each the `lossStats` / `lossGrad` call
 * (and, for the channels-last layout, the transposes) with its pointers. Any
 * thread may run any task (`command_block.ts`).
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
 * Pixels of every image handled by pointers; the rest, fewer than BLOCK
 * channels-first pixels, go through copies.
 *
 * @param p The problem.
 * @returns The end pixel of the pointers' part.
 */
export function pointerEnd(p: Problem): number {
  return p.layout === "channels-first" ? Math.floor(p.N / BLOCK) * BLOCK : p.N;
}

/** One chunk of the pointers' part: pixels n..n+L of image b. */
export interface Chunk {
  /** The image. */
  b: number;
  /** First pixel. */
  n: number;
  /** Pixels. */
  L: number;
}

/**
 * The chunks of the pointers' part, image by image: the tasks of a pass.
 *
 * @param p The problem.
 * @param Lp Pixels per chunk.
 * @returns The chunks.
 */
export function chunksOf(p: Problem, Lp: number): Chunk[] {
  const end = pointerEnd(p), out: Chunk[] = [];
  for (let b = 0; b < p.B; b++) {
    for (let n = 0; n < end; n += Lp) {
      out.push({ b, n, L: Math.min(Lp, end - n) });
    }
  }
  return out;
}

/**
 * Most float64 words a task of either pass takes in a command table: each
 * call is its op code, its argument count and its arguments (lossStats 21,
 * lossGrad 23, a transpose 5; channels-last chunks add one transpose in, one
 * more for soft labels, and in pass 2 one out).
 *
 * @param p The problem.
 * @returns Words.
 */
export function taskWords(p: Problem): number {
  const t = p.layout === "channels-last" ? 7 * (p.soft ? 2 : 1) : 0;
  return Math.max(23 + t, 25 + t + (t > 0 ? 7 : 0));
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
      tile: m.tile,
    };
  }
  const off = 4 * (b * C * N + n);
  const soft = p.soft ? at.labels + off : 0;
  return { src: at.pred + off, stride: 4 * N, soft, raw, mask, tile: m.tile };
}

/**
 * Pass 1 tasks, one call list per chunk; chunk i adds into its own sums at
 * `sums` + i·C·SUM_K·8. Channels-first with the gradient in memory: the
 * probabilities go to the gradient array.
 *
 * @param p The problem.
 * @param q Kernel call constants.
 * @param at Pointers.
 * @param m The chunk buffers of thread slot 0 (workers relocate them).
 * @param chunks The chunks.
 * @param sums Byte offset of the chunks' sums.
 * @returns The tasks.
 */
export function statsTasks(
  p: Problem,
  q: PassConstants,
  at: Pointers,
  m: ChunkBuffers,
  chunks: readonly Chunk[],
  sums: number,
): KernelCallList[] {
  const { C, N } = p;
  return chunks.map(({ b, n, L }, i) => {
    const calls: KernelCallList = [];
    const a = chunkArgs(p, q, at, m, b, n, L, calls);
    let dst = 0, dStride = 0;
    if (p.layout === "channels-first" && at.grad >= 0) {
      dst = at.grad + 4 * (b * C * N + n);
      dStride = 4 * N;
    }
    const Lp = p.layout === "channels-first" ? L : m.Lp;
    const s = sums + i * C * SUM_K * 8;
    const c = { ...a, L, Lp, dst, dstStride: dStride, sums: s };
    calls.push(["lossStats", ...statsArgs(q, c)]);
    return calls;
  });
}

/**
 * Pass 2 tasks, one call list per chunk, into the gradient array in memory
 * (`at.grad` >= 0); image b's coefficients at `coef` + b·C·COEF_K·4.
 *
 * @param p The problem.
 * @param q Kernel call constants.
 * @param at Pointers.
 * @param m The chunk buffers of thread slot 0 (workers relocate them).
 * @param chunks The chunks.
 * @param coef Byte offset of all images' float32 coefficients.
 * @returns The tasks.
 */
export function gradTasks(
  p: Problem,
  q: PassConstants,
  at: Pointers,
  m: ChunkBuffers,
  chunks: readonly Chunk[],
  coef: number,
): KernelCallList[] {
  const { C, N } = p;
  const first = p.layout === "channels-first";
  return chunks.map(({ b, n, L }) => {
    const calls: KernelCallList = [];
    const a = chunkArgs(p, q, at, m, b, n, L, calls);
    const out = first ? at.grad + 4 * (b * C * N + n) : m.pred;
    // Pass 1 left the probabilities in the gradient array (channels-first).
    const stored = first && q.act !== 0 ? 1 : 0;
    const src = stored ? out : a.src;
    const Lp = first ? L : m.Lp;
    const c = { ...a, src, L, Lp, stored, out };
    const k = coef + b * C * COEF_K * 4;
    calls.push(["lossGrad", ...gradArgs(q, { ...c, coef: k })]);
    if (!first) {
      const dst = at.grad + 4 * C * (b * N + n);
      calls.push(["interleavedFromPlanar", m.pred, dst, C, L, m.Lp]);
    }
    return calls;
  });
}
