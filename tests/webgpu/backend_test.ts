/**
 * The WebGPU backend against the js oracle (its golden vectors run in
 * tests/loss/golden_test.ts): every input variant, chunking, GPU-resident
 * inputs and outputs, device loss, validation errors. On a machine without an adapter the tests are ignored,
 * unless JDT_REQUIRE_WEBGPU=1 (CI), where they fail.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { sizes } from "../_random.ts";
import { seeded } from "../../tools/workloads.ts";
import {
  createLoss,
  isInputError,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
} from "../../mod.ts";
import { chooseBackend } from "../../src/choose/backend.ts";
import { WEBGPU_AUTO_MIN_ELEMENTS } from "../../src/webgpu/device.ts";
import { resolveLossOptions } from "../../src/core/options.ts";
import { toProblem } from "../../src/core/input.ts";
import type { Problem } from "../../src/core/problem.ts";
import { jsBackend } from "../../src/core/reference.ts";
import { hostStepPlan } from "../../src/core/host_step.ts";
import type {
  HardLabels,
  LabelFormat,
  LossInput,
  LossOptions,
  LossResult,
} from "../../src/core/types.ts";
import { WebGpuBackend } from "../../src/webgpu/backend.ts";
import { PIXELS_PER_TILE, planChunks } from "../../src/webgpu/chunks.ts";
import { defaultGpu, releaseDefaultGpu } from "../../src/webgpu/device.ts";
import { cachedPipelineCount } from "../../src/webgpu/pipelines.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";

import { gpuBuffer, readFloats } from "../../tools/gpu_buffers.ts";
import {
  adapter,
  gpuTest,
  ignore,
  newDevice,
  testAdapterPresent,
} from "../_gpu.ts";

testAdapterPresent("webgpu");

interface Variant {
  B: number;
  C: number;
  N: number;
  activation: "softmax" | "sigmoid" | "none";
  temperature: number;
  labels: "soft" | "u8" | "u16" | "i32";
  ignore: boolean;
  mask: boolean;
  norm: 1 | 2;
  layout: "channels-first" | "channels-last";
  mode: "ALL" | "PRESENT" | "PROB" | "BOTH";
  seed: number;
}

/** A random problem of a variant (values from a seeded generator). */
function randomInput(v: Variant): { input: LossInput; options: LossOptions } {
  const rand = seeded(v.seed);
  const { B, C, N } = v;
  const total = B * C * N;
  const pred = new Float32Array(total);
  if (v.activation === "none") {
    // probabilities: a softmax per pixel, in the chosen layout
    for (let p = 0; p < B * N; p++) {
      const e: number[] = [];
      for (let c = 0; c < C; c++) e.push(Math.exp(rand() * 6));
      const s = e.reduce((a, b) => a + b, 0);
      const b = Math.floor(p / N), n = p % N;
      for (let c = 0; c < C; c++) {
        const at = v.layout === "channels-first"
          ? (b * C + c) * N + n
          : p * C + c;
        pred[at] = e[c] / s;
      }
    }
  } else {
    for (let i = 0; i < total; i++) pred[i] = (rand() - 0.5) * 10;
  }
  let labels: HardLabels | Float32Array;
  if (v.labels === "soft") {
    labels = new Float32Array(total);
    for (let i = 0; i < total; i++) labels[i] = rand();
  } else {
    const ids = new Int32Array(B * N);
    for (let i = 0; i < ids.length; i++) {
      // C = 1: a binary mask (class ids need C >= 2).
      ids[i] = v.ignore && rand() < 0.1
        ? 255
        : Math.floor(rand() * (C === 1 ? 2 : C));
    }
    labels = v.labels === "u8"
      ? Uint8Array.from(ids)
      : v.labels === "u16"
      ? Uint16Array.from(ids)
      : ids;
  }
  const shape = v.layout === "channels-first" ? [B, C, N] : [B, N, C];
  const input: LossInput = v.activation === "none"
    ? { probs: pred, shape, labels }
    : { logits: pred, shape, labels };
  if (v.mask) {
    input.keepMask = new Uint8Array(B * N).map(() => rand() < 0.8 ? 1 : 0);
  }
  const options: LossOptions = {
    // A binary mask (C = 1, hard labels) needs sigmoid logits.
    activation: v.activation === "none"
      ? undefined
      : C === 1 && v.labels !== "soft"
      ? "sigmoid"
      : v.activation,
    temperature: v.temperature,
    ignoreIndex: v.ignore ? 255 : null,
    norm: v.norm,
    layout: v.layout,
    mIoUD: 1,
    mIoUI: 0.5,
    mIoUC: 0.25,
    activeClassesModeHard: v.mode,
    activeClassesModeSoft: v.mode,
    reduction: "none",
  };
  return { input, options };
}

