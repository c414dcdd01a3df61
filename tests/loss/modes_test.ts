/**
 * Segmentation modes: binary and multilabel 0/1 masks against
 * segmentation_models_pytorch's DiceLoss/JaccardLoss (its own test numbers,
 * and random cases against an independent float64 implementation of its
 * formula), explicit label kinds and their errors.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import {
  diceLoss,
  jaccardLoss,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
  type LossOptions,
  type LossResult,
  tverskyLoss,
} from "../../mod.ts";
import type { HostLossInput } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import { rejectsNaming } from "../_assert.ts";
import { ignore as noGpu, withDevice } from "../_gpu.ts";

const BACKENDS = ["js", "wasm"] as const;

/** Loss tolerance of the golden README. */
function closeLoss(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-6 + 1e-5 * Math.abs(want);
}

type Kind = "dice" | "jaccard";

/**
 * smp's DiceLoss/JaccardLoss (mode "binary" or "multilabel", smooth 0,
 * eps 1e-7), written from its documented formula in float64: per channel over
 * the whole batch (dims (0, 2)), elements equal to ignoreIndex masked out of
 * both prediction and target, a channel with no true pixel zeroed, then the
 * mean over all channels. `probs` and `target` are [B, C, N].
 */
function smpLoss(
  kind: Kind,
  probs: ArrayLike<number>,
  target: ArrayLike<number>,
  B: number,
  C: number,
  N: number,
  ignoreIndex: number | null = null,
): number {
  let total = 0;
  for (let c = 0; c < C; c++) {
    let inter = 0, card = 0, truth = 0;
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        const i = (b * C + c) * N + n;
        const m = target[i] === ignoreIndex ? 0 : 1;
        const p = probs[i] * m, y = target[i] * m;
        inter += p * y;
        card += p + y;
        truth += y;
      }
    }
    const score = kind === "dice"
      ? 2 * inter / Math.max(card, 1e-7)
      : inter / Math.max(card - inter, 1e-7);
    total += truth > 0 ? 1 - score : 0;
  }
  return total / C;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function jdt(kind: Kind) {
  return kind === "dice" ? diceLoss : jaccardLoss;
}

// smp's tests/test_losses.py, binary mode (from_logits=False): [pred, true, expected].
const SMP_BINARY: [number[], number[], number][] = [
  [[1, 1, 1], [1, 1, 1], 0],
  [[1, 0, 1], [1, 0, 1], 0],
  [[0, 0, 0], [0, 0, 0], 0],
  [[1, 1, 1], [0, 0, 0], 0],
  [[1, 0, 1], [0, 1, 0], 1],
  [[0, 0, 0], [1, 1, 1], 1],
];

Deno.test("binary masks: smp's DiceLoss, JaccardLoss and TverskyLoss(0.5, 0.5) test numbers", async () => {
  for (const backend of BACKENDS) {
    for (const [pred, truth, want] of SMP_BINARY) {
      const input = {
        probs: Float32Array.from(pred),
        shape: [1, 1, 1, pred.length],
        labels: Uint8Array.from(truth),
      };
      const opts = { backend, smooth: 0 };
      for (const r of [diceLoss, jaccardLoss]) {
        assert.ok(closeLoss((await r(input, opts)).value, want), `${pred}`);
      }
      const t = await tverskyLoss(input, { ...opts, alpha: 0.5, beta: 0.5 });
      assert.ok(closeLoss(t.value, want));
    }
    // test_binary_jaccard_loss: one pixel.
    const one = await jaccardLoss({
      probs: new Float32Array([1]),
      shape: [1, 1, 1, 1],
      labels: new Uint8Array([1]),
    }, { backend, smooth: 0 });
    assert.ok(closeLoss(one.value, 0));
  }
});

Deno.test("multilabel masks: smp's test_multilabel_jaccard_loss numbers", async () => {
  const ideal = [1, 1, 0, 0, 0, 0, 1, 1];
  const cases: [number[], number[], number][] = [
    [ideal, ideal, 0],
    [ideal, ideal.map((v) => 1 - v), 1],
    [[0, 1, 1, 0, 0, 1, 1, 0], [1, 1, 0, 0, 1, 1, 0, 0], 1 - 1 / 3],
  ];
  for (const backend of BACKENDS) {
    for (const [pred, truth, want] of cases) {
      const r = await jaccardLoss({
        probs: Float32Array.from(pred),
        shape: [1, 2, 4],
        labels: Uint8Array.from(truth),
      }, { backend, smooth: 0 });
      assert.ok(closeLoss(r.value, want), `${r.value} vs ${want}`);
      assert.ok(closeLoss(smpLoss("jaccard", pred, truth, 1, 2, 4), want));
    }
  }
});

