/**
 * The "wasm" counting pass of the scoring metrics: an own instance (own
 * memory) of the project's WebAssembly module, running the kernel of
 * wasm/assembly/metrics.ts one image at a time, finished by the same host
 * code as the js pass (so both give identical counts).
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import { instantiateJdtWasm } from "./module.ts";
import {
  addImage,
  badLabel,
  badPred,
  type BatchCounter,
  BIN_K,
  binEdges,
  countPredJs,
  emptyCounts,
  trimCounts,
} from "../core/counts.ts";

/** The exports of the metrics kernel. */
interface MetricsExports {
  memory: WebAssembly.Memory;
  metrics_base(): number;
  metrics_reserve(bytes: number): number;
  metrics_count_image(
    probs: number,
    labels: number,
    C: number,
    N: number,
    nb: number,
    edges: number,
    maxv: number,
    arg: number,
    counts: number,
    eceB: number,
    flags: number,
  ): number;
  metrics_sce_class(
    probs: number,
    labels: number,
    arg: number,
    N: number,
    nb: number,
    edges: number,
    sceB: number,
    hist: number,
    c: number,
  ): void;
  metrics_count_pred_u8(
    pred: number,
    labels: number,
    N: number,
    C: number,
    ignore: number,
    tables: number,
    hist: number,
  ): number;
}

/** Counts a batch of probabilities, like {@link countProbsJs}. */
export type ProbsCounter = BatchCounter<Float32Array>;

/** Counts a batch of predicted class ids, like {@link countPredJs}. */
export type PredCounter = BatchCounter<ArrayLike<number>>;

let instance: MetricsExports | null = null;
let cached: ProbsCounter | null = null;
let cachedPred: PredCounter | null = null;

/** The metrics kernels' own instance of the embedded module (made once). */
function kernels(): MetricsExports {
  instance ??= instantiateJdtWasm() as unknown as MetricsExports;
  return instance;
}

/**
 * The wasm counter over its own instance of the embedded module (created on
 * first use).
 *
 * @returns The counter.
 */
export function wasmProbsCounter(): ProbsCounter {
  cached ??= makeCounter(kernels());
  return cached;
}

/**
 * The wasm counter of predicted class ids: byte arrays (`Uint8Array`,
 * `Uint8ClampedArray`) are counted by one sweep of wasm/assembly/metrics.ts
 * `metrics_count_pred_u8`; other arrays by {@link countPredJs}.
 *
 * @returns The counter.
 */
export function wasmPredCounter(): PredCounter {
  cachedPred ??= makePredCounter(kernels());
  return cachedPred;
}

const align = (n: number) => (n + 15) & ~15;

/** Byte offsets of one image's buffers (see wasm/assembly/metrics.ts). */
interface MetricsLayout {
  probs: number;
  labels: number;
  max: number;
  arg: number;
  edges: number;
  counts: number;
  ece: number;
  sce: number;
  hist: number;
}

/** Lays one image's buffers out and reserves the memory, or throws a typed error. */
function reserveLayout(
  k: MetricsExports,
  C: number,
  N: number,
  nb: number,
): MetricsLayout {
  const probs = align(k.metrics_base());
  const labels = align(probs + 4 * C * N);
  const max = align(labels + 4 * N);
  const arg = align(max + 4 * N);
  const edges = align(arg + 4 * N);
  const counts = align(edges + 8 * (nb + 1));
  const ece = align(counts + 8 * 3 * C);
  const sce = align(ece + 8 * nb * BIN_K);
  const hist = align(sce + 8 * C * nb * BIN_K);
  // Four copies of the bins, then the two lists of metrics_sce_class.
  const end = hist + 8 * 4 * nb * BIN_K + 2 * (4096 + 16);
  if (!k.metrics_reserve(end)) {
    throw rangeError(
      "metrics",
      "input.probs",
      `(one image) needs ${end} bytes of wasm memory, more than is available`,
    );
  }
  return { probs, labels, max, arg, edges, counts, ece, sce, hist };
}

/**
 * Writes image b's labels as i32 at word `lo` (-1 where ignored), or throws a
 * typed error naming `input.labels`.
 *
 * @returns The kept pixels.
 */
function writeLabels(
  i32: Int32Array,
  lo: number,
  labels: ArrayLike<number>,
  b: number,
  N: number,
  C: number,
  ignore: number | null,
): number {
  let kept = 0;
  for (let n = 0; n < N; n++) {
    const l = labels[b * N + n];
    if (l === ignore) {
      i32[lo + n] = -1;
      continue;
    }
    if (!(Number.isInteger(l) && l >= 0 && l < C)) {
      throw badLabel(l, C, ignore);
    }
    i32[lo + n] = l;
    kept++;
  }
  return kept;
}

