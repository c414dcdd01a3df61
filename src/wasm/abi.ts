/**
 * The argument lists of the loss kernels (`lossStats`, `lossGrad` in
 * `wasm/assembly/loss.ts`): the one place that knows their order. Callers
 * fill named fields (the pass's constants and one chunk's pointers) and get
 * the positional list the export takes, either to call at once or to post to
 * a worker.
 *
 * @module
 */

import type { Problem } from "../core/problem.ts";
import {
  ACT,
  ignoreArgs,
  labelKind,
  type TemperatureScale,
  temperatureScale,
} from "./kernels.ts";

/** The parameters `lossStats` and `lossGrad` share, in the kernels' order. */
type ChunkArgList = [
  soft: number,
  softStride: number,
  raw: number,
  mask: number,
  tile: number,
  C: number,
  L: number,
  Lp: number,
  kind: number,
  ignore: number,
  hasIgnore: number,
  act: number,
  kA: number,
  kB: number,
  norm: number,
];

/** `lossStats`'s parameters, in the kernel's order. */
export type StatsArgList = [
  src: number,
  srcStride: number,
  dst: number,
  dstStride: number,
  ...ChunkArgList,
  wantMax: number,
  sums: number,
];

/** `lossGrad`'s parameters, in the kernel's order. */
export type GradArgList = [
  src: number,
  srcStride: number,
  stored: number,
  out: number,
  outStride: number,
  ...ChunkArgList,
  sA: number,
  sB: number,
  coef: number,
];

/** A chunk transpose between channels-last and planar (C classes, L pixels, rows Lp apart). */
type TransposeKernel = (
  src: number,
  dst: number,
  C: number,
  L: number,
  Lp: number,
) => void;

/** The loss kernel exports (wasm/assembly/loss.ts). */
export interface LossKernels {
  /** The instance's memory. */
  memory: WebAssembly.Memory;
  /** Where the module's static data ends. */
  heapBase(): number;
  /** Pass 1 on one chunk; 1 when every value was valid. */
  lossStats(...args: StatsArgList): number;
  /** Pass 2 on one chunk. */
  lossGrad(...args: GradArgList): void;
  /** Channels-last chunk to planar. */
  planarFromInterleaved: TransposeKernel;
  /** Planar chunk to channels-last. */
  interleavedFromPlanar: TransposeKernel;
}

/** What every kernel call of one problem shares. */
export interface PassConstants {
  /** Classes. */
  C: number;
  /** Label kind code. */
  kind: number;
  /** Ignore index (when hasIgnore). */
  ignore: number;
  /** 1 when hard labels have an ignore index. */
  hasIgnore: number;
  /** Activation code. */
  act: number;
  /** Temperature factors. */
  scale: TemperatureScale;
  /** 1 or 2. */
  norm: number;
  /** 1 when maxX / maxXY are needed. */
  wantMax: number;
}

/**
 * The kernel constants of a problem.
 *
 * @param p The problem.
 * @returns The constants.
 */
export function passConstants(p: Problem): PassConstants {
  const [hasIgnore, ignore] = ignoreArgs(p);
  return {
    C: p.C,
    kind: labelKind(p),
    ignore,
    hasIgnore,
    act: ACT[p.activation],
    scale: temperatureScale(p.temperature),
    norm: p.norm,
    wantMax: p.needMaxX === false ? 0 : 1,
  };
}

/** Byte offsets and sizes of one chunk, shared by both passes. */
export interface ChunkArgs {
  /** Planar prediction rows (or, in pass 2, stored probabilities). */
  src: number;
  /** Bytes between class rows of the prediction, soft labels and gradient. */
  stride: number;
  /** Planar soft-label rows, or 0. */
  soft: number;
  /** Raw hard labels, or 0. */
  raw: number;
  /** Keep mask, or 0. */
  mask: number;
  /** The kernels' tile scratch (`tileBytes(C)`, in kernels.ts). */
  tile: number;
  /** Pixels of the chunk. */
  L: number;
  /** Pixels the kernel sweeps (L rounded up, or the chunk buffer's width). */
  Lp: number;
}

/** Pass 1 of one chunk: where the probabilities and the sums go. */
export interface StatsChunk extends ChunkArgs {
  /** Where the probabilities go (activations only; 0: nowhere). */
  dst: number;
  /** Bytes between their class rows. */
  dstStride: number;
  /** Float64 sums of the chunk's image. */
  sums: number;
}

/** Pass 2 of one chunk: where the gradient goes and the coefficients. */
export interface GradChunk extends ChunkArgs {
  /** 1 when `src` holds the probabilities pass 1 stored. */
  stored: number;
  /** Where the gradient goes (may be `src`; rows `stride` bytes apart). */
  out: number;
  /** Float32 coefficients of the chunk's image. */
  coef: number;
}

