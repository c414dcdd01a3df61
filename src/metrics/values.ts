/**
 * The metric values of a tally, in the reference's keys and units: dataset,
 * image and class level accuracy metrics with their worst-case variants,
 * calibration (ECE, SCE), and the per-class table.
 *
 * @module
 */

import { BIN_K, eceOfBins } from "../core/counts.ts";
import {
  meanPercent,
  ratio,
  type RatioKind,
  worstAverage,
  worstPercent,
} from "./math.ts";
import type { ResolvedMetricsOptions } from "./options.ts";
import type { Tally } from "./tally.ts";
import { scoredClasses } from "./class_options.ts";

/** The ratio of an accuracy metric: accuracy (recall), IoU or Dice. */
export type MetricKind = "Acc" | "IoU" | "Dice";

/** Dataset-level keys: pixel accuracy and the per-class means. */
export type DatasetMetricKey = "Acc" | `m${MetricKind}D`;

/** Image- (`I`) and class-level (`C`) keys: means and worst-case averages (`Q`). */
export type LevelMetricKey = `m${MetricKind}${"I" | "C"}${"" | "Q"}`;

/** Worst q percent keys, `q` as given in the options: `mIoUI1`, `mDiceC5`, ... */
export type WorstMetricKey = `m${MetricKind}${"I" | "C"}${number}`;

/** Calibration keys: ECE (percent) and SCE (permille), dataset and image level. */
export type CalibrationMetricKey = "ECED" | "ECEI" | "SCED" | "SCEI";

/**
 * Metric values, keyed as in the reference. Units: accuracy metrics and ECE
 * in percent, SCE in permille, as the reference reports them; with
 * `units: "fraction"` every value is in [0, 1]. A mean over nothing is NaN
 * (`null` in JSON). A key is present when its metric is on (`accuracyD`,
 * `accuracyI`, `accuracyC`, the calibration flags).
 */
export type MetricValues =
  & { [K in DatasetMetricKey | LevelMetricKey | CalibrationMetricKey]?: number }
  & { [K in WorstMetricKey]?: number };

/** The values being assembled, by key. */
type Out = Record<string, number>;

/**
 * One row of `SegmentationMetrics.perClass`: scores in percent (in [0, 1] with
 * `units: "fraction"`), counts in pixels.
 */
export interface ClassScore {
  /** Class id. */
  classId: number;
  /** Dataset-level IoU in percent (NaN when the class is neither labelled nor predicted). */
  iou: number;
  /** Dataset-level Dice in percent. */
  dice: number;
  /** Dataset-level accuracy (recall) in percent (NaN when never labelled). */
  acc: number;
  /** Dataset-level precision, tp / (tp + fp), in percent (NaN when never predicted). */
  precision: number;
  /** Correctly predicted pixels. */
  tp: number;
  /** Pixels predicted as the class but labelled otherwise. */
  fp: number;
  /** Pixels labelled as the class but predicted otherwise. */
  fn: number;
  /** Pixels labelled as the class. */
  labelPixels: number;
  /** Pixels predicted as the class. */
  predPixels: number;
  /** Images whose kept labels hold the class. */
  images: number;
}

const KINDS = ["Acc", "IoU", "Dice"] as const;

/**
 * The ratio of one (image or dataset, class) group from its tp, predicted
 * and labelled counts, with the options' rule for a class with no label:
 * NaN (left out) or 1 / 0 as `empty` says.
 */
function groupRatio(
  o: ResolvedMetricsOptions,
  kind: RatioKind,
  tp: number,
  pred: number,
  label: number,
): number {
  if (label === 0 && o.empty === "skip") return NaN;
  if (label === 0 && o.empty === "one") return pred === 0 ? 1 : 0;
  return ratio(kind, tp, pred - tp, label - tp);
}

/** Dataset-level metrics: `Acc, mAccD, mIoUD, mDiceD`. */
function datasetValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  out: Out,
): void {
  const C = o.numClasses;
  let tpSum = 0;
  let labSum = 0;
  for (let c = o.binary ? 1 : 0; c < (o.binary ? 2 : C); c++) {
    tpSum += t.tp[c];
    labSum += t.label[c];
  }
  const acc: number[] = [];
  const iou: number[] = [];
  const dice: number[] = [];
  for (const c of o.binary ? [1] : scoredClasses(o)) {
    const tp = t.tp[c];
    const [pr, lb] = [t.pred[c], t.label[c]];
    acc.push(groupRatio(o, "Acc", tp, pr, lb));
    iou.push(groupRatio(o, "IoU", tp, pr, lb));
    dice.push(groupRatio(o, "Dice", tp, pr, lb));
  }
  out.Acc = labSum === 0 ? NaN : (100 * tpSum) / labSum;
  out.mAccD = meanPercent(acc);
  out.mIoUD = meanPercent(iou);
  out.mDiceD = meanPercent(dice);
}

/** Reads the per-image rows: which (image, class) is active, and its ratio. */
function imageRows(t: Tally, o: ResolvedMetricsOptions) {
  const C = o.numClasses;
  const tpR = t.rows("imgTp"),
    prR = t.rows("imgPred"),
    lbR = t.rows("imgLabel");
  const active = (i: number, c: number) =>
    lbR[i * C + c] > 0 || (o.binary && prR[i * C + c] > 0) ||
    o.empty === "one";
  const entry = (kind: RatioKind, i: number, c: number) =>
    groupRatio(o, kind, tpR[i * C + c], prR[i * C + c], lbR[i * C + c]);
  const classes = o.binary ? [] : scoredClasses(o);
  return { active, entry, classes };
}

