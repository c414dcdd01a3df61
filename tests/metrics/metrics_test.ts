import assert from "node:assert/strict";
import { randomBatch } from "../_metrics_data.ts";
import fc from "npm:fast-check@4.11.0";
import { createMetrics, SegmentationMetrics } from "../../mod.ts";
import {
  EmptyMetricsError,
  JdtRangeError,
  JdtTypeError,
} from "../../src/core/errors.ts";
import { type GoldenMetricCase, loadMetricCases } from "../_golden.ts";

/** Metric values by key, for tests that loop over keys. */
type MetricValues = Record<string, number>;

const cases = loadMetricCases();

function close(got: number, want: number | null): boolean {
  if (want === null) return Number.isNaN(got);
  return Math.abs(got - want) <= 0.001 + 1e-5 * Math.abs(want);
}

function run(c: GoldenMetricCase): MetricValues {
  return createMetrics({ ...c.options }).add({
    probs: Float32Array.from(c.prob),
    shape: c.shape,
    labels: Int32Array.from(c.label),
  }).value() as MetricValues;
}

/**
 * An independent, deliberately plain implementation of docs/spec.md §6 for the
 * test: per-pixel loops over nested arrays, no shared code with the library.
 * It is checked against every golden value that is not a reference artifact,
 * then used to compute the expectation of the artifact keys.
 */
function oracle(c: GoldenMetricCase): MetricValues {
  const { numClasses: C, ignoreIndex: ig, q, binary, numBins: nb } = c.options;
  const [B] = c.shape;
  const N = c.label.length / B;
  const edges = Array.from({ length: nb }, (_, k) => Math.fround(k / nb));
  const bin = (v: number) => edges.filter((e) => e <= v).length - 1;
  const ece = (px: { conf: number; ok: boolean }[]) => {
    const groups = Array.from({ length: nb }, () => [] as typeof px);
    for (const p of px) groups[bin(p.conf)].push(p);
    let s = 0;
    for (const g of groups) {
      if (!g.length) continue;
      const acc = g.filter((p) => p.ok).length / g.length;
      const conf = g.reduce((a, p) => a + p.conf, 0) / g.length;
      s += (g.length / px.length) * Math.abs(acc - conf);
    }
    return 100 * s;
  };
  const images: { pred: number[]; lab: number[]; probs: number[][] }[] = [];
  for (let b = 0; b < B; b++) {
    const img = {
      pred: [] as number[],
      lab: [] as number[],
      probs: [] as number[][],
    };
    for (let n = 0; n < N; n++) {
      const l = c.label[b * N + n];
      if (l === ig) continue;
      const p = Array.from(
        { length: C },
        (_, k) => Math.fround(c.prob[(b * C + k) * N + n]),
      );
      img.pred.push(p.indexOf(Math.max(...p)));
      img.lab.push(l);
      img.probs.push(p);
    }
    if (img.lab.length) images.push(img);
  }
  const mean = (a: number[]) =>
    a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN;
  const pct = (a: number[]) => 100 * mean(a.filter((v) => !Number.isNaN(v)));
  const stats = (pred: number[], lab: number[], k: number) => {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < lab.length; i++) {
      if (pred[i] === k && lab[i] === k) tp++;
      else if (pred[i] === k) fp++;
      else if (lab[i] === k) fn++;
    }
    return { tp, fp, fn };
  };
  const f = {
    Acc: (s: { tp: number; fp: number; fn: number }) => s.tp / (s.tp + s.fn),
    IoU: (s: { tp: number; fp: number; fn: number }) =>
      s.tp / (s.tp + s.fp + s.fn),
    Dice: (s: { tp: number; fp: number; fn: number }) =>
      2 * s.tp / (2 * s.tp + s.fp + s.fn),
  };
  const all = {
    pred: images.flatMap((i) => i.pred),
    lab: images.flatMap((i) => i.lab),
  };
  const out: MetricValues = {};
  const dClasses = binary ? [1] : [...Array(C).keys()];
  const dStats = dClasses.map((k) => stats(all.pred, all.lab, k));
  out.Acc = 100 * dStats.reduce((a, s) => a + s.tp, 0) /
    dStats.reduce((a, s) => a + s.tp + s.fn, 0);
  const worst = (vals: number[], qq: number, f32: boolean) => {
    const s = [...vals].sort((x, y) => x - y);
    const x = f32
      ? Math.fround(Math.fround(qq / 100) * s.length)
      : qq / 100 * s.length;
    return 100 * mean(s.slice(0, Math.max(1, Math.trunc(x))));
  };
  const qs = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  for (const [kind, fn] of Object.entries(f)) {
    out[`m${kind}D`] = pct(dStats.map(fn));
    const active = (img: { pred: number[]; lab: number[] }, k: number) =>
      img.lab.includes(k) || (binary && img.pred.includes(k));
    const perImage = images.map((img) => {
      if (binary) {
        return active(img, 0) && active(img, 1)
          ? fn(stats(img.pred, img.lab, 1))
          : 1;
      }
      const ks = [...Array(C).keys()].filter((k) => active(img, k));
      return mean(ks.map((k) => fn(stats(img.pred, img.lab, k))));
    }).filter((v) => !Number.isNaN(v));
    out[`m${kind}I`] = 100 * mean(perImage);
    out[`m${kind}IQ`] = mean(qs.map((qq) => worst(perImage, qq, false)));
    out[`m${kind}I${q}`] = worst(perImage, q, false);
    const perClass = [...Array(C).keys()].map((k) =>
      images.filter((img) => active(img, k)).map((img) =>
        fn(stats(img.pred, img.lab, k))
      )
        .filter((v) => !Number.isNaN(v))
    ).filter((v) => v.length > 0);
    out[`m${kind}C`] = mean(perClass.map((v) => 100 * mean(v)));
    out[`m${kind}CQ`] = mean(
      perClass.map((v) => mean(qs.map((qq) => worst(v, qq, true)))),
    );
    out[`m${kind}C${q}`] = mean(perClass.map((v) => worst(v, q, true)));
  }
  const px = (img: typeof images[number]) =>
    img.lab.map((l, i) => ({
      conf: Math.max(...img.probs[i]),
      ok: img.pred[i] === l,
    }));
  out.ECED = ece(images.flatMap(px));
  out.ECEI = mean(images.map((img) => ece(px(img))));
  const classPx = (imgs: typeof images, k: number) =>
    imgs.flatMap((img) =>
      img.lab.map((l, i) => ({
        conf: img.probs[i][k],
        ok: l === k && img.pred[i] === k,
      }))
    );
  const sceClasses = C === 2 ? [1] : [...Array(C).keys()];
  out.SCED = 10 * mean(sceClasses.map((k) => ece(classPx(images, k))));
  out.SCEI = 10 * mean(images.map((img) => {
    const ks = C === 2 ? [1] : sceClasses.filter((k) => img.lab.includes(k));
    return mean(ks.map((k) => ece(classPx([img], k))));
  }));
  return out;
}

