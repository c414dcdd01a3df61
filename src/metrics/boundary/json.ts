/**
 * JSON form of boundary results. JSON has no Infinity (`JSON.stringify`
 * writes `null`, which already means "undefined" here), so an infinite value
 * is written as the string `"Infinity"`; `null` stays "undefined", and
 * finite values stay numbers.
 *
 * @module
 */

import { show, typeError } from "../../core/errors.ts";
import type { BoundaryClassResult } from "./boundary_metrics.ts";

/** A boundary value in JSON: a number, `null` (undefined) or `"Infinity"`. */
export type BoundaryJSONValue = number | null | "Infinity";

/** One class's boundary result in JSON (Infinity as `"Infinity"`). */
export interface BoundaryClassJSON {
  /** The class id. */
  class: number;
  /** Hausdorff distance. */
  hd: BoundaryJSONValue;
  /** 95th-percentile Hausdorff distance. */
  hd95: BoundaryJSONValue;
  /** Average symmetric surface distance. */
  assd: BoundaryJSONValue;
  /** NSD: one value, or one per τ. */
  nsd: BoundaryJSONValue | BoundaryJSONValue[];
  /** Directed mean distance, prediction to label. */
  asdPredToLabel: BoundaryJSONValue;
  /** Directed mean distance, label to prediction. */
  asdLabelToPred: BoundaryJSONValue;
}

/** The scalar fields of a class result, in output order. */
export const BOUNDARY_FIELDS = [
  "hd",
  "hd95",
  "assd",
  "asdPredToLabel",
  "asdLabelToPred",
] as const;

/**
 * A value in its JSON form.
 *
 * @param v A boundary value.
 * @returns `"Infinity"` for Infinity, else the value.
 * @example
 * ```ts
 * import { encodeBoundaryValue } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * assert.equal(encodeBoundaryValue(Infinity), "Infinity");
 * assert.equal(encodeBoundaryValue(null), null);
 * assert.equal(encodeBoundaryValue(1.5), 1.5);
 * ```
 */
export function encodeBoundaryValue(v: number | null): BoundaryJSONValue {
  return v === Infinity ? "Infinity" : v;
}

/**
 * A class result in its JSON form.
 *
 * @param r The class result.
 * @returns A JSON-ready copy with Infinity written as `"Infinity"`.
 * @example
 * ```ts
 * import { boundaryClassToJSON, boundaryMetrics } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // Class 1 is labelled but not predicted: its Hausdorff distance is infinite.
 * const { classes } = boundaryMetrics({
 *   pred: new Uint8Array(4),
 *   label: new Uint8Array([1, 1, 0, 0]),
 *   shape: [2, 2],
 * });
 * const json = boundaryClassToJSON(classes[0]);
 * assert.equal(json.hd, "Infinity");
 * assert.equal(JSON.parse(JSON.stringify(json)).hd, "Infinity");
 * ```
 */
export function boundaryClassToJSON(r: BoundaryClassResult): BoundaryClassJSON {
  const nsd = Array.isArray(r.nsd)
    ? r.nsd.map(encodeBoundaryValue)
    : encodeBoundaryValue(r.nsd);
  const out = { class: r.class } as BoundaryClassJSON;
  for (const k of BOUNDARY_FIELDS) out[k] = encodeBoundaryValue(r[k]);
  out.nsd = nsd;
  return out;
}

function decodeValue(where: string, v: unknown): number | null {
  if (v === null) return null;
  if (v === "Infinity") return Infinity;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  throw typeError(
    "boundary metrics",
    where,
    `must be a number >= 0, null or "Infinity", got ${show(v)}`,
  );
}

/**
 * A class result from its JSON form, checked.
 *
 * @param where The path of the value, for error messages.
 * @param j The parsed JSON.
 * @returns The class result (Infinity restored).
 * @throws {JdtTypeError} Naming the first bad field.
 */
export function boundaryClassFromJSON(
  where: string,
  j: unknown,
): BoundaryClassResult {
  if (j === null || typeof j !== "object" || Array.isArray(j)) {
    throw typeError("boundary metrics", where, "must be an object");
  }
  const o = j as Record<string, unknown>;
  const c = o.class;
  if (!Number.isInteger(c) || (c as number) < 0) {
    throw typeError(
      "boundary metrics",
      `${where}.class`,
      `must be an integer >= 0, got ${show(c)}`,
    );
  }
  const nsd = Array.isArray(o.nsd)
    ? o.nsd.map((v, i) => decodeValue(`${where}.nsd[${i}]`, v))
    : decodeValue(`${where}.nsd`, o.nsd);
  const out = { class: c } as BoundaryClassResult;
  for (const k of BOUNDARY_FIELDS) {
    out[k] = decodeValue(
      `${where}.${k}`,
      Object.hasOwn(o, k) ? o[k] : undefined,
    );
  }
  out.nsd = nsd;
  return out;
}
