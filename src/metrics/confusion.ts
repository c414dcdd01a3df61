/**
 * The confusion matrix of a batch's hard predictions (argmax of the
 * probabilities, first maximum wins as in the counting pass, or the predicted
 * ids) against its labels, over kept pixels.
 *
 * @module
 */

import type { Batch } from "./input.ts";

/**
 * Counts a batch whose values the counting pass already checked.
 *
 * @param batch The batch (probabilities channels-first).
 * @param C Number of classes.
 * @param ignoreIndex Label of dropped pixels, or null.
 * @returns `C*C` counts, row = label, column = prediction.
 */
export function countConfusion(
  batch: Batch,
  C: number,
  ignoreIndex: number | null,
): Float64Array {
  const { probs, pred, labels, B, N } = batch;
  const m = new Float64Array(C * C);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      const l = labels[b * N + n];
      if (l === ignoreIndex) continue;
      let p = 0;
      if (probs === null) p = pred![b * N + n];
      else {
        let max = probs[b * C * N + n];
        for (let c = 1; c < C; c++) {
          const v = probs[(b * C + c) * N + n];
          if (v > max) {
            max = v;
            p = c;
          }
        }
      }
      m[l * C + p]++;
    }
  }
  return m;
}
