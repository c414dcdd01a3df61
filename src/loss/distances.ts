/**
 * The Jaccard metric (JML), Dice semimetric (DML) and Tversky distances between
 * two nonnegative vectors, in the papers' forms (docs/spec.md §5).
 *
 * @module
 */

import {
  JdtRangeError,
  JdtTypeError,
  rangeError,
  show,
  typeError,
} from "../core/errors.ts";
import { groupLoss, type GroupLossOptions } from "../core/host_step.ts";
import { ownOptions } from "../core/options.ts";

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

/** The options (own properties only), checked and with defaults. */
function distanceOptions(
  what: string,
  options: unknown,
  alpha: number,
  beta: number,
): GroupLossOptions {
  const o = ownOptions(what, options);
  const allowed = what === "tversky" ? KNOWN : KNOWN.slice(0, 3);
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) {
      throw typeError(
        what,
        `options.${key}`,
        `is not a known option (known: ${allowed.join(", ")})`,
      );
    }
  }
  const r = {
    smooth: o.smooth ?? 0,
    gamma: o.gamma ?? 1,
    logLoss: o.logLoss ?? false,
    alpha: o.alpha ?? alpha,
    beta: o.beta ?? beta,
  };
  for (const name of ["smooth", "gamma", "alpha", "beta"] as const) {
    const v = r[name], min = name === "gamma" ? 1 : 0;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
      throw rangeError(
        what,
        `options.${name}`,
        `must be a number >= ${min}, got ${show(v)}`,
      );
    }
  }
  if (typeof r.logLoss !== "boolean") {
    throw typeError(
      what,
      "options.logLoss",
      `must be a boolean, got ${show(r.logLoss)}`,
    );
  }
  if (r.logLoss && r.smooth === 0) {
    throw rangeError(
      what,
      "options.smooth",
      "must be > 0 with logLoss",
    );
  }
  return r as GroupLossOptions;
}

/** Checks a vector argument: an array-like of finite numbers >= 0. */
function checkVector(what: string, name: "x" | "y", v: unknown): void {
  if (v === null || typeof v !== "object" || !("length" in v)) {
    throw typeError(
      what,
      name,
      "must be an array of numbers",
    );
  }
  const a = v as ArrayLike<unknown>;
  for (let i = 0; i < a.length; i++) {
    const e = a[i];
    if (typeof e !== "number") {
      throw new JdtTypeError(
        name,
        `Cannot compute ${what}: ${name}[${i}] must be a number, got ${
          show(e)
        }`,
      );
    }
    if (!(e >= 0 && e < Infinity)) {
      throw new JdtRangeError(
        name,
        `Cannot compute ${what}: ${name}[${i}] must be finite and >= 0, got ${e}`,
      );
    }
  }
}

function distance(
  what: string,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: unknown,
  alpha: number,
  beta: number,
): number {
  const o = distanceOptions(what, options, alpha, beta);
  checkVector(what, "x", x);
  checkVector(what, "y", y);
  if (x.length !== y.length) {
    throw rangeError(
      what,
      "y",
      `length (${y.length}) must equal x length (${x.length})`,
    );
  }
  // The score is scale-free: vectors near the float64 maximum are scaled by
  // an exact power of two first, so that their sums cannot overflow.
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, x[i], y[i]);
  const k = max > 2 ** 500 ? 2 ** -600 : 1;
  // tp, fp, fn summed directly (no cancellation as in (P + Y − D) / 2).
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] * k, b = y[i] * k;
    tp += Math.min(a, b);
    fp += Math.max(a - b, 0);
    fn += Math.max(b - a, 0);
  }
  return groupLoss(tp, fp, fn, { ...o, smooth: o.smooth * k }, 1).l;
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
  return distance("tversky", x, y, options, 0.3, 0.7);
}
