/**
 * The counting pass of the scoring metrics ("js" backend, the oracle of the
 * wasm and webgpu counters) and its record: argmax, per-(image, class) tp / predicted / labelled pixel
 * counts, and the calibration bins of ECE and SCE.
 *
 * A counting pass returns a {@link BatchCounts} for one batch; the accumulator
 * (src/metrics/accumulator.ts) appends it only when the whole batch was counted, so an
 * input error never leaves an accumulator half updated.
 *
 * @module
 */

import { type JdtRangeError, rangeError } from "./errors.ts";

/** What a counting pass is asked to produce. */
export interface CountConfig {
  /** Number of classes C. */
  numClasses: number;
  /** Label value of dropped pixels, or null. */
  ignoreIndex: number | null;
  /** Number of equal-width calibration bins. */
  numBins: number;
  /** Keep per-image rows of tp / pred / label counts (I and C metrics). */
  perImage: boolean;
  /** Accumulate the dataset-level ECE bins. */
  eceD: boolean;
  /** Compute one ECE per image. */
  eceI: boolean;
  /** Accumulate the dataset-level SCE bins (per class). */
  sceD: boolean;
  /** Compute one SCE per image. */
  sceI: boolean;
}

/** Number of values per calibration bin: total, correct, summed confidence. */
export const BIN_K = 3;

/**
 * Counts one batch `[B, N]` of predictions (`P`: probabilities `[B, C, N]`
 * or class ids `[B, N]`) against hard labels `[B, N]`.
 */
export type BatchCounter<P> = (
  pred: P,
  labels: ArrayLike<number>,
  B: number,
  N: number,
  cfg: CountConfig,
) => BatchCounts;

/** The counts of one batch. Rows exist only for images with a kept pixel. */
export interface BatchCounts {
  /** Kept pixels of the batch. */
  kept: number;
  /** Per class, summed over the batch: correctly predicted pixels. */
  tp: Float64Array;
  /** Per class: pixels predicted as the class. */
  pred: Float64Array;
  /** Per class: pixels labelled as the class. */
  label: Float64Array;
  /** Per class: images whose kept labels hold the class. */
  present: Float64Array;
  /** Number of images with at least one kept pixel. */
  images: number;
  /** Rows `[images, C]` of tp (empty unless `perImage`). */
  imgTp: Uint32Array;
  /** Rows `[images, C]` of predicted pixel counts. */
  imgPred: Uint32Array;
  /** Rows `[images, C]` of labelled pixel counts. */
  imgLabel: Uint32Array;
  /** `[numBins, BIN_K]` ECE bins of the batch (empty unless `eceD`). */
  eceBins: Float64Array;
  /** `[C, numBins, BIN_K]` SCE bins of the batch (empty unless `sceD`). */
  sceBins: Float64Array;
  /** ECE (percent) of each image with a kept pixel (empty unless `eceI`). */
  eceI: Float64Array;
  /** SCE (permille) of each image with a kept pixel (empty unless `sceI`). */
  sceI: Float64Array;
  /** `[C, C]` confusion counts (row = label, column = prediction), when asked for. */
  confusion?: Float64Array;
}

/**
 * Zeroed counts for a batch of `B` images.
 *
 * @param cfg What to count.
 * @param B Batch size.
 * @returns Empty counts with room for B per-image rows.
 */
export function emptyCounts(cfg: CountConfig, B: number): BatchCounts {
  const C = cfg.numClasses;
  const rows = cfg.perImage ? B * C : 0;
  return {
    kept: 0,
    tp: new Float64Array(C),
    pred: new Float64Array(C),
    label: new Float64Array(C),
    present: new Float64Array(C),
    images: 0,
    imgTp: new Uint32Array(rows),
    imgPred: new Uint32Array(rows),
    imgLabel: new Uint32Array(rows),
    eceBins: new Float64Array(cfg.eceD ? cfg.numBins * BIN_K : 0),
    sceBins: new Float64Array(cfg.sceD ? C * cfg.numBins * BIN_K : 0),
    eceI: new Float64Array(cfg.eceI ? B : 0),
    sceI: new Float64Array(cfg.sceI ? B : 0),
  };
}

/**
 * Trims the per-image arrays of a batch to the images that had a kept pixel.
 *
 * @param out The batch.
 * @param C Number of classes.
 * @returns The same batch.
 */
export function trimCounts(out: BatchCounts, C: number): BatchCounts {
  const n = out.images;
  if (out.imgTp.length) {
    out.imgTp = out.imgTp.slice(0, n * C);
    out.imgPred = out.imgPred.slice(0, n * C);
    out.imgLabel = out.imgLabel.slice(0, n * C);
  }
  if (out.eceI.length) out.eceI = out.eceI.slice(0, n);
  if (out.sceI.length) out.sceI = out.sceI.slice(0, n);
  return out;
}

