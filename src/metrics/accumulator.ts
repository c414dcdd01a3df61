/**
 * Scoring accumulators (docs/spec.md §6): the fine-grained accuracy
 * metrics (dataset, image and class level, with worst-case variants) and
 * calibration (ECE, SCE), accumulated over any number of batches, merged
 * exactly, and serialised so shards computed anywhere combine.
 *
 * @module
 */

import { emptyError, typeError } from "../core/errors.ts";
import { checkStillHeld } from "../core/input.ts";
import type { BatchCounts, CountConfig } from "../core/counts.ts";
import type { BackendName } from "../core/types.ts";
import {
  chooseHostCounter,
  countsOnGpu,
  gpuCounter,
} from "../choose/backend.ts";
import type { WebGpuCounter } from "../webgpu/metrics.ts";
import { type Batch, type MetricsInput, parseBatch } from "./input.ts";
import { countConfusion } from "./confusion.ts";
import {
  countsFromJSON,
  type MetricsJSON,
  optionsFromJSON,
  tallyToJSON,
} from "./json.ts";
import {
  type CALIB,
  type MetricsOptions,
  publicOptions,
  type ResolvedMetricsOptions,
  resolveMetricsOptions,
} from "./options.ts";
import { Tally } from "./tally.ts";
import {
  type ClassScore,
  classScores,
  type MetricValues,
  metricValues,
} from "./values.ts";

/**
 * An accumulator of segmentation metrics. Memory is O(C) for the dataset-level
 * metrics plus, only when image- or class-level metrics are asked for, three
 * `uint32` rows of C counts and two float64 calibration values per image.
 */
export class SegmentationMetrics {
  readonly #o: ResolvedMetricsOptions;
  #tally: Tally;
  #predSeen = false;
  #lastBackend: BackendName | null = null;
  #gpu: WebGpuCounter | null = null;

  /**
   * Use {@link createMetrics}.
   *
   * @param options Options, as for {@link createMetrics}.
   */
  constructor(options: MetricsOptions) {
    this.#o = resolveMetricsOptions(options);
    const o = this.#o;
    this.#tally = new Tally(o.numClasses, o.numBins, o.confusionMatrix);
  }

  /** Is calibration metric `k` being computed (now)? */
  #calib(k: (typeof CALIB)[number]): boolean {
    const v = this.#o[k];
    return v === true || (v === "auto" && !this.#predSeen);
  }

  #config(withProbs: boolean, ignore: number | null): CountConfig {
    const o = this.#o;
    return {
      numClasses: o.numClasses,
      ignoreIndex: ignore,
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
    const batch = parseBatch(input, this.#o);
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
   * a hardware adapter and at least 2^23 values; otherwise exactly as `add`.
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
    const batch = parseBatch(input, this.#o);
    const o = this.#o;
    if (batch.probs !== null && o.backend !== "js" && o.backend !== "wasm") {
      this.#gpu ??= gpuCounter(o.device);
      const gpu = this.#gpu;
      const use = await countsOnGpu(o.backend, batch.probs.length, gpu);
      this.#checkHeld(batch);
      if (use) {
        const counts = await gpu.count(
          batch.probs,
          batch.labels,
          batch.B,
          batch.N,
          this.#config(true, batch.ignore),
        );
        this.#lastBackend = "webgpu";
        this.#append(batch, counts);
        return this;
      }
    }
    return this.#addHost(batch);
  }

  /** Throws when a batch's arrays were detached or shrunk while addAsync awaited. */
  #checkHeld(b: Batch): void {
    checkStillHeld("metrics", [
      ["input.probs", b.probs, b.B * this.#o.numClasses * b.N],
      ["input.pred", b.pred, b.B * b.N],
      ["input.labels", b.labels, b.B * b.N],
    ]);
  }

  /** Counts a checked batch on the host (js or wasm) and appends it. */
  #addHost(batch: Batch): this {
    const { probs, labels, B, N } = batch;
    const counter = chooseHostCounter(this.#o.backend, batch);
    const cfg = this.#config(probs !== null, batch.ignore);
    const counts = probs !== null
      ? counter.count(probs, labels, B, N, cfg)
      : counter.countPred(batch.pred!, labels, B, N, cfg);
    this.#lastBackend = counter.name;
    if (probs === null) this.#predSeen = true;
    this.#append(batch, counts);
    return this;
  }

  /** Appends a counted batch, with its confusion matrix when asked for. */
  #append(batch: Batch, counts: BatchCounts): void {
    const o = this.#o;
    if (o.confusionMatrix) {
      counts.confusion = countConfusion(batch, o.numClasses, batch.ignore);
    }
    this.#tally.append(counts);
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
    this.#tally.append(other.#tally.counts());
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
    return this.#tally.kept;
  }

  /** Number of images with at least one kept pixel so far. */
  get images(): number {
    return this.#tally.images;
  }

  #assertNotEmpty(): void {
    if (this.#tally.kept === 0) {
      throw emptyError(
        "metrics",
        "no kept pixel was added (every pixel was ignored, or nothing was added)",
      );
    }
  }

