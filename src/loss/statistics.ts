/**
 * The sufficient statistics of a loss evaluation as a public, mergeable
 * record: compute them on chunks, workers or machines, merge them exactly, and
 * get the batch-level loss from the merged record.
 *
 * @module
 */

import { chooseBackend, sharedBackends } from "../choose/backend.ts";
import { JdtRangeError, JdtTypeError, show } from "../core/errors.ts";
import {
  ownOptions,
  type ResolvedLossOptions,
  resolveLossOptions,
} from "../core/options.ts";
import { checkAttached, toProblem } from "../core/input.ts";
import { findInvalidData } from "../core/data_check.ts";
import { type Problem, STAT_K, stepGroups } from "../core/problem.ts";
import { hostStep, hostStepPlan } from "../core/host_step.ts";
import type {
  LossInput,
  LossOptions,
  LossStatistics,
  PerGroupLosses,
} from "../core/types.ts";

/** Loss value and per-group losses computed from statistics. */
export interface StatisticsLoss {
  /** The scalar loss. */
  value: number;
  /** Per-group losses and active masks. */
  perGroup: PerGroupLosses;
}

/**
 * Runs pass 1 only and returns the statistics of an input.
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options (`norm`, `ignoreIndex`, activation, layout, backend matter here).
 * @returns The statistics record.
 * @example
 * ```ts
 * import { computeStatistics, jdtLoss, lossFromStatistics, mergeStatistics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.9, 0.2, 0.1, 0.8]); // [1, 2, 2]
 * const labels = new Uint8Array([0, 1]);
 * // Two chunks of pixels of the same image, merged, give the loss of the whole.
 * const a = await computeStatistics({ probs: probs.filter((_, i) => i % 2 === 0), shape: [1, 2, 1], labels: labels.slice(0, 1) });
 * const b = await computeStatistics({ probs: probs.filter((_, i) => i % 2 === 1), shape: [1, 2, 1], labels: labels.slice(1) });
 * const whole = await jdtLoss({ probs, shape: [1, 2, 2], labels }, { grad: false });
 * assert.ok(Math.abs(lossFromStatistics(mergeStatistics(a, b)).value - whole.value) < 1e-6);
 * ```
 */
export async function computeStatistics(
  input: LossInput,
  options?: LossOptions,
): Promise<LossStatistics> {
  const o = resolveLossOptions(options, "statistics");
  // The record is public and read later with any options: keep every
  // maximum, also those the given active-class mode does not read.
  const problem = { ...toProblem(input, o, "statistics"), needMaxX: true };
  const backend = await chooseBackend(o.backend, problem, sharedBackends(o));
  checkAttached(input, problem, "statistics");
  const pass1 = hostStepPlan(problem, { ...o, grad: false }, false);
  const out = await backend.run(problem, pass1);
  if (out.invalid) {
    findInvalidData(problem, "statistics");
    throw new Error(
      `jdt: backend ${backend.name} flagged invalid data that the scan did not find`,
    );
  }
  return {
    ...stepGroups(problem),
    norm: problem.norm,
    data: out.stats,
  };
}

/** A typed error in the message form "Cannot <what>: <arg> <expected>". */
function bad(
  type: typeof JdtTypeError | typeof JdtRangeError,
  what: string,
  arg: string,
  expected: string,
): JdtTypeError | JdtRangeError {
  return new type(arg, `Cannot ${what}: ${arg} ${expected}`);
}

function checkCount(what: string, arg: string, v: unknown): void {
  if (typeof v !== "number") {
    throw bad(JdtTypeError, what, arg, `must be a number, got ${show(v)}`);
  }
  if (!Number.isSafeInteger(v) || v < 1) {
    throw bad(JdtRangeError, what, arg, `must be an integer >= 1, got ${v}`);
  }
}

/**
 * Checks a statistics record, which may come from another worker or machine:
 * sizes, norm, label kind, and every value finite and >= 0.
 *
 * @param what What is being done, for error messages.
 * @param s The record.
 * @param arg The record's argument name.
 */
