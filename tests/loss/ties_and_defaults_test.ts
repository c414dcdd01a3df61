/**
 * Second guards of the loss (issue 16): the subgradient at exact ties x = y
 * with Tversky weights alpha ≠ beta, the documented default active-class mode
 * of soft labels, the float64 flush of the wasm sums and the temperature of
 * the WebGPU probabilities. Expected values come from the independent float64
 * formulas of `_independent.ts` or are derived by hand in the comments, never
 * from the library's host step.
 */
import assert from "node:assert/strict";
import { seeded } from "../../tools/workloads.ts";
import {
  computeStatistics,
  createLoss,
  jdtLoss,
  lossFromStatistics,
} from "../../mod.ts";
import type { BackendName, LossOptions } from "../../mod.ts";
import {
  assertAllClose,
  centralDifferences,
  refLoss,
  type RefOptions,
} from "../_independent.ts";
import { ignore, testAdapterPresent } from "../_gpu.ts";

testAdapterPresent("guards (loss)");

const BACKENDS: BackendName[] = ["js", "wasm", "webgpu"];

/** Registers one test per backend; webgpu follows JDT_REQUIRE_WEBGPU. */
function perBackend(
  name: string,
  fn: (backend: BackendName) => Promise<void>,
): void {
  for (const backend of BACKENDS) {
    Deno.test({
      name: `${name} (${backend})`,
      ignore: backend === "webgpu" && ignore,
      fn: () => fn(backend),
    });
  }
}

/**
 * Probabilities `[B, C, N]` and soft labels of which about half equal the
 * prediction bit for bit (a tie), the others at least 0.02 away from it.
 */
function tiedBatch(seed: number, B: number, C: number, N: number) {
  const rand = seeded(seed);
  const x = Float32Array.from({ length: B * C * N }, () => rand());
  const y = new Float32Array(x.length);
  const ties: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (rand() < 0.5) {
      y[i] = x[i];
      ties.push(i);
    } else {
      do y[i] = rand(); while (Math.abs(y[i] - x[i]) < 0.02);
    }
  }
  // Ties at the ends of [0, 1] too.
  x[0] = y[0] = 0;
  x[1] = y[1] = 1;
  ties.push(0, 1);
  return { x, y, ties: [...new Set(ties)] };
}

perBackend(
  "jdtLoss() gradient at exact ties x = y is the subgradient with sign(0) = 0, alpha != beta",
  async (backend) => {
    const B = 2, C = 3, N = 16;
    const { x, y, ties } = tiedBatch(5, B, C, N);
    for (
      const [alpha, beta] of [[0.3, 0.7], [0.9, 0.2]]
    ) {
      const ro: RefOptions = {
        alpha,
        beta,
        smooth: 1e-3,
        mIoUD: 1,
        mIoUI: 0.5,
      };
      const r = await jdtLoss({ probs: x, shape: [B, C, N], labels: y }, {
        backend,
        alpha,
        beta,
        mIoUI: 0.5,
        activeClassesModeSoft: "ALL",
      });
      const f = (v: Float64Array) => refLoss(v, y, B, C, N, ro);
      assert.ok(Math.abs(r.value - f(Float64Array.from(x))) < 1e-6, "value");
      // Central differences: at a tie the mean of the slopes on both sides,
      // (dL/dtp + dL/dfp − dL/dfn) / 2, which is what sign(0) = 0 gives
      // (docs/spec.md §4); elsewhere the derivative itself.
      const want = centralDifferences(f, x, 1e-7);
      let maxAbs = 0;
      for (const g of want) maxAbs = Math.max(maxAbs, Math.abs(g));
      // The ties carry gradients of the size of the others, so a tie
      // coefficient off by a factor would show.
      assert.ok(
        ties.filter((i) => Math.abs(want[i]) > 0.2 * maxAbs).length >= 5,
        "too few large tie gradients",
      );
      assertAllClose(r.grad!, want, 2e-5, `${backend} ${alpha}/${beta}`);
    }
  },
);

