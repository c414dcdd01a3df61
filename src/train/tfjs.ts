/**
 * TF.js adapter (export `./tfjs`): the JDT losses and the compound recipe as
 * TF.js loss functions, `tf.customGrad` around the library's value and
 * gradient. Logits are `[B, H, W, C]` (TF.js's channels-last) unless
 * `layout: "channels-first"` is given; labels are hard (`[B, H, W]` or
 * `[B, H, W, 1]`, integer class ids) or soft (the logits' shape).
 *
 * TF.js takes gradients in a synchronous tape. On TF.js's `cpu` (or `wasm`)
 * backend the losses read the tensors and compute on wasm SIMD (`"auto"`,
 * `"wasm"`) or the float64 `"js"` reference (use TF.js's `cpu` backend: its
 * `wasm` backend has known bugs). When TF.js runs on its `webgpu` backend,
 * `"auto"` (and `"webgpu"`) take the GPU-resident path (`tfjs_webgpu.ts`): the
 * loss is recorded on TF.js's own `GPUDevice` and the gradient stays on the
 * GPU, with no download per step. `loss.value()` gives the last call's value
 * in float64 (read from the GPU when awaited on the GPU path).
 *
 * @example
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { tfjsJdtLoss } from "@jdt/losses/tfjs";
 * import assert from "node:assert/strict";
 * await tf.setBackend("cpu");
 * const loss = tfjsJdtLoss();
 * const logits = tf.variable(tf.zeros([1, 2, 2, 3])); // [B, H, W, C]
 * const labels = tf.tensor3d([[[0, 1], [2, 1]]], [1, 2, 2], "int32");
 * const before = loss(labels, logits).dataSync()[0];
 * tf.train.sgd(1).minimize(() => loss(labels, logits));
 * assert.ok(loss(labels, logits).dataSync()[0] < before);
 * ```
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { compoundLossSync, resolveMix } from "./compound.ts";
import type { CompoundLossOptions } from "./compound.ts";
import { rangeError, typeError } from "../core/errors.ts";
import { checkChoice } from "../core/option_schema.ts";
import { jdtLossSync } from "../loss/sync.ts";
import { gpuLoss, tfjsWebGpuDevice } from "./tfjs_webgpu.ts";
import type { GpuPlan } from "./tfjs_webgpu.ts";
import { ownOptions, resolveLossOptions } from "../core/options.ts";
import type { LossInput, LossOptions, LossResult } from "../core/types.ts";

/** A TF.js tensor (`tf.Tensor` of `@tensorflow/tfjs`). */
export type TfjsTensor = tf.Tensor;

/** A TF.js scalar tensor (`tf.Scalar` of `@tensorflow/tfjs`). */
export type TfjsScalar = tf.Scalar;

/** How the adapter reads the labels tensor. */
export type TfjsLabelKind = "auto" | "hard" | "soft" | "one-hot" | "masks";

/** Adapter options: which labels, besides the loss options. */
export interface TfjsAdapterOptions {
  /**
   * `"auto"` (default): soft when the labels have the logits' shape, hard when
   * they have the logits' shape without the class axis (or with it of size 1).
   * `"one-hot"`: labels of the logits' shape holding one-hot rows (what
   * `model.compile` hands a loss), read as hard labels with the hard-label
   * defaults. `"masks"`: 0/1 masks of the logits' shape (binary with one
   * sigmoid channel, multilabel), hard labels too.
   */
  labelKind?: TfjsLabelKind;
}

/** Options of {@link tfjsJdtLoss}. Layout defaults to `"channels-last"`. */
export type TfjsJdtLossOptions =
  & Omit<LossOptions, "labelKind">
  & TfjsAdapterOptions;

/** Options of {@link tfjsCompoundLoss}. Layout defaults to `"channels-last"`. */
export type TfjsCompoundLossOptions =
  & Omit<CompoundLossOptions, "labelKind">
  & TfjsAdapterOptions;

const LABEL_KINDS: readonly TfjsLabelKind[] = [
  "auto",
  "hard",
  "soft",
  "one-hot",
  "masks",
];

/**
 * A TF.js loss: `(labels, logits, keepMask?) => scalar`, differentiable with
 * respect to `logits` (the order of a `model.compile` loss: truth first).
 */
export interface TfjsLoss {
  /** The loss of `logits` against `labels` (and an optional keep mask). */
  (labels: TfjsTensor, logits: TfjsTensor, keepMask?: TfjsTensor): TfjsScalar;
  /**
   * The last call's value in float64 (the JDT part; on the GPU-resident path
   * read from the GPU when awaited, the TF.js companion in float32). Rejects
   * before the first call, and on the GPU path when hard labels were invalid.
   */
  value(): Promise<number>;
  /** Frees the GPU buffers the GPU-resident path holds (a no-op otherwise). */
  dispose(): void;
}

const WHAT = "TF.js loss";

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The logits' shape without the class axis. */
function pixelShape(shape: readonly number[], channelsLast: boolean): number[] {
  return channelsLast ? shape.slice(0, -1) : [shape[0], ...shape.slice(2)];
}

