/**
 * The public types of the boundary metrics, gathered for `mod.ts`.
 *
 * @module
 */
export type {
  BoundaryClassResult,
  BoundaryResult,
} from "./boundary_metrics.ts";
export type { BoundaryInput, BoundaryOptions, Tolerance } from "./input.ts";
export type { ClassMap } from "./crop.ts";
export type { EmptyPolicy } from "./summary.ts";
export type {
  BoundaryCase,
  BoundaryCasesJSON,
  BoundaryClassSummary,
  BoundaryStat,
} from "./cases.ts";
export type { BoundaryClassJSON, BoundaryJSONValue } from "./json.ts";