function checkRecord(what: string, s: LossStatistics, arg = "stats"): void {
  if (s === null || typeof s !== "object") {
    throw bad(JdtTypeError, what, arg, "must be a LossStatistics record");
  }
  checkCount(what, `${arg}.B`, s.B);
  checkCount(what, `${arg}.C`, s.C);
  if (s.norm !== 1 && s.norm !== 2) {
    throw bad(
      JdtRangeError,
      what,
      `${arg}.norm`,
      `must be 1 or 2, got ${show(s.norm)}`,
    );
  }
  if (typeof s.soft !== "boolean") {
    throw bad(
      JdtTypeError,
      what,
      `${arg}.soft`,
      `must be a boolean, got ${show(s.soft)}`,
    );
  }
  checkData(what, s, `${arg}.data`);
}

/** Checks a record's data: a Float64Array of B*C*6 finite values >= 0. */
function checkData(what: string, s: LossStatistics, arg: string): void {
  const data = s.data;
  if (!(data instanceof Float64Array)) {
    throw bad(
      JdtTypeError,
      what,
      arg,
      `must be a Float64Array, got ${show(data)}`,
    );
  }
  if (data.length !== s.B * s.C * STAT_K) {
    throw bad(
      JdtRangeError,
      what,
      arg,
      `length (${data.length}) must be B*C*${STAT_K} (${s.B * s.C * STAT_K})`,
    );
  }
  for (let i = 0; i < data.length; i++) {
    if (!(data[i] >= 0 && data[i] < Infinity)) {
      throw bad(
        JdtRangeError,
        what,
        arg,
        `must hold finite values >= 0, got ${data[i]} at index ${i}`,
      );
    }
  }
}

function checkCompatible(
  what: string,
  a: LossStatistics,
  b: LossStatistics,
): void {
  checkRecord(what, a);
  checkRecord(what, b);
  if (a.C !== b.C || a.norm !== b.norm || a.soft !== b.soft) {
    throw new JdtRangeError(
      "stats",
      `Cannot ${what}: records differ in C (${a.C}, ${b.C}), norm (${a.norm}, ${b.norm}) or label kind`,
    );
  }
}

/**
 * Merges the statistics of two disjoint sets of pixels of the same images
 * (chunks of the spatial dims): sums add, maxima take the maximum. Exact.
 *
 * @param a Statistics of some pixels.
 * @param b Statistics of other pixels of the same B images.
 * @returns The statistics of both.
 * @example
 * ```ts
 * import { computeStatistics, mergeStatistics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // One image, C = 2, split into two chunks of one pixel each.
 * const a = await computeStatistics({ probs: new Float32Array([0.9, 0.1]), shape: [1, 2, 1], labels: new Uint8Array([0]) });
 * const b = await computeStatistics({ probs: new Float32Array([0.2, 0.8]), shape: [1, 2, 1], labels: new Uint8Array([1]) });
 * const m = mergeStatistics(a, b);
 * assert.equal(m.B, 1);
 * assert.ok(Math.abs(m.data[0] - (0.9 + 0.2)) < 1e-6); // P of class 0 adds up
 * ```
 */
export function mergeStatistics(
  a: LossStatistics,
  b: LossStatistics,
): LossStatistics {
  checkCompatible("merge statistics", a, b);
  if (a.B !== b.B) {
    throw new JdtRangeError(
      "stats",
      `Cannot merge statistics: B differs (${a.B}, ${b.B}); use concatStatistics for other images`,
    );
  }
  const data = new Float64Array(a.data.length);
  for (let i = 0; i < data.length; i++) {
    data[i] = i % STAT_K < 3
      ? a.data[i] + b.data[i]
      : Math.max(a.data[i], b.data[i]);
  }
  return { B: a.B, C: a.C, norm: a.norm, soft: a.soft, data };
}

/**
 * Joins the statistics of two batches of different images (along the batch axis).
 *
 * @param a Statistics of the first images.
 * @param b Statistics of further images.
 * @returns The statistics of the batch `a` then `b`.
 * @example
 * ```ts
 * import { computeStatistics, concatStatistics, jdtLoss, lossFromStatistics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.9, 0.2, 0.1, 0.8, 0.6, 0.3, 0.4, 0.7]); // [B=2, C=2, N=2]
 * const labels = new Uint8Array([0, 1, 0, 1]);
 * // Each image on its own (on two workers, say), then joined.
 * const first = await computeStatistics({ probs: probs.slice(0, 4), shape: [1, 2, 2], labels: labels.slice(0, 2) });
 * const second = await computeStatistics({ probs: probs.slice(4), shape: [1, 2, 2], labels: labels.slice(2) });
 * const both = concatStatistics(first, second);
 * const whole = await jdtLoss({ probs, shape: [2, 2, 2], labels }, { mIoUD: 0, mIoUI: 1, grad: false });
 * assert.ok(Math.abs(lossFromStatistics(both, { mIoUD: 0, mIoUI: 1 }).value - whole.value) < 1e-6);
 * ```
 */