Deno.test("createMetrics() reproduces every golden value that is not a reference artifact", () => {
  let checked = 0;
  for (const c of cases) {
    const got = run(c);
    const order = ["accuracy", "ece", "sce"].flatMap((g) =>
      Object.keys(c.expected[g] ?? {})
    );
    assert.deepEqual(Object.keys(got), order, `${c.name}: keys or order`);
    for (const group of ["accuracy", "ece", "sce"]) {
      const want = c.expected[group];
      assert.ok(
        want,
        `${c.name}: no ${group} (the public cases have all three)`,
      );
      for (const [k, v] of Object.entries(want)) {
        const art = c.referenceArtifacts?.[`${group}.${k}`] ??
          c.referenceArtifacts?.[group];
        if (art) continue;
        assert.ok(k in got, `${c.name}: missing ${k}`);
        assert.ok(close(got[k], v), `${c.name}: ${k} = ${got[k]}, want ${v}`);
        checked++;
      }
    }
  }
  console.log(`golden metric values checked: ${checked}`);
  assert.ok(checked > 33 * 20, `only ${checked} values checked`);
});

Deno.test("test oracle agrees with every golden value that is not a reference artifact", () => {
  for (const c of cases) {
    const got = oracle(c);
    for (const group of ["accuracy", "ece", "sce"]) {
      for (const [k, v] of Object.entries(c.expected[group] ?? {})) {
        if (c.referenceArtifacts?.[`${group}.${k}`]) continue;
        assert.ok(
          close(got[k], v),
          `${c.name}: oracle ${k} = ${got[k]}, want ${v}`,
        );
      }
    }
  }
});

