/**
 * The four boundary metrics from the two directed distance sets (prediction
 * boundary → label boundary and back), by MONAI's rules for voxel edges and
 * DeepMind's for weighted surfels, and the values of the empty-mask cases.
 *
 * @module
 */
import { linearPercentile, weightedLowerPercentile } from "./percentile.ts";

/** One direction: the distance from each boundary element to the other boundary. */
export interface Directed {
  /** Distances (the first `n`; reordered by {@link summarize}). */
  dist: Float64Array;
  /** Surfel weights, or null for voxel edges (weight 1 each). */
  weight: Float64Array | null;
  /** How many elements. */
  n: number;
}

/** Raw metric values (NaN = undefined, Infinity = infinite). */
export interface RawBoundaryValues {
  /** Hausdorff distance. */
  hd: number;
  /** 95th-percentile Hausdorff distance. */
  hd95: number;
  /** Average symmetric surface distance. */
  assd: number;
  /** Mean distance from the prediction's boundary to the label's. */
  asdPredToLabel: number;
  /** Mean distance from the label's boundary to the prediction's. */
  asdLabelToPred: number;
  /** Normalised surface distance at each tolerance. */
  nsd: number[];
}

/** Max, weighted sum, total weight, weight within each tolerance, percentile. */
interface DirectedStats {
  max: number;
  sum: number;
  total: number;
  within: number[];
  q: number;
}

function directedStats(
  d: Directed,
  taus: readonly number[],
  p: number,
): DirectedStats {
  const { dist, weight, n } = d;
  let max = 0;
  let sum = 0;
  let total = 0;
  const within = taus.map(() => 0);
  for (let i = 0; i < n; i++) {
    const x = dist[i];
    const w = weight === null ? 1 : weight[i];
    if (x > max) max = x;
    sum += w * x;
    total += w;
    for (let t = 0; t < taus.length; t++) if (x <= taus[t]) within[t] += w;
  }
  let q: number;
  if (weight === null) {
    const sorted = dist.subarray(0, n).sort();
    q = linearPercentile(sorted, n, p);
  } else {
    q = weightedLowerPercentile(dist, weight, n, p);
  }
  return { max, sum, total, within, q };
}

/**
 * The metrics of two non-empty boundaries.
 *
 * @param predToLabel Distances from the prediction's boundary.
 * @param labelToPred Distances from the label's boundary.
 * @param taus The NSD tolerances (physical units).
 * @param p The Hausdorff percentile (95).
 * @returns The values.
 */
export function summarize(
  predToLabel: Directed,
  labelToPred: Directed,
  taus: readonly number[],
  p: number,
): RawBoundaryValues {
  const a = directedStats(predToLabel, taus, p);
  const b = directedStats(labelToPred, taus, p);
  const total = a.total + b.total;
  return {
    hd: Math.max(a.max, b.max),
    hd95: Math.max(a.q, b.q),
    assd: (a.sum + b.sum) / total,
    asdPredToLabel: a.sum / a.total,
    asdLabelToPred: b.sum / b.total,
    nsd: taus.map((_, t) => (a.within[t] + b.within[t]) / total),
  };
}

/** How empty masks are scored. */
export type EmptyPolicy = "reference" | "challenge";

/**
 * The values when the prediction or the label (or both) is empty.
 *
 * - `"reference"` with voxel edges (MONAI): both empty → every value NaN;
 *   one empty → HD, ASSD and both directed means +∞, NSD 0, and HD95 NaN
 *   (MONAI's `torch.quantile` of an all-infinite set).
 * - `"reference"` with surfels (DeepMind): both empty → HD = HD95 = +∞, means
 *   and NSD NaN; one empty → HD, HD95, ASSD +∞, NSD 0, the directed mean from
 *   the non-empty side +∞ and from the empty side NaN.
 * - `"challenge"` (BraTS-style): both empty → distances 0 and NSD 1 (a
 *   correct "nothing here"); one empty → every distance is the image
 *   diagonal `diagonal` (the worst possible), NSD 0.
 *
 * @param predEmpty Whether the prediction has no voxel of the class.
 * @param labelEmpty Whether the label has none.
 * @param surfel Whether the boundary is surfels.
 * @param policy The policy.
 * @param diagonal The image's physical diagonal.
 * @param taus The tolerances.
 * @returns The values.
 */
export function emptyValues(
  predEmpty: boolean,
  labelEmpty: boolean,
  surfel: boolean,
  policy: EmptyPolicy,
  diagonal: number,
  taus: readonly number[],
): RawBoundaryValues {
  const both = predEmpty && labelEmpty;
  if (policy === "challenge") {
    const d = both ? 0 : diagonal;
    const nsd = taus.map(() => both ? 1 : 0);
    return uniform(d, d, d, d, d, nsd);
  }
  if (both) {
    const hd = surfel ? Infinity : NaN;
    return uniform(hd, hd, NaN, NaN, NaN, taus.map(() => NaN));
  }
  const zero = taus.map(() => 0);
  if (!surfel) {
    return uniform(Infinity, NaN, Infinity, Infinity, Infinity, zero);
  }
  return uniform(
    Infinity,
    Infinity,
    Infinity,
    predEmpty ? NaN : Infinity,
    labelEmpty ? NaN : Infinity,
    zero,
  );
}

function uniform(
  hd: number,
  hd95: number,
  assd: number,
  asdPredToLabel: number,
  asdLabelToPred: number,
  nsd: number[],
): RawBoundaryValues {
  return { hd, hd95, assd, asdPredToLabel, asdLabelToPred, nsd };
}
