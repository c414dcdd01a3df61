/**
 * Regression tests of issue 13 ("Hardening") for the core, loss, metrics
 * options and training parts: tiny temperatures, statistics records, gradInto
 * overlaps, inputs detached during a call, and the smaller items of 12.
 */
import assert from "node:assert/strict";
import { rejectsNaming, throwsNaming } from "../_assert.ts";
import {
  compoundLoss,
  computeStatistics,
  createLoss,
  createMetrics,
  distillationTargets,
  dml,
  isInputError,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
  jml,
  klDivLoss,
  labelSmoothing,
  lossFromStatistics,
  mergeStatistics,
  softScores,
  tversky,
  tverskyLoss,
} from "../../mod.ts";
import type { HostLossInput, LossStatistics } from "../../mod.ts";
import { systemIsFallback } from "../../src/webgpu/device.ts";

/** B=1, C=2, N=2: pixel 0 has logits (1, 0.5), pixel 1 has (2, -1). */
function input(): HostLossInput {
  return {
    logits: new Float32Array([1, 2, 0.5, -1]),
    shape: [1, 2, 2],
    labels: new Uint8Array([0, 1]),
  };
}

/** Detaches a typed array's buffer, as a transfer to a worker does. */
function detach(a: ArrayBufferView): void {
  structuredClone(a.buffer, { transfer: [a.buffer as ArrayBuffer] });
}

// --- item 4: temperatures ---------------------------------------------------

Deno.test("temperature outside [2^-126, 2^126] is a typed error on every backend", async () => {
  for (const backend of ["js", "wasm"] as const) {
    for (const temperature of [1e-320, 1e-40, 2 ** -127, 1e38, 2 ** 127]) {
      await rejectsNaming(
        jdtLoss(input(), { backend, temperature }),
        JdtRangeError,
        "options.temperature",
        /2\^-126/,
      );
    }
  }
  throwsNaming(
    () => klDivLoss(input(), { temperature: 1e-320 }),
    JdtRangeError,
    "options.temperature",
  );
  await rejectsNaming(
    compoundLoss(input(), { temperature: 1e-40, backend: "js" }),
    JdtRangeError,
    "options.temperature",
  );
});

Deno.test("temperature 2^-126 (the smallest accepted) gives the argmax's loss on js", async () => {
  // softmax(z / T) is one-hot at the argmax (class 0 at both pixels) here.
  const onehot = {
    ...input(),
    logits: undefined,
    probs: new Float32Array([1, 1, 0, 0]),
  };
  const want = await jdtLoss(onehot, { backend: "js" });
  const got = await jdtLoss(input(), { backend: "js", temperature: 2 ** -126 });
  assert.equal(got.value, want.value);
  assert.ok(got.grad!.every(Number.isFinite));
});

Deno.test("klDivLoss() at temperature 2^-126 is finite and equals T·Σ y·(max − z) to first order", () => {
  const T = 2 ** -126;
  const labels = new Float32Array([0.5, 0.5]);
  const r = klDivLoss(
    { logits: new Float32Array([1, 2]), shape: [1, 2, 1], labels },
    { temperature: T },
  );
  // T²·Σ y (log y − log q) with log q = (z − max)/T − log(1 + e^(−1/T)):
  // T²·log(1/2) + T·(1/2)(2 − 1), the first term far below the second.
  assert.ok(Number.isFinite(r.value));
  assert.ok(Math.abs(r.value - T / 2) <= 1e-12 * (T / 2), `${r.value}`);
  assert.ok(r.grad!.every(Number.isFinite));
});

Deno.test("distillationTargets() at any finite T > 0 is the (tie-split) one-hot argmax in the limit", () => {
  for (const temperature of [1e-320, 5e-324, 1e-300, 1e-40]) {
    const t = distillationTargets(
      new Float32Array([1, 2, 3, 3, -1e38, 1e38]),
      { shape: [3, 2, 1], temperature },
    );
    assert.deepEqual(Array.from(t.labels), [0, 1, 0.5, 0.5, 0, 1]);
  }
});

// --- item 5: lossFromStatistics trusts nothing --------------------------------

async function stats(): Promise<LossStatistics> {
  return await computeStatistics(
    {
      probs: new Float32Array([0.9, 0.2, 0.4, 0.1, 0.8, 0.6]),
      shape: [1, 2, 3],
      labels: new Uint8Array([0, 1, 1]),
    },
    { backend: "js" },
  );
}

Deno.test("lossFromStatistics() validates B, C, norm, soft, the data's type and length", async () => {
  const s = await stats();
  const bad: [unknown, typeof JdtTypeError | typeof JdtRangeError, string][] = [
    [null, JdtTypeError, "stats"],
    [{ ...s, B: -1 }, JdtRangeError, "stats.B"],
    [{ ...s, B: 1.5 }, JdtRangeError, "stats.B"],
    [{ ...s, B: "1" }, JdtTypeError, "stats.B"],
    [{ ...s, C: 0 }, JdtRangeError, "stats.C"],
    [{ ...s, B: -1, C: -2 }, JdtRangeError, "stats.B"],
    [{ ...s, norm: 3 }, JdtRangeError, "stats.norm"],
    [{ ...s, soft: 1 }, JdtTypeError, "stats.soft"],
    [{ ...s, data: Array.from(s.data) }, JdtTypeError, "stats.data"],
    [{ ...s, data: s.data.slice(0, 6) }, JdtRangeError, "stats.data"],
  ];
  for (const [record, type, argument] of bad) {
    throwsNaming(
      () => lossFromStatistics(record as LossStatistics),
      type,
      argument,
    );
  }
});

