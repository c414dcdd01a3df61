/**
 * The papers' training recipe in one call: a companion loss (cross-entropy,
 * focal or KL) mixed with a JDT loss by weights, 0.25 : 0.75 by default,
 * returning one value and one gradient.
 *
 * @module
 */

import {
  checkCategorical,
  checkCompanionOptions,
  checkPositiveWhereLabelled,
  companionOnProblem,
} from "./companion.ts";
import type { CompanionKind } from "./companion.ts";
import { jdtLoss } from "../loss/loss.ts";
import { ownOptions, resolveLossOptions } from "../core/options.ts";
import { checkOption, type OptionSchema } from "../core/option_schema.ts";
import { checkAttached, toProblem } from "../core/input.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { Problem } from "../core/problem.ts";
import { jdtLossSync } from "../loss/sync.ts";
import type {
  BackendName,
  LossInput,
  LossOptions,
  LossResult,
  PerGroupLosses,
} from "../core/types.ts";

/** Options of {@link compoundLoss}: the JDT loss options plus the mix. */
export interface CompoundLossOptions extends LossOptions {
  /** The companion loss. Default `"crossEntropy"` (hard or soft labels). */
  companion?: CompanionKind;
  /** Weight of the companion loss, >= 0. Default 0.25. */
  companionWeight?: number;
  /** Weight of the JDT loss, >= 0. Default 0.75. */
  jdtWeight?: number;
  /** Exponent of the focal companion, >= 0. Default 2. */
  focalGamma?: number;
}

/** The result of {@link compoundLoss}. */
export interface CompoundLossResult {
  /** `companionWeight·parts.companion + jdtWeight·parts.jdt`. */
  value: number;
  /** d value / d logits (or probs), in the layout of the input; absent with `grad: false`. */
  grad?: Float32Array;
  /** The backend that computed the JDT part (the companion part is float64 TypeScript). */
  backend: BackendName;
  /** The unweighted values of the two parts. */
  parts: { companion: number; jdt: number };
  /** The JDT part's per-group losses, with `reduction: "none"`. */
  perGroup?: PerGroupLosses;
}

const EXTRA_KEYS = ["companion", "companionWeight", "jdtWeight", "focalGamma"];
const WHAT = "compound loss";

/** Resolved compound options. */
export interface Mix {
  o: ResolvedLossOptions;
  kind: CompanionKind;
  wc: number;
  wj: number;
  focalGamma: number;
  jdtOptions: LossOptions;
}

/** The mix of the compound loss: which companion and the two weights. */
const MIX_OPTIONS: OptionSchema = {
  companion: {
    kind: "choice",
    choices: ["crossEntropy", "focal", "kl"],
    default: "crossEntropy",
    nullAsDefault: true,
  },
  companionWeight: { kind: "number", default: 0.25, min: 0 },
  jdtWeight: { kind: "number", default: 0.75, min: 0 },
};

/**
 * Resolves and checks compound options (the JDT options and the mix).
 *
 * @param options The caller's options.
 * @param isProbs Whether the input holds probabilities rather than logits.
 * @returns The resolved mix.
 */
export function resolveMix(
  options: CompoundLossOptions | undefined,
  isProbs: boolean,
): Mix {
  const raw = ownOptions(WHAT, options);
  const o = resolveLossOptions(raw, WHAT, EXTRA_KEYS);
  const kind = checkOption(
    WHAT,
    "companion",
    raw.companion,
    MIX_OPTIONS.companion,
  ) as CompanionKind;
  const focalGamma = checkCompanionOptions(o, raw, isProbs, WHAT);
  const weight = (k: string) => checkOption(WHAT, k, raw[k], MIX_OPTIONS[k]);
  const wc = weight("companionWeight") as number;
  const wj = weight("jdtWeight") as number;
  const jdtOptions: LossOptions = { ...raw };
  for (const k of EXTRA_KEYS) delete (jdtOptions as Record<string, unknown>)[k];
  jdtOptions.grad = o.grad && wj > 0;
  return { o, kind, wc, wj, focalGamma, jdtOptions };
}

function isProbsInput(input: LossInput): boolean {
  return input !== null && typeof input === "object" &&
    input.probs !== undefined;
}

function companionPart(
  m: Mix,
  p: Problem,
): { value: number; grad: Float64Array | null } {
  checkCategorical(p, WHAT);
  if (p.activation === "none") checkPositiveWhereLabelled(p, WHAT);
  return companionOnProblem(m.kind, p, m.focalGamma, m.o.grad && m.wc > 0);
}

function combine(
  m: Mix,
  companion: { value: number; grad: Float64Array | null },
  jdt: LossResult,
  length: number,
): CompoundLossResult {
  const result: CompoundLossResult = {
    value: m.wc * companion.value + m.wj * jdt.value,
    backend: jdt.backend,
    parts: { companion: companion.value, jdt: jdt.value },
  };
  if (jdt.perGroup) result.perGroup = jdt.perGroup;
  if (m.o.grad) {
    const grad = new Float32Array(length);
    const gc = companion.grad, gj = jdt.grad;
    for (let i = 0; i < length; i++) {
      grad[i] = (gc ? m.wc * gc[i] : 0) + (gj ? m.wj * gj[i] : 0);
    }
    result.grad = grad;
  }
  return result;
}

/**
 * Computes `companionWeight·companion + jdtWeight·JDT` and its gradient. The
 * JDT part is `jdtLoss` with the same input and options (so it runs on the
 * backend `jdtLoss` picks, and honours `backend`); the companion part
 * (`crossEntropyLoss`, `focalLoss` or `klDivLoss`) is computed in float64 with
 * the same `ignoreIndex`, keep mask, `temperature` and layout.
 *
 * @param input Prediction (softmax logits or probabilities), shape, labels and optional keep mask.
 * @param options The JDT loss options, plus `companion`, `companionWeight`, `jdtWeight`, `focalGamma`.
 * @returns The mixed value and gradient, the JDT backend, and the two unweighted parts.
 * @example
 * ```ts
 * import { compoundLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const input = { logits: new Float32Array([2, -1, -1, 2]), shape: [1, 2, 2], labels: new Uint8Array([0, 1]) };
 * const r = await compoundLoss(input, { backend: "js" });
 * assert.ok(Math.abs(r.value - (0.25 * r.parts.companion + 0.75 * r.parts.jdt)) < 1e-12);
 * ```
 */
export async function compoundLoss(
  input: LossInput,
  options?: CompoundLossOptions,
): Promise<CompoundLossResult> {
  const m = resolveMix(options, isProbsInput(input));
  const p = toProblem(input, m.o, WHAT);
  const jdt = await jdtLoss(input, m.jdtOptions);
  // jdtLoss has checked every data value; the arrays must still be there.
  checkAttached(input, p, WHAT);
  const companion = companionPart(m, p);
  return combine(m, companion, jdt, p.pred.length);
}

/**
 * The synchronous form of {@link compoundLoss} (wasm by default, or `"js"`), for
 * callers that cannot await (a TF.js gradient tape). Not part of `mod.ts`.
 *
 * @param input As for `compoundLoss`.
 * @param options As for `compoundLoss`; `backend` must not be `"webgpu"`.
 * @returns As for `compoundLoss`.
 */
export function compoundLossSync(
  input: LossInput,
  options?: CompoundLossOptions,
): CompoundLossResult {
  const m = resolveMix(options, isProbsInput(input));
  const jdt = jdtLossSync(input, m.jdtOptions);
  const p = toProblem(input, m.o, WHAT);
  const companion = companionPart(m, p);
  return combine(m, companion, jdt, p.pred.length);
}
