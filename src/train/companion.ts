/**
 * The companion losses the papers pair with JML/DML (docs/spec.md §7):
 * cross-entropy and focal loss (hard or soft labels) and KL divergence with a
 * temperature, with analytic gradients, in float64 TypeScript. Inputs and
 * options follow `jdtLoss`: the same input object, channel-first or -last
 * layout, keep mask, `ignoreIndex`, `temperature`, logits or probabilities.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import { ownOptions, resolveLossOptions } from "../core/options.ts";
import {
  checkKnownOptions,
  checkNumber,
  type NumberSpec,
} from "../core/option_schema.ts";
import { toProblem } from "../core/input.ts";
import { findInvalidData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { Problem } from "../core/problem.ts";
import type { Layout, LossInput, LossResult } from "../core/types.ts";

/** Which companion loss. */
export type CompanionKind = "crossEntropy" | "focal" | "kl";

/** Options of the companion losses (a subset of the loss options, plus `focalGamma`). */
export interface CompanionOptions {
  /** Hard-label value that marks ignored pixels. Default none. */
  ignoreIndex?: number | null;
  /** Temperature `T` in [2^-126, 2^126]: `q = softmax(z / T)`. Default 1. Not allowed with `probs`. */
  temperature?: number;
  /** Layout of the prediction and soft labels. Default `"channels-first"`. */
  layout?: Layout;
  /** Also compute the gradient. Default true. */
  grad?: boolean;
  /** Only `"softmax"` is supported for logits (the default). */
  activation?: "softmax";
  /** Exponent of the focal loss, >= 0 (0 gives cross-entropy). Default 2. */
  focalGamma?: number;
}

/** Option names the companion losses accept. */
export const COMPANION_KEYS: readonly string[] = [
  "ignoreIndex",
  "temperature",
  "layout",
  "grad",
  "activation",
  "focalGamma",
];

/** The focal exponent: >= 0, default 2. */
const FOCAL_GAMMA: NumberSpec = { kind: "number", default: 2, min: 0 };

const NAMES: Record<CompanionKind, string> = {
  crossEntropy: "cross-entropy loss",
  focal: "focal loss",
  kl: "KL divergence loss",
};

/**
 * Checks the companion-specific options on resolved loss options.
 *
 * @param o Resolved loss options (from `resolveLossOptions`).
 * @param raw The caller's option object (for `focalGamma`).
 * @param isProbs Whether the input holds probabilities.
 * @param what What is being computed, for error messages.
 * @returns The focal exponent.
 */
export function checkCompanionOptions(
  o: ResolvedLossOptions,
  raw: Record<string, unknown> | undefined,
  isProbs: boolean,
  what: string,
): number {
  if (o.activation !== "softmax") {
    throw rangeError(
      what,
      "options.activation",
      `must be "softmax" (the companion losses take softmax logits or probabilities), got "${o.activation}"`,
    );
  }
  if (isProbs && o.temperature !== 1) {
    throw rangeError(
      what,
      "options.temperature",
      `applies to logits only, got ${o.temperature} with input.probs`,
    );
  }
  const g = raw?.focalGamma;
  return g === undefined
    ? FOCAL_GAMMA.default as number
    : checkNumber(what, "focalGamma", g, FOCAL_GAMMA);
}

/**
 * Value and float64 gradient of a companion loss on a validated problem (data
 * values checked too). Averaged over kept pixels; 0 with gradient 0 when no
 * pixel is kept.
 *
 * @param kind Which loss.
 * @param p The problem (softmax logits or probabilities).
 * @param focalGamma Focal exponent (used by `"focal"` only).
 * @param wantGrad Whether to compute the gradient.
 * @returns The value and, when asked, the gradient in the layout of `p.pred`.
 */
export function companionOnProblem(
  kind: CompanionKind,
  p: Problem,
  focalGamma: number,
  wantGrad: boolean,
): { value: number; grad: Float64Array | null } {
  const { B, C, N, pred, labels } = p;
  const cf = p.layout === "channels-first";
  const stride = cf ? N : 1;
  const grad = wantGrad ? new Float64Array(pred.length) : null;
  const px: Pixel = {
    logq: new Float64Array(C),
    q: new Float64Array(C),
    y: new Float64Array(C),
    h: new Float64Array(C),
  };
  let total = 0, kept = 0;
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const i = b * N + n;
      if (p.keepMask !== null && p.keepMask[i] === 0) continue;
      let lab = -1;
      if (!p.soft) {
        lab = labels[i];
        if (lab === p.ignoreIndex) continue;
      }
      kept++;
      const base = cf ? b * C * N + n : i * C;
      pixelProbs(p, base, stride, px);
      for (let c = 0; c < C; c++) {
        px.y[c] = lab === -1 ? labels[base + c * stride] : (lab === c ? 1 : 0);
      }
      total += pixelLoss(kind, px, p.temperature, focalGamma);
      if (grad !== null) pixelGrad(p, px, grad, base, stride);
    }
  }
  if (kept === 0) return { value: 0, grad };
  if (grad !== null) { for (let i = 0; i < grad.length; i++) grad[i] /= kept; }
  return { value: total / kept, grad };
}

