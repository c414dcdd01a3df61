/**
 * Percentiles of a set of distances, by the two rules the reference
 * libraries use.
 *
 * @module
 */

/**
 * MONAI's (and numpy's "linear") percentile: with the values sorted and
 * `h = (n − 1)·p/100`, the value interpolated between ranks `⌊h⌋` and `⌈h⌉`.
 *
 * @param sorted Values in ascending order (only the first `n` are read).
 * @param n How many values.
 * @param p The percentile, 0–100.
 * @returns The percentile (NaN for `n = 0`).
 * @example
 * ```ts
 * import { linearPercentile } from "./percentile.ts";
 * import assert from "node:assert/strict";
 * assert.equal(linearPercentile(new Float64Array([0, 10]), 2, 95), 9.5);
 * ```
 */
export function linearPercentile(
  sorted: Float64Array,
  n: number,
  p: number,
): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, Math.ceil(h));
  const a = sorted[lo];
  const b = sorted[hi];
  if (a === b) return a; // also keeps Infinity from turning into NaN
  return a + (b - a) * (h - lo);
}

/**
 * DeepMind's weighted percentile: sorted by distance, the first distance at
 * which the cumulative weight share reaches `p/100` (no interpolation).
 *
 * @param values The distances (first `n` read; not modified).
 * @param weights Their weights (surfel lengths or areas).
 * @param n How many values.
 * @param p The percentile, 0–100.
 * @returns The percentile (NaN for `n = 0`).
 * @example
 * ```ts
 * import { weightedLowerPercentile } from "./percentile.ts";
 * import assert from "node:assert/strict";
 * const d = new Float64Array([3, 1, 2]);
 * assert.equal(weightedLowerPercentile(d, new Float64Array([1, 1, 8]), 3, 50), 2);
 * ```
 */
export function weightedLowerPercentile(
  values: Float64Array,
  weights: Float64Array,
  n: number,
  p: number,
): number {
  if (n === 0) return NaN;
  const order = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    total += weights[i];
  }
  order.sort((a, b) => values[a] - values[b] || weights[a] - weights[b]);
  const target = p / 100;
  let cum = 0;
  for (let k = 0; k < n; k++) {
    cum += weights[order[k]];
    if (cum / total >= target) return values[order[k]];
  }
  return values[order[n - 1]];
}