Deno.test("createMetrics() follows docs/spec.md §6 on every golden reference-artifact key", () => {
  const seen = new Set<string>();
  for (const c of cases) {
    if (!c.referenceArtifacts) continue;
    const got = run(c);
    const want = oracle(c);
    for (const [key, reasons] of Object.entries(c.referenceArtifacts)) {
      const k = key.split(".")[1];
      for (const r of reasons) seen.add(r);
      assert.ok(
        Math.abs(got[k] - want[k]) <= 1e-9 * Math.max(1, Math.abs(want[k])) ||
          (Number.isNaN(got[k]) && Number.isNaN(want[k])),
        `${c.name}: ${k} = ${got[k]}, rule gives ${want[k]}`,
      );
      // The rules never report a placeholder or a value outside the unit's range.
      const max = k.startsWith("SCE") ? 1000 : 100;
      assert.ok(
        Number.isNaN(got[k]) || (got[k] >= 0 && got[k] <= max),
        `${c.name}: ${k} = ${got[k]}`,
      );
    }
  }
  assert.deepEqual([...seen].sort(), [
    "empty-image-counts-0",
    "ignored-pixels-add-class",
    "nan",
    "placeholder-1e6",
  ]);
});

// Hand examples of each rule, values worked out by hand in the comments.

/** C = 3, one image of 4 pixels: labels 0 0 1 1, predictions 0 1 1 1. */
function handExample() {
  return createMetrics({ numClasses: 3 }).add({
    pred: new Uint8Array([0, 1, 1, 1]),
    shape: [1, 4],
    labels: new Uint8Array([0, 0, 1, 1]),
  });
}

Deno.test("SegmentationMetrics.value() leaves a 0/0 class out of the mean (rule nan)", () => {
  // C = 3, one image of 4 pixels. Labels 0 0 1 1, predictions 0 1 1 1.
  // Class 2 is neither labelled nor predicted: its Acc, IoU, Dice are 0/0.
  // Acc: class 0 1/2, class 1 2/2 -> mAccD = 75. IoU: 1/2, 2/3 -> 58.33.
  const m = handExample();
  const v = m.value() as MetricValues;
  assert.equal(v.Acc, 75);
  assert.equal(v.mAccD, 75);
  assert.ok(Math.abs(v.mIoUD - 100 * (1 / 2 + 2 / 3) / 2) < 1e-12);
  assert.ok(Math.abs(v.mDiceD - 100 * (2 / 3 + 4 / 5) / 2) < 1e-12);
  // Binary mode: class 1 predicted but never labelled -> its Acc is 0/0: NaN, not a crash.
  const b = createMetrics({ numClasses: 2, binary: true });
  b.add({
    pred: new Uint8Array([1, 0]),
    shape: [1, 2],
    labels: new Uint8Array([0, 0]),
  });
  const bv = b.value() as MetricValues;
  assert.ok(Number.isNaN(bv.mAccD));
  assert.ok(Number.isNaN(bv.mAccI));
  assert.equal(bv.mIoUD, 0);
  assert.equal(JSON.parse(JSON.stringify(bv)).mAccD, null);
});

Deno.test("SegmentationMetrics.value() leaves a class active in no image out of the C metrics (rule placeholder-1e6)", () => {
  // C = 3; class 2 is never labelled. Image 1: labels 0 0 1 1, pred 0 0 1 0;
  // image 2: labels 1 1, pred 1 1. Class 0 IoU: 2/3 (image 1 only);
  // class 1 IoU: 1/2 (image 1), 1 (image 2). mIoUC = (2/3 + 3/4) / 2;
  // worst 1%: one value per class -> (2/3 + 1/2) / 2.
  const m = createMetrics({
    numClasses: 3,
    accuracyD: false,
    accuracyI: false,
  });
  m.add({
    pred: new Uint8Array([0, 0, 1, 0]),
    shape: [1, 4],
    labels: new Uint8Array([0, 0, 1, 1]),
  });
  m.add({
    pred: new Uint8Array([1, 1]),
    shape: [1, 2],
    labels: new Uint8Array([1, 1]),
  });
  const v = m.value() as MetricValues;
  assert.ok(Math.abs(v.mIoUC - 100 * (2 / 3 + 3 / 4) / 2) < 1e-12);
  assert.ok(Math.abs(v.mIoUC1 - 100 * (2 / 3 + 1 / 2) / 2) < 1e-12);
  assert.ok(v.mIoUCQ <= 100 && v.mAccCQ <= 100 && v.mDiceC1 <= 100);
  assert.deepEqual(Object.keys(v).sort(), [
    "mAccC",
    "mAccC1",
    "mAccCQ",
    "mDiceC",
    "mDiceC1",
    "mDiceCQ",
    "mIoUC",
    "mIoUC1",
    "mIoUCQ",
  ]);
});