/** One pixel's log q, q, labels y and h_c = q_c · d(pixel loss)/dq_c, over classes. */
interface Pixel {
  logq: Float64Array;
  q: Float64Array;
  y: Float64Array;
  h: Float64Array;
}

/** log q and q of one pixel, in float64; log-sum-exp keeps log q finite for logits. */
function pixelProbs(p: Problem, base: number, stride: number, px: Pixel) {
  const { C, pred } = p;
  const { logq, q } = px;
  if (p.activation !== "softmax") {
    for (let c = 0; c < C; c++) {
      q[c] = pred[base + c * stride];
      logq[c] = Math.log(q[c]);
    }
    return;
  }
  const T = p.temperature;
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, pred[base + c * stride]);
  let sum = 0;
  for (let c = 0; c < C; c++) {
    sum += Math.exp((pred[base + c * stride] - max) / T);
  }
  const lse = Math.log(sum);
  for (let c = 0; c < C; c++) {
    logq[c] = (pred[base + c * stride] - max) / T - lse;
    q[c] = Math.exp(logq[c]);
  }
}

/** Pixel loss Σ_c y_c f(q_c); fills h_c = q_c · d/dq_c of it. */
function pixelLoss(
  kind: CompanionKind,
  { logq, q, y, h }: Pixel,
  T: number,
  focalGamma: number,
): number {
  let loss = 0;
  for (let c = 0; c < y.length; c++) {
    h[c] = 0;
    if (y[c] === 0) continue;
    if (kind === "crossEntropy") {
      loss -= y[c] * logq[c];
      h[c] = -y[c];
    } else if (kind === "kl") {
      loss += T * T * y[c] * (Math.log(y[c]) - logq[c]);
      h[c] = -T * T * y[c];
    } else {
      const r = 1 - q[c];
      const w = Math.pow(r, focalGamma);
      loss -= y[c] * w * logq[c];
      // q·f'(q) with f = −(1 − q)^γ log q: γ q (1 − q)^(γ−1) log q − (1 − q)^γ.
      const first = r > 0 && focalGamma > 0
        ? focalGamma * q[c] * Math.pow(r, focalGamma - 1) * logq[c]
        : 0;
      h[c] = y[c] * (first - w);
    }
  }
  return loss;
}

/** Writes one pixel's gradient (before the mean over kept pixels). */
function pixelGrad(
  p: Problem,
  { q, y, h }: Pixel,
  grad: Float64Array,
  base: number,
  stride: number,
): void {
  const C = p.C;
  if (p.activation === "softmax") {
    // dL/dz_c = (1/T)·(h_c − q_c·Σ_k h_k).
    let hs = 0;
    for (let c = 0; c < C; c++) hs += h[c];
    for (let c = 0; c < C; c++) {
      grad[base + c * stride] = (h[c] - q[c] * hs) / p.temperature;
    }
  } else {
    for (let c = 0; c < C; c++) {
      grad[base + c * stride] = y[c] === 0 ? 0 : h[c] / q[c];
    }
  }
}

function companion(
  kind: CompanionKind,
  input: LossInput,
  options: CompanionOptions | undefined,
): LossResult {
  const what = NAMES[kind];
  const raw = ownOptions(what, options);
  checkKnownOptions(what, raw, COMPANION_KEYS);
  const o = resolveLossOptions(raw, what, ["focalGamma"]);
  const p = toProblem(input, o, what);
  const focalGamma = checkCompanionOptions(
    o,
    raw,
    p.activation === "none",
    what,
  );
  checkCategorical(p, what);
  findInvalidData(p, what);
  if (p.activation === "none") checkPositiveWhereLabelled(p, what);
  const r = companionOnProblem(kind, p, focalGamma, o.grad);
  const result: LossResult = { value: r.value, backend: "js" };
  if (r.grad) result.grad = Float32Array.from(r.grad);
  return result;
}

