/**
 * Defaults and validation of loss options and inputs: the one place where
 * every input error message of the loss is written.
 *
 * @module
 */

import { type JdtRangeError, rangeError, typeError } from "./errors.ts";
import type { GpuResidency, Problem } from "./problem.ts";
import type {
  ActiveClassesMode,
  HardLabels,
  LabelFormat,
  Layout,
  LossInput,
  LossOptions,
} from "./types.ts";

/** Options with every default filled in and every value checked. */
export interface ResolvedLossOptions
  extends Required<Omit<LossOptions, "classWeights">> {
  /** One weight per class, or null. */
  classWeights: Float64Array | null;
}

/** The defaults of SPEC section 3 and of the library's extensions. */
export const LOSS_DEFAULTS: Readonly<ResolvedLossOptions> = Object.freeze({
  mIoUD: 1,
  mIoUI: 0,
  mIoUC: 0,
  alpha: 1,
  beta: 1,
  gamma: 1,
  smooth: 1e-3,
  threshold: 0.01,
  norm: 1,
  logLoss: false,
  ignoreIndex: null,
  classWeights: null,
  activeClassesModeHard: "PRESENT",
  activeClassesModeSoft: "ALL",
  backend: "auto",
  grad: true,
  activation: "softmax",
  temperature: 1,
  layout: "channels-first",
  reduction: "mean",
  device: null,
  gradOutput: "cpu",
});

const MODES = ["ALL", "PRESENT", "LABEL", "PROB", "BOTH"];
const BACKENDS = ["auto", "js", "wasm", "webgpu"];

function number(
  what: string,
  name: string,
  v: unknown,
  min: number,
  minLabel: string,
): number {
  if (typeof v !== "number") {
    throw typeError(
      what,
      `options.${name}`,
      `must be a number, got ${typeof v}`,
    );
  }
  if (!Number.isFinite(v) || v < min) {
    throw rangeError(what, `options.${name}`, `must be ${minLabel}, got ${v}`);
  }
  return v;
}

function oneOf<T extends string>(
  what: string,
  name: string,
  v: unknown,
  allowed: readonly string[],
): T {
  if (typeof v !== "string" || !allowed.includes(v)) {
    throw typeError(
      what,
      `options.${name}`,
      `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${
        JSON.stringify(v)
      }`,
    );
  }
  return v as T;
}

function activeMode(what: string, name: string, v: unknown): ActiveClassesMode {
  if (Array.isArray(v)) {
    for (const c of v) {
      if (!Number.isInteger(c) || c < 0) {
        throw rangeError(
          what,
          `options.${name}`,
          `must list nonnegative integer class indices, got ${c}`,
        );
      }
    }
    return v.slice();
  }
  return oneOf(what, name, v, MODES) as ActiveClassesMode;
}

/**
 * Checks an `ignoreIndex` option: an integer, or null / absent for none.
 *
 * @param what What is being computed, for error messages.
 * @param value The option's value.
 * @returns The index, or null.
 */
export function ignoreIndexOption(what: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value)) {
    throw typeError(
      what,
      "options.ignoreIndex",
      `must be an integer or null, got ${value}`,
    );
  }
  return value as number;
}

/**
 * Fills in defaults and checks every option; unknown names are an error so a
 * typo such as `ignore_index` is never silently ignored.
 *
 * @param options The caller's options.
 * @param what What is being computed, for error messages ("loss").
 * @param extraKeys Further option names the caller accepts.
 * @returns The resolved options.
 */
