/**
 * The JDT loss family: `jdtLoss` and its Jaccard, Dice and Tversky presets,
 * and `createLoss` for repeated evaluations with fixed options.
 *
 * @module
 */

import { selectBackend } from "./dispatch.ts";
import { JdtTypeError } from "../core/errors.ts";
import { resolveLossOptions } from "../core/options.ts";
import { toProblem } from "../core/input.ts";
import { findInvalidData } from "../core/data_check.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type { BackendOutput, HostStep, Problem } from "../core/problem.ts";
import { type HostResult, hostStep } from "../core/host_step.ts";
import type {
  BackendName,
  LossInput,
  LossOptions,
  LossResult,
} from "../core/types.ts";
import {
  type LossEncoding,
  sharedWebGpuBackend,
  WebGpuBackend,
} from "../webgpu/backend.ts";
import { MAX_CLASSES, MAX_GROUPS_TOTAL } from "../webgpu/plan.ts";

async function evaluate(
  input: LossInput,
  o: ResolvedLossOptions,
  webgpu: WebGpuBackend,
): Promise<LossResult> {
  const problem = toProblem(input, o);
  const { B, C, N } = problem;
  // "auto" keeps shapes the webgpu backend refuses on the CPU.
  const gpuFits = C <= MAX_CLASSES && B * C <= MAX_GROUPS_TOTAL;
  const backend = await selectBackend(
    o.backend,
    B * C * N,
    gpuFits || o.backend === "webgpu" ? webgpu : undefined,
    problem.gpu !== undefined,
  );
  const host = hostStepFor(problem, o);
  return lossResult(
    problem,
    o,
    backend.name,
    await backend.run(problem, host.step, o),
    host.result,
  );
}

/**
 * The host step of a problem, keeping its result for {@link lossResult}.
 *
 * @param problem The validated problem.
 * @param o Resolved options.
 * @returns The step to hand to a backend, and a getter of its result.
 */
export function hostStepFor(
  problem: Problem,
  o: ResolvedLossOptions,
): { step: HostStep; result: () => HostResult | undefined } {
  let host: HostResult | undefined;
  return {
    step: (stats) => {
      host = hostStep(stats, problem.B, problem.C, problem.soft, o, o.grad);
      return host.coef;
    },
    result: () => host,
  };
}

/**
 * Assembles the result of a backend's run, or names the invalid value it met.
 *
 * @param problem The validated problem.
 * @param o Resolved options.
 * @param name The backend that ran.
 * @param out What it returned.
 * @param host The host step's result getter.
 * @returns The loss result.
 */
export function lossResult(
  problem: Problem,
  o: ResolvedLossOptions,
  name: BackendName,
  out: BackendOutput,
  host: () => HostResult | undefined,
): LossResult {
  const h = host();
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
 * Computes a JDT loss (Jaccard/Dice/Tversky family, SPEC section 3) and its
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
  return await evaluate(input, o, sharedWebGpuBackend(o.device));
}

function preset(
  input: LossInput,
  options: LossOptions | undefined,
  alpha: number,
  beta: number,
): Promise<LossResult> {
  return jdtLoss(input, { ...options, alpha, beta });
}

/**
 * The Jaccard metric loss (JML): `jdtLoss` with alpha = beta = 1.
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options (alpha and beta are set by the preset).
 * @returns The loss value, the gradient and the backend that ran.
 */
export function jaccardLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return preset(input, options, 1, 1);
}

/**
 * The Dice semimetric loss (DML): `jdtLoss` with alpha = beta = 0.5.
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options (alpha and beta are set by the preset).
 * @returns The loss value, the gradient and the backend that ran.
 */
export function diceLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return preset(input, options, 0.5, 0.5);
}

/**
 * The Tversky loss: `jdtLoss` with the caller's alpha and beta (defaults 0.3 and 0.7,
 * weighing false negatives more).
 *
 * @param input Prediction, shape, labels and optional keep mask.
 * @param options Loss options.
 * @returns The loss value, the gradient and the backend that ran.
 */
export function tverskyLoss(
  input: LossInput,
  options?: LossOptions,
): Promise<LossResult> {
  return preset(input, options, options?.alpha ?? 0.3, options?.beta ?? 0.7);
}

/** A loss with fixed options, reusable across calls; dispose it to free its resources. */
export interface Loss extends Disposable {
  /** The options in force, defaults filled in. */
  readonly options: Readonly<ResolvedLossOptions>;
  /**
   * Computes the loss for one input.
   *
   * @param input Prediction, shape, labels and optional keep mask.
   * @returns The loss value, the gradient and the backend that ran.
   */
  compute(input: LossInput): Promise<LossResult>;
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
   * Frees the GPU buffers of this loss (a caller's device is left alone);
   * calls in flight finish first. Submit encoded steps before disposing.
   */
  dispose(): void;
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
 * const r = await loss.compute({
 *   probs: new Float32Array([0.5, 0.5]), shape: [1, 2, 1], labels: new Uint8Array([0]),
 * });
 * assert.ok(r.value > 0 && r.grad !== undefined);
 * ```
 */
export function createLoss(options?: LossOptions): Loss {
  const o = resolveLossOptions(options);
  const webgpu = new WebGpuBackend({ device: o.device });
  let disposed = false;
  const dispose = () => {
    disposed = true;
    webgpu.dispose();
  };
  return {
    options: o,
    compute(input: LossInput): Promise<LossResult> {
      if (disposed) {
        return Promise.reject(
          new Error("Cannot compute loss: this loss was disposed"),
        );
      }
      // In flight from now: a dispose() before the call ends waits for it.
      const release = webgpu.hold();
      return evaluate(input, o, webgpu).finally(release);
    },
    encode(encoder: GPUCommandEncoder, input: LossInput): LossEncoding {
      if (disposed) {
        throw new Error("Cannot compute loss: this loss was disposed");
      }
      if (o.backend !== "webgpu") {
        throw new JdtTypeError(
          "options.backend",
          `Cannot compute loss: encode() needs options.backend "webgpu", got "${o.backend}"`,
        );
      }
      const problem = toProblem(input, o, "loss", true);
      const value = (stats: Float64Array) =>
        hostStep(stats, problem.B, problem.C, problem.soft, o, false).value;
      return webgpu.encode(
        encoder,
        problem,
        o,
        value,
        problem.gpu?.gradBuffer ?? undefined,
      );
    },
    dispose,
    [Symbol.dispose]: dispose,
  };
}
