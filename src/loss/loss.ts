/**
 * The JDT loss family: `jdtLoss` and its Jaccard, Dice and Tversky presets,
 * and `createLoss` for repeated evaluations with fixed options.
 *
 * @module
 */

import {
  type BackendCandidates,
  chooseBackend,
  chooseEncoder,
  ownedBackends,
  sharedBackends,
} from "../choose/backend.ts";
import { JdtRangeError, typeError } from "../core/errors.ts";
import { ownOptions, resolveLossOptions } from "../core/options.ts";
import { checkAttached, toProblem } from "../core/input.ts";
import { findInvalidData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { BackendOutput, Problem } from "../core/problem.ts";
import { hostStepPlan } from "../core/host_step.ts";
import type {
  BackendName,
  LossInput,
  LossOptions,
  LossResult,
} from "../core/types.ts";
import type { LossEncoding } from "../webgpu/backend.ts";
import type { Workspace, WorkspaceOptions } from "../wasm/workspace.ts";
import { withStatistics } from "./statistics.ts";

/**
 * The validated problem of a loss input: its arrays, and the statistics of
 * the whole batch when `input.statistics` is given.
 *
 * @param input The caller's input.
 * @param o Resolved options.
 * @param encode True for `loss.encode()` (GPU buffers only).
 * @returns The problem.
 */
export function lossProblem(
  input: LossInput,
  o: ResolvedLossOptions,
  encode = false,
): Problem {
  return withStatistics(input, toProblem(input, o, "loss", encode), o);
}

async function evaluate(
  input: LossInput,
  o: ResolvedLossOptions,
  candidates: BackendCandidates,
): Promise<LossResult> {
  const problem = lossProblem(input, o);
  const backend = await chooseBackend(o.backend, problem, candidates);
  checkAttached(input, problem);
  const out = await backend.run(problem, hostStepPlan(problem, o));
  return lossResult(problem, o, backend.name, out);
}

/**
 * Assembles the result of a backend's run, or names the invalid value it met.
 *
 * @param problem The validated problem.
 * @param o Resolved options.
 * @param name The backend that ran.
 * @param out What it returned, with the host step's result.
 * @returns The loss result.
 */
export function lossResult(
  problem: Problem,
  o: ResolvedLossOptions,
  name: BackendName,
  out: BackendOutput,
): LossResult {
  const h = out.host;
  if (out.invalid || h === undefined) {
    findInvalidData(problem);
    throw new Error(
      `jdt: backend ${name} flagged invalid data that the scan did not find`,
    );
  }
  const result: LossResult = { value: h.value, backend: name };
  if (out.grad) result.grad = out.grad;
  if (out.gradBuffer) result.gradBuffer = out.gradBuffer;
  if (o.reduction === "none") result.perGroup = h.perGroup;
  return result;
}

/**
 * Computes a JDT loss (Jaccard/Dice/Tversky family, docs/spec.md §3) and its
 * gradient with respect to the logits (or probabilities).
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options; defaults are those of the reference (Jaccard, mIoUD).
 * @returns The loss value, the gradient and the backend that ran.
 * @example
 * ```ts
 * import { jdtLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([1, 0, 0, 1]); // [B=1, C=2, N=2]
 * const labels = new Uint8Array([0, 1]);
 * const { value } = await jdtLoss({ probs, shape: [1, 2, 2], labels }, { backend: "js" });
 * assert.ok(Math.abs(value) < 1e-12);
 * ```
 */
export async function jdtLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  const o = resolveLossOptions(options);
  return await evaluate(input, o, sharedBackends(o));
}

/**
 * The options of a preset: the caller's, with the preset's alpha and beta. A
 * different alpha or beta from the caller is an error, never silently replaced.
 *
 * @param name The preset's name, for error messages.
 * @param options The caller's options.
 * @param alpha The preset's alpha.
 * @param beta The preset's beta.
 * @returns The options to compute with.
 */
