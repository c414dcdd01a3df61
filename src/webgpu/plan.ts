/**
 * A loss plan: everything one problem shape needs on one device — chunks,
 * programs, buffers, bind groups and a small ring of call slots — made once,
 * so that recording a call creates no buffer, pipeline or shader module and
 * maps nothing. A call records, into one encoder: pass 1 (statistics, per
 * chunk), the GPU step (reduction of the partials into the statistics record,
 * coefficients and the float32 value), pass 2 (gradient, per chunk) and a copy
 * of the record into the slot's readback buffer. What each pass binds and
 * dispatches comes from its builder (loss_programs.ts).
 *
 * @module
 */

import { type JdtRangeError, rangeError } from "../core/errors.ts";
import type { Problem } from "../core/problem.ts";
import { type Dispatch, recordDispatches } from "./bind.ts";
import { type Chunk, MAX_GROUPS, planChunks } from "./chunks.ts";
import {
  type CallBuffers,
  chunkInputs,
  type ChunkPlan,
  copyGradient,
  copyResident,
  gradientTarget,
  layoutChunks,
  uploadChunks,
  uploadMask,
} from "./chunk_plan.ts";
import { bindingLimit } from "./device.ts";
import {
  gradDispatch,
  type LossPrograms,
  lossPrograms,
  reduceDispatch,
  type SharedBuffers,
  sharedBuffers,
  statsDispatches,
  stepDispatches,
} from "./loss_programs.ts";
import { STORAGE_OUT } from "./io.ts";
import { align, OwnedBuffers } from "./owned.ts";
import { checkShape, type PlanSpec, STAGE_C, WG } from "./plan_spec.ts";
import { Ring, type Slot } from "./ring.ts";
import { RECORD_HEAD, RECORD_K } from "./step_params.ts";

export type { CallBuffers } from "./chunk_plan.ts";
export { runs } from "./chunk_plan.ts";
export {
  checkShape,
  MAX_CLASSES,
  MAX_GROUPS_TOTAL,
  type PlanSpec,
  planSpec,
  shapeRefusal,
} from "./plan_spec.ts";
export { RING, type Slot } from "./ring.ts";

/** Most pass-1 tiles per image (stats_reduce: 64 lanes, < 65535 loop iterations each). */
const MAX_IMAGE_TILES = 64 * 60000;

function shapeError(detail: string): JdtRangeError {
  return rangeError("loss", "input.shape", detail);
}

/** The chunks of a spec and the pass-1 tiles of one image over them. */
function chunksOf(
  device: GPUDevice,
  spec: PlanSpec,
  tilePixels: number,
): { chunks: Chunk[]; imageTiles: number } {
  const { B, C, N } = spec;
  const maxBytes = Math.min(spec.maxBytes, MAX_GROUPS * tilePixels * C * 4);
  let chunks: Chunk[];
  try {
    chunks = planChunks(B, C, N, maxBytes);
  } catch (e) {
    throw shapeError(
      `does not fit this WebGPU device: ${(e as Error).message}`,
    );
  }
  let tiles = 0;
  for (const ch of chunks) {
    if (ch.firstImage > 0) break;
    tiles += Math.ceil(ch.len / tilePixels);
  }
  if (tiles > MAX_IMAGE_TILES) {
    throw shapeError(
      `has ${N} pixels per image; the webgpu backend takes at most ${
        MAX_IMAGE_TILES * tilePixels
      } for this layout and C`,
    );
  }
  if (B * C * tiles * 24 > bindingLimit(device)) {
    throw shapeError(
      `needs ${
        B * C * tiles * 24
      } bytes of pass-1 partials, over one binding of this WebGPU device`,
    );
  }
  return { chunks, imageTiles: tiles };
}

/** Buffers, programs and bind groups of one problem shape on one device. */
export class LossPlan {
  /** The spec the plan was made for. */
  readonly spec: PlanSpec;
  /** The device. */
  readonly device: GPUDevice;
  /** Pass-1 tiles per image, over all chunks. */
  readonly imageTiles: number;
  /** Bytes of a statistics record. */
  readonly recordBytes: number;
  readonly #owned: OwnedBuffers;
  readonly #progs: LossPrograms;
  readonly #shared: SharedBuffers;
  readonly #chunks: ChunkPlan[];
  readonly #ring: Ring;
  readonly #passCache = new Map<string, Dispatch[][]>();
  #given: GPUBuffer | null = null;