function makeCounter(k: MetricsExports): ProbsCounter {
  return (probs, labels, B, N, cfg) => {
    const C = cfg.numClasses, nb = cfg.numBins;
    const at = reserveLayout(k, C, N, nb);
    const mem = k.memory.buffer;
    const f32 = new Float32Array(mem);
    const i32 = new Int32Array(mem);
    new Float64Array(mem, at.edges, nb + 1).set(binEdges(nb));
    const counts = new Float64Array(mem, at.counts, 3 * C);
    const eceB = new Float64Array(mem, at.ece, nb * BIN_K);
    const sce = cfg.sceD || cfg.sceI;
    const sceB = new Float64Array(mem, at.sce, sce ? C * nb * BIN_K : 0);
    const none = new Float64Array(0);
    const flags = cfg.eceD || cfg.eceI || cfg.sceD || cfg.sceI ? 1 : 0;
    const out = emptyCounts(cfg, B);
    for (let b = 0; b < B; b++) {
      const kept = writeLabels(
        i32,
        at.labels >> 2,
        labels,
        b,
        N,
        C,
        cfg.ignoreIndex,
      );
      f32.set(probs.subarray(b * C * N, (b + 1) * C * N), at.probs >> 2);
      // deno-fmt-ignore
      const bad = k.metrics_count_image(
        at.probs, at.labels, C, N, nb, at.edges, at.max, at.arg, at.counts,
        at.ece, kept > 0 ? flags : 0,
      );
      if (bad >= 0) {
        throw rangeError(
          "metrics",
          "input.probs",
          `values must be probabilities in [0, 1], got ${
            probs[b * C * N + bad]
          } at index ${b * C * N + bad}`,
        );
      }
      if (kept === 0) continue;
      if (sce) {
        for (let c = 0; c < C; c++) {
          // deno-fmt-ignore
          k.metrics_sce_class(
            at.probs, at.labels, at.arg, N, nb, at.edges, at.sce, at.hist, c,
          );
        }
      }
      addImage(
        out,
        cfg,
        kept,
        counts.subarray(0, C),
        counts.subarray(C, 2 * C),
        counts.subarray(2 * C, 3 * C),
        flags & 1 ? eceB : none,
        sce ? sceB : none,
      );
    }
    return trimCounts(out, C);
  };
}

const isBytes = (a: ArrayLike<number>): a is Uint8Array | Uint8ClampedArray =>
  a instanceof Uint8Array || a instanceof Uint8ClampedArray;

/**
 * Whether {@link wasmPredCounter} counts these arrays in wasm: predictions and
 * labels both bytes (`Uint8Array` or `Uint8ClampedArray`, as PNG class maps
 * decode to). Other arrays are counted by {@link countPredJs}.
 *
 * @param pred Predicted class ids.
 * @param labels Class ids.
 * @returns True when both are byte arrays.
 */
export function wasmCountsPred(
  pred: ArrayLike<number>,
  labels: ArrayLike<number>,
): boolean {
  return isBytes(pred) && isBytes(labels);
}

/** Bytes of the kernel's two byte-to-cell tables (u32[256] each). */
const PRED_TABLES = 2 * 256 * 4;

/**
 * Adds one image's joint histogram (rows: label, then ignored and bad;
 * columns: prediction, then bad) into tp, pred and label counts.
 */
function sumJoint(h: Uint32Array, C: number, t: Float64Array[]): number {
  const [pred, label, tp] = t;
  pred.fill(0);
  let kept = 0;
  for (let l = 0; l < C; l++) {
    let row = 0;
    for (let a = 0, o = l * (C + 1); a < C; a++, o++) {
      row += h[o];
      pred[a] += h[o];
    }
    tp[l] = h[l * (C + 1) + l];
    label[l] = row;
    kept += row;
  }
  return kept;
}

function makePredCounter(k: MetricsExports): PredCounter {
  return (pred, labels, B, N, cfg) => {
    if (!isBytes(pred) || !isBytes(labels)) {
      return countPredJs(pred, labels, B, N, cfg);
    }
    const C = cfg.numClasses, ig = cfg.ignoreIndex;
    const ignore = ig !== null && Number.isInteger(ig) && ig >= 0 && ig < 256
      ? ig
      : -1;
    const at = align(k.metrics_base());
    const lab = align(at + N), tables = align(lab + N);
    const hist = tables + PRED_TABLES, cells = (C + 2) * (C + 1);
    if (!k.metrics_reserve(hist + 16 * cells)) {
      throw rangeError(
        "metrics",
        "input.pred",
        `(one image) needs ${
          hist + 16 * cells
        } bytes of wasm memory, more than is available`,
      );
    }
    const out = emptyCounts(cfg, B);
    const tally = [0, 1, 2].map(() => new Float64Array(C));
    const none = new Float64Array(0);
    for (let b = 0; b < B; b++) {
      const mem = new Uint8Array(k.memory.buffer);
      mem.set(pred.subarray(b * N, b * N + N), at);
      mem.set(labels.subarray(b * N, b * N + N), lab);
      // deno-fmt-ignore
      const bad = k.metrics_count_pred_u8(at, lab, N, C, ignore, tables, hist);
      if (bad >= 0) {
        const n = b * N + bad, l = labels[n];
        throw l >= C ? badLabel(l, C, ig) : badPred(pred[n], C, n);
      }
      const h = new Uint32Array(k.memory.buffer, hist, cells);
      const kept = sumJoint(h, C, tally);
      if (kept > 0) {
        addImage(out, cfg, kept, tally[2], tally[0], tally[1], none, none);
      }
    }
    return trimCounts(out, C);
  };
}
