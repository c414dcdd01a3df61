/**
 * An exact Euclidean distance transform with voxel spacing, separable and
 * linear in the number of voxels (Felzenszwalb & Huttenlocher, "Distance
 * Transforms of Sampled Functions", 2012): a scan along the last axis gives
 * each voxel its 1-D distance to the nearest feature; then each remaining
 * axis replaces every line by the lower envelope of the parabolas
 * `f(q) + ((i − q)·s)²` rooted at its voxels. Distances are squared, in
 * physical units, in float64.
 *
 * The last pass (along axis 0) runs only on the lines that hold a voxel the
 * caller will read, so a caller that needs distances at a few boundary
 * voxels pays for the full first passes only.
 *
 * @module
 */
import type { Grid } from "./grid.ts";

/** Scratch lines reused by every transform of one computation. */
export interface DistanceScratch {
  /** One line's input values. */
  f: Float64Array;
  /** Envelope: the voxel each parabola is rooted at. */
  v: Int32Array;
  /** Envelope: where each parabola starts to be the lowest. */
  z: Float64Array;
}

/**
 * Scratch lines for grids whose longest axis is at most `n`.
 *
 * @param n The longest axis.
 * @returns Fresh scratch.
 */
export function distanceScratch(n: number): DistanceScratch {
  return {
    f: new Float64Array(n),
    v: new Int32Array(n),
    z: new Float64Array(n + 1),
  };
}

/**
 * Squared distance from every voxel to the nearest feature voxel.
 *
 * @param features 1 at feature voxels, 0 elsewhere (row-major over `grid`).
 * @param grid The grid's sizes and spacing.
 * @param out Receives the squared distances (`Infinity` where the grid has no feature); at least the grid's size.
 * @param lines Optional: 1 for each line along axis 0 (index `i1·d2 + i2`) whose values are read; others are left unfinished.
 * @param scratch Lines of at least the longest axis.
 */
export function squaredDistances(
  features: Uint8Array,
  grid: Grid,
  out: Float64Array,
  lines: Uint8Array | null,
  scratch: DistanceScratch,
): void {
  const [d0, d1, d2] = grid.dims;
  scanLastAxis(features, d0 * d1, d2, grid.spacing[2], out);
  if (d1 > 1) {
    const s = grid.spacing[1];
    for (let a = 0; a < d0; a++) {
      for (let c = 0; c < d2; c++) {
        lowerEnvelope(out, a * d1 * d2 + c, d2, d1, s, scratch);
      }
    }
  }
  if (d0 > 1) {
    const s = grid.spacing[0];
    const plane = d1 * d2;
    for (let l = 0; l < plane; l++) {
      if (lines === null || lines[l] !== 0) {
        lowerEnvelope(out, l, plane, d0, s, scratch);
      }
    }
  }
}

/** Axis 2: squared distance to the nearest feature on the same contiguous line. */
function scanLastAxis(
  features: Uint8Array,
  lineCount: number,
  n: number,
  s: number,
  out: Float64Array,
): void {
  for (let l = 0; l < lineCount; l++) {
    const o = l * n;
    let last = -1;
    for (let i = 0; i < n; i++) {
      if (features[o + i] !== 0) last = i;
      if (last < 0) out[o + i] = Infinity;
      else {
        const d = (i - last) * s;
        out[o + i] = d * d;
      }
    }
    last = -1;
    for (let i = n - 1; i >= 0; i--) {
      if (features[o + i] !== 0) last = i;
      if (last >= 0) {
        const d = (last - i) * s;
        if (d * d < out[o + i]) out[o + i] = d * d;
      }
    }
  }
}

/**
 * Replaces the `n` values `a[o + i·stride]` by `min_q a[q] + ((i − q)·s)²`,
 * through the lower envelope of the parabolas.
 */
function lowerEnvelope(
  a: Float64Array,
  o: number,
  stride: number,
  n: number,
  s: number,
  scratch: DistanceScratch,
): void {
  const { f, v, z } = scratch;
  const s2 = s * s;
  let k = -1;
  for (let q = 0; q < n; q++) {
    const fq = a[o + q * stride];
    f[q] = fq;
    if (fq === Infinity) continue;
    if (k < 0) {
      k = 0;
      v[0] = q;
      z[0] = -Infinity;
      z[1] = Infinity;
      continue;
    }
    let x = meet(f, v[k], q, s2);
    while (x <= z[k]) x = meet(f, v[--k], q, s2);
    k++;
    v[k] = q;
    z[k] = x;
    z[k + 1] = Infinity;
  }
  if (k < 0) return; // no finite value on the line: it stays Infinity
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (z[j + 1] < i) j++;
    const p = v[j];
    const d = (i - p) * s;
    a[o + i * stride] = f[p] + d * d;
  }
}

/** Where the parabola rooted at `q` becomes lower than the one rooted at `p < q` (index units). */
function meet(f: Float64Array, p: number, q: number, s2: number): number {
  return ((f[q] - f[p]) / s2 + q * q - p * p) / (2 * (q - p));
}
