/**
 * The `"wasm"` backend: both passes in the AssemblyScript SIMD kernels of
 * `wasm/assembly/loss.ts`. Inputs are copied into wasm memory in chunks of a
 * bounded number of elements, so memory stays fixed whatever the input size.
 *
 * @module
 */

import type {
  Backend,
  BackendOutput,
  HostStep,
  Problem,
} from "../core/problem.ts";
import { COEF_K, STAT_K } from "../core/problem.ts";
import { instantiateJdtWasm } from "./module.ts";

/** The kernel exports used here (wasm/assembly/loss.ts). */
interface LossKernels {
  memory: WebAssembly.Memory;
  heapBase(): number;
  lossStats(
    pred: number,
    soft: number,
    raw: number,
    mask: number,
    lab: number,
    C: number,
    L: number,
    Lp: number,
    kind: number,
    ignore: number,
    hasIgnore: number,
    act: number,
    invT: number,
    norm: number,
    wantMax: number,
    work: number,
    sums: number,
  ): number;
  lossGrad(
    pred: number,
    soft: number,
    raw: number,
    mask: number,
    lab: number,
    C: number,
    L: number,
    Lp: number,
    kind: number,
    ignore: number,
    hasIgnore: number,
    act: number,
    invT: number,
    norm: number,
    scratch: number,
    coef: number,
  ): void;
  planarFromInterleaved(
    src: number,
    dst: number,
    C: number,
    L: number,
    Lp: number,
  ): void;
  interleavedFromPlanar(
    src: number,
    dst: number,
    C: number,
    L: number,
    Lp: number,
  ): void;
}

/** Float64 values per class in the kernel's sums (see SUM_STRIDE in loss.ts). */
const SUM_K = 8;

/** Default number of float32 elements per chunk buffer (256 KiB). */
export const DEFAULT_CHUNK_ELEMENTS = 1 << 16;
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

let kernels: LossKernels | null = null;

/**
 * Bytes of wasm memory held by the backend's instance (0 before first use);
 * internal, for tests of the memory bound.
 *
 * @returns The memory size in bytes.
 */
export function wasmMemoryBytes(): number {
  return kernels === null ? 0 : kernels.memory.buffer.byteLength;
}

function getKernels(): LossKernels {
  kernels ??= instantiateJdtWasm() as unknown as LossKernels;
  return kernels;
}

/** Byte offsets of the chunk buffers in wasm memory, and typed views on them. */
interface Layout {
  Lp: number;
  pred: number;
  soft: number;
  stage: number;
  raw: number;
  mask: number;
  lab: number;
  scratch: number;
  work: number;
  sums: number;
  coef: number;
  f32: Float32Array;
  f64: Float64Array;
  u8: Uint8Array;
  u16: Uint16Array;
  i32: Int32Array;
}

const align16 = (n: number) => (n + 15) & ~15;

/** Lays the buffers out for the problem's C classes and a chunk of Lp pixels, growing memory if needed. */
function layout(k: LossKernels, p: Problem): Layout {
  const { C, N } = p;
  const cap = Math.max(4, Math.floor(chunkElements / C) & ~3);
  const Lp = Math.min(cap, (N + 3) & ~3);
  const planeBytes = C * Lp * 4;
  let at = align16(k.heapBase());
  const take = (bytes: number) => {
    const o = at;
    at = align16(at + bytes);
    return o;
  };
  const pred = take(planeBytes);
  const soft = p.soft ? take(planeBytes) : 0;
  const stage = p.layout === "channels-last" ? take(planeBytes) : 0;
  const raw = take(Lp * 4);
  const mask = take(Lp);
  const lab = take(Lp * 4);
  const scratch = take(C * 32);
  const work = take(Lp * 4);
  const sums = take(C * SUM_K * 8);
  const coef = take(C * COEF_K * 4);
  const have = k.memory.buffer.byteLength;
  if (at > have) k.memory.grow(Math.ceil((at - have) / 65536));
  const buf = k.memory.buffer;
  return {
    Lp,
    pred,
    soft,
    stage,
    raw,
    mask,
    lab,
    scratch,
    work,
    sums,
    coef,
    f32: new Float32Array(buf),
    f64: new Float64Array(buf),
    u8: new Uint8Array(buf),
    u16: new Uint16Array(buf),
    i32: new Int32Array(buf),
  };
}

/** Activation codes of the kernels (ACT_* in wasm/assembly/loss.ts). */
const ACT = { none: 0, softmax: 1, sigmoid: 2 } as const;

/** Label kind code of the kernels: 0 soft, 1 u8, 2 u16, 3 i32. */
function labelKind(p: Problem): number {
  if (p.soft) return 0;
  if (p.labels instanceof Uint8Array) return 1;
  if (p.labels instanceof Uint16Array) return 2;
  return 3;
}

/** Copies the chunk (image b, pixels n0..n0+L) of a `[B, C, N]`-shaped array into planar memory at `dst`. */
function copyPlaneIn(
  p: Problem,
  m: Layout,
  k: LossKernels,
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
      const row = (dst >> 2) + c * Lp;
      m.f32.set(src.subarray(base + c * N, base + c * N + L), row);
      if (L < Lp) m.f32.fill(0, row + L, row + Lp);
    }
  } else {
    const base = (b * N + n0) * C;
    m.f32.set(src.subarray(base, base + L * C), m.stage >> 2);
    k.planarFromInterleaved(m.stage, dst, C, L, Lp);
  }
}

