/**
 * Scoring accumulators (SPEC section 6): the fine-grained accuracy metrics
 * (dataset, image and class level, with worst-case variants) and calibration
 * (ECE, SCE), accumulated over any number of batches, merged exactly, and
 * serialised so shards computed anywhere combine.
 *
 * @module
 */

import { EmptyMetricsError, rangeError, typeError } from "../core/errors.ts";
import {
  type BatchCounts,
  BIN_K,
  type CountConfig,
  countPredJs,
  countProbsJs,
  eceOfBins,
  meanPercent,
  ratio,
  type RatioKind,
  worstAverage,
  worstPercent,
} from "../core/counts.ts";
import { WEBGPU_AUTO_MIN_ELEMENTS } from "../webgpu/device.ts";
import type { BackendChoice, BackendName, HardLabels } from "../core/types.ts";
import { wasmProbsCounter } from "../wasm/metrics.ts";
import { WebGpuCounter } from "../webgpu/metrics.ts";

/** With `backend: "auto"`, batches of at least this many probabilities count on wasm. */
const AUTO_WASM_MIN = 1 << 16;

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /** Number of classes C (at least 1; exactly 2 with `binary`). */
  numClasses: number;
  /** Label value of pixels to drop. Default none. */
  ignoreIndex?: number | null;
  /**
   * Binary mode of the accuracy metrics: the D metrics use class 1 only, and an
   * image's I value is its class-1 value, or 1 when its label and prediction
   * together hold a single class. Default false.
   */
  binary?: boolean;
  /** Percentage of worst images / entries of the `…I<q>` and `…C<q>` keys, in (0, 100]. Default 1. */
  q?: number;
  /** Number of equal-width calibration bins. Default 10. */
  numBins?: number;
  /** Dataset-level accuracy metrics (`Acc`, `mAccD`, `mIoUD`, `mDiceD`). Default true. */
  accuracyD?: boolean;
  /** Image-level accuracy metrics (`mAccI`, `mIoUI`, ... and worst cases). Default true. */
  accuracyI?: boolean;
  /** Class-level accuracy metrics (`mAccC`, `mIoUC`, ... and worst cases). Default true. */
  accuracyC?: boolean;
  /** Dataset-level ECE. Default: when every batch came with probabilities. */
  ECED?: boolean;
  /** Image-level ECE. Default: when every batch came with probabilities. */
  ECEI?: boolean;
  /** Dataset-level SCE. Default: when every batch came with probabilities. */
  SCED?: boolean;
  /** Image-level SCE. Default: when every batch came with probabilities. */
  SCEI?: boolean;
  /**
   * Backend of the counting pass of probabilities. Default `"auto"`: with
   * {@link SegmentationMetrics.addAsync}, webgpu for batches of at least 2^24
   * values on a hardware adapter (the loss's rule); else wasm for batches of
   * at least 65536 values when the module is available, else js.
   * `"webgpu"` counts probabilities only in `addAsync` (`add` refuses them).
   */
  backend?: BackendChoice;
  /**
   * A WebGPU device of the caller for the webgpu counting pass (never
   * destroyed by the library). Default: the library's lazy default device.
   */
  device?: GPUDevice | null;
}

/**
 * One batch for {@link SegmentationMetrics.add}: probabilities
 * `[B, C, ...spatial]` (argmax and calibration are computed), or predicted
 * class ids `[B, ...spatial]` (no calibration); labels `[B, ...spatial]`.
 */
export type MetricsInput =
  | {
    /** Probabilities in [0, 1], channel-first. */
    probs: Float32Array;
    /** `[B, C, ...spatial]`. */
    shape: readonly number[];
    /** Class ids or `ignoreIndex`, `[B, ...spatial]`. */
    labels: HardLabels;
  }
  | {
    /** Predicted class ids (argmax already taken). */
    pred: HardLabels;
    /** `[B, ...spatial]`. */
    shape: readonly number[];
    /** Class ids or `ignoreIndex`, `[B, ...spatial]`. */
    labels: HardLabels;
  };

