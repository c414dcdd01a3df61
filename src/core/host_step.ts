/**
 * The host step, in float64: statistics → loss value, per-group losses and the
 * per-group gradient coefficients of docs/spec.md §4. Shared by every backend,
 * so no backend decides semantics.
 *
 * @module
 */

import { JdtRangeError } from "./errors.ts";
import type { ResolvedLossOptions } from "./options.ts";
import {
  COEF_K,
  type HostResult,
  type HostStepPlan,
  type Problem,
  STAT_D,
  STAT_K,
  STAT_MAX_X,
  STAT_MAX_XY,
  STAT_MAX_Y,
  STAT_P,
  STAT_Y,
  stepGroups,
} from "./problem.ts";
import type { ActiveClassesMode, PerGroupLosses } from "./types.ts";

/** The options a single group's loss depends on. */
export type GroupLossOptions = Pick<
  ResolvedLossOptions,
  "alpha" | "beta" | "gamma" | "smooth" | "logLoss"
>;

/** Loss of one group and its derivatives with respect to tp, fp, fn. */
export interface GroupLoss {
  l: number;
  dtp: number;
  dfp: number;
  dfn: number;
}

/**
 * The loss of one group from its `tp`, `fp`, `fn`, with its derivatives with
 * respect to each (docs/spec.md §3 and §4).
 *
 * @param tp True positives (soft).
 * @param fp False positives (soft).
 * @param fn False negatives (soft).
 * @param o Alpha, beta, gamma, smooth, logLoss.
 * @param weight Class weight.
 * @returns The loss and its derivatives.
 */
export function groupLoss(
  tp: number,
  fp: number,
  fn: number,
  o: GroupLossOptions,
  weight: number,
): GroupLoss {
  // The score is scale-free in (tp, fp, fn, smooth): lift tiny (subnormal)
  // groups and lower huge ones by an exact power of two so that nothing
  // underflows or overflows; the derivatives scale back by the same factor.
  const mag = Math.max(Math.abs(tp), Math.abs(fp), Math.abs(fn), o.smooth);
  const k = mag > 0 && mag < 2 ** -500
    ? 2 ** 600
    : mag > 2 ** 500
    ? 2 ** -600
    : 1;
  tp *= k;
  fp *= k;
  fn *= k;
  const smooth = o.smooth * k;
  const num = tp + smooth;
  const den = tp + o.alpha * fp + o.beta * fn + smooth;
  if (den === 0 && num === 0) {
    // Nothing predicted, nothing labelled, smooth = 0: score 1 by definition.
    return { l: 0, dtp: 0, dfp: 0, dfn: 0 };
  }
  const score = num / den;
  if (o.logLoss && !(score > 0)) {
    throw new JdtRangeError(
      "options.logLoss",
      `Cannot compute loss: options.logLoss needs a positive score, got ${score} ` +
        `(with norm 2 and alpha != beta, fp or fn can be negative)`,
    );
  }
  const l0 = o.logLoss ? -Math.log(score) : 1 - score;
  let dl = o.logLoss ? -1 / score : -1;
  let l = l0;
  if (o.gamma > 1 && l0 < 0 && !Number.isInteger(o.gamma)) {
    throw new JdtRangeError(
      "options.gamma",
      `Cannot compute loss: options.gamma (${o.gamma}) must be an integer here: a group's ` +
        `score exceeds 1 (norm 2 with alpha > beta), and a negative loss has no real fractional power`,
    );
  }
  if (o.gamma > 1) {
    l = Math.pow(l0, o.gamma);
    dl *= o.gamma * Math.pow(l0, o.gamma - 1);
  }
  l *= weight;
  dl *= weight;
  const den2 = den * den / k;
  return {
    l,
    dtp: dl * (o.alpha * fp + o.beta * fn) / den2,
    dfp: dl * (-o.alpha * num) / den2,
    dfn: dl * (-o.beta * num) / den2,
  };
}