Deno.test("SegmentationMetrics.value() skips an image with no kept pixel, calibration included (rule empty-image-counts-0)", () => {
  // C = 2, two pixels per image. Image 1: probs of class 1 = 0.7 and 0.2,
  // labels 1, 1 -> pixel 1 right with conf 0.7 (bin 7), pixel 2 wrong with
  // conf 0.8 (bin 8). ECE = 1/2·|1 − 0.7| + 1/2·|0 − 0.8| = 55%.
  // Image 2 is fully ignored: ECEI stays 55, not (55 + 0) / 2.
  const probs = new Float32Array([0.3, 0.8, 0.7, 0.2, 0.5, 0.5, 0.5, 0.5]);
  const m = createMetrics({ numClasses: 2, ignoreIndex: 255 });
  m.add({ probs, shape: [2, 2, 2], labels: new Uint8Array([1, 1, 255, 255]) });
  const v = m.value() as MetricValues;
  assert.ok(Math.abs(v.ECEI - 55) < 1e-5);
  assert.ok(Math.abs(v.ECED - 55) < 1e-5);
  assert.equal(m.images, 1);
  // SCE with C = 2 uses class 1: conf 0.7 right (bin 7), conf 0.2 wrong (bin 2):
  // 1/2·0.3 + 1/2·0.2 = 25% = 250 permille, for the one scored image.
  assert.ok(Math.abs(v.SCEI - 250) < 1e-4);
  // Image 1: class 1 IoU = 1 / (1 + 0 + 1); class 0 is only predicted, so not active.
  assert.equal(v.mIoUI, 50);
});

Deno.test("SegmentationMetrics.value() adds no class for ignored pixels in SCEI (rule ignored-pixels-add-class)", () => {
  // C = 3, ignoreIndex 255, one image: pixel labels 0, 0, 255. Probabilities
  // (class 0, 1, 2): (0.9, 0.05, 0.05), (0.6, 0.3, 0.1), ignored pixel anything.
  // Only class 0 is in the image. Class 0 bins: 0.9 right (bin 9), 0.6 right
  // (bin 6): ECE = 1/2·0.1 + 1/2·0.4 = 25% -> SCEI = 250 permille. (Adding
  // class 2, as the reference does, would average in its ECE of 7.5% -> 162.5.)
  const probs = new Float32Array([
    0.9,
    0.6,
    0.2,
    0.05,
    0.3,
    0.2,
    0.05,
    0.1,
    0.6,
  ]);
  const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
  m.add({ probs, shape: [1, 3, 3], labels: new Uint8Array([0, 0, 255]) });
  assert.ok(Math.abs((m.value() as MetricValues).SCEI - 250) < 1e-4);
});

Deno.test("SegmentationMetrics.value() throws EmptyMetricsError with no kept pixel (rule error)", () => {
  const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
  assert.throws(() => m.value(), EmptyMetricsError);
  m.add({
    probs: new Float32Array(6).fill(1 / 3),
    shape: [1, 3, 2],
    labels: new Uint8Array([255, 255]),
  });
  assert.throws(
    () => m.value(),
    (e: Error) =>
      e instanceof EmptyMetricsError && /no kept pixel/.test(e.message),
  );
  assert.throws(() => m.perClass(), EmptyMetricsError);
  assert.equal(m.images, 0);
});

function assertValuesClose(
  a: MetricValues,
  b: MetricValues,
  rel: number,
): void {
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const k of Object.keys(a)) {
    const ok = Number.isNaN(a[k])
      ? Number.isNaN(b[k])
      : Math.abs(a[k] - b[k]) <= rel * Math.max(1, Math.abs(a[k]));
    assert.ok(ok, `${k}: ${a[k]} vs ${b[k]}`);
  }
}

