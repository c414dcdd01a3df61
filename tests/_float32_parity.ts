/**
 * Parity of a float32 backend with js on random problems, where some are
 * ill-conditioned: with soft labels or norm 2, a group's false negatives or
 * positives can be negative and its denominator near 0, and the loss then
 * amplifies the float32 rounding of the statistics far beyond the golden
 * tolerance (e.g. a group score of −130 from a denominator of −0.0025). No
 * float32 implementation can do better there, so the check splits in two:
 * the backend's statistics must be within float32 accumulation error of js's,
 * and its value and gradient must equal what js computes from those same
 * statistics (the gradient up to float32's error on the terms pass 2
 * subtracts, which can cancel in the same way).
 */
import { computeStatistics, jdtLoss } from "../mod.ts";
import type { LossInput, LossOptions, LossResult } from "../src/core/types.ts";
import { hostStepPlan } from "../src/core/host_step.ts";
import { toProblem } from "../src/core/input.ts";
import { resolveLossOptions } from "../src/core/options.ts";
import { runReference } from "../src/core/reference.ts";
import { assertGradClose, assertLossClose } from "./_golden.ts";

/**
 * Relative error allowed on each statistic: sums of at most 2^10
 * non-negative float32 terms (products and differences of float32 inputs)
 * accumulate at most about n·2^-24 relative error; the random problems stay
 * far below that size, and 1e-6 is about 17 units in the last place.
 */
const STATISTICS_REL = 1e-6;

/** Throws unless each entry of `got` is within STATISTICS_REL of `want`. */
function assertStatisticsClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  scale: number,
): void {
  for (let i = 0; i < want.length; i++) {
    const tol = STATISTICS_REL * Math.max(Math.abs(want[i]), 1e-6 * scale);
    if (!(Math.abs(got[i] - want[i]) <= tol)) {
      throw new Error(`statistics[${i}] = ${got[i]} differs from ${want[i]}`);
    }
  }
}

/**
 * Checks `got` (from `backend` on `input`) against js: directly within the
 * golden tolerances, or, where that fails, statistics within float32 error
 * and value and gradient equal to js's on the backend's statistics.
 *
 * @param input The problem.
 * @param options The loss options it was computed with.
 * @param backend The backend that computed `got`.
 * @param got Its result.
 */
export async function assertParityWithJs(
  input: LossInput,
  options: LossOptions,
  backend: "wasm" | "webgpu",
  got: LossResult,
): Promise<void> {
  const js = await jdtLoss(input, { ...options, backend: "js" });
  try {
    assertLossClose(got.value, js.value, "value");
    if (got.grad) assertGradClose(got.grad, js.grad!, "grad");
    return;
  } catch (direct) {
    const mine = await computeStatistics(input, { ...options, backend });
    const ref = await computeStatistics(input, { ...options, backend: "js" });
    const scale = Math.max(...Array.from(ref.data, Math.abs));
    assertStatisticsClose(mine.data, ref.data, scale);
    const o = resolveLossOptions({ ...options, backend: "js" });
    const problem = toProblem({ ...input }, o);
    const plan = { ...hostStepPlan(problem, o), statistics: mine.data };
    const onMine = runReference(problem, plan);
    assertLossClose(got.value, onMine.host!.value, `value (${direct})`);
    if (!got.grad) return;
    // Pass 2 subtracts per-class terms (softmax: x_c·(g_c − Σ x_j g_j) / T),
    // so where they nearly cancel, float32 leaves an error of a few units in
    // the last place of the terms, not of the result: allowed up to 1e-5 of
    // the largest coefficient over T (a wrong term would be of its order).
    const coef = onMine.host!.coef!;
    const largest = coef.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    const floor = 1e-5 * largest / o.temperature;
    assertGradClose(got.grad, onMine.grad!, "grad", floor);
  }
}