const variantArb: fc.Arbitrary<Variant> = fc.record({
  B: fc.integer({ min: 1, max: 3 }),
  C: fc.integer({ min: 1, max: 6 }),
  N: fc.integer({ min: 1, max: 1500 }),
  activation: fc.constantFrom("softmax", "sigmoid", "none"),
  temperature: fc.constantFrom(1, 0.5, 2.5),
  labels: fc.constantFrom("soft", "u8", "u16", "i32"),
  ignore: fc.boolean(),
  mask: fc.boolean(),
  norm: fc.constantFrom(1, 2),
  layout: fc.constantFrom("channels-first", "channels-last"),
  mode: fc.constantFrom("ALL", "PRESENT", "PROB", "BOTH"),
  seed: fc.integer(),
});

function assertSameResult(got: LossResult, want: LossResult, what: string) {
  assertLossClose(got.value, want.value, what);
  assertGradClose(got.grad!, want.grad!, what);
  const g = got.perGroup!, w = want.perGroup!;
  assert.deepEqual(g.imageActive, w.imageActive, what);
  for (let i = 0; i < w.image.length; i++) {
    assertLossClose(g.image[i], w.image[i], `${what} l[${i}]`);
  }
}

gpuTest(
  "jdtLoss() on webgpu equals js on random shapes and every input variant",
  async (device) => {
    await fc.assert(
      fc.asyncProperty(variantArb, async (v) => {
        const { input, options } = randomInput(v);
        const gpu = await jdtLoss(input, {
          ...options,
          backend: "webgpu",
          device,
        });
        const js = await jdtLoss(input, { ...options, backend: "js" });
        assertSameResult(gpu, js, JSON.stringify(v));
      }),
      { numRuns: 30 },
    );
  },
);

Deno.test("planChunks() covers every pixel once within the byte limit", () => {
  fc.assert(
    fc.property(
      ...sizes(9, 20, 5000, 1 << 16),
      (B, C, N, maxBytes) => {
        if (maxBytes < C * 4) {
          assert.throws(() => planChunks(B, C, N, maxBytes), RangeError);
          return;
        }
        const seen = new Uint8Array(B * N);
        for (const ch of planChunks(B, C, N, maxBytes)) {
          assert.ok(ch.images * ch.len * C * 4 <= maxBytes);
          assert.ok(ch.images === 1 || ch.len === N);
          if (maxBytes >= 16 * C) assert.equal(ch.firstPixel % 4, 0);
          assert.equal(ch.tiles, Math.ceil(ch.len / PIXELS_PER_TILE));
          for (let i = 0; i < ch.images; i++) {
            for (let n = 0; n < ch.len; n++) {
              seen[(ch.firstImage + i) * N + ch.firstPixel + n]++;
            }
          }
        }
        assert.ok(seen.every((s) => s === 1));
      },
    ),
  );
});

