import assert from "node:assert/strict";
import { rejectsNaming, throwsNaming } from "../_assert.ts";
import { toChannelsLast } from "../_layout.ts";
import { seeded } from "../../tools/workloads.ts";
import {
  compoundLoss,
  crossEntropyLoss,
  focalLoss,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
  klDivLoss,
} from "../../mod.ts";
import type {
  CompanionOptions,
  CompoundLossOptions,
  HostLossInput,
  LossResult,
} from "../../mod.ts";
import { compoundLossSync } from "../../src/train/compound.ts";

function close(got: number, want: number, tol: number, what: string): void {
  assert.ok(Math.abs(got - want) <= tol, `${what}: ${got} vs ${want}`);
}

// ---------------------------------------------------------------- hand-computed cases

Deno.test("crossEntropyLoss() matches a hand-computed case, ignored pixel dropped", () => {
  // Pixel 0: logits (1, 2, 3), label 2. log-sum-exp = 3 + ln(1 + e^-1 + e^-2)
  //   = 3 + ln(1.5032147) = 3.4076060, so CE = 3.4076060 − 3 = 0.4076060.
  //   softmax = exp(z − lse) = (0.0900306, 0.2447285, 0.6652410);
  //   dCE/dz = softmax − onehot = (0.0900306, 0.2447285, −0.3347590).
  // Pixel 1 has label 7 = ignoreIndex: no contribution, gradient 0, and the
  // mean is over one kept pixel. Layout [B=1, C=3, N=2]: class c of pixel n at 2c + n.
  const logits = new Float32Array([1, 5, 2, -5, 3, 0]);
  const r = crossEntropyLoss(
    { logits, shape: [1, 3, 2], labels: new Uint8Array([2, 7]) },
    { ignoreIndex: 7 },
  );
  close(r.value, 0.4076060, 1e-7, "value");
  const want = [0.0900306, 0, 0.2447285, 0, -0.3347590, 0];
  want.forEach((w, i) => close(r.grad![i], w, 1e-7, `grad[${i}]`));
  assert.equal(r.backend, "js");
});

Deno.test("focalLoss() matches a hand-computed case", () => {
  // Two classes, logits (0, 0), label 0, gamma 2: q0 = 1/2.
  //   FL = −(1 − q0)²·ln q0 = −0.25·ln 0.5 = 0.1732868.
  // With d = z0 − z1, q0 = σ(d) and dq0/dd = q0(1 − q0) = 0.25:
  //   dFL/dq0 = 2(1 − q0)·ln q0 − (1 − q0)²/q0 = ln 0.5 − 0.5 = −1.1931472,
  //   dFL/dz0 = −1.1931472·0.25 = −0.2982868 and dFL/dz1 = +0.2982868.
  const r = focalLoss({
    logits: new Float32Array([0, 0]),
    shape: [1, 2, 1],
    labels: new Uint8Array([0]),
  });
  close(r.value, 0.1732868, 1e-7, "value");
  close(r.grad![0], -0.2982868, 1e-7, "grad[0]");
  close(r.grad![1], 0.2982868, 1e-7, "grad[1]");
});

Deno.test("klDivLoss() matches a hand-computed case with temperature", () => {
  // T = 2, logits (2, 0) -> z/T = (1, 0), q = (e/(1+e), 1/(1+e)) = (0.7310586, 0.2689414);
  // y = (0.5, 0.5). KL = T²·Σ y(ln y − ln q) = 4·0.5·(2 ln 0.5 − ln(q0·q1))
  //   = 2·(−1.3862944 + 1.6265234) = 0.4804580.
  // Gradient T·(q − y) = 2·(0.2310586, −0.2310586) = (0.4621172, −0.4621172).
  const r = klDivLoss(
    {
      logits: new Float32Array([2, 0]),
      shape: [1, 2, 1],
      labels: new Float32Array([0.5, 0.5]),
    },
    { temperature: 2 },
  );
  close(r.value, 0.4804580, 1e-7, "value");
  close(r.grad![0], 0.4621172, 1e-7, "grad[0]");
  close(r.grad![1], -0.4621172, 1e-7, "grad[1]");
});

/** 24 logits in (−3, 3) from `seeded(seed)`. */
function logits24(seed: number): Float32Array {
  const rand = seeded(seed);
  return Float32Array.from({ length: 24 }, () => (rand() - 0.5) * 6);
}

