/**
 * Decoding and scoring shared by the scoring server and the scoring CLI:
 * PNG label maps (8/16-bit grayscale or palette indices; 1/2/4-bit unpacked),
 * `.npy` float probability arrays `[C, H, W]`, and one image's score.
 *
 * @module
 */

import { decode, encode } from "npm:fast-png@8.0.0";
import { checkLabelPng } from "./png_check.ts";
import { parseNpyHeader } from "./npy_header.ts";
import {
  type ClassScore,
  createMetrics,
  JdtRangeError,
  JdtTypeError,
  type MetricValues,
  type SegmentationMetrics,
  softScores,
} from "../../mod.ts";

/** A decoded label map: one class id per pixel, row-major. */
export interface LabelMap {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Class ids. */
  data: Uint8Array | Uint16Array;
}

/** A decoded `.npy` probability array `[C, H, W]`. */
export interface ProbMap {
  /** `[C, H, W]`. */
  shape: [number, number, number];
  /** Probabilities, channel-first. */
  data: Float32Array;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The kind of a prediction file from its first bytes. */
export function sniff(bytes: Uint8Array): "png" | "npy" | null {
  if (startsWith(bytes, PNG_MAGIC)) return "png";
  if (startsWith(bytes, NPY_MAGIC)) return "npy";
  return null;
}

/**
 * Width and height from a PNG's IHDR chunk, read before any decompression so
 * a size limit can refuse a decompression bomb cheaply.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @returns Width and height.
 */
export function pngSize(
  bytes: Uint8Array,
  field: string,
): { width: number; height: number } {
  if (!startsWith(bytes, PNG_MAGIC) || bytes.length < 33) {
    throw new JdtTypeError(field, `${field} is not a PNG file`);
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") {
    throw new JdtTypeError(
      field,
      `${field} is a malformed PNG (no IHDR chunk)`,
    );
  }
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/**
 * Decodes a PNG label map: grayscale (8 or 16 bit, also 1/2/4) or palette
 * (the pixel value is the palette index). Anything else is rejected, and so
 * is a file over `maxPixels`, with a bad chunk CRC, or whose image data
 * inflates to more than its header needs (checked before decoding, see
 * {@link checkLabelPng}).
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxPixels Largest accepted width × height.
 * @returns The label map.
 * @throws {JdtTypeError} When the file is not a decodable one-channel PNG.
 * @throws {JdtRangeError} When it is too large or inflates too far.
 */
export function decodeLabelPng(
  bytes: Uint8Array,
  field: string,
  maxPixels: number,
): LabelMap {
  pngSize(bytes, field);
  checkLabelPng(bytes, field, maxPixels);
  let img;
  try {
    img = decode(bytes, { checkCrc: true });
  } catch (e) {
    throw new JdtTypeError(
      field,
      `${field} is a malformed PNG: ${(e as Error).message}`,
    );
  }
  const { width, height, depth, channels } = img;
  if (channels !== 1) {
    throw new JdtTypeError(
      field,
      `${field} must be a grayscale or palette PNG (one channel), got ${channels} channels`,
    );
  }
  const n = width * height;
  let data: Uint8Array | Uint16Array;
  if (depth === 8 || depth === 16) {
    data = img.data as Uint8Array | Uint16Array;
  } else {
    // 1, 2 or 4 bits per pixel, rows padded to whole bytes.
    const packed = img.data as Uint8Array;
    const rowBytes = Math.ceil((width * depth) / 8);
    const mask = (1 << depth) - 1;
    data = new Uint8Array(n);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = x * depth;
        const byte = packed[y * rowBytes + (bit >> 3)];
        data[y * width + x] = (byte >> (8 - depth - (bit & 7))) & mask;
      }
    }
  }
  if (data.length !== n) {
    throw new JdtTypeError(field, `${field} is a malformed PNG (short data)`);
  }
  return { width, height, data };
}

/**
 * Parses a `.npy` file holding a float32 or float64 array `[C, H, W]` in C
 * order (little-endian), as written by `numpy.save`.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxValues Largest accepted C·H·W.
 * @returns The array as float32.
 * @throws {JdtTypeError} When the file is not such an array.
 */
export function parseNpy(
  bytes: Uint8Array,
  field: string,
  maxValues: number = Infinity,
): ProbMap {
  const bad = (why: string) =>
    new JdtTypeError(field, `${field} is not a valid .npy file: ${why}`);
  if (!startsWith(bytes, NPY_MAGIC) || bytes.length < 10) {
    throw bad("no NUMPY magic");
  }
  const major = bytes[6];
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = v.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw bad("truncated header");
    headerLen = v.getUint32(8, true);
    start = 12;
  } else {
    throw bad(`unknown version ${major}`);
  }
  if (start + headerLen > bytes.length) throw bad("truncated header");
  let header;
  try {
    header = parseNpyHeader(
      new TextDecoder("latin1").decode(
        bytes.subarray(start, start + headerLen),
      ),
    );
  } catch (e) {
    throw bad(`header: ${(e as Error).message}`);
  }
  if (header.fortranOrder) throw bad("fortran_order arrays are not supported");
  const descr = header.descr;
  const size = descr === "<f4" ? 4 : descr === "<f8" ? 8 : 0;
  if (size === 0) throw bad(`dtype must be '<f4' or '<f8', got '${descr}'`);
  const dims = header.shape;
  if (
    dims.length !== 3 || !dims.every((d) => Number.isSafeInteger(d) && d > 0)
  ) {
    throw bad(`shape must be (C, H, W), got (${dims})`);
  }
  const count = dims[0] * dims[1] * dims[2];
  if (count > maxValues) {
    throw new JdtRangeError(
      field,
      `${field} holds ${count} values, over the limit of ${maxValues}`,
    );
  }
  const off = start + headerLen;
  if (bytes.length - off !== count * size) {
    throw bad(
      `data holds ${bytes.length - off} bytes, shape (${dims}) needs ${
        count * size
      }`,
    );
  }
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    data[i] = size === 4
      ? v.getFloat32(off + 4 * i, true)
      : v.getFloat64(off + 8 * i, true);
  }
  return { shape: dims as [number, number, number], data };
}