/**
 * Left edges of the calibration bins as the reference builds them (float32
 * `linspace(0, 1 - 1/nb, nb)`), plus 2 as a sentinel right edge.
 *
 * @param numBins Number of bins.
 * @returns `numBins + 1` edges.
 */
export function binEdges(numBins: number): Float64Array {
  const e = new Float64Array(numBins + 1);
  for (let k = 0; k < numBins; k++) e[k] = Math.fround(k / numBins);
  e[numBins] = 2;
  return e;
}

/**
 * Bin of a confidence in [0, 1]: the number of left edges <= v, minus one
 * (so 1.0 falls in the last bin).
 */
function binOf(v: number, nb: number, edges: Float64Array): number {
  let k = Math.floor(v * nb);
  if (k > nb - 1) k = nb - 1;
  if (k < 0) k = 0;
  while (k < nb - 1 && v >= edges[k + 1]) k++;
  while (k > 0 && v < edges[k]) k--;
  return k;
}

/**
 * Expected calibration error of a set of bins, in percent: the mean over
 * pixels of |accuracy − confidence| of their bin. 0 for empty bins.
 *
 * @param bins Bin array, `BIN_K` values per bin.
 * @param offset Index of the first bin's first value.
 * @param numBins Number of bins.
 * @returns ECE in percent.
 */
export function eceOfBins(
  bins: ArrayLike<number>,
  offset: number,
  numBins: number,
): number {
  let total = 0;
  for (let k = 0; k < numBins; k++) total += bins[offset + k * BIN_K];
  if (total === 0) return 0;
  let s = 0;
  for (let k = 0; k < numBins; k++) {
    const o = offset + k * BIN_K;
    const t = bins[o];
    if (t === 0) continue;
    s += (t / total) * Math.abs(bins[o + 1] / t - bins[o + 2] / t);
  }
  return 100 * s;
}

/**
 * The error of a metrics label that is neither a class id in [0, C) nor
 * `ignoreIndex`: one message for every counting backend.
 *
 * @param v The label value.
 * @param C Number of classes.
 * @param ignore The ignore index, or null.
 * @returns The error, to throw.
 */
export function badLabel(
  v: number,
  C: number,
  ignore: number | null,
): JdtRangeError {
  const allowed = ignore === null
    ? `in [0, ${C})`
    : `in [0, ${C}) or equal to ignoreIndex (${ignore})`;
  return rangeError(
    "metrics",
    "input.labels",
    `values must be ${allowed}, got ${v}`,
  );
}

/**
 * The error for a predicted class id out of range at a kept pixel.
 *
 * @param a The prediction.
 * @param C Number of classes.
 * @param n Its index in the batch.
 * @returns The typed error naming `input.pred`.
 */
export function badPred(a: number, C: number, n: number): JdtRangeError {
  return rangeError(
    "metrics",
    "input.pred",
    `values must be class ids in [0, ${C}), got ${a} at index ${n}`,
  );
}

function badProb(v: number, i: number): JdtRangeError {
  return rangeError(
    "metrics",
    "input.probs",
    `values must be probabilities in [0, 1], got ${v} at index ${i}`,
  );
}

/** One image's per-class tp, predicted and labelled pixel counts. */
interface ImageTally {
  tp: Float64Array;
  pred: Float64Array;
  label: Float64Array;
}

/** Zeroed per-class tallies of one image. */
function imageTally(C: number): ImageTally {
  return {
    tp: new Float64Array(C),
    pred: new Float64Array(C),
    label: new Float64Array(C),
  };
}

/** Zeroes the tallies for the next image. */
function resetTally(t: ImageTally): void {
  t.tp.fill(0);
  t.pred.fill(0);
  t.label.fill(0);
}

/** Scratch of the probabilities pass, sized for one image. */
interface ProbsScratch extends ImageTally {
  edges: Float64Array;
  /** Largest probability of each pixel, and its class (argmax). */
  maxV: Float32Array;
  arg: Int32Array;
  /** 1 where the pixel is kept, and its label there. */
  keep: Uint8Array;
  lab: Int32Array;
  calib: boolean;
  eceB: Float64Array;
  sceB: Float64Array;
  hist: Float64Array;
}

