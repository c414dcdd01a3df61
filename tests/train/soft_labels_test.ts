import assert from "node:assert/strict";
import { throwsNaming } from "../_assert.ts";
import { toChannelsLast } from "../_layout.ts";
import fc from "npm:fast-check@4.11.0";
import {
  averageAnnotators,
  distillationTargets,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
  labelSmoothing,
} from "../../mod.ts";
import type { HardLabels } from "../../mod.ts";

Deno.test("labelSmoothing() gives (1 − eps)·onehot + eps/C per pixel", () => {
  // C = 4, eps = 0.2: the labelled class gets 0.8 + 0.05 = 0.85, the others 0.05.
  const s = labelSmoothing(new Uint8Array([2, 0]), {
    numClasses: 4,
    shape: [1, 2],
    epsilon: 0.2,
  });
  assert.deepEqual(s.shape, [1, 4, 2]);
  assert.equal(s.keepMask, undefined);
  const f = Math.fround;
  // channels-first [B=1, C=4, N=2]: class c of pixel n at c*2 + n.
  assert.deepEqual(Array.from(s.labels), [
    f(0.05),
    f(0.85), // class 0: pixel 0 (label 2), pixel 1 (label 0)
    f(0.05),
    f(0.05), // class 1
    f(0.85),
    f(0.05), // class 2
    f(0.05),
    f(0.05), // class 3
  ]);
});

Deno.test("labelSmoothing() drops ignoreIndex pixels with a keep mask and zero labels", () => {
  const s = labelSmoothing(new Int32Array([1, 255, 0]), {
    numClasses: 2,
    shape: [1, 3],
    epsilon: 0.1,
    ignoreIndex: 255,
  });
  assert.deepEqual(Array.from(s.keepMask!), [1, 0, 1]);
  // class 0: 0.05, 0, 0.95; class 1: 0.95, 0, 0.05.
  const f = Math.fround;
  assert.deepEqual(Array.from(s.labels), [
    f(0.05),
    0,
    f(0.95),
    f(0.95),
    0,
    f(0.05),
  ]);
});

Deno.test("labelSmoothing() channels-last is the transpose of channels-first", () => {
  const labels = new Uint16Array([0, 3, 2, 1, 1, 2]); // [B=2, H=1, W=3]
  const opts = { numClasses: 4, shape: [2, 1, 3], epsilon: 0.3 };
  const first = labelSmoothing(labels, opts);
  const last = labelSmoothing(labels, { ...opts, layout: "channels-last" });
  assert.deepEqual(first.shape, [2, 4, 1, 3]);
  assert.deepEqual(last.shape, [2, 1, 3, 4]);
  assert.deepEqual(last.labels, toChannelsLast(first.labels, 2, 4, 3));
});

Deno.test("labelSmoothing() rows sum to 1 and lie in [0, 1] (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 6 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
      (C, eps, raw) => {
        const labels = Int32Array.from(raw, (v) => v % C);
        const s = labelSmoothing(labels, {
          numClasses: C,
          shape: [1, labels.length],
          epsilon: eps,
          layout: "channels-last",
        });
        for (let n = 0; n < labels.length; n++) {
          let sum = 0;
          for (let c = 0; c < C; c++) {
            const v = s.labels[n * C + c];
            assert.ok(v >= 0 && v <= 1);
            sum += v;
          }
          assert.ok(Math.abs(sum - 1) < 1e-6, `sum ${sum}`);
        }
      },
    ),
  );
});

