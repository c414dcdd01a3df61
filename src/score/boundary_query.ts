/**
 * Boundary metrics in the scoring service and CLI: the opt-in query
 * (`boundary=1`, `tolerance=1,2`, `boundaryKind=surfel`) and the boundary
 * report of one scored pair (JSON with Infinity written as `"Infinity"`).
 *
 * @module
 */

import { boundaryMetrics } from "../metrics/boundary/boundary_metrics.ts";
import type { ClassMap } from "../metrics/boundary/crop.ts";
import {
  type BoundaryClassJSON,
  boundaryClassToJSON,
} from "../metrics/boundary/json.ts";
import { ignoreList } from "../metrics/class_options.ts";
import { HttpError } from "./http.ts";
import type { LabelMap } from "./png.ts";
import { argmaxIds, type Prediction } from "./prediction.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";

/** What the caller asked of the boundary metrics. */
export interface BoundaryQuery {
  /** NSD tolerances τ in spacing units (at least one). */
  tolerance: number[];
  /** Boundary definition: MONAI's edge voxels or DeepMind's surfels. */
  boundary: "voxel" | "surfel";
}

/** Most tolerances in one request. */
export const MAX_TOLERANCES = 16;

/**
 * Reads the boundary query: null unless `boundary=1`.
 *
 * @param params The query parameters.
 * @returns The query, or null when boundary metrics were not asked for.
 * @throws {HttpError} 400 on a bad value.
 */
export function readBoundaryQuery(
  params: URLSearchParams,
): BoundaryQuery | null {
  const on = params.get("boundary");
  if (on === null || on === "" || on === "0") return null;
  if (on !== "1") {
    throw new HttpError(
      400,
      `boundary must be 0 or 1, got "${on.slice(0, 40)}"`,
    );
  }
  const text = params.get("tolerance") ?? "1";
  const parts = text.split(",");
  const tolerance = parts.map(Number);
  if (
    parts.length > MAX_TOLERANCES ||
    parts.some((p) => p.trim() === "") ||
    tolerance.some((t) => !Number.isFinite(t) || t < 0)
  ) {
    throw new HttpError(
      400,
      `tolerance must be 1 to ${MAX_TOLERANCES} numbers >= 0 separated by commas, got "${
        text.slice(0, 80)
      }"`,
    );
  }
  const kind = params.get("boundaryKind") ?? "voxel";
  if (kind !== "voxel" && kind !== "surfel") {
    throw new HttpError(
      400,
      `boundaryKind must be voxel or surfel, got "${kind.slice(0, 40)}"`,
    );
  }
  return { tolerance, boundary: kind };
}

/**
 * The classes a scored pair's boundary metrics cover: 1 to `classes − 1`
 * (background 0 left out, as MONAI's `include_background=False`), without
 * the ignore value(s).
 *
 * @param classes Number of classes.
 * @param ignore The ignore value(s), or null.
 * @returns Class ids.
 */
export function boundaryClasses(
  classes: number,
  ignore: IgnoreValues,
): number[] {
  const ignored = ignoreList(ignore);
  const out: number[] = [];
  for (let c = 1; c < classes; c++) if (!ignored.includes(c)) out.push(c);
  return out;
}

/**
 * Boundary metrics of one pair, JSON-ready (Infinity as `"Infinity"`, `null`
 * for undefined, `nsd` one value per τ).
 *
 * @param pair Predicted and true class ids over `shape`, with `spacing`.
 * @param classes Number of classes.
 * @param ignore The ignore value, or null (its voxels belong to no class).
 * @param q The boundary query.
 * @returns One entry per class 1 … classes − 1.
 */
export function boundaryReport(
  pair: {
    pred: ClassMap;
    label: ClassMap;
    shape: number[];
    spacing: number[];
  },
  classes: number,
  ignore: IgnoreValues,
  q: BoundaryQuery,
): BoundaryClassJSON[] {
  const ids = boundaryClasses(classes, ignore);
  if (ids.length === 0) return [];
  const r = boundaryMetrics(pair, {
    tolerance: q.tolerance,
    boundary: q.boundary,
    classes: ids,
  });
  return r.classes.map(boundaryClassToJSON);
}

/**
 * Boundary metrics of a 2-D pair (PNG label map, PNG or `.npy` prediction),
 * spacing 1.
 *
 * @param pred The prediction.
 * @param label The label map.
 * @param classes Number of classes.
 * @param ignore The ignore value, or null.
 * @param q The boundary query.
 * @returns One entry per class 1 … classes − 1.
 */
export function imageBoundary(
  pred: Prediction,
  label: LabelMap,
  classes: number,
  ignore: IgnoreValues,
  q: BoundaryQuery,
): BoundaryClassJSON[] {
  const ids = pred.kind === "png" ? pred.map.data : argmaxIds(pred.probs);
  return boundaryReport(
    {
      pred: ids,
      label: label.data,
      shape: [label.height, label.width],
      spacing: [1, 1],
    },
    classes,
    ignore,
    q,
  );
}
