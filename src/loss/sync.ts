/**
 * Synchronous JDT loss on the wasm (default) or js backend, for callers that
 * cannot await (TF.js computes custom gradients inside a synchronous tape).
 * Private: not exported from `mod.ts`.
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import { hostStepFor, lossResult } from "./loss.ts";
import { resolveLossOptions } from "../core/options.ts";
import { toProblem } from "../core/input.ts";
import { runReference } from "../core/reference.ts";
import type { LossInput, LossOptions, LossResult } from "../core/types.ts";
import { runWasm } from "../wasm/backend.ts";

/**
 * `jdtLoss` computed synchronously: on wasm (`backend` `"auto"` or `"wasm"`)
 * or on the float64 reference (`"js"`).
 *
 * @param input As for `jdtLoss` (host arrays).
 * @param options As for `jdtLoss`; `backend` must not be `"webgpu"`.
 * @returns As for `jdtLoss`.
 */
export function jdtLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  const o = resolveLossOptions(options);
  if (o.backend === "webgpu") {
    throw new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend "webgpu" is asynchronous; a synchronous evaluation runs on "auto" (wasm), "wasm" or "js"`,
    );
  }
  const p = toProblem(input, o);
  if (p.gpu !== undefined) {
    throw new JdtRangeError(
      "input",
      "Cannot compute loss: a synchronous evaluation needs host arrays, not GPUBuffers",
    );
  }
  const host = hostStepFor(p, o);
  if (o.backend === "js") {
    return lossResult(p, o, "js", runReference(p, host.step), host.result);
  }
  return lossResult(p, o, "wasm", runWasm(p, host.step), host.result);
}