function probsScratch(cfg: CountConfig, N: number): ProbsScratch {
  const C = cfg.numClasses, nb = cfg.numBins;
  return {
    ...imageTally(C),
    edges: binEdges(nb),
    maxV: new Float32Array(N),
    arg: new Int32Array(N),
    keep: new Uint8Array(N),
    lab: new Int32Array(N),
    calib: cfg.eceD || cfg.eceI || cfg.sceD || cfg.sceI,
    eceB: new Float64Array(nb * BIN_K),
    sceB: new Float64Array(cfg.sceD || cfg.sceI ? C * nb * BIN_K : 0),
    hist: new Float64Array(4 * nb * BIN_K),
  };
}

/**
 * Counts one batch of probabilities `[B, C, N]` (channel-first) against hard
 * labels `[B, N]`. Throws a JdtRangeError on a probability outside [0, 1]
 * (or NaN) at a kept pixel and on a label that is neither a class nor
 * `ignoreIndex`; the probabilities of ignored pixels are not read as scores,
 * so they are not checked either.
 *
 * @param probs Probabilities, length B·C·N.
 * @param labels Class ids, length B·N.
 * @param B Batch size.
 * @param N Pixels per image.
 * @param cfg What to count.
 * @returns The batch's counts.
 */
export const countProbsJs: BatchCounter<Float32Array> = (
  probs,
  labels,
  B,
  N,
  cfg,
) => {
  const C = cfg.numClasses;
  const out = emptyCounts(cfg, B);
  const s = probsScratch(cfg, N);
  for (let b = 0; b < B; b++) {
    const kept = keptLabels(labels, b * N, N, cfg, s);
    const base = b * C * N;
    checkedArgmax(probs, base, C, N, s);
    if (kept === 0) continue;
    tallyImage(s, N, cfg.numBins);
    if (s.sceB.length) sceBins(probs, base, N, cfg, s);
    addImage(out, cfg, kept, s.tp, s.pred, s.label, s.eceB, s.sceB);
  }
  return trimCounts(out, C);
};

/** Marks the kept pixels of one image and their labels; returns how many. */
function keptLabels(
  labels: ArrayLike<number>,
  start: number,
  N: number,
  cfg: CountConfig,
  s: ProbsScratch,
): number {
  const C = cfg.numClasses, ignore = cfg.ignoreIndex;
  let kept = 0;
  for (let n = 0; n < N; n++) {
    const l = labels[start + n];
    if (l === ignore) {
      s.keep[n] = 0;
      continue;
    }
    if (!(Number.isInteger(l) && l >= 0 && l < C)) {
      throw badLabel(l, C, ignore);
    }
    s.keep[n] = 1;
    s.lab[n] = l;
    kept++;
  }
  return kept;
}

/**
 * Argmax of one image (first maximum wins, as torch.argmax), checking the
 * values of kept pixels (an ignored pixel's prediction is not scored).
 */
function checkedArgmax(
  probs: Float32Array,
  base: number,
  C: number,
  N: number,
  { keep, maxV, arg }: ProbsScratch,
): void {
  for (let n = 0; n < N; n++) {
    const v = probs[base + n];
    if (keep[n] && !(v >= 0 && v <= 1)) throw badProb(v, base + n);
    maxV[n] = v;
    arg[n] = 0;
  }
  for (let c = 1; c < C; c++) {
    const o = base + c * N;
    for (let n = 0; n < N; n++) {
      const v = probs[o + n];
      if (keep[n] && !(v >= 0 && v <= 1)) throw badProb(v, o + n);
      if (v > maxV[n]) {
        maxV[n] = v;
        arg[n] = c;
      }
    }
  }
}

/** One image's tallies and, when asked, its ECE bins. */
function tallyImage(s: ProbsScratch, N: number, nb: number): void {
  resetTally(s);
  if (s.calib) s.eceB.fill(0);
  for (let n = 0; n < N; n++) {
    if (!s.keep[n]) continue;
    const a = s.arg[n];
    const l = s.lab[n];
    s.pred[a]++;
    s.label[l]++;
    const ok = a === l ? 1 : 0;
    s.tp[l] += ok;
    if (s.calib) {
      const v = s.maxV[n];
      const o = binOf(v, nb, s.edges) * BIN_K;
      s.eceB[o]++;
      s.eceB[o + 1] += ok;
      s.eceB[o + 2] += v;
    }
  }
}

/**
 * One image's SCE bins, per class. Four interleaved histograms (pixel n goes
 * to copy n & 3), merged as ((h0 + h1) + h2) + h3: shorter dependency chains,
 * and the order the wasm pass uses, so both give identical sums.
 */
