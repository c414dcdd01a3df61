/**
 * jdt: Jaccard Metric Losses (JML) and Dice Semimetric Losses (DML), the soft
 * Jaccard, Dice and Tversky losses that stay correct with soft labels, with
 * their gradients, on WebGPU, WASM SIMD or plain TypeScript.
 *
 * @example
 * ```ts
 * import { jdtLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const logits = new Float32Array([2, -1, -1, 2]); // [B=1, C=2, N=2]
 * const labels = new Uint8Array([0, 1]);
 * const { value, grad } = await jdtLoss({ logits, shape: [1, 2, 2], labels });
 * assert.ok(value > 0 && value < 1);
 * assert.equal(grad?.length, 4);
 * ```
 *
 * @module
 */

export type * from "./src/types.ts";
export {
  createLoss,
  diceLoss,
  jaccardLoss,
  jdtLoss,
  tverskyLoss,
} from "./src/loss.ts";
export type { Loss } from "./src/loss.ts";
export type { ResolvedLossOptions } from "./src/options.ts";
export { dml, jml, tversky } from "./src/distances.ts";
export type {
  DistanceOptions,
  TverskyDistanceOptions,
} from "./src/distances.ts";
export {
  computeStatistics,
  concatStatistics,
  lossFromStatistics,
  mergeStatistics,
} from "./src/statistics.ts";
export type { LossStatistics, StatisticsLoss } from "./src/statistics.ts";
export {
  EmptyMetricsError,
  isInputError,
  JdtRangeError,
  JdtTypeError,
} from "./src/errors.ts";
export { createMetrics, SegmentationMetrics } from "./src/metrics.ts";
export type {
  ClassScore,
  MetricsInput,
  MetricsJSON,
  MetricsOptions,
  MetricValues,
} from "./src/metrics.ts";
export { softScores } from "./src/soft_scores.ts";
export type {
  SoftScoreInput,
  SoftScoreOptions,
  SoftScores,
} from "./src/soft_scores.ts";
export {
  averageAnnotators,
  distillationTargets,
  labelSmoothing,
} from "./src/soft_labels.ts";
export type {
  DistillationOptions,
  HardToSoftOptions,
  LabelSmoothingOptions,
  SoftLabels,
} from "./src/soft_labels.ts";
export { crossEntropyLoss, focalLoss, klDivLoss } from "./src/companion.ts";
export type { CompanionKind, CompanionOptions } from "./src/companion.ts";
export { compoundLoss } from "./src/compound.ts";
export type {
  CompoundLossOptions,
  CompoundLossResult,
} from "./src/compound.ts";
