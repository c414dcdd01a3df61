/**
 * The JSON form of a metrics accumulator, and its checked reading: shards
 * computed on other workers or machines combine through it.
 *
 * @module
 */

import { type BatchCounts, BIN_K } from "../core/counts.ts";
import { show, typeError } from "../core/errors.ts";
import { checkJsonCounts, floatsLength } from "./json_check.ts";
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
  if (own(json, "format") !== "jdt-metrics/1") {
    throw bad(`must have format "jdt-metrics/1", got ${show(json.format)}`);
  }
  const options = own(json, "options");
  if (options === null || typeof options !== "object") {
    throw bad("must have options");
  }
  const opts = { ...options } as Record<string, unknown>;
  for (const k of CALIB) if (opts[k] === "auto") delete opts[k];
  return opts as unknown as MetricsOptions;
}

/** An own property of a parsed JSON object (never one of its prototype). */
function own(o: object, k: string): unknown {
  return Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

function count(name: string, v: unknown): number {
  if (!Number.isSafeInteger(v) || (v as number) < 0) {
    throw bad(`${name} must be an integer >= 0, got ${show(v)}`);
  }
  return v as number;
}

/** The arrays of a serialised accumulator, with the lengths its options and counts give. */
function readArrays(
  json: MetricsJSON,
  o: ResolvedMetricsOptions,
  images: number,
  predSeen: boolean,
): Record<string, number[]> {
  const a = own(json, "arrays");
  if (a === null || typeof a !== "object") throw bad("must have arrays");
  const C = o.numClasses;
  const nb = o.numBins;
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
  else if (own(a, "confusion") !== undefined) {
    throw bad("has arrays.confusion but options.confusionMatrix is off");
  }
  const lengthOf = (k: string) => (own(a, k) as unknown[] | undefined)?.length;
  want.eceI = floatsLength(o.ECEI, predSeen, images, lengthOf("eceI") ?? -1);
  want.sceI = floatsLength(o.SCEI, predSeen, images, lengthOf("sceI") ?? -1);
  const out: Record<string, number[]> = {};
  for (const [k, len] of Object.entries(want)) {
    const v = own(a, k);
    if (!Array.isArray(v) || v.length !== len) {
      throw bad(`arrays.${k} must be an array of ${len} numbers`);
    }
    v.forEach((x, i) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw bad(`arrays.${k}[${i}] must be a finite number, got ${show(x)}`);
      }
    });
    out[k] = v;
  }
  return out;
}

/**
 * The counts of a serialised accumulator, checked against its options and
 * against every relation an accumulator of the library satisfies.
 *
 * @param json The serialised accumulator.
 * @param o Its resolved options.
 * @returns The counts, to append to an empty tally, and whether predicted ids were added.
 */
export function countsFromJSON(
  json: MetricsJSON,
  o: ResolvedMetricsOptions,
): { counts: BatchCounts; predSeen: boolean } {
  const kept = count("kept", own(json, "kept"));
  const images = count("images", own(json, "images"));
  const predSeen = own(json, "predSeen");
  if (typeof predSeen !== "boolean") {
    throw bad(`predSeen must be a boolean, got ${show(predSeen)}`);
  }
  const a = readArrays(json, o, images, predSeen);
  checkJsonCounts({ kept, images, predSeen, a }, o);
  if (o.confusionMatrix) checkConfusion(a, o.numClasses);
  const counts = {
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
  return { counts, predSeen };
}

/**
 * Checks a confusion matrix (rows: label, columns: prediction) against the
 * per-class counts: whole counts, diagonal = tp, row sums = labelled pixels,
 * column sums = predicted pixels.
 */
function checkConfusion(a: Record<string, number[]>, C: number): void {
  const m = a.confusion;
  for (let c = 0; c < C; c++) {
    let row = 0, col = 0;
    for (let k = 0; k < C; k++) {
      const v = m[c * C + k];
      if (!Number.isSafeInteger(v) || v < 0) {
        throw bad(`arrays.confusion must hold integers >= 0, got ${show(v)}`);
      }
      row += v;
      col += m[k * C + c];
    }
    if (m[c * C + c] !== a.tp[c] || row !== a.label[c] || col !== a.pred[c]) {
      throw bad(
        `arrays.confusion disagrees with tp, label or pred of class ${c}`,
      );
    }
  }
}
