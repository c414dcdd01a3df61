/**
 * The input of the scoring metrics: one batch of probabilities or predicted
 * ids with labels, checked for types and lengths.
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import type { HardLabels } from "../core/types.ts";
import { CALIB, type ResolvedMetricsOptions } from "./options.ts";
import { foldIgnored } from "./class_options.ts";

/**
 * One batch for `SegmentationMetrics.add`: probabilities
 * `[B, C, ...spatial]` (`[B, ...spatial, C]` with `layout: "channels-last"`;
 * argmax and calibration are computed), or predicted class ids
 * `[B, ...spatial]` (no calibration); labels `[B, ...spatial]`.
 */
export type MetricsInput =
  | {
    /** Probabilities in [0, 1], in the accumulator's `layout`. */
    probs: Float32Array;
    /** `[B, C, ...spatial]`, or `[B, ...spatial, C]` when channels-last. */
    shape: readonly number[];
    /** Class ids or `ignoreIndex`, `[B, ...spatial]`. */
    labels: HardLabels;
  }
  | {
    /** Predicted class ids (argmax already taken). */
    pred: HardLabels;
    /** `[B, ...spatial]`. */
    shape: readonly number[];
    /** Class ids or `ignoreIndex`, `[B, ...spatial]`. */
    labels: HardLabels;
  };

/** A batch whose types and lengths were checked. */
export interface Batch {
  probs: Float32Array | null;
  pred: HardLabels | null;
  labels: HardLabels;
  /** The one label value the counting drops (every ignored value folded into it). */
  ignore: number | null;
  B: number;
  N: number;
}

/** An integer typed array of class ids, or a typed error naming `argument`. */
function classIds(argument: string, a: unknown, hint: string): HardLabels {
  if (
    !(a instanceof Uint8Array || a instanceof Uint16Array ||
      a instanceof Int32Array)
  ) {
    throw typeError(
      "metrics",
      argument,
      `must be a Uint8Array, Uint16Array or Int32Array of class ids${hint}`,
    );
  }
  return a;
}

function checkShape(shape: unknown, minDims: number, form: string): number[] {
  if (!Array.isArray(shape)) {
    throw typeError("metrics", "input.shape", `must be an array ${form}`);
  }
  if (shape.length < minDims) {
    throw rangeError(
      "metrics",
      "input.shape",
      `must have at least ${minDims} dimensions ${form}, got ${show(shape)}`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d <= 0) {
      throw rangeError(
        "metrics",
        "input.shape",
        `must hold positive integers, got ${show(shape)}`,
      );
    }
  }
  return shape;
}

/** A copy of channels-last probabilities `[B, N, C]` as `[B, C, N]`. */
function channelsFirst(
  probs: Float32Array,
  B: number,
  C: number,
  N: number,
): Float32Array {
  const out = new Float32Array(probs.length);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const src = (b * N + n) * C;
      for (let c = 0; c < C; c++) out[(b * C + c) * N + n] = probs[src + c];
    }
  }
  return out;
}

/**
 * Checks a batch's types and lengths (values are checked by the counting pass).
 *
 * @param input The caller's batch.
 * @param o Resolved options.
 * @returns The checked batch.
 */
export function parseBatch(
  input: MetricsInput,
  o: ResolvedMetricsOptions,
): Batch {
  if (input === null || typeof input !== "object") {
    throw typeError(
      "metrics",
      "input",
      "must be an object { probs | pred, shape, labels }",
    );
  }
  const inp = input as Record<string, unknown>;
  const given = classIds("input.labels", inp.labels, "");
  if (inp.probs !== undefined && inp.pred !== undefined) {
    throw typeError(
      "metrics",
      "input",
      "must hold exactly one of probs and pred",
    );
  }
  const batch = inp.probs === undefined
    ? predBatch(inp, given, o)
    : probsBatch(inp, given, o);
  const { labels, ignore } = foldIgnored(batch.labels, o.ignoreIndex);
  return { ...batch, labels, ignore };
}

/** A batch of probabilities (copied to channels-first when channels-last). */
function probsBatch(
  inp: Record<string, unknown>,
  labels: HardLabels,
  o: ResolvedMetricsOptions,
): Batch {
  const C = o.numClasses;
  if (!(inp.probs instanceof Float32Array)) {
    throw typeError("metrics", "input.probs", "must be a Float32Array");
  }
  const last = o.layout === "channels-last";
  const form = last ? "[B, ...spatial, C]" : "[B, C, ...spatial]";
  const shape = checkShape(inp.shape, 2, form);
  const at = last ? shape.length - 1 : 1;
  if (shape[at] !== C) {
    throw rangeError(
      "metrics",
      "input.shape",
      `must have C = numClasses (${C}) at index ${at} (${form}), got ${
        show(shape)
      }`,
    );
  }
  const B = shape[0];
  const spatial = last ? shape.slice(1, -1) : shape.slice(2);
  const N = spatial.reduce((a, b) => a * b, 1);
  if (inp.probs.length !== B * C * N) {
    throw typeError(
      "metrics",
      "input.probs",
      `length (${inp.probs.length}) must equal B×C×N (${B * C * N})`,
    );
  }
  if (labels.length !== B * N) {
    throw typeError(
      "metrics",
      "input.labels",
      `length (${labels.length}) must equal B×N (${B * N})`,
    );
  }
  const probs = last ? channelsFirst(inp.probs, B, C, N) : inp.probs;
  return { probs, pred: null, labels, ignore: null, B, N };
}

/** A batch of predicted class ids (no calibration). */
function predBatch(
  inp: Record<string, unknown>,
  labels: HardLabels,
  o: ResolvedMetricsOptions,
): Batch {
  const pred = classIds("input.pred", inp.pred, " (or give probs)");
  for (const k of CALIB) {
    if (o[k] === true) {
      throw typeError(
        "metrics",
        "input.pred",
        `cannot give ${k}: calibration needs probabilities (give probs, or set options.${k} to false)`,
      );
    }
  }
  const shape = checkShape(inp.shape, 1, "[B, ...spatial]");
  const B = shape[0];
  const N = shape.slice(1).reduce((a, b) => a * b, 1);
  if (pred.length !== B * N || labels.length !== B * N) {
    throw typeError(
      "metrics",
      "input.pred",
      `and input.labels lengths (${pred.length}, ${labels.length}) must equal B×N (${
        B * N
      })`,
    );
  }
  return { probs: null, pred, labels, ignore: null, B, N };
}