/**
 * The loss of a group from its sums `P = Σx^p`, `Y = Σy^p`, `D = Σ|x − y|^p`.
 * With norm 1, tp, fp and fn are sums of nonnegative terms: rounding in
 * `(P + Y − D) / 2` must not make them negative (a score above 1 would give a
 * negative loss, and NaN under a fractional gamma).
 */
function groupLossFromSums(
  P: number,
  Y: number,
  D: number,
  o: GroupLossOptions & { norm: 1 | 2 },
  weight: number,
): GroupLoss {
  // Halved first where P + Y would overflow (records of lossFromStatistics).
  const PY = P + Y;
  const tp = Number.isFinite(PY) ? (PY - D) / 2 : P / 2 + Y / 2 - D / 2;
  if (o.norm === 1) {
    return groupLoss(
      Math.max(tp, 0),
      Math.max(P - tp, 0),
      Math.max(Y - tp, 0),
      o,
      weight,
    );
  }
  return groupLoss(tp, P - tp, Y - tp, o, weight);
}

/**
 * The Tversky score `(tp + s) / (tp + α·fp + β·fn + s)` of a group from its
 * norm-1 sums `Σx`, `Σy`, `Σ|x − y|` (1 for an empty group).
 *
 * @param P Sum of predictions.
 * @param Y Sum of labels.
 * @param D Sum of absolute differences.
 * @param alpha Weight of fp.
 * @param beta Weight of fn.
 * @param smooth Smoothing.
 * @returns The score in [0, 1].
 */
export function scoreFromSums(
  P: number,
  Y: number,
  D: number,
  alpha: number,
  beta: number,
  smooth: number,
): number {
  const o = { alpha, beta, smooth, gamma: 1, logLoss: false, norm: 1 as const };
  return 1 - groupLossFromSums(P, Y, D, o, 1).l;
}

function isActive(
  mode: ActiveClassesMode,
  c: number,
  maxY: number,
  maxX: number,
  maxXY: number,
  threshold: number,
): boolean {
  if (typeof mode !== "string") return mode.includes(c);
  switch (mode) {
    case "ALL":
      return true;
    case "PRESENT":
    case "LABEL":
      return maxY > threshold;
    case "PROB":
      return maxX > threshold;
    case "BOTH":
      return maxXY > threshold;
  }
}

/** Per group: dL/dtp, dL/dfp, dL/dfn, accumulated over the D, I, C parts. */
interface GroupGrads {
  tp: number[];
  fp: number[];
  fn: number[];
}

/** n zeros, as a plain array. */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Adds `k` times group loss `l`'s derivatives to group `g`. */
function addGroupGrad(d: GroupGrads, g: number, k: number, l: GroupLoss) {
  d.tp[g] += k * l.dtp;
  d.fp[g] += k * l.dfp;
  d.fn[g] += k * l.dfn;
}

/** The batch and its options, as the parts of the host step read them. */
interface StepContext {
  stats: Float64Array;
  B: number;
  C: number;
  mode: ActiveClassesMode;
  o: ResolvedLossOptions;
  grads: GroupGrads;
}

/** Dataset level: per class, sums over the batch; returns its weighted value. */
function datasetPart(
  x: StepContext,
  dataset: number[],
  datasetActive: number[],
): number {
  const { stats, B, C, o } = x;
  const w = o.classWeights;
  const dl = new Array<GroupLoss>(C);
  let nActive = 0;
  for (let c = 0; c < C; c++) {
    let P = 0, Y = 0, D = 0, mY = 0, mX = 0, mXY = 0;
    for (let b = 0; b < B; b++) {
      const s = (b * C + c) * STAT_K;
      P += stats[s + STAT_P];
      Y += stats[s + STAT_Y];
      D += stats[s + STAT_D];
      mY = Math.max(mY, stats[s + STAT_MAX_Y]);
      mX = Math.max(mX, stats[s + STAT_MAX_X]);
      mXY = Math.max(mXY, stats[s + STAT_MAX_XY]);
    }
    if (isActive(x.mode, c, mY, mX, mXY, o.threshold)) {
      datasetActive[c] = 1;
      nActive++;
      dl[c] = groupLossFromSums(P, Y, D, o, w ? w[c] : 1);
      dataset[c] = dl[c].l;
    }
  }
  if (nActive === 0 || o.mIoUD <= 0) return 0;
  let sum = 0;
  const k = o.mIoUD / nActive;
  for (let c = 0; c < C; c++) {
    if (!datasetActive[c]) continue;
    sum += dataset[c];
    for (let b = 0; b < B; b++) addGroupGrad(x.grads, b * C + c, k, dl[c]);
  }
  return o.mIoUD * sum / nActive;
}

