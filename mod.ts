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

export type * from "./src/core/types.ts";
export {
  createLoss,
  diceLoss,
  jaccardLoss,
  jdtLoss,
  tverskyLoss,
} from "./src/loss/loss.ts";
export type { Loss } from "./src/loss/loss.ts";
export {
  diceLossSync,
  jaccardLossSync,
  jdtLossSync,
  tverskyLossSync,
} from "./src/loss/sync.ts";
export type {
  Workspace,
  WorkspaceLabels,
  WorkspaceOptions,
} from "./src/core/types.ts";
export { useWasmModule, wasmUnavailableReason } from "./src/wasm/module.ts";
export { releaseWasmThreads } from "./src/wasm/staged_backend.ts";
export type { ResolvedLossOptions } from "./src/core/options.ts";
export { dml, jml, tversky } from "./src/loss/distances.ts";
export type {
  DistanceOptions,
  TverskyDistanceOptions,
} from "./src/loss/distances.ts";
export {
  computeStatistics,
  concatStatistics,
  lossFromStatistics,
  mergeStatistics,
} from "./src/loss/statistics.ts";
export type { StatisticsLoss } from "./src/loss/statistics.ts";
export {
  EmptyMetricsError,
  isInputError,
  JdtRangeError,
  JdtTypeError,
} from "./src/core/errors.ts";
export {
  createMetrics,
  SegmentationMetrics,
} from "./src/metrics/accumulator.ts";
export type {
  EmptyClassScore,
  MetricsOptions,
  MetricUnits,
} from "./src/metrics/options.ts";
export type { MetricsInput } from "./src/metrics/input.ts";
export type {
  CalibrationMetricKey,
  ClassScore,
  DatasetMetricKey,
  LevelMetricKey,
  MetricKind,
  MetricValues,
  WorstMetricKey,
} from "./src/metrics/values.ts";
export type { MetricsJSON } from "./src/metrics/json.ts";
export { softScores } from "./src/metrics/soft_scores.ts";
export { boundaryMetrics } from "./src/metrics/boundary/boundary_metrics.ts";
export {
  checkSameGeometry,
  NIFTI_MAX_VOXELS,
  readNifti,
} from "./src/score/nifti.ts";
export type { NiftiReadOptions, NiftiVolume } from "./src/score/nifti.ts";
export {
  BoundaryAccumulator,
  createBoundaryAccumulator,
} from "./src/metrics/boundary/cases.ts";
export {
  boundaryClassToJSON,
  encodeBoundaryValue,
} from "./src/metrics/boundary/json.ts";
export type * from "./src/metrics/boundary/public_types.ts";
export type {
  SoftScoreInput,
  SoftScoreOptions,
  SoftScores,
} from "./src/metrics/soft_scores.ts";
export {
  averageAnnotators,
  distillationTargets,
  labelSmoothing,
} from "./src/train/soft_labels.ts";
export type {
  DistillationOptions,
  HardToSoftOptions,
  LabelSmoothingOptions,
  SoftLabels,
} from "./src/train/soft_labels.ts";
export {
  crossEntropyLoss,
  focalLoss,
  klDivLoss,
} from "./src/train/companion.ts";
export type { CompanionKind, CompanionOptions } from "./src/train/companion.ts";
export { compoundLoss } from "./src/train/compound.ts";
export type {
  CompoundLossOptions,
  CompoundLossResult,
} from "./src/train/compound.ts";