/**
 * Writes a float32 `[C, H, W]` array as `.npy` (version 1.0).
 *
 * @param data Values, C order.
 * @param shape `[C, H, W]`.
 * @returns The file's bytes.
 */
export function encodeNpy(
  data: Float32Array,
  shape: readonly number[],
): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${
    shape.join(", ")
  }), }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += " ".repeat(pad % 64) + "\n";
  const out = new Uint8Array(10 + header.length + data.length * 4);
  out.set(NPY_MAGIC);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  const v = new DataView(out.buffer, 10 + header.length);
  for (let i = 0; i < data.length; i++) v.setFloat32(4 * i, data[i], true);
  return out;
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
export function decodePrediction(
  bytes: Uint8Array,
  field: string,
  limits: DecodeLimits,
): Prediction {
  const kind = sniff(bytes);
  if (kind === "png") {
    return { kind, map: decodeLabelPng(bytes, field, limits.maxPixels) };
  }
  if (kind === "npy") {
    return { kind, probs: parseNpy(bytes, field, limits.maxValues) };
  }
  throw new JdtTypeError(field, `${field} must be a PNG or a .npy file`);
}

/** Checks that a prediction matches the label's size and the class count. */
export function checkPair(
  pred: Prediction,
  label: LabelMap,
  classes: number,
): void {
  const [h, w] = pred.kind === "png"
    ? [pred.map.height, pred.map.width]
    : [pred.probs.shape[1], pred.probs.shape[2]];
  if (h !== label.height || w !== label.width) {
    throw new JdtRangeError(
      "pred",
      `pred is ${w}×${h} but label is ${label.width}×${label.height}`,
    );
  }
  if (pred.kind === "npy" && pred.probs.shape[0] !== classes) {
    throw new JdtRangeError(
      "pred",
      `pred has ${pred.probs.shape[0]} channels, expected classes = ${classes}`,
    );
  }
}

/**
 * Adds one (prediction, label) pair to an accumulator.
 *
 * @param m The accumulator.
 * @param pred The prediction.
 * @param label The label map.
 */
export function addPair(
  m: SegmentationMetrics,
  pred: Prediction,
  label: LabelMap,
): void {
  const n = label.width * label.height;
  const labels = label.data;
  if (pred.kind === "png") {
    m.add({ pred: pred.map.data, shape: [1, n], labels });
  } else {
    m.add({
      probs: pred.probs.data,
      shape: [1, pred.probs.shape[0], n],
      labels,
    });
  }
}

/** The JSON answer of one scored pair. */
export interface PairReport {
  /** Width and height of the label map. */
  width: number;
  /** Height. */
  height: number;
  /** Number of classes. */
  classes: number;
  /** The ignore value, or null. */
  ignoreIndex: number | null;
  /** Kind of prediction. */
  pred: "png" | "npy";
  /** The metric values (NaN becomes null in JSON). */
  metrics: MetricValues;
  /** Per-class table. */
  perClass: ClassScore[];
  /** Soft Jaccard / Dice scores, for `.npy` predictions. */
  softScores?: {
    mJaccardD: number;
    mDiceD: number;
    jaccard: number[];
    dice: number[];
  };
}

/**
 * Scores one pair, all metrics (calibration and soft scores with
 * probabilities).
 *
 * @param pred The prediction.
 * @param label The label map.
 * @param classes Number of classes.
 * @param ignoreIndex The ignore value, or null.
 * @returns The report.
 */
export function scorePair(
  pred: Prediction,
  label: LabelMap,
  classes: number,
  ignoreIndex: number | null,
): PairReport {
  checkPair(pred, label, classes);
  const m = createMetrics({ numClasses: classes, ignoreIndex });
  addPair(m, pred, label);
  const report: PairReport = {
    width: label.width,
    height: label.height,
    classes,
    ignoreIndex,
    pred: pred.kind,
    metrics: m.value(),
    perClass: m.perClass(),
  };
  if (pred.kind === "npy") {
    const s = softScores({
      pred: pred.probs.data,
      target: label.data,
      shape: [1, classes, label.width * label.height],
    }, { ignoreIndex });
    report.softScores = {
      mJaccardD: s.mJaccardD,
      mDiceD: s.mDiceD,
      jaccard: Array.from(s.jaccardD),
      dice: Array.from(s.diceD),
    };
  }
  return report;
}

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
 * @param ignoreIndex The ignore value, or null.
 * @param background The background class.
 * @returns One code per pixel.
 */
export function errorCodes(
  predIds: ArrayLike<number>,
  label: LabelMap,
  ignoreIndex: number | null,
  background: number,
): Uint8Array {
  const lab = label.data;
  const out = new Uint8Array(lab.length);
  for (let i = 0; i < lab.length; i++) {
    const l = lab[i];
    const p = predIds[i];
    out[i] = l === ignoreIndex
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
 * @param ignoreIndex The ignore value, or null.
 * @param background The background class.
 * @returns PNG bytes.
 */
export function errorMapPng(
  predIds: ArrayLike<number>,
  label: LabelMap,
  ignoreIndex: number | null,
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
