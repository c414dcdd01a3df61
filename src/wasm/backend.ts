/**
 * The `"wasm"` backend: both passes in the AssemblyScript SIMD kernels of
 * `wasm/assembly/loss.ts`. Inputs are copied into wasm memory in chunks of a
 * bounded number of elements, so memory stays fixed whatever the input size;
 * an instance that needed more than {@link KEEP_HEAP_BYTES} (a huge class
 * count) is dropped after its call.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import type {
  BackendOutput,
  BackendRefusal,
  HostStepPlan,
  Problem,
  SyncBackend,
} from "../core/problem.ts";
import { COEF_K, STAT_K } from "../core/problem.ts";
import { runHostStep } from "../core/host_step.ts";
import {
  ACT,
  assertAttached,
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  DEFAULT_CHUNK_ELEMENTS,
  ignoreArgs,
  labelKind,
  type LossKernels,
  mergeSums,
  statsFromSums,
  SUM_K,
  type TemperatureScale,
  temperatureScale,
} from "./kernels.ts";
import {
  instantiateJdtWasm,
  WASM_MAX_PAGES,
  type WasmBuild,
  wasmBuild,
} from "./module.ts";

export { DEFAULT_CHUNK_ELEMENTS };

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

/** Heap bytes kept between calls; an instance that grew past this is dropped after its call. */
export const KEEP_HEAP_BYTES = 64 << 20;
/** Largest heap the kernels can use (65535 pages, just under 4 GiB); more classes than fit get a typed error. */
export const MAX_HEAP_BYTES = (WASM_MAX_PAGES - 1) * 65536;

let kernels: LossKernels | null = null;
let kernelsBuild: WasmBuild | null = null;

/**
 * Bytes of wasm memory held by the backend's instance (0 when it holds none);
 * internal, for tests of the memory bound.
 *
 * @returns The memory size in bytes.
 */
export function wasmMemoryBytes(): number {
  return kernels === null ? 0 : kernels.memory.buffer.byteLength;
}

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

/**
 * Grows `memory` to at least `end` bytes and returns views of it.
 *
 * @param memory The memory.
 * @param end Bytes needed.
 * @returns Views of the (possibly new) buffer.
 */
export function viewsOf(memory: WebAssembly.Memory, end: number): MemoryViews {
  const have = memory.buffer.byteLength;
  if (end > have) memory.grow(Math.ceil((end - have) / 65536));
  const buf = memory.buffer;
  return {
    f32: new Float32Array(buf),
    f64: new Float64Array(buf),
    u8: new Uint8Array(buf),
    u16: new Uint16Array(buf),
    i32: new Int32Array(buf),
  };
}

