/**
 * The class-selection options of the scoring metrics: which classes the
 * per-class means average over (`classes`, `includeBackground`), several
 * ignored label values (`ignoreIndex: [0, 255]`), and what a class with no
 * labelled pixel scores (`empty`).
 *
 * @module
 */

import { rangeError, show, typeError } from "../core/errors.ts";
import type { HardLabels } from "../core/types.ts";

/**
 * What a class with no labelled pixel (in an image for the I and C metrics,
 * in the dataset for the D metrics) scores:
 * - `"reference"` (default): the reference's rules (docs/spec.md §6): a 0/0
 *   group is left out; at the D level a class only predicted scores 0; at the
 *   I and C levels a class not labelled in an image is left out.
 * - `"skip"`: left out of every mean, predicted or not (MONAI
 *   `ignore_empty=True`).
 * - `"one"`: 1 (100 %) when the class is not predicted either, else 0 (MONAI
 *   `ignore_empty=False`).
 */
export type EmptyClassScore = "reference" | "skip" | "one";

/** The choices of `empty`. */
export const EMPTY_CHOICES = ["reference", "skip", "one"] as const;

/** Largest number of listed ignore values. */
export const MAX_IGNORE_VALUES = 256;

/** Label values left out of scoring: one, several (sorted), or none. */
export type IgnoreValues = number | number[] | null;

/**
 * Checks `ignoreIndex`: an integer, a list of distinct integers, or null. A
 * one-value list resolves to the value itself.
 *
 * @param what What is being computed, for error messages.
 * @param value The option's value.
 * @returns The value, the sorted list, or null.
 */
export function ignoreValuesOption(
  what: string,
  value: unknown,
): IgnoreValues {
  if (value === undefined || value === null) return null;
  if (Number.isInteger(value)) return value as number;
  const expected = "must be an integer, a list of integers, or null";
  if (!Array.isArray(value)) {
    throw typeError(
      what,
      "options.ignoreIndex",
      `${expected}, got ${show(value)}`,
    );
  }
  if (value.length === 0 || value.length > MAX_IGNORE_VALUES) {
    throw rangeError(
      what,
      "options.ignoreIndex",
      `must list 1 to ${MAX_IGNORE_VALUES} values, got ${value.length}`,
    );
  }
  for (const v of value) {
    if (!Number.isInteger(v)) {
      throw typeError(
        what,
        "options.ignoreIndex",
        `${expected}, got ${show(value)}`,
      );
    }
  }
  const sorted = [...new Set(value as number[])].sort((a, b) => a - b);
  return sorted.length === 1 ? sorted[0] : sorted;
}

/**
 * Checks `classes`: a list of distinct class ids, or null for every class.
 *
 * @param what What is being computed, for error messages.
 * @param value The option's value.
 * @returns The sorted ids, or null.
 */
export function classListOption(what: string, value: unknown): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length === 0) {
    throw typeError(
      what,
      "options.classes",
      `must be a non-empty list of class ids or null, got ${show(value)}`,
    );
  }
  for (const v of value) {
    if (!Number.isInteger(v) || v < 0) {
      throw rangeError(
        what,
        "options.classes",
        `must hold integers >= 0, got ${show(value)}`,
      );
    }
  }
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

/**
 * The listed ignore values of a resolved `ignoreIndex`.
 *
 * @param ignoreIndex The resolved option.
 * @returns The values (empty for none).
 */
export function ignoreList(ignoreIndex: number | number[] | null): number[] {
  if (ignoreIndex === null) return [];
  return typeof ignoreIndex === "number" ? [ignoreIndex] : ignoreIndex;
}

/** The range of values an array of class ids can hold. */
function holds(labels: HardLabels, v: number): boolean {
  if (labels instanceof Uint8Array) return v >= 0 && v <= 255;
  if (labels instanceof Uint16Array) return v >= 0 && v <= 65535;
  return v >= -(2 ** 31) && v < 2 ** 31;
}

/**
 * Labels with every ignored value folded into one, so that the counting pass
 * (which drops one value) drops them all. Copies only when a value must move.
 *
 * @param labels The batch's labels.
 * @param ignoreIndex The resolved option.
 * @returns The labels to count and the one value they drop (null: none).
 */
export function foldIgnored(
  labels: HardLabels,
  ignoreIndex: number | number[] | null,
): { labels: HardLabels; ignore: number | null } {
  if (ignoreIndex === null || typeof ignoreIndex === "number") {
    return { labels, ignore: ignoreIndex };
  }
  const fits = ignoreIndex.filter((v) => holds(labels, v));
  if (fits.length <= 1) return { labels, ignore: fits[0] ?? ignoreIndex[0] };
  const into = fits[0];
  const others = new Set(fits.slice(1));
  let out: HardLabels | null = null;
  for (let i = 0; i < labels.length; i++) {
    if (!others.has(labels[i])) continue;
    out ??= labels.slice();
    out[i] = into;
  }
  return { labels: out ?? labels, ignore: into };
}

/**
 * The classes the per-class means average over.
 *
 * @param o The resolved options that select them.
 * @returns Class ids in increasing order.
 * @throws {JdtRangeError} When `classes` names an id >= numClasses, or
 *   leaves no class.
 */
export function scoredClasses(o: {
  numClasses: number;
  classes: number[] | null;
  includeBackground: boolean;
}): number[] {
  const all = o.classes ?? Array.from({ length: o.numClasses }, (_, c) => c);
  const bad = all.find((c) => c >= o.numClasses);
  if (bad !== undefined) {
    throw rangeError(
      "metrics",
      "options.classes",
      `must hold ids < numClasses (${o.numClasses}), got ${bad}`,
    );
  }
  const out = o.includeBackground ? all : all.filter((c) => c !== 0);
  if (out.length === 0) {
    throw rangeError(
      "metrics",
      "options.classes",
      "must leave at least one class (includeBackground: false drops class 0)",
    );
  }
  return out;
}
