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

import * as tf from "@tensorflow/tfjs";
import { JdtRangeError } from "../core/errors.ts";
import { createLoss } from "../loss/loss.ts";
import type { LabelFormat, LossInput, LossOptions } from "../core/types.ts";
import type { CompanionKind } from "./companion.ts";
import { tfCompanionLoss } from "./tfjs_companion.ts";
import type { TfTargets } from "./tfjs_companion.ts";

/** What the GPU path needs of a loss (`createLoss({ backend: "webgpu" })`). */
export interface EncodingLoss {
  /** Records the passes into `encoder`; the caller submits. */
  encode(encoder: GPUCommandEncoder, input: LossInput): {
    gradBuffer: GPUBuffer;
    valueBuffer: GPUBuffer;
    value(): Promise<number>;
  };
  /** Frees the loss's buffers. */
  dispose(): void;
}

/** The loss factory (replaceable in tests). */
export type MakeLoss = (options: LossOptions) => EncodingLoss;

const defaultMakeLoss: MakeLoss = (o) =>
  createLoss(o) as unknown as EncodingLoss;

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

/** A 0/1 `[P]` int32 mask packed 4 per word (the loss's u8 keep mask). */
function packBytes(keep: tf.Tensor, P: number): tf.Tensor {
  const padded = P % 4 === 0 ? keep : tf.pad(keep, [[0, 4 - (P % 4)]]);
  const bytes = tf.reshape(padded, [-1, 4]);
  const place = tf.tensor1d([1, 256, 65536, 16777216], "int32");
  return tf.sum(tf.mul(bytes, place), 1);
}

/** Hard labels as int32 `[P]`; a non-integer becomes an invalid id (flagged later). */
function hardIds(labels: tf.Tensor, P: number, bad: number): tf.Tensor {
  const flat = tf.reshape(labels, [P]);
  if (flat.dtype === "int32") return flat;
  const whole = tf.equal(flat, tf.round(flat));
  return tf.cast(tf.where(whole, flat, tf.fill([P], bad)), "int32");
}

/** Resident labels of one call, built in TF.js ops. */
interface Resident {
  /** Labels as the loss reads them, and their format. */
  labels: tf.Tensor;
  format: LabelFormat;
  /** The keep mask packed 4 bytes per int32, or null. */
  packedMask: tf.Tensor | null;
  /** Hard labels outside [0, C) other than the ignore index (int32 scalar), or null. */
  invalid: tf.Scalar | null;
  /** Companion targets in the logits' layout (built only when needed). */
  targets: () => TfTargets;
}

function residentLabels(
  plan: GpuPlan,
  labels: tf.Tensor,
  logits: tf.Tensor,
  keepMask: tf.Tensor | undefined,
  soft: boolean,
): Resident {
  const shape = logits.shape;
  const axis = plan.channelsLast ? shape.length - 1 : 1;
  const C = shape[axis], P = logits.size / C;
  const pix = shape.slice();
  pix[axis] = 1;
  const keep = keepMask === undefined ? null : keepOf(keepMask, P);
  const packedMask = keep === null ? null : packBytes(keep, P);
  if (soft) {
    const y = tf.cast(labels, "float32");
    const weight = keep === null
      ? tf.onesLike(tf.sum(y, axis, true))
      : tf.reshape(tf.cast(keep, "float32"), pix);
    return {
      labels: y,
      format: "float32",
      packedMask,
      invalid: null,
      targets: () => ({ y, weight, axis }),
    };
  }
  const ig = plan.ignoreIndex;
  const bad = ig === -1 ? -2 : -1;
  const ids = hardIds(labels, P, bad);
  const counted = ig === null
    ? tf.onesLike(ids)
    : tf.cast(tf.notEqual(ids, ig), "int32");
  const outOfRange = tf.logicalOr(tf.less(ids, 0), tf.greaterEqual(ids, C));
  const invalid = tf.sum(
    tf.mul(counted, tf.cast(outOfRange, "int32")),
  ) as tf.Scalar;
  const targets = () => {
    const kept = keep === null ? counted : tf.mul(counted, keep);
    let y = tf.oneHot(tf.mul(ids, kept), C, 1, 0, "float32");
    const cls = [...pix.filter((_, i) => i !== axis), C];
    y = tf.reshape(y, cls);
    if (!plan.channelsLast) {
      const order = [
        0,
        cls.length - 1,
        ...cls.slice(1, -1).map((_, i) => i + 1),
      ];
      y = tf.transpose(y, order);
    }
    const weight = tf.reshape(tf.cast(kept, "float32"), pix);
    return { y: tf.mul(y, weight), weight, axis };
  };
  return { labels: ids, format: "int32", packedMask, invalid, targets };
}

