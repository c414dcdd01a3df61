/**
 * A prediction file of the scoring server and CLI: its kind from its first
 * bytes, its decoding (a PNG label map or `.npy` probabilities) and the
 * predicted class of each pixel.
 *
 * @module
 */

import { JdtTypeError } from "../core/errors.ts";
import { decodeLabelPng, isPng, type LabelMap } from "./png.ts";
import { isNpy, parseNpy, type ProbMap } from "./npy.ts";

/** The kind of a prediction file from its first bytes. */
export function sniff(bytes: Uint8Array): "png" | "npy" | null {
  if (isPng(bytes)) return "png";
  if (isNpy(bytes)) return "npy";
  return null;
}

/** A prediction: a label map, or probabilities. */
export type Prediction =
  | { kind: "png"; map: LabelMap }
  | { kind: "npy"; probs: ProbMap };

/** Size limits of decoding. */
export interface DecodeLimits {
  /** Largest width × height of a PNG. */
  maxPixels: number;
  /** Largest C·H·W of a `.npy` array. */
  maxValues: number;
}

/**
 * Decodes a prediction file (PNG label map or `.npy` probabilities).
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param limits Size limits.
 * @returns The prediction.
 */
export async function decodePrediction(
  bytes: Uint8Array,
  field: string,
  limits: DecodeLimits,
): Promise<Prediction> {
  const kind = sniff(bytes);
  if (kind === "png") {
    return { kind, map: await decodeLabelPng(bytes, field, limits.maxPixels) };
  }
  if (kind === "npy") {
    return { kind, probs: parseNpy(bytes, field, limits.maxValues) };
  }
  throw new JdtTypeError(field, `${field} must be a PNG or a .npy file`);
}

/**
 * The predicted class of each pixel: the PNG's ids, or the argmax of the
 * probabilities.
 *
 * @param pred The prediction.
 * @returns One class id per pixel.
 */
export function predictedIds(pred: Prediction): ArrayLike<number> {
  return pred.kind === "png" ? pred.map.data : argmaxIds(pred.probs);
}

/**
 * Argmax over channels of `[C, N]` probabilities (first maximum wins).
 *
 * @param probs The probabilities.
 * @returns One class id per pixel.
 */
export function argmaxIds(probs: ProbMap): Uint16Array {
  const [C, H, W] = probs.shape;
  const n = H * W;
  const ids = new Uint16Array(n);
  const best = probs.data.slice(0, n);
  for (let c = 1; c < C; c++) {
    for (let i = 0; i < n; i++) {
      const v = probs.data[c * n + i];
      if (v > best[i]) {
        best[i] = v;
        ids[i] = c;
      }
    }
  }
  return ids;
}
