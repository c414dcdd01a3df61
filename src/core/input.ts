/**
 * Validation of a loss input's shapes, lengths and types into the `Problem`
 * every backend consumes: the one place where every input (not option) error
 * message of the loss is written. Values of large arrays are checked by the
 * backends' first pass (see `data_check.ts`).
 *
 * @module
 */

import { predArgumentOf } from "./data_check.ts";
import { rangeError, show, typeError } from "./errors.ts";
import type { ResolvedLossOptions } from "./options.ts";
import type { GpuResidency, Problem } from "./problem.ts";
import {
  idsFromFloats,
  idsFromOneHot,
  labelKindOf,
  maskParts,
  type ResolvedLabelKind,
} from "./label_kinds.ts";
import type { HardLabels, LabelFormat, Layout, LossInput } from "./types.ts";

/** Whether two typed arrays share bytes of the same buffer. */
function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength &&
    b.byteOffset < a.byteOffset + a.byteLength;
}

function isGpuBuffer(v: unknown): v is GPUBuffer {
  return typeof GPUBuffer !== "undefined" && v instanceof GPUBuffer;
}

/** Checks a GPUBuffer input's usage and size; its device must be options.device. */
function checkGpuBuffer(
  what: string,
  arg: string,
  buf: GPUBuffer,
  bytes: number,
  opts: ResolvedLossOptions,
): void {
  if (opts.device === null) {
    throw typeError(
      what,
      "options.device",
      `must be the GPUDevice that owns ${arg} (a GPUBuffer)`,
    );
  }
  if ((buf.usage & GPUBufferUsage.STORAGE) === 0) {
    throw typeError(
      what,
      arg,
      "(GPUBuffer) needs usage GPUBufferUsage.STORAGE",
    );
  }
  if (buf.size < bytes) {
    throw rangeError(
      what,
      arg,
      `(GPUBuffer) has ${buf.size} bytes, fewer than the ${bytes} the shape needs`,
    );
  }
}

const LABEL_FORMATS: Record<LabelFormat, number> = {
  uint8: 1,
  uint16: 2,
  int32: 4,
  float32: 4,
};

/** An empty array of the type a label format stands for. */
function labelPlaceholder(format: LabelFormat): HardLabels | Float32Array {
  return format === "uint8"
    ? new Uint8Array(0)
    : format === "uint16"
    ? new Uint16Array(0)
    : format === "int32"
    ? new Int32Array(0)
    : new Float32Array(0);
}

/** Sizes of a loss input: images B, classes C, pixels per image N. */
interface Sizes {
  B: number;
  C: number;
  N: number;
}

function shapeSizes(
  what: string,
  shape: readonly number[],
  layout: Layout,
): Sizes {
  if (!Array.isArray(shape)) {
    throw typeError(what, "input.shape", "must be an array of integers");
  }
  if (shape.length < 2) {
    throw rangeError(
      what,
      "input.shape",
      `must have at least 2 dimensions ([B, C, ...spatial]), got ${
        show(shape)
      }`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d <= 0) {
      throw rangeError(
        what,
        "input.shape",
        `must hold positive integers, got ${show(shape)}`,
      );
    }
  }
  const B = shape[0];
  const C = layout === "channels-first" ? shape[1] : shape[shape.length - 1];
  const spatial = layout === "channels-first"
    ? shape.slice(2)
    : shape.slice(1, -1);
  const N = spatial.reduce((a, b) => a * b, 1);
  if (B * C * N > 2 ** 32) {
    throw rangeError(
      what,
      "input.shape",
      `has ${B * C * N} elements, over the limit of 2^32`,
    );
  }
  return { B, C, N };
}

/** The prediction, checked: a host array, or a GPUBuffer and a placeholder. */
interface CheckedPrediction {
  name: "input.logits" | "input.probs";
  host: Float32Array;
  gpu: GPUBuffer | null;
}

function checkPrediction(
  what: string,
  input: LossInput,
  s: Sizes,
  opts: ResolvedLossOptions,
): CheckedPrediction {
  const { logits, probs } = input;
  const name = logits !== undefined ? "input.logits" : "input.probs";
  const pred = (logits ?? probs) as unknown;
  const elements = s.B * s.C * s.N;
  if (isGpuBuffer(pred)) {
    checkGpuBuffer(what, name, pred, elements * 4, opts);
    return { name, host: new Float32Array(0), gpu: pred };
  }
  if (!(pred instanceof Float32Array)) {
    throw typeError(what, name, "must be a Float32Array or a GPUBuffer");
  }
  if (pred.length !== elements) {
    throw rangeError(
      what,
      name,
      `length (${pred.length}) must equal the product of shape [${
        input.shape.join(", ")
      }] (${elements})`,
    );
  }
  return { name, host: pred, gpu: null };
}

