import assert from "node:assert/strict";
import {
  createLoss,
  diceLoss,
  jaccardLoss,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
  tverskyLoss,
} from "../../mod.ts";
import type { HostLossInput } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import { smallProblem } from "../_random.ts";

const js = { backend: "js" as const };

const sample = smallProblem;

Deno.test("jaccardLoss(), diceLoss() and tverskyLoss() are jdtLoss() with their alpha and beta", async () => {
  const input = sample();
  const pairs: [Promise<{ value: number }>, number, number][] = [
    [jaccardLoss(input, js), 1, 1],
    [diceLoss(input, js), 0.5, 0.5],
    [tverskyLoss(input, js), 0.3, 0.7],
    [tverskyLoss(input, { ...js, alpha: 0.8, beta: 0.2 }), 0.8, 0.2],
  ];
  for (const [p, alpha, beta] of pairs) {
    assert.equal(
      (await p).value,
      (await jdtLoss(input, { ...js, alpha, beta })).value,
    );
  }
  assert.notEqual(
    (await jaccardLoss(input, js)).value,
    (await diceLoss(input, js)).value,
  );
});

Deno.test("jdtLoss() is zero, with a zero gradient, when the prediction equals a soft label", async () => {
  const rand = seeded(4);
  const probs = Float32Array.from({ length: 2 * 3 * 7 }, () => rand());
  for (const norm of [1, 2] as const) {
    for (const [alpha, beta] of [[1, 1], [0.5, 0.5]]) {
      const r = await jdtLoss(
        { probs, shape: [2, 3, 7], labels: probs.slice() },
        { ...js, norm, alpha, beta, mIoUI: 1, mIoUC: 1 },
      );
      assert.ok(Math.abs(r.value) < 1e-12, `${r.value}`);
      if (norm === 2) assert.ok(r.grad!.every((g) => Math.abs(g) < 1e-12));
    }
  }
});

Deno.test("jdtLoss() with reduction none returns per-group losses whose active mean is the value", async () => {
  const input = sample(2);
  const r = await jdtLoss(input, {
    ...js,
    reduction: "none",
    mIoUD: 0,
    mIoUI: 1,
  });
  const g = r.perGroup!;
  assert.equal(g.image.length, 6);
  let sum = 0, images = 0;
  for (let b = 0; b < 2; b++) {
    let s = 0, n = 0;
    for (let c = 0; c < 3; c++) {
      if (g.imageActive[b * 3 + c]) {
        s += g.image[b * 3 + c];
        n++;
      } else assert.equal(g.image[b * 3 + c], 0);
    }
    if (n) {
      sum += s / n;
      images++;
    }
  }
  assert.ok(Math.abs(r.value - sum / images) < 1e-12);
  const d = await jdtLoss(input, { ...js, reduction: "none" });
  const active = [...d.perGroup!.datasetActive.keys()].filter((c) =>
    d.perGroup!.datasetActive[c]
  );
  const mean = active.reduce((s, c) => s + d.perGroup!.dataset[c], 0) /
    active.length;
  assert.ok(Math.abs(d.value - mean) < 1e-12);
  // Four arrays of their own: one can be transferred alone.
  const p = d.perGroup!;
  const buffers = new Set([p.image, p.imageActive, p.dataset, p.datasetActive]
    .map((a) => a.buffer));
  assert.equal(buffers.size, 4);
  assert.equal(p.image.buffer.byteLength, 8 * 6);
});

Deno.test("jdtLoss() active-class modes PROB, BOTH and a class list select the expected classes", async () => {
  // Class 2 is never labelled and barely predicted (probabilities ≤ 0.05).
  const probs = new Float32Array([
    0.9,
    0.1,
    0.3,
    0.5, // class 0
    0.08,
    0.88,
    0.67,
    0.46, // class 1
    0.02,
    0.02,
    0.03,
    0.04, // class 2
  ]);
  const input: HostLossInput = {
    probs,
    shape: [1, 3, 4],
    labels: new Uint8Array([0, 1, 1, 0]),
  };
  const reduced = async (
    mode: "PROB" | "BOTH" | "PRESENT" | readonly number[],
    threshold: number,
  ) =>
    (await jdtLoss(input, {
      ...js,
      activeClassesModeHard: mode,
      threshold,
      reduction: "none",
    })).perGroup!
      .datasetActive;
  assert.deepEqual([...await reduced("PRESENT", 0.01)], [1, 1, 0]);
  assert.deepEqual([...await reduced("PROB", 0.01)], [1, 1, 1]);
  assert.deepEqual([...await reduced("PROB", 0.05)], [1, 1, 0]);
  assert.deepEqual([...await reduced("PROB", 0.9)], [0, 0, 0]);
  // BOTH uses max(x + y): class 1 reaches 0.88 + 1, class 0 0.9 + 1, class 2 only 0.04.
  assert.deepEqual([...await reduced("BOTH", 1.89)], [1, 0, 0]);
  assert.deepEqual([...await reduced("BOTH", 0.035)], [1, 1, 1]);
  assert.deepEqual([...await reduced([0, 2], 0.5)], [1, 0, 1]);
  // The value is the mean over exactly those classes.
  const all = await jdtLoss(input, {
    ...js,
    activeClassesModeHard: "ALL",
    reduction: "none",
  });
  const list = await jdtLoss(input, { ...js, activeClassesModeHard: [0, 2] });
  const l = all.perGroup!.dataset;
  assert.ok(Math.abs(list.value - (l[0] + l[2]) / 2) < 1e-12);
});

