/**
 * Soft-label constructors (docs/spec.md §7): label smoothing, knowledge
 * distillation targets and the average of several annotators. Each returns
 * `{ labels, shape, keepMask? }`, ready to spread into a loss input next to the
 * logits: `jdtLoss({ logits, ...labelSmoothing(hard, opts) })`.
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import { IGNORE_INDEX_OPTION } from "../core/options.ts";
import { type OptionSchema, resolveOptions } from "../core/option_schema.ts";
import type { HardLabels, Layout } from "../core/types.ts";

/** Soft labels in the layout the losses take. */
export interface SoftLabels {
  /** Soft labels, `B*C*N` values in [0, 1], in `layout`; all 0 on dropped pixels. */
  labels: Float32Array;
  /** The shape of `labels`: `[B, C, ...spatial]` or `[B, ...spatial, C]`. */
  shape: number[];
  /** `[B, ...spatial]`, 0 where a pixel is dropped; present when `ignoreIndex` is set. */
  keepMask?: Uint8Array;
}

/** Options shared by the constructors from hard labels. */
export interface HardToSoftOptions {
  /** Number of classes C. */
  numClasses: number;
  /** Shape of the hard labels, `[B, ...spatial]`. */
  shape: readonly number[];
  /** Hard-label value that marks an ignored pixel. Default none. */
  ignoreIndex?: number | null;
  /** Layout of the output. Default `"channels-first"`. */
  layout?: Layout;
}

/** Options of {@link labelSmoothing}. */
export interface LabelSmoothingOptions extends HardToSoftOptions {
  /** Smoothing `eps` in [0, 1]: `y = (1 − eps)·onehot + eps / C`. */
  epsilon: number;
}

/** Options of {@link distillationTargets}. */
export interface DistillationOptions {
  /** Shape of the teacher logits: `[B, C, ...spatial]` or `[B, ...spatial, C]`. */
  shape: readonly number[];
  /** Temperature `T`, finite and > 0 (any such value): `y = softmax(z / T)`. Default 1. */
  temperature?: number;
  /** Layout of the teacher logits and of the output. Default `"channels-first"`. */
  layout?: Layout;
}

/** The caller's options, checked against a schema (an object is required). */
function resolve(
  what: string,
  options: unknown,
  schema: OptionSchema,
): Record<string, unknown> {
  if (options === null || typeof options !== "object") {
    throw typeError(what, "options", `must be an object, got ${show(options)}`);
  }
  return resolveOptions(what, options, schema);
}

const LAYOUT = {
  kind: "choice",
  choices: ["channels-first", "channels-last"],
  default: "channels-first",
} as const;

/** `shape` with at least `minDims` positive integers. */
function shapeOption(minDims: number) {
  return {
    kind: "custom",
    default: undefined,
    required: true,
    check: (what: string, v: unknown) => positiveShape(what, v, minDims),
  } as const;
}

/** Options of the constructors from hard labels. */
const HARD_OPTIONS: OptionSchema = {
  numClasses: {
    kind: "number",
    default: null,
    integer: true,
    min: 1,
    label: "a positive integer",
    required: true,
  },
  shape: shapeOption(1),
  ignoreIndex: IGNORE_INDEX_OPTION,
  layout: LAYOUT,
};

/** Options of {@link labelSmoothing}. */
const SMOOTHING_OPTIONS: OptionSchema = {
  ...HARD_OPTIONS,
  epsilon: {
    kind: "number",
    default: null,
    min: 0,
    max: 1,
    required: true,
  },
};

/** Options of {@link distillationTargets}. */
const DISTILLATION_OPTIONS: OptionSchema = {
  shape: shapeOption(2),
  temperature: { kind: "number", default: 1, min: 0, minOpen: true },
  layout: LAYOUT,
};

function positiveShape(
  what: string,
  shape: unknown,
  minDims: number,
): number[] {
  if (!Array.isArray(shape)) {
    throw typeError(what, "options.shape", "must be an array of integers");
  }
  if (
    shape.length < minDims || shape.some((d) => !Number.isInteger(d) || d <= 0)
  ) {
    throw rangeError(
      what,
      "options.shape",
      `must hold at least ${minDims} positive integers, got ${show(shape)}`,
    );
  }
  return shape.slice();
}

function isHard(v: unknown): v is HardLabels {
  return v instanceof Uint8Array || v instanceof Uint16Array ||
    v instanceof Int32Array;
}