export function presetOptions(
  name: string,
  options: LossOptions | undefined,
  alpha: number,
  beta: number,
): LossOptions {
  for (const [k, v] of [["alpha", alpha], ["beta", beta]] as const) {
    const given = options?.[k];
    if (given !== undefined && given !== v) {
      throw new JdtRangeError(
        `options.${k}`,
        `Cannot compute loss: options.${k} (${given}) conflicts with ${name}, which sets ${k} = ${v}; use tverskyLoss or jdtLoss to choose alpha and beta`,
      );
    }
  }
  return { ...options, alpha, beta };
}

function preset(
  name: string,
  input: LossInput,
  options: LossOptions | undefined,
  alpha: number,
  beta: number,
): Promise<LossResult> {
  try {
    return jdtLoss(input, presetOptions(name, options, alpha, beta));
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * The Jaccard metric loss (JML): `jdtLoss` with alpha = beta = 1.
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options; alpha and beta are set by the preset (another
 *   value is a `JdtRangeError`).
 * @returns The loss value, the gradient and the backend that ran.
 * @example
 * ```ts
 * import { jaccardLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // [B=1, C=2, N=2] probabilities; labels: pixel 0 is class 0, pixel 1 class 1.
 * const probs = new Float32Array([0.75, 0.5, 0.25, 0.5]);
 * const labels = new Uint8Array([0, 1]);
 * const { value } = await jaccardLoss({ probs, shape: [1, 2, 2], labels });
 * // Class 0: tp 0.75, fp 0.5, fn 0.25; class 1: tp 0.5, fp 0.25, fn 0.5;
 * // smooth 1e-3; the mean over both classes of 1 − (tp + s)/(tp + fp + fn + s).
 * assert.ok(Math.abs(value - (0.75 / 1.501 + 0.75 / 1.251) / 2) < 1e-6);
 * await assert.rejects(jaccardLoss({ probs, shape: [1, 2, 2], labels }, { alpha: 0.5 }), RangeError);
 * ```
 */
export function jaccardLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return preset("jaccardLoss", input, options, 1, 1);
}

/**
 * The Dice semimetric loss (DML): `jdtLoss` with alpha = beta = 0.5.
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options; alpha and beta are set by the preset (another
 *   value is a `JdtRangeError`).
 * @returns The loss value, the gradient and the backend that ran.
 * @example
 * ```ts
 * import { diceLoss, isInputError } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.75, 0.5, 0.25, 0.5]); // [B=1, C=2, N=2]
 * const labels = new Uint8Array([0, 1]);
 * const { value } = await diceLoss({ probs, shape: [1, 2, 2], labels });
 * // Per class 1 − (tp + s)/(tp + (fp + fn)/2 + s), fp + fn = 0.75 for both.
 * assert.ok(Math.abs(value - (0.375 / 1.126 + 0.375 / 0.876) / 2) < 1e-6);
 * await assert.rejects(diceLoss({ probs, shape: [1, 2, 2], labels }, { alpha: 0.3 }), (e) => isInputError(e));
 * ```
 */
export function diceLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return preset("diceLoss", input, options, 0.5, 0.5);
}

/**
 * The Tversky loss: `jdtLoss` with the caller's alpha and beta (defaults 0.3 and 0.7,
 * weighing false negatives more).
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options.
 * @returns The loss value, the gradient and the backend that ran.
 * @example
 * ```ts
 * import { tverskyLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.75, 0.5, 0.25, 0.5]); // [B=1, C=2, N=2]
 * const labels = new Uint8Array([0, 1]);
 * const { value } = await tverskyLoss({ probs, shape: [1, 2, 2], labels });
 * // alpha 0.3, beta 0.7: class 0 (fp 0.5, fn 0.25), class 1 (fp 0.25, fn 0.5).
 * assert.ok(Math.abs(value - (0.325 / 1.076 + 0.425 / 0.926) / 2) < 1e-6);
 * ```
 */
export async function tverskyLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return await jdtLoss(input, tverskyOptions(options));
}

/**
 * The options of the Tversky preset: alpha and beta default to 0.3 and 0.7.
 *
 * @param options The caller's options.
 * @returns The options to compute with.
 */
export function tverskyOptions(options: LossOptions | undefined): LossOptions {
  const o = ownOptions("loss", options) as LossOptions;
  return { ...o, alpha: o.alpha ?? 0.3, beta: o.beta ?? 0.7 };
}