Deno.test("labelSmoothing() rejects bad input naming the argument", () => {
  const labels = new Uint8Array([0, 1]);
  const ok = { numClasses: 2, shape: [1, 2], epsilon: 0.1 };
  throwsNaming(
    () => labelSmoothing(labels, { ...ok, epsilon: 1.5 }),
    JdtRangeError,
    "options.epsilon",
  );
  throwsNaming(
    () => labelSmoothing(labels, { ...ok, epsilon: NaN }),
    JdtRangeError,
    "options.epsilon",
  );
  throwsNaming(
    // @ts-expect-error: a string epsilon
    () => labelSmoothing(labels, { ...ok, epsilon: "0.1" }),
    JdtTypeError,
    "options.epsilon",
  );
  throwsNaming(
    () => labelSmoothing(labels, { ...ok, numClasses: 0 }),
    JdtRangeError,
    "options.numClasses",
  );
  throwsNaming(
    () => labelSmoothing(labels, { ...ok, shape: [1, 3] }),
    JdtRangeError,
    "labels",
  );
  throwsNaming(
    () => labelSmoothing(labels, { ...ok, shape: [1, -2] }),
    JdtRangeError,
    "options.shape",
  );
  throwsNaming(
    () => labelSmoothing(new Uint8Array([0, 2]), ok),
    JdtRangeError,
    "labels",
  );
  throwsNaming(
    () => labelSmoothing(new Float32Array([0, 1]) as unknown as HardLabels, ok),
    JdtTypeError,
    "labels",
  );
  throwsNaming(
    // @ts-expect-error: a misspelt option
    () => labelSmoothing(labels, { ...ok, ignore_index: 255 }),
    JdtTypeError,
    "options.ignore_index",
  );
  throwsNaming(
    // @ts-expect-error: an unknown layout
    () => labelSmoothing(labels, { ...ok, layout: "NHWC" }),
    JdtTypeError,
    "options.layout",
  );
});

Deno.test("distillationTargets() is softmax(z / T) over the class axis", () => {
  // One pixel, logits (0, ln 3) at T = 1: softmax = (1, 3) / 4.
  // At T = 2: exp(z / 2) = (1, √3), so (1, √3) / (1 + √3).
  const z = new Float32Array([0, Math.log(3)]);
  const t1 = distillationTargets(z, { shape: [1, 2, 1] });
  assert.ok(Math.abs(t1.labels[0] - 0.25) < 1e-7);
  assert.ok(Math.abs(t1.labels[1] - 0.75) < 1e-7);
  const t2 = distillationTargets(z, { shape: [1, 2, 1], temperature: 2 });
  const r = Math.sqrt(3); // exp(ln 3 / 2); ln 3 rounded to float32 moves it by < 1e-7

  assert.ok(Math.abs(t2.labels[0] - 1 / (1 + r)) < 1e-7);
  assert.ok(Math.abs(t2.labels[1] - r / (1 + r)) < 1e-7);
  assert.deepEqual(t2.shape, [1, 2, 1]);
});

Deno.test("distillationTargets() works per pixel in both layouts and is stable for large logits", () => {
  // [B=1, C=3, N=2], channels-first: pixel 0 logits (1000, 1000, -1000) -> (0.5, 0.5, 0);
  // pixel 1 logits (0, 0, 0) -> 1/3 each.
  const first = new Float32Array([1000, 0, 1000, 0, -1000, 0]);
  const a = distillationTargets(first, { shape: [1, 3, 2] });
  const third = Math.fround(1 / 3);
  assert.deepEqual(Array.from(a.labels), [0.5, third, 0.5, third, 0, third]);
  const last = toChannelsLast(first, 1, 3, 2);
  const b = distillationTargets(last, {
    shape: [1, 2, 3],
    layout: "channels-last",
  });
  assert.deepEqual(b.labels, toChannelsLast(a.labels, 1, 3, 2));
});

Deno.test("distillationTargets() rejects bad input naming the argument", () => {
  const z = new Float32Array([0, 1]);
  throwsNaming(
    () => distillationTargets(z, { shape: [1, 2, 1], temperature: 0 }),
    JdtRangeError,
    "options.temperature",
  );
  throwsNaming(
    () => distillationTargets(z, { shape: [1, 3, 1] }),
    JdtRangeError,
    "teacherLogits",
  );
  throwsNaming(
    () => distillationTargets(z, { shape: [2] }),
    JdtRangeError,
    "options.shape",
  );
  throwsNaming(
    () =>
      distillationTargets(new Float32Array([0, Infinity]), {
        shape: [1, 2, 1],
      }),
    JdtRangeError,
    "teacherLogits",
  );
  throwsNaming(
    () =>
      distillationTargets([0, 1] as unknown as Float32Array, {
        shape: [1, 2, 1],
      }),
    JdtTypeError,
    "teacherLogits",
  );
});

