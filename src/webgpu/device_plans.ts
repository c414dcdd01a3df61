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
  /** Calls in flight per plan. */
  readonly #users = new Map<LossPlan, number>();
  /** Plans out of the cache whose calls are still in flight. */
  readonly #retired = new Set<LossPlan>();

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
   * The plan of a spec, made on first use, held for the call until `done`
   * gives it back. Beyond `maxPlans`, the least recently used plans leave
   * the cache now and are destroyed once their calls in flight are done.
   *
   * @param spec The spec.
   * @param maxPlans Plans kept at once.
   * @returns The plan and the function that gives it back (idempotent).
   */
  planFor(
    spec: PlanSpec,
    maxPlans: number,
  ): { plan: LossPlan; done: () => void } {
    const key = JSON.stringify(spec);
    let plan = this.#plans.get(key);
    if (plan !== undefined) {
      this.#plans.delete(key);
    } else {
      plan = new LossPlan(this.device, spec);
      this.#gradReads.set(plan, []);
    }
    this.#plans.set(key, plan);
    const done = this.#hold(plan);
    while (this.#plans.size > maxPlans) {
      const [oldKey, old] = this.#plans.entries().next().value!;
      this.#plans.delete(oldKey);
      this.#retire(old);
    }
    return { plan, done };
  }

  /**
   * Holds a plan for a read (an encoded call's value) if it is still alive.
   *
   * @param plan The plan.
   * @returns The function that gives it back (idempotent), or null when the
   *   plan was destroyed.
   */
  hold(plan: LossPlan): (() => void) | null {
    const alive = this.#users.has(plan) ||
      [...this.#plans.values()].includes(plan);
    return alive ? this.#hold(plan) : null;
  }

  #hold(plan: LossPlan): () => void {
    this.#users.set(plan, (this.#users.get(plan) ?? 0) + 1);
    let holding = true;
    return () => {
      if (holding) this.#giveBack(plan);
      holding = false;
    };
  }

  /** Number of plans alive: cached, or dropped with calls still in flight. */
  get planCount(): number {
    return this.#plans.size + this.#retired.size;
  }

  /** Number of GPU buffers held by the live plans and their readbacks. */
  get bufferCount(): number {
    let n = 0;
    for (const plan of [...this.#plans.values(), ...this.#retired]) {
      n += plan.bufferCount;
    }
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

  /** Destroys a plan that left the cache now, or when its last call ends. */
  #retire(plan: LossPlan): void {
    if ((this.#users.get(plan) ?? 0) > 0) this.#retired.add(plan);
    else this.#drop(plan);
  }

  #giveBack(plan: LossPlan): void {
    const n = (this.#users.get(plan) ?? 1) - 1;
    if (n > 0) return void this.#users.set(plan, n);
    this.#users.delete(plan);
    if (this.#retired.delete(plan)) this.#drop(plan);
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
    for (const plan of [...this.#plans.values(), ...this.#retired]) {
      this.#drop(plan);
    }
    this.#plans.clear();
    this.#retired.clear();
    this.#users.clear();
  }
}
