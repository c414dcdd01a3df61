/**
 * Soft Jaccard and soft Dice scores between a soft prediction and a soft
 * ground truth: `1 − JML` and `1 − DML` of docs/spec.md §5, per class and as
 * means, at dataset (D) and image (I) level. For ground truth averaged over
 * annotators or distilled from a teacher, where hard metrics do not apply.
 *
 * @module
 */

import { scoreFromSums } from "../core/host_step.ts";
import { emptyError, rangeError, show, typeError } from "../core/errors.ts";
import { IGNORE_INDEX_OPTION } from "../core/options.ts";
import { type OptionSchema, resolveOptions } from "../core/option_schema.ts";
import type { HardLabels } from "../core/types.ts";

/** Input of {@link softScores}. */
export interface SoftScoreInput {
  /** Soft prediction in [0, 1], `[B, C, ...spatial]` channel-first. */
  pred: Float32Array;
  /**
   * Ground truth: soft, float32 in [0, 1] with the shape of `pred`; or hard
   * class ids `[B, ...spatial]` (one-hot encoded; `ignoreIndex` dropped).
   */
  target: Float32Array | HardLabels;
  /** `[B, C, ...spatial]`. */
  shape: readonly number[];
  /** Optional `[B, ...spatial]` mask, nonzero keeps the pixel. */
  keepMask?: Uint8Array;
}

/** Options of {@link softScores}. */
export interface SoftScoreOptions {
  /** Hard-target value of dropped pixels. Default none. */
  ignoreIndex?: number | null;
  /** Acts as one extra coordinate equal to `smooth` in both vectors. Default 0. */
  smooth?: number;
}

/**
 * Soft scores in percent (100 = identical). A group where both vectors are
 * zero scores 100 (two empty masks are identical).
 */
export interface SoftScores {
  /** Per class, over the whole batch: 100·(1 − JML). */
  jaccardD: Float64Array;
  /** Per class, over the whole batch: 100·(1 − DML). */
  diceD: Float64Array;
  /** Mean of `jaccardD` over classes. */
  mJaccardD: number;
  /** Mean of `diceD` over classes. */
  mDiceD: number;
  /** Per image and class, `[B, C]` row-major (NaN for an image with no kept pixel). */
  jaccardI: Float64Array;
  /** Per image and class, `[B, C]` row-major. */
  diceI: Float64Array;
  /** Mean over images with a kept pixel of the mean over classes of `jaccardI`. */
  mJaccardI: number;
  /** Mean over images with a kept pixel of the mean over classes of `diceI`. */
  mDiceI: number;
}

const WHAT = "soft scores";

const typeErr = (arg: string, expected: string) =>
  typeError(WHAT, arg, expected);
const rangeErr = (arg: string, expected: string) =>
  rangeError(WHAT, arg, expected);

/** Every option of {@link softScores}. */
const SOFT_SCORE_OPTIONS: OptionSchema = {
  ignoreIndex: IGNORE_INDEX_OPTION,
  smooth: { kind: "number", default: 0, min: 0, wrongType: "range" },
};

/** 100·(1 − JML), 100·(1 − DML) of a group from Σx, Σy, Σ|x − y| and smooth. */
function scores(P: number, Y: number, D: number, s: number): [number, number] {
  return [
    100 * scoreFromSums(P, Y, D, 1, 1, s),
    100 * scoreFromSums(P, Y, D, 0.5, 0.5, s),
  ];
}

/**
 * Soft Jaccard and soft Dice scores of a prediction against a (soft) target.
 *
 * @param input Prediction, target, shape and optional keep mask.
 * @param options `ignoreIndex` (hard targets) and `smooth`.
 * @returns Per-class and mean scores, D and I, in percent.
 * @throws {JdtTypeError} On a wrong type or length.
 * @throws {JdtRangeError} On a value outside [0, 1] or a class id out of range.
 * @throws {EmptyMetricsError} When no pixel is kept.
 *
 * @example
 * ```ts
 * import { softScores } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // One image, C = 2, two pixels; target averaged over two annotators.
 * const pred = new Float32Array([0.5, 1, 0.5, 0]);
 * const target = new Float32Array([0.5, 1, 0.5, 0]);
 * const s = softScores({ pred, target, shape: [1, 2, 2] });
 * assert.equal(s.mJaccardD, 100); // identical soft masks
 * ```
 */
export function softScores(
  input: SoftScoreInput,
  options?: SoftScoreOptions,
): SoftScores {
  const sizes = checkScoreInput(input);
  const o = resolveOptions(WHAT, options, SOFT_SCORE_OPTIONS);
  const sums = groupSums(input, sizes, o.ignoreIndex as number | null);
  return scoresOfSums(sums, sizes, o.smooth as number);
}

/** Batch size B, classes C and pixels per image N of a checked input. */
interface Sizes {
  B: number;
  C: number;
  N: number;
}

/** Checks the types, shape and lengths of the input (not its values). */
function checkScoreInput(input: SoftScoreInput): Sizes {
  if (input === null || typeof input !== "object") {
    throw typeErr("input", "must be an object { pred, target, shape }");
  }
  const { pred, target, shape, keepMask } = input;
  if (!(pred instanceof Float32Array)) {
    throw typeErr("input.pred", "must be a Float32Array");
  }
  if (!Array.isArray(shape) || shape.length < 2) {
    throw typeErr("input.shape", "must be an array [B, C, ...spatial]");
  }
  if (!shape.every((d) => Number.isInteger(d) && d > 0)) {
    throw rangeErr(
      "input.shape",
      `must hold positive integers, got ${show(shape)}`,
    );
  }
  const [B, C] = shape;
  const N = shape.slice(2).reduce((a, b) => a * b, 1);
  if (pred.length !== B * C * N) {
    throw typeErr(
      "input.pred",
      `length (${pred.length}) must equal B×C×N (${B * C * N})`,
    );
  }
  checkTarget(target, B, C, N);
  if (
    keepMask !== undefined &&
    (!(keepMask instanceof Uint8Array) || keepMask.length !== B * N)
  ) {
    throw typeErr(
      "input.keepMask",
      `must be a Uint8Array of length B×N (${B * N})`,
    );
  }
  return { B, C, N };
}