Deno.test("focalLoss() with focalGamma 0 equals crossEntropyLoss()", () => {
  const input = {
    logits: logits24(3),
    shape: [2, 3, 4],
    labels: new Uint8Array([0, 1, 2, 1, 2, 2, 0, 1]),
  };
  const a = focalLoss(input, { focalGamma: 0 });
  const b = crossEntropyLoss(input);
  close(a.value, b.value, 1e-14, "value");
  a.grad!.forEach((g, i) => close(g, b.grad![i], 1e-7, `grad[${i}]`));
});

Deno.test("klDivLoss() with hard labels is T² times the cross-entropy at temperature T", () => {
  const input = {
    logits: logits24(4),
    shape: [2, 4, 3],
    labels: new Int32Array([0, 3, 2, 1, 2, 3]),
  };
  const kl = klDivLoss(input, { temperature: 3 });
  const ce = crossEntropyLoss(input, { temperature: 3 });
  close(kl.value, 9 * ce.value, 1e-12, "value");
  kl.grad!.forEach((g, i) => close(g, 9 * ce.grad![i], 1e-6, `grad[${i}]`));
});

Deno.test("companion losses give 0 and gradient 0 when no pixel is kept", () => {
  for (const f of [crossEntropyLoss, focalLoss, klDivLoss]) {
    const r = f({
      logits: new Float32Array([1, 2, 3, 4]),
      shape: [1, 2, 2],
      labels: new Uint8Array([0, 1]),
      keepMask: new Uint8Array([0, 0]),
    });
    assert.equal(r.value, 0);
    assert.deepEqual(Array.from(r.grad!), [0, 0, 0, 0]);
  }
});

// ---------------------------------------------------------------- finite differences

type Scalar = (pred: Float32Array) => number;

/**
 * Central differences in float64 on the float32 input: a power-of-two step
 * `h` >= 2^-16 is exact in float32 for |z| < 2^7, so z ± h are the points the
 * value is taken at. The truncation error is h²/6 times the third derivative.
 */
function checkFiniteDifferences(
  f: Scalar,
  pred: Float32Array,
  grad: Float32Array,
  what: string,
  skip: (i: number) => boolean = () => false,
  h = 2 ** -12,
): number {
  let checked = 0;
  for (let i = 0; i < pred.length; i++) {
    if (skip(i)) continue;
    const plus = pred.slice(), minus = pred.slice();
    plus[i] += h;
    minus[i] -= h;
    const fd = (f(plus) - f(minus)) / (2 * h);
    const tol = 2e-6 * (1 + Math.abs(fd));
    assert.ok(
      Math.abs(fd - grad[i]) <= tol,
      `${what}: grad[${i}] = ${grad[i]}, finite difference ${fd}`,
    );
    checked++;
  }
  return checked;
}

interface RandomCase {
  input: HostLossInput;
  name: string;
}

/** Random problems: hard or soft labels, both layouts, keep mask, ignoreIndex. */
function randomCases(seed: number): RandomCase[] {
  const rand = seeded(seed);
  const cases: RandomCase[] = [];
  for (const layout of ["channels-first", "channels-last"] as const) {
    for (const kind of ["hard", "soft"] as const) {
      const B = 2, C = 3, H = 2, W = 3, N = H * W;
      const shape = layout === "channels-first" ? [B, C, H, W] : [B, H, W, C];
      const logits = Float32Array.from(
        { length: B * C * N },
        () => (rand() - 0.5) * 6,
      );
      const keepMask = Uint8Array.from(
        { length: B * N },
        () => (rand() < 0.8 ? 1 : 0),
      );
      let labels: Uint8Array | Float32Array;
      if (kind === "hard") {
        labels = Uint8Array.from(
          { length: B * N },
          () => (rand() < 0.15 ? 255 : Math.floor(rand() * C)),
        );
      } else {
        labels = new Float32Array(B * C * N);
        const cs = layout === "channels-first" ? N : 1;
        for (let b = 0; b < B; b++) {
          for (let n = 0; n < N; n++) {
            const base = layout === "channels-first"
              ? b * C * N + n
              : (b * N + n) * C;
            const w = Array.from(
              { length: C },
              () => (rand() < 0.3 ? 0 : rand()),
            );
            const s = w.reduce((a, x) => a + x, 0) || 1;
            for (let c = 0; c < C; c++) labels[base + c * cs] = w[c] / s;
          }
        }
      }
      cases.push({
        input: { logits, shape, labels, keepMask },
        name: `${kind} ${layout}`,
      });
    }
  }
  return cases;
}

