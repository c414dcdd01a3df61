/**
 * The copy feed: a problem's plain arrays reach the kernels in chunks of a
 * bounded number of elements copied into wasm memory (and the gradient is
 * copied out), so memory stays fixed whatever the input size. The workspace
 * path uses the same chunk copies for the pixels its pointers do not cover.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import type { Problem } from "../core/problem.ts";
import { COEF_K } from "../core/problem.ts";
import {
  callGrad,
  callStats,
  type LossKernels,
  type PassConstants,
  passConstants,
} from "./abi.ts";
import {
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  DEFAULT_CHUNK_ELEMENTS,
  type MemoryViews,
  SUM_K,
  viewsOf,
} from "./kernels.ts";
import { WASM_MAX_PAGES } from "./module.ts";
import { collectImage, type SyncFeed } from "./two_pass.ts";

/** Largest heap the kernels can use (65535 pages, just under 4 GiB); more classes than fit get a typed error. */
export const MAX_HEAP_BYTES = (WASM_MAX_PAGES - 1) * 65536;

let chunkElements = DEFAULT_CHUNK_ELEMENTS;

/**
 * Sets the chunk size of the wasm backend (internal: lets tests cover inputs
 * larger than one chunk with small data). Not exported from mod.ts.
 *
 * @param elements Float32 elements per chunk buffer; undefined restores the default.
 */
export function setWasmChunkElements(elements?: number): void {
  chunkElements = elements ?? DEFAULT_CHUNK_ELEMENTS;
}

/**
 * Float32 elements per chunk buffer now in force (internal).
 *
 * @returns The element count.
 */
export function wasmChunkElements(): number {
  return chunkElements;
}

/**
 * Lays out the copy path's buffers from byte `at`, or throws a typed error
 * naming `input.shape` when C classes need more than MAX_HEAP_BYTES.
 *
 * @param p The problem.
 * @param at First byte.
 * @param sumImages Images whose sums are kept side by side.
 * @returns The buffers.
 */
export function copyBuffers(
  p: Problem,
  at: number,
  sumImages: number,
): ChunkBuffers {
  const Lp = chunkPixels(p.C, p.N, chunkElements);
  const m = chunkBuffers(at, p.C, Lp, sumImages, p);
  if (m.end > MAX_HEAP_BYTES) {
    const perClass = (m.end - at) / p.C;
    throw rangeError(
      "loss",
      "input.shape",
      `has ${p.C} classes; the wasm backend works on at most ${
        Math.floor((MAX_HEAP_BYTES - at) / perClass)
      } classes for this input (4 GiB of wasm memory); use backend "js"`,
    );
  }
  return m;
}

/** What chunk copies work with: the problem, kernels, views, buffers and constants. */
export interface CopyContext {
  /** The problem. */
  p: Problem;
  /** The kernels. */
  k: LossKernels;
  /** Views of their memory (grown to cover `m`). */
  v: MemoryViews;
  /** The chunk buffers. */
  m: ChunkBuffers;
  /** The kernel constants. */
  q: PassConstants;
}

/**
 * The copy context of a problem on buffers `m` (grows the memory to them).
 *
 * @param p The problem.
 * @param k The kernels.
 * @param m The chunk buffers.
 * @returns The context.
 */
export function copyContext(
  p: Problem,
  k: LossKernels,
  m: ChunkBuffers,
): CopyContext {
  return { p, k, m, v: viewsOf(k.memory, m.end), q: passConstants(p) };
}

/** Elements up to which a copy runs as a loop: `subarray` makes a view, ~0.3 µs. */
const LOOP_COPY = 64;

/** A typed array of numbers (the ones the feeds copy). */
type Numbers = Float32Array | Int32Array | Uint16Array | Uint8Array;

/**
 * Copies `src[from..to)` into `dst` from index `at`: a loop for a few
 * elements, `set` of a view otherwise (small calls are mostly such copies).
 */
