/**
 * The GPU-resident path of the TF.js adapter: when TF.js runs on its `webgpu`
 * backend, the logits (and labels, keep mask) stay on TF.js's `GPUDevice`.
 * Each call records the JDT loss into one command encoder with `loss.encode`,
 * submits it, and hands the gradient back as a TF.js tensor copied from the
 * loss's gradient buffer on the GPU; the value TF.js sees is the float32
 * scalar the same submission computed. Nothing is mapped or downloaded; the
 * float64 value is read only when `value()` is awaited. The companion loss of
 * the compound recipe runs in TF.js ops (`tfjs_companion.ts`).
 *
 * Private: reached through `./tfjs`.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { rangeError } from "../core/errors.ts";
import { createLoss } from "../loss/loss.ts";
import type { LabelFormat, LossInput, LossOptions } from "../core/types.ts";
import type { CompanionKind } from "./companion.ts";
import { tfCompanionLoss } from "./tfjs_companion.ts";
import type { TfTargets } from "./tfjs_companion.ts";

/** What the GPU path needs of a loss (`createLoss({ backend: "webgpu" })`). */
export interface EncodingLoss {
  /** Records the passes into `encoder`; the caller submits. */
  encode(encoder: GPUCommandEncoder, input: LossInput): {
    gradBuffer?: GPUBuffer;
    valueBuffer: GPUBuffer;
    value(): Promise<number>;
  };
  /** Frees the loss's buffers. */
  dispose(): void;
}

/** The loss factory (replaceable in tests). */
export type MakeLoss = (options: LossOptions) => EncodingLoss;

const defaultMakeLoss: MakeLoss = (o) => createLoss(o);

/** What the GPU path computes: the JDT part and the companion, weighted. */
export interface GpuPlan {
  /** Options of the JDT part; ignored when `jdtWeight` is 0. */
  jdtOptions: LossOptions;
  jdtWeight: number;
  companion: CompanionKind | null;
  companionWeight: number;
  focalGamma: number;
  temperature: number;
  ignoreIndex: number | null;
  channelsLast: boolean;
}

/** TF.js's `GPUDevice` when TF.js runs on its `webgpu` backend, else null. */
export function tfjsWebGpuDevice(): GPUDevice | null {
  if (tf.getBackend() !== "webgpu") return null;
  const device = (tf.backend() as unknown as { device?: GPUDevice }).device;
  return device ?? null;
}

/** A tensor's data in a fresh TF.js-owned `GPUBuffer` (uploaded first if on the CPU). */
function gpuData(t: tf.Tensor): tf.GPUData {
  const be = tf.backend() as unknown as {
    uploadToGPU?: (id: tf.DataId) => void;
  };
  be.uploadToGPU?.(t.dataId);
  return t.dataToGPU();
}

/** 1 where the pixel is kept (mask nonzero), `[P]` int32. */
function keepOf(keepMask: tf.Tensor, P: number): tf.Tensor {
  return tf.cast(tf.notEqual(tf.reshape(keepMask, [P]), 0), "int32");
}

/** Hard labels as int32 `[P]`; a non-integer becomes `bad` (flagged by `value()`). */
function hardIds(labels: tf.Tensor, P: number, bad: number): tf.Tensor {
  const flat = tf.reshape(labels, [P]);
  if (flat.dtype === "int32") return flat;
  const whole = tf.equal(flat, tf.round(flat));
  return tf.cast(tf.where(whole, flat, tf.fill([P], bad)), "int32");
}

/**
 * The ignore index the GPU loss is created with: the caller's, or -1, which
 * marks the pixels a keep mask drops (the loss takes no resident keep mask).
 */
function dropIndex(plan: GpuPlan): number {
  return plan.ignoreIndex ?? -1;
}

/** Resident labels of one call, built in TF.js ops. */
interface Resident {
  /** Labels as the loss reads them (a keep mask folded in), and their format. */
  labels: tf.Tensor;
  format: LabelFormat;
  /** Hard labels outside [0, C) other than the ignore index (int32 scalar), or null. */
  invalid: tf.Scalar | null;
  /** Companion targets in the logits' layout (built only when needed). */
  targets: () => TfTargets;
}

function softLabels(labels: tf.Tensor, axis: number): Resident {
  const y = tf.cast(labels, "float32");
  const weight = tf.onesLike(tf.sum(y, axis, true));
  return {
    labels: y,
    format: "float32",
    invalid: null,
    targets: () => ({ y, weight, axis }),
  };
}