perBackend(
  "jdtLoss() where every prediction equals its label has gradient (alpha - beta) / (2·#groups·(label sum + smooth))",
  async (backend) => {
    // With x = y everywhere a group has tp = Σy, fp = fn = 0, so N = M = Σy + s
    // and score 1: dL/dtp = −(α·fp + β·fn)/M² = 0, dL/dfp = α·N/M² = α/M,
    // dL/dfn = β/M. At a tie dtp/dx = 1/2, dfp/dx = 1/2, dfn/dx = −1/2, so
    // dL/dx = (α − β) / (2M), times 1/#active groups of the mean.
    const smooth = 1e-3;
    // Soft labels, mIoUD: groups are the C classes, summed over the batch.
    {
      const B = 2, C = 3, N = 8;
      const rand = seeded(8);
      const p = Float32Array.from({ length: B * C * N }, () => rand());
      const [alpha, beta] = [0.2, 0.8];
      const r = await jdtLoss(
        { probs: p, shape: [B, C, N], labels: p.slice() },
        {
          backend,
          alpha,
          beta,
          activeClassesModeSoft: "ALL",
        },
      );
      assert.ok(Math.abs(r.value) < 1e-6);
      const want = new Float64Array(p.length);
      for (let c = 0; c < C; c++) {
        let Y = 0;
        for (let b = 0; b < B; b++) {
          for (let n = 0; n < N; n++) Y += p[(b * C + c) * N + n];
        }
        for (let b = 0; b < B; b++) {
          for (let n = 0; n < N; n++) {
            want[(b * C + c) * N + n] = (alpha - beta) / (2 * C * (Y + smooth));
          }
        }
      }
      assertAllClose(r.grad!, want, 1e-5, `${backend} soft`);
    }
    // Hard labels and one-hot probabilities, mIoUI: groups are (image, class),
    // each image holding every class; the mean is over B images of C classes.
    {
      const B = 2, C = 3, N = 6;
      const labels = new Uint8Array([0, 1, 2, 2, 0, 2, 1, 1, 0, 2, 1, 1]);
      const probs = new Float32Array(B * C * N);
      for (let b = 0; b < B; b++) {
        for (let n = 0; n < N; n++) {
          probs[(b * C + labels[b * N + n]) * N + n] = 1;
        }
      }
      const [alpha, beta] = [0.75, 0.25];
      const r = await jdtLoss({ probs, shape: [B, C, N], labels }, {
        backend,
        alpha,
        beta,
        mIoUD: 0,
        mIoUI: 1,
      });
      assert.ok(Math.abs(r.value) < 1e-6);
      const want = new Float64Array(probs.length);
      for (let b = 0; b < B; b++) {
        for (let c = 0; c < C; c++) {
          let Y = 0;
          for (let n = 0; n < N; n++) Y += labels[b * N + n] === c ? 1 : 0;
          for (let n = 0; n < N; n++) {
            want[(b * C + c) * N + n] = (alpha - beta) /
              (2 * B * C * (Y + smooth));
          }
        }
      }
      assertAllClose(r.grad!, want, 1e-5, `${backend} hard`);
    }
  },
);

// --- the default active-class mode of soft labels: ALL ----------------------

/** One image, C = 3, N = 4; class 2 is absent from the soft labels. */
const ABSENT = {
  probs: new Float32Array([
    ...[0.6, 0.2, 0.5, 0.7], // class 0
    ...[0.3, 0.7, 0.4, 0.2], // class 1
    ...[0.1, 0.1, 0.1, 0.1], // class 2
  ]),
  labels: new Float32Array([
    ...[0.8, 0.1, 0.5, 1],
    ...[0.2, 0.9, 0.5, 0],
    ...[0, 0, 0, 0],
  ]),
  shape: [1, 3, 4],
};