/** Runs a problem on a backend with the host step of `options`. */
async function runBackend(
  backend: { run: WebGpuBackend["run"] },
  p: Problem,
  options: LossOptions,
) {
  return await backend.run(p, hostStepPlan(p, resolveLossOptions(options)));
}

gpuTest(
  "WebGpuBackend.run() with a forced tiny chunk size equals js, whole images and split images",
  async (device) => {
    const cases: [Variant, number, number][] = [
      // variant, maxChunkBytes, minimum number of chunks expected
      [
        { ...base, B: 2, C: 4, N: 3001, labels: "u8", mask: true },
        4 * 4 * 257,
        24,
      ],
      [
        {
          ...base,
          B: 2,
          C: 3,
          N: 999,
          layout: "channels-last",
          labels: "soft",
        },
        3 * 4 * 100,
        20,
      ],
      [
        { ...base, B: 7, C: 2, N: 33, labels: "u16", ignore: true },
        2 * 4 * 33 * 2,
        4,
      ],
    ];
    for (const [v, maxChunkBytes, minChunks] of cases) {
      assert.ok(planChunks(v.B, v.C, v.N, maxChunkBytes).length >= minChunks);
      using backend = new WebGpuBackend({ device, maxChunkBytes });
      const { input, options } = randomInput(v);
      const p = toProblem(input, resolveLossOptions(options));
      const gpu = await runBackend(backend, p, options);
      const js = await runBackend(jsBackend, p, options);
      for (let i = 0; i < js.stats.length; i++) {
        // maxX and maxXY are left 0 when the mode does not read them.
        if (!p.needMaxX && i % 6 >= 4) continue;
        const tol = 1e-5 * Math.max(1, Math.abs(js.stats[i]));
        assert.ok(
          Math.abs(gpu.stats[i] - js.stats[i]) <= tol,
          `stats[${i}] ${gpu.stats[i]} != ${js.stats[i]}`,
        );
      }
      assertGradClose(gpu.grad!, js.grad!, JSON.stringify(v));
    }
  },
);

const base: Variant = {
  B: 1,
  C: 3,
  N: 100,
  activation: "softmax",
  temperature: 1,
  labels: "u8",
  ignore: false,
  mask: false,
  norm: 1,
  layout: "channels-first",
  mode: "ALL",
  seed: 7,
};

/** The label format of a typed array. */
function formatOf(labels: HardLabels | Float32Array): LabelFormat {
  return labels instanceof Float32Array
    ? "float32"
    : labels instanceof Uint8Array
    ? "uint8"
    : labels instanceof Uint16Array
    ? "uint16"
    : "int32";
}

/** `p`, or a rejection saying it hung when it takes over `ms` milliseconds. */
async function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, hang]);
  } finally {
    clearTimeout(timer);
  }
}

gpuTest(
  "jdtLoss() reads GPUBuffer logits and labels in place and returns the gradient as a GPUBuffer",
  async (device) => {
    for (
      const v of [
        { ...base, B: 2, N: 1003, labels: "u8", ignore: true },
        { ...base, N: 517, labels: "u16", mask: true },
        { ...base, N: 300, labels: "i32", norm: 2 },
        { ...base, N: 301, labels: "soft", activation: "sigmoid" },
      ] as Variant[]
    ) {
      const { input, options } = randomInput(v);
      const js = await jdtLoss(input, { ...options, backend: "js" });
      const labels = input.labels as HardLabels | Float32Array;
      const format = formatOf(labels);
      const logits = gpuBuffer(device, input.logits as Float32Array);
      const labelBuf = gpuBuffer(device, labels);
      // Fully resident: nothing uploaded, gradient left on the GPU.
      const r = await jdtLoss(
        { ...input, logits, labels: labelBuf, labelFormat: format },
        { ...options, device, gradOutput: "gpu" },
      );
      assert.equal(r.backend, "webgpu");
      assert.equal(r.grad, undefined);
      assert.ok(r.gradBuffer !== undefined);
      assertLossClose(r.value, js.value, JSON.stringify(v));
      const grad = await readFloats(device, r.gradBuffer, js.grad!.length);
      assertGradClose(grad, js.grad!, JSON.stringify(v));
      r.gradBuffer.destroy();
      // Resident logits, host labels, gradient read back.
      const mixed = await jdtLoss({ ...input, logits }, {
        ...options,
        device,
      });
      assertSameResult(mixed, js, `${JSON.stringify(v)} mixed`);
      logits.destroy();
      labelBuf.destroy();
    }
  },
);