function isTensor(v: unknown): v is tf.Tensor {
  return v instanceof tf.Tensor;
}

/** Checks the tensors' types and shapes; returns whether the labels are soft. */
function checkTensors(
  labels: tf.Tensor,
  logits: tf.Tensor,
  keepMask: tf.Tensor | undefined,
  kind: TfjsLabelKind,
  channelsLast: boolean,
): boolean {
  if (!isTensor(labels)) {
    throw typeError(WHAT, "labels", "must be a tf.Tensor");
  }
  if (!isTensor(logits)) {
    throw typeError(WHAT, "logits", "must be a tf.Tensor");
  }
  const shape = logits.shape;
  const pix = pixelShape(shape, channelsLast);
  const withUnit = channelsLast ? [...pix, 1] : [pix[0], 1, ...pix.slice(1)];
  const asSoft = sameShape(labels.shape, shape);
  const asHard = sameShape(labels.shape, pix) ||
    sameShape(labels.shape, withUnit);
  const floats = kind === "one-hot" || kind === "masks";
  const soft = floats || kind === "soft" || (kind === "auto" && asSoft);
  const binaryMask = kind === "masks" && asHard &&
    shape.at(channelsLast ? -1 : 1) === 1;
  if (soft ? !asSoft && !binaryMask : !asHard) {
    throw rangeError(
      WHAT,
      "labels",
      `shape [${labels.shape.join(", ")}] must be the logits' [${
        shape.join(", ")
      }] (soft labels) or [${pix.join(", ")}] (hard labels)`,
    );
  }
  if (keepMask !== undefined) {
    if (!isTensor(keepMask)) {
      throw typeError(WHAT, "keepMask", "must be a tf.Tensor");
    }
    if (
      !sameShape(keepMask.shape, pix) && !sameShape(keepMask.shape, withUnit)
    ) {
      throw rangeError(
        WHAT,
        "keepMask",
        `shape [${keepMask.shape.join(", ")}] must be [${pix.join(", ")}]`,
      );
    }
  }
  return soft;
}

/** Reads labels (and keep mask) into the library's input (tensors checked). */
function readInput(
  labels: tf.Tensor,
  logits: tf.Tensor,
  keepMask: tf.Tensor | undefined,
  soft: boolean,
): Omit<LossInput, "logits"> {
  const input: Omit<LossInput, "logits"> = {
    shape: logits.shape,
    labels: new Float32Array(),
  };
  if (soft) {
    input.labels = Float32Array.from(labels.dataSync());
  } else {
    const v = labels.dataSync();
    const ids = new Int32Array(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!Number.isInteger(v[i])) {
        throw rangeError(
          WHAT,
          "labels",
          `(hard) must hold integer class ids, got ${v[i]} at index ${i}`,
        );
      }
      ids[i] = v[i];
    }
    input.labels = ids;
  }
  if (keepMask !== undefined) {
    const v = keepMask.dataSync();
    input.keepMask = Uint8Array.from(v, (x) => (x !== 0 ? 1 : 0));
  }
  return input;
}

/** The host path: read the tensors, compute on wasm (or js), gradient via customGrad. */
function hostCall(
  partial: Omit<LossInput, "logits">,
  logits: tf.Tensor,
  lossOptions: LossOptions,
  compute: (
    input: LossInput,
    options: LossOptions,
  ) => Pick<LossResult, "value" | "grad">,
  onValue: (value: number) => void,
): tf.Scalar {
  const f = tf.customGrad((x) => {
    const z = x as tf.Tensor;
    const data = z.dtype === "float32"
      ? z.dataSync() as Float32Array
      : Float32Array.from(z.dataSync());
    const r = compute({ ...partial, logits: data }, lossOptions);
    onValue(r.value);
    const grad = r.grad as Float32Array;
    return {
      value: tf.scalar(r.value),
      gradFunc: (dy: tf.Tensor) => tf.mul(dy, tf.tensor(grad, z.shape)),
    };
  });
  return f(logits) as tf.Scalar;
}

/** TF.js's device when this call takes the GPU-resident path, else null. */
function gpuDeviceFor(backend: LossOptions["backend"]): GPUDevice | null {
  if (backend !== undefined && backend !== "auto" && backend !== "webgpu") {
    return null;
  }
  const device = tfjsWebGpuDevice();
  if (backend === "webgpu" && device === null) {
    throw rangeError(
      WHAT,
      "options.backend",
      `"webgpu" needs TF.js on its webgpu backend (await tf.setBackend("webgpu")), got "${tf.getBackend()}"`,
    );
  }
  return device;
}