  /**
   * Makes the plan: every buffer except the slots' gradients.
   *
   * @param device The device.
   * @param spec The spec.
   */
  constructor(device: GPUDevice, spec: PlanSpec) {
    this.device = device;
    this.spec = spec;
    const { B, C, N } = spec;
    checkShape(B, C);
    const staged = spec.channelsLast && C <= STAGE_C;
    const tilePixels = staged ? WG : 4 * WG;
    const { chunks, imageTiles } = chunksOf(device, spec, tilePixels);
    this.imageTiles = imageTiles;
    this.recordBytes = align((RECORD_HEAD + B * C * RECORD_K) * 4, 16);
    const owned = this.#owned = new OwnedBuffers(device);
    const progs = this.#progs = lossPrograms(device, spec, staged, tilePixels);
    const shared = this.#shared = sharedBuffers(
      owned,
      spec,
      imageTiles,
      this.recordBytes,
    );
    const layout = layoutChunks(
      device,
      spec,
      chunks,
      tilePixels,
      imageTiles,
      owned,
    );
    this.#chunks = layout.chunks;
    this.#ring = new Ring(
      owned,
      this.recordBytes,
      spec.mask ? layout.maskBytes : null,
      B * C * N * 4,
      (sp, value) => [
        reduceDispatch(
          device,
          progs.reduce,
          shared,
          sp,
          spec.stepB * spec.stepC,
        ),
        ...stepDispatches(device, progs, shared, sp, value, spec),
      ],
    );
  }

  /** The ring of call slots. */
  get slots(): Slot[] {
    return this.#ring.slots;
  }

  /** Takes the next slot of the ring, its readback buffer free for the call. */
  takeSlot(): Slot {
    return this.#ring.takeSlot();
  }

  /**
   * Gives back a readback buffer a value was read from.
   *
   * @param slot The slot it was taken from.
   * @param readback The buffer.
   */
  releaseReadback(slot: Slot, readback: GPUBuffer): void {
    this.#ring.releaseReadback(slot, readback);
  }

  /**
   * The slot's own gradient buffer (`gradOutput: "gpu"`), made on first use.
   *
   * @param slot The slot.
   * @returns The buffer, `B*C*N` floats.
   */
  slotGradient(slot: Slot): GPUBuffer {
    return this.#ring.slotGradient(slot);
  }

  /** Number of buffers the plan holds. */
  get bufferCount(): number {
    return this.#owned.size;
  }

  /**
   * Writes the per-call host data of a compute() call: host prediction and
   * labels into the plan's buffers (safe to share between calls: each call
   * submits right after its writes, and the queue keeps the order).
   *
   * @param p The problem.
   */
  upload(p: Problem): void {
    uploadChunks(this.device.queue, this.spec, this.#chunks, p);
  }

  /**
   * Writes a given statistics record (the whole batch's, `B*C*STAT_K`
   * float64) as pass-1 partials: per group, tile 0 holds each sum rounded to
   * float32 and the maxima, tile 1 the sums' rounding errors (when the image
   * has two tiles), so that the step's float-float reduction reads the
   * record in place of pass 1's. Safe to share between calls, like
   * `upload`.
   *
   * @param stats The record.
   * @returns The buffer to copy over the partials (`CallBuffers.statistics`).
   */
  givenPartials(stats: Float64Array): GPUBuffer {
    const tiles = this.imageTiles, G = this.spec.B * this.spec.C;
    const data = new Float32Array(G * tiles * 6);
    for (let g = 0; g < G; g++) {
      const o = g * tiles * 6;
      for (let k = 0; k < 6; k++) {
        const v = stats[g * 6 + k];
        data[o + k] = v;
        if (k < 3 && tiles > 1) data[o + 6 + k] = v - Math.fround(v);
      }
    }
    this.#given ??= this.#owned.create(data.byteLength, STORAGE_OUT, "given");
    this.device.queue.writeBuffer(this.#given, 0, data);
    return this.#given;
  }

  /**
   * Writes a call's data: the slot's step parameters and keep mask, and the
   * class table, which the calls of a plan share. Sharing it is safe: only
   * a `createLoss()` object's own backend (fixed options) encodes, and a
   * plan's spec fixes C and the label format (so the active-class mode), so
   * encoded calls of one plan write the same table; `compute()` calls, also
   * on the shared backend, submit right after their writes.
   *
   * @param slot The slot.
   * @param step The StepParams bytes.
   * @param info The per-class table.
   * @param keepMask The keep mask, if any.
   */
  writeSlot(
    slot: Slot,
    step: ArrayBuffer,
    info: Float32Array<ArrayBuffer>,
    keepMask: Uint8Array | null,
  ): void {
    const q = this.device.queue;
    q.writeBuffer(slot.stepParams, 0, step);
    q.writeBuffer(this.#shared.class_info, 0, info);
    if (keepMask === null || slot.mask === null) return;
    uploadMask(q, this.spec.N, this.#chunks, slot.mask, keepMask);
  }

  /**
   * Records a whole call into `encoder`: resident chunk copies, pass 1, the
   * step, pass 2 and the copy of the record into `recordTo`.
   *
   * @param encoder The encoder.
   * @param slot The call's slot.
   * @param io The caller's buffers.
   * @param recordTo Where the record is copied: the slot's readback buffer
   *   (compute) or its record buffer (encode).
   * @param timestamps Optional query set for per-pass GPU times (6 queries).
   */
  record(
    encoder: GPUCommandEncoder,
    slot: Slot,
    io: CallBuffers,
    recordTo: GPUBuffer,
    timestamps?: GPUQuerySet,
  ): void {
    const s = this.spec, b = this.#shared;
    const [stats, grad] = this.#passes(slot, io);
    encoder.clearBuffer(b.flags, 0, 16);
    encoder.clearBuffer(b.counts);
    copyResident(encoder, s, this.#chunks, io);
    const pass = (i: number, label: string, dispatches: Dispatch[]) => {
      const p = encoder.beginComputePass({
        label: `jdt ${label}`,
        timestampWrites: timestamps && {
          querySet: timestamps,
          beginningOfPassWriteIndex: 2 * i,
          endOfPassWriteIndex: 2 * i + 1,
        },
      });
      recordDispatches(p, dispatches);
      p.end();
    };
    pass(0, "statistics", stats);
    if (io.statistics) {
      const size = io.statistics.size;
      encoder.copyBufferToBuffer(io.statistics, 0, b.partials, 0, size);
    }
    pass(1, "step", slot.step);
    if (s.grad) {
      pass(2, "gradient", grad);
      if (io.grad !== null) copyGradient(encoder, s, this.#chunks, io.grad);
    }
    encoder.copyBufferToBuffer(b.record, 0, recordTo, 0, this.recordBytes);
  }

  /** Dispatches of pass 1 and pass 2 of a call, over all chunks; cached. */
  #passes(slot: Slot, io: CallBuffers): Dispatch[][] {
    const key = `${this.slots.indexOf(slot)}|${idOf(io.pred)}|${
      idOf(io.labels)
    }|${idOf(io.grad)}`;
    let passes = this.#passCache.get(key);
    if (passes !== undefined) {
      this.#passCache.delete(key);
      this.#passCache.set(key, passes);
      return passes;
    }
    const s = this.spec, d = this.device, progs = this.#progs;
    const stats: Dispatch[] = [], grad: Dispatch[] = [];
    for (const cp of this.#chunks) {
      const inputs = chunkInputs(s, cp, io, slot.mask, this.#shared.noMask);
      stats.push(...statsDispatches(d, progs, this.#shared, s.C, cp, inputs));
      if (progs.grad !== null) {
        const target = gradientTarget(s, cp, io.grad);
        grad.push(
          gradDispatch(d, progs.grad, this.#shared, cp, inputs, target),
        );
      }
    }
    passes = [stats, grad];
    this.#passCache.set(key, passes);
    if (this.#passCache.size > 16) {
      this.#passCache.delete(this.#passCache.keys().next().value!);
    }
    return passes;
  }

  /** The per-chunk gradient buffers a compute() call reads back (gradOutput "cpu"). */
  get chunkGradients(): { chunk: Chunk; grad: GPUBuffer | null }[] {
    return this.#chunks.map((cp) => ({ chunk: cp.chunk, grad: cp.grad }));
  }

  /** The coefficient buffer (for tests comparing the GPU step with the host step). */
  get coefficients(): GPUBuffer {
    return this.#shared.coef;
  }

  /** Destroys every buffer the plan made. */
  destroy(): void {
    this.#owned.destroy();
    this.#passCache.clear();
  }
}

const ids = new WeakMap<GPUBuffer, number>();
let nextId = 1;

function idOf(b: GPUBuffer | null): number {
  if (b === null) return 0;
  let id = ids.get(b);
  if (id === undefined) {
    id = nextId++;
    ids.set(b, id);
  }
  return id;
}
