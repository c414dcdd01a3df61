/**
 * The parts of a scoring request: its query (`classes`, `ignore`), its two
 * files (multipart or JSON with base64), and their decoding within limits.
 *
 * @module
 */

import { quote } from "../core/errors.ts";
import {
  type IgnoreValues,
  MAX_IGNORE_VALUES,
} from "../metrics/class_options.ts";
import { HttpError } from "./http.ts";
import {
  CHOICE_RULES,
  type MetricChoice,
  parseMetricChoice,
} from "./metric_choice.ts";
import type { ScoreLimits } from "./options.ts";
import { decodeLabelPng, type LabelMap, pngSize } from "./png.ts";
import { decodePrediction, type Prediction, sniff } from "./prediction.ts";

/** The query of a scoring request. */
export interface ScoreQuery {
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignore: IgnoreValues;
  /** Metric options (`subset`, `includeBackground`, `empty`). */
  choice: MetricChoice;
}

/** Largest label value a PNG can hold (16-bit). */
export const MAX_LABEL_VALUE = 65535;

function intParam(url: URL, name: string): number | null {
  const text = url.searchParams.get(name);
  if (text === null || text === "") return null;
  if (!/^-?\d+$/.test(text)) {
    throw new HttpError(
      400,
      `query parameter ${name} must be an integer, got ${quote(text)}`,
    );
  }
  return Number(text);
}

/**
 * Reads `ignore`: one label value or several separated by commas (`0,255`),
 * each in [0, 65535] (the range of a PNG label); sorted, without repeats, a
 * single value as a number.
 *
 * @param url The request URL.
 * @returns The value(s), or null when absent.
 */
export function readIgnore(url: URL): IgnoreValues {
  const text = url.searchParams.get("ignore");
  if (text === null || text === "") return null;
  const values = parseIgnore(text);
  if (values === null) {
    throw new HttpError(
      400,
      `ignore must be ${IGNORE_RULE}, got ${quote(text)}`,
    );
  }
  return values;
}

/** What `ignore` (service) and `--ignore` (CLI) must be. */
export const IGNORE_RULE =
  `1 to ${MAX_IGNORE_VALUES} integers in [0, ${MAX_LABEL_VALUE}] (PNG label values) separated by commas`;

/**
 * Parses one label value or several separated by commas: sorted, without
 * repeats, a single value as a number.
 *
 * @param text The text.
 * @returns The value(s), or null when the text breaks {@link IGNORE_RULE}.
 */
export function parseIgnore(text: string): number | number[] | null {
  const parts = text.split(",");
  const values = parts.map((p) => /^\d+$/.test(p) ? Number(p) : NaN);
  if (
    parts.length > MAX_IGNORE_VALUES ||
    values.some((v) => !(v >= 0 && v <= MAX_LABEL_VALUE))
  ) return null;
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  return sorted.length === 1 ? sorted[0] : sorted;
}

/**
 * Reads and checks `classes` (required, 1..maxClasses), `ignore`
 * (optional, see {@link readIgnore}) and the metric options
 * (`subset`, `includeBackground`, `empty`: see {@link parseMetricChoice}).
 *
 * @param url The request URL.
 * @param limits The limits.
 * @returns The query.
 */
export function readQuery(url: URL, limits: ScoreLimits): ScoreQuery {
  const classes = intParam(url, "classes");
  if (classes === null) {
    throw new HttpError(400, "query parameter classes is required");
  }
  if (classes < 1) {
    throw new HttpError(400, `classes must be >= 1, got ${classes}`);
  }
  if (classes > limits.maxClasses) {
    throw new HttpError(
      413,
      `classes (${classes}) is over the limit of ${limits.maxClasses}`,
    );
  }
  const p = url.searchParams;
  const text = (name: string) => p.get(name) ?? undefined;
  const choice = parseMetricChoice(
    {
      subset: text("subset"),
      includeBackground: text("includeBackground"),
      empty: text("empty"),
    },
    classes,
    (name) => {
      throw new HttpError(
        400,
        `${name} must be ${CHOICE_RULES[name]}, got ${quote(p.get(name)!)}`,
      );
    },
  );
  return { classes, ignore: readIgnore(url), choice };
}

