/** Layout helpers shared by the tests. */

/**
 * A channels-last copy `[B, N, C]` of a channels-first `[B, C, N]` array.
 *
 * @param a The channels-first values.
 * @param B Images.
 * @param C Classes.
 * @param N Pixels per image.
 * @returns The channels-last values.
 */
export function toChannelsLast(
  a: ArrayLike<number>,
  B: number,
  C: number,
  N: number,
): Float32Array {
  const out = new Float32Array(B * C * N);
  for (let b = 0; b < B; b++) {
    for (let c = 0; c < C; c++) {
      for (let n = 0; n < N; n++) {
        out[(b * N + n) * C + c] = a[(b * C + c) * N + n];
      }
    }
  }
  return out;
}
