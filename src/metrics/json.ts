/**
 * The JSON form of a metrics accumulator, and its checked reading: shards
 * computed on other workers or machines combine through it.
 *
 * @module
 */

import { type BatchCounts, BIN_K } from "../core/counts.ts";
import { typeError } from "../core/errors.ts";
import {
  CALIB,
  type MetricsOptions,
  publicOptions,
  type ResolvedMetricsOptions,
} from "./options.ts";
import { FLOATS, ROWS, type Tally } from "./tally.ts";

/** Serialised accumulator, from `SegmentationMetrics.toJSON`. */
export interface MetricsJSON {
  /**
   * Format tag, `"jdt-metrics/1"`. Records written before the `layout`,
   * `units` and `confusionMatrix` options read back with their defaults.
   */
  format: "jdt-metrics/1";
  /** The resolved options (calibration flags: true, false or "auto"). */
  options: Record<string, unknown>;
  /** Whether a batch of predicted ids (no probabilities) was added. */
  predSeen: boolean;
  /** Kept pixels. */
  kept: number;
  /** Images with a kept pixel. */
  images: number;
  /** Per-class sums and arrays, each a plain number array. */
  arrays: Record<string, number[]>;
}

/**
 * A tally serialised as JSON.
 *
 * @param t The tally.
 * @param o Resolved options.
 * @param predSeen Whether a batch of predicted ids was added.
 * @returns The JSON-ready record.
 */
export function tallyToJSON(
  t: Tally,
  o: ResolvedMetricsOptions,
  predSeen: boolean,
): MetricsJSON {
  const arrays: Record<string, number[]> = {
    tp: Array.from(t.tp),
    pred: Array.from(t.pred),
    label: Array.from(t.label),
    present: Array.from(t.present),
    eceBins: Array.from(t.eceBins),
    sceBins: Array.from(t.sceBins),
  };
  for (const k of [...ROWS, ...FLOATS]) arrays[k] = Array.from(t.rows(k));
  if (t.confusion.length) arrays.confusion = Array.from(t.confusion);
  return {
    format: "jdt-metrics/1",
    options: publicOptions(o),
    predSeen,
    kept: t.kept,
    images: t.images,
    arrays,
  };
}

const bad = (why: string) => typeError("metrics", "json", why);

/**
 * The options of a serialised accumulator, checked as `createMetrics` checks
 * them.
 *
 * @param json The serialised accumulator.
 * @returns The options to create the accumulator with.
 */
export function optionsFromJSON(json: MetricsJSON): MetricsOptions {
  if (json === null || typeof json !== "object") {
    throw bad("must be an object");
  }
  if (json.format !== "jdt-metrics/1") {
    throw bad(`must have format "jdt-metrics/1", got ${json.format}`);
  }
  const opts = { ...json.options } as Record<string, unknown>;
  for (const k of CALIB) if (opts[k] === "auto") delete opts[k];
  return opts as unknown as MetricsOptions;
}

/**
 * The counts of a serialised accumulator, checked against its options.
 *
 * @param json The serialised accumulator.
 * @param o Its resolved options.
 * @returns The counts, to append to an empty tally.
 */
export function countsFromJSON(
  json: MetricsJSON,
  o: ResolvedMetricsOptions,
): BatchCounts {
  const a = json.arrays;
  if (a === null || typeof a !== "object") throw bad("must have arrays");
  const C = o.numClasses;
  const nb = o.numBins;
  const kept = json.kept;
  const images = json.images;
  if (!Number.isInteger(kept) || kept < 0 || !Number.isInteger(images)) {
    throw bad("must have integer kept and images");
  }
  const perImage = o.accuracyI || o.accuracyC;
  const want: Record<string, number> = {
    tp: C,
    pred: C,
    label: C,
    present: C,
    eceBins: nb * BIN_K,
    sceBins: C * nb * BIN_K,
  };
  for (const k of ROWS) want[k] = perImage ? images * C : 0;
  if (o.confusionMatrix) want.confusion = C * C;
  else if (a.confusion !== undefined) {
    throw bad("has arrays.confusion but options.confusionMatrix is off");
  }
  // Calibration values exist for the images added with probabilities.
  for (const k of FLOATS) want[k] = Math.min(a[k]?.length ?? -1, images);
  for (const [k, len] of Object.entries(want)) {
    const v = a[k];
    if (!Array.isArray(v) || v.length !== len) {
      throw bad(`arrays.${k} must be an array of ${len} numbers`);
    }
    for (const x of v) {
      if (typeof x !== "number" || !(x >= 0)) {
        throw bad(`arrays.${k} must hold nonnegative numbers`);
      }
    }
  }
  return {
    kept,
    images,
    tp: Float64Array.from(a.tp),
    pred: Float64Array.from(a.pred),
    label: Float64Array.from(a.label),
    present: Float64Array.from(a.present),
    eceBins: Float64Array.from(a.eceBins),
    sceBins: Float64Array.from(a.sceBins),
    imgTp: Uint32Array.from(a.imgTp),
    imgPred: Uint32Array.from(a.imgPred),
    imgLabel: Uint32Array.from(a.imgLabel),
    eceI: Float64Array.from(a.eceI),
    sceI: Float64Array.from(a.sceI),
    confusion: Float64Array.from(a.confusion ?? []),
  };
}
