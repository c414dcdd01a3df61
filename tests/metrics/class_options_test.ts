/**
 * Class selection options of the metrics accumulator: `classes`,
 * `includeBackground`, several ignore values and what an empty class scores,
 * against values worked out by hand on a two-image example.
 */
import assert from "node:assert/strict";
import {
  createMetrics,
  JdtRangeError,
  JdtTypeError,
  type MetricsOptions,
  SegmentationMetrics,
} from "../../mod.ts";
import { throwsNaming } from "../_assert.ts";

// C = 3, two images of 4 pixels.
// image 0: class 0 tp 1 / pred 1 / label 2; class 1 tp 2 / pred 3 / label 2; class 2 absent.
// image 1: class 0 tp 3 / pred 3 / label 4; class 1 absent; class 2 tp 0 / pred 1 / label 0.
const labels = new Uint8Array([0, 0, 1, 1, 0, 0, 0, 0]);
const pred = new Uint8Array([0, 1, 1, 1, 0, 0, 0, 2]);

function values(extra: Partial<MetricsOptions>) {
  const m = createMetrics({ numClasses: 3, ...extra });
  m.add({ pred, shape: [2, 4], labels });
  return m.value();
}

function close(actual: number | undefined, expected: number, key: string) {
  assert.ok(
    Math.abs((actual ?? NaN) - expected) < 1e-9,
    `${key}: ${actual} vs ${expected}`,
  );
}

Deno.test("empty: reference, skip and one score the hand-worked means", () => {
  const ref = values({});
  close(ref.mIoUD, 100 * (2 / 3 + 2 / 3 + 0) / 3, "ref mIoUD");
  close(ref.mIoUI, 100 * (7 / 12 + 3 / 4) / 2, "ref mIoUI");
  close(ref.mIoUC, 100 * (5 / 8 + 2 / 3) / 2, "ref mIoUC");
  const skip = values({ empty: "skip" });
  close(skip.mIoUD, 100 * 2 / 3, "skip mIoUD"); // class 2 never labelled
  close(skip.mIoUI, 100 * (7 / 12 + 3 / 4) / 2, "skip mIoUI");
  const one = values({ empty: "one" });
  close(one.mIoUD, 100 * 4 / 9, "one mIoUD"); // class 2 predicted: 0
  // image 0: (1/2 + 2/3 + 1) / 3; image 1: (3/4 + 1 + 0) / 3
  close(one.mIoUI, 100 * (13 / 18 + 7 / 12) / 2, "one mIoUI");
  // class 0: (1/2 + 3/4)/2; class 1: (2/3 + 1)/2; class 2: (1 + 0)/2
  close(one.mIoUC, 100 * (5 / 8 + 5 / 6 + 1 / 2) / 3, "one mIoUC");
  close(one.mDiceD, 100 * (2 * (8 / 10) / 1 + 0) / 3, "one mDiceD");
});

Deno.test("classes and includeBackground restrict the per-class means only", () => {
  const all = values({});
  const noBg = values({ includeBackground: false });
  close(noBg.mIoUD, 100 * (2 / 3 + 0) / 2, "mIoUD");
  // image 1 has no labelled class left: it drops out of the image mean.
  close(noBg.mIoUI, 100 * 2 / 3, "mIoUI");
  close(noBg.mIoUC, 100 * 2 / 3, "mIoUC");
  assert.equal(noBg.Acc, all.Acc, "pixel accuracy is over every class");
  const only1 = values({ classes: [1] });
  close(only1.mDiceD, 100 * 4 / 5, "classes [1] mDiceD");
  assert.deepEqual(
    values({ classes: [1, 0, 1], includeBackground: false }),
    only1,
  );
});

/** Scores with the listed labels' pixels removed from the arrays. */
function withoutPixels(
  drop: number[],
  l: ArrayLike<number>,
  p: ArrayLike<number>,
) {
  const keep: number[] = [];
  for (let i = 0; i < l.length; i++) if (!drop.includes(l[i])) keep.push(i);
  const m = createMetrics({
    numClasses: 3,
    accuracyI: false,
    accuracyC: false,
  });
  m.add({
    pred: Uint8Array.from(keep, (i) => p[i]),
    shape: [1, keep.length],
    labels: Uint8Array.from(keep, (i) => l[i]),
  });
  return m.value();
}

Deno.test("ignoreIndex: several values drop all their pixels, for each label type", () => {
  const l = [0, 255, 1, 2, 2, 0, 1, 255, 1];
  const p = [1, 2, 1, 2, 0, 0, 1, 1, 1];
  const want = withoutPixels([0, 255], l, p);
  const types = [Uint8Array, Uint16Array, Int32Array] as const;
  for (const T of types) {
    const m = createMetrics({
      numClasses: 3,
      ignoreIndex: [255, 0],
      accuracyI: false,
      accuracyC: false,
      confusionMatrix: true,
    });
    const labelsT = T.from(l);
    m.add({ pred: T.from(p), shape: [1, 9], labels: labelsT });
    assert.deepEqual(m.value(), want, T.name);
    assert.deepEqual(
      Array.from(labelsT),
      l,
      "the caller's labels are unchanged",
    );
    assert.equal(m.confusionMatrix()[0].reduce((a, b) => a + b), 0);
    assert.equal(m.keptPixels, 5);
    const back = SegmentationMetrics.fromJSON(JSON.parse(JSON.stringify(m)));
    assert.deepEqual(back.value(), want, "JSON round trip");
    assert.deepEqual(back.merge(m).keptPixels, 10, "merge");
  }
  // -1 and 7 in Int32 labels, 7 out of any class.
  const m = createMetrics({ numClasses: 3, ignoreIndex: [-1, 7] });
  m.add({
    pred: new Int32Array([0, 1, 2]),
    shape: [1, 3],
    labels: new Int32Array([-1, 7, 2]),
  });
  assert.equal(m.keptPixels, 1);
});

Deno.test("class options: bad values are typed errors naming the option", () => {
  const make = (o: Partial<MetricsOptions>) => () =>
    createMetrics({ numClasses: 3, ...o });
  throwsNaming(make({ classes: [3] }), JdtRangeError, "options.classes");
  throwsNaming(make({ classes: [] }), JdtTypeError, "options.classes");
  throwsNaming(make({ classes: [-1] }), JdtRangeError, "options.classes");
  throwsNaming(
    make({ classes: [0], includeBackground: false }),
    JdtRangeError,
    "options.classes",
  );
  throwsNaming(make({ ignoreIndex: [] }), JdtRangeError, "options.ignoreIndex");
  throwsNaming(
    make({ ignoreIndex: [1.5] }),
    JdtTypeError,
    "options.ignoreIndex",
  );
  throwsNaming(
    make({ empty: "zero" as "one" }),
    JdtTypeError,
    "options.empty",
  );
  throwsNaming(
    () => createMetrics({ numClasses: 2, binary: true, classes: [1] }),
    JdtRangeError,
    "options.binary",
  );
  const a = createMetrics({ numClasses: 3, includeBackground: false });
  throwsNaming(
    () => a.merge(createMetrics({ numClasses: 3 })),
    JdtTypeError,
    "other",
  );
});
