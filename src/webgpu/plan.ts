/**
 * A loss plan: everything one problem shape needs on one device — chunks,
 * pipelines, buffers, bind groups and a small ring of call slots — made once,
 * so that recording a call creates no buffer, pipeline or shader module and
 * maps nothing. A call records, into one encoder: pass 1 (statistics, per
 * chunk), the GPU step (reduction of the partials into the statistics record,
 * coefficients and the float32 value), pass 2 (gradient, per chunk) and a copy
 * of the record into the slot's readback buffer.
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import { type Problem, stepGroups } from "../core/problem.ts";
import { type Chunk, MAX_GROUPS, planChunks } from "./chunks.ts";
import { bindingLimit } from "./device.ts";
import { pipeline } from "./pipelines.ts";
import { put, READBACK, STORAGE_IN, STORAGE_OUT, UNIFORM } from "./io.ts";
import { RECORD_HEAD, RECORD_K, STEP_PARAMS_BYTES } from "./step_params.ts";

/** Call slots per plan: a returned gradient or value stays valid for this many calls. */
export const RING = 3;
/** Most classes of the webgpu backend (bounds the work of one invocation). */
export const MAX_CLASSES = 16384;
/** Most (image, class) groups of the webgpu backend. */
export const MAX_GROUPS_TOTAL = 1 << 21;
/** Lanes of the pixel and gradient passes (pixels per workgroup). */
const WG = 64;
/** Classes a statistics workgroup takes when it also computes the softmax. */
const CLASS_BLOCK = 512;
/** Largest C kept in registers by pass 2. */
const SMALL_C = 32;
/** Largest C whose channels-last data both passes stage in workgroup memory. */
const STAGE_C = 8;
/** Largest C whose coefficients pass 2 stages in workgroup memory. */
const COEF_STAGE_C = 128;
const UNIFORM_ALIGN = 256;
/** Most pass-1 tiles per image (stats_reduce: 64 lanes, < 65535 loop iterations each). */
const MAX_IMAGE_TILES = 64 * 60000;
const PARAMS_BYTES = 48;

/** What makes two problems share a plan. */
export interface PlanSpec {
  B: number;
  C: number;
  N: number;
  /**
   * The (image, class) groups of the GPU step: B and C, or the caller's when
   * masks run as B·C one-channel images (the same groups in the same order).
   */
  stepB: number;
  stepC: number;
  /** 0: probabilities, 1: softmax, 2: sigmoid. */
  activation: 0 | 1 | 2;
  /** 0: soft float32, 1: u8, 2: u16, 3: i32. */
  labels: 0 | 1 | 2 | 3;
  mask: boolean;
  norm: 1 | 2;
  channelsLast: boolean;
  needMaxX: boolean;
  /** Pass 2 runs. */
  grad: boolean;
  /** The gradient stays on the GPU (else it is read back per chunk). */
  gradToGpu: boolean;
  predResident: boolean;
  labelsResident: boolean;
  /** 1/T rounded to float32 (+inf when it overflows). */
  invT: number;
  ignoreIndex: number | null;
  /** Largest binding in bytes. */
  maxBytes: number;
  /** Use the subgroup variant of pass 1. */
  subgroups: boolean;
}

/**
 * The plan spec of a problem.
 *
 * @param p The problem.
 * @param grad Whether pass 2 runs.
 * @param gradToGpu Whether the gradient stays on the GPU.
 * @param maxBytes Largest binding in bytes.
 * @param subgroups Whether the subgroup variant of pass 1 is used.
 * @returns The spec.
 */
export function planSpec(
  p: Problem,
  grad: boolean,
  gradToGpu: boolean,
  maxBytes: number,
  subgroups: boolean,
): PlanSpec {
  const ig = p.ignoreIndex;
  const step = stepGroups(p);
  return {
    B: p.B,
    C: p.C,
    N: p.N,
    stepB: step.B,
    stepC: step.C,
    activation: p.activation === "softmax"
      ? 1
      : p.activation === "sigmoid"
      ? 2
      : 0,
    labels: p.labels instanceof Float32Array
      ? 0
      : p.labels instanceof Uint8Array
      ? 1
      : p.labels instanceof Uint16Array
      ? 2
      : 3,
    mask: p.keepMask !== null,
    norm: p.norm,
    channelsLast: p.layout === "channels-last",
    needMaxX: p.needMaxX !== false,
    grad,
    gradToGpu,
    predResident: p.gpu?.pred != null,
    labelsResident: p.gpu?.labels != null,
    invT: Math.fround(1 / p.temperature),
    ignoreIndex: ig !== null && ig >= -(2 ** 31) && ig < 2 ** 31 ? ig : null,
    maxBytes,
    subgroups,
  };
}

