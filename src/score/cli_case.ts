/**
 * One case of the scoring CLI: a (prediction, label) pair read from disk,
 * either 2-D (PNG label map with a PNG or `.npy` prediction) or a NIfTI
 * volume pair (`.nii`, `.nii.gz`, same geometry), scored into a one-case
 * accumulator with what the rows, boundary metrics and error map need.
 *
 * @module
 */

import type { HardLabels } from "../core/types.ts";
import { createMetrics } from "../metrics/accumulator.ts";
import type { SegmentationMetrics } from "../metrics/accumulator.ts";
import { addPair, checkPair, pairSoftScores } from "./pair_score.ts";
import { decodeLabelPng, type LabelMap } from "./png.ts";
import { argmaxIds, decodePrediction } from "./prediction.ts";
import { checkSameGeometry, readNifti } from "./nifti.ts";
import { hardIds, isNifti } from "./volume_score.ts";
import { boundaryClasses } from "./boundary_query.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";
import type { MetricChoice } from "./metric_choice.ts";
import {
  boundaryMetrics,
  type BoundaryResult,
} from "../metrics/boundary/boundary_metrics.ts";

/** The extensions of prediction files, longest first (`.nii.gz` before `.gz`). */
export const PRED_EXTS = ["nii.gz", "nii", "png", "npy"];
/** The extensions of label files. */
export const LABEL_EXTS = ["nii.gz", "nii", "png"];

/** What the CLI settles once for every case. */
export interface CaseSettings {
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignore: IgnoreValues;
  /** Metric options (class subset, background, empty rule). */
  choice: MetricChoice;
  /** Largest 2-D image (width × height); volumes may hold 4× as many voxels. */
  maxPixels: number;
}

/**
 * A one-case accumulator with the run's options.
 *
 * @param s The run's settings.
 * @returns An empty accumulator.
 */
export function caseMetrics(s: CaseSettings): SegmentationMetrics {
  return createMetrics({
    numClasses: s.classes,
    ignoreIndex: s.ignore,
    ...s.choice,
  });
}

/** A scored case. */
export interface ScoredCase {
  /** Its one-case accumulator. */
  metrics: SegmentationMetrics;
  /** Predicted class ids, row-major over `shape`. */
  pred: HardLabels;
  /** True class ids. */
  label: HardLabels;
  /** `[H, W]` or `[D, H, W]`. */
  shape: number[];
  /** Voxel size per entry of `shape` (1 for images). */
  spacing: number[];
  /** The prediction's kind. */
  kind: "png" | "npy" | "nifti";
  /** Soft Jaccard / Dice scores (`.npy` predictions with a kept pixel). */
  soft?: { mJaccardD: number; mDiceD: number };
}

/**
 * The label as a 2-D map for the error map: a volume's slices stacked top
 * to bottom.
 *
 * @param c The case.
 * @returns A label map over the same ids.
 */
export function stackedLabel(c: ScoredCase): LabelMap {
  const width = c.shape[c.shape.length - 1];
  // errorMapPng reads the ids one by one: any integer array will do.
  return {
    width,
    height: c.label.length / width,
    data: c.label as LabelMap["data"],
  };
}

/**
 * Decodes and scores one pair.
 *
 * @param files The bytes of the two files.
 * @param predPath The prediction file's name, for errors.
 * @param labelPath The label file's name, for errors.
 * @param s Classes, ignore value and size limit.
 * @returns The scored case.
 * @throws On an unreadable, malformed or mismatched pair (the message names it).
 */
export async function scoreCase(
  files: { pred: Uint8Array; label: Uint8Array },
  predPath: string,
  labelPath: string,
  s: CaseSettings,
): Promise<ScoredCase> {
  const { pred: predBytes, label: labelBytes } = files;
  if (isNifti(labelBytes) || isNifti(predBytes)) {
    return await volumeCase(predBytes, labelBytes, s);
  }
  const label = await decodeLabelPng(labelBytes, labelPath, s.maxPixels);
  const limits = { maxPixels: s.maxPixels, maxValues: 4 * s.maxPixels };
  const pred = await decodePrediction(predBytes, predPath, limits);
  checkPair(pred, label, s.classes);
  const metrics = caseMetrics(s);
  addPair(metrics, pred, label);
  const out: ScoredCase = {
    metrics,
    pred: pred.kind === "png" ? pred.map.data : argmaxIds(pred.probs),
    label: label.data,
    shape: [label.height, label.width],
    spacing: [1, 1],
    kind: pred.kind,
  };
  if (pred.kind === "npy" && metrics.keptPixels > 0) {
    const soft = pairSoftScores(pred.probs, label, s.ignore);
    out.soft = { mJaccardD: soft.mJaccardD, mDiceD: soft.mDiceD };
  }
  return out;
}

async function volumeCase(
  predBytes: Uint8Array,
  labelBytes: Uint8Array,
  s: CaseSettings,
): Promise<ScoredCase> {
  if (!isNifti(labelBytes) || !isNifti(predBytes)) {
    throw new Error(
      `the ${
        isNifti(labelBytes) ? "label" : "prediction"
      } is a NIfTI volume but its pair is not`,
    );
  }
  const maxVoxels = 4 * s.maxPixels;
  const label = await readNifti(labelBytes, { maxVoxels });
  const pred = await readNifti(predBytes, { maxVoxels });
  checkSameGeometry(pred, label);
  const [p, l] = [hardIds(pred.data), hardIds(label.data)];
  const metrics = caseMetrics(s);
  metrics.add({ pred: p, shape: [1, l.length], labels: l });
  return {
    metrics,
    pred: p,
    label: l,
    shape: label.shape,
    spacing: label.spacing,
    kind: "nifti",
  };
}

/**
 * The boundary metrics of a case with its spacing, for classes 1 …
 * classes − 1 but the ignore value.
 *
 * @param c The case.
 * @param s Classes and ignore value.
 * @param tolerance The NSD tolerances.
 * @returns The per-class results (`nsd` one value per τ).
 */
export function caseBoundary(
  c: ScoredCase,
  s: CaseSettings,
  tolerance: number[],
): BoundaryResult {
  const classes = boundaryClasses(s.classes, s.ignore);
  if (classes.length === 0) return { classes: [] };
  return boundaryMetrics(
    { pred: c.pred, label: c.label, shape: c.shape, spacing: c.spacing },
    { tolerance, classes },
  );
}
