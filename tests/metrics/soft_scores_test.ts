import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { sizes } from "../_random.ts";
import { softScores } from "../../src/metrics/soft_scores.ts";
import { createMetrics } from "../../src/metrics/accumulator.ts";
import {
  EmptyMetricsError,
  JdtRangeError,
  JdtTypeError,
} from "../../src/core/errors.ts";

/** Weighted Jaccard Σmin/Σmax and 2Σmin/(Σx+Σy): other forms of 1 − JML and 1 − DML. */
function viaMinMax(x: number[], y: number[]): [number, number] {
  let mn = 0, mx = 0, sx = 0, sy = 0;
  for (let i = 0; i < x.length; i++) {
    mn += Math.min(x[i], y[i]);
    mx += Math.max(x[i], y[i]);
    sx += x[i];
    sy += y[i];
  }
  return mx === 0 ? [100, 100] : [100 * mn / mx, 200 * mn / (sx + sy)];
}

const unit = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1),
).map(Math.fround);

Deno.test("softScores() per group equals the weighted Jaccard and Dice of the two vectors", () => {
  fc.assert(
    fc.property(
      ...sizes(3, 4, 20),
      fc.infiniteStream(unit),
      (B, C, N, stream) => {
        const it = stream[Symbol.iterator]();
        const pred = Float32Array.from(
          { length: B * C * N },
          () => it.next().value,
        );
        const target = Float32Array.from(
          { length: B * C * N },
          () => it.next().value,
        );
        const s = softScores({ pred, target, shape: [B, C, N] });
        for (let c = 0; c < C; c++) {
          const x: number[] = [], y: number[] = [];
          for (let b = 0; b < B; b++) {
            const xi: number[] = [], yi: number[] = [];
            for (let n = 0; n < N; n++) {
              xi.push(pred[(b * C + c) * N + n]);
              yi.push(target[(b * C + c) * N + n]);
            }
            const [j, d] = viaMinMax(xi, yi);
            assert.ok(Math.abs(s.jaccardI[b * C + c] - j) < 1e-9);
            assert.ok(Math.abs(s.diceI[b * C + c] - d) < 1e-9);
            x.push(...xi);
            y.push(...yi);
          }
          const [j, d] = viaMinMax(x, y);
          assert.ok(Math.abs(s.jaccardD[c] - j) < 1e-9);
          assert.ok(Math.abs(s.diceD[c] - d) < 1e-9);
        }
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("softScores() is 100 for identical inputs and symmetric", () => {
  fc.assert(
    fc.property(
      fc.array(unit, { minLength: 6, maxLength: 60 }),
      fc.array(unit, { minLength: 60, maxLength: 60 }),
      (a, b0) => {
        const n = a.length - (a.length % 3);
        const x = Float32Array.from(a.slice(0, n));
        const y = Float32Array.from(b0.slice(0, n));
        const shape = [1, 3, n / 3];
        assert.equal(softScores({ pred: x, target: x, shape }).mJaccardD, 100);
        const xy = softScores({ pred: x, target: y, shape });
        const yx = softScores({ pred: y, target: x, shape });
        assert.ok(Math.abs(xy.mJaccardI - yx.mJaccardI) < 1e-9);
        assert.ok(Math.abs(xy.mDiceD - yx.mDiceD) < 1e-9);
        assert.ok(
          xy.mJaccardD >= 0 && xy.mJaccardD <= 100 &&
            xy.mDiceD >= xy.mJaccardD - 1e-9,
        );
      },
    ),
  );
});

Deno.test("softScores() with one-hot prediction and hard target equals the hard IoU and Dice", () => {
  // C = 3, 6 pixels; prediction one-hot of pred ids.
  const ids = [0, 1, 1, 2, 2, 0];
  const labels = new Uint8Array([0, 1, 2, 2, 255, 1]);
  const pred = new Float32Array(18);
  ids.forEach((c, n) => (pred[c * 6 + n] = 1));
  const s = softScores({ pred, target: labels, shape: [1, 3, 6] }, {
    ignoreIndex: 255,
  });
  const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
  m.add({ pred: Uint8Array.from(ids), shape: [1, 6], labels });
  const rows = m.perClass();
  for (let c = 0; c < 3; c++) {
    assert.ok(Math.abs(s.jaccardD[c] - rows[c].iou) < 1e-9);
    assert.ok(Math.abs(s.diceD[c] - rows[c].dice) < 1e-9);
  }
});

Deno.test("softScores() smooth acts as one extra shared coordinate", () => {
  const pred = new Float32Array([0.25, 0.5]);
  const target = new Float32Array([0.75, 0]);
  const s = softScores({ pred, target, shape: [1, 1, 2] }, { smooth: 0.5 });
  const [j, d] = viaMinMax([0.25, 0.5, 0.5], [0.75, 0, 0.5]);
  assert.ok(Math.abs(s.jaccardD[0] - j) < 1e-12);
  assert.ok(Math.abs(s.diceD[0] - d) < 1e-12);
});

Deno.test("softScores() skips images with no kept pixel and rejects bad input", () => {
  const pred = new Float32Array([0.5, 0.5, 0.5, 0.5]);
  const s = softScores({
    pred,
    target: new Uint8Array([1, 9]),
    shape: [2, 2, 1],
  }, { ignoreIndex: 9 });
  assert.ok(Number.isNaN(s.jaccardI[2]));
  // Image 0 only: class 0 is 0.5 vs 0 (min/max 0), class 1 is 0.5 vs 1 (0.5).
  assert.equal(s.mJaccardI, 25);
  assert.throws(
    () =>
      softScores({ pred, target: new Uint8Array([9, 9]), shape: [2, 2, 1] }, {
        ignoreIndex: 9,
      }),
    EmptyMetricsError,
  );
  assert.throws(
    () =>
      softScores({ pred, target: new Uint8Array([0, 5]), shape: [2, 2, 1] }),
    JdtRangeError,
  );
  assert.throws(
    () => softScores({ pred, target: new Float32Array(3), shape: [2, 2, 1] }),
    JdtTypeError,
  );
  assert.throws(
    () =>
      softScores({
        pred: new Float32Array([2, 0, 0, 0]),
        target: pred,
        shape: [2, 2, 1],
      }),
    JdtRangeError,
  );
  assert.throws(
    () => softScores({ pred, target: pred, shape: [2, 2, 1] }, { smooth: -1 }),
    JdtRangeError,
  );
});

Deno.test("softScores() stays in [0, 100] where rounding of (Σx + Σy − Σ|x − y|) / 2 goes below 0", () => {
  // Found by the property above: nearly disjoint masses, where tp computed from the
  // sums came out as −1e-16 and the batch Jaccard score as −3.7e-15.
  const x = new Float32Array(18), y = new Float32Array(18);
  x[2] = 1;
  x[13] = 2.5992574759214904e-10;
  y[7] = 1;
  y[15] = 1;
  y[17] = 1.1102231569740545e-16;
  const s = softScores({ pred: x, target: y, shape: [1, 3, 6] });
  for (
    const v of [
      s.mJaccardD,
      s.mDiceD,
      s.mJaccardI,
      s.mDiceI,
      ...s.jaccardD,
      ...s.diceD,
    ]
  ) {
    assert.ok(v >= 0 && v <= 100, `${v}`);
  }
});
