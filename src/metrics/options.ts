/**
 * Options of the scoring metrics: their defaults and validation.
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import { BACKEND_CHOICES } from "../core/options.ts";
import {
  classListOption,
  EMPTY_CHOICES,
  type EmptyClassScore,
  ignoreValuesOption,
  scoredClasses,
} from "./class_options.ts";
import {
  checkBoolean,
  type OptionSchema,
  resolveOptions,
} from "../core/option_schema.ts";
import type { BackendChoice, Layout } from "../core/types.ts";

/**
 * Units of the metric values: `"reference"` (the reference's: accuracy
 * metrics and ECE in percent, SCE in permille) or `"fraction"` (every value
 * in [0, 1], as torchmetrics reports them).
 */
export type MetricUnits = "reference" | "fraction";

/** Largest number of classes with `confusionMatrix` (C² float64 counts). */
export const CONFUSION_MAX_CLASSES = 1024;

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /** Number of classes C (at least 1; exactly 2 with `binary`). */
  numClasses: number;
  /**
   * Label value of pixels to drop, or several (`[0, 255]`). Default none.
   * Only the dropped values may lie outside [0, numClasses).
   */
  ignoreIndex?: number | readonly number[] | null;
  /**
   * The classes the per-class means (`mIoUD`, `mDiceI`, ...) average over.
   * Default null: every class. `Acc`, calibration and `perClass()` are not
   * affected.
   */
  classes?: readonly number[] | null;
  /** Keep class 0 in the per-class means. Default true (false: MONAI `include_background=False`). */
  includeBackground?: boolean;
  /** What a class with no labelled pixel scores (see {@link EmptyClassScore}). Default `"reference"`. */
  empty?: EmptyClassScore;
  /**
   * Binary mode of the accuracy metrics: the D metrics use class 1 only, and an
   * image's I value is its class-1 value, or 1 when its label and prediction
   * together hold a single class. Default false.
   */
  binary?: boolean;
  /** Percentage of worst images / entries of the `…I<q>` and `…C<q>` keys, in (0, 100]. Default 1. */
  q?: number;
  /** Number of equal-width calibration bins. Default 10. */
  numBins?: number;
  /** Dataset-level accuracy metrics (`Acc`, `mAccD`, `mIoUD`, `mDiceD`). Default true. */
  accuracyD?: boolean;
  /** Image-level accuracy metrics (`mAccI`, `mIoUI`, ... and worst cases). Default true. */
  accuracyI?: boolean;
  /** Class-level accuracy metrics (`mAccC`, `mIoUC`, ... and worst cases). Default true. */
  accuracyC?: boolean;
  /** Dataset-level ECE. Default: when every batch came with probabilities. */
  ECED?: boolean;
  /** Image-level ECE. Default: when every batch came with probabilities. */
  ECEI?: boolean;
  /** Dataset-level SCE. Default: when every batch came with probabilities. */
  SCED?: boolean;
  /** Image-level SCE. Default: when every batch came with probabilities. */
  SCEI?: boolean;
  /**
   * Layout of `probs`: `"channels-first"` (`[B, C, ...spatial]`, the default)
   * or `"channels-last"` (`[B, ...spatial, C]`, copied to channels-first
   * before counting).
   */
  layout?: Layout;
  /**
   * Units of `value()` and `perClass()`: `"reference"` (default; percent, SCE
   * in permille) or `"fraction"` (every value in [0, 1]).
   */
  units?: MetricUnits;
  /**
   * Count the confusion matrix of the hard predictions (argmax of `probs`, or
   * `pred`), read with `confusionMatrix()`. Needs numClasses <= 1024. Default false.
   */
  confusionMatrix?: boolean;
  /**
   * Backend of the counting pass of probabilities. Default `"auto"`: with
   * {@link SegmentationMetrics.addAsync}, webgpu for batches of at least 2^23
   * values on a hardware adapter; else wasm, at every size (the loss's rule,
   * src/choose/backend.ts).
   * `"webgpu"` counts probabilities only in `addAsync` (`add` refuses them).
   */
  backend?: BackendChoice;
  /**
   * A WebGPU device of the caller for the webgpu counting pass (never
   * destroyed by the library). Default: the library's lazy default device.
   */
  device?: GPUDevice | null;
}

export type { EmptyClassScore } from "./class_options.ts";

/** A calibration flag: on, off, or on while every batch has probabilities. */
export type Calib = boolean | "auto";

/** Metrics options with every default filled in and every value checked. */
export interface ResolvedMetricsOptions {
  numClasses: number;
  ignoreIndex: number | number[] | null;
  classes: number[] | null;
  includeBackground: boolean;
  empty: EmptyClassScore;
  binary: boolean;
  q: number;
  numBins: number;
  accuracyD: boolean;
  accuracyI: boolean;
  accuracyC: boolean;
  ECED: Calib;
  ECEI: Calib;
  SCED: Calib;
  SCEI: Calib;
  layout: Layout;
  units: MetricUnits;
  confusionMatrix: boolean;
  backend: BackendChoice;
  device: GPUDevice | null;
}

