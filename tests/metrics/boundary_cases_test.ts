/**
 * The boundary accumulator over cases: means of finite values, counts of
 * undefined and infinite ones, exact merge and JSON with Infinity written
 * explicitly.
 */
import assert from "node:assert/strict";
import {
  BoundaryAccumulator,
  boundaryMetrics,
  createBoundaryAccumulator,
  JdtTypeError,
} from "../../mod.ts";
import { throwsNaming } from "../_assert.ts";

const shape = [1, 6];
const label = new Uint8Array([1, 1, 0, 0, 2, 2]);
const opts = { tolerance: [1, 3], classes: [1, 2, 3] };
// case a: class 1 exact; class 2 shifted one pixel left; class 3 in neither.
const a = boundaryMetrics(
  { pred: new Uint8Array([1, 1, 0, 2, 2, 0]), label, shape },
  opts,
);
// case b: class 1 missing from the prediction; class 2 exact.
const b = boundaryMetrics(
  { pred: new Uint8Array([0, 0, 0, 0, 2, 2]), label, shape },
  opts,
);

function filled() {
  return createBoundaryAccumulator().add("a", a).add("b", b);
}

Deno.test("boundary cases: mean of finite values, null and Infinity counted", () => {
  // Hand-worked: class 1 hd: a 0, b Infinity (one mask empty, MONAI);
  // hd95: a 0, b null (MONAI's NaN). Class 2 hd: a 1, b 0.
  assert.equal(b.classes[0].hd, Infinity);
  const [c1, c2, c3] = filled().summary();
  assert.deepEqual(c1.hd, { mean: 0, n: 1, undefined: 0, infinite: 1 });
  assert.deepEqual(c1.hd95, { mean: 0, n: 1, undefined: 1, infinite: 0 });
  assert.deepEqual(c1.nsd, [
    { mean: 0.5, n: 2, undefined: 0, infinite: 0 },
    { mean: 0.5, n: 2, undefined: 0, infinite: 0 },
  ]);
  assert.equal(c2.hd.mean, 0.5);
  assert.equal(c2.cases, 2);
  assert.deepEqual(c3.hd, { mean: null, n: 0, undefined: 2, infinite: 0 });
});

Deno.test("boundary cases: JSON writes Infinity as a string and round-trips exactly", () => {
  const acc = filled();
  const text = JSON.stringify(acc);
  const parsed = JSON.parse(text);
  assert.equal(parsed.cases[1].classes[0].hd, "Infinity");
  assert.equal(parsed.cases[1].classes[0].hd95, null);
  const back = BoundaryAccumulator.fromJSON(parsed);
  assert.deepEqual(back.cases, acc.cases);
  assert.deepEqual(back.summary(), acc.summary());
  assert.equal(JSON.stringify(back), text);
  const bad = structuredClone(parsed);
  bad.cases[0].classes[1].hd = -1;
  throwsNaming(
    () => BoundaryAccumulator.fromJSON(bad),
    JdtTypeError,
    "json.cases[0].classes[1].hd",
  );
});

Deno.test("boundary cases: merge equals adding every case to one accumulator", () => {
  const one = createBoundaryAccumulator().add("a", a);
  const two = createBoundaryAccumulator().add("b", b);
  const merged = one.merge(two);
  assert.deepEqual(merged.summary(), filled().summary());
  assert.deepEqual(merged.cases.map((c) => c.case), ["a", "b"]);
  // A class with a different number of tolerances is refused.
  const single = boundaryMetrics(
    { pred: label, label, shape },
    { tolerance: 1 },
  );
  throwsNaming(() => filled().add("c", single), JdtTypeError, "result");
  assert.equal(filled().cases.length, 2, "a refused case is not added");
});