/** A random mask problem: logits, 0/1 masks (some channels empty, some elements ignored). */
function maskCase(seed: number, B: number, C: number, N: number) {
  const rand = seeded(seed);
  const logits = Float32Array.from(
    { length: B * C * N },
    () => (rand() - 0.5) * 6,
  );
  const empty = Array.from({ length: C }, () => rand() < 0.3);
  const masks = new Uint8Array(B * C * N);
  for (let i = 0; i < masks.length; i++) {
    const c = Math.floor(i / N) % C;
    masks[i] = rand() < 0.1 ? 255 : !empty[c] && rand() < 0.4 ? 1 : 0;
  }
  const probs = Array.from(logits, sigmoid);
  return { logits, masks, probs, empty };
}

/** d smp / d logits by central differences of the float64 formula. */
function smpGrad(
  kind: Kind,
  logits: Float32Array,
  masks: Uint8Array,
  B: number,
  C: number,
  N: number,
): Float64Array {
  const z = Float64Array.from(logits);
  const g = new Float64Array(z.length);
  const h = 1e-6;
  for (let i = 0; i < z.length; i++) {
    const at = (d: number) => {
      const p = Array.from(z, (v, j) => sigmoid(j === i ? v + d : v));
      return smpLoss(kind, p, masks, B, C, N, 255);
    };
    g[i] = (at(h) - at(-h)) / (2 * h);
  }
  return g;
}

function assertGradClose(got: Float32Array, want: Float64Array): void {
  const scale = want.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  for (let i = 0; i < want.length; i++) {
    assert.ok(
      Math.abs(got[i] - want[i]) <= 1e-6 + 2e-3 * scale,
      `grad[${i}]: ${got[i]} vs ${want[i]}`,
    );
  }
}

Deno.test("binary and multilabel masks equal smp's formula on random cases (value, gradient; all channels present)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom("dice" as const, "jaccard" as const),
      fc.constantFrom(...BACKENDS),
      async (seed, B, C, N, kind, backend) => {
        const { logits, masks, probs } = maskCase(seed, B, C, N);
        const opts: LossOptions = {
          backend,
          activation: "sigmoid",
          smooth: 0,
          ignoreIndex: 255,
          reduction: "none",
        };
        const input = { logits, shape: [B, C, N], labels: masks };
        const r = await jdt(kind)(input, opts);
        const want = smpLoss(kind, probs, masks, B, C, N, 255);
        const present = r.perGroup!.datasetActive.reduce((a, v) => a + v, 0);
        // smp averages over all C channels, zeros included; jdt's PRESENT rule
        // over the present ones: sum(perGroup.dataset) / C is smp's value.
        const sum = r.perGroup!.dataset.reduce((a, v) => a + v, 0);
        assert.ok(closeLoss(sum / C, want), `${sum / C} vs ${want}`);
        if (present === C || present === 0) {
          assert.ok(closeLoss(r.value, want), `${r.value} vs ${want}`);
          assertGradClose(r.grad!, smpGrad(kind, logits, masks, B, C, N));
        } else {
          assert.ok(closeLoss(r.value * present / C, want));
        }
      },
    ),
    { numRuns: 60 },
  );
});

Deno.test("binary mask: an empty mask predicted empty costs 0 (Float32 soft labels cost ~1)", async () => {
  const logits = new Float32Array(16).fill(-4);
  const shape = [2, 1, 8];
  for (const backend of BACKENDS) {
    const opts = { backend, activation: "sigmoid" as const };
    const hard = await jdtLoss(
      { logits, shape, labels: new Uint8Array(16) },
      opts,
    );
    assert.equal(hard.value, 0);
    assert.ok(hard.grad!.every((v) => v === 0));
    const asMasks = await jdtLoss(
      { logits, shape, labels: new Float32Array(16) },
      { ...opts, labelKind: "masks" },
    );
    assert.equal(asMasks.value, 0);
    const soft = await jdtLoss(
      { logits, shape, labels: new Float32Array(16) },
      opts,
    );
    assert.ok(soft.value > 0.9, `soft ${soft.value}`);
  }
});