/** Validated sizes and options of a hard-to-soft conversion. */
interface HardPlan {
  B: number;
  C: number;
  N: number;
  ignoreIndex: number | null;
  layout: Layout;
  outShape: number[];
}

function planHard(
  what: string,
  options: unknown,
  schema: OptionSchema,
): { plan: HardPlan; o: Record<string, unknown> } {
  const o = resolve(what, options, schema);
  const C = o.numClasses as number;
  const shape = o.shape as number[];
  const layout = o.layout as Layout;
  const B = shape[0];
  const N = shape.slice(1).reduce((a, b) => a * b, 1);
  const outShape = layout === "channels-first"
    ? [B, C, ...shape.slice(1)]
    : [...shape, C];
  const ignoreIndex = o.ignoreIndex as number | null;
  return { plan: { B, C, N, ignoreIndex, layout, outShape }, o };
}

/** The result of a constructor: a keep mask only when pixels can be dropped. */
function softLabels(
  labels: Float32Array,
  shape: number[],
  keepMask: Uint8Array | undefined,
): SoftLabels {
  return keepMask ? { labels, shape, keepMask } : { labels, shape };
}

function checkHardLabels(
  what: string,
  arg: string,
  labels: unknown,
  plan: HardPlan,
): HardLabels {
  if (!isHard(labels)) {
    throw typeError(
      what,
      arg,
      "must be a Uint8Array, Uint16Array or Int32Array of class ids",
    );
  }
  const { B, N, C, ignoreIndex } = plan;
  if (labels.length !== B * N) {
    throw rangeError(
      what,
      arg,
      `length (${labels.length}) must equal the product of options.shape (${
        B * N
      })`,
    );
  }
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if ((v < 0 || v >= C) && v !== ignoreIndex) {
      throw rangeError(
        what,
        arg,
        `must hold class ids in [0, ${C})${
          ignoreIndex === null ? "" : ` or ignoreIndex (${ignoreIndex})`
        }, got ${v} at index ${i}`,
      );
    }
  }
  return labels;
}

/** Offset of (b, n, class 0) and the stride between classes, in `layout`. */
function address(plan: HardPlan, b: number, n: number): [number, number] {
  const { C, N } = plan;
  return plan.layout === "channels-first"
    ? [b * C * N + n, N]
    : [(b * N + n) * C, 1];
}

/**
 * Label smoothing: `y = (1 − eps)·onehot(label) + eps / C` per pixel. Pixels equal
 * to `ignoreIndex` get all-zero labels and keep mask 0.
 *
 * @param labels Hard labels `[B, ...spatial]`, class ids in [0, C) or `ignoreIndex`.
 * @param options `numClasses`, `shape` of the labels, `epsilon`, and optionally `ignoreIndex`, `layout`.
 * @returns Soft labels, their shape, and a keep mask when `ignoreIndex` is set.
 * @example
 * ```ts
 * import { labelSmoothing } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const soft = labelSmoothing(new Uint8Array([1]), { numClasses: 4, shape: [1, 1], epsilon: 0.2 });
 * assert.deepEqual(soft.shape, [1, 4, 1]);
 * assert.deepEqual(Array.from(soft.labels), [0.05, 0.85, 0.05, 0.05].map(Math.fround));
 * ```
 */
export function labelSmoothing(
  labels: HardLabels,
  options: LabelSmoothingOptions,
): SoftLabels {
  const what = "label smoothing";
  const { plan, o } = planHard(what, options, SMOOTHING_OPTIONS);
  const eps = o.epsilon as number;
  checkHardLabels(what, "labels", labels, plan);
  const { B, C, N, ignoreIndex } = plan;
  const out = new Float32Array(B * C * N);
  const keep = ignoreIndex === null ? undefined : new Uint8Array(B * N);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const lab = labels[b * N + n];
      if (lab === ignoreIndex) continue;
      if (keep) keep[b * N + n] = 1;
      const [base, stride] = address(plan, b, n);
      for (let c = 0; c < C; c++) {
        out[base + c * stride] = (c === lab ? 1 - eps : 0) + eps / C;
      }
    }
  }
  return softLabels(out, plan.outShape, keep);
}

