/**
 * Public input, option and result types of the JDT losses.
 *
 * @module
 */

/// <reference types="npm:@webgpu/types@0.1.74" />

/** Integer typed arrays accepted as hard labels (class ids per pixel). */
export type HardLabels = Uint8Array | Uint16Array | Int32Array;

/**
 * Element type of hard or soft labels held in a `GPUBuffer` (the buffer itself
 * does not say): `"uint8"`, `"uint16"` and `"int32"` are hard labels packed
 * densely (little-endian), `"float32"` soft labels.
 */
export type LabelFormat = "uint8" | "uint16" | "int32" | "float32";

/**
 * What the labels of a loss input hold (option `labelKind`). `"auto"` (the
 * default) infers it from the array's type and length:
 * - `"ids"`: one class id per pixel, `[B, ...spatial]` (an integer array, or a
 *   Float32Array of integers); hard-label defaults. Needs C >= 2.
 * - `"one-hot"`: one-hot rows of the prediction's shape (any numeric array),
 *   read as class ids; a row of zeros marks an ignored pixel.
 * - `"masks"`: a 0/1 mask per element of the prediction's shape (`ignoreIndex`
 *   marks an ignored element): binary segmentation with C = 1 (one sigmoid
 *   channel, a `[B, ...spatial]` foreground mask), multilabel with C > 1
 *   (independent sigmoid channels); hard-label defaults.
 * - `"soft"`: probabilities per class, a Float32Array of the prediction's
 *   shape; soft-label defaults.
 *
 * `"auto"` reads an integer array of length B·N (C >= 2) as ids, an integer
 * array of the prediction's length as masks, and a Float32Array as soft labels.
 */
export type LabelKind = "auto" | "ids" | "one-hot" | "masks" | "soft";

/** Names of the compute backends. */
export type BackendName = "js" | "wasm" | "webgpu";

/** Which backend to use: a fixed one, or `"auto"` to let the library pick. */
export type BackendChoice = "auto" | BackendName;

/**
 * How classes become active (counted in the mean):
 * - `"ALL"`: every class;
 * - `"PRESENT"` / `"LABEL"`: the label's maximum over the group exceeds `threshold`;
 * - `"PROB"`: the predicted probability's maximum exceeds `threshold`;
 * - `"BOTH"`: the maximum of prediction + label exceeds `threshold`;
 * - an array of class indices: exactly those classes.
 */
export type ActiveClassesMode =
  | "ALL"
  | "PRESENT"
  | "LABEL"
  | "PROB"
  | "BOTH"
  | readonly number[];

/** Memory layout of predictions (and soft labels). */
export type Layout = "channels-first" | "channels-last";

/** How predictions become probabilities. */
export type Activation = "softmax" | "sigmoid" | "none";

/**
 * The data of one loss evaluation.
 *
 * `shape` describes `logits`/`probs` as laid out: `[B, C, ...spatial]` for
 * `"channels-first"` (the default), `[B, ...spatial, C]` for `"channels-last"`.
 */
export interface LossInput {
  /**
   * Unnormalised scores; softmax (or sigmoid) is applied. Exactly one of `logits`/`probs`.
   * A `GPUBuffer` (float32, usage STORAGE, on `options.device`) is read in place
   * by the `"webgpu"` backend.
   */
  logits?: Float32Array | GPUBuffer;
  /** Probabilities in [0, 1], used as given. Exactly one of `logits`/`probs`. May be a `GPUBuffer` as `logits`. */
  probs?: Float32Array | GPUBuffer;
  /** Shape of the prediction array (at least 2 dimensions). */
  shape: readonly number[];
  /**
   * Hard labels `[B, ...spatial]` (integer array) or soft labels (float32, same
   * shape as the prediction). A `GPUBuffer` (usage STORAGE, on
   * `options.device`) needs `labelFormat`.
   */
  labels: HardLabels | Float32Array | GPUBuffer;
  /** Element type of `labels` when it is a `GPUBuffer`; ignored otherwise. */
  labelFormat?: LabelFormat;
  /** Optional `[B, ...spatial]` mask: nonzero keeps the pixel. */
  keepMask?: Uint8Array;
  /**
   * Optional array to write the gradient into (length of the prediction, not
   * sharing memory with the inputs); the result's `grad` is then this array.
   * A training loop that reuses it avoids allocating (and first touching)
   * a gradient-sized array on every call.
   */
  gradInto?: Float32Array;
  /**
   * Optional float32 `GPUBuffer` (usage STORAGE, on `options.device`, at
   * least the prediction's size) to write the gradient into, with
   * `gradOutput: "gpu"` or `loss.encode()`; the result's `gradBuffer` is
   * then this buffer.
   */
  gradBuffer?: GPUBuffer;
  /**
   * Optional statistics of the whole batch this input is part of: the sum,
   * over data-parallel workers, of each one's `computeStatistics` record
   * (`mergeStatistics`, or an all-reduce of `data`). The loss value is then
   * the whole batch's, and the gradient that of the whole batch's loss with
   * respect to this input's prediction. Its B, C, norm and label kind must be
   * this input's; it carries the dataset-level loss, so options.mIoUI and
   * options.mIoUC must be 0. Not read by `computeStatistics`.
   */
  statistics?: LossStatistics;
}