/**
 * Metric values in the reference's units: accuracy metrics and ECE in percent,
 * SCE in permille. A mean over nothing is NaN (`null` in JSON). Keys:
 * `Acc, mAccD, mIoUD, mDiceD`, `mAccI, mIoUI, mDiceI, mAccIQ, mIoUIQ, mDiceIQ,
 * mAccI<q>, mIoUI<q>, mDiceI<q>`, the same nine with C, `ECED, ECEI, SCED, SCEI`.
 */
export type MetricValues = Record<string, number>;

/** One row of {@link SegmentationMetrics.perClass}. */
export interface ClassScore {
  /** Class id. */
  classId: number;
  /** Dataset-level IoU in percent (NaN when the class is neither labelled nor predicted). */
  iou: number;
  /** Dataset-level Dice in percent. */
  dice: number;
  /** Dataset-level accuracy (recall) in percent (NaN when never labelled). */
  acc: number;
  /** Correctly predicted pixels. */
  tp: number;
  /** Pixels predicted as the class but labelled otherwise. */
  fp: number;
  /** Pixels labelled as the class but predicted otherwise. */
  fn: number;
  /** Pixels labelled as the class. */
  labelPixels: number;
  /** Pixels predicted as the class. */
  predPixels: number;
  /** Images whose kept labels hold the class. */
  images: number;
}

/** Serialised accumulator, from {@link SegmentationMetrics.toJSON}. */
export interface MetricsJSON {
  /** Format tag, `"jdt-metrics/1"`. */
  format: "jdt-metrics/1";
  /** The resolved options (calibration flags: true, false or "auto"). */
  options: Record<string, unknown>;
  /** Whether a batch of predicted ids (no probabilities) was added. */
  predSeen: boolean;
  /** Kept pixels. */
  kept: number;
  /** Images with a kept pixel. */
  images: number;
  /** Per-class sums and arrays, each a plain number array. */
  arrays: Record<string, number[]>;
}

type Calib = boolean | "auto";

/** A batch whose types and lengths were checked. */
interface Batch {
  probs: Float32Array | null;
  pred: HardLabels | null;
  labels: HardLabels;
  B: number;
  N: number;
}

interface Resolved {
  numClasses: number;
  ignoreIndex: number | null;
  binary: boolean;
  q: number;
  numBins: number;
  accuracyD: boolean;
  accuracyI: boolean;
  accuracyC: boolean;
  ECED: Calib;
  ECEI: Calib;
  SCED: Calib;
  SCEI: Calib;
  backend: BackendChoice;
  device: GPUDevice | null;
}

const OPTION_KEYS = [
  "numClasses",
  "ignoreIndex",
  "binary",
  "q",
  "numBins",
  "accuracyD",
  "accuracyI",
  "accuracyC",
  "ECED",
  "ECEI",
  "SCED",
  "SCEI",
  "backend",
  "device",
];
const CALIB = ["ECED", "ECEI", "SCED", "SCEI"] as const;
const ROWS = ["imgTp", "imgPred", "imgLabel"] as const;
const FLOATS = ["eceI", "sceI"] as const;

function flag(o: Record<string, unknown>, k: string, dflt: boolean): boolean {
  const v = o[k];
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") {
    throw typeError(
      "metrics",
      `options.${k}`,
      `must be a boolean, got ${typeof v}`,
    );
  }
  return v;
}

