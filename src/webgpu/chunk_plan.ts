/**
 * The chunks of a loss plan: per chunk its parameters, its upload buffers or
 * the byte offsets at which a caller's buffers are bound in place, its softmax
 * and gradient buffers and its keep-mask region; and the copies that move a
 * chunk's data between the caller's layout and the chunk's.
 *
 * @module
 */

import type { Problem } from "../core/problem.ts";
import { type Chunk, MAX_GROUPS } from "./chunks.ts";
import { put, STORAGE_IN, STORAGE_OUT, UNIFORM } from "./io.ts";
import { align, type OwnedBuffers } from "./owned.ts";
import { labelBytes, type PlanSpec, WG } from "./plan_spec.ts";

const UNIFORM_ALIGN = 256;
/** Bytes of the loss passes' `Params` (kernels/_loss_common.wgsl). */
const PARAMS_BYTES = 48;

/** The GPU buffers a call reads and writes that the plan does not own. */
export interface CallBuffers {
  /** Resident prediction, or null for the plan's upload buffers. */
  pred: GPUBuffer | null;
  /** Resident labels, or null. */
  labels: GPUBuffer | null;
  /** Where the gradient goes on the GPU (`B*C*N` floats), or null (read back). */
  grad: GPUBuffer | null;
  /**
   * The partials of a given statistics record ({@link LossPlan.givenPartials}),
   * copied over pass 1's before the step, or null/absent.
   */
  statistics?: GPUBuffer | null;
}

/** One chunk of a plan. */
export interface ChunkPlan {
  chunk: Chunk;
  pixels: number;
  statsTiles: number;
  tileBase: number;
  grid: [number, number];
  params: GPUBufferBinding;
  /** Upload / copy buffers, or null where the caller's buffer is bound. */
  pred: GPUBuffer | null;
  labels: GPUBuffer | null;
  /** Byte offsets at which the caller's buffers are bound in place. */
  predAt: number;
  labelsAt: number;
  gradAt: number;
  px: GPUBuffer;
  /** Gradient of the chunk when it is not written into the target in place. */
  grad: GPUBuffer | null;
  maskOffset: number;
}

/** The inputs a loss pass binds for one chunk, by their WGSL names. */
export interface ChunkInputs {
  params: GPUBufferBinding;
  pred: GPUBuffer | GPUBufferBinding;
  labels: GPUBuffer | GPUBufferBinding;
  mask: GPUBuffer | GPUBufferBinding;
  px: GPUBuffer;
}

/**
 * Workgroups along x and y for `tiles` workgroups (x within the device's
 * per-dimension limit).
 *
 * @param tiles Workgroups wanted.
 * @returns x and y.
 */
export function grid(tiles: number): [number, number] {
  const x = Math.min(tiles, MAX_GROUPS);
  return [x, Math.ceil(tiles / x)];
}

/** Calls `f(chunkElem, inputElem, count)` per contiguous run of a chunk's class-major data. */
export function runs(
  s: { C: number; N: number; channelsLast: boolean },
  ch: Chunk,
  f: (chunkElem: number, inputElem: number, count: number) => void,
): void {
  const { C, N } = s;
  if (ch.len === N || s.channelsLast) {
    const start = s.channelsLast
      ? (ch.firstImage * N + ch.firstPixel) * C
      : ch.firstImage * C * N;
    f(0, start, ch.images * C * ch.len);
    return;
  }
  for (let c = 0; c < C; c++) {
    f(c * ch.len, (ch.firstImage * C + c) * N + ch.firstPixel, ch.len);
  }
}

/**
 * Byte offsets at which a chunk's part of a caller's prediction (or soft
 * labels, gradient) and hard labels can be bound in place: contiguous and
 * aligned; -1 where the part must be copied.
 */
function inPlace(
  s: PlanSpec,
  ch: Chunk,
  a: number,
): { pred: number; labels: number; grad: number } {
  const N = s.N;
  const first = ch.firstImage * N + ch.firstPixel;
  const contiguous = ch.len === N || s.channelsLast;
  const dense = (s.channelsLast ? first * s.C : ch.firstImage * s.C * N) * 4;
  const elems = contiguous && dense % a === 0 ? dense : -1;
  const hard = first * labelBytes(s.labels);
  return {
    pred: elems,
    labels: s.labels === 0 ? elems : hard % a === 0 ? hard : -1,
    grad: elems,
  };
}

