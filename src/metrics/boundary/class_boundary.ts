/**
 * One class of one image: cut the class out of both maps, find the two
 * boundaries, measure each boundary's distances to the other through the
 * distance transform, and summarise. All buffers come from a
 * {@link BoundaryBuffers} sized once for the largest class, so scoring many
 * classes allocates nothing per class.
 *
 * @module
 */
import { type ClassMap, cutMask } from "./crop.ts";
import {
  type DistanceScratch,
  distanceScratch,
  squaredDistances,
} from "./distance_transform.ts";
import { voxelEdges } from "./edges.ts";
import { type Box, boxGrid, type Grid, voxelCount } from "./grid.ts";
import { cornerGrid, surfels, surfelWeights } from "./surfels.ts";
import { type Directed, type RawBoundaryValues, summarize } from "./summary.ts";

/** Buffers of one side (prediction or label). */
interface Side {
  mask: Uint8Array;
  boundary: Uint8Array;
  list: Int32Array;
  weight: Float64Array;
  /** Distances of the boundary elements (as long as the largest boundary so far). */
  dist: Float64Array;
}

/** Reused buffers for classes whose boxes hold at most `voxels` voxels. */
export interface BoundaryBuffers {
  pred: Side;
  label: Side;
  /** Squared distances over the boundary grid. */
  squared: Float64Array;
  /** Lines along axis 0 whose distances are read. */
  lines: Uint8Array;
  scratch: DistanceScratch;
}

/**
 * Buffers for every box that fits, axis by axis, inside `box`.
 *
 * @param box A grid whose sizes are, per axis, the largest of the boxes.
 * @param surfel Whether surfels (corner grids, one more point per axis) are used.
 * @returns Fresh buffers.
 */
export function boundaryBuffers(
  box: Grid,
  surfel: boolean,
): BoundaryBuffers {
  const g = surfel ? cornerGrid(box) : box;
  const n = voxelCount(g);
  const side = (): Side => ({
    mask: new Uint8Array(voxelCount(box)),
    boundary: new Uint8Array(n),
    list: new Int32Array(n),
    weight: new Float64Array(surfel ? n : 0),
    dist: new Float64Array(0), // grown to the largest boundary met
  });
  return {
    pred: side(),
    label: side(),
    squared: new Float64Array(n),
    lines: new Uint8Array(g.dims[1] * g.dims[2]),
    scratch: distanceScratch(Math.max(...g.dims)),
  };
}

/** What {@link classBoundary} found. */
export type ClassOutcome =
  | { kind: "empty"; predEmpty: boolean; labelEmpty: boolean }
  | { kind: "values"; values: RawBoundaryValues };

/**
 * The boundary metrics of class `id` inside `box`.
 *
 * @param maps Prediction and label.
 * @param id The class.
 * @param grid The image's grid.
 * @param box The class's box (with margin).
 * @param surfel Whether to use surfels instead of voxel edges.
 * @param taus Tolerances.
 * @param buf Buffers at least as large as the box needs.
 * @returns The values, or which side was empty.
 */
export function classBoundary(
  maps: { pred: ClassMap; label: ClassMap },
  id: number,
  grid: Grid,
  box: Box,
  surfel: boolean,
  taus: readonly number[],
  buf: BoundaryBuffers,
): ClassOutcome {
  const predAny = cutMask(maps.pred, id, grid, box, buf.pred.mask);
  const labelAny = cutMask(maps.label, id, grid, box, buf.label.mask);
  if (!predAny || !labelAny) {
    return { kind: "empty", predEmpty: !predAny, labelEmpty: !labelAny };
  }
  const g = boxGrid(box, grid);
  const bg = surfel ? cornerGrid(g) : g;
  const weights = surfel ? surfelWeights(g) : null;
  const nPred = findBoundary(buf.pred, g, weights);
  const nLabel = findBoundary(buf.label, g, weights);
  const predToLabel = directed(buf, buf.label, buf.pred, nPred, bg);
  const labelToPred = directed(buf, buf.pred, buf.label, nLabel, bg);
  return {
    kind: "values",
    values: summarize(predToLabel, labelToPred, taus, 95),
  };
}

function findBoundary(
  s: Side,
  g: Grid,
  weights: Float64Array | null,
): number {
  return weights === null
    ? voxelEdges(s.mask, g, s.boundary, s.list)
    : surfels(s.mask, g, weights, s.boundary, s.list, s.weight);
}

/** Distances from each boundary element of `from` to the boundary of `to`. */
function directed(
  buf: BoundaryBuffers,
  to: Side,
  from: Side,
  n: number,
  bg: Grid,
): Directed {
  const plane = bg.dims[1] * bg.dims[2];
  const lines = buf.lines.subarray(0, plane);
  lines.fill(0);
  for (let i = 0; i < n; i++) lines[from.list[i] % plane] = 1;
  squaredDistances(to.boundary, bg, buf.squared, lines, buf.scratch);
  if (from.dist.length < n) from.dist = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    from.dist[i] = Math.sqrt(buf.squared[from.list[i]]);
  }
  return {
    dist: from.dist,
    weight: from.weight.length === 0 ? null : from.weight,
    n,
  };
}
