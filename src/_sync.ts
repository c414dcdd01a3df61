/**
 * Synchronous JDT loss on the `"js"` backend, for callers that cannot await
 * (TF.js computes custom gradients inside a synchronous tape). Private: not
 * exported from `mod.ts`.
 *
 * @module
 */

import { JdtRangeError } from "./errors.ts";
import { findInvalidData, resolveLossOptions, toProblem } from "./options.ts";
import { referenceGradient, referenceStatistics } from "./reference.ts";
import { hostStep } from "./stats.ts";
import type { LossInput, LossOptions, LossResult } from "./types.ts";

/**
 * `jdtLoss` computed synchronously by the float64 reference passes.
 *
 * @param input As for `jdtLoss`.
 * @param options As for `jdtLoss`; `backend` must be `"auto"` or `"js"`.
 * @returns As for `jdtLoss`, with backend `"js"`.
 */
export function jdtLossSync(
  input: LossInput,
  options?: LossOptions,
): LossResult {
  const o = resolveLossOptions(options);
  if (o.backend !== "auto" && o.backend !== "js") {
    throw new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend must be "auto" or "js" in a synchronous evaluation (the "${o.backend}" backend is asynchronous)`,
    );
  }
  const p = toProblem(input, o);
  findInvalidData(p);
  const host = hostStep(referenceStatistics(p), p.B, p.C, p.soft, o, o.grad);
  const result: LossResult = { value: host.value, backend: "js" };
  if (host.coef) result.grad = referenceGradient(p, host.coef);
  if (o.reduction === "none") result.perGroup = host.perGroup;
  return result;
}