Deno.test("SegmentationMetrics.merge() of shards equals one pass over all the data", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1e6 }),
      fc.integer({ min: 2, max: 6 }),
      (seed, C) => {
        const x = randomBatch(seed, 4, C, 30);
        const opts = { numClasses: C, ignoreIndex: 255, q: 50 };
        const whole = createMetrics(opts).add(x);
        const a = createMetrics(opts);
        const b = createMetrics(opts);
        for (let i = 0; i < 4; i++) {
          const part = {
            probs: x.probs.slice(i * C * 30, (i + 1) * C * 30),
            labels: x.labels.slice(i * 30, (i + 1) * 30),
            shape: [1, C, 30],
          };
          (i % 2 ? a : b).add(part);
        }
        // Through JSON text, as shards from elsewhere arrive.
        const bText = JSON.stringify(b.toJSON());
        const merged = a.merge(SegmentationMetrics.fromJSON(JSON.parse(bText)));
        assertValuesClose(
          whole.value() as MetricValues,
          merged.value() as MetricValues,
          1e-12,
        );
        assert.deepEqual(
          whole.perClass().map((r) => r.tp),
          merged.perClass().map((r) => r.tp),
        );
      },
    ),
    { numRuns: 30 },
  );
});

Deno.test("SegmentationMetrics.toJSON() round-trips through fromJSON() exactly", () => {
  const x = randomBatch(7, 3, 4, 50);
  const m = createMetrics({ numClasses: 4, ignoreIndex: 255 }).add(x);
  const back = SegmentationMetrics.fromJSON(
    JSON.parse(JSON.stringify(m.toJSON())),
  );
  assert.deepEqual(back.toJSON(), m.toJSON());
  assert.deepEqual(back.value(), m.value());
  assert.throws(
    () => SegmentationMetrics.fromJSON({ ...m.toJSON(), format: "x" } as never),
    JdtTypeError,
  );
  const broken = m.toJSON();
  broken.arrays.tp = [1];
  assert.throws(() => SegmentationMetrics.fromJSON(broken), JdtTypeError);
});

Deno.test("SegmentationMetrics.merge() rejects an accumulator with other options", () => {
  const a = createMetrics({ numClasses: 3 });
  assert.throws(() => a.merge(createMetrics({ numClasses: 4 })), JdtTypeError);
  assert.throws(
    () => a.merge(createMetrics({ numClasses: 3, q: 5 })),
    JdtTypeError,
  );
});

Deno.test("SegmentationMetrics.add() with pred equals add() with probs for the accuracy metrics", () => {
  const x = randomBatch(11, 3, 5, 40);
  const B = 3, C = 5, N = 40;
  const pred = new Uint8Array(B * N);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let best = 0;
      for (let c = 1; c < C; c++) {
        if (x.probs[(b * C + c) * N + n] > x.probs[(b * C + best) * N + n]) {
          best = c;
        }
      }
      pred[b * N + n] = best;
    }
  }
  const p = createMetrics({ numClasses: C, ignoreIndex: 255 }).add(x)
    .value() as MetricValues;
  const q = createMetrics({ numClasses: C, ignoreIndex: 255 }).add({
    pred,
    shape: [B, N],
    labels: x.labels,
  })
    .value() as MetricValues;
  assert.ok(!("ECED" in q) && !("SCEI" in q));
  for (const k of Object.keys(q)) assert.equal(q[k], p[k], k);
});

