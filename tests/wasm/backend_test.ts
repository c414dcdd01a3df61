import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { jdtLoss } from "../../mod.ts";
import { JdtRangeError } from "../../src/core/errors.ts";
import type {
  ActiveClassesMode,
  HardLabels,
  LossInput,
  LossOptions,
} from "../../src/core/types.ts";
import {
  setWasmChunkElements,
  wasmBackend,
  wasmMemoryBytes,
} from "../../src/wasm/backend.ts";
import { instantiateJdtWasm } from "../../src/wasm/module.ts";
import { stagedWasmBackend } from "../../src/wasm/staged_backend.ts";
import { setWasmThreads, threadsAvailable } from "../../src/wasm/threads.ts";
import { lossInputOf } from "../_random.ts";
import { resolveLossOptions } from "../../src/core/options.ts";
import { toProblem } from "../../src/core/input.ts";
import { STAT_K, STAT_P, STAT_Y } from "../../src/core/problem.ts";
import { hostStepPlan } from "../../src/core/host_step.ts";
import { chooseBackend } from "../../src/choose/backend.ts";
import type { Problem } from "../../src/core/problem.ts";
import type { WebGpuBackend } from "../../src/webgpu/backend.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";
import { eachBuild } from "../_wasm.ts";
import { assertParityWithJs } from "../_float32_parity.ts";

/** A random problem: shape, data of every input variant, and options. */
const problemArb = fc.record({
  B: fc.integer({ min: 1, max: 4 }),
  C: fc.integer({ min: 1, max: 40 }),
  spatial: fc.array(fc.integer({ min: 1, max: 9 }), {
    minLength: 1,
    maxLength: 3,
  }),
  pred: fc.constantFrom("logits", "sigmoid", "probs"),
  labels: fc.constantFrom("u8", "u16", "i32", "soft"),
  ignore: fc.boolean(),
  keepMask: fc.boolean(),
  norm: fc.constantFrom(1 as const, 2 as const),
  layout: fc.constantFrom(
    "channels-first" as const,
    "channels-last" as const,
  ),
  temperature: fc.constantFrom(1, 0.5, 2.5),
  mode: fc.constantFrom<ActiveClassesMode>(
    "ALL",
    "PRESENT",
    "PROB",
    "BOTH",
  ),
  weights: fc.tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 2 }),
  ),
  gamma: fc.constantFrom(1, 2),
  logLoss: fc.boolean(),
  alphaBeta: fc.constantFrom([1, 1], [0.5, 0.5], [0.3, 0.7], [1.5, 0.2]),
  smooth: fc.constantFrom(1e-3, 1, 0),
  threshold: fc.constantFrom(0.01, 0.5),
  classWeights: fc.boolean(),
  seed: fc.integer(),
});

type RandomProblem = typeof problemArb extends fc.Arbitrary<infer T> ? T
  : never;