/**
 * Knowledge-distillation targets: `y = softmax(teacherLogits / T)` over the class
 * axis, in float64 and rounded once to float32.
 *
 * @param teacherLogits The teacher's logits, finite, in `layout`.
 * @param options `shape` of the logits, and optionally `temperature`, `layout`.
 * @returns Soft labels of the same shape and layout.
 * @example
 * ```ts
 * import { distillationTargets } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const t = distillationTargets(new Float32Array([0, Math.log(3)]), { shape: [1, 2, 1] });
 * assert.ok(Math.abs(t.labels[0] - 0.25) < 1e-7 && Math.abs(t.labels[1] - 0.75) < 1e-7);
 * ```
 */
export function distillationTargets(
  teacherLogits: Float32Array,
  options: DistillationOptions,
): SoftLabels {
  const what = "distillation targets";
  const o = resolve(what, options, DISTILLATION_OPTIONS);
  const shape = o.shape as number[];
  const layout = o.layout as Layout;
  const T = o.temperature as number;
  if (!(teacherLogits instanceof Float32Array)) {
    throw typeError(what, "teacherLogits", "must be a Float32Array");
  }
  const total = shape.reduce((a, b) => a * b, 1);
  if (teacherLogits.length !== total) {
    throw rangeError(
      what,
      "teacherLogits",
      `length (${teacherLogits.length}) must equal the product of options.shape [${
        shape.join(", ")
      }] (${total})`,
    );
  }
  const B = shape[0];
  const C = layout === "channels-first" ? shape[1] : shape[shape.length - 1];
  const N = total / (B * C);
  const plan: HardPlan = {
    B,
    C,
    N,
    ignoreIndex: null,
    layout,
    outShape: shape,
  };
  const out = new Float32Array(total);
  const e = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const [base, stride] = address(plan, b, n);
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        const z = teacherLogits[base + c * stride];
        if (!Number.isFinite(z)) {
          throw rangeError(
            what,
            "teacherLogits",
            `must be finite, got ${z} at index ${base + c * stride}`,
          );
        }
        max = Math.max(max, z);
      }
      // (z − max) / T is never above 0: no overflow at any T > 0.
      let sum = 0;
      for (let c = 0; c < C; c++) {
        e[c] = Math.exp((teacherLogits[base + c * stride] - max) / T);
        sum += e[c];
      }
      for (let c = 0; c < C; c++) out[base + c * stride] = e[c] / sum;
    }
  }
  return { labels: out, shape };
}

/**
 * The average of several annotators' hard labels: per pixel, the mean one-hot
 * over the annotators that did not mark it `ignoreIndex`. A pixel every
 * annotator ignored gets all-zero labels and keep mask 0.
 *
 * @param annotations One hard-label array per annotator, each `[B, ...spatial]`.
 * @param options `numClasses`, `shape` of one annotation, and optionally `ignoreIndex`, `layout`.
 * @returns Soft labels, their shape, and a keep mask when `ignoreIndex` is set.
 * @example
 * ```ts
 * import { averageAnnotators } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const a = new Uint8Array([0, 1]), b = new Uint8Array([0, 0]);
 * const soft = averageAnnotators([a, b], { numClasses: 2, shape: [1, 2] });
 * assert.deepEqual(Array.from(soft.labels), [1, 0.5, 0, 0.5]); // [B=1, C=2, N=2]
 * ```
 */
export function averageAnnotators(
  annotations: readonly HardLabels[],
  options: HardToSoftOptions,
): SoftLabels {
  const what = "annotator average";
  const { plan } = planHard(what, options, HARD_OPTIONS);
  if (!Array.isArray(annotations)) {
    throw typeError(
      what,
      "annotations",
      "must be an array of hard-label arrays",
    );
  }
  if (annotations.length === 0) {
    throw rangeError(what, "annotations", "must hold at least one annotator");
  }
  annotations.forEach((a, i) =>
    checkHardLabels(what, `annotations[${i}]`, a, plan)
  );
  const { B, C, N, ignoreIndex } = plan;
  const out = new Float32Array(B * C * N);
  const keep = ignoreIndex === null ? undefined : new Uint8Array(B * N);
  const counts = new Float64Array(C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      counts.fill(0);
      let voters = 0;
      for (const a of annotations) {
        const lab = a[b * N + n];
        if (lab === ignoreIndex) continue;
        counts[lab]++;
        voters++;
      }
      if (voters === 0) continue;
      if (keep) keep[b * N + n] = 1;
      const [base, stride] = address(plan, b, n);
      for (let c = 0; c < C; c++) out[base + c * stride] = counts[c] / voters;
    }
  }
  return softLabels(out, plan.outShape, keep);
}