function sceBins(
  probs: Float32Array,
  base: number,
  N: number,
  cfg: CountConfig,
  { hist, keep, lab, arg, edges, sceB }: ProbsScratch,
): void {
  const nb = cfg.numBins;
  const stride = nb * BIN_K;
  for (let c = 0; c < cfg.numClasses; c++) {
    const o = base + c * N;
    hist.fill(0);
    for (let n = 0; n < N; n++) {
      if (!keep[n]) continue;
      const v = probs[o + n];
      const k = (n & 3) * stride + binOf(v, nb, edges) * BIN_K;
      hist[k]++;
      if (lab[n] === c && arg[n] === c) hist[k + 1]++;
      hist[k + 2] += v;
    }
    const cb = c * stride;
    for (let j = 0; j < stride; j++) {
      sceB[cb + j] = hist[j] + hist[j + stride] + hist[j + 2 * stride] +
        hist[j + 3 * stride];
    }
  }
}

/**
 * Counts one batch of predicted class ids `[B, N]` against hard labels
 * `[B, N]` (no calibration). Throws a JdtRangeError on a label out of range
 * or a prediction out of range at a kept pixel (the prediction at an ignored
 * pixel is not scored, so any value is accepted there).
 *
 * @param pred Predicted class ids, length B·N.
 * @param labels Class ids, length B·N.
 * @param B Batch size.
 * @param N Pixels per image.
 * @param cfg What to count (calibration flags must be off).
 * @returns The batch's counts.
 */
export const countPredJs: BatchCounter<ArrayLike<number>> = (
  pred,
  labels,
  B,
  N,
  cfg,
) => {
  const C = cfg.numClasses;
  const ignore = cfg.ignoreIndex;
  const out = emptyCounts(cfg, B);
  const t = imageTally(C);
  const none = new Float64Array(0);
  for (let b = 0; b < B; b++) {
    resetTally(t);
    let kept = 0;
    for (let n = b * N, end = b * N + N; n < end; n++) {
      const l = labels[n];
      if (l === ignore) continue; // its prediction is not scored
      if (!(Number.isInteger(l) && l >= 0 && l < C)) {
        throw badLabel(l, C, ignore);
      }
      const a = pred[n];
      if (!(Number.isInteger(a) && a >= 0 && a < C)) throw badPred(a, C, n);
      kept++;
      t.pred[a]++;
      t.label[l]++;
      if (a === l) t.tp[l]++;
    }
    if (kept > 0) addImage(out, cfg, kept, t.tp, t.pred, t.label, none, none);
  }
  return trimCounts(out, C);
};

/**
 * Adds one image's counts (and bins) to a batch: the sums, its per-image row,
 * and its per-image ECE / SCE. Exported for the other backends, which count
 * per image and finish here.
 *
 * @param out The batch being filled.
 * @param cfg What to count.
 * @param kept Kept pixels of the image (> 0).
 * @param tp Per-class tp of the image.
 * @param pred Per-class predicted counts.
 * @param label Per-class labelled counts.
 * @param eceB The image's ECE bins (`[numBins, BIN_K]`), or empty.
 * @param sceB The image's SCE bins (`[C, numBins, BIN_K]`), or empty.
 */
export function addImage(
  out: BatchCounts,
  cfg: CountConfig,
  kept: number,
  tp: ArrayLike<number>,
  pred: ArrayLike<number>,
  label: ArrayLike<number>,
  eceB: ArrayLike<number>,
  sceB: ArrayLike<number>,
): void {
  const C = cfg.numClasses;
  const nb = cfg.numBins;
  const i = out.images++;
  out.kept += kept;
  for (let c = 0; c < C; c++) {
    out.tp[c] += tp[c];
    out.pred[c] += pred[c];
    out.label[c] += label[c];
    if (label[c] > 0) out.present[c]++;
  }
  if (cfg.perImage) {
    for (let c = 0; c < C; c++) {
      out.imgTp[i * C + c] = tp[c];
      out.imgPred[i * C + c] = pred[c];
      out.imgLabel[i * C + c] = label[c];
    }
  }
  if (cfg.eceD) {
    for (let k = 0; k < eceB.length; k++) out.eceBins[k] += eceB[k];
  }
  if (cfg.eceI) out.eceI[i] = eceOfBins(eceB, 0, nb);
  if (cfg.sceD) {
    for (let k = 0; k < sceB.length; k++) out.sceBins[k] += sceB[k];
  }
  if (cfg.sceI) {
    // The classes of the image are those in its kept labels (docs/spec.md §6:
    // ignored pixels add no class); with C = 2, class 1 only.
    let s = 0;
    let n = 0;
    for (let c = C === 2 ? 1 : 0; c < C; c++) {
      if (C > 2 && label[c] === 0) continue;
      s += eceOfBins(sceB, c * nb * BIN_K, nb);
      n++;
    }
    out.sceI[i] = (10 * s) / n;
  }
}