/** Builds input and options of a random problem (data from a seeded generator). */
function build(
  p: RandomProblem,
): { input: LossInput; options: LossOptions } {
  let s = p.seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const { B, C } = p;
  const N = p.spatial.reduce((a, b) => a * b, 1);
  const cl = p.layout === "channels-last";
  const shape = cl ? [B, ...p.spatial, C] : [B, C, ...p.spatial];
  const pred = new Float32Array(B * C * N);
  // Values are generated channels-first; the index map below lays them out.
  const at = (b: number, c: number, n: number) =>
    cl ? (b * N + n) * C + c : (b * C + c) * N + n;
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let sum = 0;
      const raw = Array.from({ length: C }, () => rand());
      for (const v of raw) sum += v;
      for (let c = 0; c < C; c++) {
        pred[at(b, c, n)] = p.pred === "probs"
          ? (rand() < 0.1 ? 0 : raw[c] / sum)
          : (rand() - 0.5) * 12;
      }
    }
  }
  const ignoreIndex = p.ignore ? (p.labels === "i32" ? -1 : 255) : null;
  let labels: HardLabels | Float32Array;
  if (p.labels === "soft") {
    labels = new Float32Array(B * C * N);
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        const raw = Array.from({ length: C }, () => rand() ** 3);
        const sum = raw.reduce((a, v) => a + v, 0);
        for (let c = 0; c < C; c++) labels[at(b, c, n)] = raw[c] / sum;
      }
    }
  } else {
    const Ctor = p.labels === "u8"
      ? Uint8Array
      : p.labels === "u16"
      ? Uint16Array
      : Int32Array;
    labels = new Ctor(B * N);
    for (let i = 0; i < B * N; i++) {
      labels[i] = ignoreIndex !== null && rand() < 0.2
        ? ignoreIndex
        : Math.floor(rand() * (C === 1 ? 2 : C)); // C = 1: a binary mask
    }
  }
  const input: LossInput = lossInputOf(
    { pred, shape, labels, probs: p.pred === "probs", pixels: B * N },
    p.keepMask ? 0.7 : null,
    rand,
  );
  const options: LossOptions = {
    norm: p.norm,
    layout: p.layout,
    temperature: p.temperature,
    // A binary mask (C = 1, hard labels) needs sigmoid logits.
    activation: p.pred === "sigmoid" || (C === 1 && p.labels !== "soft")
      ? "sigmoid"
      : "softmax",
    ignoreIndex,
    mIoUD: p.weights[0],
    mIoUI: p.weights[1],
    mIoUC: p.weights[2],
    gamma: p.gamma,
    logLoss: p.logLoss,
    alpha: p.alphaBeta[0],
    beta: p.alphaBeta[1],
    // smooth = 0 with the log loss is rejected by design.
    smooth: p.logLoss && p.smooth === 0 ? 1e-3 : p.smooth,
    threshold: p.threshold,
    classWeights: p.classWeights
      ? Array.from({ length: C }, () => Math.floor(rand() * 32) / 16)
      : null,
    activeClassesModeHard: p.mode,
    activeClassesModeSoft: p.mode,
  };
  return { input, options };
}

Deno.test("wasmBackend agrees with the js backend on random shapes, inputs and options, both builds", async () => {
  await eachBuild(() => randomParity(150));
});

async function randomParity(numRuns: number) {
  await fc.assert(
    fc.asyncProperty(problemArb, async (p) => {
      const { input, options } = build(p);
      const wasm = await jdtLoss(input, { ...options, backend: "wasm" });
      await assertParityWithJs(input, options, "wasm", wasm);
      // A reused gradInto (here full of stale NaN) gets the same gradient: the
      // copy path keeps pass 1's probabilities there for pass 2.
      const gradInto = new Float32Array(wasm.grad!.length).fill(NaN);
      const into = await jdtLoss({ ...input, gradInto }, {
        ...options,
        backend: "wasm",
      });
      assert.equal(into.grad, gradInto);
      await assertParityWithJs(input, options, "wasm", into);
      const valueOnly = { ...options, grad: false, reduction: "none" } as const;
      const r = await jdtLoss(input, { ...valueOnly, backend: "wasm" });
      assert.equal(r.grad, undefined);
      await assertParityWithJs(input, valueOnly, "wasm", r);
    }),
    { numRuns },
  );
}

