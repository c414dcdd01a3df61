/**
 * Value checks of a loss input: the scan that names the first invalid value
 * of host arrays, and the error for invalid values a GPU pass found in
 * `GPUBuffer` inputs.
 *
 * @module
 */

import { type JdtRangeError, rangeError } from "./errors.ts";
import type { Problem } from "./problem.ts";

/**
 * The error for invalid data found by a GPU pass in a `GPUBuffer` input, which
 * {@link findInvalidData} cannot read.
 *
 * @param p The problem.
 * @param which `"pred"` or `"labels"`: the argument at fault.
 * @param what What is being computed, for error messages.
 * @returns The error to throw.
 */
export function invalidResidentData(
  p: Problem,
  which: "pred" | "labels",
  what = "loss",
): JdtRangeError {
  if (which === "pred") {
    const name = p.predArgument ?? predArgumentOf(p.activation);
    return p.activation === "none"
      ? rangeError(
        what,
        name,
        "(GPUBuffer) holds a value outside [0, 1] or NaN",
      )
      : rangeError(what, name, "(GPUBuffer) holds a non-finite value");
  }
  return p.soft
    ? rangeError(
      what,
      "input.labels",
      "(GPUBuffer, soft) holds a value outside [0, 1] or NaN",
    )
    : rangeError(
      what,
      "input.labels",
      `(GPUBuffer) holds a class id outside [0, ${p.C})${
        p.ignoreIndex === null
          ? ""
          : ` that is not ignoreIndex (${p.ignoreIndex})`
      }`,
    );
}

/**
 * Scans the values of a problem's arrays and throws a typed error at the first
 * invalid one: non-finite logits, probabilities or soft labels outside [0, 1],
 * hard labels outside [0, C) that are not `ignoreIndex`. Backends check in
 * their first pass and call this only to name the fault.
 *
 * @param p The problem.
 * @param what What is being computed, for error messages.
 */
export function findInvalidData(p: Problem, what = "loss"): void {
  const pred = p.pred;
  const name = p.predArgument ?? predArgumentOf(p.activation);
  if (p.activation === "none") {
    checkUnitInterval(what, name, pred, "");
  } else {
    for (let i = 0; i < pred.length; i++) {
      const v = pred[i];
      if (!Number.isFinite(v)) {
        throw rangeError(
          what,
          name,
          `must be finite, got ${v} at index ${i}`,
        );
      }
    }
  }
  const labels = p.labels;
  if (p.soft) {
    checkUnitInterval(what, "input.labels", labels, "(soft) ");
  } else {
    const C = p.C, ig = p.ignoreIndex;
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i];
      if ((v < 0 || v >= C) && v !== ig) {
        throw rangeError(
          what,
          "input.labels",
          `must hold class ids in [0, ${C})${
            ig === null ? "" : ` or ignoreIndex (${ig})`
          }, got ${v} at index ${i}`,
        );
      }
    }
  }
}

/** Throws a typed error at the first value of `a` outside [0, 1] (or NaN). */
function checkUnitInterval(
  what: string,
  argument: string,
  a: ArrayLike<number>,
  kind: string,
): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= 0 && v <= 1)) {
      throw rangeError(
        what,
        argument,
        `${kind}must lie in [0, 1], got ${v} at index ${i}`,
      );
    }
  }
}

/**
 * The prediction's argument name a problem without `predArgument` implies:
 * `input.probs` with activation `"none"`, else `input.logits`.
 *
 * @param activation The problem's activation.
 * @returns The argument name.
 */
export function predArgumentOf(
  activation: Problem["activation"],
): "input.logits" | "input.probs" {
  return activation === "none" ? "input.probs" : "input.logits";
}