/** The labels, checked: host array (or placeholder), kind and GPUBuffer. */
interface CheckedLabels {
  host: HardLabels | Float32Array;
  soft: boolean;
  gpu: GPUBuffer | null;
  /** What the labels hold (masks are converted later, with the keep mask). */
  kind: ResolvedLabelKind;
  /** The ignored id of one-hot rows read as ids, replacing `ignoreIndex`. */
  ignoreIndex?: number | null;
}

function checkGpuLabels(
  what: string,
  input: LossInput,
  labels: GPUBuffer,
  s: Sizes,
  opts: ResolvedLossOptions,
): CheckedLabels {
  const format = input.labelFormat;
  if (typeof format !== "string" || !Object.hasOwn(LABEL_FORMATS, format)) {
    throw typeError(
      what,
      "input.labelFormat",
      `must be one of ${
        Object.keys(LABEL_FORMATS).map((f) => `"${f}"`).join(", ")
      } when input.labels is a GPUBuffer, got ${JSON.stringify(format)}`,
    );
  }
  const soft = format === "float32";
  const kind = soft ? "soft" : "ids";
  if (opts.labelKind !== "auto" && opts.labelKind !== kind) {
    throw typeError(
      what,
      "options.labelKind",
      `"${opts.labelKind}" needs host labels (a GPUBuffer of labelFormat "${format}" holds ${
        soft ? "soft labels" : "class ids"
      })`,
    );
  }
  const count = soft ? s.B * s.C * s.N : s.B * s.N;
  const bytes = count * LABEL_FORMATS[format];
  checkGpuBuffer(what, "input.labels", labels, bytes, opts);
  return { host: labelPlaceholder(format), soft, gpu: labels, kind };
}

function checkLabels(
  what: string,
  input: LossInput,
  s: Sizes,
  opts: ResolvedLossOptions,
): CheckedLabels {
  const labels = input.labels;
  if (isGpuBuffer(labels)) return checkGpuLabels(what, input, labels, s, opts);
  const kind = labelKindOf(what, labels, s, opts.labelKind);
  const host = labels as HardLabels | Float32Array;
  if (kind === "one-hot") {
    const { ids, ignored } = idsFromOneHot(what, host, s, opts.layout);
    return { host: ids, soft: false, gpu: null, kind, ignoreIndex: ignored };
  }
  if (kind === "ids" && host instanceof Float32Array) {
    const ids = idsFromFloats(what, host, s.C, opts.ignoreIndex);
    return { host: ids, soft: false, gpu: null, kind };
  }
  return { host, soft: kind !== "ids", gpu: null, kind };
}

/** Options and sizes of 0/1 masks: independent channels need sigmoid logits. */
function checkMasks(what: string, opts: ResolvedLossOptions, C: number) {
  if (opts.activation === "softmax") {
    throw rangeError(
      what,
      "options.activation",
      `must be "sigmoid" with 0/1 masks as labels (${
        C === 1 ? "binary" : "multilabel"
      }: independent channels; softmax ${
        C === 1 ? "of one channel is always 1" : "makes the channels compete"
      }), or give probabilities`,
    );
  }
}

/** The problem of 0/1 masks (binary, multilabel): see `maskParts`. */
function maskProblem(
  what: string,
  problem: Problem,
  opts: ResolvedLossOptions,
): Problem {
  const { B, C } = problem;
  if (problem.activation === "softmax") checkMasks(what, opts, C);
  const parts = maskParts(
    what,
    problem.labels,
    problem,
    opts.layout,
    opts.ignoreIndex,
    problem.keepMask,
  );
  return {
    ...problem,
    ...parts,
    ignoreIndex: null,
    masks: true,
    stepShape: { B, C },
  };
}

function checkKeepMask(
  what: string,
  keepMask: unknown,
  s: Sizes,
): Uint8Array | null {
  if (keepMask === undefined || keepMask === null) return null;
  if (!(keepMask instanceof Uint8Array)) {
    throw typeError(what, "input.keepMask", "must be a Uint8Array");
  }
  if (keepMask.length !== s.B * s.N) {
    throw rangeError(
      what,
      "input.keepMask",
      `length (${keepMask.length}) must equal B×N (${s.B}×${s.N} = ${
        s.B * s.N
      })`,
    );
  }
  return keepMask;
}

