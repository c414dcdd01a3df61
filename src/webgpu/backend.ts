/**
 * The `"webgpu"` backend: one submission per call. A call records, through
 * its plan (plan.ts), pass 1, the GPU step (partials reduced in float-float,
 * gradient coefficients and a float32 value), pass 2 and a copy of the small
 * statistics record; the reported value is the float64 host step's on the
 * read-back record. `compute()` submits and reads the record (and a host
 * gradient) back; `encode()` records into the caller's encoder and reads
 * nothing until `value()` is called.
 *
 * @module
 */

import { isInputError, JdtRangeError, JdtTypeError } from "../core/errors.ts";
import { invalidResidentData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import {
  type Backend,
  type BackendOutput,
  type BackendRefusal,
  type HostStepPlan,
  type Problem,
  stepGroups,
} from "../core/problem.ts";
import { runHostStep } from "../core/host_step.ts";
import { GpuClient, type GpuClientOptions } from "./device.ts";
import { subgroupsKnownUsable, subgroupsUsable } from "./pipelines.ts";
import { lostWithin, MAP_MODE_READ, READBACK, STORAGE_OUT } from "./io.ts";
import {
  type CallBuffers,
  LossPlan,
  MAX_CLASSES,
  MAX_GROUPS_TOTAL,
  planSpec,
  runs,
  type Slot,
} from "./plan.ts";
import {
  classInfo,
  type ReadRecord,
  readRecord,
  stepParams,
} from "./step_params.ts";

/** Bit set by pass 1 for an invalid prediction value. */
const BAD_PRED = 1;
/** Bit set by pass 1 for an invalid label. */
const BAD_LABELS = 2;

/** Options of a {@link WebGpuBackend}. */
export interface WebGpuBackendOptions extends GpuClientOptions {
  /** Plans (problem shapes) kept at once; default 2. */
  maxPlans?: number;
  /**
   * Return a new caller-owned gradient buffer per `gradOutput: "gpu"` call
   * (one-shot `jdtLoss`) instead of one from the plan's ring. Default false.
   */
  freshGradients?: boolean;
  /** A query set (6 timestamps) written by every pass of every call (gpu-check). */
  timestamps?: GPUQuerySet;
}

/** What `encode()` returns: the gradient and the loss value of the step it recorded. */
export interface LossEncoding {
  /**
   * d loss / d prediction (float32, the input's layout), written when the
   * caller's encoder runs: `input.gradBuffer` if given, else a buffer of the
   * loss's ring, valid until three more calls of the same loss (never destroy
   * it). Absent with `grad: false`.
   */
  gradBuffer?: GPUBuffer;
  /**
   * The loss value as float32 at byte 0, computed on the GPU by the mirror of
   * the host step when the encoder runs (usage STORAGE | COPY_SRC), for GPU
   * code that needs it without a readback; valid as long as `gradBuffer`.
   */
  valueBuffer: GPUBuffer;
  /**
   * The loss value by the float64 host step on the read-back statistics. Call
   * it after submitting the encoder, within three more calls of the loss;
   * it maps a small buffer (in Deno each map takes ≥ 10 ms).
   */
  value(): Promise<number>;
}

interface DeviceState {
  device: GPUDevice;
  plans: Map<string, LossPlan>;
  lost: GPUDeviceLostInfo | null;
  inflight: Set<(info: GPUDeviceLostInfo) => void>;
}

function deviceLost(info: GPUDeviceLostInfo, owned: boolean): Error {
  return new Error(
    `Cannot compute loss: the WebGPU device${
      owned ? "" : " given as options.device"
    } was lost during the call (${info.reason}: ${info.message})${
      owned ? "; the next call acquires a new device or falls back" : ""
    }`,
  );
}

function predName(p: Problem): string {
  return p.activation === "none" ? "input.probs" : "input.logits";
}

/**
 * Throws a typed error when a host array of the problem was detached (its
 * buffer transferred) while the call awaited: a backend reads them after
 * its first await.
 */
function checkAttached(p: Problem): void {
  const arrays: [string, ArrayBufferView | null | undefined, boolean][] = [
    [predName(p), p.pred, p.gpu?.pred == null],
    ["input.labels", p.labels, p.gpu?.labels == null],
    ["input.keepMask", p.keepMask, true],
    ["input.gradInto", p.gradInto, true],
  ];
  for (const [name, a, host] of arrays) {
    if (host && a != null && a.byteLength === 0 && p.B * p.N > 0) {
      throw new JdtTypeError(
        name,
        `Cannot compute loss: ${name} was detached (its ArrayBuffer transferred) while the call was running`,
      );
    }
  }
}

/** Typed errors for resident buffers the plan cannot bind or copy. */
function checkResident(p: Problem, labels: GPUBuffer | null): void {
  if (labels === null || p.soft) return;
  const bpe = p.labels.BYTES_PER_ELEMENT;
  const need = Math.ceil(p.B * p.N * bpe / 4) * 4;
  if (labels.size < need) {
    throw new JdtRangeError(
      "input.labels",
      `Cannot compute loss: input.labels (GPUBuffer, ${
        bpe === 1 ? "uint8" : "uint16"
      }) is read in 4-byte words and needs ${need} bytes, but has ${labels.size}: pad its size to a multiple of 4`,
    );
  }
}

function checkChunkLabels(
  p: Problem,
  labels: GPUBuffer | null,
  plan: LossPlan,
): void {
  if (labels === null || p.soft || plan.chunkGradients.length === 1) return;
  const bpe = p.labels.BYTES_PER_ELEMENT;
  for (const { chunk: ch } of plan.chunkGradients) {
    const start = (ch.firstImage * p.N + ch.firstPixel) * bpe;
    const size = Math.ceil(ch.images * ch.len * bpe / 4) * 4;
    if (start % 4 !== 0 || start + size > labels.size) {
      throw new JdtRangeError(
        "input.labels",
        `Cannot compute loss: input.labels (GPUBuffer) is larger than one binding of this device and its chunks do not fall on 4-byte boundaries; pass "int32" labels or a typed array`,
      );
    }
  }
}

/**
 * The WebGPU backend; keeps its plans (buffers, bind groups) per device until
 * `dispose()`, which waits for the calls in flight.
 */
export class WebGpuBackend extends GpuClient implements Backend, Disposable {
  /** Backend name reported in results. */
  readonly name = "webgpu" as const;
  #state: DeviceState | null = null;
  readonly #maxPlans: number;
  readonly #fresh: boolean;
  readonly #timestamps: GPUQuerySet | undefined;
  readonly #callerDevice: GPUDevice | null;
  #busy = 0;
  #disposed = false;
  #stamp = 0;
  #gradReads = new Map<LossPlan, GPUBuffer[][]>();

  /** @param options Device, chunk limit, plan count, gradient ownership. */
  constructor(options: WebGpuBackendOptions = {}) {
    super(options);
    this.#callerDevice = options.device ?? null;
    this.#maxPlans = options.maxPlans ?? 2;
    this.#fresh = options.freshGradients ?? false;
    this.#timestamps = options.timestamps;
  }

  /** Number of GPU buffers held by the plans (for tests). */
  get pooledBuffers(): number {
    let n = 0;
    for (const plan of this.#state?.plans.values() ?? []) {
      n += plan.bufferCount;
    }
    for (const list of this.#gradReads.values()) {
      for (const r of list) n += r.length;
    }
    return n;
  }

  /** Number of calls and value reads in flight (for tests). */
  get busy(): number {
    return this.#busy;
  }

  /**
   * Whether this backend can take a problem: null, or why not (its class and
   * group limits; statistics of a larger batch, which its GPU step does not
   * read yet).
   *
   * @param p The problem.
   * @returns Null, or the refusal.
   */
  accepts(p: Problem): BackendRefusal | null {
    const { B, C } = p;
    if (C > MAX_CLASSES || B * C > MAX_GROUPS_TOTAL) {
      return {
        argument: "input.shape",
        reason: `has ${C} classes and ${
          B * C
        } (image, class) groups; the webgpu backend takes at most ${MAX_CLASSES} classes and ${MAX_GROUPS_TOTAL} groups (use backend "wasm" or "js")`,
      };
    }
    if (p.statistics !== undefined) {
      return {
        argument: "input.statistics",
        reason:
          'cannot be read by the webgpu backend yet: its GPU step reads the statistics of its own pass 1 (use backend "wasm" or "js")',
      };
    }
    return null;
  }

  /**
   * Runs a whole call in one submission and reads back the statistics (and
   * the gradient unless it stays on the GPU).
   *
   * @param p The problem.
   * @param step The host step (float64), run on the read-back statistics;
   *   the GPU step mirrors its options.
   * @returns Statistics, the host step's result, and the gradient when the
   *   options ask for it.
   */
  async run(p: Problem, step: HostStepPlan): Promise<BackendOutput> {
    const o = step.options;
    this.#enter();
    let fail: ((info: GPUDeviceLostInfo) => void) | undefined;
    let state: DeviceState | undefined;
    let owned = true;
    try {
      const h = await this.available();
      if (h === null) {
        throw new JdtRangeError(
          "options.backend",
          'Cannot compute loss: options.backend "webgpu" needs a WebGPU adapter, and there is none',
        );
      }
      owned = h.owned;
      state = this.#stateFor(h.device);
      if (state.lost !== null) throw deviceLost(state.lost, owned);
      const lost = new Promise<never>((_, reject) => {
        fail = (info) => reject(deviceLost(info, owned));
      });
      state.inflight.add(fail!);
      return await Promise.race([this.#call(state, p, step, o), lost]);
    } catch (e) {
      if (isInputError(e) || state === undefined) throw e;
      // A command that fails because the device is going away may reject
      // before device.lost resolves: name the loss, not its symptom.
      const info = await lostWithin(state.device, 200);
      throw info === null ? e : deviceLost(info, owned);
    } finally {
      if (fail !== undefined) state?.inflight.delete(fail);
      this.#leave();
    }
  }

  /**
   * Records a whole call into the caller's encoder: creates nothing and maps
   * nothing once the plan exists (the first call of a shape makes it).
   *
   * @param encoder The caller's command encoder (of `options.device`).
   * @param p The problem (GPU-resident prediction and labels).
   * @param step The host step, whose value `value()` gives on the read-back
   *   statistics; the GPU step mirrors its options.
   * @param gradBuffer The caller's gradient buffer, if given.
   * @returns The gradient buffer, the value buffer and `value()`.
   */
  encode(
    encoder: GPUCommandEncoder,
    p: Problem,
    step: HostStepPlan,
    gradBuffer?: GPUBuffer,
  ): LossEncoding {
    const o = step.options;
    if (this.#disposed) {
      throw new Error("Cannot compute loss: this loss was disposed");
    }
    const device = this.#callerDevice;
    if (device === null) {
      throw new JdtTypeError(
        "options.device",
        "Cannot compute loss: encode() needs options.device, the device of the encoder",
      );
    }
    for (
      const [name, buf] of [[predName(p), p.gpu?.pred], [
        "input.labels",
        p.gpu?.labels,
      ]] as const
    ) {
      if (buf == null) {
        throw new JdtTypeError(
          name,
          `Cannot compute loss: ${name} must be a GPUBuffer for encode() (use compute() for host arrays)`,
        );
      }
    }
    const state = this.#stateFor(device);
    if (state.lost !== null) throw deviceLost(state.lost, false);
    const plan = this.#planFor(state, p, o, subgroupsKnownUsable(device), true);
    const slot = plan.takeSlot();
    const grad = o.grad ? gradBuffer ?? plan.slotGradient(slot) : null;
    const stamp = this.#prepare(plan, slot, p, o);
    plan.record(encoder, slot, {
      pred: p.gpu!.pred,
      labels: p.gpu!.labels,
      grad,
    }, this.#timestamps);
    const readback = slot.readback;
    let read: Promise<number> | undefined;
    const out: LossEncoding = {
      valueBuffer: slot.value,
      value: () => {
        read ??= this.#readValue(plan, slot, readback, stamp, p, step);
        return read;
      },
    };
    if (grad !== null) out.gradBuffer = grad;
    return out;
  }

  /** Writes a call's slot data; returns its stamp. */
  #prepare(
    plan: LossPlan,
    slot: Slot,
    p: Problem,
    o: ResolvedLossOptions,
  ): number {
    const stamp = this.#stamp = (this.#stamp + 1) >>> 0;
    stampOf.set(slot, stamp);
    // The step's groups: the caller's (b, c) also when masks run as
    // one-channel images (the same groups in the same order).
    const { B, C, soft } = stepGroups(p);
    plan.writeSlot(
      slot,
      stepParams(o, soft, B, C, plan.imageTiles, stamp),
      classInfo(o, soft, C),
      p.keepMask,
    );
    return stamp;
  }

  async #readValue(
    plan: LossPlan,
    slot: Slot,
    readback: GPUBuffer,
    stamp: number,
    p: Problem,
    step: HostStepPlan,
  ): Promise<number> {
    if (this.#disposed && this.#state === null) {
      throw new Error("Cannot compute loss: this loss was disposed");
    }
    if (stampOf.get(slot) !== stamp) {
      throw new JdtRangeError(
        "value",
        "Cannot compute loss: value() was called after three more calls of this loss reused its buffers; call it within three calls",
      );
    }
    slot.claimed = true;
    this.#enter();
    try {
      const stats = await this.#readRecord(plan, slot, readback, stamp);
      if (stats.flags !== 0) {
        throw invalidResidentData(
          p,
          stats.flags & BAD_PRED ? "pred" : "labels",
        );
      }
      return runHostStep(step, stats.stats)!.value;
    } finally {
      this.#leave();
    }
  }

  async #readRecord(
    plan: LossPlan,
    slot: Slot,
    readback: GPUBuffer,
    stamp: number,
  ): Promise<ReadRecord> {
    try {
      await readback.mapAsync(MAP_MODE_READ, 0, plan.recordBytes);
      const rec = readRecord(
        readback.getMappedRange(0, plan.recordBytes),
        plan.spec.B * plan.spec.C,
      );
      readback.unmap();
      if (rec.stamp !== stamp) {
        throw new JdtRangeError(
          "value",
          "Cannot compute loss: value() was called before the encoder was submitted",
        );
      }
      return rec;
    } finally {
      plan.releaseReadback(slot, readback);
    }
  }

  async #call(
    state: DeviceState,
    p: Problem,
    step: HostStepPlan,
    o: ResolvedLossOptions,
  ): Promise<BackendOutput> {
    const device = state.device;
    const subgroups = await subgroupsUsable(device);
    // Every await before the uploads is behind us: the host arrays must
    // still be there.
    checkAttached(p);
    const gpu = p.gpu;
    const plan = this.#planFor(state, p, o, subgroups, gpu?.gradToGpu === true);
    checkChunkLabels(p, gpu?.labels ?? null, plan);
    const slot = plan.takeSlot();
    let grad: GPUBuffer | null = null;
    if (o.grad && gpu?.gradToGpu) {
      grad = p.gpu?.gradBuffer ?? (this.#fresh
        ? device.createBuffer({
          label: "jdt gradient",
          size: Math.max(16, p.B * p.C * p.N * 4),
          usage: STORAGE_OUT,
        })
        : plan.slotGradient(slot));
    }
    const stamp = this.#prepare(plan, slot, p, o);
    plan.upload(p);
    const encoder = device.createCommandEncoder({ label: "jdt loss" });
    const io: CallBuffers = {
      pred: gpu?.pred ?? null,
      labels: gpu?.labels ?? null,
      grad,
    };
    plan.record(encoder, slot, io, this.#timestamps);
    const reads = o.grad && grad === null
      ? this.#copyGradients(plan, encoder)
      : [];
    device.pushErrorScope("validation");
    device.queue.submit([encoder.finish()]);
    const scope = device.popErrorScope();
    slot.claimed = true;
    const readback = slot.readback;
    try {
      const [error, ...done] = await Promise.allSettled([
        scope,
        this.#readRecord(plan, slot, readback, stamp),
        ...reads.map((r) => r.mapAsync(MAP_MODE_READ)),
      ]);
      // A validation error explains everything after it: report it first.
      const e = error.status === "fulfilled" ? error.value : null;
      if (e !== null) {
        throw new Error(
          `Cannot compute loss: WebGPU reported ${e.constructor.name}: ${e.message}`,
        );
      }
      for (const d of done) if (d.status === "rejected") throw d.reason;
      const rec = (done[0] as PromiseFulfilledResult<ReadRecord>).value;
      if (rec.flags !== 0) {
        checkAttached(p);
        if (rec.flags & BAD_PRED && gpu?.pred) {
          throw invalidResidentData(p, "pred");
        }
        if (rec.flags & BAD_LABELS && gpu?.labels && !(rec.flags & BAD_PRED)) {
          throw invalidResidentData(p, "labels");
        }
        if (grad !== null && grad !== p.gpu?.gradBuffer && this.#fresh) {
          grad.destroy();
        }
        return { stats: rec.stats, invalid: true };
      }
      const host = runHostStep(step, rec.stats);
      if (!o.grad) return { stats: rec.stats, host };
      if (grad !== null) return { stats: rec.stats, host, gradBuffer: grad };
      checkAttached(p);
      const g = this.#readGradient(plan, p, reads);
      return { stats: rec.stats, host, grad: g };
    } catch (e) {
      if (grad !== null && grad !== p.gpu?.gradBuffer && this.#fresh) {
        grad.destroy();
      }
      throw e;
    } finally {
      for (const r of reads) if (r.mapState === "mapped") r.unmap();
      if (reads.length > 0) this.#giveGradReads(plan, reads);
    }
  }

  /** Records copies of the chunk gradients into readback buffers. */
  #copyGradients(plan: LossPlan, encoder: GPUCommandEncoder): GPUBuffer[] {
    const free = this.#gradReads.get(plan)?.pop();
    const reads = free ??
      plan.chunkGradients.map(({ chunk: ch }) =>
        plan.device.createBuffer({
          label: "jdt gradient readback",
          size: Math.max(16, ch.images * ch.len * plan.spec.C * 4),
          usage: READBACK,
        })
      );
    plan.chunkGradients.forEach(({ chunk: ch, grad }, i) => {
      const bytes = ch.images * ch.len * plan.spec.C * 4;
      encoder.copyBufferToBuffer(grad!, 0, reads[i], 0, bytes);
    });
    return reads;
  }

  #giveGradReads(plan: LossPlan, reads: GPUBuffer[]): void {
    const list = this.#gradReads.get(plan);
    if (list === undefined) { for (const r of reads) r.destroy(); }
    else list.push(reads);
  }

  #readGradient(
    plan: LossPlan,
    p: Problem,
    reads: GPUBuffer[],
  ): Float32Array {
    const grad = p.gradInto ?? new Float32Array(p.B * p.C * p.N);
    plan.chunkGradients.forEach(({ chunk: ch }, i) => {
      const data = new Float32Array(
        reads[i].getMappedRange(0, ch.images * ch.len * p.C * 4),
      );
      runs(
        plan.spec,
        ch,
        (at, from, n) => grad.set(data.subarray(at, at + n), from),
      );
    });
    return grad;
  }

  #planFor(
    state: DeviceState,
    p: Problem,
    o: ResolvedLossOptions,
    subgroups: boolean,
    gradToGpu: boolean,
  ): LossPlan {
    checkResident(p, p.gpu?.labels ?? null);
    const spec = planSpec(
      p,
      o.grad,
      gradToGpu,
      this.maxBindingBytes(state.device),
      subgroups,
    );
    const key = JSON.stringify(spec);
    let plan = state.plans.get(key);
    if (plan !== undefined) {
      state.plans.delete(key);
    } else {
      plan = new LossPlan(state.device, spec);
      this.#gradReads.set(plan, []);
    }
    state.plans.set(key, plan);
    while (state.plans.size > this.#maxPlans && this.#busy <= 1) {
      const [oldKey, old] = state.plans.entries().next().value!;
      state.plans.delete(oldKey);
      this.#dropPlan(old);
    }
    return plan;
  }

  #dropPlan(plan: LossPlan): void {
    plan.destroy();
    for (const reads of this.#gradReads.get(plan) ?? []) {
      for (const r of reads) r.destroy();
    }
    this.#gradReads.delete(plan);
  }

  #stateFor(device: GPUDevice): DeviceState {
    if (this.#state?.device !== device) {
      this.#freeState();
      const state: DeviceState = {
        device,
        plans: new Map(),
        lost: null,
        inflight: new Set(),
      };
      // One device.lost listener per device and backend (not per call)
      // rejects the calls in flight, so a lost device never leaves a call
      // hanging.
      device.lost.then((info) => {
        state.lost = info;
        for (const fail of state.inflight) fail(info);
      });
      this.#state = state;
    }
    return this.#state;
  }

  #enter(): void {
    this.#busy++;
  }

  /**
   * Marks a call as in flight from now (before its first await), so that a
   * `dispose()` meanwhile waits for it.
   *
   * @returns The function that ends the call (idempotent).
   */
  hold(): () => void {
    if (this.#disposed) {
      throw new Error("Cannot compute loss: this loss was disposed");
    }
    this.#enter();
    let held = true;
    return () => {
      if (held) this.#leave();
      held = false;
    };
  }

  #leave(): void {
    this.#busy--;
    if (this.#disposed && this.#busy === 0) this.#freeState();
  }

  #freeState(): void {
    for (const plan of this.#state?.plans.values() ?? []) this.#dropPlan(plan);
    this.#state = null;
  }

  /**
   * Frees every buffer, now or, while calls or value reads are in flight,
   * when the last of them ends; a caller's device is left alone. Later
   * `hold()` and `encode()` calls are refused (a plain `run()` still works and
   * frees what it made when it ends).
   */
  dispose(): void {
    this.#disposed = true;
    if (this.#busy === 0) this.#freeState();
  }

  /** Same as `dispose()`. */
  [Symbol.dispose](): void {
    this.dispose();
  }
}

/** The stamp of the last call recorded into each slot. */
const stampOf = new WeakMap<Slot, number>();

const sharedByDevice = new WeakMap<GPUDevice, WebGpuBackend>();
let sharedDefault: WebGpuBackend | null = null;

/**
 * The backend `jdtLoss()` uses on a device (the library's default device for
 * null): one per device, reused across calls, keeping one plan; its
 * `gradOutput: "gpu"` gradients are new buffers the caller owns.
 *
 * @param device The caller's device, or null.
 * @returns The shared backend.
 */
export function sharedWebGpuBackend(device: GPUDevice | null): WebGpuBackend {
  const options = { device, maxPlans: 1, freshGradients: true };
  if (device === null) return sharedDefault ??= new WebGpuBackend(options);
  let b = sharedByDevice.get(device);
  if (b === undefined) {
    b = new WebGpuBackend(options);
    sharedByDevice.set(device, b);
  }
  return b;
}