  /**
   * The metric values, in the reference's keys and units: percent, SCE in
   * permille (every value in [0, 1] with `units: "fraction"`). Follows docs/spec.md §6 where the reference has artifacts: a 0/0
   * group is left out of its mean; a class active in no image is left out of
   * the C metrics; an image with no kept pixel is skipped everywhere; ignored
   * pixels add no class.
   *
   * @returns The values; NaN for a mean over nothing.
   * @throws {EmptyMetricsError} When no kept pixel was added.
   */
  value(): MetricValues {
    this.#assertNotEmpty();
    return metricValues(this.#tally, this.#o, (k) => this.#calib(k));
  }

  /**
   * Dataset-level scores and counts per class, for tables and charts.
   *
   * @returns One row per class.
   * @throws {EmptyMetricsError} When no kept pixel was added.
   */
  perClass(): ClassScore[] {
    this.#assertNotEmpty();
    return classScores(this.#tally, this.#o);
  }

  /**
   * The confusion matrix of the hard predictions (argmax of `probs`, or
   * `pred`) over kept pixels: `m[label][prediction]` pixel counts. Needs the
   * option `confusionMatrix: true`.
   *
   * @returns C rows of C counts (zeros before the first batch).
   * @throws {JdtTypeError} When the accumulator was created without `confusionMatrix`.
   * @example
   * ```ts
   * import { createMetrics } from "@jdt/losses";
   * import assert from "node:assert/strict";
   * const m = createMetrics({ numClasses: 2, confusionMatrix: true });
   * m.add({ pred: new Uint8Array([0, 0, 1, 1]), shape: [1, 4], labels: new Uint8Array([0, 1, 1, 1]) });
   * assert.deepEqual(m.confusionMatrix(), [[1, 0], [1, 2]]);
   * ```
   */
  confusionMatrix(): number[][] {
    const C = this.#o.numClasses;
    const t = this.#tally.confusion;
    if (!this.#o.confusionMatrix) {
      throw typeError(
        "metrics",
        "options.confusionMatrix",
        "must be true when the accumulator is created to read confusionMatrix()",
      );
    }
    return Array.from(
      { length: C },
      (_, l) => Array.from(t.subarray(l * C, (l + 1) * C)),
    );
  }

  /**
   * Serialises the accumulator (plain JSON; numbers round-trip exactly).
   *
   * @returns A JSON-ready object for {@link SegmentationMetrics.fromJSON}.
   */
  toJSON(): MetricsJSON {
    return tallyToJSON(this.#tally, this.#o, this.#predSeen);
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
    const m = new SegmentationMetrics(optionsFromJSON(json));
    const { counts, predSeen } = countsFromJSON(json, m.#o);
    m.#predSeen = predSeen;
    m.#tally.append(counts);
    return m;
  }
}

/**
 * Creates a segmentation metrics accumulator (docs/spec.md §6).
 *
 * @param options `numClasses` and optional settings.
 * @returns An empty accumulator.
 * @throws {JdtTypeError} On an unknown option or a wrong type.
 * @throws {JdtRangeError} On a value out of range.
 *
 * @example
 * ```ts
 * import { createMetrics } from "@jdt/losses";
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
