/**
 * Error maps of one image for the scoring server, page and CLI: the kind of
 * each pixel (true/false positive, false negative, background, ignored) and
 * the coloured PNG drawn from it.
 *
 * @module
 */

import { ignoreList } from "../metrics/class_options.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";
import { encode } from "npm:fast-png@8.0.0";
import type { LabelMap } from "./png.ts";

/** Colours of the error maps. */
export const MAP_COLOURS = {
  tp: [40, 200, 70],
  fp: [230, 40, 40],
  fn: [40, 110, 255],
  ignored: [0, 0, 0],
  boundary: [255, 255, 255],
  background: [50, 50, 50],
} as const;

/** The error-map code of each pixel kind. */
export const ERROR_CODES = {
  background: 0,
  tp: 1,
  fp: 2,
  fn: 3,
  ignored: 4,
} as const;

/**
 * The kind of each pixel (see {@link ERROR_CODES}): ignored; true positive
 * (right, not background); false positive (predicted a foreground class
 * other than the label's); false negative (predicted background over a
 * foreground label); or true background.
 *
 * @param predIds Predicted class per pixel.
 * @param label The label map.
 * @param ignoreIndex The ignore value(s), or null.
 * @param background The background class.
 * @returns One code per pixel.
 */
export function errorCodes(
  predIds: ArrayLike<number>,
  label: LabelMap,
  ignoreIndex: IgnoreValues,
  background: number,
): Uint8Array {
  const lab = label.data;
  const out = new Uint8Array(lab.length);
  const ignored = new Set(ignoreList(ignoreIndex));
  for (let i = 0; i < lab.length; i++) {
    const l = lab[i];
    const p = predIds[i];
    out[i] = ignored.has(l)
      ? ERROR_CODES.ignored
      : p === l
      ? (l === background ? ERROR_CODES.background : ERROR_CODES.tp)
      : p !== background
      ? ERROR_CODES.fp
      : ERROR_CODES.fn;
  }
  return out;
}

const CODE_COLOURS = [
  MAP_COLOURS.background,
  MAP_COLOURS.tp,
  MAP_COLOURS.fp,
  MAP_COLOURS.fn,
  MAP_COLOURS.ignored,
];

/**
 * An RGB error map of one image: true positives green, false positives red,
 * false negatives blue, true background dark grey, ignored pixels black, and
 * the ground truth's class boundaries drawn over them in white (see
 * {@link errorCodes}).
 *
 * @param predIds Predicted class per pixel.
 * @param label The label map.
 * @param ignoreIndex The ignore value(s), or null.
 * @param background The background class.
 * @returns PNG bytes.
 */
export function errorMapPng(
  predIds: ArrayLike<number>,
  label: LabelMap,
  ignoreIndex: IgnoreValues,
  background: number,
): Uint8Array {
  const { width: w, height: h, data: lab } = label;
  const codes = errorCodes(predIds, label, ignoreIndex, background);
  const rgb = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i++) {
    const l = lab[i];
    const x = i % w;
    const y = (i - x) / w;
    const edge = l !== ignoreIndex &&
      ((x + 1 < w && lab[i + 1] !== l) || (y + 1 < h && lab[i + w] !== l));
    rgb.set(edge ? MAP_COLOURS.boundary : CODE_COLOURS[codes[i]], i * 3);
  }
  return encode({ width: w, height: h, data: rgb, depth: 8, channels: 3 });
}
