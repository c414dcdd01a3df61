/**
 * Checks of `loss.workspace(shape, options)`'s arguments.
 *
 * @module
 */

import { clip, show, typeError } from "../core/errors.ts";
import type {
  Layout,
  WorkspaceLabels,
  WorkspaceOptions,
} from "../core/types.ts";

/** The array type of each workspace label format. */
export const LABEL_TYPES = {
  int32: Int32Array,
  uint16: Uint16Array,
  uint8: Uint8Array,
  float32: Float32Array,
} as const;

const OPTION_KEYS = ["labels", "prediction", "keepMask"];

/** A typed error of workspace creation naming `argument`. */
function fail(argument: string, expected: string) {
  return typeError("Cannot create workspace", argument, expected);
}

/**
 * Checks the workspace options.
 *
 * @param options What the caller passed.
 * @returns The options with `keepMask` filled in.
 */
export function checkOptions(options: unknown): Required<WorkspaceOptions> {
  if (typeof options !== "object" || options === null) {
    throw fail(
      "options",
      "must be an object { labels, prediction, keepMask? }",
    );
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) {
      throw fail(`options.${clip(key)}`, "is not a workspace option");
    }
  }
  if (!Object.hasOwn(LABEL_TYPES, o.labels as string)) {
    throw fail(
      "options.labels",
      `must be "int32", "uint16", "uint8" or "float32", got ${show(o.labels)}`,
    );
  }
  if (o.prediction !== "logits" && o.prediction !== "probs") {
    throw fail(
      "options.prediction",
      `must be "logits" or "probs", got ${show(o.prediction)}`,
    );
  }
  if (o.keepMask !== undefined && typeof o.keepMask !== "boolean") {
    throw fail("options.keepMask", "must be a boolean");
  }
  return {
    labels: o.labels as WorkspaceLabels,
    prediction: o.prediction,
    keepMask: o.keepMask === true,
  };
}

/**
 * Checks a workspace shape.
 *
 * @param shape What the caller passed.
 * @param layout The loss's layout, which decides where the classes are.
 * @returns [B, C, N].
 */
export function checkShape(
  shape: unknown,
  layout: Layout,
): [number, number, number] {
  if (
    !Array.isArray(shape) || shape.length < 2 ||
    !shape.every((d) => Number.isInteger(d) && d > 0)
  ) {
    throw fail(
      "shape",
      `must be an array of at least 2 positive integers, got ${show(shape)}`,
    );
  }
  const B = shape[0];
  const C = layout === "channels-first" ? shape[1] : shape[shape.length - 1];
  const N = shape.reduce((a: number, d: number) => a * d, 1) / (B * C);
  return [B, C, N];
}