Deno.test("SegmentationMetrics.add() rejects bad input and stays unchanged", () => {
  const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
  const good = {
    probs: new Float32Array([0.5, 0.2, 0.3, 0.3, 0.2, 0.5]),
    shape: [1, 3, 2],
    labels: new Uint8Array([0, 2]),
  };
  m.add(good);
  const before = JSON.stringify(m.toJSON());
  assert.throws(
    () => m.add({ ...good, labels: new Uint8Array([0, 3]) }),
    JdtRangeError,
  );
  assert.throws(
    () =>
      m.add({
        ...good,
        probs: new Float32Array([0.5, 0.2, 0.3, NaN, 0.2, 0.5]),
      }),
    JdtRangeError,
  );
  assert.throws(
    () =>
      m.add({
        ...good,
        probs: new Float32Array([1.5, 0.2, 0.3, 0.3, 0.2, 0.5]),
      }),
    JdtRangeError,
  );
  assert.throws(() => m.add({ ...good, shape: [1, 3, 3] }), JdtTypeError);
  assert.throws(() => m.add({ ...good, shape: [1, 2, 3] }), JdtRangeError);
  assert.throws(
    () => m.add({ ...good, labels: [0, 1] as unknown as Uint8Array }),
    JdtTypeError,
  );
  assert.throws(
    () =>
      m.add({
        pred: new Uint8Array([0, 5]),
        shape: [1, 2],
        labels: new Uint8Array([0, 1]),
      }),
    JdtRangeError,
  );
  assert.equal(JSON.stringify(m.toJSON()), before);
  const withCal = createMetrics({ numClasses: 3, ECED: true });
  assert.throws(
    () =>
      withCal.add({
        pred: new Uint8Array([0]),
        shape: [1, 1],
        labels: new Uint8Array([0]),
      }),
    (e: Error) => e instanceof JdtTypeError && /ECED/.test(e.message),
  );
});

Deno.test("createMetrics() rejects bad options naming them", () => {
  assert.throws(
    () => createMetrics({ numClasses: 0 }),
    (e: Error) => e instanceof JdtRangeError && /numClasses/.test(e.message),
  );
  assert.throws(
    () => createMetrics({ numClasses: 3, binary: true }),
    JdtRangeError,
  );
  assert.throws(() => createMetrics({ numClasses: 3, q: 0 }), JdtRangeError);
  assert.throws(
    () => createMetrics({ numClasses: 3, numBins: 0 }),
    JdtRangeError,
  );
  assert.throws(
    () => createMetrics({ numClasses: 3, ignore_index: 1 } as never),
    (e: Error) => e instanceof JdtTypeError && /ignore_index/.test(e.message),
  );
  assert.throws(
    () => createMetrics({ numClasses: 3, backend: "cuda" } as never),
    JdtTypeError,
  );
});

Deno.test("SegmentationMetrics.perClass() gives counts and scores per class", () => {
  const m = handExample();
  const rows = m.perClass();
  const { dice, ...rest } = rows[0];
  assert.ok(Math.abs(dice - 200 / 3) < 1e-12);
  assert.deepEqual(rest, {
    classId: 0,
    iou: 50,
    acc: 50,
    precision: 100,
    tp: 1,
    fp: 0,
    fn: 1,
    labelPixels: 2,
    predPixels: 1,
    images: 1,
  });
  assert.equal(rows[1].fp, 1);
  assert.ok(Number.isNaN(rows[2].iou));
});

// --- wasm counting: parity with js -----------------------------------------

Deno.test({
  name: "createMetrics() wasm backend counts exactly like js",
  fn() {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 25 }),
        fc.integer({ min: 1, max: 67 }),
        fc.constantFrom(10, 7, 15),
        (seed, B, C, N, numBins) => {
          const x = randomBatch(seed, B, C, N);
          const opts = { numClasses: C, ignoreIndex: 255, numBins, q: 20 };
          const js = createMetrics({ ...opts, backend: "js" }).add(x);
          const wasm = createMetrics({ ...opts, backend: "wasm" }).add(x);
          assert.equal(js.lastBackend, "js");
          assert.equal(wasm.lastBackend, "wasm");
          assert.deepEqual(wasm.toJSON(), js.toJSON());
        },
      ),
      { numRuns: 60 },
    );
    // Probabilities exactly on bin edges, 0 and 1 (C = 2 so they sum to 1).
    const N = 45;
    const probs = new Float32Array(2 * N);
    for (let n = 0; n < N; n++) {
      const v = n < 40
        ? Math.fround((n % 11) / 10)
        : [0, 1, 0.5, 1e-8, 0.99999][n - 40];
      probs[n] = v;
      probs[N + n] = 1 - v;
    }
    const labels = Uint8Array.from(
      { length: N },
      (_, n) => (n * 7) % 3 === 2 ? 255 : (n * 5) % 2,
    );
    const edgeInput = { probs, shape: [1, 2, N], labels };
    for (const numBins of [10, 5, 1]) {
      const o = { numClasses: 2, ignoreIndex: 255, numBins };
      assert.deepEqual(
        createMetrics({ ...o, backend: "wasm" }).add(edgeInput).toJSON(),
        createMetrics({ ...o, backend: "js" }).add(edgeInput).toJSON(),
      );
    }
    for (const c of cases) {
      const input = {
        probs: Float32Array.from(c.prob),
        shape: c.shape,
        labels: Int32Array.from(c.label),
      };
      const js = createMetrics({ ...c.options, backend: "js" }).add(input);
      const wasm = createMetrics({ ...c.options, backend: "wasm" }).add(input);
      assert.deepEqual(wasm.toJSON(), js.toJSON(), c.name);
    }
  },
});