export function resolveLossOptions(
  options: LossOptions | undefined,
  what = "loss",
  extraKeys: readonly string[] = [],
): ResolvedLossOptions {
  if (options === undefined || options === null) return { ...LOSS_DEFAULTS };
  if (typeof options !== "object") {
    throw typeError(
      what,
      "options",
      `must be an object, got ${typeof options}`,
    );
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(key in LOSS_DEFAULTS) && !extraKeys.includes(key)) {
      throw typeError(
        what,
        `options.${key}`,
        `is not a known option (known: ${
          Object.keys(LOSS_DEFAULTS).join(", ")
        })`,
      );
    }
  }
  const r: ResolvedLossOptions = { ...LOSS_DEFAULTS };
  const has = (k: string) => o[k] !== undefined;
  for (const k of ["mIoUD", "mIoUI", "mIoUC", "alpha", "beta"] as const) {
    if (has(k)) r[k] = number(what, k, o[k], 0, ">= 0");
  }
  if (has("smooth")) r.smooth = number(what, "smooth", o.smooth, 0, ">= 0");
  if (has("threshold")) {
    r.threshold = number(what, "threshold", o.threshold, 0, ">= 0");
  }
  if (has("gamma")) r.gamma = number(what, "gamma", o.gamma, 1, ">= 1");
  if (has("norm")) {
    if (o.norm !== 1 && o.norm !== 2) {
      throw rangeError(what, "options.norm", `must be 1 or 2, got ${o.norm}`);
    }
    r.norm = o.norm;
  }
  if (has("logLoss")) {
    if (typeof o.logLoss !== "boolean") {
      throw typeError(what, "options.logLoss", "must be a boolean");
    }
    r.logLoss = o.logLoss;
  }
  if (r.logLoss && r.smooth === 0) {
    throw rangeError(
      what,
      "options.smooth",
      "must be > 0 with logLoss (a group with tp = 0 would have an infinite loss)",
    );
  }
  r.ignoreIndex = ignoreIndexOption(what, o.ignoreIndex);
  if (o.classWeights !== undefined && o.classWeights !== null) {
    const w = o.classWeights;
    if (
      !Array.isArray(w) && !(w instanceof Float64Array) &&
      !(w instanceof Float32Array)
    ) {
      throw typeError(
        what,
        "options.classWeights",
        "must be an array of numbers",
      );
    }
    const weights = Float64Array.from(w as ArrayLike<number>);
    for (const x of weights) {
      if (!Number.isFinite(x) || x < 0) {
        throw rangeError(
          what,
          "options.classWeights",
          `must hold finite numbers >= 0, got ${x}`,
        );
      }
    }
    r.classWeights = weights;
  }
  if (has("activeClassesModeHard")) {
    r.activeClassesModeHard = activeMode(
      what,
      "activeClassesModeHard",
      o.activeClassesModeHard,
    );
  }
  if (has("activeClassesModeSoft")) {
    r.activeClassesModeSoft = activeMode(
      what,
      "activeClassesModeSoft",
      o.activeClassesModeSoft,
    );
  }
  if (has("backend")) r.backend = oneOf(what, "backend", o.backend, BACKENDS);
  if (has("grad")) {
    if (typeof o.grad !== "boolean") {
      throw typeError(what, "options.grad", "must be a boolean");
    }
    r.grad = o.grad;
  }
  if (has("activation")) {
    r.activation = oneOf(what, "activation", o.activation, [
      "softmax",
      "sigmoid",
      "none",
    ]);
  }
  if (has("temperature")) {
    const t = number(what, "temperature", o.temperature, 0, "> 0");
    if (t === 0) {
      throw rangeError(what, "options.temperature", "must be > 0, got 0");
    }
    r.temperature = t;
  }
  if (has("layout")) {
    r.layout = oneOf(what, "layout", o.layout, [
      "channels-first",
      "channels-last",
    ]);
  }
  if (has("reduction")) {
    r.reduction = oneOf(what, "reduction", o.reduction, ["mean", "none"]);
  }
  if (o.device !== undefined && o.device !== null) {
    if (typeof GPUDevice === "undefined" || !(o.device instanceof GPUDevice)) {
      throw typeError(what, "options.device", "must be a GPUDevice or null");
    }
    r.device = o.device;
  }
  if (has("gradOutput")) {
    r.gradOutput = oneOf(what, "gradOutput", o.gradOutput, ["cpu", "gpu"]);
  }
  return r;
}

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