function checkGradInto(
  what: string,
  input: LossInput,
  s: Sizes,
  opts: ResolvedLossOptions,
  pred: Float32Array,
  keepMask: Uint8Array | null,
): Float32Array | undefined {
  const gradInto = input.gradInto;
  if (gradInto === undefined) return undefined;
  if (!(gradInto instanceof Float32Array)) {
    throw typeError(what, "input.gradInto", "must be a Float32Array");
  }
  if (opts.gradOutput === "gpu") {
    throw typeError(
      what,
      "input.gradInto",
      'cannot be used with options.gradOutput "gpu"',
    );
  }
  const elements = s.B * s.C * s.N;
  if (gradInto.length !== elements) {
    throw rangeError(
      what,
      "input.gradInto",
      `length (${gradInto.length}) must equal the prediction's (${elements})`,
    );
  }
  const inputs = [
    ["prediction", pred],
    ["labels", input.labels],
    ["keep mask", keepMask],
  ] as const;
  for (const [name, a] of inputs) {
    if (ArrayBuffer.isView(a) && overlaps(gradInto, a)) {
      throw rangeError(
        what,
        "input.gradInto",
        `must not share memory with the ${name}`,
      );
    }
  }
  return gradInto;
}

/** Checks the options that depend on C and the label kind. */
function checkClassOptions(
  what: string,
  opts: ResolvedLossOptions,
  C: number,
  soft: boolean,
): void {
  const mode = soft ? opts.activeClassesModeSoft : opts.activeClassesModeHard;
  if (Array.isArray(mode)) {
    for (const c of mode) {
      if (c >= C) {
        throw rangeError(
          what,
          soft
            ? "options.activeClassesModeSoft"
            : "options.activeClassesModeHard",
          `lists class ${c}, outside [0, ${C})`,
        );
      }
    }
  }
  if (opts.classWeights !== null && opts.classWeights.length !== C) {
    throw rangeError(
      what,
      "options.classWeights",
      `length (${opts.classWeights.length}) must equal the number of classes C (${C})`,
    );
  }
}

function gpuResidency(
  what: string,
  opts: ResolvedLossOptions,
  pred: CheckedPrediction,
  labels: CheckedLabels,
): GpuResidency | undefined {
  const gradToGpu = opts.gradOutput === "gpu";
  if (gradToGpu && opts.device === null) {
    throw typeError(
      what,
      "options.device",
      'must be given with gradOutput "gpu" (the device that will own the gradient)',
    );
  }
  if (pred.gpu === null && labels.gpu === null && !gradToGpu) return undefined;
  return { pred: pred.gpu, labels: labels.gpu, gradToGpu };
}

/** Checks `input.gradBuffer`: a STORAGE buffer of the prediction's size, with `gradOutput: "gpu"`. */
function checkGradBuffer(
  what: string,
  input: LossInput,
  s: Sizes,
  opts: ResolvedLossOptions,
  forEncode: boolean,
): GPUBuffer | null {
  const buf = input.gradBuffer;
  if (buf === undefined || buf === null) return null;
  if (!isGpuBuffer(buf)) {
    throw typeError(what, "input.gradBuffer", "must be a GPUBuffer");
  }
  if (opts.gradOutput !== "gpu" && !forEncode) {
    throw typeError(
      what,
      "input.gradBuffer",
      'needs options.gradOutput "gpu" (or loss.encode())',
    );
  }
  checkGpuBuffer(what, "input.gradBuffer", buf, s.B * s.C * s.N * 4, opts);
  if (buf === input.logits || buf === input.probs || buf === input.labels) {
    throw rangeError(what, "input.gradBuffer", "must not be an input buffer");
  }
  return buf;
}

/**
 * Checks shapes, lengths and types of a loss input (not the values of large
 * arrays: see `findInvalidData`) and builds the backend problem.
 *
 * @param input The caller's input.
 * @param opts Resolved options.
 * @param what What is being computed, for error messages.
 * @param forEncode The problem is for `loss.encode()` (gradient on the GPU).
 * @returns The normalised problem.
 */
