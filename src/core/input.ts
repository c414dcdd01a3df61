/**
 * Validation of a loss input's shapes, lengths and types into the `Problem`
 * every backend consumes: the one place where every input (not option) error
 * message of the loss is written. Values of large arrays are checked by the
 * backends' first pass (see `data_check.ts`).
 *
 * @module
 */

import { rangeError, typeError } from "./errors.ts";
import type { ResolvedLossOptions } from "./options.ts";
import type { GpuResidency, Problem } from "./problem.ts";
import type { HardLabels, LabelFormat, Layout, LossInput } from "./types.ts";

/** Whether two typed arrays share bytes of the same buffer. */
function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength &&
    b.byteOffset < a.byteOffset + a.byteLength;
}

const HARD_LABEL_TYPES = "Uint8Array, Uint16Array or Int32Array";

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
      `must have at least 2 dimensions ([B, C, ...spatial]), got [${
        shape.join(", ")
      }]`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d <= 0) {
      throw rangeError(
        what,
        "input.shape",
        `must hold positive integers, got [${shape.join(", ")}]`,
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
  const count = soft ? s.B * s.C * s.N : s.B * s.N;
  const bytes = count * LABEL_FORMATS[format];
  checkGpuBuffer(what, "input.labels", labels, bytes, opts);
  return { host: labelPlaceholder(format), soft, gpu: labels };
}

function checkLabels(
  what: string,
  input: LossInput,
  s: Sizes,
  opts: ResolvedLossOptions,
): CheckedLabels {
  const labels = input.labels;
  if (isGpuBuffer(labels)) return checkGpuLabels(what, input, labels, s, opts);
  const { B, C, N } = s;
  if (labels instanceof Float32Array) {
    if (labels.length !== B * C * N) {
      throw rangeError(
        what,
        "input.labels",
        `(soft, Float32Array) length (${labels.length}) must equal the prediction's (${
          B * C * N
        })`,
      );
    }
    return { host: labels, soft: true, gpu: null };
  }
  if (
    labels instanceof Uint8Array || labels instanceof Uint16Array ||
    labels instanceof Int32Array
  ) {
    if (labels.length !== B * N) {
      throw rangeError(
        what,
        "input.labels",
        `(hard) length (${labels.length}) must equal B×N (${B}×${N} = ${
          B * N
        })`,
      );
    }
    return { host: labels, soft: false, gpu: null };
  }
  throw typeError(
    what,
    "input.labels",
    `must be a ${HARD_LABEL_TYPES} (hard), a Float32Array (soft) or a GPUBuffer`,
  );
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
  const inputs = [["prediction", pred], ["labels", input.labels]] as const;
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
  const gradInto = checkGradInto(what, input, sizes, opts, pred.host);
  checkClassOptions(what, opts, sizes.C, labels.soft);
  const mode = labels.soft
    ? opts.activeClassesModeSoft
    : opts.activeClassesModeHard;
  const problem: Problem = {
    ...sizes,
    pred: pred.host,
    activation: pred.name === "input.logits" ? opts.activation : "none",
    temperature: opts.temperature,
    layout: opts.layout,
    labels: labels.host,
    soft: labels.soft,
    ignoreIndex: labels.soft ? null : opts.ignoreIndex,
    keepMask,
    norm: opts.norm,
    needMaxX: mode === "PROB" || mode === "BOTH",
  };
  if (gradInto !== undefined) problem.gradInto = gradInto;
  const gpu = gpuResidency(what, opts, pred, labels);
  const gradBuffer = checkGradBuffer(what, input, sizes, opts, forEncode);
  if (gpu !== undefined) problem.gpu = { ...gpu, gradBuffer };
  return problem;
}
