/**
 * What makes two problems share a WebGPU loss plan (its spec), the backend's
 * limits, the constants the kernels are specialised with and the one table
 * of label formats.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import { type Problem, stepGroups } from "../core/problem.ts";

/** Most classes of the webgpu backend (bounds the work of one invocation). */
export const MAX_CLASSES = 16384;
/** Most (image, class) groups of the webgpu backend. */
export const MAX_GROUPS_TOTAL = 1 << 21;
/** Lanes of the pixel and gradient passes (pixels per workgroup). */
export const WG = 64;
/** Classes a statistics workgroup takes when it also computes the softmax. */
export const CLASS_BLOCK = 512;
/** Largest C kept in registers by pass 2. */
export const SMALL_C = 32;
/** Largest C whose channels-last data both passes stage in workgroup memory. */
export const STAGE_C = 8;
/** Largest C whose coefficients pass 2 stages in workgroup memory. */
export const COEF_STAGE_C = 128;

/**
 * The label formats of the kernels, indexed by their `LABELS` constant: 0 soft
 * float32 labels, 1 u8, 2 u16, 3 i32 hard labels; the array type of each and
 * its bytes per element.
 */
const LABEL_FORMATS = [
  { array: Float32Array, bytes: 4 },
  { array: Uint8Array, bytes: 1 },
  { array: Uint16Array, bytes: 2 },
  { array: Int32Array, bytes: 4 },
] as const;

/** A label format: the kernels' `LABELS` constant. */
export type LabelCode = 0 | 1 | 2 | 3;

/**
 * The label format of a problem's labels.
 *
 * @param labels The labels (soft float32 or hard u8, u16, i32).
 * @returns Its `LABELS` code.
 */
export function labelFormat(labels: ArrayBufferView): LabelCode {
  const i = LABEL_FORMATS.findIndex((f) => labels instanceof f.array);
  return (i < 0 ? 3 : i) as LabelCode;
}

/**
 * Bytes of one label of a format (of one class, for soft labels).
 *
 * @param format The `LABELS` code.
 * @returns 1, 2 or 4.
 */
export function labelBytes(format: LabelCode): number {
  return LABEL_FORMATS[format].bytes;
}

/** What makes two problems share a plan. */
export interface PlanSpec {
  B: number;
  C: number;
  N: number;
  /**
   * The (image, class) groups of the GPU step: B and C, or the caller's when
   * masks run as B·C one-channel images (the same groups in the same order).
   */
  stepB: number;
  stepC: number;
  /** 0: probabilities, 1: softmax, 2: sigmoid. */
  activation: 0 | 1 | 2;
  /** 0: soft float32, 1: u8, 2: u16, 3: i32. */
  labels: LabelCode;
  mask: boolean;
  norm: 1 | 2;
  channelsLast: boolean;
  needMaxX: boolean;
  /** Pass 2 runs. */
  grad: boolean;
  /** The gradient stays on the GPU (else it is read back per chunk). */
  gradToGpu: boolean;
  predResident: boolean;
  labelsResident: boolean;
  /** 1/T rounded to float32 (+inf when it overflows). */
  invT: number;
  ignoreIndex: number | null;
  /** Largest binding in bytes. */
  maxBytes: number;
  /** Use the subgroup variant of pass 1. */
  subgroups: boolean;
}

/**
 * The plan spec of a problem.
 *
 * @param p The problem.
 * @param grad Whether pass 2 runs.
 * @param gradToGpu Whether the gradient stays on the GPU.
 * @param maxBytes Largest binding in bytes.
 * @param subgroups Whether the subgroup variant of pass 1 is used.
 * @returns The spec.
 */
export function planSpec(
  p: Problem,
  grad: boolean,
  gradToGpu: boolean,
  maxBytes: number,
  subgroups: boolean,
): PlanSpec {
  const ig = p.ignoreIndex;
  const step = stepGroups(p);
  return {
    B: p.B,
    C: p.C,
    N: p.N,
    stepB: step.B,
    stepC: step.C,
    activation: p.activation === "softmax"
      ? 1
      : p.activation === "sigmoid"
      ? 2
      : 0,
    labels: labelFormat(p.labels),
    mask: p.keepMask !== null,
    norm: p.norm,
    channelsLast: p.layout === "channels-last",
    needMaxX: p.needMaxX !== false,
    grad,
    gradToGpu,
    predResident: p.gpu?.pred != null,
    labelsResident: p.gpu?.labels != null,
    invT: Math.fround(1 / p.temperature),
    ignoreIndex: ig !== null && ig >= -(2 ** 31) && ig < 2 ** 31 ? ig : null,
    maxBytes,
    subgroups,
  };
}

/**
 * Why the webgpu backend cannot take a problem of this shape (C or B·C
 * beyond what one invocation may loop over), or null when it can.
 *
 * @param B Images.
 * @param C Classes.
 * @returns The reason, worded after the argument `input.shape`, or null.
 */
export function shapeRefusal(B: number, C: number): string | null {
  if (C <= MAX_CLASSES && B * C <= MAX_GROUPS_TOTAL) return null;
  return `has ${C} classes and ${
    B * C
  } (image, class) groups; the webgpu backend takes at most ${MAX_CLASSES} classes and ${MAX_GROUPS_TOTAL} groups (use backend "wasm" or "js")`;
}

/**
 * Throws a typed error when the webgpu backend cannot take a problem of this
 * shape ({@link shapeRefusal}).
 *
 * @param B Images.
 * @param C Classes.
 */
export function checkShape(B: number, C: number): void {
  const reason = shapeRefusal(B, C);
  if (reason !== null) throw rangeError("loss", "input.shape", reason);
}
