/**
 * Options of the scoring metrics: their defaults and validation.
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import { ownOptions } from "../core/options.ts";
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
  /** Label value of pixels to drop. Default none. */
  ignoreIndex?: number | null;
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

/** A calibration flag: on, off, or on while every batch has probabilities. */
export type Calib = boolean | "auto";

/** Metrics options with every default filled in and every value checked. */
export interface ResolvedMetricsOptions {
  numClasses: number;
  ignoreIndex: number | null;
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

const OPTION_KEYS = [
  "numClasses",
  "ignoreIndex",
  "binary",
  "q",
  "numBins",
  "accuracyD",
  "accuracyI",
  "accuracyC",
  "ECED",
  "ECEI",
  "SCED",
  "SCEI",
  "layout",
  "units",
  "confusionMatrix",
  "backend",
  "device",
];
/** The calibration metrics, whose default depends on the batches added. */
export const CALIB = ["ECED", "ECEI", "SCED", "SCEI"] as const;

function flag(o: Record<string, unknown>, k: string, dflt: boolean): boolean {
  const v = o[k];
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") {
    throw typeError(
      "metrics",
      `options.${k}`,
      `must be a boolean, got ${show(v)}`,
    );
  }
  return v;
}

/** A string option: one of `allowed`, the first by default. */
function oneOf(
  o: Record<string, unknown>,
  k: string,
  allowed: readonly string[],
): string {
  const v = o[k] ?? allowed[0];
  if (typeof v !== "string" || !allowed.includes(v)) {
    throw typeError(
      "metrics",
      `options.${k}`,
      `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${
        JSON.stringify(v)
      }`,
    );
  }
  return v;
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
  const o = ownOptions("metrics", options);
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.includes(k)) {
      throw typeError(
        "metrics",
        `options.${k}`,
        `is not an option (expected one of ${OPTION_KEYS.join(", ")})`,
      );
    }
  }
  const C = o.numClasses;
  if (typeof C !== "number" || !Number.isInteger(C) || C < 1 || C > 65536) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be an integer in [1, 65536], got ${show(C)}`,
    );
  }
  const ig = o.ignoreIndex ?? null;
  if (ig !== null && (typeof ig !== "number" || !Number.isInteger(ig))) {
    throw typeError(
      "metrics",
      "options.ignoreIndex",
      `must be an integer, got ${show(ig)}`,
    );
  }
  const binary = flag(o, "binary", false);
  if (binary && C !== 2) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be 2 with binary, got ${C}`,
    );
  }
  const q = o.q ?? 1;
  if (typeof q !== "number" || !(q > 0 && q <= 100)) {
    throw rangeError(
      "metrics",
      "options.q",
      `must be a number in (0, 100], got ${show(q)}`,
    );
  }
  const nb = o.numBins ?? 10;
  if (typeof nb !== "number" || !Number.isInteger(nb) || nb < 1 || nb > 1e4) {
    throw rangeError(
      "metrics",
      "options.numBins",
      `must be an integer in [1, 10000], got ${show(nb)}`,
    );
  }
  const layout = oneOf(o, "layout", ["channels-first", "channels-last"]);
  const units = oneOf(o, "units", ["reference", "fraction"]);
  const confusionMatrix = flag(o, "confusionMatrix", false);
  if (confusionMatrix && C > CONFUSION_MAX_CLASSES) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be at most ${CONFUSION_MAX_CLASSES} with confusionMatrix, got ${C}`,
    );
  }
  const backend = o.backend ?? "auto";
  if (
    typeof backend !== "string" ||
    !["auto", "js", "wasm", "webgpu"].includes(backend)
  ) {
    throw typeError(
      "metrics",
      "options.backend",
      `must be one of "auto", "js", "wasm", "webgpu", got ${show(backend)}`,
    );
  }
  if (
    backend === "webgpu" &&
    (typeof navigator === "undefined" || !("gpu" in navigator))
  ) {
    throw rangeError(
      "metrics",
      "options.backend",
      `"webgpu" needs WebGPU (navigator.gpu), which this runtime does not have`,
    );
  }
  const device = o.device ?? null;
  if (device !== null && typeof device !== "object") {
    throw typeError(
      "metrics",
      "options.device",
      `must be a GPUDevice, got ${show(device)}`,
    );
  }
  const calib = (k: string): Calib =>
    o[k] === undefined ? "auto" : flag(o, k, true);
  return {
    numClasses: C,
    ignoreIndex: ig as number | null,
    binary,
    q,
    numBins: nb,
    accuracyD: flag(o, "accuracyD", true),
    accuracyI: flag(o, "accuracyI", true),
    accuracyC: flag(o, "accuracyC", true),
    ECED: calib("ECED"),
    ECEI: calib("ECEI"),
    SCED: calib("SCED"),
    SCEI: calib("SCEI"),
    layout: layout as Layout,
    units: units as MetricUnits,
    confusionMatrix,
    backend: backend as BackendChoice,
    device: device as GPUDevice | null,
  };
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