/** Bytes of a chunk's labels (soft: one float per class and pixel). */
function chunkLabelBytes(s: PlanSpec, pixels: number): number {
  return s.labels === 0 ? pixels * s.C * 4 : pixels * labelBytes(s.labels);
}

/** Writes the loss passes' `Params` of one chunk. */
function chunkParams(
  s: PlanSpec,
  ch: Chunk,
  statsTiles: number,
  tileBase: number,
  imageTiles: number,
  gridX: number,
): Uint32Array<ArrayBuffer> {
  const head = new Uint32Array(PARAMS_BYTES / 4);
  head.set([
    s.C,
    ch.len,
    statsTiles,
    tileBase,
    imageTiles,
    s.ignoreIndex === null ? 0 : 1,
    s.ignoreIndex ?? 0,
    0,
    ch.firstImage,
    ch.images,
    gridX,
  ]);
  new Float32Array(head.buffer, 28, 1)[0] = s.invT;
  return head;
}

/**
 * Lays out the chunks of a plan: writes their parameters and makes their
 * buffers.
 *
 * @param device The device.
 * @param s The plan's spec.
 * @param chunks The chunks.
 * @param tilePixels Pixels of one pass-1 tile.
 * @param imageTiles Pass-1 tiles per image over all chunks.
 * @param owned Where the buffers are made.
 * @returns The chunk plans and the bytes of a keep mask over all chunks.
 */
export function layoutChunks(
  device: GPUDevice,
  s: PlanSpec,
  chunks: Chunk[],
  tilePixels: number,
  imageTiles: number,
  owned: OwnedBuffers,
): { chunks: ChunkPlan[]; maskBytes: number } {
  const params = owned.create(chunks.length * UNIFORM_ALIGN, UNIFORM, "params");
  const a = device.limits.minStorageBufferOffsetAlignment;
  const own = (resident: boolean, at: number, bytes: number, what: string) =>
    resident && at >= 0 ? null : owned.create(bytes, STORAGE_IN, what);
  let maskAt = 0, tileBase = 0;
  const out = chunks.map((ch, i): ChunkPlan => {
    if (ch.firstPixel === 0) tileBase = 0;
    const pixels = ch.images * ch.len;
    const statsTiles = Math.ceil(ch.len / tilePixels);
    const g = grid(Math.ceil(ch.len / WG));
    const head = chunkParams(s, ch, statsTiles, tileBase, imageTiles, g[0]);
    device.queue.writeBuffer(params, i * UNIFORM_ALIGN, head);
    const at = inPlace(s, ch, a);
    const labelBytes = align(chunkLabelBytes(s, pixels), 4);
    const cp: ChunkPlan = {
      chunk: ch,
      pixels,
      statsTiles,
      tileBase,
      grid: g,
      params: { buffer: params, offset: i * UNIFORM_ALIGN, size: PARAMS_BYTES },
      pred: own(s.predResident, at.pred, pixels * s.C * 4, "prediction"),
      labels: own(s.labelsResident, at.labels, labelBytes, "labels"),
      predAt: at.pred,
      labelsAt: at.labels,
      gradAt: at.grad,
      px: owned.create(pixels * 8, STORAGE_OUT, "softmax"),
      grad: s.grad && (!s.gradToGpu || at.grad < 0)
        ? owned.create(pixels * s.C * 4, STORAGE_OUT, "gradient chunk")
        : null,
      maskOffset: maskAt,
    };
    maskAt = align(maskAt + align(pixels, 4), a);
    tileBase += statsTiles;
    return cp;
  });
  return { chunks: out, maskBytes: maskAt };
}

/**
 * The inputs a loss pass binds for a chunk: the plan's buffers, or the
 * caller's bound in place.
 *
 * @param s The plan's spec.
 * @param cp The chunk.
 * @param io The caller's buffers.
 * @param mask The slot's keep mask, or null.
 * @param noMask The placeholder bound without a mask.
 * @returns The chunk's inputs.
 */
export function chunkInputs(
  s: PlanSpec,
  cp: ChunkPlan,
  io: CallBuffers,
  mask: GPUBuffer | null,
  noMask: GPUBuffer,
): ChunkInputs {
  const part = (buffer: GPUBuffer, offset: number, bytes: number) => ({
    buffer,
    offset,
    size: align(bytes, 4),
  });
  return {
    params: cp.params,
    pred: cp.pred ?? part(io.pred!, cp.predAt, cp.pixels * s.C * 4),
    labels: cp.labels ??
      part(io.labels!, cp.labelsAt, chunkLabelBytes(s, cp.pixels)),
    mask: mask === null ? noMask : {
      buffer: mask,
      offset: cp.maskOffset,
      size: align(cp.pixels, 4),
    },
    px: cp.px,
  };
}