/** Checks the target's type and length. */
function checkTarget(target: unknown, B: number, C: number, N: number): void {
  const soft = target instanceof Float32Array;
  if (
    !soft && !(target instanceof Uint8Array || target instanceof Uint16Array ||
      target instanceof Int32Array)
  ) {
    throw typeErr(
      "input.target",
      "must be a Float32Array or an integer typed array",
    );
  }
  const length = (target as ArrayLike<number>).length;
  if (length !== (soft ? B * C * N : B * N)) {
    throw typeErr(
      "input.target",
      `length (${length}) must equal ${soft ? "B×C×N" : "B×N"} (${
        soft ? B * C * N : B * N
      })`,
    );
  }
}

/** Per image and class: Σx, Σy, Σ|x − y| over kept pixels, and kept pixels per image. */
interface GroupSums {
  P: Float64Array;
  Y: Float64Array;
  D: Float64Array;
  keptPerImage: Float64Array;
}

/**
 * Marks the kept pixels of image `b` in `keep` (and their hard class in
 * `hard`); returns how many are kept.
 */
function keptPixels(
  input: SoftScoreInput,
  { C, N }: Sizes,
  b: number,
  ignore: number | null,
  keep: Uint8Array,
  hard: Int32Array,
): number {
  const { target, keepMask } = input;
  const soft = target instanceof Float32Array;
  let kept = 0;
  for (let n = 0; n < N; n++) {
    let k = keepMask === undefined || keepMask[b * N + n] !== 0 ? 1 : 0;
    if (k && !soft) {
      const l = target[b * N + n];
      if (l === ignore) k = 0;
      else if (!(l >= 0 && l < C)) {
        throw rangeErr(
          "input.target",
          `class ids must be in [0, ${C}), got ${l}`,
        );
      } else hard[n] = l;
    }
    keep[n] = k;
    kept += k;
  }
  return kept;
}

/** Sums of every (image, class) group; checks the values of kept pixels. */
function groupSums(
  input: SoftScoreInput,
  sizes: Sizes,
  ignore: number | null,
): GroupSums {
  const { B, C, N } = sizes;
  const { pred, target } = input;
  const soft = target instanceof Float32Array;
  const P = new Float64Array(B * C);
  const Y = new Float64Array(B * C);
  const D = new Float64Array(B * C);
  const keptPerImage = new Float64Array(B);
  const keep = new Uint8Array(N);
  const hard = new Int32Array(N);
  for (let b = 0; b < B; b++) {
    keptPerImage[b] = keptPixels(input, sizes, b, ignore, keep, hard);
    for (let c = 0; c < C; c++) {
      const o = (b * C + c) * N;
      let p = 0, y = 0, d = 0;
      for (let n = 0; n < N; n++) {
        if (!keep[n]) continue; // not scored, so not checked either
        const x = unitValue("input.pred", pred[o + n], o + n);
        const t = soft
          ? unitValue("input.target", target[o + n], o + n)
          : hard[n] === c
          ? 1
          : 0;
        p += x;
        y += t;
        d += Math.abs(x - t);
      }
      P[b * C + c] = p;
      Y[b * C + c] = y;
      D[b * C + c] = d;
    }
  }
  return { P, Y, D, keptPerImage };
}

/** A value in [0, 1], or a typed error naming the array and index. */
function unitValue(arg: string, v: number, i: number): number {
  if (!(v >= 0 && v <= 1)) {
    throw rangeErr(arg, `values must be in [0, 1], got ${v} at index ${i}`);
  }
  return v;
}

/** The D and I scores of the group sums. */
function scoresOfSums(
  { P, Y, D, keptPerImage }: GroupSums,
  { B, C }: Sizes,
  smooth: number,
): SoftScores {
  let images = 0;
  for (let b = 0; b < B; b++) if (keptPerImage[b] > 0) images++;
  if (images === 0) {
    throw emptyError(WHAT, "no pixel is kept");
  }
  const jaccardD = new Float64Array(C);
  const diceD = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let p = 0, y = 0, d = 0;
    for (let b = 0; b < B; b++) {
      p += P[b * C + c];
      y += Y[b * C + c];
      d += D[b * C + c];
    }
    [jaccardD[c], diceD[c]] = scores(p, y, d, smooth);
  }
  const jaccardI = new Float64Array(B * C).fill(NaN);
  const diceI = new Float64Array(B * C).fill(NaN);
  let mJ = 0, mD = 0;
  for (let b = 0; b < B; b++) {
    if (keptPerImage[b] === 0) continue;
    for (let c = 0; c < C; c++) {
      const i = b * C + c;
      [jaccardI[i], diceI[i]] = scores(P[i], Y[i], D[i], smooth);
    }
    mJ += mean(jaccardI.subarray(b * C, b * C + C));
    mD += mean(diceI.subarray(b * C, b * C + C));
  }
  return {
    jaccardD,
    diceD,
    mJaccardD: mean(jaccardD),
    mDiceD: mean(diceD),
    jaccardI,
    diceI,
    mJaccardI: mJ / images,
    mDiceI: mD / images,
  };
}

/** The mean of an array. */
function mean(a: Float64Array): number {
  return a.reduce((s, v) => s + v, 0) / a.length;
}
