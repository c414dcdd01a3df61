/** Random metric batches shared by the metrics tests. */

/**
 * A seeded batch `[B, C, N]` of probabilities (about 10% of pixels with tied
 * maxima, to check the argmax tie rule) and labels (about 10% `ignoreIndex`
 * when it is given).
 */
export function randomBatch(
  seed: number,
  B: number,
  C: number,
  N: number,
  ignoreIndex: number | null = 255,
): { probs: Float32Array; labels: Uint8Array; shape: number[] } {
  let s = seed >>> 0;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const probs = new Float32Array(B * C * N);
  const labels = new Uint8Array(B * N);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let t = 0;
      const e = [];
      for (let c = 0; c < C; c++) t += e[c] = rnd() ** 3;
      // Some pixels with tied maxima, to check the tie rule.
      if (rnd() < 0.1) e[C - 1] = e[0];
      t = e.reduce((a, v) => a + v, 0);
      for (let c = 0; c < C; c++) probs[(b * C + c) * N + n] = e[c] / t;
      labels[b * N + n] = ignoreIndex !== null && rnd() < 0.1
        ? ignoreIndex
        : Math.floor(rnd() * C);
    }
  }
  return { probs, labels, shape: [B, C, N] };
}