Deno.test("averageAnnotators() averages one-hot labels over the annotators that did not ignore", () => {
  // Three annotators, C = 3, four pixels; ignoreIndex 9.
  //   pixel 0: 0, 0, 1   -> (2/3, 1/3, 0)
  //   pixel 1: 2, 9, 2   -> two voters, both 2 -> (0, 0, 1)
  //   pixel 2: 9, 9, 9   -> dropped: zeros, keep 0
  //   pixel 3: 0, 1, 2   -> (1/3, 1/3, 1/3)
  const a = new Uint8Array([0, 2, 9, 0]);
  const b = new Uint8Array([0, 9, 9, 1]);
  const c = new Uint8Array([1, 2, 9, 2]);
  const s = averageAnnotators([a, b, c], {
    numClasses: 3,
    shape: [1, 2, 2],
    ignoreIndex: 9,
  });
  assert.deepEqual(s.shape, [1, 3, 2, 2]);
  assert.deepEqual(Array.from(s.keepMask!), [1, 1, 0, 1]);
  const f = Math.fround;
  assert.deepEqual(Array.from(s.labels), [
    f(2 / 3),
    0,
    0,
    f(1 / 3), // class 0 over pixels 0..3
    f(1 / 3),
    0,
    0,
    f(1 / 3), // class 1
    0,
    1,
    0,
    f(1 / 3), // class 2
  ]);
});

Deno.test("averageAnnotators() of one annotator equals labelSmoothing with eps 0", () => {
  const labels = new Int32Array([3, 0, 1, 1, 2, 0]);
  const opts = {
    numClasses: 4,
    shape: [2, 3],
    layout: "channels-last" as const,
  };
  assert.deepEqual(
    averageAnnotators([labels], opts),
    labelSmoothing(labels, { ...opts, epsilon: 0 }),
  );
});

Deno.test("averageAnnotators() rejects bad input naming the argument", () => {
  const ok = { numClasses: 2, shape: [1, 2] };
  throwsNaming(() => averageAnnotators([], ok), JdtRangeError, "annotations");
  throwsNaming(
    () => averageAnnotators([new Uint8Array([0, 1]), new Uint8Array([0])], ok),
    JdtRangeError,
    "annotations[1]",
  );
  throwsNaming(
    () =>
      averageAnnotators([new Uint8Array([0, 1]), new Uint8Array([0, 7])], ok),
    JdtRangeError,
    "annotations[1]",
  );
  throwsNaming(
    () =>
      averageAnnotators(new Uint8Array([0, 1]) as unknown as HardLabels[], ok),
    JdtTypeError,
    "annotations",
  );
});

Deno.test("soft labels spread into jdtLoss: JML of the labels against themselves is 0", async () => {
  const a = new Uint8Array([0, 1, 2, 255, 1, 1]);
  const b = new Uint8Array([0, 2, 2, 255, 1, 0]);
  const soft = averageAnnotators([a, b], {
    numClasses: 3,
    shape: [2, 3],
    ignoreIndex: 255,
    layout: "channels-last",
  });
  const r = await jdtLoss(
    { probs: soft.labels, ...soft },
    { backend: "js", layout: "channels-last", smooth: 0 },
  );
  assert.equal(r.value, 0);
  // and it is positive against a different prediction
  const other = labelSmoothing(a.map((v) => (v === 255 ? 255 : (v + 1) % 3)), {
    numClasses: 3,
    shape: [2, 3],
    epsilon: 0.1,
    ignoreIndex: 255,
    layout: "channels-last",
  });
  const r2 = await jdtLoss(
    { probs: other.labels, ...soft },
    { backend: "js", layout: "channels-last" },
  );
  assert.ok(r2.value > 0.1);
});