/** One-hot `[B, ..., C]` of `ids` (0 where not kept), moved to the logits' layout. */
function oneHot(
  ids: tf.Tensor,
  kept: tf.Tensor,
  pix: number[],
  axis: number,
  C: number,
): tf.Tensor {
  const y = tf.oneHot(tf.mul(ids, kept), C, 1, 0, "float32");
  const last = [...pix.filter((_, i) => i !== axis), C];
  const shaped = tf.reshape(y, last);
  if (axis === pix.length - 1) return shaped;
  const order = [0, last.length - 1, ...last.slice(1, -1).map((_, i) => i + 1)];
  return tf.transpose(shaped, order);
}

function hardLabels(
  plan: GpuPlan,
  labels: tf.Tensor,
  keepMask: tf.Tensor | undefined,
  pix: number[],
  axis: number,
  C: number,
): Resident {
  const P = labels.size, ig = plan.ignoreIndex, drop = dropIndex(plan);
  const ids = hardIds(labels, P, drop === C ? C + 1 : C);
  const counted = ig === null
    ? tf.onesLike(ids)
    : tf.cast(tf.notEqual(ids, ig), "int32");
  const outOfRange = tf.logicalOr(tf.less(ids, 0), tf.greaterEqual(ids, C));
  const invalid = tf.sum(
    tf.mul(counted, tf.cast(outOfRange, "int32")),
  ) as tf.Scalar;
  const kept = keepMask === undefined
    ? counted
    : tf.mul(counted, keepOf(keepMask, P));
  const folded = keepMask === undefined
    ? ids
    : tf.where(tf.cast(kept, "bool"), ids, tf.fill([P], drop, "int32"));
  return {
    labels: folded,
    format: "int32",
    invalid,
    targets: () => {
      const weight = tf.reshape(tf.cast(kept, "float32"), pix);
      return { y: oneHot(ids, kept, pix, axis, C), weight, axis };
    },
  };
}

function residentLabels(
  plan: GpuPlan,
  what: string,
  labels: tf.Tensor,
  logits: tf.Tensor,
  keepMask: tf.Tensor | undefined,
  soft: boolean,
): Resident {
  const axis = plan.channelsLast ? logits.rank - 1 : 1;
  const pix = logits.shape.slice();
  pix[axis] = 1;
  if (!soft) {
    return hardLabels(plan, labels, keepMask, pix, axis, logits.shape[axis]);
  }
  if (keepMask !== undefined) {
    throw rangeError(
      what,
      "keepMask",
      `with soft labels is not supported when TF.js runs on webgpu (the GPU loss takes no resident keep mask); give hard labels, or zero weight another way`,
    );
  }
  return softLabels(labels, axis);
}

/**
 * STORAGE | COPY_SRC | COPY_DST (0x80 | 0x4 | 0x8, literal so that importing
 * works without WebGPU): the usage TF.js needs to copy a buffer into a tensor
 * of its own (it copies into a buffer of the source's usage).
 */
const HANDOVER = 0x8c;

/** Scratch buffers that give TF.js a copyable source where the loss's buffer is not. */
class Staging {
  #buffers = new Map<string, GPUBuffer>();

  /** `src` itself if TF.js can copy it, else a scratch copy recorded into `encoder`. */
  stage(
    device: GPUDevice,
    encoder: GPUCommandEncoder,
    role: string,
    src: GPUBuffer,
    bytes: number,
  ): GPUBuffer {
    if ((src.usage & HANDOVER) === HANDOVER) return src;
    let dst = this.#buffers.get(role);
    if (dst === undefined || dst.size < bytes) {
      dst?.destroy();
      dst = device.createBuffer({
        size: bytes,
        usage: HANDOVER,
        label: `jdt tfjs ${role}`,
      });
      this.#buffers.set(role, dst);
    }
    encoder.copyBufferToBuffer(src, 0, dst, 0, bytes);
    return dst;
  }

  /** Destroys the scratch buffers (after work already submitted, per WebGPU). */
  destroy(): void {
    this.#buffers.forEach((b) => b.destroy());
    this.#buffers.clear();
  }
}

/** The JDT part: one encoder, one submission, the gradient copied into TF.js. */
function jdtPart(
  loss: EncodingLoss,
  device: GPUDevice,
  staging: Staging,
  logits: tf.Tensor,
  r: Resident,
  onValue: (value: () => Promise<number>) => void,
): tf.Scalar {
  const f = tf.customGrad((x, save) => {
    const z = x as tf.Tensor;
    const refs: tf.Tensor[] = [];
    const buffer = (t: tf.Tensor) => {
      const d = gpuData(t);
      refs.push(d.tensorRef);
      return d.buffer!;
    };
    const input: LossInput = {
      logits: buffer(z),
      shape: z.shape,
      labels: buffer(r.labels),
      labelFormat: r.format,
    };
    const encoder = device.createCommandEncoder({ label: "jdt tfjs step" });
    const out = loss.encode(encoder, input);
    const grad = staging.stage(
      device,
      encoder,
      "grad",
      out.gradBuffer!,
      z.size * 4,
    );
    const value = staging.stage(device, encoder, "value", out.valueBuffer, 4);
    device.queue.submit([encoder.finish()]);
    tf.dispose(refs);
    onValue(out.value);
    const g = tf.tensor({ buffer: grad }, z.shape, "float32");
    (save as tf.GradSaveFunc)([g]);
    g.dispose();
    return {
      value: tf.tensor({ buffer: value }, [], "float32") as tf.Scalar,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, saved[0]),
    };
  });
  return f(logits) as tf.Scalar;
}

