/**
 * The "wasm" counting pass of the scoring metrics: an own instance (own
 * memory) of the project's WebAssembly module, running the kernel of
 * wasm/assembly/metrics.ts one image at a time, finished by the same host
 * code as the js pass (so both give identical counts).
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import { instantiateJdtWasm } from "./module.ts";
import {
  addImage,
  type BatchCounts,
  BIN_K,
  binEdges,
  type CountConfig,
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
}

/** Counts a batch of probabilities, like {@link countProbsJs}. */
export type ProbsCounter = (
  probs: Float32Array,
  labels: ArrayLike<number>,
  B: number,
  N: number,
  cfg: CountConfig,
) => BatchCounts;

let cached: ProbsCounter | null = null;

/**
 * The wasm counter over its own instance of the embedded module (created on
 * first use).
 *
 * @returns The counter.
 */
export function wasmProbsCounter(): ProbsCounter {
  cached ??= makeCounter(instantiateJdtWasm() as unknown as MetricsExports);
  return cached;
}

const align = (n: number) => (n + 15) & ~15;

function makeCounter(k: MetricsExports): ProbsCounter {
  return (probs, labels, B, N, cfg) => {
    const C = cfg.numClasses;
    const nb = cfg.numBins;
    // Layout (see wasm/assembly/metrics.ts).
    const pProbs = align(k.metrics_base());
    const pLabels = align(pProbs + 4 * C * N);
    const pMax = align(pLabels + 4 * N);
    const pArg = align(pMax + 4 * N);
    const pEdges = align(pArg + 4 * N);
    const pCounts = align(pEdges + 8 * (nb + 1));
    const pEce = align(pCounts + 8 * 3 * C);
    const pSce = align(pEce + 8 * nb * BIN_K);
    const pHist = align(pSce + 8 * C * nb * BIN_K);
    const end = pHist + 8 * 4 * nb * BIN_K;
    if (!k.metrics_reserve(end)) {
      throw new JdtRangeError(
        "input.probs",
        `Cannot compute metrics: one image needs ${end} bytes of wasm memory, more than is available`,
      );
    }
    const mem = k.memory.buffer;
    const f32 = new Float32Array(mem);
    const i32 = new Int32Array(mem);
    new Float64Array(mem, pEdges, nb + 1).set(binEdges(nb));
    const counts = new Float64Array(mem, pCounts, 3 * C);
    const eceB = new Float64Array(mem, pEce, nb * BIN_K);
    const sce = cfg.sceD || cfg.sceI;
    const sceB = new Float64Array(mem, pSce, sce ? C * nb * BIN_K : 0);
    const none = new Float64Array(0);
    const flags = cfg.eceD || cfg.eceI || cfg.sceD || cfg.sceI ? 1 : 0;
    const out = emptyCounts(cfg, B);
    const ignore = cfg.ignoreIndex;
    for (let b = 0; b < B; b++) {
      let kept = 0;
      const lo = pLabels >> 2;
      for (let n = 0; n < N; n++) {
        const l = labels[b * N + n];
        if (l === ignore) {
          i32[lo + n] = -1;
          continue;
        }
        if (!(Number.isInteger(l) && l >= 0 && l < C)) {
          const allowed = ignore === null
            ? `in [0, ${C})`
            : `in [0, ${C}) or equal to ignoreIndex (${ignore})`;
          throw new JdtRangeError(
            "input.labels",
            `Cannot compute metrics: input.labels values must be ${allowed}, got ${l}`,
          );
        }
        i32[lo + n] = l;
        kept++;
      }
      f32.set(probs.subarray(b * C * N, (b + 1) * C * N), pProbs >> 2);
      const bad = k.metrics_count_image(
        pProbs,
        pLabels,
        C,
        N,
        nb,
        pEdges,
        pMax,
        pArg,
        pCounts,
        pEce,
        kept > 0 ? flags : 0,
      );
      if (bad >= 0) {
        throw new JdtRangeError(
          "input.probs",
          `Cannot compute metrics: input.probs values must be probabilities in [0, 1], got ${
            probs[b * C * N + bad]
          } at index ${b * C * N + bad}`,
        );
      }
      if (kept === 0) continue;
      if (sce) {
        for (let c = 0; c < C; c++) {
          k.metrics_sce_class(
            pProbs,
            pLabels,
            pArg,
            N,
            nb,
            pEdges,
            pSce,
            pHist,
            c,
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
