/**
 * `boundaryMetrics`: Hausdorff distance, HD95, average symmetric surface
 * distance and normalised surface distance (surface Dice) per class of one
 * 2-D image or 3-D volume, with voxel spacing.
 *
 * Definitions (MONAI 1.5 defaults, checked against MONAI, DeepMind
 * `surface-distance` and MedPy on the golden cases):
 * - boundary (`boundary: "voxel"`): the voxels a face-connected erosion
 *   removes, the image border counting as background; `"surfel"`: DeepMind's
 *   corner-grid surfels weighted by contour length (2-D) or marching-cubes
 *   area (3-D).
 * - distances: exact Euclidean, scaled by spacing, from each boundary
 *   element of one mask to the nearest of the other (`D_pg`, `D_gp`).
 * - `hd` = max of both; `hd95` = the larger of the two directed 95th
 *   percentiles (linear interpolation; DeepMind's weighted lower percentile
 *   for surfels); `assd` = mean of all distances of both directions
 *   (surfel-weighted for surfels); `nsd(τ)` = share of boundary elements
 *   (or surfel length) within τ of the other boundary.
 * - empty masks: see `options.empty` (MONAI's rules by default: both empty →
 *   `null` everywhere; one empty → `hd`, `assd` `Infinity`, `nsd` 0 and
 *   `hd95` `null`, as MONAI's NaN).
 *
 * @module
 */
import { classBox, classBoxes } from "./crop.ts";
import {
  type BoundaryBuffers,
  boundaryBuffers,
  classBoundary,
} from "./class_boundary.ts";
import { type Box, type Grid, gridDiagonal } from "./grid.ts";
import {
  type BoundaryInput,
  type BoundaryOptions,
  resolveBoundary,
} from "./input.ts";
import { emptyValues, type RawBoundaryValues } from "./summary.ts";

/** The boundary metrics of one class (`null` = undefined, `Infinity` = infinite). */
export interface BoundaryClassResult {
  /** The class id. */
  class: number;
  /** Hausdorff distance (spacing units). */
  hd: number | null;
  /** 95th-percentile Hausdorff distance. */
  hd95: number | null;
  /** Average symmetric surface distance. */
  assd: number | null;
  /** Normalised surface distance: one number, or one per τ when several were asked. */
  nsd: number | null | (number | null)[];
  /** Mean distance from the prediction's boundary to the label's (MONAI `symmetric: false`). */
  asdPredToLabel: number | null;
  /** Mean distance from the label's boundary to the prediction's. */
  asdLabelToPred: number | null;
}

/** What `boundaryMetrics` returns. */
export interface BoundaryResult {
  /** One entry per scored class, in class order. */
  classes: BoundaryClassResult[];
}

/**
 * Boundary metrics of each class of one image or volume.
 *
 * @param input `pred` and `label` class-id maps, row-major over `shape` (2 or 3 dims), and `spacing` (one per dim, default 1).
 * @param options `tolerance` (τ for NSD, default 1; several, or per class), `boundary`, `classes`, `includeBackground`, `empty`.
 * @returns `{ classes: [{ class, hd, hd95, assd, nsd, asdPredToLabel, asdLabelToPred }] }`.
 * @throws {JdtTypeError | JdtRangeError} On bad input, naming the argument.
 * @example
 * ```ts
 * import { boundaryMetrics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // 1×5 strips: the prediction is shifted one pixel right of the label.
 * const label = new Uint8Array([1, 1, 0, 0, 0]);
 * const pred = new Uint8Array([0, 1, 1, 0, 0]);
 * const { classes } = boundaryMetrics(
 *   { pred, label, shape: [1, 5], spacing: [1, 2] },
 *   { tolerance: [1, 2] },
 * );
 * assert.equal(classes[0].hd, 2); // one pixel of 2 units
 * assert.deepEqual(classes[0].nsd, [0.5, 1]);
 * ```
 */
export function boundaryMetrics(
  input: BoundaryInput,
  options?: BoundaryOptions,
): BoundaryResult {
  const r = resolveBoundary(input, options);
  const boxes = classBoxes([r.pred, r.label], r.grid, r.maxId);
  const perClass = r.classes.map((c) =>
    c <= r.maxId ? classBox(boxes, c, r.grid, 1) : null
  );
  const buf = buffersFor(perClass, r.grid, r.surfel);
  const diagonal = gridDiagonal(r.grid);
  const classes = r.classes.map((c, k): BoundaryClassResult => {
    const { taus, many } = r.tolerances[k];
    const box = perClass[k];
    const out = box === null || buf === null
      ? { kind: "empty" as const, predEmpty: true, labelEmpty: true }
      : classBoundary(r, c, r.grid, box, r.surfel, taus, buf);
    const v = out.kind === "values" ? out.values : emptyValues(
      out.predEmpty,
      out.labelEmpty,
      r.surfel,
      r.empty,
      diagonal,
      taus,
    );
    return toResult(c, v, many);
  });
  return { classes };
}

/** Buffers large enough, axis by axis, for every box; null when no class is present. */
function buffersFor(
  boxes: (Box | null)[],
  grid: Grid,
  surfel: boolean,
): BoundaryBuffers | null {
  const dims: [number, number, number] = [0, 0, 0];
  for (const b of boxes) {
    if (b === null) continue;
    for (let k = 0; k < 3; k++) {
      dims[k] = Math.max(dims[k], b.hi[k] - b.lo[k] + 1);
    }
  }
  if (dims[0] === 0) return null;
  return boundaryBuffers({ ...grid, dims }, surfel);
}

function toResult(
  c: number,
  v: RawBoundaryValues,
  many: boolean,
): BoundaryClassResult {
  const nsd = v.nsd.map(orNull);
  return {
    class: c,
    hd: orNull(v.hd),
    hd95: orNull(v.hd95),
    assd: orNull(v.assd),
    nsd: many ? nsd : nsd[0],
    asdPredToLabel: orNull(v.asdPredToLabel),
    asdLabelToPred: orNull(v.asdLabelToPred),
  };
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
