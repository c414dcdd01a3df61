/**
 * One loss call on a plan, below the backend's entry points: writing a
 * slot's per-call data under a stamp, recording and submitting a compute()
 * call, waiting for its record and gradient readbacks, and reading the value
 * of an encoded call.
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import { invalidResidentData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import { type Problem, stepGroups } from "../core/problem.ts";
import type { DevicePlans } from "./device_plans.ts";
import { MAP_MODE_READ, reportedError, STORAGE_OUT } from "./io.ts";
import { checkResident, unusableInput } from "./loss_checks.ts";
import {
  type CallBuffers,
  type LossPlan,
  type PlanSpec,
  planSpec,
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

/** The stamp of the last call recorded into each slot. */
const stampOf = new WeakMap<Slot, number>();
let lastStamp = 0;

/** A submitted call: what its result is read from. */
export interface Submitted {
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

/** How a backend records its calls. */
export interface CallSettings {
  /** A new caller-owned gradient buffer per `gradOutput: "gpu"` call. */
  fresh: boolean;
  /** A query set written by every pass (gpu-check). */
  timestamps: GPUQuerySet | undefined;
}

/**
 * The plan spec of a call, once its resident labels are checked.
 *
 * @param p The problem.
 * @param o The resolved options.
 * @param subgroups Whether the subgroup variant of pass 1 is used.
 * @param gradToGpu Whether the gradient stays on the GPU.
 * @param maxBytes Largest binding in bytes.
 * @returns The spec.
 */
export function callSpec(
  p: Problem,
  o: ResolvedLossOptions,
  subgroups: boolean,
  gradToGpu: boolean,
  maxBytes: number,
): PlanSpec {
  checkResident(p, p.gpu?.labels ?? null);
  return planSpec(p, o.grad, gradToGpu, maxBytes, subgroups);
}

/**
 * Records an `encode()` call into the caller's encoder.
 *
 * @param plan The plan.
 * @param encoder The caller's encoder.
 * @param p The problem (resident prediction and labels).
 * @param o The resolved options.
 * @param gradBuffer The caller's gradient buffer, if given.
 * @param settings How the backend records calls.
 * @returns The call's slot, gradient buffer (null without one) and stamp.
 */
export function encodeCall(
  plan: LossPlan,
  encoder: GPUCommandEncoder,
  p: Problem,
  o: ResolvedLossOptions,
  gradBuffer: GPUBuffer | undefined,
  settings: CallSettings,
): { slot: Slot; grad: GPUBuffer | null; stamp: number } {
  const slot = plan.takeSlot();
  const grad = o.grad ? gradBuffer ?? plan.slotGradient(slot) : null;
  const stamp = prepareSlot(plan, slot, p, o);
  const io = { pred: p.gpu!.pred, labels: p.gpu!.labels, grad };
  plan.record(encoder, slot, io, slot.record, settings.timestamps);
  return { slot, grad, stamp };
}

/**
 * Writes a call's slot data (step parameters, class table, keep mask) under a
 * new stamp, which the GPU step writes into the record.
 *
 * @param plan The plan.
 * @param slot The call's slot.
 * @param p The problem.
 * @param o The resolved options.
 * @returns The stamp.
 */
function prepareSlot(
  plan: LossPlan,
  slot: Slot,
  p: Problem,
  o: ResolvedLossOptions,
): number {
  const stamp = lastStamp = (lastStamp + 1) >>> 0;
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

/**
 * Writes, records and submits a compute() call.
 *
 * @param state The device's plans.
 * @param plan The call's plan.
 * @param p The problem.
 * @param o The resolved options.
 * @param settings How the backend records calls.
 * @returns What the call's result is read from.
 */
export function submitCall(
  state: DevicePlans,
  plan: LossPlan,
  p: Problem,
  o: ResolvedLossOptions,
  settings: CallSettings,
): Submitted {
  const device = state.device, gpu = p.gpu;
  const slot = plan.takeSlot();
  let grad: GPUBuffer | null = null;
  if (o.grad && gpu?.gradToGpu) {
    grad = gpu.gradBuffer ?? (settings.fresh
      ? device.createBuffer({
        label: "jdt gradient",
        size: Math.max(16, p.B * p.C * p.N * 4),
        usage: STORAGE_OUT,
      })
      : plan.slotGradient(slot));
  }
  const stamp = prepareSlot(plan, slot, p, o);
  plan.upload(p);
  const encoder = device.createCommandEncoder({ label: "jdt loss" });
  const io: CallBuffers = {
    pred: gpu?.pred ?? null,
    labels: gpu?.labels ?? null,
    grad,
    statistics: p.statistics ? plan.givenPartials(p.statistics) : null,
  };
  plan.record(encoder, slot, io, slot.readback, settings.timestamps);
  const reads = o.grad && grad === null
    ? state.copyGradients(plan, encoder)
    : [];
  device.pushErrorScope("validation");
  device.queue.submit([encoder.finish()]);
  const scope = device.popErrorScope();
  slot.claimed = true;
  return { plan, slot, stamp, grad, reads, scope };
}

/**
 * Waits for a submitted call: its validation scope, its statistics record
 * and the mapping of its gradient readbacks. A validation error explains
 * everything after it, so it is reported first.
 *
 * @param call The submitted call.
 * @param readback The slot's readback buffer at submission.
 * @returns The record.
 */
export async function settle(
  call: Submitted,
  readback: GPUBuffer,
  p: Problem,
): Promise<ReadRecord> {
  const [error, ...done] = await Promise.allSettled([
    call.scope,
    readSlotRecord(call.plan, call.slot, readback, call.stamp),
    ...call.reads.map((r) => r.mapAsync(MAP_MODE_READ)),
  ]);
  const e = error.status === "fulfilled" ? error.value : null;
  if (e !== null) {
    throw (await unusableInput(call.plan.device, p)) ??
      reportedError("loss", e);
  }
  for (const d of done) if (d.status === "rejected") throw d.reason;
  const rec = (done[0] as PromiseFulfilledResult<ReadRecord | null>).value;
  if (rec === null) throw new Error("jdt: a submitted call left no record");
  return rec;
}

/**
 * Throws the typed error of a resident input the GPU pass flagged (host
 * inputs are named by the caller's js check).
 *
 * @param p The problem.
 * @param flags The record's flags.
 */
export function throwInvalidResident(p: Problem, flags: number): void {
  if (flags & BAD_PRED && p.gpu?.pred) throw invalidResidentData(p, "pred");
  if (flags & BAD_LABELS && p.gpu?.labels && !(flags & BAD_PRED)) {
    throw invalidResidentData(p, "labels");
  }
}

/**
 * The value of an encoded call, through the host step: its record copied
 * from the slot's record buffer into the readback buffer in a submission of
 * its own (made now, so queued after whatever the caller submitted before),
 * then read. Before the caller submits its encoder the copy finds an older
 * stamp and the call rejects; nothing the caller's encoder uses is mapped,
 * so its submission stays valid.
 *
 * @param plan The plan.
 * @param slot The call's slot.
 * @param readback The slot's readback buffer at encoding.
 * @param stamp The call's stamp.
 * @param p The problem.
 * @param value The host step's value of statistics.
 * @returns The value.
 */
export async function encodedValue(
  plan: LossPlan,
  slot: Slot,
  readback: GPUBuffer,
  stamp: number,
  p: Problem,
  value: (stats: Float64Array) => number,
): Promise<number> {
  const copy = plan.device.createCommandEncoder({ label: "jdt value" });
  copy.copyBufferToBuffer(slot.record, 0, readback, 0, plan.recordBytes);
  plan.device.queue.submit([copy.finish()]);
  const stats = await readSlotRecord(plan, slot, readback, stamp);
  if (stats === null) {
    throw (await unusableInput(plan.device, p)) ??
      new JdtRangeError(
        "value",
        "Cannot compute loss: value() found no result of this call: it was called before the encoder was submitted, or the submission failed (see the device's uncaptured errors)",
      );
  }
  if (stats.flags !== 0) {
    throw invalidResidentData(p, stats.flags & BAD_PRED ? "pred" : "labels");
  }
  return value(stats.stats);
}

/**
 * Throws a typed error when a slot was reused by later calls since `stamp`,
 * else claims its readback buffer.
 *
 * @param slot The slot.
 * @param stamp The call's stamp.
 */
export function claimSlot(slot: Slot, stamp: number): void {
  if (stampOf.get(slot) !== stamp) {
    throw new JdtRangeError(
      "value",
      "Cannot compute loss: value() was called after three more calls of this loss reused its buffers; call it within three calls",
    );
  }
  slot.claimed = true;
}

/**
 * Maps a slot's readback buffer and reads its statistics record: null when
 * the record is not the call's (another stamp).
 */
async function readSlotRecord(
  plan: LossPlan,
  slot: Slot,
  readback: GPUBuffer,
  stamp: number,
): Promise<ReadRecord | null> {
  try {
    await readback.mapAsync(MAP_MODE_READ, 0, plan.recordBytes);
    const rec = readRecord(
      readback.getMappedRange(0, plan.recordBytes),
      plan.spec.B * plan.spec.C,
    );
    readback.unmap();
    return rec.stamp === stamp ? rec : null;
  } finally {
    plan.releaseReadback(slot, readback);
  }
}