const COMPANIONS = { crossEntropyLoss, focalLoss, klDivLoss };

Deno.test("companion losses' gradients match finite differences (hard/soft, layouts, mask, ignore, T)", () => {
  let checked = 0;
  for (const { input, name } of randomCases(11)) {
    const layout = input.shape[1] === 3 ? "channels-first" : "channels-last";
    for (const [fname, f] of Object.entries(COMPANIONS)) {
      for (
        const extra of [{ temperature: 1 }, {
          temperature: 0.7,
          focalGamma: 1.5,
        }, { temperature: 2.5, focalGamma: 0.5 }]
      ) {
        const opts: CompanionOptions = { layout, ignoreIndex: 255, ...extra };
        const r = f(input, opts);
        const value: Scalar = (z) =>
          f({ ...input, logits: z }, { ...opts, grad: false }).value;
        checked += checkFiniteDifferences(
          value,
          input.logits!,
          r.grad!,
          `${fname} ${name} ${JSON.stringify(extra)}`,
        );
      }
    }
  }
  assert.equal(checked, 4 * 3 * 3 * 36);
});

Deno.test("companion losses' gradients with respect to probabilities match finite differences", () => {
  const rand = seeded(12);
  const probs = Float32Array.from({ length: 24 }, () => 0.05 + 0.9 * rand());
  const soft = Float32Array.from({ length: 24 }, () => rand());
  for (const labels of [new Uint8Array([0, 1, 2, 3, 3, 2]), soft]) {
    const input = { probs, shape: [2, 4, 3], labels };
    for (const [fname, f] of Object.entries(COMPANIONS)) {
      const r = f(input);
      const value: Scalar = (p) =>
        f({ ...input, probs: p }, { grad: false }).value;
      assert.equal(
        checkFiniteDifferences(
          value,
          probs,
          r.grad!,
          `${fname} probs`,
          undefined,
          2 ** -16,
        ),
        24,
      );
    }
  }
});

Deno.test("companion losses: channels-last equals channels-first transposed", () => {
  const [first] = randomCases(21);
  const B = 2, C = 3, N = 6;
  const t = (a: Float32Array) => toChannelsLast(a, B, C, N);
  for (const f of Object.values(COMPANIONS)) {
    const a = f(first.input, { ignoreIndex: 255, temperature: 1.3 });
    const b = f(
      { ...first.input, logits: t(first.input.logits!), shape: [2, 2, 3, 3] },
      { ignoreIndex: 255, temperature: 1.3, layout: "channels-last" },
    );
    assert.equal(a.value, b.value);
    assert.deepEqual(b.grad, t(a.grad!));
  }
});

Deno.test("companion losses reject bad input naming the argument", () => {
  const input = {
    logits: new Float32Array([0, 1]),
    shape: [1, 2, 1],
    labels: new Uint8Array([0]),
  };
  throwsNaming(
    () => crossEntropyLoss(input, { alpha: 0.5 } as CompanionOptions),
    JdtTypeError,
    "options.alpha",
  );
  throwsNaming(
    () => focalLoss(input, { focalGamma: -1 }),
    JdtRangeError,
    "options.focalGamma",
  );
  throwsNaming(
    () => klDivLoss(input, { temperature: 0 }),
    JdtRangeError,
    "options.temperature",
  );
  throwsNaming(
    () =>
      crossEntropyLoss(
        input,
        { activation: "sigmoid" } as unknown as CompanionOptions,
      ),
    JdtRangeError,
    "options.activation",
  );
  throwsNaming(
    () => crossEntropyLoss({ ...input, labels: new Uint8Array([2]) }),
    JdtRangeError,
    "input.labels",
  );
  throwsNaming(
    () => crossEntropyLoss({ ...input, shape: [1, 3, 1] }),
    JdtRangeError,
    "input.logits",
  );
  throwsNaming(
    () => crossEntropyLoss({ ...input, logits: new Float32Array([0, NaN]) }),
    JdtRangeError,
    "input.logits",
  );
  const probs = {
    probs: new Float32Array([0, 1]),
    shape: [1, 2, 1],
    labels: new Uint8Array([0]),
  };
  throwsNaming(() => klDivLoss(probs), JdtRangeError, "input.probs");
  throwsNaming(
    () => crossEntropyLoss(probs, { temperature: 2 }),
    JdtRangeError,
    "options.temperature",
  );
});