/**
 * Per (image, class) sums `P, Y, D` and maxima `maxY, maxX, maxXY`
 * (docs/spec.md §2), `B*C*6` float64 values, group `(b, c)` at `(b*C + c)*6`.
 */
export interface LossStatistics {
  /** Images. */
  readonly B: number;
  /** Classes. */
  readonly C: number;
  /** The norm the sums were taken with. */
  readonly norm: 1 | 2;
  /** Whether the labels were soft (selects the active-class mode). */
  readonly soft: boolean;
  /** The statistics. */
  readonly data: Float64Array;
}

/** A {@link LossInput} whose arrays all live on the host (no `GPUBuffer`). */
export interface HostLossInput extends LossInput {
  /** Unnormalised scores. Exactly one of `logits`/`probs`. */
  logits?: Float32Array;
  /** Probabilities in [0, 1]. Exactly one of `logits`/`probs`. */
  probs?: Float32Array;
  /** Hard labels `[B, ...spatial]` or soft labels (same shape as the prediction). */
  labels: HardLabels | Float32Array;
}

/** Options of the JDT loss family (docs/spec.md §3), with the reference's defaults. */
export interface LossOptions {
  /** Weight of the dataset (batch) level loss. Default 1. */
  mIoUD?: number;
  /** Weight of the image level loss. Default 0. */
  mIoUI?: number;
  /** Weight of the class level loss. Default 0. */
  mIoUC?: number;
  /** Tversky weight of false positives. Default 1 (Jaccard). */
  alpha?: number;
  /** Tversky weight of false negatives. Default 1 (Jaccard). */
  beta?: number;
  /** Focal exponent, at least 1. Default 1. */
  gamma?: number;
  /** Added to numerator and denominator. Default 1e-3. */
  smooth?: number;
  /** Threshold of the `PRESENT`/`PROB`/`BOTH` active-class modes. Default 0.01. */
  threshold?: number;
  /** Norm of the statistics, 1 or 2. Default 1. */
  norm?: 1 | 2;
  /** Use `-log(score)` instead of `1 - score`. Default false. */
  logLoss?: boolean;
  /** Hard-label value that marks ignored pixels. Default none. */
  ignoreIndex?: number | null;
  /**
   * What the labels hold: class ids, one-hot rows, 0/1 masks or soft labels.
   * Default `"auto"`: inferred from the array's type and length (see {@link LabelKind}).
   */
  labelKind?: LabelKind;
  /** One nonnegative weight per class. Default none. */
  classWeights?: readonly number[] | Float64Array | Float32Array | null;
  /** Active classes with hard labels. Default `"PRESENT"`. */
  activeClassesModeHard?: ActiveClassesMode;
  /** Active classes with soft labels. Default `"ALL"`. */
  activeClassesModeSoft?: ActiveClassesMode;
  /** Compute backend. Default `"auto"`. */
  backend?: BackendChoice;
  /** Also compute the gradient. Default true. */
  grad?: boolean;
  /** Activation applied to `logits`. Default `"softmax"` (ignored for `probs`). */
  activation?: Activation;
  /** Temperature `T` of the activation: `softmax(z / T)`, in [2^-126, 2^126]. Default 1. */
  temperature?: number;
  /** Layout of the prediction and soft labels. Default `"channels-first"`. */
  layout?: Layout;
  /** `"none"` also returns the per-group losses and active masks. Default `"mean"`. */
  reduction?: "mean" | "none";
  /**
   * A WebGPU device of the caller for the `"webgpu"` backend (needed with
   * `GPUBuffer` inputs or `gradOutput: "gpu"`). The library never destroys it.
   * Default: a device the library acquires lazily on first use.
   */
  device?: GPUDevice | null;
  /**
   * Where the gradient goes: `"cpu"` (a Float32Array in `grad`, the default) or
   * `"gpu"` (a `GPUBuffer` in `gradBuffer`, no readback; `"webgpu"` backend only).
   */
  gradOutput?: "cpu" | "gpu";
}