/** A loss with fixed options, reusable across calls; dispose it to free its resources. */
export interface Loss extends Disposable {
  /** The options in force, defaults filled in. */
  readonly options: Readonly<ResolvedLossOptions>;
  /**
   * Computes the loss for one input. Rejects with a `JdtTypeError` whose
   * argument is `"loss"` once the loss was disposed.
   *
   * @param input Prediction, shape, labels and optional keep mask.
   * @returns The loss value, the gradient and the backend that ran.
   */
  compute(input: LossInput): Promise<LossResult>;
  /**
   * Arrays for inputs of one shape in this loss's WebAssembly memory: fill
   * them and pass them (with `grad` as `gradInto`) to `compute`, and the wasm
   * backend reads them in place, with no copy, on two threads when large.
   * Where shared memory is unavailable they are ordinary arrays. A workspace
   * may be made and filled while a call on another runs (pipelining); views
   * of a disposed workspace are refused.
   *
   * @param shape The input shape, read in the loss's layout.
   * @param options Label format, prediction kind, keep mask.
   * @returns The workspace; dispose it (or the loss) to free it.
   */
  workspace(shape: readonly number[], options: WorkspaceOptions): Workspace;
  /**
   * Records the whole step (both passes and the GPU step) into the caller's
   * encoder, for `backend: "webgpu"` with `options.device` and GPU-resident
   * prediction and labels; returns at once. The caller submits the encoder
   * (with its own passes) and may await `value()` later, or not at all.
   * Once a shape has been seen, it creates no GPU object and maps nothing.
   *
   * @param encoder A command encoder of `options.device`.
   * @param input GPUBuffer prediction and labels (optional keep mask, and
   *   `gradBuffer` to own the gradient).
   * @returns The gradient and value buffers and `value()`.
   */
  encode(encoder: GPUCommandEncoder, input: LossInput): LossEncoding;
  /**
   * Frees the GPU buffers, workspaces and worker threads of this loss (a
   * caller's device is left alone); calls in flight finish first. Submit
   * encoded steps before disposing.
   */
  dispose(): void;
}

/** The error of a call on a disposed loss (typed: the caller's mistake). */
function disposedError() {
  return typeError(
    "loss",
    "loss",
    "was disposed: create a new one with createLoss",
  );
}

/**
 * Creates a reusable loss with fixed options (validated once, here).
 *
 * @param options Loss options.
 * @returns A {@link Loss}; use it with `using` or call `dispose()`.
 * @example
 * ```ts
 * import { createLoss } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * using loss = createLoss({ alpha: 0.5, beta: 0.5, backend: "js" });
 * const gradInto = new Float32Array(2); // reused by every call: no allocation, no page faults
 * const r = await loss.compute({
 *   probs: new Float32Array([0.5, 0.5]), shape: [1, 2, 1], labels: new Uint8Array([0]), gradInto,
 * });
 * assert.ok(r.value > 0 && r.grad === gradInto);
 * ```
 */
export function createLoss(options?: LossOptions): Loss {
  const o = resolveLossOptions(options);
  const owned = ownedBackends(o);
  let disposed = false;
  const dispose = () => {
    disposed = true;
    owned.webgpu.dispose();
    owned.workspaces.dispose();
  };
  return {
    options: o,
    compute(input: LossInput): Promise<LossResult> {
      if (disposed) return Promise.reject(disposedError());
      // In flight from now: a dispose() before the call ends waits for it.
      const release = owned.webgpu.hold();
      const held = owned.workspaces.hold();
      return evaluate(input, o, owned).finally(() => {
        release();
        held();
      });
    },
    encode(encoder: GPUCommandEncoder, input: LossInput): LossEncoding {
      if (disposed) throw disposedError();
      const { webgpu, problem } = chooseEncoder(
        o.backend,
        owned,
        () => lossProblem(input, o, true),
      );
      return webgpu.encode(
        encoder,
        problem,
        hostStepPlan(problem, o),
        problem.gpu?.gradBuffer ?? undefined,
      );
    },
    workspace(shape, options) {
      if (disposed) throw disposedError();
      return owned.workspaces.create(shape, options);
    },
    dispose,
    [Symbol.dispose]: dispose,
  };
}