Deno.test("jdtLoss() with default options averages soft labels over every class, one absent from the batch included", async () => {
  // Jaccard (alpha = beta = 1), smooth 1e-3, mIoUD only; activeClassesModeSoft
  // defaults to ALL (docs/spec.md §3), so class 2, never labelled, counts:
  // its loss is 1 − s/(Σx + s) = 1 − 0.001/0.401, close to 1.
  const o = { alpha: 1, beta: 1, smooth: 1e-3, mIoUD: 1, mIoUI: 0 };
  const all = refLoss(ABSENT.probs, ABSENT.labels, 1, 3, 4, o);
  const { probs, labels, shape } = ABSENT;
  for (const backend of ["js", "wasm"] as const) {
    const r = await jdtLoss({ probs, labels, shape }, { backend });
    assert.ok(
      Math.abs(r.value - all) < 1e-6,
      `${backend}: ${r.value} vs ${all}`,
    );
  }
  // No options at all, and through the statistics record.
  assert.ok(
    Math.abs((await jdtLoss({ probs, labels, shape })).value - all) < 1e-6,
  );
  const stats = await computeStatistics({ probs, labels, shape });
  assert.ok(Math.abs(lossFromStatistics(stats).value - all) < 1e-6);
  // Sanity: leaving class 2 out would give a clearly different value.
  const present = (all * 3 - (1 - 0.001 / (0.4 + 0.001))) / 2;
  assert.ok(Math.abs(all - present) > 0.1);
});

Deno.test("createLoss() with default options gives a soft-label class absent from the batch its gradient", async () => {
  // Class 2 has y = 0 and x = 0.1 > y everywhere: dL/dx = dL/dfp of its group
  // = (1/C)·α·N/M² with N = s, M = Σx + s (fp = Σx, tp = fn = 0). Were the
  // class inactive (PRESENT) it would be 0.
  const s = 1e-3, C = 3;
  const M = 4 * Math.fround(0.1) + s;
  const want = (1 / C) * s / (M * M);
  using loss = createLoss();
  const r = await loss.compute(ABSENT);
  for (let n = 8; n < 12; n++) {
    assert.ok(
      Math.abs(r.grad![n] - want) <= 1e-6 * want,
      `grad[${n}] = ${r.grad![n]}, want ${want}`,
    );
  }
});

Deno.test("jdtLoss() with default options averages hard labels over the classes present in the batch only", async () => {
  // activeClassesModeHard defaults to PRESENT: class 2, never labelled, is
  // left out, so the value is the mean of the Jaccard losses of classes 0
  // and 1, and the gradient of class 2's probabilities is 0.
  const labels = new Uint8Array([0, 1, 1, 0]);
  const onehot = new Float32Array(8);
  labels.forEach((l, n) => onehot[l * 4 + n] = 1);
  const o = { alpha: 1, beta: 1, smooth: 1e-3, mIoUD: 1, mIoUI: 0 };
  const want = refLoss(ABSENT.probs.subarray(0, 8), onehot, 1, 2, 4, o);
  const input = { probs: ABSENT.probs, shape: [1, 3, 4], labels };
  for (const backend of ["js", "wasm"] as const) {
    const r = await jdtLoss(input, { backend });
    assert.ok(
      Math.abs(r.value - want) < 1e-6,
      `${backend}: ${r.value} vs ${want}`,
    );
    assert.deepEqual([...r.grad!.subarray(8)], [0, 0, 0, 0]);
  }
  const stats = await computeStatistics(input);
  assert.ok(Math.abs(lossFromStatistics(stats).value - want) < 1e-6);
});

// --- wasm: float32 partial sums flushed into float64 ------------------------