/** Per-group losses, returned with `reduction: "none"`. */
export interface PerGroupLosses {
  /** `l[b, c]` of the image-level groups, row-major `[B, C]`, 0 where inactive. */
  image: Float64Array;
  /** 1 where the image-level group `(b, c)` is active, row-major `[B, C]`. */
  imageActive: Uint8Array;
  /** `l[c]` of the batch-level groups, length C, 0 where inactive. */
  dataset: Float64Array;
  /** 1 where class `c` is active at batch level. */
  datasetActive: Uint8Array;
}

/** The result of one loss evaluation. */
export interface LossResult {
  /** The scalar loss. */
  value: number;
  /** d value / d logits (or probs), in the layout of the input; absent with `grad: false`. */
  grad?: Float32Array;
  /**
   * The gradient as a float32 `GPUBuffer` on `options.device` (usage STORAGE,
   * COPY_SRC, COPY_DST), with `gradOutput: "gpu"`: `input.gradBuffer` when
   * given; else, from `jdtLoss`, a new buffer the caller owns and destroys;
   * from a `createLoss` loss, a buffer of the loss's ring of three, valid
   * until three more calls of that loss (do not destroy it).
   */
  gradBuffer?: GPUBuffer;
  /** The backend that computed the passes. */
  backend: BackendName;
  /** Per-group losses, with `reduction: "none"`. */
  perGroup?: PerGroupLosses;
}

/** Label formats of a workspace. */
export type WorkspaceLabels = "int32" | "uint16" | "uint8" | "float32";

/** What a workspace holds besides the prediction and the gradient. */
export interface WorkspaceOptions {
  /** Hard labels (`"int32"`, `"uint16"`, `"uint8"`) or soft labels (`"float32"`). */
  labels: WorkspaceLabels;
  /** Whether the prediction holds logits or probabilities. */
  prediction: "logits" | "probs";
  /** Whether to hold a keep mask too. */
  keepMask?: boolean;
}

/**
 * Arrays for one input shape, living in the loss's wasm memory (from
 * `loss.workspace(shape, options)`). Pass them (and `grad` as `gradInto`) to
 * `compute` to skip every copy; do not change them while a call on them is
 * pending. A workspace made while a call runs never overlaps it (fill the next
 * batch while one runs). Dispose to free them; after that its arrays must not
 * be used (calls refuse them with a `JdtTypeError` naming the array).
 */
export interface Workspace extends Disposable {
  /** The shape the arrays were made for. */
  readonly shape: readonly number[];
  /** Logits, when `prediction` is `"logits"`. */
  readonly logits?: Float32Array;
  /** Probabilities, when `prediction` is `"probs"`. */
  readonly probs?: Float32Array;
  /** Hard labels (B·N) or soft labels (B·C·N). */
  readonly labels: Int32Array | Uint16Array | Uint8Array | Float32Array;
  /** Keep mask (B·N, nonzero = keep), when asked for. */
  readonly keepMask?: Uint8Array;
  /** The gradient output (B·C·N); a call may also use it as scratch. */
  readonly grad: Float32Array;
  /** Frees the arrays' memory (the views must not be used afterwards). */
  dispose(): void;
}

/** What `Loss.encode()` returns: the gradient and the loss value of the step it recorded. */
export interface LossEncoding {
  /**
   * d loss / d prediction (float32, the input's layout), written when the
   * caller's encoder runs: `input.gradBuffer` if given, else a buffer of the
   * loss's ring, valid until three more calls of the same loss (never destroy
   * it). Absent with `grad: false`.
   */
  gradBuffer?: GPUBuffer;
  /**
   * The loss value as float32 at byte 0, computed on the GPU by the mirror of
   * the host step when the encoder runs (usage STORAGE | COPY_SRC), for GPU
   * code that needs it without a readback; valid as long as `gradBuffer`.
   */
  valueBuffer: GPUBuffer;
  /**
   * The loss value by the float64 host step on the read-back statistics. Call
   * it after submitting the encoder, within three more calls of the loss;
   * it maps a small buffer (in Deno each map takes ≥ 10 ms).
   */
  value(): Promise<number>;
}