export function concatStatistics(
  a: LossStatistics,
  b: LossStatistics,
): LossStatistics {
  checkCompatible("concatenate statistics", a, b);
  const data = new Float64Array(a.data.length + b.data.length);
  data.set(a.data);
  data.set(b.data, a.data.length);
  return { B: a.B + b.B, C: a.C, norm: a.norm, soft: a.soft, data };
}

/**
 * The loss value and per-group losses of a statistics record (the host step).
 *
 * @param stats A record from `computeStatistics`, merged or concatenated.
 * @param options Loss options (reduction weights, alpha, beta, ...); `norm`
 *   must match the record's.
 * @returns The value and per-group losses.
 * @example
 * ```ts
 * import { computeStatistics, lossFromStatistics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const stats = await computeStatistics({
 *   probs: new Float32Array([0.75, 0.5, 0.25, 0.5]), // [B=1, C=2, N=2]
 *   shape: [1, 2, 2],
 *   labels: new Uint8Array([0, 1]),
 * });
 * // The same record, read as Jaccard and as Dice, without a second pass.
 * const jaccard = lossFromStatistics(stats).value;
 * const dice = lossFromStatistics(stats, { alpha: 0.5, beta: 0.5 }).value;
 * assert.ok(Math.abs(jaccard - (0.75 / 1.501 + 0.75 / 1.251) / 2) < 1e-6);
 * assert.ok(dice < jaccard);
 * ```
 */
export function lossFromStatistics(
  stats: LossStatistics,
  options?: LossOptions,
): StatisticsLoss {
  checkRecord("compute loss from statistics", stats);
  const what = "loss from statistics";
  const o = resolveLossOptions(
    { norm: stats.norm, ...ownOptions(what, options) },
    what,
  );
  if (o.norm !== stats.norm) {
    throw new JdtRangeError(
      "options.norm",
      `Cannot compute loss from statistics: options.norm (${o.norm}) must equal the record's (${stats.norm})`,
    );
  }
  if (o.classWeights !== null && o.classWeights.length !== stats.C) {
    throw new JdtRangeError(
      "options.classWeights",
      `Cannot compute loss from statistics: options.classWeights length (${o.classWeights.length}) must equal C (${stats.C})`,
    );
  }
  const r = hostStep(stats.data, stats.B, stats.C, stats.soft, {
    ...o,
    reduction: "none",
  }, false);
  return { value: r.value, perGroup: r.perGroup };
}

/**
 * The problem of a loss input with `input.statistics`: the record of the
 * whole batch it is part of (the sum over data-parallel workers of each
 * one's `computeStatistics`), checked against the input and the options.
 * Without `input.statistics`, the problem unchanged.
 *
 * @param input The caller's input.
 * @param problem Its validated problem.
 * @param o Resolved options.
 * @returns The problem, with the record's data as `statistics`.
 */
export function withStatistics(
  input: LossInput,
  problem: Problem,
  o: ResolvedLossOptions,
): Problem {
  const s = input.statistics;
  if (s === undefined) return problem;
  const what = "compute loss";
  const arg = "input.statistics";
  checkRecord(what, s, arg);
  const g = stepGroups(problem);
  const want: [string, unknown, unknown, string][] = [
    ["B", s.B, g.B, "the input's images (its record's B)"],
    ["C", s.C, g.C, "the input's classes (its record's C)"],
    ["norm", s.norm, problem.norm, "options.norm"],
    ["soft", s.soft, g.soft, "the input's label kind (its record's soft)"],
  ];
  for (const [k, got, expected, of] of want) {
    if (got !== expected) {
      throw bad(
        JdtRangeError,
        what,
        `${arg}.${k}`,
        `(${got}) must equal ${of}, ${expected}: sum records of equal shape, one per worker, with mergeStatistics`,
      );
    }
  }
  if (o.mIoUI > 0 || o.mIoUC > 0) {
    throw bad(
      JdtRangeError,
      what,
      arg,
      `sums the images of different workers into one group: it gives the dataset-level loss (options.mIoUD) only; set options.mIoUI and options.mIoUC to 0`,
    );
  }
  return { ...problem, statistics: s.data.slice() };
}