/** The usage TF.js needs to copy a buffer into a tensor of its own (it copies with the source's usage). */
const HANDOVER = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC |
  GPUBufferUsage.COPY_DST;

/** A TF.js-owned tensor copied from `buffer` on the GPU. */
function handOver(buffer: GPUBuffer, shape: number[]): tf.Tensor {
  if ((buffer.usage & HANDOVER) !== HANDOVER) {
    throw new Error(
      `jdt: the loss returned a GPUBuffer without usage STORAGE | COPY_SRC | COPY_DST (${buffer.usage}); TF.js cannot copy it`,
    );
  }
  return tf.tensor({ buffer }, shape, "float32");
}

/** The JDT part: one encoder, one submission, the gradient copied into TF.js. */
function jdtPart(
  loss: EncodingLoss,
  device: GPUDevice,
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
    const input = {
      logits: buffer(z),
      shape: z.shape,
      labels: buffer(r.labels),
      labelFormat: r.format,
      ...(r.packedMask ? { keepMask: buffer(r.packedMask) } : {}),
    } as unknown as LossInput;
    const encoder = device.createCommandEncoder({ label: "jdt tfjs step" });
    const out = loss.encode(encoder, input);
    device.queue.submit([encoder.finish()]);
    tf.dispose(refs);
    onValue(out.value);
    const g = handOver(out.gradBuffer, z.shape);
    (save as tf.GradSaveFunc)([g]);
    g.dispose();
    return {
      value: handOver(out.valueBuffer, []) as tf.Scalar,
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
  const release = () =>
    tf.dispose([last.companion, last.invalid].filter((t) => t !== null));
  const lossOn = (device: GPUDevice) => {
    if (loss === null || lossDevice !== device) {
      loss?.dispose();
      loss = makeLoss({
        ...plan.jdtOptions,
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
        const r = residentLabels(plan, labels, logits, keepMask, soft);
        last.invalid = r.invalid === null ? null : tf.keep(r.invalid);
        const parts: tf.Scalar[] = [];
        if (plan.companionWeight > 0 && plan.companion !== null) {
          const c = tfCompanionLoss(
            plan.companion,
            logits,
            r.targets(),
            plan.focalGamma,
            plan.temperature,
          );
          last.companion = tf.keep(c);
          parts.push(tf.mul(plan.companionWeight, c));
        }
        if (plan.jdtWeight > 0) {
          const j = jdtPart(
            lossOn(device),
            device,
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
    async value() {
      const l = last;
      const kept = [l.companion, l.invalid].map((
        t,
      ) => (t === null ? null : tf.clone(t)));
      try {
        const [c, bad] = await Promise.all(
          kept.map((t) => (t === null ? null : t.data())),
        );
        if (bad !== null && bad[0] > 0) {
          throw new JdtRangeError(
            "labels",
            `Cannot compute ${what}: labels (hard) must be integer class ids in [0, C) or the ignore index; ${
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
    },
    dispose() {
      release();
      last = { companion: null, invalid: null, jdt: null };
      loss?.dispose();
      loss = null;
    },
  };
}
