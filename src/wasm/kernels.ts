/**
 * What the host needs around the loss kernels of `wasm/assembly/loss.ts`
 * (their argument lists are in `abi.ts`): argument codes, the temperature
 * factors, the chunk buffers' layout, views of wasm memory, and the
 * conversion of kernel sums to statistics records.
 *
 * @module
 */

import type { Problem } from "../core/problem.ts";
import { COEF_K, STAT_K } from "../core/problem.ts";

/** Float64 values per class in the kernel's sums (SUM_STRIDE / 8 in loss.ts). */
export const SUM_K = 8;
/** Pixels the kernels step by (a tile: one 64-byte line per class row); chunks are multiples of it. */
export const BLOCK = 16;
/** Default number of float32 elements per chunk buffer (256 KiB). */
export const DEFAULT_CHUNK_ELEMENTS = 1 << 16;
/** Activation codes of the kernels (ACT_* in loss.ts). */
export const ACT = { none: 0, softmax: 1, sigmoid: 2 } as const;

/** Label kind code of the kernels: 0 soft, 1 u8, 2 u16, 3 i32. */
export function labelKind(p: Problem): number {
  if (p.soft) return 0;
  if (p.labels instanceof Uint8Array) return 1;
  if (p.labels instanceof Uint16Array) return 2;
  return 3;
}

/** Bytes per hard label of a kind code. */
export function labelBytes(kind: number): number {
  return kind === 1 ? 1 : kind === 2 ? 2 : 4;
}

/** Hard-label ignore value as the kernels take it: [hasIgnore, ignore]. */
export function ignoreArgs(p: Problem): [number, number] {
  const ig = p.ignoreIndex;
  return ig !== null && ig >= -0x80000000 && ig <= 0x7fffffff
    ? [1, ig]
    : [0, 0];
}

/**
 * The temperature as the kernels take it, each as two float32 factors so that
 * no temperature overflows: kA kB = log2(e) / T scales logits before exp2,
 * sA sB = 1 / T the gradient through the activation. Past 2^160 the first
 * product changes nothing (every nonzero logit difference then gives exp2 of
 * less than -2^11, which is 0), so it is capped there; the second is capped at
 * 2^250, where any nonzero float32 gradient is already infinite.
 */
export interface TemperatureScale {
  /** First factor of log2(e) / T. */
  kA: number;
  /** Second factor of log2(e) / T (1 unless T < 2^-100). */
  kB: number;
  /** First factor of 1 / T. */
  sA: number;
  /** Second factor of 1 / T (1 unless T < 2^-125). */
  sB: number;
}

/**
 * Splits 1 / T into the kernel's factors.
 *
 * @param T The temperature (> 0; may be subnormal).
 * @returns The factors.
 */
export function temperatureScale(T: number): TemperatureScale {
  const inv = 1 / T, k = inv * Math.LOG2E;
  return {
    kA: Math.min(k, 2 ** 100),
    kB: k <= 2 ** 100 ? 1 : Math.min(k / 2 ** 100, 2 ** 60),
    sA: Math.min(inv, 2 ** 125),
    sB: inv <= 2 ** 125 ? 1 : Math.min(inv / 2 ** 125, 2 ** 125),
  };
}

/** Byte offsets of one thread's chunk buffers in wasm memory. */
export interface ChunkBuffers {
  /** Pixels per chunk (a multiple of BLOCK). */
  Lp: number;
  /** Planar predictions (or probabilities). */
  pred: number;
  /** Planar soft labels (0 for hard labels). */
  soft: number;
  /** Channels-last staging (0 for channels-first). */
  stage: number;
  /** Raw hard labels. */
  raw: number;
  /** Keep mask. */
  mask: number;
  /** The kernels' tile scratch (`tileBytes(C)`). */
  tile: number;
  /** Float64 sums, SUM_K per class. */
  sums: number;
  /** Float32 coefficients, COEF_K per class. */
  coef: number;
  /** First byte after the buffers. */
  end: number;
}

/**
 * Bytes of the kernels' tile scratch for C classes (TILE scratch layout in
 * wasm/assembly/loss.ts): a 256-byte line of exponentials and 96 bytes of
 * sums or coefficients per class, and three 256-byte lines for one tile's
 * labels, keep masks and softmax normalisers.
 *
 * @param C Classes.
 * @returns Bytes.
 */
export function tileBytes(C: number): number {
  return 352 * C + 768;
}

/** Rounds a byte offset up to a cache line. */
export const align64 = (n: number): number => Math.ceil(n / 64) * 64;

/** Typed views of a wasm memory's current buffer. */
export interface MemoryViews {
  /** Float32 view. */
  f32: Float32Array;
  /** Float64 view. */
  f64: Float64Array;
  /** Byte view. */
  u8: Uint8Array;
  /** Uint16 view. */
  u16: Uint16Array;
  /** Int32 view. */
  i32: Int32Array;
}

