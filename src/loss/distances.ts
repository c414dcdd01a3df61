/**
 * The Jaccard metric (JML), Dice semimetric (DML) and Tversky distances between
 * two nonnegative vectors, in the papers' forms (docs/spec.md §5).
 *
 * @module
 */

import { JdtRangeError, JdtTypeError } from "../core/errors.ts";
import { groupLoss } from "../core/host_step.ts";

/** Options of the vector distances. */
export interface DistanceOptions {
  /** Acts as one extra coordinate equal to `smooth` in both vectors. Default 0. */
  smooth?: number;
  /** Focal exponent (>= 1) applied to the distance. Default 1. */
  gamma?: number;
  /** Use `-log(score)` instead of `1 - score`. Default false. */
  logLoss?: boolean;
}

/** Options of the Tversky distance. */
export interface TverskyDistanceOptions extends DistanceOptions {
  /** Weight of `Σ max(x − y, 0)`. Default 0.3. */
  alpha?: number;
  /** Weight of `Σ max(y − x, 0)`. Default 0.7. */
  beta?: number;
}

const KNOWN = ["smooth", "gamma", "logLoss", "alpha", "beta"];

function distance(
  what: string,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: TverskyDistanceOptions | undefined,
  alpha: number,
  beta: number,
): number {
  const o = options ?? {};
  for (const key of Object.keys(o)) {
    const allowed = what === "tversky" ? KNOWN : KNOWN.slice(0, 3);
    if (!allowed.includes(key)) {
      throw new JdtTypeError(
        `options.${key}`,
        `Cannot compute ${what}: options.${key} is not a known option (known: ${
          allowed.join(", ")
        })`,
      );
    }
  }
  const smooth = o.smooth ?? 0;
  const gamma = o.gamma ?? 1;
  const logLoss = o.logLoss ?? false;
  for (
    const [name, v, min] of [["smooth", smooth, 0], [
      "gamma",
      gamma,
      1,
    ]] as const
  ) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
      throw new JdtRangeError(
        `options.${name}`,
        `Cannot compute ${what}: options.${name} must be a number >= ${min}, got ${v}`,
      );
    }
  }
  for (const [name, v] of [["alpha", alpha], ["beta", beta]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new JdtRangeError(
        `options.${name}`,
        `Cannot compute ${what}: options.${name} must be a number >= 0, got ${v}`,
      );
    }
  }
  if (logLoss && smooth === 0) {
    throw new JdtRangeError(
      "options.smooth",
      `Cannot compute ${what}: options.smooth must be > 0 with logLoss`,
    );
  }
  if (x === null || typeof x !== "object" || typeof x.length !== "number") {
    throw new JdtTypeError(
      "x",
      `Cannot compute ${what}: x must be an array of numbers`,
    );
  }
  if (y === null || typeof y !== "object" || typeof y.length !== "number") {
    throw new JdtTypeError(
      "y",
      `Cannot compute ${what}: y must be an array of numbers`,
    );
  }
  if (x.length !== y.length) {
    throw new JdtRangeError(
      "y",
      `Cannot compute ${what}: y length (${y.length}) must equal x length (${x.length})`,
    );
  }
  // tp, fp, fn summed directly (no cancellation as in (P + Y − D) / 2).
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i], b = y[i];
    if (!(a >= 0 && a < Infinity)) {
      throw new JdtRangeError(
        "x",
        `Cannot compute ${what}: x[${i}] must be finite and >= 0, got ${a}`,
      );
    }
    if (!(b >= 0 && b < Infinity)) {
      throw new JdtRangeError(
        "y",
        `Cannot compute ${what}: y[${i}] must be finite and >= 0, got ${b}`,
      );
    }
    tp += Math.min(a, b);
    fp += Math.max(a - b, 0);
    fn += Math.max(b - a, 0);
  }
  return groupLoss(tp, fp, fn, { alpha, beta, gamma, smooth, logLoss }, 1).l;
}

/**
 * The Jaccard metric loss between two nonnegative vectors:
 * `1 − (‖x‖₁ + ‖y‖₁ − ‖x − y‖₁) / (‖x‖₁ + ‖y‖₁ + ‖x − y‖₁)`, 0 for two zero vectors.
 * A metric on [0, 1]^n.
 *
 * @param x First vector (e.g. predicted probabilities of one class).
 * @param y Second vector (e.g. soft labels).
 * @param options Smoothing, focal exponent, log form.
 * @returns The distance in [0, 1].
 * @example
 * ```ts
 * import { jml } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * assert.equal(jml([0.5, 0.5], [0.5, 0.5]), 0);
 * assert.equal(jml([1, 0], [0, 1]), 1);
 * ```
 */
export function jml(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options?: DistanceOptions,
): number {
  return distance("jml", x, y, options, 1, 1);
}

/**
 * The Dice semimetric loss between two nonnegative vectors:
 * `1 − (‖x‖₁ + ‖y‖₁ − ‖x − y‖₁) / (‖x‖₁ + ‖y‖₁)`, 0 for two zero vectors.
 * Symmetric and positive, with a triangle inequality relaxed by 1.5.
 *
 * @param x First vector.
 * @param y Second vector.
 * @param options Smoothing, focal exponent, log form.
 * @returns The distance in [0, 1].
 * @example
 * ```ts
 * import { dml } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * assert.ok(Math.abs(dml([1, 0], [1, 1]) - 1 / 3) < 1e-15);
 * ```
 */
export function dml(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options?: DistanceOptions,
): number {
  return distance("dml", x, y, options, 0.5, 0.5);
}

/**
 * The Tversky distance `1 − (tp + s) / (tp + α·fp + β·fn + s)` with
 * `tp = Σ min(x, y)`, `fp = Σ max(x − y, 0)`, `fn = Σ max(y − x, 0)`.
 * Not symmetric when α ≠ β: `tversky(x, y, {α, β}) = tversky(y, x, {β, α})`.
 *
 * @param x First vector (prediction).
 * @param y Second vector (label).
 * @param options Alpha, beta, smoothing, focal exponent, log form.
 * @returns The distance.
 * @example
 * ```ts
 * import { tversky } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // tp = 1, fp = 0, fn = 1: 1 − 1 / (1 + 0.7).
 * const d = tversky([1, 0], [1, 1], { alpha: 0.3, beta: 0.7 });
 * assert.ok(Math.abs(d - 0.7 / 1.7) < 1e-15);
 * assert.equal(tversky([1, 1], [1, 0], { alpha: 0.7, beta: 0.3 }), d);
 * ```
 */
export function tversky(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options?: TverskyDistanceOptions,
): number {
  return distance(
    "tversky",
    x,
    y,
    options,
    options?.alpha ?? 0.3,
    options?.beta ?? 0.7,
  );
}