/**
 * Where pass 2 writes a chunk's gradient: the caller's target in place, or
 * the chunk's own buffer.
 *
 * @param s The plan's spec.
 * @param cp The chunk.
 * @param target The caller's gradient buffer, or null.
 * @returns The binding.
 */
export function gradientTarget(
  s: PlanSpec,
  cp: ChunkPlan,
  target: GPUBuffer | null,
): GPUBuffer | GPUBufferBinding {
  return target !== null && cp.gradAt >= 0
    ? { buffer: target, offset: cp.gradAt, size: cp.pixels * s.C * 4 }
    : cp.grad!;
}

/**
 * Writes the host prediction and labels of a call into the chunks' buffers.
 *
 * @param q The queue.
 * @param s The plan's spec.
 * @param chunks The chunks.
 * @param p The problem.
 */
export function uploadChunks(
  q: GPUQueue,
  s: PlanSpec,
  chunks: ChunkPlan[],
  p: Problem,
): void {
  for (const cp of chunks) {
    const ch = cp.chunk;
    if (!s.predResident) {
      runs(s, ch, (at, from, n) => put(q, cp.pred!, at * 4, p.pred, from, n));
    }
    if (s.labelsResident) continue;
    if (s.labels === 0) {
      runs(
        s,
        ch,
        (at, from, n) => put(q, cp.labels!, at * 4, p.labels, from, n),
      );
    } else {
      const first = ch.firstImage * s.N + ch.firstPixel;
      put(q, cp.labels!, 0, p.labels, first, cp.pixels);
    }
  }
}

/**
 * Writes a keep mask into a slot's mask buffer, chunk by chunk.
 *
 * @param q The queue.
 * @param N Pixels per image.
 * @param chunks The chunks.
 * @param target The slot's mask buffer.
 * @param keepMask The keep mask.
 */
export function uploadMask(
  q: GPUQueue,
  N: number,
  chunks: ChunkPlan[],
  target: GPUBuffer,
  keepMask: Uint8Array,
): void {
  for (const cp of chunks) {
    const first = cp.chunk.firstImage * N + cp.chunk.firstPixel;
    put(q, target, cp.maskOffset, keepMask, first, cp.pixels);
  }
}

/**
 * Records copies of the chunks of resident inputs that could not be bound in
 * place (only when the input is split into several chunks).
 *
 * @param encoder The encoder.
 * @param s The plan's spec.
 * @param chunks The chunks.
 * @param io The caller's buffers.
 */
export function copyResident(
  encoder: GPUCommandEncoder,
  s: PlanSpec,
  chunks: ChunkPlan[],
  io: CallBuffers,
): void {
  const copy =
    (from: GPUBuffer, to: GPUBuffer) => (at: number, src: number, n: number) =>
      encoder.copyBufferToBuffer(from, src * 4, to, at * 4, n * 4);
  for (const cp of chunks) {
    const ch = cp.chunk;
    if (io.pred !== null && cp.predAt < 0) {
      runs(s, ch, copy(io.pred, cp.pred!));
    }
    if (io.labels === null || cp.labelsAt >= 0) continue;
    if (s.labels === 0) {
      runs(s, ch, copy(io.labels, cp.labels!));
    } else {
      const bpe = labelBytes(s.labels);
      const first = (ch.firstImage * s.N + ch.firstPixel) * bpe;
      const size = align(cp.pixels * bpe, 4);
      encoder.copyBufferToBuffer(io.labels, first, cp.labels!, 0, size);
    }
  }
}

/**
 * Records copies of the gradient of chunks that were not written in place
 * into the caller's target.
 *
 * @param encoder The encoder.
 * @param s The plan's spec.
 * @param chunks The chunks.
 * @param target The caller's gradient buffer.
 */
export function copyGradient(
  encoder: GPUCommandEncoder,
  s: PlanSpec,
  chunks: ChunkPlan[],
  target: GPUBuffer,
): void {
  for (const cp of chunks) {
    if (cp.grad === null || cp.gradAt >= 0) continue;
    const grad = cp.grad;
    runs(
      s,
      cp.chunk,
      (at, from, n) =>
        encoder.copyBufferToBuffer(grad, at * 4, target, from * 4, n * 4),
    );
  }
}
