/**
 * Synchronous JDT losses on the wasm (default) or js backend, for callers that
 * cannot await: training loops beside the synchronous companion losses, and
 * TF.js, which computes custom gradients inside a synchronous tape.
 *
 * @module
 */

import { chooseSyncBackend } from "../choose/backend.ts";
import {
  lossProblem,
  lossResult,
  presetOptions,
  tverskyOptions,
} from "./loss.ts";
import { resolveLossOptions } from "../core/options.ts";
import { hostStepPlan } from "../core/host_step.ts";
import type { LossInput, LossOptions, LossResult } from "../core/types.ts";

/**
 * `jdtLoss` computed synchronously: on wasm (`backend` `"auto"` or `"wasm"`)
 * or on the float64 reference (`"js"`). Same values and gradients as
 * `jdtLoss` on the same backend; never uses WebGPU.
 *
 * @param input As for `jdtLoss` (host arrays, no `GPUBuffer`).
 * @param options As for `jdtLoss`; `backend` must not be `"webgpu"`.
 * @returns As for `jdtLoss`.
 * @example
 * ```ts
 * import { jdtLossSync } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const logits = new Float32Array([2, -1, -1, 2]); // [B=1, C=2, N=2]
 * const { value, grad } = jdtLossSync({ logits, shape: [1, 2, 2], labels: new Uint8Array([0, 1]) });
 * assert.ok(value > 0 && value < 1);
 * assert.equal(grad?.length, 4);
 * ```
 */
export function jdtLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  const o = resolveLossOptions(options);
  const { backend, problem } = chooseSyncBackend(
    o.backend,
    () => lossProblem(input, o),
  );
  const out = backend.runSync(problem, hostStepPlan(problem, o));
  return lossResult(problem, o, backend.name, out);
}

/**
 * `jaccardLoss` computed synchronously (see {@link jdtLossSync}).
 *
 * @param input As for `jdtLoss` (host arrays).
 * @param options As for `jaccardLoss`.
 * @returns As for `jdtLoss`.
 * @example
 * ```ts
 * import { jaccardLossSync } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([1, 0, 0, 1]);
 * const r = jaccardLossSync({ probs, shape: [1, 2, 2], labels: new Uint8Array([0, 1]) });
 * assert.ok(Math.abs(r.value) < 1e-12);
 * ```
 */
export function jaccardLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  return jdtLossSync(input, presetOptions("jaccardLoss", options, 1, 1));
}

/**
 * `diceLoss` computed synchronously (see {@link jdtLossSync}).
 *
 * @param input As for `jdtLoss` (host arrays).
 * @param options As for `diceLoss`.
 * @returns As for `jdtLoss`.
 * @example
 * ```ts
 * import { diceLossSync } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.5, 0.5]);
 * const r = diceLossSync({ probs, shape: [1, 2, 1], labels: new Uint8Array([0]) }, { backend: "js" });
 * assert.ok(r.value > 0 && r.grad !== undefined);
 * ```
 */
export function diceLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  return jdtLossSync(input, presetOptions("diceLoss", options, 0.5, 0.5));
}

/**
 * `tverskyLoss` computed synchronously (see {@link jdtLossSync}).
 *
 * @param input As for `jdtLoss` (host arrays).
 * @param options As for `tverskyLoss` (alpha 0.3 and beta 0.7 by default).
 * @returns As for `jdtLoss`.
 * @example
 * ```ts
 * import { tverskyLossSync } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const probs = new Float32Array([0.5, 0.5]);
 * const r = tverskyLossSync({ probs, shape: [1, 2, 1], labels: new Uint8Array([0]) });
 * assert.ok(r.value > 0);
 * ```
 */
export function tverskyLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  return jdtLossSync(input, tverskyOptions(options));
}