function resolve(options: MetricsOptions): Resolved {
  if (options === null || typeof options !== "object") {
    throw typeError("metrics", "options", "must be an object with numClasses");
  }
  const o = options as unknown as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.includes(k)) {
      throw typeError(
        "metrics",
        `options.${k}`,
        `is not an option (expected one of ${OPTION_KEYS.join(", ")})`,
      );
    }
  }
  const C = o.numClasses;
  if (typeof C !== "number" || !Number.isInteger(C) || C < 1 || C > 65536) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be an integer in [1, 65536], got ${C}`,
    );
  }
  const ig = o.ignoreIndex ?? null;
  if (ig !== null && (typeof ig !== "number" || !Number.isInteger(ig))) {
    throw typeError(
      "metrics",
      "options.ignoreIndex",
      `must be an integer, got ${ig}`,
    );
  }
  const binary = flag(o, "binary", false);
  if (binary && C !== 2) {
    throw rangeError(
      "metrics",
      "options.numClasses",
      `must be 2 with binary, got ${C}`,
    );
  }
  const q = o.q ?? 1;
  if (typeof q !== "number" || !(q > 0 && q <= 100)) {
    throw rangeError(
      "metrics",
      "options.q",
      `must be a number in (0, 100], got ${q}`,
    );
  }
  const nb = o.numBins ?? 10;
  if (typeof nb !== "number" || !Number.isInteger(nb) || nb < 1 || nb > 1e4) {
    throw rangeError(
      "metrics",
      "options.numBins",
      `must be an integer in [1, 10000], got ${nb}`,
    );
  }
  const backend = o.backend ?? "auto";
  if (
    typeof backend !== "string" ||
    !["auto", "js", "wasm", "webgpu"].includes(backend)
  ) {
    throw typeError(
      "metrics",
      "options.backend",
      `must be one of "auto", "js", "wasm", "webgpu", got ${
        JSON.stringify(backend)
      }`,
    );
  }
  if (
    backend === "webgpu" &&
    (typeof navigator === "undefined" || !("gpu" in navigator))
  ) {
    throw rangeError(
      "metrics",
      "options.backend",
      `"webgpu" needs WebGPU (navigator.gpu), which this runtime does not have`,
    );
  }
  const device = o.device ?? null;
  if (device !== null && typeof device !== "object") {
    throw typeError(
      "metrics",
      "options.device",
      `must be a GPUDevice, got ${typeof device}`,
    );
  }
  const calib = (k: string): Calib =>
    o[k] === undefined ? "auto" : flag(o, k, true);
  return {
    numClasses: C,
    ignoreIndex: ig as number | null,
    binary,
    q,
    numBins: nb,
    accuracyD: flag(o, "accuracyD", true),
    accuracyI: flag(o, "accuracyI", true),
    accuracyC: flag(o, "accuracyC", true),
    ECED: calib("ECED"),
    ECEI: calib("ECEI"),
    SCED: calib("SCED"),
    SCEI: calib("SCEI"),
    backend: backend as BackendChoice,
    device: device as GPUDevice | null,
  };
}

function isIntArray(a: unknown): a is HardLabels {
  return a instanceof Uint8Array || a instanceof Uint16Array ||
    a instanceof Int32Array;
}

function checkShape(shape: unknown, minDims: number, form: string): number[] {
  if (!Array.isArray(shape)) {
    throw typeError("metrics", "input.shape", `must be an array ${form}`);
  }
  if (shape.length < minDims) {
    throw rangeError(
      "metrics",
      "input.shape",
      `must have at least ${minDims} dimensions ${form}, got [${
        shape.join(", ")
      }]`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d <= 0) {
      throw rangeError(
        "metrics",
        "input.shape",
        `must hold positive integers, got [${shape.join(", ")}]`,
      );
    }
  }
  return shape;
}

/** A growable typed array (amortised doubling). */
class Grow<T extends Uint32Array | Float64Array> {
  data: T;
  length = 0;
  constructor(private make: (n: number) => T) {
    this.data = make(0);
  }
  append(src: ArrayLike<number>): void {
    const need = this.length + src.length;
    if (need > this.data.length) {
      const next = this.make(Math.max(need, this.data.length * 2, 64));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(src as ArrayLike<number>, this.length);
    this.length = need;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const u32 = (n: number) => new Uint32Array(n);
const f64 = (n: number) => new Float64Array(n);

/**
 * An accumulator of segmentation metrics. Memory is O(C) for the dataset-level
 * metrics plus, only when image- or class-level metrics are asked for, three
 * `uint32` rows of C counts and two float64 calibration values per image.
 */
export class SegmentationMetrics {
  readonly #o: Resolved;
  #predSeen = false;
  #lastBackend: BackendName | null = null;
  #kept = 0;
  #images = 0;
  readonly #tp: Float64Array;
  readonly #pred: Float64Array;
  readonly #label: Float64Array;
  readonly #present: Float64Array;
  readonly #eceBins: Float64Array;
  readonly #sceBins: Float64Array;
  readonly #rows: Record<(typeof ROWS)[number], Grow<Uint32Array>>;
  readonly #floats: Record<(typeof FLOATS)[number], Grow<Float64Array>>;
  #gpu: WebGpuCounter | null = null;

  /**
   * Use {@link createMetrics}.
   *
   * @param options Options, as for {@link createMetrics}.
   */
  constructor(options: MetricsOptions) {
    const o = resolve(options);
    this.#o = o;
    const C = o.numClasses;
    this.#tp = new Float64Array(C);
    this.#pred = new Float64Array(C);
    this.#label = new Float64Array(C);
    this.#present = new Float64Array(C);
    this.#eceBins = new Float64Array(o.numBins * BIN_K);
    this.#sceBins = new Float64Array(C * o.numBins * BIN_K);
    this.#rows = {
      imgTp: new Grow(u32),
      imgPred: new Grow(u32),
      imgLabel: new Grow(u32),
    };
    this.#floats = { eceI: new Grow(f64), sceI: new Grow(f64) };
  }

  /** Is calibration metric `k` being computed (now)? */
  #calib(k: (typeof CALIB)[number]): boolean {
    const v = this.#o[k];
    return v === true || (v === "auto" && !this.#predSeen);
  }

  #config(withProbs: boolean): CountConfig {
    const o = this.#o;
    return {
      numClasses: o.numClasses,
      ignoreIndex: o.ignoreIndex,
      numBins: o.numBins,
      perImage: o.accuracyI || o.accuracyC,
      eceD: withProbs && this.#calib("ECED"),
      eceI: withProbs && this.#calib("ECEI"),
      sceD: withProbs && this.#calib("SCED"),
      sceI: withProbs && this.#calib("SCEI"),
    };
  }

  /**
   * Adds one batch. The accumulator is unchanged when the batch is rejected.
   *
   * @param input Probabilities `[B, C, ...spatial]` or predicted ids
   *   `[B, ...spatial]`, with labels `[B, ...spatial]`.
   * @returns This accumulator.
   * @throws {JdtTypeError} On a wrong type or length, and on probabilities
   *   with `backend: "webgpu"` (use {@link SegmentationMetrics.addAsync}).
   * @throws {JdtRangeError} On a label or probability out of range.
   */
  add(input: MetricsInput): this {
    const batch = this.#parse(input);
    if (batch.probs !== null && this.#o.backend === "webgpu") {
      throw typeError(
        "metrics",
        "input.probs",
        'cannot be counted synchronously with options.backend "webgpu": call addAsync(input) (or add predicted ids with pred)',
      );
    }
    return this.#addHost(batch);
  }

  /**
   * Adds one batch like {@link SegmentationMetrics.add}, counting
   * probabilities on WebGPU when the backend is `"webgpu"`, or `"auto"` with
   * a hardware adapter and at least 2^24 values; otherwise exactly as `add`.
   * Batches are appended in the order their counting finishes; the
   * accumulator is unchanged when the batch is rejected. Leave the input's
   * arrays unchanged until the promise settles.
   *
   * @param input As for `add`.
   * @returns This accumulator, once the batch is counted.
   * @throws {JdtTypeError} On a wrong type or length.
   * @throws {JdtRangeError} On a label or probability out of range, and with
   *   `backend: "webgpu"` when there is no WebGPU adapter.
   */
  async addAsync(input: MetricsInput): Promise<this> {
    const batch = this.#parse(input);
    const o = this.#o;
    if (batch.probs !== null && o.backend !== "js" && o.backend !== "wasm") {
      this.#gpu ??= new WebGpuCounter({ device: o.device });
      const gpu = this.#gpu;
      const use = o.backend === "webgpu" ||
        (batch.probs.length >= WEBGPU_AUTO_MIN_ELEMENTS &&
          await gpu.hardware());
      if (use) {
        const counts = await gpu.count(
          batch.probs,
          batch.labels,
          batch.B,
          batch.N,
          this.#config(true),
        );
        this.#lastBackend = "webgpu";
        this.#append(counts);
        return this;
      }
    }
    return this.#addHost(batch);
  }

  /** Checks a batch's types and lengths. */
  #parse(input: MetricsInput): Batch {
    if (input === null || typeof input !== "object") {
      throw typeError(
        "metrics",
        "input",
        "must be an object { probs | pred, shape, labels }",
      );
    }
    const inp = input as Record<string, unknown>;
    const labels = inp.labels;
    if (!isIntArray(labels)) {
      throw typeError(
        "metrics",
        "input.labels",
        "must be a Uint8Array, Uint16Array or Int32Array of class ids",
      );
    }
    const C = this.#o.numClasses;
    if (inp.probs !== undefined) {
      if (inp.pred !== undefined) {
        throw typeError(
          "metrics",
          "input",
          "must hold exactly one of probs and pred",
        );
      }
      if (!(inp.probs instanceof Float32Array)) {
        throw typeError("metrics", "input.probs", "must be a Float32Array");
      }
      const shape = checkShape(inp.shape, 2, "[B, C, ...spatial]");
      if (shape[1] !== C) {
        throw rangeError(
          "metrics",
          "input.shape",
          `must have C = numClasses (${C}) at index 1, got [${
            shape.join(", ")
          }]`,
        );
      }
      const B = shape[0];
      const N = shape.slice(2).reduce((a, b) => a * b, 1);
      if (inp.probs.length !== B * C * N) {
        throw typeError(
          "metrics",
          "input.probs",
          `length (${inp.probs.length}) must equal B×C×N (${B * C * N})`,
        );
      }
      if (labels.length !== B * N) {
        throw typeError(
          "metrics",
          "input.labels",
          `length (${labels.length}) must equal B×N (${B * N})`,
        );
      }
      return { probs: inp.probs, pred: null, labels, B, N };
    }
    const pred = inp.pred;
    if (!isIntArray(pred)) {
      throw typeError(
        "metrics",
        "input.pred",
        "must be a Uint8Array, Uint16Array or Int32Array of class ids (or give probs)",
      );
    }
    for (const k of CALIB) {
      if (this.#o[k] === true) {
        throw typeError(
          "metrics",
          "input.pred",
          `cannot give ${k}: calibration needs probabilities (give probs, or set options.${k} to false)`,
        );
      }
    }
    const shape = checkShape(inp.shape, 1, "[B, ...spatial]");
    const B = shape[0];
    const N = shape.slice(1).reduce((a, b) => a * b, 1);
    if (pred.length !== B * N || labels.length !== B * N) {
      throw typeError(
        "metrics",
        "input.pred",
        `and input.labels lengths (${pred.length}, ${labels.length}) must equal B×N (${
          B * N
        })`,
      );
    }
    return { probs: null, pred, labels, B, N };
  }

  /** Counts a checked batch on the host (js or wasm) and appends it. */
  #addHost(batch: Batch): this {
    const { probs, labels, B, N } = batch;
    if (probs !== null) {
      const wasm = this.#o.backend === "js" ||
          (this.#o.backend === "auto" && probs.length < AUTO_WASM_MIN)
        ? null
        : wasmProbsCounter();
      const count = wasm ?? countProbsJs;
      const counts = count(probs, labels, B, N, this.#config(true));
      this.#lastBackend = wasm ? "wasm" : "js";
      this.#append(counts);
    } else {
      const counts = countPredJs(
        batch.pred!,
        labels,
        B,
        N,
        this.#config(false),
      );
      this.#lastBackend = "js";
      this.#predSeen = true;
      this.#append(counts);
    }
    return this;
  }

  #append(c: BatchCounts): void {
    this.#kept += c.kept;
    this.#images += c.images;
    addInto(this.#tp, c.tp);
    addInto(this.#pred, c.pred);
    addInto(this.#label, c.label);
    addInto(this.#present, c.present);
    if (c.eceBins.length) addInto(this.#eceBins, c.eceBins);
    if (c.sceBins.length) addInto(this.#sceBins, c.sceBins);
    for (const k of ROWS) if (c[k].length) this.#rows[k].append(c[k]);
    for (const k of FLOATS) if (c[k].length) this.#floats[k].append(c[k]);
  }

  /**
   * Adds the data of another accumulator with the same options (a shard).
   * Counts merge exactly; the result equals one pass over both shards' data.
   *
   * @param other Another accumulator.
   * @returns This accumulator.
   * @throws {JdtTypeError} When the options differ.
   */
  merge(other: SegmentationMetrics): this {
    if (!(other instanceof SegmentationMetrics)) {
      throw typeError("metrics", "other", "must be a SegmentationMetrics");
    }
    const a = JSON.stringify(publicOptions(this.#o));
    const b = JSON.stringify(publicOptions(other.#o));
    if (a !== b) {
      throw typeError(
        "metrics",
        "other",
        `must have the same options: ${b} vs ${a}`,
      );
    }
    // A shard that saw predicted ids has no calibration data: drop ours too.
    if (other.#predSeen && !this.#predSeen) this.#predSeen = true;
    this.#append({
      kept: other.#kept,
      images: other.#images,
      tp: other.#tp,
      pred: other.#pred,
      label: other.#label,
      present: other.#present,
      imgTp: other.#rows.imgTp.view(),
      imgPred: other.#rows.imgPred.view(),
      imgLabel: other.#rows.imgLabel.view(),
      eceBins: other.#eceBins,
      sceBins: other.#sceBins,
      eceI: other.#floats.eceI.view(),
      sceI: other.#floats.sceI.view(),
    });
    return this;
  }

  /**
   * The backend that counted the last batch (`null` before the first).
   * Predicted ids always count in js: that pass only reads B·N values.
   */
  get lastBackend(): BackendName | null {
    return this.#lastBackend;
  }

  /** Number of kept (scored) pixels so far. */
  get keptPixels(): number {
    return this.#kept;
  }

  /** Number of images with at least one kept pixel so far. */
  get images(): number {
    return this.#images;
  }

  #assertNotEmpty(): void {
    if (this.#kept === 0) {
      throw new EmptyMetricsError(
        "Cannot compute metrics: no kept pixel was added (every pixel was ignored, or nothing was added)",
      );
    }
  }

  /**
   * The metric values, in the reference's keys and units (percent; SCE in
   * permille). Follows SPEC section 6 where the reference has artifacts: a 0/0
   * group is left out of its mean; a class active in no image is left out of
   * the C metrics; an image with no kept pixel is skipped everywhere; ignored
   * pixels add no class.
   *
   * @returns The values; NaN for a mean over nothing.
   * @throws {EmptyMetricsError} When no kept pixel was added.
   */
  value(): MetricValues {
    this.#assertNotEmpty();
    const o = this.#o;
    const out: MetricValues = {};
    if (o.accuracyD) this.#valueD(out);
    if (o.accuracyI) this.#valueIC(out, "I");
    if (o.accuracyC) this.#valueIC(out, "C");
    const nb = o.numBins;
    if (this.#calib("ECED")) out.ECED = eceOfBins(this.#eceBins, 0, nb);
    if (this.#calib("ECEI")) out.ECEI = meanOf(this.#floats.eceI.view());
    if (this.#calib("SCED")) {
      const C = o.numClasses;
      let s = 0;
      const first = C === 2 ? 1 : 0;
      for (let c = first; c < C; c++) {
        s += eceOfBins(this.#sceBins, c * nb * BIN_K, nb);
      }
      out.SCED = (10 * s) / (C - first);
    }
    if (this.#calib("SCEI")) out.SCEI = meanOf(this.#floats.sceI.view());
    return out;
  }

  #valueD(out: MetricValues): void {
    const C = this.#o.numClasses;
    const classes = this.#o.binary
      ? [1]
      : Array.from({ length: C }, (_, c) => c);
    let tpSum = 0;
    let labSum = 0;
    const acc: number[] = [];
    const iou: number[] = [];
    const dice: number[] = [];
    for (const c of classes) {
      const tp = this.#tp[c];
      const fp = this.#pred[c] - tp;
      const fn = this.#label[c] - tp;
      tpSum += tp;
      labSum += tp + fn;
      acc.push(ratio("Acc", tp, fp, fn));
      iou.push(ratio("IoU", tp, fp, fn));
      dice.push(ratio("Dice", tp, fp, fn));
    }
    out.Acc = labSum === 0 ? NaN : (100 * tpSum) / labSum;
    out.mAccD = meanPercent(acc);
    out.mIoUD = meanPercent(iou);
    out.mDiceD = meanPercent(dice);
  }

  /** Image- or class-level metrics with their worst-case variants. */
  #valueIC(out: MetricValues, level: "I" | "C"): void {
    const o = this.#o;
    const C = o.numClasses;
    const n = this.#images;
    const tpR = this.#rows.imgTp.view();
    const prR = this.#rows.imgPred.view();
    const lbR = this.#rows.imgLabel.view();
    const active = (i: number, c: number) =>
      lbR[i * C + c] > 0 || (o.binary && prR[i * C + c] > 0);
    const entry = (kind: RatioKind, i: number, c: number) => {
      const tp = tpR[i * C + c];
      return ratio(kind, tp, prR[i * C + c] - tp, lbR[i * C + c] - tp);
    };
    const kinds = ["Acc", "IoU", "Dice"] as const;
    const res: MetricValues = {};
    for (const kind of kinds) {
      const name = `m${kind}${level}`;
      if (level === "I") {
        // One value per image; NaN values (0/0) are left out.
        const vals: number[] = [];
        for (let i = 0; i < n; i++) {
          let v: number;
          if (o.binary) {
            const both = active(i, 0) && active(i, 1);
            v = both ? entry(kind, i, 1) : 1;
          } else {
            let s = 0;
            let k = 0;
            for (let c = 0; c < C; c++) {
              if (!active(i, c)) continue;
              s += entry(kind, i, c);
              k++;
            }
            v = s / k;
          }
          if (!Number.isNaN(v)) vals.push(v);
        }
        const a = Float64Array.from(vals);
        res[name] = meanPercent(a);
        res[`${name}Q`] = worstAverage(a, false);
        res[`${name}${o.q}`] = worstPercent(a, o.q, false);
      } else {
        // Per class, its values over the images where it is active; classes
        // with no such value are left out of the means.
        const perClass: Float64Array[] = [];
        for (let c = 0; c < C; c++) {
          const vals: number[] = [];
          for (let i = 0; i < n; i++) {
            if (!active(i, c)) continue;
            const v = entry(kind, i, c);
            if (!Number.isNaN(v)) vals.push(v);
          }
          if (vals.length) perClass.push(Float64Array.from(vals));
        }
        const mean = (f: (a: Float64Array) => number) =>
          perClass.length === 0
            ? NaN
            : perClass.reduce((s, a) => s + f(a), 0) / perClass.length;
        res[name] = mean((a) => meanPercent(a));
        res[`${name}Q`] = mean((a) => worstAverage(a, true));
        res[`${name}${o.q}`] = mean((a) => worstPercent(a, o.q, true));
      }
    }
    // The reference's key order: means, then Q averages, then q variants.
    for (const suffix of ["", "Q", `${o.q}`]) {
      for (const kind of kinds) {
        const k = `m${kind}${level}${suffix}`;
        out[k] = res[k];
      }
    }
  }

  /**
   * Dataset-level scores and counts per class, for tables and charts.
   *
   * @returns One row per class.
   * @throws {EmptyMetricsError} When no kept pixel was added.
   */
  perClass(): ClassScore[] {
    this.#assertNotEmpty();
    const rows: ClassScore[] = [];
    for (let c = 0; c < this.#o.numClasses; c++) {
      const tp = this.#tp[c];
      const fp = this.#pred[c] - tp;
      const fn = this.#label[c] - tp;
      rows.push({
        classId: c,
        iou: 100 * ratio("IoU", tp, fp, fn),
        dice: 100 * ratio("Dice", tp, fp, fn),
        acc: 100 * ratio("Acc", tp, fp, fn),
        tp,
        fp,
        fn,
        labelPixels: this.#label[c],
        predPixels: this.#pred[c],
        images: this.#present[c],
      });
    }
    return rows;
  }

  /**
   * Serialises the accumulator (plain JSON; numbers round-trip exactly).
   *
   * @returns A JSON-ready object for {@link SegmentationMetrics.fromJSON}.
   */
  toJSON(): MetricsJSON {
    const arrays: Record<string, number[]> = {
      tp: Array.from(this.#tp),
      pred: Array.from(this.#pred),
      label: Array.from(this.#label),
      present: Array.from(this.#present),
      eceBins: Array.from(this.#eceBins),
      sceBins: Array.from(this.#sceBins),
    };
    for (const k of ROWS) arrays[k] = Array.from(this.#rows[k].view());
    for (const k of FLOATS) arrays[k] = Array.from(this.#floats[k].view());
    return {
      format: "jdt-metrics/1",
      options: publicOptions(this.#o),
      predSeen: this.#predSeen,
      kept: this.#kept,
      images: this.#images,
      arrays,
    };
  }

  /**
   * Rebuilds an accumulator from {@link SegmentationMetrics.toJSON} output
   * (or its `JSON.parse`d text).
   *
   * @param json The serialised accumulator.
   * @returns A new accumulator equal to the serialised one.
   * @throws {JdtTypeError} When `json` is not a valid serialised accumulator.
   */
  static fromJSON(json: MetricsJSON): SegmentationMetrics {
    const bad = (why: string) => typeError("metrics", "json", why);
    if (json === null || typeof json !== "object") {
      throw bad("must be an object");
    }
    if (json.format !== "jdt-metrics/1") {
      throw bad(`must have format "jdt-metrics/1", got ${json.format}`);
    }
    const opts = { ...json.options } as Record<string, unknown>;
    for (const k of CALIB) if (opts[k] === "auto") delete opts[k];
    const m = new SegmentationMetrics(opts as unknown as MetricsOptions);
    const a = json.arrays;
    if (a === null || typeof a !== "object") throw bad("must have arrays");
    const C = m.#o.numClasses;
    const nb = m.#o.numBins;
    const kept = json.kept;
    const images = json.images;
    if (!Number.isInteger(kept) || kept < 0 || !Number.isInteger(images)) {
      throw bad("must have integer kept and images");
    }
    const perImage = m.#o.accuracyI || m.#o.accuracyC;
    const want: Record<string, number> = {
      tp: C,
      pred: C,
      label: C,
      present: C,
      eceBins: nb * BIN_K,
      sceBins: C * nb * BIN_K,
    };
    for (const k of ROWS) want[k] = perImage ? images * C : 0;
    // Calibration values exist for the images added with probabilities.
    for (const k of FLOATS) want[k] = Math.min(a[k]?.length ?? -1, images);
    for (const [k, len] of Object.entries(want)) {
      const v = a[k];
      if (!Array.isArray(v) || v.length !== len) {
        throw bad(`arrays.${k} must be an array of ${len} numbers`);
      }
      for (const x of v) {
        if (typeof x !== "number" || !(x >= 0)) {
          throw bad(`arrays.${k} must hold nonnegative numbers`);
        }
      }
    }
    m.#predSeen = json.predSeen === true;
    m.#append({
      kept,
      images,
      tp: Float64Array.from(a.tp),
      pred: Float64Array.from(a.pred),
      label: Float64Array.from(a.label),
      present: Float64Array.from(a.present),
      eceBins: Float64Array.from(a.eceBins),
      sceBins: Float64Array.from(a.sceBins),
      imgTp: Uint32Array.from(a.imgTp),
      imgPred: Uint32Array.from(a.imgPred),
      imgLabel: Uint32Array.from(a.imgLabel),
      eceI: Float64Array.from(a.eceI),
      sceI: Float64Array.from(a.sceI),
    });
    return m;
  }
}

function publicOptions(o: Resolved): Record<string, unknown> {
  const { backend: _backend, device: _device, ...rest } = o;
  return rest;
}

function addInto(dst: Float64Array, src: ArrayLike<number>): void {
  for (let i = 0; i < src.length; i++) dst[i] += src[i];
}

function meanOf(a: Float64Array): number {
  if (a.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

/**
 * Creates a segmentation metrics accumulator (SPEC section 6).
 *
 * @param options `numClasses` and optional settings.
 * @returns An empty accumulator.
 * @throws {JdtTypeError} On an unknown option or a wrong type.
 * @throws {JdtRangeError} On a value out of range.
 *
 * @example
 * ```ts
 * import { createMetrics } from "./accumulator.ts";
 * import assert from "node:assert/strict";
 * const m = createMetrics({ numClasses: 2 });
 * // One image of 4 pixels; the prediction is right on 3 of them.
 * m.add({ pred: new Uint8Array([0, 0, 1, 1]), shape: [1, 4], labels: new Uint8Array([0, 1, 1, 1]) });
 * assert.equal(m.value().Acc, 75);
 * ```
 */
export function createMetrics(options: MetricsOptions): SegmentationMetrics {
  return new SegmentationMetrics(options);
}