/** Copies the chunk's labels and keep mask into memory. */
function copyPixelsIn(p: Problem, m: Layout, i0: number, L: number): void {
  if (!p.soft) {
    const lab = p.labels;
    const src = lab.subarray(i0, i0 + L);
    if (lab instanceof Uint8Array) m.u8.set(src, m.raw);
    else if (lab instanceof Uint16Array) m.u16.set(src, m.raw >> 1);
    else m.i32.set(src, m.raw >> 2);
  }
  if (p.keepMask !== null) m.u8.set(p.keepMask.subarray(i0, i0 + L), m.mask);
}

/** Hard-label ignore value as the kernels take it: [hasIgnore, ignore]. */
function ignoreArgs(p: Problem): [number, number] {
  const ig = p.ignoreIndex;
  return ig !== null && ig >= -0x80000000 && ig <= 0x7fffffff
    ? [1, ig]
    : [0, 0];
}

/**
 * Both passes on the wasm kernels; the gradient goes to `p.gradInto` when
 * given, else to a new array.
 *
 * @param p A validated problem.
 * @param step The host step.
 * @returns Statistics, and the gradient when the host step gave coefficients.
 */
export function runWasm(p: Problem, step: HostStep): BackendOutput {
  const { B, C, N } = p;
  const stats = new Float64Array(B * C * STAT_K);
  if (N === 0) {
    const coef = step(stats);
    return coef === null ? { stats } : { stats, grad: new Float32Array(0) };
  }
  const k = getKernels();
  const m = layout(k, p);
  const Lp = m.Lp;
  const kind = labelKind(p);
  const [hasIgnore, ignore] = ignoreArgs(p);
  const act = ACT[p.activation];
  const invT = 1 / p.temperature;
  const maskPtr = p.keepMask === null ? 0 : m.mask;
  const soft = p.soft ? (p.labels as Float32Array) : null;
  const hard = !p.soft;
  const s64 = m.sums >> 3;
  for (let b = 0; b < B; b++) {
    m.f64.fill(0, s64, s64 + C * SUM_K);
    for (let n0 = 0; n0 < N; n0 += Lp) {
      const L = Math.min(Lp, N - n0);
      copyPlaneIn(p, m, k, p.pred, m.pred, b, n0, L);
      if (soft) copyPlaneIn(p, m, k, soft, m.soft, b, n0, L);
      copyPixelsIn(p, m, b * N + n0, L);
      const ok = k.lossStats(
        m.pred,
        m.soft,
        m.raw,
        maskPtr,
        m.lab,
        C,
        L,
        Lp,
        kind,
        ignore,
        hasIgnore,
        act,
        invT,
        p.norm,
        p.needMaxX === false ? 0 : 1,
        m.work,
        m.sums,
      );
      if (!ok) return { stats, invalid: true };
    }
    for (let c = 0; c < C; c++) {
      const s = s64 + c * SUM_K, o = (b * C + c) * STAT_K;
      const P = m.f64[s], Y = m.f64[s + 1];
      stats[o] = P;
      stats[o + 1] = Y;
      // Hard labels: the kernel summed T = Σ x over the pixels of class c;
      // with y in {0, 1}, D = Σ |x − y|^p = P − 2T + Y and maxY = (Y > 0).
      stats[o + 2] = hard
        ? Math.max(0, P - 2 * m.f64[s + 2] + Y)
        : m.f64[s + 2];
      stats[o + 3] = hard ? (Y > 0 ? 1 : 0) : m.f64[s + 3];
      stats[o + 4] = m.f64[s + 4];
      stats[o + 5] = m.f64[s + 5];
    }
  }
  const coef = step(stats);
  if (coef === null) return { stats };
  const grad = p.gradInto ?? new Float32Array(p.pred.length);
  // The kernels take the coefficients already divided by the temperature.
  const coefScale = p.activation === "none" ? 1 : invT;
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < C * COEF_K; i++) {
      m.f32[(m.coef >> 2) + i] = coef[b * C * COEF_K + i] * coefScale;
    }
    for (let n0 = 0; n0 < N; n0 += Lp) {
      const L = Math.min(Lp, N - n0);
      copyPlaneIn(p, m, k, p.pred, m.pred, b, n0, L);
      if (soft) copyPlaneIn(p, m, k, soft, m.soft, b, n0, L);
      copyPixelsIn(p, m, b * N + n0, L);
      k.lossGrad(
        m.pred,
        m.soft,
        m.raw,
        maskPtr,
        m.lab,
        C,
        L,
        Lp,
        kind,
        ignore,
        hasIgnore,
        act,
        invT,
        p.norm,
        m.scratch,
        m.coef,
      );
      if (p.layout === "channels-first") {
        const base = b * C * N + n0;
        for (let c = 0; c < C; c++) {
          const row = (m.pred >> 2) + c * Lp;
          grad.set(m.f32.subarray(row, row + L), base + c * N);
        }
      } else {
        k.interleavedFromPlanar(m.pred, m.stage, C, L, Lp);
        const st = m.stage >> 2;
        grad.set(m.f32.subarray(st, st + L * C), (b * N + n0) * C);
      }
    }
  }
  return { stats, grad };
}

/** The `"wasm"` backend: AssemblyScript SIMD kernels, float32 with float64 sums. */
export const wasmBackend: Backend = {
  name: "wasm",
  run(problem: Problem, step: HostStep): Promise<BackendOutput> {
    try {
      return Promise.resolve(runWasm(problem, step));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