gpuTest(
  "jdtLoss() on webgpu rejects invalid values, also on dropped pixels and in GPUBuffers",
  async (device) => {
    const logits = new Float32Array([0.5, 1, -1, 2, 0, 0]); // [1, 2, 3]
    const labels = new Uint8Array([0, 1, 1]);
    const keepMask = new Uint8Array([1, 1, 0]);
    const o = { backend: "webgpu", device } as const;
    const bad = logits.slice();
    bad[5] = NaN; // a dropped pixel
    await assert.rejects(
      jdtLoss({ logits: bad, shape: [1, 2, 3], labels, keepMask }, o),
      (e) => e instanceof JdtRangeError && e.argument === "input.logits",
    );
    await assert.rejects(
      jdtLoss({
        logits,
        shape: [1, 2, 3],
        labels: new Uint8Array([0, 1, 2]),
        keepMask,
      }, o),
      (e) => e instanceof JdtRangeError && e.argument === "input.labels",
    );
    await assert.rejects(
      jdtLoss({
        probs: new Float32Array([0.5, 1.5, 0, 0.5, 0, 1]),
        shape: [1, 2, 3],
        labels,
      }, o),
      (e) => e instanceof JdtRangeError && e.argument === "input.probs",
    );
    await assert.rejects(
      jdtLoss({
        logits,
        shape: [1, 2, 3],
        labels: new Float32Array([0, 1, 0, 1, 0, -0.5]),
      }, o),
      (e) => e instanceof JdtRangeError && e.argument === "input.labels",
    );
    const badBuf = gpuBuffer(device, bad);
    await assert.rejects(
      jdtLoss({ logits: badBuf, shape: [1, 2, 3], labels }, o),
      (e) =>
        e instanceof JdtRangeError && e.argument === "input.logits" &&
        /GPUBuffer/.test(e.message),
    );
    const labelBuf = gpuBuffer(device, new Int32Array([0, -3, 1]));
    await assert.rejects(
      jdtLoss({
        logits,
        shape: [1, 2, 3],
        labels: labelBuf,
        labelFormat: "int32",
      }, o),
      (e) =>
        e instanceof JdtRangeError && e.argument === "input.labels" &&
        /GPUBuffer/.test(e.message),
    );
    badBuf.destroy();
    labelBuf.destroy();
  },
);

gpuTest(
  "jdtLoss() checks GPUBuffer inputs, gradOutput and backend options",
  async (device) => {
    const labels = new Uint8Array([0, 1, 1]);
    const logits = gpuBuffer(device, new Float32Array(6));
    const small = gpuBuffer(device, new Float32Array(5));
    const noStorage = device.createBuffer({
      size: 24,
      usage: GPUBufferUsage.COPY_DST,
    });
    const shape = [1, 2, 3];
    const cases: [Promise<unknown>, string][] = [
      [jdtLoss({ logits, shape, labels }), "options.device"],
      [
        jdtLoss({ logits: new Float32Array(6), shape, labels }, {
          gradOutput: "gpu",
        }),
        "options.device",
      ],
      [
        jdtLoss({ logits, shape, labels }, { device, backend: "js" }),
        "options.backend",
      ],
      [jdtLoss({ logits: small, shape, labels }, { device }), "input.logits"],
      [
        jdtLoss({ logits: noStorage, shape, labels }, { device }),
        "input.logits",
      ],
      [
        jdtLoss({ logits: new Float32Array(6), shape, labels: logits }, {
          device,
        }),
        "input.labelFormat",
      ],
      [
        jdtLoss({ logits: new Float32Array(6), shape, labels }, {
          device: {} as GPUDevice,
        }),
        "options.device",
      ],
      [
        jdtLoss({ logits: new Float32Array(6), shape, labels }, {
          gradOutput: "host" as "cpu",
        }),
        "options.gradOutput",
      ],
    ];
    for (const [p, arg] of cases) {
      await assert.rejects(
        p,
        (e) => isInputError(e) && e.argument === arg,
        arg,
      );
    }
    logits.destroy();
    small.destroy();
    noStorage.destroy();
  },
);