function adapter(
  options: TfjsJdtLossOptions | undefined,
  plan: (options: LossOptions) => GpuPlan,
  compute: (
    input: LossInput,
    options: LossOptions,
  ) => Pick<LossResult, "value" | "grad">,
): TfjsLoss {
  const { labelKind = "auto", ...rest } = ownOptions(WHAT, options) as
    & TfjsJdtLossOptions
    & Record<string, unknown>;
  checkChoice(WHAT, "labelKind", labelKind, LABEL_KINDS);
  const lossOptions: LossOptions = {
    layout: "channels-last",
    ...rest,
    grad: true,
  };
  if (labelKind === "one-hot" || labelKind === "masks") {
    lossOptions.labelKind = labelKind;
  }
  const gpu = gpuLoss(plan(lossOptions), WHAT);
  // One-hot targets and masks are converted on the host (the wasm path).
  const hostOnly = labelKind === "one-hot" || labelKind === "masks";
  const channelsLast = lossOptions.layout !== "channels-first";
  let last: (() => Promise<number>) | null = null;
  const loss = (labels: tf.Tensor, logits: tf.Tensor, keepMask?: tf.Tensor) => {
    const soft = checkTensors(
      labels,
      logits,
      keepMask,
      labelKind,
      channelsLast,
    );
    const device = hostOnly ? null : gpuDeviceFor(lossOptions.backend);
    if (device !== null) {
      last = () => gpu.value();
      return gpu.call(labels, logits, keepMask, soft, device);
    }
    const partial = readInput(labels, logits, keepMask, soft);
    return hostCall(partial, logits, lossOptions, compute, (v) => {
      last = () => Promise.resolve(v);
    });
  };
  return Object.assign(loss, {
    value: () =>
      last === null
        ? Promise.reject(new Error(`Cannot read ${WHAT} value: no call yet`))
        : last(),
    dispose: () => gpu.dispose(),
  });
}

/** The GPU plan of a JDT loss: the JDT part only. */
function jdtPlan(o: LossOptions): GpuPlan {
  const r = resolveLossOptions(o, WHAT);
  return {
    jdtOptions: o,
    jdtWeight: 1,
    companion: null,
    companionWeight: 0,
    focalGamma: 0,
    temperature: r.temperature,
    ignoreIndex: r.ignoreIndex,
    channelsLast: r.layout !== "channels-first",
  };
}

/** The GPU plan of a compound loss: the JDT part and the companion in TF.js ops. */
function compoundPlan(o: LossOptions): GpuPlan {
  const m = resolveMix(o, false);
  return {
    jdtOptions: m.jdtOptions,
    jdtWeight: m.wj,
    companion: m.kind,
    companionWeight: m.wc,
    focalGamma: m.focalGamma,
    temperature: m.o.temperature,
    ignoreIndex: m.o.ignoreIndex,
    channelsLast: m.o.layout !== "channels-first",
  };
}

/**
 * A TF.js loss computing `jdtLoss` (all its options) on logits, with the
 * library's gradient.
 *
 * @param options Loss options and `labelKind`; `layout` defaults to `"channels-last"`.
 * @returns `(labels, logits, keepMask?) => tf.Scalar`, usable in `optimizer.minimize` and `model.compile`.
 * @example
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { tfjsJdtLoss } from "@jdt/losses/tfjs";
 * import assert from "node:assert/strict";
 * await tf.setBackend("cpu");
 * // Probabilities [B=1, H=1, W=2, C=2] (channels-last), hard labels [1, 1, 2].
 * const probs = tf.tensor4d([0.75, 0.25, 0.5, 0.5], [1, 1, 2, 2]);
 * const labels = tf.tensor3d([[[0, 1]]], [1, 1, 2], "int32");
 * const loss = tfjsJdtLoss({ activation: "none", backend: "js" });
 * const value = loss(labels, probs).dataSync()[0];
 * assert.ok(Math.abs(value - (0.75 / 1.501 + 0.75 / 1.251) / 2) < 1e-6);
 * ```
 */
export function tfjsJdtLoss(options?: TfjsJdtLossOptions): TfjsLoss {
  return adapter(options, jdtPlan, jdtLossSync);
}

/**
 * A TF.js loss computing `compoundLoss` (a companion loss mixed with a JDT
 * loss, 0.25 : 0.75 by default) on logits, with the library's gradient.
 *
 * @param options Compound options and `labelKind`; `layout` defaults to `"channels-last"`.
 * @returns `(labels, logits, keepMask?) => tf.Scalar`, usable in `optimizer.minimize` and `model.compile`.
 * @example
 * ```ts
 * import * as tf from "npm:@tensorflow/tfjs@4.22.0";
 * import { tfjsCompoundLoss } from "@jdt/losses/tfjs";
 * import assert from "node:assert/strict";
 * await tf.setBackend("cpu");
 * const loss = tfjsCompoundLoss(); // 0.25 cross-entropy + 0.75 JML
 * const logits = tf.variable(tf.zeros([1, 2, 2, 3])); // [B, H, W, C]
 * const labels = tf.tensor3d([[[0, 1], [2, 1]]], [1, 2, 2], "int32");
 * const before = loss(labels, logits).dataSync()[0];
 * tf.train.sgd(1).minimize(() => loss(labels, logits));
 * assert.ok(loss(labels, logits).dataSync()[0] < before);
 * ```
 */
export function tfjsCompoundLoss(options?: TfjsCompoundLossOptions): TfjsLoss {
  return adapter(options, compoundPlan, compoundLossSync);
}
