/**
 * What each metric key means, and its unit: for the CLI's summary and the web
 * page (which embeds this function's source, so it uses plain JavaScript in
 * its body).
 *
 * @module
 */

/**
 * The meaning and unit of a metric key of `SegmentationMetrics.value()`.
 *
 * @param key A key such as `mIoUD`, `mDiceI1` or `SCEI`.
 * @returns `[meaning, unit]`; unit `"%"` or `"‰"`.
 *
 * @example
 * ```ts
 * import { describeMetric } from "./keys.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(describeMetric("SCED"), [
 *   "static calibration error, dataset",
 *   "‰",
 * ]);
 * ```
 */
export function describeMetric(key: string): [string, string] {
  if (key === "Acc") return ["pixel accuracy, dataset", "%"];
  const cal = { ECE: "expected", SCE: "static" }[key.slice(0, 3)];
  if (cal && (key[3] === "D" || key[3] === "I")) {
    const level = key[3] === "D" ? "dataset" : "mean over images";
    return [`${cal} calibration error, ${level}`, key[0] === "S" ? "‰" : "%"];
  }
  const m = /^m(Acc|IoU|Dice)([DIC])(Q|\d+)?$/.exec(key);
  if (!m) return [key, ""];
  const what = { Acc: "accuracy (recall)", IoU: "IoU", Dice: "Dice" }[m[1]];
  const level = {
    D: "per class over the dataset, mean over classes",
    I: "per image, mean over images",
    C: "per image and class, mean over classes",
  }[m[2]];
  const unit = m[2] === "I" ? "images" : "entries";
  const worst = m[3] === undefined
    ? ""
    : m[3] === "Q"
    ? `; mean of the worst-q% values over q = 10, 20, ..., 100`
    : `; mean over the worst ${m[3]}% ${unit}`;
  return [`${what} ${level}${worst}`, "%"];
}
