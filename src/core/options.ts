/**
 * Defaults and validation of loss options: the one place where every option
 * error message of the loss is written.
 *
 * @module
 */

import { rangeError, show, typeError } from "./errors.ts";
import type { ActiveClassesMode, LossOptions } from "./types.ts";

/** Options with every default filled in and every value checked. */
export interface ResolvedLossOptions
  extends Required<Omit<LossOptions, "classWeights">> {
  /** One weight per class, or null. */
  classWeights: Float64Array | null;
}

/** The defaults of docs/spec.md §3 and of the library's extensions. */
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
  labelKind: "auto",
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

/**
 * The smallest and largest temperature: `T` and `1/T` are then both normal
 * float32 numbers, so every backend (float32 on wasm and webgpu) can scale
 * logits by `1/T` without overflow.
 */
export const TEMPERATURE_MIN = 2 ** -126;
/** See {@link TEMPERATURE_MIN}. */
export const TEMPERATURE_MAX = 2 ** 126;

/**
 * The caller's options as a null-prototype copy of their own enumerable
 * properties: inherited properties are never read, and each getter runs once.
 *
 * @param what What is being computed, for error messages.
 * @param options The caller's options (absent: none).
 * @returns The copy.
 */
export function ownOptions(
  what: string,
  options: unknown,
): Record<string, unknown> {
  const o: Record<string, unknown> = Object.create(null);
  if (options === undefined || options === null) return o;
  if (typeof options !== "object") {
    throw typeError(what, "options", `must be an object, got ${show(options)}`);
  }
  for (const [k, v] of Object.entries(options)) o[k] = v;
  return o;
}
const BACKENDS = ["auto", "js", "wasm", "webgpu"];
const LABEL_KINDS = ["auto", "ids", "one-hot", "masks", "soft"];

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
      `must be a number, got ${show(v)}`,
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
        show(v)
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
          `must list nonnegative integer class indices, got ${show(c)}`,
        );
      }
    }
    return v.slice();
  }
  return oneOf(what, name, v, MODES) as ActiveClassesMode;
}

function classWeights(what: string, w: ArrayLike<unknown>): Float64Array {
  const weights = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (typeof x !== "number") {
      throw typeError(
        what,
        "options.classWeights",
        `must hold numbers, got ${show(x)} at index ${i}`,
      );
    }
    if (!Number.isFinite(x) || x < 0) {
      throw rangeError(
        what,
        "options.classWeights",
        `must hold finite numbers >= 0, got ${x} at index ${i}`,
      );
    }
    weights[i] = x;
  }
  return weights;
}

function temperature(what: string, v: unknown): number {
  const t = number(what, "temperature", v, 0, "> 0");
  if (t === 0) {
    throw rangeError(what, "options.temperature", "must be > 0, got 0");
  }
  if (t < TEMPERATURE_MIN || t > TEMPERATURE_MAX) {
    throw rangeError(
      what,
      "options.temperature",
      `must lie in [2^-126, 2^126] (about 1.2e-38 to 8.5e37, so that T and 1/T are normal float32 numbers), got ${t}`,
    );
  }
  return t;
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
      `must be an integer or null, got ${show(value)}`,
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
  const o = ownOptions(what, options);
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
      throw rangeError(
        what,
        "options.norm",
        `must be 1 or 2, got ${show(o.norm)}`,
      );
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
    r.classWeights = classWeights(what, w as ArrayLike<unknown>);
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
  if (has("labelKind")) {
    r.labelKind = oneOf(what, "labelKind", o.labelKind, LABEL_KINDS);
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
  if (has("temperature")) r.temperature = temperature(what, o.temperature);
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
