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

import { isInputError, rangeError } from "../core/errors.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { LossEncoding } from "../core/types.ts";
import type {
  Backend,
  BackendOutput,
  BackendRefusal,
  HostStepPlan,
  Problem,
} from "../core/problem.ts";
import { runHostStep } from "../core/host_step.ts";
import { checkProblemAttached } from "../core/input.ts";
import { GpuClient, type GpuClientOptions } from "./device.ts";
import { DevicePlans } from "./device_plans.ts";
import { subgroupsKnownUsable, subgroupsUsable } from "./pipelines.ts";
import { lostWithin } from "./io.ts";
import {
  checkChunkLabels,
  checkEncodeInputs,
  deviceLost,
  disposedError,
  valueGone,
} from "./loss_checks.ts";
import {
  type CallSettings,
  callSpec,
  claimSlot,
  encodeCall,
  encodedValue,
  settle,
  submitCall,
  throwInvalidResident,
} from "./loss_call.ts";
import type { LossPlan, Slot } from "./plan.ts";
import { shapeRefusal } from "./plan_spec.ts";

export type { LossEncoding } from "../core/types.ts";

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

/**
 * The WebGPU backend; keeps its plans (buffers, bind groups) per device until
 * `dispose()`, which waits for the calls in flight.
 */
export class WebGpuBackend extends GpuClient implements Backend, Disposable {
  /** Backend name reported in results. */
  readonly name = "webgpu" as const;
  #state: DevicePlans | null = null;
  readonly #maxPlans: number;
  readonly #settings: CallSettings;
  readonly #callerDevice: GPUDevice | null;
  #busy = 0;
  #disposed = false;

  /** @param options Device, chunk limit, plan count, gradient ownership. */
  constructor(options: WebGpuBackendOptions = {}) {
    super(options);
    this.#callerDevice = options.device ?? null;
    this.#maxPlans = options.maxPlans ?? 2;
    this.#settings = {
      fresh: options.freshGradients ?? false,
      timestamps: options.timestamps,
    };
  }

  /** Number of GPU buffers held by the plans (for tests). */
  get pooledBuffers(): number {
    return this.#state?.bufferCount ?? 0;
  }

  /** Number of plans alive: kept, or dropped with calls in flight (for tests). */
  get planCount(): number {
    return this.#state?.planCount ?? 0;
  }

  /** Number of calls and value reads in flight (for tests). */
  get busy(): number {
    return this.#busy;
  }

  /**
   * Whether this backend can take a problem: null, or why not (its class and
   * group limits).
   *
   * @param p The problem.
   * @returns Null, or the refusal.
   */
  accepts(p: Problem): BackendRefusal | null {
    const reason = shapeRefusal(p.B, p.C);
    if (reason !== null) return { argument: "input.shape", reason };
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
    this.#busy++;
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
    if (this.#disposed) throw disposedError();
    const device = this.#callerDevice;
    checkEncodeInputs(p, device);
    const state = this.#stateFor(device!);
    if (state.lost !== null) throw deviceLost(state.lost, false);
    const subgroups = subgroupsKnownUsable(device!);
    const { plan, done } = this.#planFor(state, p, o, subgroups, true);
    done(); // the caller's encoder holds its buffers; value() holds it again
    const { slot, grad, stamp } = encodeCall(
      plan,
      encoder,
      p,
      o,
      gradBuffer,
      this.#settings,
    );
    const readback = slot.readback;
    let read: Promise<number> | undefined;
    const out: LossEncoding = {
      valueBuffer: slot.value,
      value: () => {
        read ??= this.#readValue(
          state,
          plan,
          slot,
          stamp,
          () =>
            encodedValue(
              plan,
              slot,
              readback,
              stamp,
              p,
              (stats) => runHostStep(step, stats)!.value,
            ),
        );
        return read;
      },
    };
    if (grad !== null) out.gradBuffer = grad;
    return out;
  }

  /** Reads an encoded call's value while the backend counts it in flight. */
  async #readValue(
    state: DevicePlans,
    plan: LossPlan,
    slot: Slot,
    stamp: number,
    read: () => Promise<number>,
  ): Promise<number> {
    if (this.#disposed && this.#state === null) throw disposedError();
    const done = state.hold(plan);
    if (done === null) throw valueGone();
    claimSlot(slot, stamp);
    this.#busy++;
    try {
      return await read();
    } finally {
      done();
      this.#leave();
    }
  }

  async #call(
    state: DevicePlans,
    p: Problem,
    step: HostStepPlan,
    o: ResolvedLossOptions,
  ): Promise<BackendOutput> {
    const subgroups = await subgroupsUsable(state.device);
    // Every await before the uploads is behind us: the host arrays must
    // still be there.
    checkProblemAttached(p);
    const gradToGpu = p.gpu?.gradToGpu === true;
    const { plan, done } = this.#planFor(state, p, o, subgroups, gradToGpu);
    try {
      checkChunkLabels(p, p.gpu?.labels ?? null, plan);
      return await this.#submit(state, plan, p, step);
    } finally {
      done();
    }
  }

  /** Submits a call on its plan and reads its results back. */
  async #submit(
    state: DevicePlans,
    plan: LossPlan,
    p: Problem,
    step: HostStepPlan,
  ): Promise<BackendOutput> {
    const o = step.options;
    const call = submitCall(state, plan, p, o, this.#settings);
    const { slot, grad, reads } = call;
    const readback = slot.readback;
    try {
      const rec = await settle(call, readback, p);
      if (rec.flags !== 0) {
        checkProblemAttached(p);
        throwInvalidResident(p, rec.flags);
        this.#dropFresh(grad, p);
        return { stats: rec.stats, invalid: true };
      }
      const host = runHostStep(step, rec.stats);
      if (!o.grad) return { stats: rec.stats, host };
      if (grad !== null) return { stats: rec.stats, host, gradBuffer: grad };
      checkProblemAttached(p);
      const g = state.readGradient(plan, p, reads);
      return { stats: rec.stats, host, grad: g };
    } catch (e) {
      this.#dropFresh(grad, p);
      throw e;
    } finally {
      for (const r of reads) if (r.mapState === "mapped") r.unmap();
      if (reads.length > 0) state.giveGradients(plan, reads);
    }
  }

  /** Destroys a gradient buffer made for this call alone (`freshGradients`). */
  #dropFresh(grad: GPUBuffer | null, p: Problem): void {
    if (grad !== null && grad !== p.gpu?.gradBuffer && this.#settings.fresh) {
      grad.destroy();
    }
  }

  #planFor(
    state: DevicePlans,
    p: Problem,
    o: ResolvedLossOptions,
    subgroups: boolean,
    gradToGpu: boolean,
  ): { plan: LossPlan; done: () => void } {
    const max = this.maxBindingBytes(state.device);
    const spec = callSpec(p, o, subgroups, gradToGpu, max);
    return state.planFor(spec, this.#maxPlans);
  }

  #stateFor(device: GPUDevice): DevicePlans {
    if (this.#state?.device !== device) {
      this.#freeState();
      this.#state = new DevicePlans(device);
    }
    return this.#state;
  }

  /**
   * Marks a call as in flight from now (before its first await), so that a
   * `dispose()` meanwhile waits for it.
   *
   * @returns The function that ends the call (idempotent).
   */
  hold(): () => void {
    if (this.#disposed) throw disposedError();
    this.#busy++;
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