/** The calibration metrics, whose default depends on the batches added. */
export const CALIB = ["ECED", "ECEI", "SCED", "SCEI"] as const;

/** A calibration flag: a boolean, or absent for "auto". */
function calibOption(name: string) {
  return {
    kind: "custom",
    default: "auto",
    check: (what: string, v: unknown): Calib => checkBoolean(what, name, v),
  } as const;
}

function deviceOption(what: string, v: unknown): GPUDevice | null {
  if (v === null) return null;
  if (typeof v !== "object") {
    throw typeError(
      what,
      "options.device",
      `must be a GPUDevice, got ${show(v)}`,
    );
  }
  return v as GPUDevice;
}

/** Every metrics option: kind, range or choices, and default. */
export const METRICS_OPTIONS: OptionSchema = {
  numClasses: {
    kind: "number",
    default: null,
    integer: true,
    min: 1,
    max: 65536,
    wrongType: "range",
    required: true,
  },
  ignoreIndex: { kind: "custom", default: null, check: ignoreValuesOption },
  classes: { kind: "custom", default: null, check: classListOption },
  includeBackground: { kind: "boolean", default: true },
  empty: {
    kind: "choice",
    choices: EMPTY_CHOICES,
    default: "reference",
    nullAsDefault: true,
  },
  binary: { kind: "boolean", default: false },
  q: {
    kind: "number",
    default: 1,
    min: 0,
    minOpen: true,
    max: 100,
    wrongType: "range",
    nullAsDefault: true,
  },
  numBins: {
    kind: "number",
    default: 10,
    integer: true,
    min: 1,
    max: 10000,
    wrongType: "range",
    nullAsDefault: true,
  },
  accuracyD: { kind: "boolean", default: true },
  accuracyI: { kind: "boolean", default: true },
  accuracyC: { kind: "boolean", default: true },
  ECED: calibOption("ECED"),
  ECEI: calibOption("ECEI"),
  SCED: calibOption("SCED"),
  SCEI: calibOption("SCEI"),
  layout: {
    kind: "choice",
    choices: ["channels-first", "channels-last"],
    default: "channels-first",
    nullAsDefault: true,
  },
  units: {
    kind: "choice",
    choices: ["reference", "fraction"],
    default: "reference",
    nullAsDefault: true,
  },
  confusionMatrix: { kind: "boolean", default: false },
  backend: {
    kind: "choice",
    choices: BACKEND_CHOICES,
    default: "auto",
    nullAsDefault: true,
  },
  device: { kind: "custom", default: null, check: deviceOption },
};

/** Checks the options that depend on each other. */
function checkTogether(r: ResolvedMetricsOptions): void {
  const C = r.numClasses;
  if (r.binary && C !== 2) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be 2 with binary, got ${C}`,
    );
  }
  if (
    r.binary &&
    (r.classes !== null || !r.includeBackground || r.empty !== "reference")
  ) {
    throw rangeError(
      "metrics",
      "options.binary",
      "scores class 1 by its own rules: leave classes, includeBackground and empty at their defaults",
    );
  }
  scoredClasses(r);
  if (r.confusionMatrix && C > CONFUSION_MAX_CLASSES) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be at most ${CONFUSION_MAX_CLASSES} with confusionMatrix, got ${C}`,
    );
  }
  if (
    r.backend === "webgpu" &&
    (typeof navigator === "undefined" || !("gpu" in navigator))
  ) {
    throw rangeError(
      "metrics",
      "options.backend",
      `"webgpu" needs WebGPU (navigator.gpu), which this runtime does not have`,
    );
  }
}

/**
 * Fills in defaults and checks every metrics option.
 *
 * @param options The caller's options.
 * @returns The resolved options.
 */
export function resolveMetricsOptions(
  options: MetricsOptions,
): ResolvedMetricsOptions {
  if (options === null || typeof options !== "object") {
    throw typeError("metrics", "options", "must be an object with numClasses");
  }
  const r = resolveOptions(
    "metrics",
    options,
    METRICS_OPTIONS,
  ) as unknown as ResolvedMetricsOptions;
  checkTogether(r);
  return r;
}

/**
 * The options that must agree for two accumulators to merge (all but the
 * backend and device).
 *
 * @param o Resolved options.
 * @returns The options, JSON-ready.
 */
export function publicOptions(
  o: ResolvedMetricsOptions,
): Record<string, unknown> {
  const { backend: _backend, device: _device, ...rest } = o;
  return rest;
}