// ---------------------------------------------------------------- compound

Deno.test("compoundLoss() is 0.25·CE + 0.75·JML by default, value and gradient", async () => {
  for (const { input, name } of randomCases(31)) {
    const layout = input.shape[1] === 3 ? "channels-first" : "channels-last";
    const opts = { layout, ignoreIndex: 255, backend: "js" } as const;
    const r = await compoundLoss(input, opts);
    const ce = crossEntropyLoss(input, { layout, ignoreIndex: 255 });
    const jml = await jdtLoss(input, opts);
    assert.equal(r.parts.companion, ce.value, name);
    assert.equal(r.parts.jdt, jml.value, name);
    close(r.value, 0.25 * ce.value + 0.75 * jml.value, 1e-15, name);
    r.grad!.forEach((g, i) =>
      close(
        g,
        0.25 * ce.grad![i] + 0.75 * jml.grad![i],
        1e-7,
        `${name} grad[${i}]`,
      )
    );
    assert.equal(r.backend, "js");
  }
});

Deno.test("compoundLoss() gradients match finite differences away from the JML kinks", async () => {
  let checked = 0;
  for (const { input, name } of randomCases(41)) {
    const layout = input.shape[1] === 3 ? "channels-first" : "channels-last";
    const variants: CompoundLossOptions[] = [
      { companion: "focal", focalGamma: 2, mIoUI: 0.5, alpha: 0.5, beta: 0.5 },
      {
        companion: "kl",
        temperature: 1.5,
        companionWeight: 0.6,
        jdtWeight: 0.4,
        logLoss: true,
      },
      { companion: "crossEntropy", norm: 2, mIoUC: 1, mIoUD: 0 },
    ];
    for (const v of variants) {
      const opts: CompoundLossOptions = {
        ...v,
        layout,
        ignoreIndex: 255,
        backend: "js",
      };
      const r = await compoundLoss(input, opts);
      const value: Scalar = (z) =>
        compoundLossSync({ ...input, logits: z }, { ...opts, grad: false })
          .value;
      // With norm 1 and soft labels, |x − y| has a kink at x = y: skip pixels
      // whose probability lies within 1e-2 of its label in any class.
      const nearKink = kinkPixels(input, opts);
      checked += checkFiniteDifferences(
        value,
        input.logits!,
        r.grad!,
        `${name} ${JSON.stringify(v)}`,
        nearKink,
      );
    }
  }
  assert.ok(checked > 300, `only ${checked} coordinates checked`);
});

/** Marks the elements of pixels where a probability is within 1e-2 of its soft label (norm 1). */
function kinkPixels(
  input: HostLossInput,
  opts: CompoundLossOptions,
): (i: number) => boolean {
  const labels = input.labels;
  if (!(labels instanceof Float32Array) || opts.norm === 2) return () => false;
  const z = input.logits!, C = 3, T = opts.temperature ?? 1;
  const cf = opts.layout === "channels-first";
  const N = z.length / (2 * C), stride = cf ? N : 1;
  const near = new Set<number>();
  for (let b = 0; b < 2; b++) {
    for (let n = 0; n < N; n++) {
      const base = cf ? b * C * N + n : (b * N + n) * C;
      const e = Array.from(
        { length: C },
        (_, c) => Math.exp(z[base + c * stride] / T),
      );
      const s = e.reduce((a, x) => a + x, 0);
      if (
        e.some((x, c) => Math.abs(x / s - labels[base + c * stride]) < 1e-2)
      ) {
        for (let c = 0; c < C; c++) near.add(base + c * stride);
      }
    }
  }
  return (i) => near.has(i);
}

Deno.test("compoundLoss() and its synchronous form agree exactly", async () => {
  const [, soft] = randomCases(51);
  const opts: CompoundLossOptions = {
    companion: "kl",
    temperature: 2,
    mIoUI: 1,
    backend: "js",
  };
  const a = await compoundLoss(soft.input, opts);
  const b = compoundLossSync(soft.input, opts);
  assert.equal(a.value, b.value);
  assert.deepEqual(a.grad, b.grad);
  assert.deepEqual(a.parts, b.parts);
});

Deno.test("compoundLoss() passes reduction none through to the JDT part's per-group losses", async () => {
  const [hard] = randomCases(71);
  const opts = { ignoreIndex: 255, backend: "js", reduction: "none" } as const;
  const r = await compoundLoss(hard.input, opts);
  const jml = await jdtLoss(hard.input, opts);
  assert.deepEqual(r.perGroup, jml.perGroup);
});