/** The float32 next to `v` (>= 0) in direction `dir` (+1 or -1), kept in [0, 1]. */
function f32Step(v: number, dir: 1 | -1): number {
  const f = new Float32Array([v]), u = new Uint32Array(f.buffer);
  if (v === 0 && dir < 0) return 0;
  u[0] += dir;
  return Math.min(1, f[0]);
}

Deno.test("createMetrics() wasm calibration bins equal js at every bin edge and one float32 step either side", () => {
  for (const numBins of [2, 3, 7, 10, 13, 100, 997, 9999]) {
    // SCE: class 0 on an edge, class 1 one step below it, class 2 one step
    // above (or 0).
    const ks = Array.from(
      { length: Math.min(numBins + 1, 400) },
      (_, i) => Math.round(i * numBins / Math.min(numBins, 399)),
    );
    // Each pixel three times: its largest probability (the ECE bin's
    // confidence) one step above the edge, on it, and one step below.
    const N = 3 * ks.length;
    const probs = new Float32Array(3 * N);
    ks.forEach((k, i) => {
      const edge = Math.fround(k / numBins);
      const below = f32Step(edge, -1), above = f32Step(edge, 1);
      for (const [j, top] of [above, edge, below].entries()) {
        const n = 3 * i + j;
        probs[n] = top === above ? edge : top;
        probs[N + n] = top === below ? 0 : below;
        probs[2 * N + n] = top === above ? above : 0;
      }
    });
    const labels = Uint8Array.from(
      { length: N },
      (_, n) => n % 11 === 5 ? 255 : (n * 7) % 3,
    );
    const input = { probs, shape: [1, 3, N], labels };
    const o = { numClasses: 3, ignoreIndex: 255, numBins };
    assert.deepEqual(
      createMetrics({ ...o, backend: "wasm" }).add(input).toJSON(),
      createMetrics({ ...o, backend: "js" }).add(input).toJSON(),
      `numBins ${numBins}`,
    );
  }
});

Deno.test({
  name: "createMetrics() wasm backend rejects bad values with the js messages",
  fn() {
    const x = randomBatch(3, 2, 3, 10);
    for (
      const [i, v] of [[5, NaN], [29, 1.5], [41, -0.25], [59, NaN]] as const
    ) {
      const probs = x.probs.slice();
      probs[i] = v;
      const msg = (backend: "js" | "wasm") => {
        try {
          createMetrics({ numClasses: 3, ignoreIndex: 255, backend }).add({
            ...x,
            probs,
          });
        } catch (e) {
          assert.ok(e instanceof JdtRangeError);
          return e.message;
        }
        return "no error";
      };
      assert.equal(msg("wasm"), msg("js"));
      assert.match(msg("wasm"), new RegExp(`index ${i}\\b`));
    }
    const labels = x.labels.slice();
    labels[13] = 7;
    assert.throws(
      () =>
        createMetrics({ numClasses: 3, ignoreIndex: 255, backend: "wasm" }).add(
          { ...x, labels },
        ),
      JdtRangeError,
    );
  },
});

Deno.test("createMetrics() refuses webgpu without navigator.gpu", () => {
  if (!("gpu" in navigator)) {
    assert.throws(
      () => createMetrics({ numClasses: 2, backend: "webgpu" }),
      JdtRangeError,
    );
  } else {
    // Counting on WebGPU is tested in tests/webgpu/metrics_test.ts.
    createMetrics({ numClasses: 2, backend: "webgpu" });
  }
});
