/**
 * The two-pass skeleton every wasm path shares: pass 1 (statistics), the host
 * step, pass 2 (gradient). How the data reaches the kernels is the feed's
 * business: chunk copies from plain arrays (`copy_feed.ts`) or pointers into
 * workspaces, possibly on worker threads (`pointer_feed.ts`).
 *
 * @module
 */

import type { BackendOutput, HostStepPlan, Problem } from "../core/problem.ts";
import { runHostStep } from "../core/host_step.ts";
import { STAT_K } from "../core/problem.ts";
import { checkProblemAttached } from "../core/input.ts";
import { mergeSums, statsFromSums, SUM_K } from "./kernels.ts";

/** A way of feeding a problem to the kernels, pass by pass (synchronous). */
export interface SyncFeed {
  /**
   * Pass 1: writes every image's statistics records into `stats`.
   *
   * @returns False when a value was invalid.
   */
  stats(stats: Float64Array): boolean;
  /** Pass 2: the gradient from the host step's coefficients into `grad`. */
  grad(coef: Float64Array, grad: Float32Array): void;
}

/** A way of feeding a problem to the kernels that may wait (for workers). */
export interface AsyncFeed {
  /**
   * Pass 1: writes every image's statistics records into `stats`.
   *
   * @returns False when a value was invalid.
   */
  stats(stats: Float64Array): Promise<boolean>;
  /** Pass 2: the gradient from the host step's coefficients into `grad`. */
  grad(coef: Float64Array, grad: Float32Array): Promise<void>;
}

/**
 * Both passes of a problem: checks its arrays are still attached, answers
 * empty images without kernels, otherwise makes the feed and runs pass 1, the
 * host step and (when it gives coefficients) pass 2 into `p.gradInto` or a
 * new array.
 *
 * @param p A validated problem.
 * @param step The host step.
 * @param feed Makes the feed (called only when there are pixels).
 * @returns Statistics, and the gradient when the host step gave coefficients.
 */
export function twoPass(
  p: Problem,
  step: HostStepPlan,
  feed: () => SyncFeed,
): BackendOutput;
export function twoPass(
  p: Problem,
  step: HostStepPlan,
  feed: () => AsyncFeed,
): Promise<BackendOutput>;
export function twoPass(
  p: Problem,
  step: HostStepPlan,
  feed: () => SyncFeed | AsyncFeed,
): BackendOutput | Promise<BackendOutput> {
  checkProblemAttached(p);
  const stats = new Float64Array(p.B * p.C * STAT_K);
  if (p.N === 0) {
    const host = runHostStep(step, stats);
    return host?.coef ? { stats, host, grad: new Float32Array(0) } : {
      stats,
      host,
    };
  }
  const f = feed();
  return after(f.stats(stats), (ok): BackendOutput | Promise<BackendOutput> => {
    if (!ok) return { stats, invalid: true };
    const host = runHostStep(step, stats);
    const coef = host?.coef ?? null;
    if (coef === null) return { stats, host };
    const grad = p.gradInto ?? new Float32Array(p.pred.length);
    return after(f.grad(coef, grad), () => ({ stats, host, grad }));
  });
}

/** Applies `then` to a value now, or once it resolves. */
function after<T, U>(
  x: T | Promise<T>,
  then: (v: T) => U | Promise<U>,
): U | Promise<U> {
  return x instanceof Promise ? x.then(then) : then(x);
}

/**
 * Writes image b's statistics records from the partial sums kernels left at
 * several places (one per thread, say).
 *
 * @param p The problem.
 * @param f64 A view of wasm memory.
 * @param at Byte offsets of image b's sums, one per place.
 * @param acc C * SUM_K float64 scratch.
 * @param stats The statistics array.
 * @param b The image.
 */
export function collectImage(
  p: Problem,
  f64: Float64Array,
  at: readonly number[],
  acc: Float64Array,
  stats: Float64Array,
  b: number,
): void {
  acc.fill(0);
  for (const a of at) mergeSums(acc, f64, a / 8, p.C);
  statsFromSums(acc, p.C, !p.soft, stats, b);
}

/** Byte offset of image b's sums in a block of sums of several images. */
export function imageSums(p: Problem, sums: number, b: number): number {
  return sums + b * p.C * SUM_K * 8;
}