function shapeSizes(
  what: string,
  shape: readonly number[],
  layout: Layout,
): { B: number; C: number; N: number } {
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

/**
 * Checks shapes, lengths and types of a loss input (not the values of large
 * arrays: see {@link findInvalidData}) and builds the backend problem.
 *
 * @param input The caller's input.
 * @param opts Resolved options.
 * @param what What is being computed, for error messages.
 * @returns The normalised problem.
 */
export function toProblem(
  input: LossInput,
  opts: ResolvedLossOptions,
  what = "loss",
): Problem {
  if (input === null || typeof input !== "object") {
    throw typeError(
      what,
      "input",
      "must be an object { logits | probs, shape, labels }",
    );
  }
  const { logits, probs, labels, keepMask } = input;
  if ((logits === undefined) === (probs === undefined)) {
    throw typeError(
      what,
      "input.logits",
      "or input.probs must be given, exactly one of the two",
    );
  }
  const predName = logits !== undefined ? "input.logits" : "input.probs";
  let pred = (logits ?? probs) as unknown;
  const { B, C, N } = shapeSizes(what, input.shape, opts.layout);
  let gpuPred: GPUBuffer | null = null;
  if (isGpuBuffer(pred)) {
    checkGpuBuffer(what, predName, pred, B * C * N * 4, opts);
    gpuPred = pred;
    pred = new Float32Array(0);
  } else if (!(pred instanceof Float32Array)) {
    throw typeError(what, predName, "must be a Float32Array or a GPUBuffer");
  } else if (pred.length !== B * C * N) {
    throw rangeError(
      what,
      predName,
      `length (${pred.length}) must equal the product of shape [${
        input.shape.join(", ")
      }] (${B * C * N})`,
    );
  }
  let soft: boolean;
  let gpuLabels: GPUBuffer | null = null;
  let hostLabels: unknown = labels;
  if (isGpuBuffer(labels)) {
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
    soft = format === "float32";
    checkGpuBuffer(
      what,
      "input.labels",
      labels,
      (soft ? B * C * N : B * N) * LABEL_FORMATS[format],
      opts,
    );
    gpuLabels = labels;
    hostLabels = labelPlaceholder(format);
  } else if (labels instanceof Float32Array) {
    soft = true;
    if (labels.length !== B * C * N) {
      throw rangeError(
        what,
        "input.labels",
        `(soft, Float32Array) length (${labels.length}) must equal the prediction's (${
          B * C * N
        })`,
      );
    }
  } else if (
    labels instanceof Uint8Array || labels instanceof Uint16Array ||
    labels instanceof Int32Array
  ) {
    soft = false;
    if (labels.length !== B * N) {
      throw rangeError(
        what,
        "input.labels",
        `(hard) length (${labels.length}) must equal B×N (${B}×${N} = ${
          B * N
        })`,
      );
    }
  } else {
    throw typeError(
      what,
      "input.labels",
      `must be a ${HARD_LABEL_TYPES} (hard), a Float32Array (soft) or a GPUBuffer`,
    );
  }
  if (keepMask !== undefined && keepMask !== null) {
    if (!(keepMask instanceof Uint8Array)) {
      throw typeError(what, "input.keepMask", "must be a Uint8Array");
    }
    if (keepMask.length !== B * N) {
      throw rangeError(
        what,
        "input.keepMask",
        `length (${keepMask.length}) must equal B×N (${B}×${N} = ${B * N})`,
      );
    }
  }
  const gradInto = input.gradInto;
  if (gradInto !== undefined) {
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
    if (gradInto.length !== B * C * N) {
      throw rangeError(
        what,
        "input.gradInto",
        `length (${gradInto.length}) must equal the prediction's (${
          B * C * N
        })`,
      );
    }
    for (
      const [name, a] of [["prediction", pred], ["labels", labels]] as const
    ) {
      if (ArrayBuffer.isView(a) && overlaps(gradInto, a)) {
        throw rangeError(
          what,
          "input.gradInto",
          `must not share memory with the ${name}`,
        );
      }
    }
  }
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
  const problem: Problem = {
    B,
    C,
    N,
    pred: pred as Float32Array,
    activation: logits !== undefined ? opts.activation : "none",
    temperature: opts.temperature,
    layout: opts.layout,
    labels: hostLabels as HardLabels | Float32Array,
    soft,
    ignoreIndex: soft ? null : opts.ignoreIndex,
    keepMask: keepMask ?? null,
    norm: opts.norm,
    needMaxX: mode === "PROB" || mode === "BOTH",
  };
  if (gradInto !== undefined) problem.gradInto = gradInto;
  const gradToGpu = opts.gradOutput === "gpu";
  if (gradToGpu && opts.device === null) {
    throw typeError(
      what,
      "options.device",
      'must be given with gradOutput "gpu" (the device that will own the gradient)',
    );
  }
  if (gpuPred !== null || gpuLabels !== null || gradToGpu) {
    const gpu: GpuResidency = { pred: gpuPred, labels: gpuLabels, gradToGpu };
    problem.gpu = gpu;
  }
  return problem;
}

/**
 * The error for invalid data found by a GPU pass in a `GPUBuffer` input, which
 * {@link findInvalidData} cannot read.
 *
 * @param p The problem.
 * @param which `"pred"` or `"labels"`: the argument at fault.
 * @param what What is being computed, for error messages.
 * @returns The error to throw.
 */
export function invalidResidentData(
  p: Problem,
  which: "pred" | "labels",
  what = "loss",
): JdtRangeError {
  if (which === "pred") {
    return p.activation === "none"
      ? rangeError(
        what,
        "input.probs",
        "(GPUBuffer) holds a value outside [0, 1] or NaN",
      )
      : rangeError(
        what,
        "input.logits",
        "(GPUBuffer) holds a non-finite value",
      );
  }
  return p.soft
    ? rangeError(
      what,
      "input.labels",
      "(GPUBuffer, soft) holds a value outside [0, 1] or NaN",
    )
    : rangeError(
      what,
      "input.labels",
      `(GPUBuffer) holds a class id outside [0, ${p.C})${
        p.ignoreIndex === null
          ? ""
          : ` that is not ignoreIndex (${p.ignoreIndex})`
      }`,
    );
}

/**
 * Scans the values of a problem's arrays and throws a typed error at the first
 * invalid one: non-finite logits, probabilities or soft labels outside [0, 1],
 * hard labels outside [0, C) that are not `ignoreIndex`. Backends check in
 * their first pass and call this only to name the fault.
 *
 * @param p The problem.
 * @param what What is being computed, for error messages.
 */
export function findInvalidData(p: Problem, what = "loss"): void {
  const pred = p.pred;
  if (p.activation === "none") {
    for (let i = 0; i < pred.length; i++) {
      const v = pred[i];
      if (!(v >= 0 && v <= 1)) {
        throw rangeError(
          what,
          "input.probs",
          `must lie in [0, 1], got ${v} at index ${i}`,
        );
      }
    }
  } else {
    for (let i = 0; i < pred.length; i++) {
      const v = pred[i];
      if (!Number.isFinite(v)) {
        throw rangeError(
          what,
          "input.logits",
          `must be finite, got ${v} at index ${i}`,
        );
      }
    }
  }
  const labels = p.labels;
  if (p.soft) {
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i];
      if (!(v >= 0 && v <= 1)) {
        throw rangeError(
          what,
          "input.labels",
          `(soft) must lie in [0, 1], got ${v} at index ${i}`,
        );
      }
    }
  } else {
    const C = p.C, ig = p.ignoreIndex;
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i];
      if ((v < 0 || v >= C) && v !== ig) {
        throw rangeError(
          what,
          "input.labels",
          `must hold class ids in [0, ${C})${
            ig === null ? "" : ` or ignoreIndex (${ig})`
          }, got ${v} at index ${i}`,
        );
      }
    }
  }
}