function copyRange(
  dst: Numbers,
  at: number,
  src: Numbers,
  from: number,
  to: number,
): void {
  if (to - from > LOOP_COPY) return dst.set(src.subarray(from, to), at);
  for (let i = from; i < to; i++) dst[at + i - from] = src[i];
}

/** Copies pixels n0..n0+L of image b of a `[B, C, N]`-shaped array into planar memory at `dst`. */
function copyPlaneIn(
  x: CopyContext,
  src: Float32Array,
  dst: number,
  b: number,
  n0: number,
  L: number,
): void {
  const { p, m, v } = x, { C, N } = p, Lp = m.Lp;
  if (p.layout === "channels-first") {
    const base = b * C * N + n0;
    for (let c = 0; c < C; c++) {
      const row = dst / 4 + c * Lp;
      copyRange(v.f32, row, src, base + c * N, base + c * N + L);
      if (L < Lp) v.f32.fill(0, row + L, row + Lp);
    }
  } else {
    const base = (b * N + n0) * C;
    copyRange(v.f32, m.stage / 4, src, base, base + L * C);
    x.k.planarFromInterleaved(m.stage, dst, C, L, Lp);
  }
}

/** Copies the labels and keep mask of pixels i0..i0+L into memory. */
function copyPixelsIn(x: CopyContext, i0: number, L: number): void {
  const { p, m, v } = x;
  if (!p.soft) {
    const lab = p.labels as Uint8Array | Uint16Array | Int32Array;
    if (lab instanceof Uint8Array) copyRange(v.u8, m.raw, lab, i0, i0 + L);
    else if (lab instanceof Uint16Array) {
      copyRange(v.u16, m.raw / 2, lab, i0, i0 + L);
    } else copyRange(v.i32, m.raw / 4, lab, i0, i0 + L);
  }
  if (p.keepMask !== null) copyRange(v.u8, m.mask, p.keepMask, i0, i0 + L);
}

/**
 * Copies the chunk of pixels n0..n0+L of image b into `x`'s buffers (the
 * prediction from `pred`: the input, or probabilities pass 1 stored).
 *
 * @param x The copy context.
 * @param b The image.
 * @param n0 First pixel.
 * @param L Pixels.
 * @param pred The prediction's source.
 * @returns The chunk's kernel arguments.
 */
export function copyChunkIn(
  x: CopyContext,
  b: number,
  n0: number,
  L: number,
  pred: Float32Array,
) {
  const { p, m } = x;
  copyPlaneIn(x, pred, m.pred, b, n0, L);
  if (p.soft) copyPlaneIn(x, p.labels as Float32Array, m.soft, b, n0, L);
  copyPixelsIn(x, b * p.N + n0, L);
  const mask = p.keepMask === null ? 0 : m.mask;
  const stride = 4 * m.Lp;
  return { src: m.pred, stride, soft: m.soft, raw: m.raw, mask, tile: m.tile };
}

/**
 * Copies the planar chunk buffer out to pixels n0..n0+L of image b of a
 * channels-first array.
 *
 * @param x The copy context.
 * @param dst The array.
 * @param b The image.
 * @param n0 First pixel.
 * @param L Pixels.
 */
export function copyPlaneOut(
  x: CopyContext,
  dst: Float32Array,
  b: number,
  n0: number,
  L: number,
): void {
  const { p: { C, N }, m, v } = x, base = b * C * N + n0;
  for (let c = 0; c < C; c++) {
    const r = m.pred / 4 + c * m.Lp;
    copyRange(dst, base + c * N, v.f32, r, r + L);
  }
}

/**
 * Pass 1 over pixels n0..n1 of image b through copies; adds to the sums at
 * `sums`. With `probsOut` (channels-first, an activation), the probabilities
 * are copied out to it for pass 2 to read back; otherwise pass 2 recomputes
 * them.
 *
 * @param x The copy context.
 * @param b The image.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @param sums Byte offset of the sums to add to.
 * @param probsOut Where the probabilities go, or null.
 * @returns Whether every value was valid.
 */