Deno.test("compoundLoss() with a zero weight drops that part's gradient but reports its value", async () => {
  const [hard] = randomCases(61);
  const opts = { ignoreIndex: 255, backend: "js" } as const;
  const ceOnly = await compoundLoss(hard.input, {
    ...opts,
    companionWeight: 1,
    jdtWeight: 0,
  });
  const ce = crossEntropyLoss(hard.input, { ignoreIndex: 255 });
  assert.equal(ceOnly.value, ce.value);
  assert.deepEqual(ceOnly.grad, ce.grad);
  assert.ok(ceOnly.parts.jdt > 0);
  const jdtOnly = await compoundLoss(hard.input, {
    ...opts,
    companionWeight: 0,
    jdtWeight: 1,
  });
  const jml: LossResult = await jdtLoss(hard.input, opts);
  assert.equal(jdtOnly.value, jml.value);
  assert.deepEqual(jdtOnly.grad, jml.grad);
});

Deno.test("compoundLoss() rejects bad options naming the argument", async () => {
  const input = {
    logits: new Float32Array([0, 1]),
    shape: [1, 2, 1],
    labels: new Uint8Array([0]),
  };
  await rejectsNaming(
    compoundLoss(input, { companionWeight: -1 }),
    JdtRangeError,
    "options.companionWeight",
  );
  await rejectsNaming(
    compoundLoss(input, { jdtWeight: Infinity }),
    JdtRangeError,
    "options.jdtWeight",
  );
  await rejectsNaming(
    compoundLoss(input, { companion: "bce" } as unknown as CompoundLossOptions),
    JdtTypeError,
    "options.companion",
  );
  await rejectsNaming(
    compoundLoss(
      input,
      { activation: "sigmoid" } as unknown as CompanionOptions,
    ),
    JdtRangeError,
    "options.activation",
  );
  await rejectsNaming(
    compoundLoss(input, { focal_gamma: 1 } as CompoundLossOptions),
    JdtTypeError,
    "options.focal_gamma",
  );
  await rejectsNaming(
    compoundLoss({ ...input, labels: new Uint8Array([5]) }),
    JdtRangeError,
    "input.labels",
  );
  throwsNaming(
    () => compoundLossSync(input, { backend: "webgpu" }),
    JdtRangeError,
    "options.backend",
  );
});

Deno.test("klDivLoss() is 0 with zero gradient where softmax(z / T) equals the soft label", () => {
  // z = T·log y gives softmax(z / T) = y exactly (up to float32 rounding of z).
  const y = new Float32Array([0.2, 0.7, 0.1]);
  const T = 3;
  const logits = Float32Array.from(y, (v) => T * Math.log(v));
  const r = klDivLoss({ logits, shape: [1, 3, 1], labels: y }, {
    temperature: T,
  });
  // float32 rounding of y and z leaves ~1e-7 (y sums to 1 only to float32 precision)
  assert.ok(Math.abs(r.value) < 1e-6, `value ${r.value}`);
  r.grad!.forEach((g, i) => assert.ok(Math.abs(g) < 1e-6, `grad[${i}] = ${g}`));
  // and positive elsewhere
  const moved = klDivLoss({
    logits: logits.map((z, i) => z + i),
    shape: [1, 3, 1],
    labels: y,
  }, { temperature: T });
  assert.ok(moved.value > 0);
});

Deno.test("compoundLoss() with probabilities matches finite differences", async () => {
  const rand = seeded(81);
  const probs = Float32Array.from({ length: 24 }, () => 0.05 + 0.9 * rand());
  const input = {
    probs,
    shape: [2, 4, 3],
    labels: new Int32Array([0, 3, 2, 1, 1, 2]),
  };
  for (const companion of ["crossEntropy", "focal", "kl"] as const) {
    const opts: CompoundLossOptions = { companion, backend: "js" };
    const r = await compoundLoss(input, opts);
    const value: Scalar = (p) =>
      compoundLossSync({ ...input, probs: p }, { ...opts, grad: false }).value;
    assert.equal(
      checkFiniteDifferences(
        value,
        probs,
        r.grad!,
        `compound ${companion} probs`,
        undefined,
        2 ** -16,
      ),
      24,
    );
  }
});