/**
 * Reads `background` (default 0), the class the error map treats as
 * background.
 *
 * @param url The request URL.
 * @param classes Number of classes.
 * @returns The class id.
 */
export function readBackground(url: URL, classes: number): number {
  const b = intParam(url, "background") ?? 0;
  if (b < 0 || b >= classes) {
    throw new HttpError(400, `background must be in [0, ${classes}), got ${b}`);
  }
  return b;
}

/**
 * Refuses a content type other than multipart/form-data or JSON.
 *
 * @param req The request.
 */
export function checkContentType(req: Request): void {
  const type = req.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/json)/i.test(type)) {
    throw new HttpError(
      415,
      `content type must be multipart/form-data or application/json, got ${
        type ? quote(type) : "none"
      }`,
    );
  }
}

function fromBase64(text: unknown, field: string): Uint8Array {
  if (typeof text !== "string") {
    throw new HttpError(400, `JSON field ${field} must be a base64 string`);
  }
  try {
    const bin = atob(text);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    throw new HttpError(400, `JSON field ${field} is not valid base64`);
  }
}

/** The two files of a request. */
export interface PairFiles {
  /** The prediction file. */
  pred: Uint8Array;
  /** The label file. */
  label: Uint8Array;
}

async function fromForm(type: string, body: Uint8Array): Promise<PairFiles> {
  let form: FormData;
  try {
    form = await new Request("http://local/", {
      method: "POST",
      headers: { "content-type": type },
      body: body as Uint8Array<ArrayBuffer>,
    }).formData();
  } catch {
    throw new HttpError(400, "malformed multipart/form-data body");
  }
  const get = async (name: string) => {
    const v = form.get(name);
    if (v === null) throw new HttpError(400, `missing form field ${name}`);
    if (typeof v === "string") {
      throw new HttpError(400, `form field ${name} must be a file`);
    }
    return new Uint8Array(await v.arrayBuffer());
  };
  return { pred: await get("pred"), label: await get("label") };
}

/**
 * The two files of a received body.
 *
 * @param type The request's content type.
 * @param body The body.
 * @returns The files, not empty.
 */
export async function filesOf(
  type: string,
  body: Uint8Array,
): Promise<PairFiles> {
  let files: PairFiles;
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    files = await fromForm(type, body);
  } else {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new HttpError(400, "malformed JSON body");
    }
    if (obj === null || typeof obj !== "object") {
      throw new HttpError(400, "JSON body must be an object { pred, label }");
    }
    files = {
      pred: fromBase64(obj.pred, "pred"),
      label: fromBase64(obj.label, "label"),
    };
  }
  if (files.label.length === 0 || files.pred.length === 0) {
    throw new HttpError(
      422,
      "pred and label must not be empty: nothing to score",
    );
  }
  return files;
}

function checkPixels(bytes: Uint8Array, field: string, max: number): void {
  const { width, height } = pngSize(bytes, field);
  if (width * height > max) {
    throw new HttpError(
      413,
      `${field} has ${width * height} pixels, over the limit of ${max}`,
    );
  }
}

/** A decoded pair: the prediction and the label map. */
export interface DecodedPair {
  /** The prediction. */
  pred: Prediction;
  /** The label map. */
  label: LabelMap;
}

/**
 * Decodes the two files within the limits (413 for a size over a limit, read
 * from the headers before any decoding).
 *
 * @param files The files.
 * @param limits The limits.
 * @returns The decoded pair.
 */
export async function decodeFiles(
  files: PairFiles,
  limits: ScoreLimits,
): Promise<DecodedPair> {
  checkPixels(files.label, "label", limits.maxPixels);
  if (sniff(files.pred) === "png") {
    checkPixels(files.pred, "pred", limits.maxPixels);
  } else if (files.pred.length > 8 * limits.maxValues + 4096) {
    throw new HttpError(413, `pred holds more than ${limits.maxValues} values`);
  }
  return {
    label: await decodeLabelPng(files.label, "label", limits.maxPixels),
    pred: await decodePrediction(files.pred, "pred", limits),
  };
}