Deno.test("wasmBackend gives the same results when the input spans many chunks", async () => {
  const p: RandomProblem = {
    B: 2,
    C: 7,
    spatial: [37, 23],
    pred: "logits",
    labels: "u8",
    ignore: true,
    keepMask: true,
    norm: 1,
    layout: "channels-first",
    temperature: 1,
    mode: "PRESENT",
    weights: [1, 1, 1],
    gamma: 1,
    logLoss: false,
    alphaBeta: [1, 1],
    smooth: 1e-3,
    threshold: 0.01,
    classWeights: false,
    seed: 7,
  };
  for (const layout of ["channels-first", "channels-last"] as const) {
    for (const labels of ["u8", "soft"] as const) {
      const { input, options } = build({ ...p, layout, labels });
      const js = await jdtLoss(input, { ...options, backend: "js" });
      const whole = await jdtLoss(input, { ...options, backend: "wasm" });
      setWasmChunkElements(7 * 12); // 12 pixels per chunk: 71 chunks per image
      try {
        const chunked = await jdtLoss(input, { ...options, backend: "wasm" });
        assertLossClose(chunked.value, js.value, "chunked value");
        assertGradClose(chunked.grad!, js.grad!, "chunked grad");
        assertLossClose(chunked.value, whole.value, "chunked vs whole");
        assertGradClose(chunked.grad!, whole.grad!, "chunked vs whole grad");
        const gradInto = new Float32Array(js.grad!.length).fill(NaN);
        await jdtLoss({ ...input, gradInto }, { ...options, backend: "wasm" });
        assertGradClose(gradInto, js.grad!, "chunked gradInto");
      } finally {
        setWasmChunkElements();
      }
    }
  }
});

Deno.test("wasmBackend keeps its memory fixed across calls and input sizes", async () => {
  const call = (H: number) =>
    jdtLoss({
      logits: new Float32Array(2 * 5 * H * 64).fill(0.5),
      shape: [2, 5, H, 64],
      labels: new Uint8Array(2 * H * 64).fill(3),
    }, { backend: "wasm" });
  await call(16);
  setWasmChunkElements(5 * 256);
  try {
    await call(16);
    const bytes = wasmMemoryBytes();
    await call(16);
    await call(256); // 16x the input: same memory
    assert.equal(wasmMemoryBytes(), bytes);
  } finally {
    setWasmChunkElements();
  }
});

Deno.test("wasmBackend sums 2^23 values without losing digits", async () => {
  // 2 classes x 2^22 pixels of probabilities 0.3 / 0.7. A float32 sum over
  // the pixels is off by 8e-3 relative here (4 float32 lanes: 5e-4); the
  // kernel's float32 partial sums of 32 blocks (128 pixels), added into
  // float64, by 3e-7.
  const N = 1 << 22;
  const probs = new Float32Array(2 * N);
  probs.fill(0.3, 0, N);
  probs.fill(0.7, N);
  const o = resolveLossOptions({});
  const problem = toProblem(
    { probs, shape: [1, 2, N], labels: new Uint8Array(N) },
    o,
  );
  const out = await wasmBackend.run(problem, hostStepPlan(problem, o, false));
  const want = [N * Math.fround(0.3), N * Math.fround(0.7)];
  for (let c = 0; c < 2; c++) {
    const P = out.stats[c * STAT_K + STAT_P];
    assert.ok(Math.abs(P - want[c]) <= 1e-6 * want[c], `P[${c}] = ${P}`);
  }
  assert.equal(out.stats[STAT_Y], N);
  assert.equal(out.stats[STAT_K + STAT_Y], 0);
});

Deno.test("wasmBackend rejects invalid values, also on dropped pixels", async () => {
  const shape = [1, 3, 4];
  const logits = new Float32Array(12).fill(0.25);
  const labels = new Uint8Array([0, 1, 2, 255]);
  const keepMask = new Uint8Array([1, 1, 1, 0]);
  const opts: LossOptions = { backend: "wasm", ignoreIndex: 255 };
  const bad = Float32Array.from(logits);
  bad[11] = NaN; // class 2 of the dropped pixel 3
  await assert.rejects(
    jdtLoss({ logits: bad, shape, labels, keepMask }, opts),
    (e) => e instanceof JdtRangeError && /input\.logits/.test(e.message),
  );
  bad[11] = -Infinity;
  await assert.rejects(
    jdtLoss({ logits: bad, shape, labels }, opts),
    JdtRangeError,
  );
  const probs = Float32Array.from(logits);
  probs[3] = 1.0000001;
  await assert.rejects(
    jdtLoss({ probs, shape, labels }, opts),
    (e) => e instanceof JdtRangeError && /input\.probs/.test(e.message),
  );
  await assert.rejects(
    jdtLoss({ logits, shape, labels: new Uint8Array([0, 1, 3, 255]) }, opts),
    (e) => e instanceof JdtRangeError && /input\.labels/.test(e.message),
  );
  await assert.rejects(
    jdtLoss({ logits, shape, labels: new Int32Array([0, -1, 1, 2]) }, opts),
    JdtRangeError,
  );
  const soft = new Float32Array(12).fill(1 / 3);
  soft[5] = NaN;
  await assert.rejects(
    jdtLoss({ logits, shape, labels: soft, keepMask }, opts),
    (e) => e instanceof JdtRangeError && /input\.labels/.test(e.message),
  );
  // -0 lies in [0, 1]: accepted, as by the js backend.
  soft[5] = -0;
  const r = await jdtLoss({ logits, shape, labels: soft }, opts);
  const js = await jdtLoss({ logits, shape, labels: soft }, {
    ...opts,
    backend: "js",
  });
  assertLossClose(r.value, js.value, "-0 soft label");
});