/** What `value()` needs of the last call: kept tensors and the JDT value. */
interface Last {
  companion: tf.Scalar | null;
  invalid: tf.Scalar | null;
  jdt: (() => Promise<number>) | null;
}

/** The GPU path of one adapter: call, value of the last call, dispose. */
export interface GpuLoss {
  /** The loss on resident tensors; `soft` from the adapter's shape check. */
  call(
    labels: tf.Tensor,
    logits: tf.Tensor,
    keepMask: tf.Tensor | undefined,
    soft: boolean,
    device: GPUDevice,
  ): tf.Scalar;
  /** The last call's value: float64 JDT part, float32 companion; rejects on bad labels. */
  value(): Promise<number>;
  /** Frees the loss's GPU buffers and the last call's kept tensors. */
  dispose(): void;
}

/**
 * The GPU-resident loss of a plan.
 *
 * @param plan What to compute.
 * @param what The adapter's name, for errors.
 * @param makeLoss Creates the encoding loss on TF.js's device.
 * @returns Its call, value and dispose.
 */
export function gpuLoss(
  plan: GpuPlan,
  what: string,
  makeLoss: MakeLoss = defaultMakeLoss,
): GpuLoss {
  let loss: EncodingLoss | null = null;
  let lossDevice: GPUDevice | null = null;
  let last: Last = { companion: null, invalid: null, jdt: null };
  const staging = new Staging();
  const release = () =>
    tf.dispose([last.companion, last.invalid].filter((t) => t !== null));
  const lossOn = (device: GPUDevice) => {
    if (loss === null || lossDevice !== device) {
      loss?.dispose();
      staging.destroy();
      loss = makeLoss({
        ...plan.jdtOptions,
        ignoreIndex: dropIndex(plan),
        backend: "webgpu",
        device,
        grad: true,
      });
      lossDevice = device;
    }
    return loss;
  };
  return {
    call(labels, logits, keepMask, soft, device) {
      release();
      last = { companion: null, invalid: null, jdt: null };
      return tf.tidy(() => {
        const r = residentLabels(plan, what, labels, logits, keepMask, soft);
        last.invalid = r.invalid === null ? null : tf.keep(r.invalid);
        const parts: tf.Scalar[] = [];
        if (plan.companionWeight > 0 && plan.companion !== null) {
          last.companion = tf.keep(companionPart(plan, logits, r));
          parts.push(tf.mul(plan.companionWeight, last.companion));
        }
        if (plan.jdtWeight > 0) {
          const j = jdtPart(
            lossOn(device),
            device,
            staging,
            logits,
            r,
            (v) => (last.jdt = v),
          );
          parts.push(tf.mul(plan.jdtWeight, j));
        }
        return (parts.length === 0
          ? tf.scalar(0)
          : tf.addN(parts)) as tf.Scalar;
      });
    },
    value: () => lastValue(last, plan, what),
    dispose() {
      release();
      last = { companion: null, invalid: null, jdt: null };
      loss?.dispose();
      loss = null;
      staging.destroy();
    },
  };
}

/** The companion loss of a call (float32, on TF.js). */
function companionPart(
  plan: GpuPlan,
  logits: tf.Tensor,
  r: Resident,
): tf.Scalar {
  return tfCompanionLoss(
    plan.companion!,
    logits,
    r.targets(),
    plan.focalGamma,
    plan.temperature,
  );
}

/** The value of the last call: float64 JDT part, float32 companion; rejects on bad labels. */
async function lastValue(
  l: Last,
  plan: GpuPlan,
  what: string,
): Promise<number> {
  const kept = [l.companion, l.invalid].map((t) =>
    t === null ? null : tf.clone(t)
  );
  try {
    const [c, bad] = await Promise.all(
      kept.map((t) => (t === null ? null : t.data())),
    );
    if (bad !== null && bad[0] > 0) {
      throw rangeError(
        what,
        "labels",
        `(hard) must be integer class ids in [0, C) or the ignore index; ${
          bad[0]
        } are not`,
      );
    }
    const jdt = l.jdt === null ? 0 : await l.jdt();
    return plan.companionWeight * (c === null ? 0 : c[0]) +
      plan.jdtWeight * jdt;
  } finally {
    tf.dispose(kept.filter((t) => t !== null));
  }
}
