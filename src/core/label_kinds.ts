/**
 * Label kinds of a loss input (option `labelKind`): class ids, one-hot rows,
 * 0/1 masks (binary and multilabel segmentation) or soft labels; the
 * inference of the kind from a host array's type and length, and the
 * conversions into the arrays every backend already reads.
 *
 * @module
 */

import { rangeError, typeError } from "./errors.ts";
import type { HardLabels, LabelKind, Layout } from "./types.ts";

/** A label kind once `"auto"` is resolved. */
export type ResolvedLabelKind = Exclude<LabelKind, "auto">;

/** Images B, classes C, pixels per image N. */
interface Sizes {
  B: number;
  C: number;
  N: number;
}

type HostLabels = HardLabels | Float32Array;

function isIntArray(v: unknown): v is HardLabels {
  return v instanceof Uint8Array || v instanceof Uint16Array ||
    v instanceof Int32Array;
}

/** How the error messages name a kind, with how it was chosen. */
function described(kind: ResolvedLabelKind, inferred: boolean): string {
  const name = {
    ids: "class ids",
    "one-hot": "one-hot rows",
    masks: "0/1 masks",
    soft: "soft labels",
  }[kind];
  return inferred
    ? `read as ${name}, inferred by labelKind "auto"`
    : `read as ${name}, labelKind "${kind}"`;
}

/** The kind `"auto"` infers from the array's type and length. */
function inferKind(labels: HostLabels, s: Sizes): ResolvedLabelKind {
  if (labels instanceof Float32Array) return "soft";
  return s.C > 1 && labels.length === s.B * s.N ? "ids" : "masks";
}

/** The hint for a length that matches another kind. */
function lengthHint(
  labels: HostLabels,
  kind: ResolvedLabelKind,
  s: Sizes,
): string {
  const { B, C, N } = s;
  if (kind !== "ids" && C > 1 && labels.length === B * N) {
    return `; it equals B×N: for class ids${
      labels instanceof Float32Array ? " stored as floats" : ""
    } pass options.labelKind "ids"`;
  }
  if (kind === "ids" && labels.length === B * C * N) {
    return `; it equals the prediction's: for one-hot rows pass options.labelKind "one-hot", for 0/1 masks "masks", for soft labels "soft"`;
  }
  return "";
}

/**
 * Checks host labels' type and length against a label kind, inferring it
 * under `"auto"`; errors say what was inferred and how to say otherwise.
 *
 * @param what What is being computed, for error messages.
 * @param labels The caller's labels.
 * @param s Sizes of the prediction.
 * @param kind The `labelKind` option.
 * @returns The resolved kind.
 */
export function labelKindOf(
  what: string,
  labels: unknown,
  s: Sizes,
  kind: LabelKind,
): ResolvedLabelKind {
  if (!(labels instanceof Float32Array) && !isIntArray(labels)) {
    throw typeError(
      what,
      "input.labels",
      "must be a Uint8Array, Uint16Array or Int32Array (hard), a Float32Array (soft) or a GPUBuffer",
    );
  }
  const k = kind === "auto" ? inferKind(labels, s) : kind;
  if (kind === "auto" && k === "masks" && labels.length !== s.B * s.C * s.N) {
    throw rangeError(
      what,
      "input.labels",
      `(an integer array, labelKind "auto") length (${labels.length}) must equal B×N (${s.B}×${s.N} = ${
        s.B * s.N
      }) for class ids, or the prediction's (${
        s.B * s.C * s.N
      }) for 0/1 masks (binary, multilabel)`,
    );
  }
  const how = described(k, kind === "auto");
  if (k === "soft" && !(labels instanceof Float32Array)) {
    throw typeError(what, "input.labels", `(${how}) must be a Float32Array`);
  }
  if (k === "ids" && s.C === 1) {
    throw rangeError(
      what,
      "input.labels",
      `(${how}) needs C >= 2 channels: with one channel the labels are a binary foreground mask, options.labelKind "masks"`,
    );
  }
  const want = k === "ids" ? s.B * s.N : s.B * s.C * s.N;
  if (labels.length !== want) {
    const size = k === "ids"
      ? `B×N (${s.B}×${s.N} = ${want})`
      : `the prediction's (${want})`;
    throw rangeError(
      what,
      "input.labels",
      `(${how}) length (${labels.length}) must equal ${size}${
        lengthHint(labels, k, s)
      }`,
    );
  }
  return k;
}

/**
 * Class ids held in a Float32Array, as an Int32Array; every value must be an
 * id in [0, C) or `ignoreIndex`.
 *
 * @param what What is being computed, for error messages.
 * @param labels Ids as floats, length B·N.
 * @param C Number of classes.
 * @param ignoreIndex The ignored label, or null.
 * @returns The ids.
 */
export function idsFromFloats(
  what: string,
  labels: Float32Array,
  C: number,
  ignoreIndex: number | null,
): Int32Array {
  const ids = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (!(Number.isInteger(v) && v >= 0 && v < C) && v !== ignoreIndex) {
      throw rangeError(
        what,
        "input.labels",
        `(class ids stored as floats, labelKind "ids") must hold integers in [0, ${C})${
          ignoreIndex === null ? "" : ` or ignoreIndex (${ignoreIndex})`
        }, got ${v} at index ${i}`,
      );
    }
    ids[i] = v;
  }
  return ids;
}