Deno.test("lossFromStatistics() and mergeStatistics() reject non-finite or negative values", async () => {
  const s = await stats();
  for (const [i, v] of [[0, NaN], [7, -1], [2, Infinity], [3, -0.5]]) {
    const data = s.data.slice();
    data[i] = v;
    throwsNaming(
      () => lossFromStatistics({ ...s, data }),
      JdtRangeError,
      "stats.data",
      new RegExp(`index ${i}`),
    );
    throwsNaming(
      () => mergeStatistics(s, { ...s, data }),
      JdtRangeError,
      "stats.data",
    );
  }
});

Deno.test("lossFromStatistics() of sums near the float64 maximum is the loss of the unscaled sums", async () => {
  // With smooth = 0 the loss is invariant to scaling every sum (not the
  // maxima); here P + Y of class 1 (3.5 times the scale) overflows.
  const s = await stats();
  const data = s.data.map((v, i) => (i % 6 < 3 ? v * 3 * 2 ** 1021 : v));
  for (const mIoUI of [0, 1]) {
    const opts = { smooth: 0, mIoUI };
    const want = lossFromStatistics(s, opts).value;
    const got = lossFromStatistics({ ...s, data }, opts).value;
    assert.ok(Math.abs(got - want) < 1e-12, `${got} vs ${want}`);
  }
});

// --- item 8: gradInto overlapping any input -----------------------------------

Deno.test("gradInto sharing memory with keepMask is rejected (and the mask left alone)", async () => {
  const buf = new ArrayBuffer(16 + 2);
  const gradInto = new Float32Array(buf, 0, 4);
  const keepMask = new Uint8Array(buf, 15, 2); // the last byte of gradInto
  keepMask.set([1, 1]);
  for (const backend of ["js", "wasm"] as const) {
    await rejectsNaming(
      jdtLoss({ ...input(), gradInto, keepMask }, { backend }),
      JdtRangeError,
      "input.gradInto",
      /keep mask/,
    );
  }
  assert.deepEqual(Array.from(keepMask), [1, 1]);
});

// --- item 9: inputs detached during a call ------------------------------------

Deno.test("an input detached while the call awaits gives a typed error naming it", async () => {
  const keys = ["logits", "labels", "keepMask", "gradInto"] as const;
  for (const backend of ["js", "wasm", "auto"] as const) {
    for (const key of keys) {
      const x: HostLossInput = {
        ...input(),
        keepMask: new Uint8Array([1, 1]),
        gradInto: new Float32Array(4),
      };
      const p = jdtLoss(x, { backend });
      detach(x[key]!);
      await rejectsNaming(p, JdtTypeError, `input.${key}`, /detached/);
    }
  }
  using loss = createLoss({ backend: "js" });
  const x = input();
  const p = loss.compute(x);
  detach(x.labels as Uint8Array);
  await rejectsNaming(p, JdtTypeError, "input.labels", /detached/);
});

Deno.test("computeStatistics() and compoundLoss() name an input detached during the call", async () => {
  const a = input();
  const p = computeStatistics(a, { backend: "js" });
  detach(a.logits!);
  await rejectsNaming(p, JdtTypeError, "input.logits", /detached/);
  const b = input();
  const q = compoundLoss(b, { backend: "js" });
  detach(b.logits!);
  await rejectsNaming(q, JdtTypeError, "input.logits", /detached/);
});

Deno.test({
  name:
    "SegmentationMetrics.addAsync() names an input detached while it awaits",
  // "auto" awaits the adapter check from 2^23 values; on a hardware adapter
  // the batch would then count on WebGPU (the WebGPU tests cover that path).
  ignore: !(await systemIsFallback()),
  async fn() {
    const N = 2 ** 22;
    for (const key of ["probs", "labels"] as const) {
      const m = createMetrics({ numClasses: 2 });
      const batch = {
        probs: new Float32Array(2 * N).fill(0.5),
        shape: [1, 2, N],
        labels: new Uint8Array(N),
      };
      const p = m.addAsync(batch);
      detach(batch[key]);
      await rejectsNaming(p, JdtTypeError, `input.${key}`, /detached/);
      assert.equal(m.keptPixels, 0);
    }
  },
});

// --- item 12: the smaller ones ------------------------------------------------

Deno.test("a disposed loss rejects with a typed error naming the loss", async () => {
  const loss = createLoss({ backend: "js" });
  loss.dispose();
  await assert.rejects(loss.compute(input()), (e) => {
    assert.ok(e instanceof JdtTypeError && isInputError(e));
    assert.equal(e.argument, "loss");
    assert.match(e.message, /disposed/);
    return true;
  });
});