/** Image level groups (b, c), shared by the I and C parts. */
function imageGroups(
  x: StepContext,
  image: number[],
  imageActive: number[],
): GroupLoss[] {
  const { stats, C, o } = x;
  const w = o.classWeights;
  const gl = new Array<GroupLoss>(x.B * C);
  for (let g = 0; g < gl.length; g++) {
    const s = g * STAT_K;
    const c = g % C;
    const mY = stats[s + STAT_MAX_Y], mX = stats[s + STAT_MAX_X];
    if (!isActive(x.mode, c, mY, mX, stats[s + STAT_MAX_XY], o.threshold)) {
      continue;
    }
    imageActive[g] = 1;
    const P = stats[s + STAT_P], Y = stats[s + STAT_Y], D = stats[s + STAT_D];
    gl[g] = groupLossFromSums(P, Y, D, o, w ? w[c] : 1);
    image[g] = gl[g].l;
  }
  return gl;
}

/**
 * The mean over outer units (images for mIoUI, classes for mIoUC) of the mean
 * over their active inner groups; returns its weighted value.
 *
 * @param group Index of the group (outer u, inner v).
 */
function meanOfMeans(
  x: StepContext,
  weight: number,
  outer: number,
  inner: number,
  group: (u: number, v: number) => number,
  gl: GroupLoss[],
  image: number[],
  imageActive: number[],
): number {
  const counts = zeros(outer);
  let nOuter = 0;
  for (let u = 0; u < outer; u++) {
    for (let v = 0; v < inner; v++) counts[u] += imageActive[group(u, v)];
    if (counts[u] > 0) nOuter++;
  }
  if (nOuter === 0) return 0;
  let sum = 0;
  for (let u = 0; u < outer; u++) {
    if (counts[u] === 0) continue;
    let s = 0;
    for (let v = 0; v < inner; v++) s += image[group(u, v)];
    sum += s / counts[u];
    const k = weight / (nOuter * counts[u]);
    for (let v = 0; v < inner; v++) {
      const g = group(u, v);
      if (imageActive[g]) addGroupGrad(x.grads, g, k, gl[g]);
    }
  }
  return weight * sum / nOuter;
}

/** Per group, the gradient coefficients of docs/spec.md §4 (COEF_K each). */
function coefficients(d: GroupGrads, norm: 1 | 2): Float64Array {
  const G = d.tp.length;
  const coef = new Float64Array(G * COEF_K);
  for (let g = 0; g < G; g++) {
    const t = d.tp[g], p = d.fp[g], n = d.fn[g];
    if (norm === 1) {
      // dtp/dx, dfp/dx, dfn/dx for s = sign(x - y) = +1, -1, 0.
      coef[g * COEF_K] = p;
      coef[g * COEF_K + 1] = t - n;
      coef[g * COEF_K + 2] = (t + p - n) / 2;
    } else {
      // dtp/dx = y, dfp/dx = 2x - y, dfn/dx = -y.
      coef[g * COEF_K] = 2 * p;
      coef[g * COEF_K + 1] = t - p - n;
    }
  }
  return coef;
}

/**
 * A host step's result. Its per-group typed arrays are made when first read
 * (reduction "none", lossFromStatistics): a small typed array costs ~0.3 µs
 * to make, as much as a small call's kernels.
 */