gpuTest(
  "WebGpuBackend.run() processes GPUBuffer inputs larger than one binding in chunks copied on the GPU",
  async (device) => {
    const cases: [Variant, number][] = [
      // split images (u8 labels, 4-aligned pieces) and whole-image chunks
      [
        { ...base, B: 2, C: 3, N: 1000, labels: "u8", mask: true },
        3 * 4 * 150,
      ],
      [
        { ...base, B: 5, C: 2, N: 64, labels: "u16", ignore: true },
        2 * 4 * 64 * 2,
      ],
      [{
        ...base,
        B: 2,
        C: 4,
        N: 333,
        labels: "soft",
        layout: "channels-last",
      }, 4 * 4 * 50],
      [{ ...base, B: 3, C: 2, N: 77, labels: "i32", norm: 2 }, 2 * 4 * 77],
    ];
    for (const [v, maxChunkBytes] of cases) {
      const what = JSON.stringify(v);
      assert.ok(planChunks(v.B, v.C, v.N, maxChunkBytes).length > 1, what);
      const { input, options } = randomInput(v);
      const labels = input.labels as HardLabels | Float32Array;
      const logits = gpuBuffer(device, input.logits as Float32Array);
      const labelBuf = gpuBuffer(device, labels);
      const resident = toProblem({
        ...input,
        logits,
        labels: labelBuf,
        labelFormat: formatOf(labels),
      }, resolveLossOptions({ ...options, device }));
      using backend = new WebGpuBackend({ device, maxChunkBytes });
      const gpu = await runBackend(backend, resident, options);
      const js = await runBackend(
        jsBackend,
        toProblem(input, resolveLossOptions(options)),
        options,
      );
      assertGradClose(gpu.grad!, js.grad!, what);
      for (let k = 0; k < js.stats.length; k++) {
        if (!resident.needMaxX && k % 6 >= 4) continue;
        const tol = 1e-5 * Math.max(1, Math.abs(js.stats[k]));
        assert.ok(Math.abs(gpu.stats[k] - js.stats[k]) <= tol, what);
      }
      logits.destroy();
      labelBuf.destroy();
    }
  },
);

gpuTest(
  "WebGpuBackend.run() rejects chunked GPUBuffer u8 labels off 4-byte boundaries, naming them",
  async (device) => {
    const labels = gpuBuffer(device, new Uint8Array(2 * 101));
    using backend = new WebGpuBackend({ device, maxChunkBytes: 3 * 4 * 101 });
    const p = toProblem(
      {
        logits: new Float32Array(2 * 3 * 101),
        shape: [2, 3, 101],
        labels,
        labelFormat: "uint8",
      },
      resolveLossOptions({ device }),
    );
    await assert.rejects(
      runBackend(backend, p, {}),
      (e) => e instanceof JdtRangeError && e.argument === "input.labels",
    );
    labels.destroy();
  },
);