/** Views of each memory buffer seen (a grown memory has a new buffer). */
const viewCache = new WeakMap<ArrayBufferLike, MemoryViews>();

/**
 * Grows `memory` to at least `end` bytes and returns views of it (made once
 * per buffer: five views cost about a microsecond, a small call's worth).
 *
 * @param memory The memory.
 * @param end Bytes needed.
 * @returns Views of the (possibly new) buffer.
 */
export function viewsOf(memory: WebAssembly.Memory, end: number): MemoryViews {
  const have = memory.buffer.byteLength;
  if (end > have) memory.grow(Math.ceil((end - have) / 65536));
  const buf = memory.buffer;
  let v = viewCache.get(buf);
  if (v === undefined) {
    v = {
      f32: new Float32Array(buf),
      f64: new Float64Array(buf),
      u8: new Uint8Array(buf),
      u16: new Uint16Array(buf),
      i32: new Int32Array(buf),
    };
    viewCache.set(buf, v);
  }
  return v;
}

/**
 * Pixels per chunk for C classes and N pixels per image.
 *
 * @param C Classes.
 * @param N Pixels per image.
 * @param elements Float32 elements per chunk buffer.
 * @returns Lp, a multiple of BLOCK.
 */
export function chunkPixels(C: number, N: number, elements: number): number {
  const cap = Math.max(BLOCK, Math.floor(elements / C / BLOCK) * BLOCK);
  return Math.min(cap, Math.ceil(N / BLOCK) * BLOCK);
}

/**
 * Lays one thread's chunk buffers out from byte `at`.
 *
 * @param at First byte.
 * @param C Classes.
 * @param Lp Pixels per chunk.
 * @param sumImages Images whose sums are kept side by side.
 * @param p The problem (soft labels and layout decide which buffers exist).
 * @returns The offsets.
 */
export function chunkBuffers(
  at: number,
  C: number,
  Lp: number,
  sumImages: number,
  p: Pick<Problem, "soft" | "layout">,
): ChunkBuffers {
  const take = (bytes: number) => {
    const o = at;
    at = align64(at + bytes);
    return o;
  };
  const plane = C * Lp * 4;
  return {
    Lp,
    pred: take(plane),
    soft: p.soft ? take(plane) : 0,
    stage: p.layout === "channels-last" ? take(plane) : 0,
    raw: take(Lp * 4),
    mask: take(Lp),
    tile: take(tileBytes(C)),
    sums: take(sumImages * C * SUM_K * 8),
    coef: take(C * COEF_K * 4),
    end: at,
  };
}

/**
 * Adds kernel sums (C classes at float64 index `at`) into `acc`: sums add,
 * maxima take the larger.
 *
 * @param acc C * SUM_K float64 accumulators.
 * @param f64 A view of wasm memory.
 * @param at Float64 index of the first class's sums.
 * @param C Classes.
 */
export function mergeSums(
  acc: Float64Array,
  f64: Float64Array,
  at: number,
  C: number,
): void {
  for (let i = 0; i < C * SUM_K; i += SUM_K) {
    for (let j = 0; j < 3; j++) acc[i + j] += f64[at + i + j];
    for (let j = 3; j < 6; j++) {
      acc[i + j] = Math.max(acc[i + j], f64[at + i + j]);
    }
  }
}

/**
 * Writes image b's statistics records from its merged kernel sums.
 *
 * @param acc C * SUM_K merged sums.
 * @param C Classes.
 * @param hard Whether the labels are hard.
 * @param stats The statistics array.
 * @param b The image.
 */
export function statsFromSums(
  acc: Float64Array,
  C: number,
  hard: boolean,
  stats: Float64Array,
  b: number,
): void {
  for (let c = 0; c < C; c++) {
    const s = c * SUM_K, o = (b * C + c) * STAT_K;
    const P = acc[s], Y = acc[s + 1];
    stats[o] = P;
    stats[o + 1] = Y;
    // Hard labels: the kernel summed T = Σ x over the pixels of class c;
    // with y in {0, 1}, D = Σ |x − y|^p = P − 2T + Y and maxY = (Y > 0).
    stats[o + 2] = hard ? Math.max(0, P - 2 * acc[s + 2] + Y) : acc[s + 2];
    stats[o + 3] = hard ? (Y > 0 ? 1 : 0) : acc[s + 3];
    stats[o + 4] = acc[s + 4];
    stats[o + 5] = acc[s + 5];
  }
}

/**
 * A problem's arrays, each with the argument that names it in errors.
 *
 * @param p The problem.
 * @returns [argument, array] pairs (absent arrays as null or undefined).
 */
export function namedViews(
  p: Problem,
): [string, ArrayBufferView | undefined | null][] {
  return [
    [p.activation === "none" ? "input.probs" : "input.logits", p.pred],
    ["input.labels", p.labels],
    ["input.keepMask", p.keepMask],
    ["input.gradInto", p.gradInto],
  ];
}