class StepResult implements HostResult {
  readonly value: number;
  readonly coef: Float64Array | null;
  readonly #groups: number[][];
  #perGroup: PerGroupLosses | undefined;

  /**
   * The result from the step's plain arrays.
   *
   * @param value The loss.
   * @param coef The coefficients, or null.
   * @param groups image, imageActive, dataset, datasetActive.
   */
  constructor(value: number, coef: Float64Array | null, groups: number[][]) {
    this.value = value;
    this.coef = coef;
    this.#groups = groups;
  }

  /** Per-group losses and active masks. */
  get perGroup(): PerGroupLosses {
    const [image, imageActive, dataset, datasetActive] = this.#groups;
    return this.#perGroup ??= {
      image: Float64Array.from(image),
      imageActive: Uint8Array.from(imageActive),
      dataset: Float64Array.from(dataset),
      datasetActive: Uint8Array.from(datasetActive),
    };
  }
}

/**
 * Computes the loss, the per-group losses and the gradient coefficients from
 * the statistics of a batch.
 *
 * @param stats `B*C*STAT_K` statistics.
 * @param B Images.
 * @param C Classes.
 * @param soft Whether the labels were soft (selects the active-class mode).
 * @param o Resolved options.
 * @param wantGrad Whether to compute the coefficients.
 * @returns Value, per-group losses and coefficients.
 */
export function hostStep(
  stats: Float64Array,
  B: number,
  C: number,
  soft: boolean,
  o: ResolvedLossOptions,
  wantGrad: boolean,
): HostResult {
  const G = B * C;
  // Plain arrays here: a small typed array costs ~0.3 µs to make, and a
  // call's host step made eight (bench/loss_bench.ts, group "small").
  const grads = { tp: zeros(G), fp: zeros(G), fn: zeros(G) };
  const mode = soft ? o.activeClassesModeSoft : o.activeClassesModeHard;
  const x: StepContext = { stats, B, C, mode, o, grads };
  const dataset = zeros(C), datasetActive = zeros(C);
  const image = zeros(G), imageActive = zeros(G);
  let value = datasetPart(x, dataset, datasetActive);
  if (o.mIoUI > 0 || o.mIoUC > 0 || o.reduction === "none") {
    const gl = imageGroups(x, image, imageActive);
    if (o.mIoUI > 0) {
      const byImage = (b: number, c: number) => b * C + c;
      value += meanOfMeans(x, o.mIoUI, B, C, byImage, gl, image, imageActive);
    }
    if (o.mIoUC > 0) {
      const byClass = (c: number, b: number) => b * C + c;
      value += meanOfMeans(x, o.mIoUC, C, B, byClass, gl, image, imageActive);
    }
  }
  const coef = wantGrad ? coefficients(grads, o.norm) : null;
  const groups = [image, imageActive, dataset, datasetActive];
  return new StepResult(value, coef, groups);
}

/**
 * The host step of a problem as a value, for a backend to run.
 *
 * @param problem The validated problem (its `statistics`, if any, are read
 *   instead of pass 1's).
 * @param options Resolved options.
 * @param loss False for pass 1 alone (statistics only).
 * @returns The plan.
 */
export function hostStepPlan(
  problem: Problem,
  options: ResolvedLossOptions,
  loss = true,
): HostStepPlan {
  return {
    options,
    groups: stepGroups(problem),
    statistics: problem.statistics ?? null,
    loss,
  };
}

/**
 * Runs a host step plan on the statistics of pass 1 (or on the plan's own).
 *
 * @param plan The plan.
 * @param stats Pass 1's `B*C*STAT_K` statistics.
 * @returns The value, per-group losses and coefficients (when
 *   `options.grad`), or undefined for pass 1 alone.
 */
export function runHostStep(
  plan: HostStepPlan,
  stats: Float64Array,
): HostResult | undefined {
  if (!plan.loss) return undefined;
  const { B, C, soft } = plan.groups;
  const o = plan.options;
  return hostStep(plan.statistics ?? stats, B, C, soft, o, o.grad);
}