Deno.test("wasm statistics of 2^18 random pixels match float64 sums to 3e-8", async () => {
  // Float32 sums of a chunk's 8192 values per lane (sums near 4096, ulp
  // 4.9e-4) drift by ~4e-7 relative on this data; the kernel's float32
  // blocks of 32, added into float64, stay near 1e-9.
  const C = 3, N = 1 << 18;
  const rand = seeded(11);
  const probs = Float32Array.from({ length: C * N }, () => rand());
  const labels = Float32Array.from({ length: C * N }, () => rand());
  for (const norm of [1, 2] as const) {
    const s = await computeStatistics(
      { probs, shape: [1, C, N], labels },
      { backend: "wasm", norm },
    );
    for (let c = 0; c < C; c++) {
      let P = 0, Y = 0, D = 0;
      for (let n = 0; n < N; n++) {
        const x = probs[c * N + n], y = labels[c * N + n];
        // The kernel takes |x − y| in float32: round it likewise.
        const d = Math.fround(Math.abs(x - y));
        P += norm === 1 ? x : Math.fround(x * x);
        Y += norm === 1 ? y : Math.fround(y * y);
        D += norm === 1 ? d : Math.fround(d * d);
      }
      const got = s.data.subarray(c * 6, c * 6 + 3);
      for (const [k, want] of [P, Y, D].entries()) {
        const rel = Math.abs(got[k] - want) / want;
        assert.ok(rel < 3e-8, `norm ${norm} class ${c} sum ${k}: rel ${rel}`);
      }
    }
  }
});

// --- WebGPU: temperature in the probabilities -------------------------------

Deno.test({
  name:
    "webgpu jdtLoss() with a temperature equals the loss on softmax(z / T) and sigmoid(z / T) computed here",
  ignore,
  fn: async () => {
    const B = 2, C = 4, N = 37, T = 2.5;
    const rand = seeded(21);
    const logits = Float32Array.from(
      { length: B * C * N },
      () => (rand() - 0.5) * 8,
    );
    const labels = Int32Array.from(
      { length: B * N },
      () => Math.floor(rand() * C),
    );
    for (const activation of ["softmax", "sigmoid"] as const) {
      // Probabilities in float64, rounded to float32 for the js loss on them.
      const p = new Float64Array(B * C * N);
      for (let b = 0; b < B; b++) {
        for (let n = 0; n < N; n++) {
          const at = (c: number) => (b * C + c) * N + n;
          if (activation === "sigmoid") {
            for (let c = 0; c < C; c++) {
              p[at(c)] = 1 / (1 + Math.exp(-logits[at(c)] / T));
            }
            continue;
          }
          let m = -Infinity, s = 0;
          for (let c = 0; c < C; c++) m = Math.max(m, logits[at(c)] / T);
          for (let c = 0; c < C; c++) s += Math.exp(logits[at(c)] / T - m);
          for (let c = 0; c < C; c++) {
            p[at(c)] = Math.exp(logits[at(c)] / T - m) / s;
          }
        }
      }
      const opts: LossOptions = { alpha: 0.4, beta: 0.6, mIoUI: 0.5 };
      const onProbs = await jdtLoss(
        { probs: Float32Array.from(p), shape: [B, C, N], labels },
        { ...opts, backend: "js" },
      );
      const gpu = await jdtLoss({ logits, shape: [B, C, N], labels }, {
        ...opts,
        backend: "webgpu",
        activation,
        temperature: T,
      });
      assert.equal(gpu.backend, "webgpu");
      assert.ok(
        Math.abs(gpu.value - onProbs.value) < 1e-5,
        `${activation}: ${gpu.value} vs ${onProbs.value}`,
      );
      // Chain rule by hand: softmax dL/dz_c = p_c (g_c − Σ_k p_k g_k) / T,
      // sigmoid dL/dz = g p (1 − p) / T, g = dL/dp from the js loss.
      const g = onProbs.grad!;
      const want = new Float64Array(g.length);
      for (let b = 0; b < B; b++) {
        for (let n = 0; n < N; n++) {
          const at = (c: number) => (b * C + c) * N + n;
          let dot = 0;
          for (let c = 0; c < C; c++) dot += p[at(c)] * g[at(c)];
          for (let c = 0; c < C; c++) {
            const i = at(c);
            want[i] = activation === "softmax"
              ? p[i] * (g[i] - dot) / T
              : g[i] * p[i] * (1 - p[i]) / T;
          }
        }
      }
      assertAllClose(gpu.grad!, want, 1e-3, activation, 1e-7);
    }
  },
});