/** The GPU buffers a call reads and writes that the plan does not own. */
export interface CallBuffers {
  /** Resident prediction, or null for the plan's upload buffers. */
  pred: GPUBuffer | null;
  /** Resident labels, or null. */
  labels: GPUBuffer | null;
  /** Where the gradient goes on the GPU (`B*C*N` floats), or null (read back). */
  grad: GPUBuffer | null;
}

/** One call slot of the ring. */
export interface Slot {
  /** The step's parameters of the call. */
  stepParams: GPUBuffer;
  /** Keep mask regions, one per chunk. */
  mask: GPUBuffer | null;
  /** The float32 loss value the GPU step computed (4 bytes used). */
  value: GPUBuffer;
  /** Where the statistics record is copied. */
  readback: GPUBuffer;
  /** The readback buffer is being mapped or read. */
  claimed: boolean;
  /** The gradient of the slot's calls with `gradOutput: "gpu"`, made on first use. */
  grad: GPUBuffer | null;
  step: GPUBindGroup[];
}

interface ChunkPlan {
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

function grid(tiles: number): [number, number] {
  const x = Math.min(tiles, MAX_GROUPS);
  return [x, Math.ceil(tiles / x)];
}

function align(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/**
 * Throws a typed error when the webgpu backend cannot take a problem of this
 * shape (C or B·C beyond what one invocation may loop over).
 *
 * @param B Images.
 * @param C Classes.
 */
export function checkShape(B: number, C: number): void {
  if (C > MAX_CLASSES || B * C > MAX_GROUPS_TOTAL) {
    throw new JdtRangeError(
      "input.shape",
      `Cannot compute loss: input.shape has ${C} classes and ${
        B * C
      } (image, class) groups; the webgpu backend takes at most ${MAX_CLASSES} classes and ${MAX_GROUPS_TOTAL} groups (use backend "wasm" or "js")`,
    );
  }
}

/** Buffers, pipelines and bind groups of one problem shape on one device. */
export class LossPlan {
  /** The spec the plan was made for. */
  readonly spec: PlanSpec;
  /** The device. */
  readonly device: GPUDevice;
  /** Pass-1 tiles per image, over all chunks. */
  readonly imageTiles: number;
  /** The ring of call slots. */
  readonly slots: Slot[] = [];
  /** Bytes of a statistics record. */
  readonly recordBytes: number;
  readonly #chunks: ChunkPlan[] = [];
  readonly #owned = new Set<GPUBuffer>();
  readonly #spareReadbacks: GPUBuffer[] = [];
  readonly #pipes: Record<string, GPUComputePipeline> = {};
  readonly #buf: Record<string, GPUBuffer> = {};
  readonly #bindCache = new Map<string, GPUBindGroup[][]>();
  #maskBytes = 0;
  #next = 0;

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
    const maxBytes = Math.min(spec.maxBytes, MAX_GROUPS * tilePixels * C * 4);
    let chunks: Chunk[];
    try {
      chunks = planChunks(B, C, N, maxBytes);
    } catch (e) {
      throw new JdtRangeError(
        "input.shape",
        `Cannot compute loss: input.shape does not fit this WebGPU device: ${
          (e as Error).message
        }`,
      );
    }
    let tiles = 0;
    for (const ch of chunks) {
      if (ch.firstImage > 0) break;
      tiles += Math.ceil(ch.len / tilePixels);
    }
    this.imageTiles = tiles;
    if (tiles > MAX_IMAGE_TILES) {
      throw new JdtRangeError(
        "input.shape",
        `Cannot compute loss: input.shape has ${N} pixels per image; the webgpu backend takes at most ${
          MAX_IMAGE_TILES * tilePixels
        } for this layout and C`,
      );
    }
    const G = B * C;
    this.recordBytes = align((RECORD_HEAD + G * RECORD_K) * 4, 16);
    if (G * tiles * 24 > bindingLimit(device)) {
      throw new JdtRangeError(
        "input.shape",
        `Cannot compute loss: input.shape needs ${
          G * tiles * 24
        } bytes of pass-1 partials, over one binding of this WebGPU device`,
      );
    }
    this.#makePipelines(staged, tilePixels);
    this.#makeShared(G);
    this.#makeChunks(chunks, tilePixels);
    for (let i = 0; i < RING; i++) this.slots.push(this.#makeSlot());
  }

  #create(size: number, usage: number, label: string): GPUBuffer {
    const b = this.device.createBuffer({
      label: `jdt ${label}`,
      size: align(Math.max(size, 16), 16),
      usage,
    });
    this.#owned.add(b);
    return b;
  }

  #makePipelines(staged: boolean, tilePixels: number): void {
    const s = this.spec, d = this.device;
    const common = {
      ACTIVATION: s.activation,
      LABELS: s.labels,
      HAS_MASK: s.mask ? 1 : 0,
      NORM: s.norm,
      CHANNELS_LAST: s.channelsLast ? 1 : 0,
    };
    const fused = s.C <= CLASS_BLOCK;
    if (!fused) this.#pipes.pixel = pipeline(d, "pixel_pass", common);
    this.#pipes.stats = pipeline(
      d,
      s.subgroups ? "stats_pass_subgroups" : "stats_pass",
      {
        ...common,
        PPT: tilePixels / WG,
        FUSED: fused ? 1 : 0,
        CLASS_BLOCK,
        NEED_MAX_X: s.needMaxX ? 1 : 0,
        RED_X_LEN: s.needMaxX ? 4 * WG : 1,
        STAGE_LEN: staged ? WG * s.C / 4 : 1,
      },
    );
    for (const k of ["reduce", "classes", "images", "value", "coef"]) {
      const kernel = k === "reduce" ? "stats_reduce" : `step_${k}` as const;
      this.#pipes[k] = pipeline(d, kernel as "stats_reduce");
    }
    if (s.grad) {
      this.#pipes.grad = pipeline(d, "grad_pass", {
        ...common,
        FIXED_C: s.C <= SMALL_C ? s.C : 0,
        COEF_STAGE: s.C <= COEF_STAGE_C ? s.C : 1,
        STAGE_LEN: staged ? WG * s.C / 4 : 1,
      });
    }
  }

  #makeShared(G: number): void {
    const { stepB: B, stepC: C } = this.spec;
    const b = this.#buf;
    b.partials = this.#create(
      G * this.imageTiles * 24,
      STORAGE_OUT,
      "partials",
    );
    b.flags = this.#create(4, STORAGE_OUT, "flags");
    b.record = this.#create(this.recordBytes, STORAGE_OUT, "record");
    b.imageGroups = this.#create(G * 32, STORAGE_OUT, "image groups");
    b.classGroups = this.#create(C * 32, STORAGE_OUT, "class groups");
    b.counts = this.#create((4 + B + C) * 4, STORAGE_OUT, "counts");
    b.lossSums = this.#create((B + C) * 4, STORAGE_OUT, "loss sums");
    b.classInfo = this.#create(C * 8, STORAGE_IN, "class info");
    b.coef = this.#create(G * 12, STORAGE_OUT, "coefficients");
    b.noMask = this.#create(4, STORAGE_IN, "no mask");
  }

  #makeChunks(chunks: Chunk[], tilePixels: number): void {
    const s = this.spec, d = this.device;
    const params = this.#create(
      chunks.length * UNIFORM_ALIGN,
      UNIFORM,
      "params",
    );
    const maskAlign = d.limits.minStorageBufferOffsetAlignment;
    let maskAt = 0, tileBase = 0;
    const bpe = [4, 1, 2, 4][s.labels];
    chunks.forEach((ch, i) => {
      if (ch.firstPixel === 0) tileBase = 0;
      const pixels = ch.images * ch.len;
      const statsTiles = Math.ceil(ch.len / tilePixels);
      const g = grid(Math.ceil(ch.len / WG));
      const head = new Uint32Array(PARAMS_BYTES / 4);
      head.set([
        s.C,
        ch.len,
        statsTiles,
        tileBase,
        this.imageTiles,
        s.ignoreIndex === null ? 0 : 1,
        s.ignoreIndex ?? 0,
        0,
        ch.firstImage,
        ch.images,
        g[0],
      ]);
      new Float32Array(head.buffer, 28, 1)[0] = s.invT;
      d.queue.writeBuffer(params, i * UNIFORM_ALIGN, head);
      const at = this.#inPlace(ch);
      const own = (
        resident: boolean,
        offset: number,
        bytes: number,
        what: string,
      ) =>
        resident && offset >= 0 ? null : this.#create(bytes, STORAGE_IN, what);
      const labelBytes = s.labels === 0 ? pixels * s.C * 4 : pixels * bpe;
      this.#chunks.push({
        chunk: ch,
        pixels,
        statsTiles,
        tileBase,
        grid: g,
        params: {
          buffer: params,
          offset: i * UNIFORM_ALIGN,
          size: PARAMS_BYTES,
        },
        pred: own(s.predResident, at.pred, pixels * s.C * 4, "prediction"),
        labels: own(
          s.labelsResident,
          at.labels,
          align(labelBytes, 4),
          "labels",
        ),
        predAt: at.pred,
        labelsAt: at.labels,
        gradAt: at.grad,
        px: this.#create(pixels * 8, STORAGE_OUT, "softmax"),
        grad: s.grad && (!s.gradToGpu || at.grad < 0)
          ? this.#create(pixels * s.C * 4, STORAGE_OUT, "gradient chunk")
          : null,
        maskOffset: maskAt,
      });
      maskAt = align(maskAt + align(pixels, 4), maskAlign);
      tileBase += statsTiles;
    });
    this.#maskBytes = maskAt;
  }

  /**
   * Byte offsets at which a chunk's part of a caller's prediction (or soft
   * labels, gradient) and hard labels can be bound in place: contiguous and
   * aligned; -1 where the part must be copied.
   */
  #inPlace(ch: Chunk): { pred: number; labels: number; grad: number } {
    const s = this.spec, N = s.N;
    const a = this.device.limits.minStorageBufferOffsetAlignment;
    const first = ch.firstImage * N + ch.firstPixel;
    const contiguous = ch.len === N || s.channelsLast;
    const dense = (s.channelsLast ? first * s.C : ch.firstImage * s.C * N) * 4;
    const elems = contiguous && dense % a === 0 ? dense : -1;
    const hard = first * [4, 1, 2, 4][s.labels];
    return {
      pred: elems,
      labels: s.labels === 0 ? elems : hard % a === 0 ? hard : -1,
      grad: elems,
    };
  }

  #makeSlot(): Slot {
    const stepParams = this.#create(STEP_PARAMS_BYTES, UNIFORM, "step params");
    const value = this.#create(4, STORAGE_OUT, "value");
    const slot: Slot = {
      stepParams,
      mask: this.spec.mask
        ? this.#create(this.#maskBytes, STORAGE_IN, "keep mask")
        : null,
      value,
      readback: this.#create(this.recordBytes, READBACK, "record readback"),
      claimed: false,
      grad: null,
      step: [],
    };
    const b = this.#buf, sp = { buffer: stepParams };
    const group = (k: string, entries: Record<number, GPUBuffer>) =>
      this.#bindGroup(this.#pipes[k], { 0: sp, ...entries });
    slot.step = [
      group("reduce", {
        1: b.partials,
        2: b.record,
        3: b.imageGroups,
        4: b.counts,
        7: b.classInfo,
      }),
      group("classes", {
        2: b.record,
        3: b.imageGroups,
        4: b.counts,
        5: b.classGroups,
        6: b.lossSums,
        7: b.classInfo,
      }),
      group("images", { 3: b.imageGroups, 4: b.counts, 6: b.lossSums }),
      group("value", {
        2: b.record,
        4: b.counts,
        5: b.classGroups,
        6: b.lossSums,
        9: value,
        10: b.flags,
      }),
      group("coef", {
        3: b.imageGroups,
        4: b.counts,
        5: b.classGroups,
        8: b.coef,
      }),
    ];
    return slot;
  }

  #bindGroup(
    pipe: GPUComputePipeline,
    entries: Record<number, GPUBuffer | GPUBufferBinding>,
  ): GPUBindGroup {
    return this.device.createBindGroup({
      layout: pipe.getBindGroupLayout(0),
      entries: Object.entries(entries).map(([k, r]) => ({
        binding: Number(k),
        resource: "buffer" in r ? r : { buffer: r },
      })),
    });
  }

  /** Takes the next slot of the ring, its readback buffer free for the call. */
  takeSlot(): Slot {
    const slot = this.slots[this.#next];
    this.#next = (this.#next + 1) % RING;
    if (slot.claimed) {
      slot.readback = this.#spareReadbacks.pop() ??
        this.#create(this.recordBytes, READBACK, "record readback");
      slot.claimed = false;
    }
    return slot;
  }

  /**
   * Gives back a readback buffer a value was read from: to its slot if it is
   * still the slot's, else to the spares.
   *
   * @param slot The slot it was taken from.
   * @param readback The buffer.
   */
  releaseReadback(slot: Slot, readback: GPUBuffer): void {
    if (slot.readback === readback) slot.claimed = false;
    else if (this.#owned.has(readback)) this.#spareReadbacks.push(readback);
  }

  /**
   * The slot's own gradient buffer (`gradOutput: "gpu"`), made on first use.
   *
   * @param slot The slot.
   * @returns The buffer, `B*C*N` floats.
   */
  slotGradient(slot: Slot): GPUBuffer {
    const { B, C, N } = this.spec;
    slot.grad ??= this.#create(B * C * N * 4, STORAGE_OUT, "gradient");
    return slot.grad;
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
    const s = this.spec, q = this.device.queue;
    for (const cp of this.#chunks) {
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
   * Writes a slot's per-call data: step parameters, class table, keep mask.
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
    const q = this.device.queue, N = this.spec.N;
    q.writeBuffer(slot.stepParams, 0, step);
    q.writeBuffer(this.#buf.classInfo, 0, info);
    if (keepMask === null || slot.mask === null) return;
    for (const cp of this.#chunks) {
      const ch = cp.chunk;
      const first = ch.firstImage * N + ch.firstPixel;
      put(q, slot.mask, cp.maskOffset, keepMask, first, cp.pixels);
    }
  }

  /**
   * Records a whole call into `encoder`: resident chunk copies, pass 1, the
   * step, pass 2 and the copy of the record into the slot's readback buffer.
   *
   * @param encoder The encoder.
   * @param slot The call's slot.
   * @param io The caller's buffers.
   * @param timestamps Optional query set for per-pass GPU times (6 queries).
   */
  record(
    encoder: GPUCommandEncoder,
    slot: Slot,
    io: CallBuffers,
    timestamps?: GPUQuerySet,
  ): void {
    const s = this.spec, b = this.#buf;
    const groups = this.#callGroups(slot, io);
    encoder.clearBuffer(b.flags, 0, 16);
    encoder.clearBuffer(b.counts);
    this.#copyResident(encoder, io);
    const pass = (i: number, label: string) =>
      encoder.beginComputePass({
        label: `jdt ${label}`,
        timestampWrites: timestamps && {
          querySet: timestamps,
          beginningOfPassWriteIndex: 2 * i,
          endOfPassWriteIndex: 2 * i + 1,
        },
      });
    const p1 = pass(0, "statistics");
    this.#chunks.forEach((cp, i) => {
      if (this.#pipes.pixel !== undefined) {
        p1.setPipeline(this.#pipes.pixel);
        p1.setBindGroup(0, groups[0][i]);
        p1.dispatchWorkgroups(cp.grid[0], cp.grid[1], cp.chunk.images);
      }
      p1.setPipeline(this.#pipes.stats);
      p1.setBindGroup(0, groups[1][i]);
      const blocks = Math.ceil(s.C / CLASS_BLOCK);
      p1.dispatchWorkgroups(cp.statsTiles, blocks, cp.chunk.images);
    });
    p1.end();
    this.#recordStep(pass(1, "step"), slot);
    if (s.grad) {
      const p2 = pass(2, "gradient");
      p2.setPipeline(this.#pipes.grad);
      this.#chunks.forEach((cp, i) => {
        p2.setBindGroup(0, groups[2][i]);
        p2.dispatchWorkgroups(cp.grid[0], cp.grid[1], cp.chunk.images);
      });
      p2.end();
      if (io.grad !== null) this.#copyGradient(encoder, io.grad);
    }
    encoder.copyBufferToBuffer(b.record, 0, slot.readback, 0, this.recordBytes);
  }

  #recordStep(p: GPUComputePassEncoder, slot: Slot): void {
    const { stepB: B, stepC: C } = this.spec, G = B * C;
    const run = (k: string, i: number, n: number) => {
      p.setPipeline(this.#pipes[k]);
      p.setBindGroup(0, slot.step[i]);
      const [x, y] = grid(n);
      p.dispatchWorkgroups(x, y);
    };
    run("reduce", 0, G);
    run("classes", 1, C);
    run("images", 2, B);
    run("value", 3, 1);
    if (this.spec.grad) run("coef", 4, Math.ceil(G / 256));
    p.end();
  }

  /**
   * Records copies of the resident gradient of chunks that were not written
   * in place into the caller's target.
   */
  #copyGradient(encoder: GPUCommandEncoder, target: GPUBuffer): void {
    for (const cp of this.#chunks) {
      if (cp.grad === null || cp.gradAt >= 0) continue;
      runs(
        this.spec,
        cp.chunk,
        (at, from, n) =>
          encoder.copyBufferToBuffer(cp.grad!, at * 4, target, from * 4, n * 4),
      );
    }
  }

  /**
   * Copies the chunks of resident inputs that could not be bound in place
   * (only when the input is split into several chunks).
   */
  #copyResident(encoder: GPUCommandEncoder, io: CallBuffers): void {
    const s = this.spec;
    const bpe = [4, 1, 2, 4][s.labels];
    for (const cp of this.#chunks) {
      const ch = cp.chunk;
      if (io.pred !== null && cp.predAt < 0) {
        runs(
          s,
          ch,
          (at, from, n) =>
            encoder.copyBufferToBuffer(
              io.pred!,
              from * 4,
              cp.pred!,
              at * 4,
              n * 4,
            ),
        );
      }
      if (io.labels === null || cp.labelsAt >= 0) continue;
      if (s.labels === 0) {
        runs(
          s,
          ch,
          (at, from, n) =>
            encoder.copyBufferToBuffer(
              io.labels!,
              from * 4,
              cp.labels!,
              at * 4,
              n * 4,
            ),
        );
      } else {
        const first = (ch.firstImage * s.N + ch.firstPixel) * bpe;
        const size = align(cp.pixels * bpe, 4);
        encoder.copyBufferToBuffer(io.labels, first, cp.labels!, 0, size);
      }
    }
  }

  /** Bind groups of the passes of a call: pixel, stats and grad, per chunk; cached. */
  #callGroups(slot: Slot, io: CallBuffers): GPUBindGroup[][] {
    const key = `${this.slots.indexOf(slot)}|${idOf(io.pred)}|${
      idOf(io.labels)
    }|${idOf(io.grad)}`;
    let groups = this.#bindCache.get(key);
    if (groups !== undefined) {
      this.#bindCache.delete(key);
      this.#bindCache.set(key, groups);
      return groups;
    }
    groups = [[], [], []];
    const s = this.spec, b = this.#buf;
    const bpe = [4, 1, 2, 4][s.labels];
    const part = (buf: GPUBuffer, offset: number, bytes: number) => ({
      buffer: buf,
      offset,
      size: align(bytes, 4),
    });
    for (const cp of this.#chunks) {
      const pixelsBytes = cp.pixels * s.C * 4;
      const pred = cp.pred ?? part(io.pred!, cp.predAt, pixelsBytes);
      const labels = cp.labels ??
        part(
          io.labels!,
          cp.labelsAt,
          s.labels === 0 ? pixelsBytes : cp.pixels * bpe,
        );
      const mask = slot.mask === null ? b.noMask : {
        buffer: slot.mask,
        offset: cp.maskOffset,
        size: align(cp.pixels, 4),
      };
      const inputs = { 0: cp.params, 1: pred, 2: labels, 3: mask, 4: cp.px };
      if (this.#pipes.pixel !== undefined) {
        groups[0].push(
          this.#bindGroup(this.#pipes.pixel, {
            0: cp.params,
            1: pred,
            4: cp.px,
          }),
        );
      }
      groups[1].push(
        this.#bindGroup(this.#pipes.stats, {
          ...inputs,
          5: b.partials,
          6: b.flags,
        }),
      );
      if (s.grad) {
        const out = io.grad !== null && cp.gradAt >= 0
          ? part(io.grad, cp.gradAt, pixelsBytes)
          : cp.grad!;
        groups[2].push(
          this.#bindGroup(this.#pipes.grad, { ...inputs, 5: b.coef, 6: out }),
        );
      }
    }
    this.#bindCache.set(key, groups);
    if (this.#bindCache.size > 16) {
      this.#bindCache.delete(this.#bindCache.keys().next().value!);
    }
    return groups;
  }

  /** The per-chunk gradient buffers a compute() call reads back (gradOutput "cpu"). */
  get chunkGradients(): { chunk: Chunk; grad: GPUBuffer | null }[] {
    return this.#chunks.map((cp) => ({ chunk: cp.chunk, grad: cp.grad }));
  }

  /** The coefficient buffer (for tests comparing the GPU step with the host step). */
  get coefficients(): GPUBuffer {
    return this.#buf.coef;
  }

  /** Destroys every buffer the plan made. */
  destroy(): void {
    for (const b of this.#owned) b.destroy();
    this.#owned.clear();
    this.#bindCache.clear();
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
