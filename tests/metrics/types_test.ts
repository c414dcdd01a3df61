/**
 * Type-level checks of the metric values (compiled by `deno check` and
 * `deno test`): a typo in a metric key, or a worst-case key whose q is not a
 * number, fails type checking.
 */
import assert from "node:assert/strict";
import { createMetrics, type MetricValues } from "../../mod.ts";

Deno.test("MetricValues spells out its keys: typos fail deno check", () => {
  const m = createMetrics({ numClasses: 2, q: 5 }).add({
    pred: new Uint8Array([0, 1, 1, 1]),
    shape: [1, 4],
    labels: new Uint8Array([0, 1, 1, 0]),
  });
  const v: MetricValues = m.value();
  const keys: (number | undefined)[] = [
    v.Acc,
    v.mIoUD,
    v.mDiceI,
    v.mAccCQ,
    v.mIoUI5,
    v["mDiceC2.5"],
  ];
  // @ts-expect-error: "mIOUD" is not a metric key (mIoUD is).
  const typo = v.mIOUD;
  // @ts-expect-error: the q of a worst-case key is a number.
  const q = v.mIoUIx;
  // @ts-expect-error: no "D" variant of a worst-case key.
  const d = v.mIoUD5;
  assert.equal(typo, undefined);
  assert.equal(q, undefined);
  assert.equal(d, undefined);
  assert.equal(keys[0], 75);
  assert.equal(typeof keys[4], "number");
});