/**
 * The companion losses are categorical: 0/1 masks (binary, multilabel) have
 * no softmax cross-entropy, so they are refused rather than misread.
 *
 * @param p The problem.
 * @param what What is being computed, for error messages.
 */
export function checkCategorical(p: Problem, what: string): void {
  if (p.masks === true) {
    throw rangeError(
      what,
      "input.labels",
      `holds 0/1 masks (binary or multilabel); ${what} takes class ids, one-hot rows or soft labels over softmax classes`,
    );
  }
}

/**
 * With probabilities, log q must be finite wherever a label has weight.
 *
 * @param p A problem with probabilities, data values checked.
 * @param what What is being computed, for error messages.
 */
export function checkPositiveWhereLabelled(p: Problem, what: string): void {
  // The loss is infinite there; say so instead of returning Infinity.
  const { B, C, N, pred, labels } = p;
  const stride = p.layout === "channels-first" ? N : 1;
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const i = b * N + n;
      if (p.keepMask !== null && p.keepMask[i] === 0) continue;
      if (!p.soft && labels[i] === p.ignoreIndex) continue;
      const base = p.layout === "channels-first" ? b * C * N + n : i * C;
      for (let c = 0; c < C; c++) {
        const y = p.soft
          ? labels[base + c * stride]
          : (labels[i] === c ? 1 : 0);
        if (y > 0 && pred[base + c * stride] === 0) {
          throw rangeError(
            what,
            "input.probs",
            `must be > 0 where the label is > 0 (the log would be infinite), got 0 at index ${
              base + c * stride
            }`,
          );
        }
      }
    }
  }
}

/**
 * Cross-entropy `−Σ_c y_c·log q_c` with `q = softmax(z / T)` (or the given
 * probabilities), averaged over kept pixels; hard labels are one-hot, soft
 * labels used as given. Computed in float64.
 *
 * @param input Prediction, shape, labels and optional keep mask, as for `jdtLoss`.
 * @param options `ignoreIndex`, `temperature`, `layout`, `grad`.
 * @returns The value, the gradient (`dL/dz_c = (q_c·Σy − y_c) / (T·#kept)`) and backend `"js"`.
 * @example
 * ```ts
 * import { crossEntropyLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const r = crossEntropyLoss({ logits: new Float32Array([0, 0]), shape: [1, 2, 1], labels: new Uint8Array([1]) });
 * assert.ok(Math.abs(r.value - Math.log(2)) < 1e-12); // −log(1/2)
 * ```
 */
export function crossEntropyLoss(
  input: LossInput,
  options?: CompanionOptions,
): LossResult {
  return companion("crossEntropy", input, options);
}

/**
 * Focal loss `−Σ_c y_c·(1 − q_c)^γ·log q_c` (γ = `focalGamma`, default 2),
 * averaged over kept pixels; hard or soft labels. Computed in float64.
 *
 * @param input Prediction, shape, labels and optional keep mask, as for `jdtLoss`.
 * @param options `focalGamma`, `ignoreIndex`, `temperature`, `layout`, `grad`.
 * @returns The value, the gradient and backend `"js"`.
 * @example
 * ```ts
 * import { focalLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const r = focalLoss({ logits: new Float32Array([0, 0]), shape: [1, 2, 1], labels: new Uint8Array([1]) });
 * assert.ok(Math.abs(r.value - 0.25 * Math.log(2)) < 1e-12); // −(1/2)²·log(1/2)
 * ```
 */
export function focalLoss(
  input: LossInput,
  options?: CompanionOptions,
): LossResult {
  return companion("focal", input, options);
}

/**
 * KL divergence `T²·Σ_c y_c·(log y_c − log q_c)` with `q = softmax(z / T)`
 * (0·log 0 = 0), averaged over kept pixels: the distillation loss. Its
 * gradient is `T·(q_c·Σy − y_c) / #kept`. Hard labels act as one-hot.
 *
 * @param input Prediction, shape, labels and optional keep mask, as for `jdtLoss`.
 * @param options `temperature`, `ignoreIndex`, `layout`, `grad`.
 * @returns The value, the gradient and backend `"js"`.
 * @example
 * ```ts
 * import { klDivLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const labels = new Float32Array([0.5, 0.5]);
 * const r = klDivLoss({ logits: new Float32Array([3, 3]), shape: [1, 2, 1], labels }, { temperature: 2 });
 * assert.ok(Math.abs(r.value) < 1e-12); // q = y
 * ```
 */
export function klDivLoss(
  input: LossInput,
  options?: CompanionOptions,
): LossResult {
  return companion("kl", input, options);
}
