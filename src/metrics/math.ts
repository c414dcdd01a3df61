/**
 * The finishing math of the scoring metrics in float64: the ratio of a group,
 * means that leave out 0/0 groups, and the worst-case averages.
 *
 * @module
 */

/** Ratio selectors of the accuracy metrics, from tp, fp, fn. */
export type RatioKind = "Acc" | "IoU" | "Dice";

/**
 * The ratio of one group from its counts, or NaN for 0/0.
 *
 * @param kind Acc = tp/(tp+fn), IoU = tp/(tp+fp+fn), Dice = 2tp/(2tp+fp+fn).
 * @param tp True positives.
 * @param fp False positives.
 * @param fn False negatives.
 * @returns The ratio in [0, 1], or NaN when its denominator is 0.
 */
export function ratio(
  kind: RatioKind,
  tp: number,
  fp: number,
  fn: number,
): number {
  const den = kind === "Acc"
    ? tp + fn
    : kind === "IoU"
    ? tp + fp + fn
    : 2 * tp + fp + fn;
  if (den === 0) return NaN;
  return (kind === "Dice" ? 2 * tp : tp) / den;
}

/**
 * 100 × the mean of the finite values, NaN when there is none (docs/spec.md §6,
 * rule `nan`).
 *
 * @param values Values, NaN for groups left out.
 * @returns The mean in percent.
 */
export function meanPercent(values: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    s += v;
    n++;
  }
  return n === 0 ? NaN : (100 * s) / n;
}

/**
 * 100 × the mean of the worst (smallest) q% of the values: the first
 * `max(1, trunc(q/100 · n))` after sorting, with `n` computed in float64 (the
 * reference's per-image rule) or float32 (its per-class rule).
 *
 * @param values Values (no NaN).
 * @param q Percentage in (0, 100].
 * @param f32 Compute `q/100 · n` in float32.
 * @returns The mean in percent, NaN for no values.
 */
export function worstPercent(
  values: Float64Array,
  q: number,
  f32: boolean,
): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = values.slice().sort();
  const x = f32 ? Math.fround(Math.fround(q / 100) * n) : (q / 100) * n;
  const k = Math.max(1, Math.trunc(x));
  let s = 0;
  for (let i = 0; i < k; i++) s += sorted[i];
  return (100 * s) / k;
}

/**
 * Average of {@link worstPercent} over q = 10, 20, ..., 100.
 *
 * @param values Values (no NaN).
 * @param f32 As in {@link worstPercent}.
 * @returns The mean in percent, NaN for no values.
 */
export function worstAverage(values: Float64Array, f32: boolean): number {
  let s = 0;
  for (let q = 10; q <= 100; q += 10) s += worstPercent(values, q, f32);
  return s / 10;
}
