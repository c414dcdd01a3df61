/**
 * What a WebGPU loss backend keeps for one device: its plans (least recently
 * used last out), the readback buffers of their chunk gradients, whether the
 * device was lost, and the calls in flight to reject when it is.
 *
 * @module
 */

import type { Problem } from "../core/problem.ts";
import { READBACK } from "./io.ts";
import { LossPlan, type PlanSpec, runs } from "./plan.ts";

/** Plans, gradient readbacks and loss state of one device. */
export class DevicePlans {
  /** The device. */
  readonly device: GPUDevice;
  /** How the device was lost, once it is. */
  lost: GPUDeviceLostInfo | null = null;
  /** Rejects the calls in flight when the device is lost. */
  readonly inflight = new Set<(info: GPUDeviceLostInfo) => void>();
  readonly #plans = new Map<string, LossPlan>();
  readonly #gradReads = new Map<LossPlan, GPUBuffer[][]>();

  /**
   * Keeps one device.lost listener per device and backend (not per call): it
   * rejects the calls in flight, so a lost device never leaves a call hanging.
   *
   * @param device The device.
   */
  constructor(device: GPUDevice) {
    this.device = device;
    device.lost.then((info) => {
      this.lost = info;
      for (const fail of this.inflight) fail(info);
    });
  }

  /**
   * The plan of a spec, made on first use; drops the least recently used
   * plans beyond `maxPlans` when `mayDrop` (no other call in flight).
   *
   * @param spec The spec.
   * @param maxPlans Plans kept at once.
   * @param mayDrop Whether old plans may be destroyed now.
   * @returns The plan.
   */
  planFor(spec: PlanSpec, maxPlans: number, mayDrop: boolean): LossPlan {
    const key = JSON.stringify(spec);
    let plan = this.#plans.get(key);
    if (plan !== undefined) {
      this.#plans.delete(key);
    } else {
      plan = new LossPlan(this.device, spec);
      this.#gradReads.set(plan, []);
    }
    this.#plans.set(key, plan);
    while (this.#plans.size > maxPlans && mayDrop) {
      const [oldKey, old] = this.#plans.entries().next().value!;
      this.#plans.delete(oldKey);
      this.#drop(old);
    }
    return plan;
  }

  /** Number of GPU buffers held by the plans and readbacks. */
  get bufferCount(): number {
    let n = 0;
    for (const plan of this.#plans.values()) n += plan.bufferCount;
    for (const list of this.#gradReads.values()) {
      for (const r of list) n += r.length;
    }
    return n;
  }

  /**
   * Records copies of a plan's chunk gradients into readback buffers (free
   * ones of the plan, else new ones).
   *
   * @param plan The plan.
   * @param encoder The call's encoder.
   * @returns The readback buffers, one per chunk.
   */
  copyGradients(plan: LossPlan, encoder: GPUCommandEncoder): GPUBuffer[] {
    const C = plan.spec.C;
    const reads = this.#gradReads.get(plan)?.pop() ??
      plan.chunkGradients.map(({ chunk: ch }) =>
        this.device.createBuffer({
          label: "jdt gradient readback",
          size: Math.max(16, ch.images * ch.len * C * 4),
          usage: READBACK,
        })
      );
    plan.chunkGradients.forEach(({ chunk: ch, grad }, i) => {
      const bytes = ch.images * ch.len * C * 4;
      encoder.copyBufferToBuffer(grad!, 0, reads[i], 0, bytes);
    });
    return reads;
  }

  /**
   * Assembles the mapped chunk gradients into the caller's layout.
   *
   * @param plan The plan.
   * @param p The problem.
   * @param reads The mapped readback buffers.
   * @returns The gradient (`p.gradInto` when given).
   */
  readGradient(plan: LossPlan, p: Problem, reads: GPUBuffer[]): Float32Array {
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

  /**
   * Gives back readback buffers after a call: kept for the plan, or
   * destroyed when the plan was dropped meanwhile.
   *
   * @param plan The plan.
   * @param reads The buffers (unmapped).
   */
  giveGradients(plan: LossPlan, reads: GPUBuffer[]): void {
    const list = this.#gradReads.get(plan);
    if (list === undefined) { for (const r of reads) r.destroy(); }
    else list.push(reads);
  }

  #drop(plan: LossPlan): void {
    plan.destroy();
    for (const reads of this.#gradReads.get(plan) ?? []) {
      for (const r of reads) r.destroy();
    }
    this.#gradReads.delete(plan);
  }

  /** Destroys every plan and readback buffer. */
  free(): void {
    for (const plan of this.#plans.values()) this.#drop(plan);
    this.#plans.clear();
  }
}
