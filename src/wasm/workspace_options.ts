/**
 * Checks of `loss.workspace(shape, options)`'s arguments.
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import { resolveOptions, WORKSPACE_OPTIONS } from "../core/option_schema.ts";
import type { Layout, WorkspaceOptions } from "../core/types.ts";

/** The array type of each workspace label format. */
export const LABEL_TYPES = {
  int32: Int32Array,
  uint16: Uint16Array,
  uint8: Uint8Array,
  float32: Float32Array,
} as const;

/** Most elements of a workspace's prediction (the limit of `compute`'s shapes). */
export const MAX_WORKSPACE_ELEMENTS = 2 ** 32;

const LEAD = "Cannot create workspace";

/**
 * Checks the workspace options against the schema (`WORKSPACE_OPTIONS`).
 *
 * @param options What the caller passed.
 * @returns The options with `keepMask` filled in.
 */
export function checkOptions(options: unknown): Required<WorkspaceOptions> {
  if (typeof options !== "object" || options === null) {
    throw typeError(
      LEAD,
      "options",
      `must be an object { labels, prediction, keepMask? }, got ${
        show(options)
      }`,
    );
  }
  return resolveOptions(LEAD, options, WORKSPACE_OPTIONS) as Required<
    WorkspaceOptions
  >;
}

/**
 * Checks a workspace shape as `compute` checks `input.shape`: at least two
 * positive safe integers whose product is at most
 * {@link MAX_WORKSPACE_ELEMENTS}.
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
    !shape.every((d) => Number.isSafeInteger(d) && d > 0)
  ) {
    throw typeError(
      LEAD,
      "shape",
      `must be an array of at least 2 positive integers, got ${show(shape)}`,
    );
  }
  const elements = shape.reduce((a: number, d: number) => a * d, 1);
  if (elements > MAX_WORKSPACE_ELEMENTS) {
    throw rangeError(
      LEAD,
      "shape",
      `${show(shape)} has ${elements} elements, over the limit of 2^32`,
    );
  }
  const B = shape[0];
  const C = layout === "channels-first" ? shape[1] : shape[shape.length - 1];
  return [B, C, elements / (B * C)];
}