Deno.test("binary and multilabel masks agree across backends, layouts and keep masks", async () => {
  const B = 2, C = 3, N = 6;
  const { logits, masks } = maskCase(5, B, C, N);
  const keepMask = Uint8Array.from({ length: B * N }, (_, i) => i % 4 ? 1 : 0);
  const opts: LossOptions = {
    activation: "sigmoid",
    ignoreIndex: 255,
    mIoUI: 0.5,
  };
  const masked = (backend: "js" | "wasm") =>
    jdtLoss(
      { logits, shape: [B, C, N], labels: masks, keepMask },
      { ...opts, backend },
    );
  const want = await masked("js");
  // The same problem as per-channel soft labels with an explicit keep: only
  // possible per pixel, so compare a mask with no ignored element.
  const clean = masks.map((v) => (v === 255 ? 0 : v));
  const a = await jdtLoss({ logits, shape: [B, C, N], labels: clean }, {
    ...opts,
    backend: "js",
  });
  const b = await jdtLoss(
    { logits, shape: [B, C, N], labels: Float32Array.from(clean) },
    { ...opts, backend: "js", activeClassesModeSoft: "PRESENT" },
  );
  assert.ok(closeLoss(a.value, b.value));
  assertGradClose(a.grad!, Float64Array.from(b.grad!));
  // Channels-last, no ignored element: the transposed problem.
  const last = new Float32Array(logits.length),
    lastMasks = new Uint8Array(clean.length);
  for (let b = 0; b < B; b++) {
    for (let c = 0; c < C; c++) {
      for (let n = 0; n < N; n++) {
        last[(b * N + n) * C + c] = logits[(b * C + c) * N + n];
        lastMasks[(b * N + n) * C + c] = clean[(b * C + c) * N + n];
      }
    }
  }
  const l = await jdtLoss(
    { logits: last, shape: [B, N, C], labels: lastMasks },
    { ...opts, layout: "channels-last", backend: "wasm" },
  );
  assert.ok(closeLoss(l.value, a.value));
  for (const backend of ["wasm"] as const) {
    const r = await masked(backend);
    assert.ok(closeLoss(r.value, want.value));
    assertGradClose(r.grad!, Float64Array.from(want.grad!));
  }
});

Deno.test({
  name: "binary and multilabel masks on the webgpu backend equal js",
  ignore: noGpu,
  fn: () =>
    withDevice(async (device) => {
      for (const [B, C, N] of [[2, 1, 9], [2, 3, 7]]) {
        const { logits, masks } = maskCase(9, B, C, N);
        const input = { logits, shape: [B, C, N], labels: masks };
        const opts: LossOptions = {
          activation: "sigmoid",
          ignoreIndex: 255,
          smooth: 0,
        };
        const js = await diceLoss(input, { ...opts, backend: "js" });
        const gpu = await diceLoss(input, {
          ...opts,
          backend: "webgpu",
          device,
        });
        assert.equal(gpu.backend, "webgpu");
        assert.ok(closeLoss(gpu.value, js.value));
        assertGradClose(gpu.grad!, Float64Array.from(js.grad!));
      }
    }),
});

/** B=2, C=3, N=4 logits and class ids. */
function idsCase(): HostLossInput & { labels: Uint8Array } {
  const rand = seeded(3);
  return {
    logits: Float32Array.from({ length: 24 }, () => (rand() - 0.5) * 4),
    shape: [2, 3, 4],
    labels: Uint8Array.from({ length: 8 }, (_, i) => i === 5 ? 255 : i % 3),
  };
}

function oneHot(ids: Uint8Array, C: number, N: number): Float32Array {
  const out = new Float32Array(ids.length * C);
  for (let i = 0; i < ids.length; i++) {
    const b = Math.floor(i / N), n = i % N;
    if (ids[i] < C) out[(b * C + ids[i]) * N + n] = 1;
  }
  return out;
}

function sameResult(a: LossResult, b: LossResult): void {
  assert.equal(a.value, b.value);
  assert.deepEqual(a.grad, b.grad);
}

Deno.test("labelKind: class ids in a Float32Array and one-hot floats give the hard-label result", async () => {
  const input = idsCase();
  for (const backend of BACKENDS) {
    const opts = { backend, ignoreIndex: 255 };
    const ids = await jdtLoss(input, opts);
    const floats = await jdtLoss(
      { ...input, labels: Float32Array.from(input.labels) },
      { ...opts, labelKind: "ids" },
    );
    sameResult(floats, ids);
    // One-hot rows, a row of zeros where the pixel is ignored.
    const rows = oneHot(input.labels, 3, 4);
    const hot = await jdtLoss({ ...input, labels: rows }, {
      ...opts,
      labelKind: "one-hot",
    });
    sameResult(hot, ids);
    // The same rows read as soft labels (the default for a Float32Array) differ.
    const soft = await jdtLoss({ ...input, labels: rows }, { backend });
    assert.notEqual(soft.value, ids.value);
    // "auto" infers "ids" for an integer array of length B·N.
    sameResult(await jdtLoss(input, { ...opts, labelKind: "auto" }), ids);
  }
});

