/**
 * Summary statistics over seeds: mean ± sample standard deviation, and the
 * mean paired difference to a baseline with a 95 % Student-t interval.
 *
 * @module
 */

/** 97.5 % quantiles of Student's t for 1 to 30 degrees of freedom. */
const T975 = [
  12.706,
  4.303,
  3.182,
  2.776,
  2.571,
  2.447,
  2.365,
  2.306,
  2.262,
  2.228,
  2.201,
  2.179,
  2.160,
  2.145,
  2.131,
  2.120,
  2.110,
  2.101,
  2.093,
  2.086,
  2.080,
  2.074,
  2.069,
  2.064,
  2.060,
  2.056,
  2.052,
  2.048,
  2.045,
  2.042,
];

/** Mean and sample standard deviation (0 for a single value). */
export function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

/**
 * Mean of `xs[i] − base[i]` and the half-width of its 95 % t interval
 * (Infinity with fewer than two pairs; the normal 1.96 beyond 30 degrees of freedom).
 */
export function pairedDiff(
  xs: readonly number[],
  base: readonly number[],
): { mean: number; half: number } {
  const d = xs.map((x, i) => x - base[i]);
  const { mean, sd } = meanSd(d);
  const df = d.length - 1;
  if (df < 1) return { mean, half: Infinity };
  const t = df <= T975.length ? T975[df - 1] : 1.96;
  return { mean, half: t * sd / Math.sqrt(d.length) };
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