Deno.test({
  name:
    "destroyed or other-device GPUBuffer inputs get typed errors naming the input, on compute() and on an encoded value()",
  ignore,
  async fn() {
    const device = await newDevice();
    const other = await newDevice();
    const named = (argument: string) => (e: unknown) =>
      isInputError(e) && e.argument === argument &&
      /destroyed, or it belongs to another device/.test(e.message);
    const labels = new Uint8Array(4);
    const logits = gpuBuffer(device, new Float32Array(8));
    logits.destroy();
    const shape = [1, 2, 4];
    await assert.rejects(
      jdtLoss({ logits, shape, labels }, { device }),
      named("input.logits"),
    );
    const foreign = gpuBuffer(other, new Float32Array(8));
    await assert.rejects(
      jdtLoss({ logits: foreign, shape, labels }, { device }),
      named("input.logits"),
    );
    const probs = gpuBuffer(device, new Float32Array(8).fill(0.5));
    const deadLabels = gpuBuffer(device, labels);
    deadLabels.destroy();
    const input: LossInput = {
      probs,
      shape,
      labels: deadLabels,
      labelFormat: "uint8",
    };
    const o = { device, activation: "none" } as const;
    await assert.rejects(jdtLoss(input, o), named("input.labels"));
    // encode(): the caller's submission fails; value() names the input
    // instead of saying the encoder was not submitted.
    const loss = createLoss({ ...o, backend: "webgpu" });
    const enc = device.createCommandEncoder();
    const e = loss.encode(enc, input);
    device.pushErrorScope("validation");
    device.queue.submit([enc.finish()]);
    assert.notEqual(await device.popErrorScope(), null);
    await assert.rejects(e.value(), named("input.labels"));
    // value() after dispose(): typed, naming the loss.
    const live: LossInput = { ...input, labels: gpuBuffer(device, labels) };
    const enc2 = device.createCommandEncoder();
    const e2 = loss.encode(enc2, live);
    device.queue.submit([enc2.finish()]);
    loss.dispose();
    await assert.rejects(
      e2.value(),
      (err) => err instanceof JdtTypeError && err.argument === "loss",
    );
    device.destroy();
    other.destroy();
  },
});

gpuTest(
  "createLoss() pools buffers per device, caches one pipeline per variant and never destroys the caller's device",
  async (device) => {
    const { input, options } = randomInput({ ...base, N: 200 });
    const backend = new WebGpuBackend({ device });
    const before = cachedPipelineCount(device);
    await runBackend(
      backend,
      toProblem(input, resolveLossOptions(options)),
      options,
    );
    const pooled = backend.pooledBuffers;
    assert.ok(pooled > 0);
    // Both passes of the variant and the five step kernels.
    assert.equal(cachedPipelineCount(device), before + 7);
    await runBackend(
      backend,
      toProblem(input, resolveLossOptions(options)),
      options,
    );
    assert.equal(backend.pooledBuffers, pooled, "buffers reused");
    assert.equal(cachedPipelineCount(device), before + 7, "pipelines reused");
    await runBackend(
      backend,
      toProblem(input, resolveLossOptions({ ...options, norm: 2 })),
      { ...options, norm: 2 },
    );
    assert.equal(cachedPipelineCount(device), before + 9);
    backend.dispose();
    assert.equal(backend.pooledBuffers, 0);
    // The device still works after dispose(): a new loss computes on it.
    const loss = createLoss({ ...options, backend: "webgpu", device });
    const r = await loss.compute(input);
    loss.dispose();
    const js = await jdtLoss(input, { ...options, backend: "js" });
    assertLossClose(r.value, js.value, "after dispose");
  },
);

Deno.test({
  name:
    "createLoss() rejects, never hangs, when its device is destroyed mid-call",
  ignore,
  async fn() {
    const device = await newDevice();
    const { input, options } = randomInput({ ...base, B: 2, N: 20000 });
    const loss = createLoss({ ...options, backend: "webgpu", device });
    const pending = loss.compute(input);
    device.destroy();
    await assert.rejects(
      within(pending, 10_000),
      /device given as options.device was lost/,
    );
    await assert.rejects(loss.compute(input), /was lost/);
    assert.equal(cachedPipelineCount(device), 0, "cache dropped");
    loss.dispose();
  },
});

