/**
 * Defaults and validation of loss options: the one place where every option
 * error message of the loss is written.
 *
 * @module
 */

import { rangeError, show, typeError } from "./errors.ts";
import {
  checkChoice,
  checkNumber,
  type OptionSchema,
  resolveOptions,
  schemaDefaults,
} from "./option_schema.ts";
import type { ActiveClassesMode, LossOptions } from "./types.ts";

/** Options with every default filled in and every value checked. */
export interface ResolvedLossOptions
  extends Required<Omit<LossOptions, "classWeights">> {
  /** One weight per class, or null. */
  classWeights: Float64Array | null;
}

const MODES = ["ALL", "PRESENT", "LABEL", "PROB", "BOTH"];

/**
 * The smallest and largest temperature: `T` and `1/T` are then both normal
 * float32 numbers, so every backend (float32 on wasm and webgpu) can scale
 * logits by `1/T` without overflow.
 */
export const TEMPERATURE_MIN = 2 ** -126;
/** See {@link TEMPERATURE_MIN}. */
export const TEMPERATURE_MAX = 2 ** 126;

export { ownOptions } from "./option_schema.ts";

function activeMode(name: string) {
  return (what: string, v: unknown): ActiveClassesMode => {
    if (!Array.isArray(v)) return checkChoice(what, name, v, MODES);
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
  };
}

function classWeights(what: string, w: unknown): Float64Array | null {
  if (w === null) return null;
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
  const weights = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const x: unknown = w[i];
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
  const t = checkNumber(what, "temperature", v, {
    kind: "number",
    default: 1,
    min: 0,
    minOpen: true,
  });
  if (t < TEMPERATURE_MIN || t > TEMPERATURE_MAX) {
    throw rangeError(
      what,
      "options.temperature",
      `must lie in [2^-126, 2^126] (about 1.2e-38 to 8.5e37, so that T and 1/T are normal float32 numbers), got ${t}`,
    );
  }
  return t;
}

function norm(what: string, v: unknown): 1 | 2 {
  if (v !== 1 && v !== 2) {
    throw rangeError(what, "options.norm", `must be 1 or 2, got ${show(v)}`);
  }
  return v;
}

function device(what: string, v: unknown): GPUDevice | null {
  if (v === null) return null;
  if (typeof GPUDevice === "undefined" || !(v instanceof GPUDevice)) {
    throw typeError(what, "options.device", "must be a GPUDevice or null");
  }
  return v;
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

/** The `ignoreIndex` option of every schema: an integer, or null for none. */
export const IGNORE_INDEX_OPTION = {
  kind: "custom",
  default: null,
  check: ignoreIndexOption,
} as const;

/** The backends a caller may choose. */
export const BACKEND_CHOICES = ["auto", "js", "wasm", "webgpu"] as const;

const atLeast = (min: number, dflt: number) =>
  ({ kind: "number", default: dflt, min }) as const;

/**
 * Every loss option: kind, range or choices, and the default of docs/spec.md
 * §3 or of the library's extensions.
 */
export const LOSS_OPTIONS: OptionSchema = {
  mIoUD: atLeast(0, 1),
  mIoUI: atLeast(0, 0),
  mIoUC: atLeast(0, 0),
  alpha: atLeast(0, 1),
  beta: atLeast(0, 1),
  gamma: atLeast(1, 1),
  smooth: atLeast(0, 1e-3),
  threshold: atLeast(0, 0.01),
  norm: { kind: "custom", default: 1, check: norm },
  logLoss: { kind: "boolean", default: false },
  ignoreIndex: IGNORE_INDEX_OPTION,
  labelKind: {
    kind: "choice",
    choices: ["auto", "ids", "one-hot", "masks", "soft"],
    default: "auto",
  },
  classWeights: { kind: "custom", default: null, check: classWeights },
  activeClassesModeHard: {
    kind: "custom",
    default: "PRESENT",
    check: activeMode("activeClassesModeHard"),
  },
  activeClassesModeSoft: {
    kind: "custom",
    default: "ALL",
    check: activeMode("activeClassesModeSoft"),
  },
  backend: { kind: "choice", choices: BACKEND_CHOICES, default: "auto" },
  grad: { kind: "boolean", default: true },
  activation: {
    kind: "choice",
    choices: ["softmax", "sigmoid", "none"],
    default: "softmax",
  },
  temperature: { kind: "custom", default: 1, check: temperature },
  layout: {
    kind: "choice",
    choices: ["channels-first", "channels-last"],
    default: "channels-first",
  },
  reduction: { kind: "choice", choices: ["mean", "none"], default: "mean" },
  device: { kind: "custom", default: null, check: device },
  gradOutput: { kind: "choice", choices: ["cpu", "gpu"], default: "cpu" },
};

/** The defaults of docs/spec.md §3 and of the library's extensions. */
export const LOSS_DEFAULTS: Readonly<ResolvedLossOptions> = Object.freeze(
  schemaDefaults(LOSS_OPTIONS) as unknown as ResolvedLossOptions,
);

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
  const all = resolveOptions(what, options, LOSS_OPTIONS, extraKeys);
  for (const k of extraKeys) delete all[k];
  const r = all as unknown as ResolvedLossOptions;
  if (r.logLoss && r.smooth === 0) {
    throw rangeError(
      what,
      "options.smooth",
      "must be > 0 with logLoss (a group with tp = 0 would have an infinite loss)",
    );
  }
  return r;
}