Deno.test("wasm exp2 kernel is within 2.2 ulp of float32, exact at 0 and 0 below -125, both builds", async () => {
  await eachBuild((build) => {
    const k = instantiateJdtWasm() as unknown as {
      memory: WebAssembly.Memory;
      heapBase(): number;
      exp2Batch(src: number, dst: number, n: number): void;
    };
    const n = 1 << 16;
    const src = (k.heapBase() + 15) & ~15, dst = src + 4 * n;
    const need = dst + 4 * n - k.memory.buffer.byteLength;
    if (need > 0) k.memory.grow(Math.ceil(need / 65536));
    const f32 = new Float32Array(k.memory.buffer);
    const ts = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      // Dense near 0 (softmax of close logits), then across the whole range.
      ts[i] = i < n / 2 ? -i / (n / 2) : -125 * (i - n / 2) / (n / 2 - 1);
    }
    ts[1] = -1e-30;
    ts.set([-125.5, -1000, -Infinity, NaN], n - 4);
    f32.set(ts, src >> 2);
    k.exp2Batch(src, dst, n);
    let worst = 0;
    for (let i = 0; i < n - 4; i++) {
      const want = 2 ** ts[i];
      const got = f32[(dst >> 2) + i];
      const ulp = 2 ** (Math.floor(Math.log2(want)) - 23);
      worst = Math.max(worst, Math.abs(got - want) / ulp);
    }
    assert.equal(f32[dst >> 2], 1);
    assert.deepEqual(
      Array.from(f32.subarray((dst >> 2) + n - 4, (dst >> 2) + n)),
      [0, 0, 0, 0],
    );
    assert.ok(worst <= 2.2, `${build}: worst error ${worst} ulp`);
    return Promise.resolve();
  });
});

Deno.test("chooseBackend() picks wasm for backend wasm and auto, at every size", async () => {
  // Elements B*C*N; a WebGPU backend without a hardware adapter.
  const sized = (N: number) => ({ B: 1, C: 1, N }) as Problem;
  const webgpu = {
    accepts: () => null,
    hardware: () => Promise.resolve(false),
  } as unknown as WebGpuBackend;
  const choose = (c: "wasm" | "auto", N: number) =>
    chooseBackend(c, sized(N), { webgpu });
  assert.equal(await choose("wasm", 1), wasmBackend);
  assert.equal(await choose("auto", 1), wasmBackend);
  // Large calls run staged on two threads where workers can run.
  const big = await choose("auto", 1 << 30);
  assert.equal(big, threadsAvailable() ? stagedWasmBackend : wasmBackend);
  assert.equal(big.name, "wasm");
  setWasmThreads("off");
  try {
    assert.equal(await choose("auto", 1 << 30), wasmBackend);
  } finally {
    setWasmThreads();
  }
  const r = await jdtLoss({
    logits: new Float32Array(4),
    shape: [1, 2, 2],
    labels: new Uint8Array(2),
  });
  assert.equal(r.backend, "wasm");
});