/** One value per image (NaN values, 0/0, left out). */
function perImageValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  kind: RatioKind,
): Float64Array {
  const { active, entry, classes } = imageRows(t, o);
  const vals: number[] = [];
  for (let i = 0; i < t.images; i++) {
    let v: number;
    if (o.binary) {
      v = active(i, 0) && active(i, 1) ? entry(kind, i, 1) : 1;
    } else {
      let s = 0;
      let k = 0;
      for (const c of classes) {
        if (!active(i, c)) continue;
        s += entry(kind, i, c);
        k++;
      }
      v = s / k;
    }
    if (!Number.isNaN(v)) vals.push(v);
  }
  return Float64Array.from(vals);
}

/** Per class, its values over the images where it is active (classes with none left out). */
function perClassValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  kind: RatioKind,
): Float64Array[] {
  const { active, entry, classes } = imageRows(t, o);
  const perClass: Float64Array[] = [];
  for (const c of o.binary ? range(o.numClasses) : classes) {
    const vals: number[] = [];
    for (let i = 0; i < t.images; i++) {
      if (!active(i, c)) continue;
      const v = entry(kind, i, c);
      if (!Number.isNaN(v)) vals.push(v);
    }
    if (vals.length) perClass.push(Float64Array.from(vals));
  }
  return perClass;
}

/** Image- or class-level metrics with their worst-case variants. */
function levelValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  level: "I" | "C",
  out: Out,
): void {
  const res: Out = {};
  for (const kind of KINDS) {
    const name = `m${kind}${level}`;
    if (level === "I") {
      const a = perImageValues(t, o, kind);
      res[name] = meanPercent(a);
      res[`${name}Q`] = worstAverage(a, false);
      res[`${name}${o.q}`] = worstPercent(a, o.q, false);
    } else {
      const perClass = perClassValues(t, o, kind);
      const mean = (f: (a: Float64Array) => number) =>
        perClass.length === 0
          ? NaN
          : perClass.reduce((s, a) => s + f(a), 0) / perClass.length;
      res[name] = mean((a) => meanPercent(a));
      res[`${name}Q`] = mean((a) => worstAverage(a, true));
      res[`${name}${o.q}`] = mean((a) => worstPercent(a, o.q, true));
    }
  }
  // The reference's key order: means, then Q averages, then q variants.
  for (const suffix of ["", "Q", `${o.q}`]) {
    for (const kind of KINDS) {
      const k = `m${kind}${level}${suffix}`;
      out[k] = res[k];
    }
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, c) => c);
}

function meanOf(a: Float64Array): number {
  if (a.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

/** Calibration metrics: `ECED, ECEI, SCED, SCEI`, those that `on` selects. */
function calibrationValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  on: (k: "ECED" | "ECEI" | "SCED" | "SCEI") => boolean,
  out: Out,
): void {
  const nb = o.numBins;
  if (on("ECED")) out.ECED = eceOfBins(t.eceBins, 0, nb);
  if (on("ECEI")) out.ECEI = meanOf(t.rows("eceI"));
  if (on("SCED")) {
    const C = o.numClasses;
    let s = 0;
    const first = C === 2 ? 1 : 0;
    for (let c = first; c < C; c++) {
      s += eceOfBins(t.sceBins, c * nb * BIN_K, nb);
    }
    out.SCED = (10 * s) / (C - first);
  }
  if (on("SCEI")) out.SCEI = meanOf(t.rows("sceI"));
}

/**
 * The metric values of a tally with at least one kept pixel.
 *
 * @param t The tally.
 * @param o Resolved options.
 * @param calibrated Whether a calibration metric is computed now.
 * @returns The values; NaN for a mean over nothing.
 */
export function metricValues(
  t: Tally,
  o: ResolvedMetricsOptions,
  calibrated: (k: "ECED" | "ECEI" | "SCED" | "SCEI") => boolean,
): MetricValues {
  const out: Out = {};
  if (o.accuracyD) datasetValues(t, o, out);
  if (o.accuracyI) levelValues(t, o, "I", out);
  if (o.accuracyC) levelValues(t, o, "C", out);
  calibrationValues(t, o, calibrated, out);
  if (o.units === "fraction") {
    for (const k of Object.keys(out)) {
      out[k] /= k.startsWith("SCE") ? 1000 : 100;
    }
  }
  return out as MetricValues;
}

/**
 * Dataset-level scores and counts per class, in the options' units.
 *
 * @param t The tally.
 * @param o Resolved options.
 * @returns One row per class.
 */
export function classScores(
  t: Tally,
  o: ResolvedMetricsOptions,
): ClassScore[] {
  const rows: ClassScore[] = [];
  const unit = o.units === "fraction" ? 1 : 100;
  for (let c = 0; c < o.numClasses; c++) {
    const tp = t.tp[c];
    const fp = t.pred[c] - tp;
    const fn = t.label[c] - tp;
    rows.push({
      classId: c,
      iou: unit * ratio("IoU", tp, fp, fn),
      dice: unit * ratio("Dice", tp, fp, fn),
      acc: unit * ratio("Acc", tp, fp, fn),
      precision: tp + fp === 0 ? NaN : unit * tp / (tp + fp),
      tp,
      fp,
      fn,
      labelPixels: t.label[c],
      predPixels: t.pred[c],
      images: t.present[c],
    });
  }
  return rows;
}