/** The per-call constants of the kernels' argument lists. */
export interface KernelCall {
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
 * The kernel call constants of a problem.
 *
 * @param p The problem.
 * @returns The constants.
 */
export function kernelCall(p: Problem): KernelCall {
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

/** Copies pixels n0..n0+L of image b of a `[B, C, N]`-shaped array into planar memory at `dst`. */
function copyPlaneIn(
  p: Problem,
  m: ChunkBuffers,
  k: LossKernels,
  v: MemoryViews,
  src: Float32Array,
  dst: number,
  b: number,
  n0: number,
  L: number,
): void {
  const { C, N } = p, Lp = m.Lp;
  if (p.layout === "channels-first") {
    const base = b * C * N + n0;
    for (let c = 0; c < C; c++) {
      const row = dst / 4 + c * Lp;
      v.f32.set(src.subarray(base + c * N, base + c * N + L), row);
      if (L < Lp) v.f32.fill(0, row + L, row + Lp);
    }
  } else {
    const base = (b * N + n0) * C;
    v.f32.set(src.subarray(base, base + L * C), m.stage / 4);
    k.planarFromInterleaved(m.stage, dst, C, L, Lp);
  }
}

/** Copies the labels and keep mask of pixels i0..i0+L into memory. */
function copyPixelsIn(
  p: Problem,
  m: ChunkBuffers,
  v: MemoryViews,
  i0: number,
  L: number,
): void {
  if (!p.soft) {
    const lab = p.labels;
    const src = lab.subarray(i0, i0 + L);
    if (lab instanceof Uint8Array) v.u8.set(src, m.raw);
    else if (lab instanceof Uint16Array) v.u16.set(src, m.raw / 2);
    else v.i32.set(src, m.raw / 4);
  }
  if (p.keepMask !== null) v.u8.set(p.keepMask.subarray(i0, i0 + L), m.mask);
}

/** Copies the chunk of pixels n0..n0+L of image b in. */
function copyChunkIn(
  p: Problem,
  m: ChunkBuffers,
  k: LossKernels,
  v: MemoryViews,
  b: number,
  n0: number,
  L: number,
): void {
  copyPlaneIn(p, m, k, v, p.pred, m.pred, b, n0, L);
  if (p.soft) {
    copyPlaneIn(p, m, k, v, p.labels as Float32Array, m.soft, b, n0, L);
  }
  copyPixelsIn(p, m, v, b * p.N + n0, L);
}

/**
 * Pass 1 over pixels n0..n1 of image b through copies; adds to the sums at
 * `sums`. Returns false when a value is invalid.
 *
 * @param p The problem.
 * @param k The kernels.
 * @param v Views of their memory.
 * @param m The chunk buffers.
 * @param q The kernel call constants.
 * @param b The image.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @param sums Byte offset of the sums to add to.
 * @returns Whether every value was valid.
 */
export function copyStats(
  p: Problem,
  k: LossKernels,
  v: MemoryViews,
  m: ChunkBuffers,
  q: KernelCall,
  b: number,
  n0: number,
  n1: number,
  sums: number,
): boolean {
  const Lp = m.Lp, row = 4 * Lp, mask = p.keepMask === null ? 0 : m.mask;
  for (let n = n0; n < n1; n += Lp) {
    const L = Math.min(Lp, n1 - n);
    copyChunkIn(p, m, k, v, b, n, L);
    // deno-fmt-ignore
    const ok = k.lossStats(
      m.pred, row, m.pred, row, m.soft, row, m.raw, mask, m.lab, q.C, L, Lp,
      q.kind, q.ignore, q.hasIgnore, q.act, q.scale.kA, q.scale.kB, q.norm,
      q.wantMax, sums,
    );
    if (!ok) return false;
  }
  return true;
}

/**
 * Pass 2 over pixels n0..n1 of image b through copies, into `grad`; the
 * image's coefficients are at `m.coef`.
 *
 * @param p The problem.
 * @param k The kernels.
 * @param v Views of their memory.
 * @param m The chunk buffers.
 * @param q The kernel call constants.
 * @param b The image.
 * @param n0 First pixel.
 * @param n1 End pixel.
 * @param grad Where the gradient goes (layout of `p.pred`).
 */
export function copyGrad(
  p: Problem,
  k: LossKernels,
  v: MemoryViews,
  m: ChunkBuffers,
  q: KernelCall,
  b: number,
  n0: number,
  n1: number,
  grad: Float32Array,
): void {
  const { C, N } = p, Lp = m.Lp, row = 4 * Lp;
  const mask = p.keepMask === null ? 0 : m.mask;
  for (let n = n0; n < n1; n += Lp) {
    const L = Math.min(Lp, n1 - n);
    copyChunkIn(p, m, k, v, b, n, L);
    // deno-fmt-ignore
    k.lossGrad(
      m.pred, row, 0, m.pred, row, m.soft, row, m.raw, mask, m.lab, C, L, Lp,
      q.kind, q.ignore, q.hasIgnore, q.act, q.scale.kA, q.scale.kB, q.norm,
      q.scale.sA, q.scale.sB, m.scratch, m.coef,
    );
    if (p.layout === "channels-first") {
      const base = b * C * N + n;
      for (let c = 0; c < C; c++) {
        const r = m.pred / 4 + c * Lp;
        grad.set(v.f32.subarray(r, r + L), base + c * N);
      }
    } else {
      k.interleavedFromPlanar(m.pred, m.stage, C, L, Lp);
      const st = m.stage / 4;
      grad.set(v.f32.subarray(st, st + L * C), (b * N + n) * C);
    }
  }
}

/**
 * Writes image b's coefficients (float32) at `at`.
 *
 * @param v Views of wasm memory.
 * @param at Byte offset.
 * @param coef All coefficients from the host step.
 * @param b The image.
 * @param C Classes.
 */
export function writeCoef(
  v: MemoryViews,
  at: number,
  coef: Float64Array,
  b: number,
  C: number,
): void {
  v.f32.set(coef.subarray(b * C * COEF_K, (b + 1) * C * COEF_K), at / 4);
}

/** Both passes of a problem through copies on kernels `k` (buffers `m`). */
function copyPath(
  p: Problem,
  step: HostStepPlan,
  k: LossKernels,
  m: ChunkBuffers,
): BackendOutput {
  const { B, C, N } = p;
  const v = viewsOf(k.memory, m.end);
  const q = kernelCall(p);
  const stats = new Float64Array(B * C * STAT_K);
  const acc = new Float64Array(C * SUM_K);
  for (let b = 0; b < B; b++) {
    v.f64.fill(0, m.sums / 8, m.sums / 8 + C * SUM_K);
    if (!copyStats(p, k, v, m, q, b, 0, N, m.sums)) {
      return { stats, invalid: true };
    }
    acc.fill(0);
    mergeSums(acc, v.f64, m.sums / 8, C);
    statsFromSums(acc, C, !p.soft, stats, b);
  }
  const host = runHostStep(step, stats);
  const coef = host?.coef ?? null;
  if (coef === null) return { stats, host };
  const grad = p.gradInto ?? new Float32Array(p.pred.length);
  for (let b = 0; b < B; b++) {
    writeCoef(v, m.coef, coef, b, C);
    copyGrad(p, k, v, m, q, b, 0, N, grad);
  }
  return { stats, host, grad };
}

/**
 * Both passes on the wasm kernels; the gradient goes to `p.gradInto` when
 * given, else to a new array.
 *
 * @param p A validated problem.
 * @param step The host step.
 * @returns Statistics, and the gradient when the host step gave coefficients.
 */
export function runWasm(p: Problem, step: HostStepPlan): BackendOutput {
  assertAttached(p);
  if (p.N === 0) {
    const stats = new Float64Array(p.B * p.C * STAT_K);
    const host = runHostStep(step, stats);
    return host?.coef ? { stats, host, grad: new Float32Array(0) } : {
      stats,
      host,
    };
  }
  if (kernels === null || kernelsBuild !== wasmBuild()) {
    kernels = instantiateJdtWasm() as unknown as LossKernels;
    kernelsBuild = wasmBuild();
  }
  const k = kernels;
  const m = copyBuffers(p, Math.ceil(k.heapBase() / 64) * 64, 1);
  try {
    return copyPath(p, step, k, m);
  } finally {
    if (k.memory.buffer.byteLength > KEEP_HEAP_BYTES) kernels = null;
  }
}

/**
 * Whether the wasm backend can take a problem: null, or why not. It takes
 * every problem today; the one place where a runtime that refuses to compile
 * WebAssembly is to be reported.
 *
 * @param _problem The problem.
 * @returns Null, or the refusal.
 */
export function wasmAccepts(_problem: Problem): BackendRefusal | null {
  return null;
}

/** The `"wasm"` backend: AssemblyScript SIMD kernels, float32 with float64 sums. */
export const wasmBackend: SyncBackend = {
  name: "wasm",
  accepts: wasmAccepts,
  run(problem: Problem, step: HostStepPlan): Promise<BackendOutput> {
    try {
      return Promise.resolve(runWasm(problem, step));
    } catch (e) {
      return Promise.reject(e);
    }
  },
  runSync: (problem, step) => runWasm(problem, step),
};