export function copyStats(
  x: CopyContext,
  b: number,
  n0: number,
  n1: number,
  sums: number,
  probsOut: Float32Array | null = null,
): boolean {
  const { k, m, q } = x, Lp = m.Lp;
  for (let n = n0; n < n1; n += Lp) {
    const L = Math.min(Lp, n1 - n);
    const a = copyChunkIn(x, b, n, L, x.p.pred);
    const dst = probsOut === null ? 0 : a.src;
    const c = { ...a, L, Lp, dst, dstStride: a.stride, sums };
    if (!callStats(k, q, c)) return false;
    if (probsOut !== null) copyPlaneOut(x, probsOut, b, n, L);
  }
  return true;
}

/**
 * Pass 2 over pixels n0..n1 of image b through copies, into `grad` (layout of
 * `p.pred`), with image b's coefficients from `coef`. With `stored`, `grad`
 * holds the probabilities pass 1 copied out (`copyStats`'s `probsOut`).
 *
 * @param x The copy context.
 * @param b The image.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @param coef All coefficients from the host step.
 * @param grad Where the gradient goes.
 * @param stored Whether `grad` holds pass 1's probabilities.
 */
export function copyGrad(
  x: CopyContext,
  b: number,
  n0: number,
  n1: number,
  coef: Float64Array,
  grad: Float32Array,
  stored = false,
): void {
  const { p, k, m, q, v } = x, C = p.C, Lp = m.Lp;
  v.f32.set(coef.subarray(b * C * COEF_K, (b + 1) * C * COEF_K), m.coef / 4);
  for (let n = n0; n < n1; n += Lp) {
    const L = Math.min(Lp, n1 - n);
    const a = copyChunkIn(x, b, n, L, stored ? grad : p.pred);
    const c = {
      ...a,
      L,
      Lp,
      stored: stored ? 1 : 0,
      out: m.pred,
      coef: m.coef,
    };
    callGrad(k, q, c);
    copyChunkOut(x, grad, b, n, L);
  }
}

/**
 * Copies the planar chunk buffer out to pixels n0..n0+L of image b of an
 * array in the problem's layout (the gradient).
 *
 * @param x The copy context.
 * @param dst The array.
 * @param b The image.
 * @param n0 First pixel.
 * @param L Pixels.
 */
export function copyChunkOut(
  x: CopyContext,
  dst: Float32Array,
  b: number,
  n0: number,
  L: number,
): void {
  const { p: { C, N, layout }, k, m, v } = x;
  if (layout === "channels-first") return copyPlaneOut(x, dst, b, n0, L);
  k.interleavedFromPlanar(m.pred, m.stage, C, L, m.Lp);
  const st = m.stage / 4;
  copyRange(dst, (b * N + n0) * C, v.f32, st, st + L * C);
}

/**
 * The copy feed: image by image, every pixel through chunk copies. When a
 * gradient will be computed into `p.gradInto` (channels-first, with an
 * activation), pass 1 copies the probabilities out to it and pass 2 reads
 * them back instead of computing the activation again (as the workspace path
 * does with its gradient array).
 *
 * @param x The copy context (its buffers hold one image's sums).
 * @param gradient Whether pass 2 will run (the host step gives coefficients).
 * @returns The feed.
 */
export function copyFeed(x: CopyContext, gradient = false): SyncFeed {
  const { p, m, v } = x;
  const keep = gradient && p.activation !== "none" &&
      p.layout === "channels-first"
    ? p.gradInto ?? null
    : null;
  return {
    stats(stats) {
      const acc = new Float64Array(p.C * SUM_K);
      for (let b = 0; b < p.B; b++) {
        v.f64.fill(0, m.sums / 8, m.sums / 8 + p.C * SUM_K);
        if (!copyStats(x, b, 0, p.N, m.sums, keep)) return false;
        collectImage(p, v.f64, [m.sums], acc, stats, b);
      }
      return true;
    },
    grad(coef, grad) {
      const stored = keep !== null && grad === keep;
      for (let b = 0; b < p.B; b++) copyGrad(x, b, 0, p.N, coef, grad, stored);
    },
  };
}
