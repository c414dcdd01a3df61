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

import { isInputError, JdtRangeError, rangeError } from "../core/errors.ts";
import { invalidResidentData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { LossEncoding } from "../core/types.ts";
import {
  type Backend,
  type BackendOutput,
  type HostStep,
  type Problem,
  stepGroups,
} from "../core/problem.ts";
import { GpuClient, type GpuClientOptions } from "./device.ts";
import { DevicePlans } from "./device_plans.ts";
import { subgroupsKnownUsable, subgroupsUsable } from "./pipelines.ts";
import { lostWithin, MAP_MODE_READ, STORAGE_OUT } from "./io.ts";
import {
  checkAttached,
  checkChunkLabels,
  checkEncodeInputs,
  checkResident,
  deviceLost,
  disposedError,
} from "./loss_checks.ts";
import {
  type CallBuffers,
  type LossPlan,
  planSpec,
  type Slot,
} from "./plan.ts";
import {
  classInfo,
  type ReadRecord,
  readRecord,
  stepParams,
} from "./step_params.ts";

export type { LossEncoding } from "../core/types.ts";

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

/** A submitted call: what its result is read from. */
interface Submitted {
  plan: LossPlan;
  slot: Slot;
  stamp: number;
  /** The gradient on the GPU, or null (read back, or none). */
  grad: GPUBuffer | null;
  /** Readback buffers of the chunk gradients (empty unless read back). */
  reads: GPUBuffer[];
  /** The validation scope of the submission. */
  scope: Promise<GPUError | null>;
}

/**
 * The WebGPU backend; keeps its plans (buffers, bind groups) per device until
 * `dispose()`, which waits for the calls in flight.
 */
export class WebGpuBackend extends GpuClient implements Backend, Disposable {
  /** Backend name reported in results. */
  readonly name = "webgpu" as const;
  #state: DevicePlans | null = null;
  readonly #maxPlans: number;
  readonly #fresh: boolean;
  readonly #timestamps: GPUQuerySet | undefined;
  readonly #callerDevice: GPUDevice | null;
  #busy = 0;
  #disposed = false;
  #stamp = 0;

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
    return this.#state?.bufferCount ?? 0;
  }

  /** Number of calls and value reads in flight (for tests). */
  get busy(): number {
    return this.#busy;
  }

  /**
   * Runs a whole call in one submission and reads back the statistics (and
   * the gradient unless it stays on the GPU).
   *
   * @param p The problem.
   * @param step The host step (float64), run on the read-back statistics.
   * @param o The resolved options (the GPU step mirrors them).
   * @returns Statistics, and the gradient when the options ask for it.
   */
  async run(
    p: Problem,
    step: HostStep,
    o?: ResolvedLossOptions,
  ): Promise<BackendOutput> {
    if (o === undefined) {
      throw new Error("WebGpuBackend.run() needs the resolved options");
    }
    this.#enter();
    let fail: ((info: GPUDeviceLostInfo) => void) | undefined;
    let state: DevicePlans | undefined;
    let owned = true;
    try {
      const h = await this.available();
      if (h === null) {
        throw rangeError(
          "loss",
          "options.backend",
          '"webgpu" needs a WebGPU adapter, and there is none',
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
   * @param o The resolved options.
   * @param value The host step's value of read-back statistics.
   * @param gradBuffer The caller's gradient buffer, if given.
   * @returns The gradient buffer, the value buffer and `value()`.
   */
  encode(
    encoder: GPUCommandEncoder,
    p: Problem,
    o: ResolvedLossOptions,
    value: (stats: Float64Array) => number,
    gradBuffer?: GPUBuffer,
  ): LossEncoding {
    if (this.#disposed) throw disposedError();
    const device = this.#callerDevice;
    checkEncodeInputs(p, device);
    const state = this.#stateFor(device!);
    if (state.lost !== null) throw deviceLost(state.lost, false);
    const plan = this.#planFor(
      state,
      p,
      o,
      subgroupsKnownUsable(device!),
      true,
    );
    const slot = plan.takeSlot();
    const grad = o.grad ? gradBuffer ?? plan.slotGradient(slot) : null;
    const stamp = this.#prepare(plan, slot, p, o);
    const io = { pred: p.gpu!.pred, labels: p.gpu!.labels, grad };
    plan.record(encoder, slot, io, this.#timestamps);
    const readback = slot.readback;
    let read: Promise<number> | undefined;
    const out: LossEncoding = {
      valueBuffer: slot.value,
      value: () => {
        read ??= this.#readValue(plan, slot, readback, stamp, p, value);
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
    value: (stats: Float64Array) => number,
  ): Promise<number> {
    if (this.#disposed && this.#state === null) throw disposedError();
    if (stampOf.get(slot) !== stamp) {
      throw new JdtRangeError(
        "value",
        "Cannot compute loss: value() was called after three more calls of this loss reused its buffers; call it within three calls",
      );
    }
    slot.claimed = true;
    this.#enter();
    try {
      const stats = await readSlotRecord(plan, slot, readback, stamp);
      if (stats.flags !== 0) {
        throw invalidResidentData(
          p,
          stats.flags & BAD_PRED ? "pred" : "labels",
        );
      }
      return value(stats.stats);
    } finally {
      this.#leave();
    }
  }

  async #call(
    state: DevicePlans,
    p: Problem,
    step: HostStep,
    o: ResolvedLossOptions,
  ): Promise<BackendOutput> {
    const subgroups = await subgroupsUsable(state.device);
    // Every await before the uploads is behind us: the host arrays must
    // still be there.
    checkAttached(p);
    const gradToGpu = p.gpu?.gradToGpu === true;
    const plan = this.#planFor(state, p, o, subgroups, gradToGpu);
    checkChunkLabels(p, p.gpu?.labels ?? null, plan);
    const call = this.#submit(state, plan, p, o);
    const { slot, grad, reads } = call;
    const readback = slot.readback;
    try {
      const rec = await settle(call, readback);
      if (rec.flags !== 0) {
        checkAttached(p);
        throwInvalidResident(p, rec.flags);
        this.#dropFresh(grad, p);
        return { stats: rec.stats, invalid: true };
      }
      step(rec.stats);
      if (!o.grad) return { stats: rec.stats };
      if (grad !== null) return { stats: rec.stats, gradBuffer: grad };
      checkAttached(p);
      return { stats: rec.stats, grad: state.readGradient(plan, p, reads) };
    } catch (e) {
      this.#dropFresh(grad, p);
      throw e;
    } finally {
      for (const r of reads) if (r.mapState === "mapped") r.unmap();
      if (reads.length > 0) state.giveGradients(plan, reads);
    }
  }

  /** Writes, records and submits a compute() call. */
  #submit(
    state: DevicePlans,
    plan: LossPlan,
    p: Problem,
    o: ResolvedLossOptions,
  ): Submitted {
    const device = state.device, gpu = p.gpu;
    const slot = plan.takeSlot();
    let grad: GPUBuffer | null = null;
    if (o.grad && gpu?.gradToGpu) {
      grad = gpu.gradBuffer ?? (this.#fresh
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
      ? state.copyGradients(plan, encoder)
      : [];
    device.pushErrorScope("validation");
    device.queue.submit([encoder.finish()]);
    const scope = device.popErrorScope();
    slot.claimed = true;
    return { plan, slot, stamp, grad, reads, scope };
  }

  /** Destroys a gradient buffer made for this call alone (`freshGradients`). */
  #dropFresh(grad: GPUBuffer | null, p: Problem): void {
    if (grad !== null && grad !== p.gpu?.gradBuffer && this.#fresh) {
      grad.destroy();
    }
  }

  #planFor(
    state: DevicePlans,
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
    return state.planFor(spec, this.#maxPlans, this.#busy <= 1);
  }

  #stateFor(device: GPUDevice): DevicePlans {
    if (this.#state?.device !== device) {
      this.#freeState();
      this.#state = new DevicePlans(device);
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
    if (this.#disposed) throw disposedError();
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
    this.#state?.free();
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

/**
 * Waits for a submitted call: its validation scope, its statistics record
 * and the mapping of its gradient readbacks. A validation error explains
 * everything after it, so it is reported first.
 */
async function settle(
  call: Submitted,
  readback: GPUBuffer,
): Promise<ReadRecord> {
  const [error, ...done] = await Promise.allSettled([
    call.scope,
    readSlotRecord(call.plan, call.slot, readback, call.stamp),
    ...call.reads.map((r) => r.mapAsync(MAP_MODE_READ)),
  ]);
  const e = error.status === "fulfilled" ? error.value : null;
  if (e !== null) {
    throw new Error(
      `Cannot compute loss: WebGPU reported ${e.constructor.name}: ${e.message}`,
    );
  }
  for (const d of done) if (d.status === "rejected") throw d.reason;
  return (done[0] as PromiseFulfilledResult<ReadRecord>).value;
}

/** Throws the typed error of a resident input the GPU pass flagged. */
function throwInvalidResident(p: Problem, flags: number): void {
  if (flags & BAD_PRED && p.gpu?.pred) throw invalidResidentData(p, "pred");
  if (flags & BAD_LABELS && p.gpu?.labels && !(flags & BAD_PRED)) {
    throw invalidResidentData(p, "labels");
  }
}

/** Maps a slot's readback buffer and reads its statistics record. */
async function readSlotRecord(
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
