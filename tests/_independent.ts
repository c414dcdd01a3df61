/**
 * Independent float64 formulas for the guard tests: the loss of docs/spec.md §3
 * written directly from Σ min / Σ max (not from the library's P + Y − D
 * statistics or its host step), and helpers that compare gradients.
 */
import assert from "node:assert/strict";

/** The options the independent loss supports; every class is active. */
export interface RefOptions {
  alpha: number;
  beta: number;
  smooth: number;
  mIoUD: number;
  mIoUI: number;
}

function tverskyLoss(tp: number, fp: number, fn: number, o: RefOptions) {
  return 1 - (tp + o.smooth) / (tp + o.alpha * fp + o.beta * fn + o.smooth);
}

/**
 * `mIoUD·L_D + mIoUI·L_I` with norm 1, every class active, from predictions
 * `x` and labels `y` laid out `[B, C, N]`: tp = Σ min(x, y), fp = Σ (x − y)⁺,
 * fn = Σ (y − x)⁺.
 */
export function refLoss(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  B: number,
  C: number,
  N: number,
  o: RefOptions,
): number {
  const tp = new Float64Array(B * C), fp = new Float64Array(B * C);
  const fn = new Float64Array(B * C);
  for (let g = 0; g < B * C; g++) {
    for (let n = 0; n < N; n++) {
      const a = x[g * N + n], b = y[g * N + n];
      tp[g] += Math.min(a, b);
      fp[g] += Math.max(a - b, 0);
      fn[g] += Math.max(b - a, 0);
    }
  }
  let lossD = 0;
  for (let c = 0; c < C; c++) {
    let t = 0, p = 0, f = 0;
    for (let b = 0; b < B; b++) {
      t += tp[b * C + c];
      p += fp[b * C + c];
      f += fn[b * C + c];
    }
    lossD += tverskyLoss(t, p, f, o) / C;
  }
  let lossI = 0;
  for (let g = 0; g < B * C; g++) {
    lossI += tverskyLoss(tp[g], fp[g], fn[g], o) / (B * C);
  }
  return o.mIoUD * lossD + o.mIoUI * lossI;
}

/**
 * Central differences of `f` at every coordinate of `x` with step `h`. At a
 * kink of a piecewise-smooth `f` this is the mean of the one-sided slopes.
 */
export function centralDifferences(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  h: number,
): Float64Array {
  const at = Float64Array.from(x);
  const out = new Float64Array(at.length);
  for (let i = 0; i < at.length; i++) {
    const v = at[i];
    at[i] = v + h;
    const up = f(at);
    at[i] = v - h;
    const down = f(at);
    at[i] = v;
    out[i] = (up - down) / (2 * h);
  }
  return out;
}

/** Asserts |got − want| ≤ rel·max|want| + abs everywhere, naming the first miss. */
export function assertAllClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  rel: number,
  what: string,
  abs = 1e-12,
): void {
  assert.equal(got.length, want.length, `${what}: length`);
  let max = 0;
  for (let i = 0; i < want.length; i++) max = Math.max(max, Math.abs(want[i]));
  const tol = rel * max + abs;
  for (let i = 0; i < want.length; i++) {
    assert.ok(
      Math.abs(got[i] - want[i]) <= tol,
      `${what}: [${i}] = ${got[i]}, want ${want[i]} (tol ${tol})`,
    );
  }
}