Deno.test({
  name:
    "jdtLoss() on webgpu re-acquires the default device after it is lost mid-call",
  ignore,
  async fn() {
    const { input, options } = randomInput({ ...base, B: 2, N: 20000 });
    const o = { ...options, backend: "webgpu" } as const;
    const js = await jdtLoss(input, { ...options, backend: "js" });
    try {
      const first = (await defaultGpu())!.device;
      const pending = jdtLoss(input, o);
      first.destroy();
      await assert.rejects(within(pending, 10_000), /was lost during the call/);
      const r = await jdtLoss(input, o);
      assertSameResult(r, js, "after loss");
      assert.notEqual((await defaultGpu())!.device, first);
    } finally {
      await releaseDefaultGpu();
    }
  },
});

Deno.test({
  name:
    "chooseBackend() picks webgpu on request, and for auto only on a hardware adapter, a large input and a shape it accepts",
  ignore,
  async fn() {
    // A problem of B*C*N = n elements (on the GPU when `gpu`), C classes.
    const sized = (n: number, gpu = false, C = 1) =>
      ({
        B: 1,
        C,
        N: n / C,
        ...(gpu ? { gpu: { pred: null, labels: null, gradToGpu: true } } : {}),
      }) as Problem;
    const fake = (fallback: boolean | null) =>
      ({
        name: "webgpu",
        accepts: WebGpuBackend.prototype.accepts,
        available: () =>
          Promise.resolve(fallback === null ? null : { fallback }),
        hardware: () => Promise.resolve(fallback === false),
      }) as unknown as WebGpuBackend;
    const choose = (
      c: "webgpu" | "auto",
      n: number,
      webgpu: WebGpuBackend,
      gpu = false,
    ) => chooseBackend(c, sized(n, gpu), { webgpu });
    await assert.rejects(
      choose("webgpu", 10, fake(null)),
      (e) => e instanceof JdtRangeError && e.argument === "options.backend",
    );
    await assert.rejects(
      choose("auto", 10, fake(null), true),
      (e) => e instanceof JdtRangeError && e.argument === "options.backend",
    );
    const big = WEBGPU_AUTO_MIN_ELEMENTS;
    assert.equal((await choose("auto", big, fake(false))).name, "webgpu");
    assert.equal((await choose("auto", big - 1, fake(false))).name, "wasm");
    assert.equal((await choose("auto", big, fake(true))).name, "wasm");
    assert.equal((await choose("auto", 1, fake(true), true)).name, "webgpu");
    assert.equal((await choose("webgpu", 1, fake(true))).name, "webgpu");
    // More classes than the webgpu backend takes: auto stays on the CPU,
    // "webgpu" names the shape.
    const wide = sized(big * 2, false, 1 << 15);
    const webgpu = fake(false);
    assert.equal((await chooseBackend("auto", wide, { webgpu })).name, "wasm");
    await assert.rejects(
      chooseBackend("webgpu", wide, { webgpu }),
      (e) => e instanceof JdtRangeError && e.argument === "input.shape",
    );
    // The real adapter here is llvmpipe, a fallback adapter: auto keeps the
    // CPU, and asks without making a device.
    const fallback = adapter?.info.isFallbackAdapter === true;
    class NoDevice extends WebGpuBackend {
      override available(): never {
        throw new Error("auto made a device on a fallback adapter");
      }
    }
    if (fallback) {
      using spy = new NoDevice();
      assert.equal(
        (await chooseBackend("auto", sized(big), { webgpu: spy })).name,
        "wasm",
      );
    } else {
      using real = new WebGpuBackend();
      assert.equal(
        (await chooseBackend("auto", sized(big), { webgpu: real })).name,
        "webgpu",
      );
      await releaseDefaultGpu();
    }
  },
});