/** Class ids read from one-hot rows, with the id marking all-zero rows. */
export interface OneHotIds {
  /** One id per pixel, `[B, ...spatial]`. */
  ids: HardLabels;
  /** The id of the pixels whose row is all zeros (C), or null when there are none. */
  ignored: number | null;
}

/**
 * Reads one-hot rows (the prediction's shape and layout) as class ids. A row
 * must hold a single 1 and zeros, or only zeros (an ignored pixel).
 *
 * @param what What is being computed, for error messages.
 * @param labels The rows, length B·C·N.
 * @param s Sizes of the prediction.
 * @param layout Where the channel axis is.
 * @returns The ids, and the id of ignored pixels (C).
 */
export function idsFromOneHot(
  what: string,
  labels: HostLabels,
  s: Sizes,
  layout: Layout,
): OneHotIds {
  const { B, C, N } = s;
  const ids = C < 256
    ? new Uint8Array(B * N)
    : C < 65536
    ? new Uint16Array(B * N)
    : new Int32Array(B * N);
  const stride = layout === "channels-first" ? N : 1;
  let ignored: number | null = null;
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const base = layout === "channels-first"
        ? b * C * N + n
        : (b * N + n) * C;
      let id = C;
      for (let c = 0; c < C; c++) {
        const v = labels[base + c * stride];
        if (v === 0) continue;
        if (v !== 1 || id !== C) {
          throw rangeError(
            what,
            "input.labels",
            `(read as one-hot rows, labelKind "one-hot") must hold one 1 and zeros per pixel (or only zeros to ignore it), got ${v} at index ${
              base + c * stride
            }; for soft labels pass options.labelKind "soft"`,
          );
        }
        id = c;
      }
      if (id === C) ignored = C;
      ids[b * N + n] = id;
    }
  }
  return { ids, ignored };
}

/** A masks problem's arrays, laid out as `B*C` one-channel images when it can be. */
export interface MaskParts {
  /** Images of the backend problem. */
  B: number;
  /** Channels of the backend problem. */
  C: number;
  /** The masks as 0/1 floats. */
  labels: Float32Array;
  /** Keep mask of the backend problem's pixels, or null. */
  keepMask: Uint8Array | null;
}

/** 0/1 floats of a mask, and a per-element keep mask where `ignoreIndex` was met. */
function maskValues(
  what: string,
  labels: HostLabels,
  ignoreIndex: number | null,
): { y: Float32Array; keep: Uint8Array | null } {
  const y = new Float32Array(labels.length);
  let keep: Uint8Array | null = null;
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v === 1) y[i] = 1;
    else if (v === ignoreIndex) {
      (keep ??= new Uint8Array(y.length).fill(1))[i] = 0;
    } else if (v !== 0) {
      throw rangeError(
        what,
        "input.labels",
        `(read as 0/1 masks) must hold 0 or 1${
          ignoreIndex === null ? "" : ` or ignoreIndex (${ignoreIndex})`
        }, got ${v} at index ${i}; for soft labels pass a Float32Array (labelKind "soft")`,
      );
    }
  }
  return { y, keep };
}

/**
 * Reads 0/1 masks into a problem the backends already compute: with sigmoid
 * (or probabilities) the channels are independent, so channels-first masks
 * run as `B*C` one-channel images whose groups are the groups `(b, c)` in
 * order, and an ignored element is a dropped pixel of its image.
 *
 * @param what What is being computed, for error messages.
 * @param labels The masks, length B·C·N.
 * @param s Sizes of the prediction.
 * @param layout Where the channel axis is.
 * @param ignoreIndex The ignored value, or null.
 * @param keepMask The caller's `[B, ...spatial]` keep mask, or null.
 * @returns The backend problem's sizes and arrays.
 */
export function maskParts(
  what: string,
  labels: HostLabels,
  s: Sizes,
  layout: Layout,
  ignoreIndex: number | null,
  keepMask: Uint8Array | null,
): MaskParts {
  if (ignoreIndex === 0 || ignoreIndex === 1) {
    throw rangeError(
      what,
      "options.ignoreIndex",
      `(${ignoreIndex}) must differ from 0 and 1 with 0/1 masks`,
    );
  }
  const { B, C, N } = s;
  const { y, keep } = maskValues(what, labels, ignoreIndex);
  if (C > 1 && layout === "channels-last") {
    if (keep !== null) {
      throw rangeError(
        what,
        "input.labels",
        `(read as 0/1 masks) can ignore single elements (ignoreIndex) only with layout "channels-first" or one channel; drop whole pixels with input.keepMask`,
      );
    }
    return { B, C, labels: y, keepMask };
  }
  if (keepMask === null) return { B: B * C, C: 1, labels: y, keepMask: keep };
  const kept = keep ?? new Uint8Array(y.length).fill(1);
  for (let i = 0; i < kept.length; i++) {
    const b = Math.floor(i / (C * N));
    if (keepMask[b * N + (i % N)] === 0) kept[i] = 0;
  }
  return { B: B * C, C: 1, labels: y, keepMask: kept };
}