Deno.test("jdtLoss() with sigmoid or temperature equals the same loss on the probabilities", async () => {
  const input = sample(3);
  const z = input.logits!;
  for (const T of [1, 0.5, 3]) {
    const sig = Float32Array.from(z, (v) => 1 / (1 + Math.exp(-v / T)));
    const a = await jdtLoss(input, {
      ...js,
      activation: "sigmoid",
      temperature: T,
      grad: false,
    });
    const b = await jdtLoss({ ...input, logits: undefined, probs: sig }, {
      ...js,
      grad: false,
    });
    assert.ok(Math.abs(a.value - b.value) < 1e-6, `${a.value} vs ${b.value}`);
    const scaled = await jdtLoss({ ...input, logits: z.map((v) => v / T) }, js);
    const tempered = await jdtLoss(input, { ...js, temperature: T });
    assert.ok(Math.abs(scaled.value - tempered.value) < 1e-6);
    // d/dz of L(z / T) is (1/T) dL/d(z/T).
    for (let i = 0; i < z.length; i++) {
      assert.ok(Math.abs(tempered.grad![i] - scaled.grad![i] / T) < 1e-6);
    }
  }
});

Deno.test("jdtLoss() with smooth 0 gives loss 0 and gradient 0 for an empty group, never NaN", async () => {
  // Class 2 is neither predicted (probability 0) nor labelled; ALL mode keeps it active.
  const probs = new Float32Array([1, 0, 0, 1, 0, 0]);
  const r = await jdtLoss(
    { probs, shape: [1, 3, 2], labels: new Uint8Array([0, 1]) },
    { ...js, smooth: 0, activeClassesModeHard: "ALL", mIoUI: 1, mIoUC: 1 },
  );
  assert.equal(r.value, 0);
  assert.ok(r.grad!.every((g) => g === 0));
});

Deno.test("jdtLoss() with every pixel dropped gives 0 and a zero gradient", async () => {
  const input = { ...sample(5), keepMask: new Uint8Array(10) };
  for (const mode of ["ALL", "PRESENT"] as const) {
    const r = await jdtLoss(input, {
      ...js,
      activeClassesModeHard: mode,
      mIoUI: 1,
      mIoUC: 1,
    });
    assert.equal(r.value, 0);
    assert.ok(r.grad!.every((g) => g === 0));
  }
});

Deno.test("jdtLoss() with grad false returns no gradient; auto picks an available backend", async () => {
  const r = await jdtLoss(sample(), { grad: false });
  assert.equal(r.grad, undefined);
  assert.ok(["js", "wasm", "webgpu"].includes(r.backend));
  const j = await jdtLoss(sample(), js);
  assert.ok(Math.abs(r.value - j.value) < 1e-6);
});

Deno.test("createLoss() validates once, computes like jdtLoss(), and refuses work after dispose", async () => {
  const input = sample(6);
  const loss = createLoss({ ...js, alpha: 0.5, beta: 0.5 });
  assert.equal(loss.options.smooth, 1e-3);
  const a = await loss.compute(input);
  const b = await jdtLoss(input, { ...js, alpha: 0.5, beta: 0.5 });
  assert.equal(a.value, b.value);
  assert.deepEqual(a.grad, b.grad);
  loss[Symbol.dispose]();
  await assert.rejects(loss.compute(input), /disposed/);
  {
    using scoped = createLoss(js);
    assert.ok((await scoped.compute(input)).value > 0);
  }
});

Deno.test("jdtLoss() writes the gradient into input.gradInto on every backend, zeros on dropped pixels", async () => {
  const input = {
    ...sample(7),
    keepMask: new Uint8Array([1, 0, 1, 1, 1, 0, 1, 1, 1, 1]),
  };
  const want = await jdtLoss(input, js);
  for (const backend of ["js", "wasm", "webgpu"] as const) {
    if (backend === "webgpu" && !navigator.gpu) continue;
    const gradInto = new Float32Array(30).fill(123);
    const r = await jdtLoss({ ...input, gradInto }, { backend });
    assert.equal(r.grad, gradInto);
    for (let i = 0; i < 30; i++) {
      assert.ok(Math.abs(gradInto[i] - want.grad![i]) < 1e-6);
    }
  }
  await assert.rejects(
    jdtLoss({ ...input, gradInto: new Float32Array(29) }, js),
    (e) => e instanceof JdtRangeError && e.argument === "input.gradInto",
  );
  await assert.rejects(
    jdtLoss({ ...input, gradInto: input.logits!.subarray(0, 30) }, js),
    (e) => e instanceof JdtRangeError && /share memory/.test(e.message),
  );
  await assert.rejects(
    jdtLoss({ ...input, gradInto: [] as unknown as Float32Array }, js),
    (e) => e instanceof JdtTypeError && e.argument === "input.gradInto",
  );
});
