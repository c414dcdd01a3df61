/**
 * One image's score, shared by the scoring server and CLI: a (prediction,
 * label) pair checked, added to an accumulator, or scored on its own (all
 * metrics; calibration and soft scores with probabilities).
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import {
  createMetrics,
  type SegmentationMetrics,
} from "../metrics/accumulator.ts";
import { type SoftScores, softScores } from "../metrics/soft_scores.ts";
import type { ClassScore, MetricValues } from "../metrics/values.ts";
import { foldIgnored } from "../metrics/class_options.ts";
import type { LabelMap } from "./png.ts";
import type { ProbMap } from "./npy.ts";
import type { Prediction } from "./prediction.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";
import type { MetricChoice } from "./metric_choice.ts";

/** Checks that a prediction matches the label's size and the class count. */
export function checkPair(
  pred: Prediction,
  label: LabelMap,
  classes: number,
): void {
  const [h, w] = pred.kind === "png"
    ? [pred.map.height, pred.map.width]
    : [pred.probs.shape[1], pred.probs.shape[2]];
  if (h !== label.height || w !== label.width) {
    throw new JdtRangeError(
      "pred",
      `pred is ${w}×${h} but label is ${label.width}×${label.height}`,
    );
  }
  if (pred.kind === "npy" && pred.probs.shape[0] !== classes) {
    throw new JdtRangeError(
      "pred",
      `pred has ${pred.probs.shape[0]} channels, expected classes = ${classes}`,
    );
  }
}

/**
 * Adds one (prediction, label) pair to an accumulator.
 *
 * @param m The accumulator.
 * @param pred The prediction.
 * @param label The label map.
 */
export function addPair(
  m: SegmentationMetrics,
  pred: Prediction,
  label: LabelMap,
): void {
  const n = label.width * label.height;
  const labels = label.data;
  if (pred.kind === "png") {
    m.add({ pred: pred.map.data, shape: [1, n], labels });
  } else {
    m.add({
      probs: pred.probs.data,
      shape: [1, pred.probs.shape[0], n],
      labels,
    });
  }
}

/**
 * Soft Jaccard / Dice scores of a pair with probabilities.
 *
 * @param probs The probabilities, `[classes, height, width]`.
 * @param label The label map.
 * @param ignoreIndex The ignore value(s), or null.
 * @returns The soft scores.
 */
export function pairSoftScores(
  probs: ProbMap,
  label: LabelMap,
  ignoreIndex: IgnoreValues,
): SoftScores {
  // softScores drops one value: fold the listed ones into it.
  const folded = foldIgnored(label.data, ignoreIndex);
  return softScores({
    pred: probs.data,
    target: folded.labels,
    shape: [1, probs.shape[0], label.width * label.height],
  }, { ignoreIndex: folded.ignore });
}

/** The JSON answer of one scored pair. */
export interface PairReport {
  /** Width and height of the label map. */
  width: number;
  /** Height. */
  height: number;
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignoreIndex: IgnoreValues;
  /** Kind of prediction. */
  pred: "png" | "npy";
  /** The metric values (NaN becomes null in JSON). */
  metrics: MetricValues;
  /** Per-class table. */
  perClass: ClassScore[];
  /** Soft Jaccard / Dice scores, for `.npy` predictions. */
  softScores?: {
    mJaccardD: number;
    mDiceD: number;
    jaccard: number[];
    dice: number[];
  };
}

/**
 * Scores one pair, all metrics (calibration and soft scores with
 * probabilities).
 *
 * @param pred The prediction.
 * @param label The label map.
 * @param classes Number of classes.
 * @param ignoreIndex The ignore value(s), or null.
 * @param choice Metric options (class subset, background, empty rule).
 * @returns The report.
 */
export function scorePair(
  pred: Prediction,
  label: LabelMap,
  classes: number,
  ignoreIndex: IgnoreValues,
  choice: MetricChoice = {},
): PairReport {
  checkPair(pred, label, classes);
  const m = createMetrics({ numClasses: classes, ignoreIndex, ...choice });
  addPair(m, pred, label);
  const report: PairReport = {
    width: label.width,
    height: label.height,
    classes,
    ignoreIndex,
    pred: pred.kind,
    metrics: m.value(),
    perClass: m.perClass(),
  };
  if (pred.kind === "npy") {
    const s = pairSoftScores(pred.probs, label, ignoreIndex);
    report.softScores = {
      mJaccardD: s.mJaccardD,
      mDiceD: s.mDiceD,
      jaccard: Array.from(s.jaccardD),
      dice: Array.from(s.diceD),
    };
  }
  return report;
}