/**
 * `lossStats`'s argument list for one chunk.
 *
 * @param q The constants.
 * @param c The chunk.
 * @returns The arguments in the kernel's order.
 */
export function statsArgs(q: PassConstants, c: StatsChunk): StatsArgList {
  // deno-fmt-ignore
  return [
    c.src, c.stride, c.dst, c.dstStride, c.soft, c.stride, c.raw, c.mask,
    c.tile, q.C, c.L, c.Lp, q.kind, q.ignore, q.hasIgnore, q.act, q.scale.kA,
    q.scale.kB, q.norm, q.wantMax, c.sums,
  ];
}

/**
 * `lossGrad`'s argument list for one chunk.
 *
 * @param q The constants.
 * @param c The chunk.
 * @returns The arguments in the kernel's order.
 */
export function gradArgs(q: PassConstants, c: GradChunk): GradArgList {
  // deno-fmt-ignore
  return [
    c.src, c.stride, c.stored, c.out, c.stride, c.soft, c.stride, c.raw,
    c.mask, c.tile, q.C, c.L, c.Lp, q.kind, q.ignore, q.hasIgnore, q.act,
    q.scale.kA, q.scale.kB, q.norm, q.scale.sA, q.scale.sB, c.coef,
  ];
}

/**
 * Calls `lossStats` on one chunk with the arguments of {@link statsArgs},
 * passed one by one: a call with a spread list is several times slower for a
 * small chunk (tests/wasm/abi_test.ts checks the two agree).
 *
 * @param k The kernels.
 * @param q The constants.
 * @param c The chunk.
 * @returns 1 when every value was valid, else 0.
 */
export function callStats(
  k: LossKernels,
  q: PassConstants,
  c: StatsChunk,
): number {
  // deno-fmt-ignore
  return k.lossStats(
    c.src, c.stride, c.dst, c.dstStride, c.soft, c.stride, c.raw, c.mask,
    c.tile, q.C, c.L, c.Lp, q.kind, q.ignore, q.hasIgnore, q.act, q.scale.kA,
    q.scale.kB, q.norm, q.wantMax, c.sums,
  );
}

/**
 * Calls `lossGrad` on one chunk with the arguments of {@link gradArgs}, passed
 * one by one (see {@link callStats}).
 *
 * @param k The kernels.
 * @param q The constants.
 * @param c The chunk.
 */
export function callGrad(k: LossKernels, q: PassConstants, c: GradChunk): void {
  // deno-fmt-ignore
  k.lossGrad(
    c.src, c.stride, c.stored, c.out, c.stride, c.soft, c.stride, c.raw,
    c.mask, c.tile, q.C, c.L, c.Lp, q.kind, q.ignore, q.hasIgnore, q.act,
    q.scale.kA, q.scale.kB, q.norm, q.scale.sA, q.scale.sB, c.coef,
  );
}

/** One kernel call as a worker runs it: the export's name, then its arguments. */
export type KernelCallEntry =
  | ["lossStats", ...StatsArgList]
  | ["lossGrad", ...GradArgList]
  | [
    "planarFromInterleaved" | "interleavedFromPlanar",
    number,
    number,
    number,
    number,
    number,
  ];

/** Kernel calls run in order on one thread. */
export type KernelCallList = KernelCallEntry[];

/**
 * Runs a call list on the calling thread.
 *
 * @param k The kernels.
 * @param calls The calls.
 * @returns False when a `lossStats` call met an invalid value.
 */
export function runCalls(k: LossKernels, calls: KernelCallList): boolean {
  for (const c of calls) {
    switch (c[0]) {
      case "lossStats":
        if (k.lossStats(...statsTail(c)) === 0) return false;
        break;
      case "lossGrad":
        k.lossGrad(...gradTail(c));
        break;
      default:
        k[c[0]](c[1], c[2], c[3], c[4], c[5]);
    }
  }
  return true;
}

const statsTail = (c: ["lossStats", ...StatsArgList]) =>
  c.slice(1) as StatsArgList;
const gradTail = (c: ["lossGrad", ...GradArgList]) => c.slice(1) as GradArgList;

/** The exports a call list may name, by op code (the command block stores the code). */
export const OPS = [
  "lossStats",
  "lossGrad",
  "planarFromInterleaved",
  "interleavedFromPlanar",
] as const;

/**
 * Positions of each op's arguments that are byte offsets (in the order of
 * {@link OPS}): a worker moves those that point into thread slot 0's chunk
 * buffers into its own slot.
 */
export const POINTER_ARGS: readonly (readonly number[])[] = [
  [0, 2, 4, 6, 7, 8, 20], // src, dst, soft, raw, mask, tile, sums
  [0, 3, 5, 7, 8, 9, 22], // src, out, soft, raw, mask, tile, coef
  [0, 1],
  [0, 1],
];
