/**
 * Held-out scores of the training example: mIoU against the majority vote,
 * soft Dice against the annotators' soft labels, and two expected calibration
 * errors.
 *
 * @module
 */

import { jdtLoss } from "../../mod.ts";
import { C, S } from "./data.ts";
import type { Split } from "./data.ts";

/** The scores of one trained model, in percent. */
export interface Scores {
  /** Mean over classes of IoU(argmax, majority vote) over the held-out set. */
  mIoU: number;
  /** 1 − DML(probabilities, soft labels), batch level, mean over classes. */
  softDice: number;
  /** ECE, accuracy = the predicted class's share of the annotators' votes. */
  ece: number;
  /** ECE, accuracy = agreement with the majority vote. */
  eceMajority: number;
}

/** The names and directions of {@link Scores}, in table order. */
export const SCORE_COLUMNS: { key: keyof Scores; title: string }[] = [
  { key: "mIoU", title: "mIoU (%) ↑" },
  { key: "softDice", title: "soft Dice (%) ↑" },
  { key: "ece", title: "ECE (%) ↓" },
  { key: "eceMajority", title: "ECE vs majority (%) ↓" },
];

const BINS = 10;

function argmax(probs: Float32Array, i: number): number {
  let k = 0;
  for (let c = 1; c < C; c++) if (probs[i * C + c] > probs[i * C + k]) k = c;
  return k;
}

/** mIoU against the majority vote and both ECEs (10 bins of the top-1 confidence). */
function hardScores(probs: Float32Array, split: Split) {
  const P = split.majority.length;
  const inter = new Float64Array(C), union = new Float64Array(C);
  const n = new Float64Array(BINS), conf = new Float64Array(BINS);
  const agree = new Float64Array(BINS), hit = new Float64Array(BINS);
  for (let i = 0; i < P; i++) {
    const k = argmax(probs, i), lab = split.majority[i];
    for (let c = 0; c < C; c++) {
      if (k === c && lab === c) inter[c]++;
      if (k === c || lab === c) union[c]++;
    }
    const p = probs[i * C + k];
    const bin = Math.min(BINS - 1, Math.floor(p * BINS));
    n[bin]++;
    conf[bin] += p;
    agree[bin] += split.soft[i * C + k];
    hit[bin] += k === lab ? 1 : 0;
  }
  let mIoU = 0, ece = 0, eceMajority = 0;
  for (let c = 0; c < C; c++) mIoU += inter[c] / union[c] / C;
  for (let b = 0; b < BINS; b++) {
    ece += Math.abs(conf[b] - agree[b]) / P;
    eceMajority += Math.abs(conf[b] - hit[b]) / P;
  }
  return { mIoU, ece, eceMajority };
}

/**
 * Scores held-out probabilities `[B, S, S, C]` against a split's labels.
 *
 * @param probs The model's softmax output on the split's images.
 * @param split The held-out split.
 * @returns The scores in percent.
 */
export async function score(
  probs: Float32Array,
  split: Split,
): Promise<Scores> {
  const { mIoU, ece, eceMajority } = hardScores(probs, split);
  const dml = await jdtLoss(
    {
      probs,
      shape: [probs.length / (S * S * C), S, S, C],
      labels: split.soft,
    },
    { alpha: 0.5, beta: 0.5, smooth: 0, layout: "channels-last", grad: false },
  );
  return {
    mIoU: 100 * mIoU,
    softDice: 100 * (1 - dml.value),
    ece: 100 * ece,
    eceMajority: 100 * eceMajority,
  };
}