export function toProblem(
  input: LossInput,
  opts: ResolvedLossOptions,
  what = "loss",
  forEncode = false,
): Problem {
  if (input === null || typeof input !== "object") {
    throw typeError(
      what,
      "input",
      "must be an object { logits | probs, shape, labels }",
    );
  }
  if ((input.logits === undefined) === (input.probs === undefined)) {
    throw typeError(
      what,
      "input.logits",
      "or input.probs must be given, exactly one of the two",
    );
  }
  const sizes = shapeSizes(what, input.shape, opts.layout);
  const pred = checkPrediction(what, input, sizes, opts);
  const labels = checkLabels(what, input, sizes, opts);
  const keepMask = checkKeepMask(what, input.keepMask, sizes);
  const gradInto = checkGradInto(what, input, sizes, opts, pred.host, keepMask);
  const softMode = labels.kind === "soft";
  checkClassOptions(what, opts, sizes.C, softMode);
  const mode = softMode
    ? opts.activeClassesModeSoft
    : opts.activeClassesModeHard;
  const problem: Problem = {
    ...sizes,
    pred: pred.host,
    activation: pred.name === "input.logits" ? opts.activation : "none",
    predArgument: pred.name,
    temperature: opts.temperature,
    layout: opts.layout,
    labels: labels.host,
    soft: labels.soft,
    ignoreIndex: labels.soft
      ? null
      : labels.ignoreIndex !== undefined
      ? labels.ignoreIndex
      : opts.ignoreIndex,
    keepMask,
    norm: opts.norm,
    needMaxX: mode === "PROB" || mode === "BOTH",
  };
  if (gradInto !== undefined) problem.gradInto = gradInto;
  const gpu = gpuResidency(what, opts, pred, labels);
  const gradBuffer = checkGradBuffer(what, input, sizes, opts, forEncode);
  if (gpu !== undefined) problem.gpu = { ...gpu, gradBuffer };
  return labels.kind === "masks" ? maskProblem(what, problem, opts) : problem;
}

/**
 * Checks that the host arrays of a problem still hold their data: a caller may
 * transfer (detach) or shrink an input's buffer while a call awaits. Call it
 * after every await, before the data is read again.
 *
 * @param input The caller's input (names the prediction).
 * @param p The problem built from it before the await.
 * @param what What is being computed, for error messages.
 */
export function checkAttached(
  input: LossInput,
  p: Problem,
  what = "loss",
): void {
  checkProblemAttached(
    p,
    what,
    input.logits !== undefined ? "input.logits" : "input.probs",
  );
}

/**
 * The one attached-input check of a problem: throws a typed error naming the
 * first host array whose buffer was transferred (detached) or shrunk since the
 * problem was built. Arrays that stand for a GPUBuffer input are skipped. For
 * backends, which hold the problem but not the caller's input.
 *
 * @param p The problem.
 * @param what What is being computed, for error messages.
 * @param pred The prediction's argument name (default from the activation:
 *   `p.predArgument`, else `input.probs` with `"none"`, `input.logits` otherwise).
 * @example
 * ```ts
 * import { checkProblemAttached } from "./input.ts";
 * import { JdtTypeError } from "./errors.ts";
 * import assert from "node:assert/strict";
 * const buffer = new ArrayBuffer(8);
 * const p = {
 *   B: 1, C: 2, N: 1, pred: new Float32Array(buffer), activation: "softmax",
 *   labels: new Uint8Array(1), soft: false, keepMask: null,
 * } as unknown as Parameters<typeof checkProblemAttached>[0];
 * checkProblemAttached(p); // attached: nothing thrown
 * structuredClone(buffer, { transfer: [buffer] }); // detaches it
 * assert.throws(() => checkProblemAttached(p), JdtTypeError);
 * ```
 */
export function checkProblemAttached(
  p: Problem,
  what = "loss",
  pred = p.predArgument ?? predArgumentOf(p.activation),
): void {
  const all = p.B * p.C * p.N, pixels = p.B * p.N;
  // A GPUBuffer input leaves an empty placeholder: nothing to check there.
  checkStillHeld(what, [
    [pred, p.pred, p.gpu?.pred ? 0 : all],
    ["input.labels", p.labels, p.gpu?.labels ? 0 : p.soft ? all : pixels],
    ["input.keepMask", p.keepMask, pixels],
    ["input.gradInto", p.gradInto, all],
  ]);
}

/**
 * Throws a typed error naming the first array that no longer holds its
 * length: its buffer was transferred (detached) or shrunk during a call.
 *
 * @param what What is being computed, for error messages.
 * @param arrays `[argument, array, length]` each; absent arrays and length 0 are skipped.
 */
export function checkStillHeld(
  what: string,
  arrays: readonly [string, ArrayLike<number> | null | undefined, number][],
): void {
  for (const [name, a, length] of arrays) {
    if (!a || length === 0) continue;
    if (a.length !== length) {
      throw typeError(
        what,
        name,
        `was detached (its buffer transferred) or resized during the call: it holds ${a.length} values, not ${length}`,
      );
    }
  }
}
