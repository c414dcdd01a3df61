/**
 * The metric options a scoring request or CLI run may set, as `createMetrics`
 * takes them: a class subset for the means, whether class 0 counts, and what
 * an empty class scores. Service: `subset=1,2`, `includeBackground=0|1`,
 * `empty=reference|skip|one`; CLI: `--subset`, `--include-background`,
 * `--empty`.
 *
 * @module
 */

import {
  EMPTY_CHOICES,
  type EmptyClassScore,
} from "../metrics/class_options.ts";

/** Metric options chosen by the caller; absent keys keep the defaults. */
export interface MetricChoice {
  /** The classes the per-class means average over. */
  classes?: number[];
  /** Whether class 0 counts in those means. */
  includeBackground?: boolean;
  /** What a class with no labelled pixel scores. */
  empty?: EmptyClassScore;
}

/** The texts of the three options, as given (undefined when absent). */
export interface MetricChoiceText {
  /** Class ids separated by commas. */
  subset?: string;
  /** `0` or `1`. */
  includeBackground?: string;
  /** One of {@link EMPTY_CHOICES}. */
  empty?: string;
}

/** What each option must be, for error messages. */
export const CHOICE_RULES: Readonly<Record<keyof MetricChoiceText, string>> = {
  subset: "distinct class ids in [0, classes) separated by commas",
  includeBackground: "0 or 1",
  empty: EMPTY_CHOICES.join(", "),
};

/**
 * Reads the metric options.
 *
 * @param text The options' texts.
 * @param classes Number of classes (subset ids must be below it).
 * @param fail Called with the option that breaks its rule; must throw.
 * @returns The chosen options.
 */
export function parseMetricChoice(
  text: MetricChoiceText,
  classes: number,
  fail: (name: keyof MetricChoiceText) => never,
): MetricChoice {
  const out: MetricChoice = {};
  if (text.subset !== undefined && text.subset !== "") {
    const parts = text.subset.split(",");
    const ids = parts.map((p) => /^\d+$/.test(p) ? Number(p) : NaN);
    if (
      ids.some((c) => !(c >= 0 && c < classes)) ||
      new Set(ids).size < ids.length
    ) fail("subset");
    out.classes = ids.sort((a, b) => a - b);
  }
  const bg = text.includeBackground;
  if (bg !== undefined && bg !== "") {
    if (bg !== "0" && bg !== "1") fail("includeBackground");
    out.includeBackground = bg === "1";
  }
  if (text.empty !== undefined && text.empty !== "") {
    if (!(EMPTY_CHOICES as readonly string[]).includes(text.empty)) {
      fail("empty");
    }
    out.empty = text.empty as EmptyClassScore;
  }
  return out;
}

/**
 * Whether any option differs from the default.
 *
 * @param c The chosen options.
 * @returns True when one is set.
 */
export function hasChoice(c: MetricChoice): boolean {
  return Object.keys(c).length > 0;
}