Deno.test("softScores() rejects unknown options and a non-integer ignoreIndex", () => {
  const x = {
    pred: new Float32Array([1, 0]),
    target: new Float32Array([1, 0]),
    shape: [1, 2, 1],
  };
  throwsNaming(
    () => softScores(x, { smoth: 1 } as never),
    JdtTypeError,
    "options.smoth",
    /not a known option/,
  );
  throwsNaming(
    () => softScores(x, 3 as never),
    JdtTypeError,
    "options",
  );
  throwsNaming(
    () => softScores(x, { ignoreIndex: "1" as never }),
    JdtTypeError,
    "options.ignoreIndex",
  );
});

Deno.test("options are read from own properties only, never through the prototype chain", async () => {
  const proto = <T extends object>(o: T) => Object.create(o) as T;
  const base = await jdtLoss(input(), { backend: "js" });
  const viaProto = await jdtLoss(
    input(),
    Object.assign(proto({ alpha: 0, mIoUI: 1 }), { backend: "js" as const }),
  );
  assert.equal(viaProto.value, base.value);
  const tv = await tverskyLoss(input(), { backend: "js" });
  const tvProto = await tverskyLoss(
    input(),
    Object.assign(proto({ alpha: 0.9, beta: 0.1 }), { backend: "js" as const }),
  );
  assert.equal(tvProto.value, tv.value);
  const kl = klDivLoss(input());
  assert.equal(klDivLoss(input(), proto({ temperature: 3 })).value, kl.value);
  const x = [0.2, 0.7], y = [0.5, 0.5];
  assert.equal(tversky(x, y, proto({ alpha: 5, smooth: 1 })), tversky(x, y));
  throwsNaming(
    () => createMetrics(proto({ numClasses: 2 })),
    JdtRangeError,
    "options.numClasses",
  );
  throwsNaming(
    () =>
      labelSmoothing(
        new Uint8Array([0]),
        proto({ numClasses: 2, shape: [1], epsilon: 0.1 }),
      ),
    JdtTypeError,
    "options.numClasses",
  );
  const s = {
    pred: new Float32Array([0.5, 0.5]),
    target: new Float32Array([1, 0]),
    shape: [1, 2, 1],
  };
  assert.deepEqual(softScores(s, proto({ smooth: 100 })), softScores(s));
  const c = await compoundLoss(input(), { backend: "js" });
  const cProto = await compoundLoss(
    input(),
    Object.assign(proto({ companionWeight: 0 }), { backend: "js" as const }),
  );
  assert.equal(cProto.value, c.value);
});

Deno.test("messages quote string values that look like numbers", async () => {
  await rejectsNaming(
    jdtLoss(input(), { backend: "js", ignoreIndex: "1" as never }),
    JdtTypeError,
    "options.ignoreIndex",
    /got "1"/,
  );
  await rejectsNaming(
    jdtLoss(input(), { backend: "js", norm: "2" as never }),
    JdtRangeError,
    "options.norm",
    /got "2"/,
  );
  await rejectsNaming(
    jdtLoss({ ...input(), shape: [1, "2", 2] as never }, { backend: "js" }),
    JdtRangeError,
    "input.shape",
    /got \[1, "2", 2\]/,
  );
  throwsNaming(
    () => createMetrics({ numClasses: "2" as never }),
    JdtRangeError,
    "options.numClasses",
    /got "2"/,
  );
  throwsNaming(
    () => createMetrics({ numClasses: 2, ignoreIndex: "255" as never }),
    JdtTypeError,
    "options.ignoreIndex",
    /got "255"/,
  );
  throwsNaming(
    () => jml([0.5], [0.5], { smooth: "1" as never }),
    JdtRangeError,
    "options.smooth",
    /got "1"/,
  );
});

Deno.test("string numbers are not taken for numbers in classWeights or distance vectors", async () => {
  await rejectsNaming(
    jdtLoss(input(), { backend: "js", classWeights: ["1", "1"] as never }),
    JdtTypeError,
    "options.classWeights",
    /got "1"/,
  );
  throwsNaming(() => jml(["1"] as never, [1]), JdtTypeError, "x", /"1"/);
  throwsNaming(() => dml([1], ["1"] as never), JdtTypeError, "y", /"1"/);
});

Deno.test("jml, dml and tversky of vectors near the float64 maximum do not overflow", () => {
  const big = 2 ** 1023;
  assert.equal(jml([1e308, 1e308], [1e308, 0]), 0.5);
  assert.equal(jml([big, big], [big, big]), 0);
  assert.equal(jml([big, big, big], [big, 0, 0]), jml([1, 1, 1], [1, 0, 0]));
  assert.equal(dml([1e308, 1e308], [1e308, 0]), dml([1, 1], [1, 0]));
  assert.equal(
    tversky([big, 0], [big, big], { alpha: 0.2, beta: 0.8 }),
    tversky([1, 0], [1, 1], { alpha: 0.2, beta: 0.8 }),
  );
});