Deno.test("labelKind errors say what was inferred and how to say otherwise", async () => {
  const input = idsCase();
  const floats = Float32Array.from(input.labels.map((v) => v % 3));
  await rejectsNaming(
    jdtLoss({ ...input, labels: floats }),
    JdtRangeError,
    "input.labels",
    /soft labels, inferred by labelKind "auto".*labelKind "ids"/,
  );
  await rejectsNaming(
    jdtLoss({ ...input, labels: new Uint8Array(5) }),
    JdtRangeError,
    "input.labels",
    /B×N.*for class ids.*0\/1 masks/,
  );
  await rejectsNaming(
    jdtLoss(
      { ...input, labels: Float32Array.from([0, 1, 2, 0.5, 0, 1, 2, 0]) },
      {
        labelKind: "ids",
      },
    ),
    JdtRangeError,
    "input.labels",
    /integers in \[0, 3\), got 0.5 at index 3/,
  );
  await rejectsNaming(
    jdtLoss({ ...input, labels: new Uint8Array(24) }, { labelKind: "ids" }),
    JdtRangeError,
    "input.labels",
    /labelKind "one-hot"/,
  );
  const rows = oneHot(input.labels, 3, 4);
  rows[0] = 0.5;
  await rejectsNaming(
    jdtLoss({ ...input, labels: rows }, { labelKind: "one-hot" }),
    JdtRangeError,
    "input.labels",
    /one 1 and zeros.*labelKind "soft"/,
  );
  await rejectsNaming(
    jdtLoss({ ...input, labels: new Uint8Array(8) }, { labelKind: "soft" }),
    JdtTypeError,
    "input.labels",
    /Float32Array/,
  );
  await rejectsNaming(
    jdtLoss({ ...input, labels: new Uint8Array(8) }, {
      labelKind: "hard" as "ids",
    }),
    JdtTypeError,
    "options.labelKind",
  );
});

Deno.test("masks: wrong values, softmax, ignoreIndex 0/1 and ids with one channel are typed errors", async () => {
  const shape = [1, 2, 3];
  const logits = new Float32Array(6);
  const opts = { activation: "sigmoid" as const };
  await rejectsNaming(
    jdtLoss(
      { logits, shape, labels: new Uint8Array([0, 1, 2, 0, 0, 0]) },
      opts,
    ),
    JdtRangeError,
    "input.labels",
    /0 or 1, got 2 at index 2/,
  );
  await rejectsNaming(
    jdtLoss({ logits, shape, labels: new Uint8Array(6) }),
    JdtRangeError,
    "options.activation",
    /sigmoid.*multilabel/,
  );
  await rejectsNaming(
    jdtLoss({
      logits: new Float32Array(3),
      shape: [1, 1, 3],
      labels: new Uint8Array(3),
    }),
    JdtRangeError,
    "options.activation",
    /binary/,
  );
  await rejectsNaming(
    jdtLoss({ logits, shape, labels: new Uint8Array(6) }, {
      ...opts,
      ignoreIndex: 1,
    }),
    JdtRangeError,
    "options.ignoreIndex",
  );
  await rejectsNaming(
    jdtLoss({
      logits: new Float32Array(3),
      shape: [1, 1, 3],
      labels: new Uint8Array(3),
    }, {
      ...opts,
      labelKind: "ids",
    }),
    JdtRangeError,
    "input.labels",
    /binary foreground mask, options.labelKind "masks"/,
  );
  await rejectsNaming(
    jdtLoss(
      {
        logits,
        shape: [1, 3, 2],
        labels: new Uint8Array([0, 1, 255, 0, 0, 0]),
      },
      { ...opts, layout: "channels-last", ignoreIndex: 255 },
    ),
    JdtRangeError,
    "input.labels",
    /channels-first/,
  );
});

Deno.test("the caller's labels are left unchanged by every conversion", async () => {
  const input = idsCase();
  const floats = Float32Array.from(input.labels);
  const rows = oneHot(input.labels, 3, 4);
  const masks = Uint8Array.from(rows, (v, i) => (i === 2 ? 255 : v));
  const copies = [floats.slice(), rows.slice(), masks.slice()];
  await jdtLoss({ ...input, labels: floats }, {
    labelKind: "ids",
    ignoreIndex: 255,
  });
  await jdtLoss({ ...input, labels: rows }, { labelKind: "one-hot" });
  await jdtLoss({ ...input, labels: masks }, {
    activation: "sigmoid",
    ignoreIndex: 255,
  });
  assert.deepEqual([floats, rows, masks], copies);
});

Deno.test("the companion losses refuse 0/1 masks instead of misreading them", async () => {
  const { crossEntropyLoss, compoundLoss } = await import("../../mod.ts");
  const input = {
    probs: new Float32Array([0.2, 0.7, 0.8, 0.3]),
    shape: [1, 2, 2],
    labels: new Uint8Array([0, 1, 1, 0]),
  };
  assert.throws(
    () => crossEntropyLoss(input),
    (e) => e instanceof JdtRangeError && /0\/1 masks/.test(e.message),
  );
  await rejectsNaming(
    compoundLoss(input),
    JdtRangeError,
    "input.labels",
    /masks/,
  );
});
