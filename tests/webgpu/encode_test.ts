/**
 * The WebGPU backend's one-submission path: `loss.encode()` into the caller's
 * encoder (nothing created, submitted or mapped in steady state), `compute()`
 * with one submit per call, the GPU step's coefficients and value against the
 * TypeScript host step, and host hygiene (a per-device backend for `jdtLoss`,
 * no listener leaks, cached bind groups, one error scope per call).
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { seeded } from "../../tools/workloads.ts";
import { createLoss, isInputError, jdtLoss } from "../../mod.ts";
import type { LossInput, LossOptions } from "../../mod.ts";
import { hostStep } from "../../src/core/host_step.ts";
import { resolveLossOptions } from "../../src/core/options.ts";
import { toProblem } from "../../src/core/input.ts";
import { type Problem, stepGroups } from "../../src/core/problem.ts";
import { bindingLimit } from "../../src/webgpu/device.ts";
import { LossPlan, planSpec, RING } from "../../src/webgpu/plan.ts";
import {
  classInfo,
  float32Below,
  readRecord,
  stepParams,
} from "../../src/webgpu/step_params.ts";
import { subgroupsUsable } from "../../src/webgpu/pipelines.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";
import { gpuTest } from "../_gpu.ts";
import { spyOn } from "../_gpu_spy.ts";
import { gpuBuffer, readFloats } from "../../tools/gpu_buffers.ts";

/** A host problem of B×C×N (u8 labels with some 255 = ignored, a keep mask). */
function hostProblem(B: number, C: number, N: number, seed: number) {
  const rand = seeded(seed);
  const logits = new Float32Array(B * C * N).map(() => (rand() - 0.5) * 8);
  const labels = new Uint8Array(B * N).map(() =>
    rand() < 0.05 ? 255 : Math.floor(rand() * C)
  );
  const keepMask = new Uint8Array(B * N).map(() => rand() < 0.9 ? 1 : 0);
  return { logits, shape: [B, C, N], labels, keepMask };
}

/** `host` with its logits and labels (uint8) uploaded to `device`. */
function resident(
  device: GPUDevice,
  host: ReturnType<typeof hostProblem>,
): LossInput {
  return {
    ...host,
    logits: gpuBuffer(device, host.logits),
    labels: gpuBuffer(device, host.labels),
    labelFormat: "uint8",
  };
}

/** A {@link hostProblem} uploaded by {@link resident}, with its js result. */
async function residentProblem(
  device: GPUDevice,
  ...shapeAndSeed: Parameters<typeof hostProblem>
) {
  const host = hostProblem(...shapeAndSeed);
  const js = await jdtLoss(host, { ...OPTIONS, backend: "js" });
  return { host, js, input: resident(device, host) };
}

/** Destroys the input buffers of {@link resident}. */
function release(input: LossInput): void {
  (input.logits as GPUBuffer).destroy();
  (input.labels as GPUBuffer).destroy();
}

const OPTIONS: LossOptions = { ignoreIndex: 255, mIoUI: 0.5, mIoUC: 0.25 };

gpuTest(
  "loss.encode() in steady state creates no GPU object, submits and maps nothing, and computes the js result",
  async (device) => {
    const { js, input } = await residentProblem(device, 2, 5, 700, 1);
    using loss = createLoss({ ...OPTIONS, backend: "webgpu", device });
    // The first call of a shape makes its plan, the first call of each of
    // the RING slots its gradient buffer and bind groups.
    for (let i = 0; i < RING; i++) {
      const warm = device.createCommandEncoder();
      const first = loss.encode(warm, input);
      device.queue.submit([warm.finish()]);
      assertLossClose(await first.value(), js.value, "warm-up");
    }
    const encoders = [0, 1, 2, 3, 4].map(() => device.createCommandEncoder());
    const spy = spyOn(device);
    const encodings = encoders.map((e) => loss.encode(e, input));
    spy.stop();
    const c = spy.counts;
    assert.deepEqual(
      [
        c.createBuffer,
        c.createBindGroup,
        c.createShaderModule,
        c.createComputePipeline,
        c.createComputePipelineAsync,
        c.submit,
        c.mapAsync,
      ],
      [0, 0, 0, 0, 0, 0, 0],
      JSON.stringify(c),
    );
    device.queue.submit(encoders.map((e) => e.finish()));
    const last = encodings[4];
    assertLossClose(await last.value(), js.value, "value()");
    assertGradClose(
      await readFloats(device, last.gradBuffer!, js.grad!.length),
      js.grad!,
      "gradBuffer",
    );
    const [onGpu] = await readFloats(device, last.valueBuffer, 1);
    assert.ok(Math.abs(onGpu - js.value) <= 1e-5 * Math.abs(js.value));
    // encodings[3] reused the slot of encodings[0], whose value is gone.
    await assert.rejects(
      encodings[0].value(),
      (e) => isInputError(e) && e.argument === "value",
    );
    assertLossClose(await encodings[3].value(), js.value, "slot reuse");
    release(input);
  },
);

gpuTest(
  "loss.encode() writes input.gradBuffer, refuses host arrays and value() before submit, with typed errors",
  async (device) => {
    const host = hostProblem(1, 3, 300, 2);
    const js = await jdtLoss(host, { ...OPTIONS, backend: "js" });
    const gradBuffer = device.createBuffer({
      size: host.logits.byteLength,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
    });
    const input = { ...resident(device, host), gradBuffer };
    using loss = createLoss({ ...OPTIONS, backend: "webgpu", device });
    const enc = device.createCommandEncoder();
    const e = loss.encode(enc, input);
    assert.equal(e.gradBuffer, gradBuffer);
    await assert.rejects(
      e.value(),
      (err) =>
        isInputError(err) &&
        /before the encoder was submitted/.test(err.message),
    );
    device.queue.submit([enc.finish()]);
    assertGradClose(
      await readFloats(device, gradBuffer, js.grad!.length),
      js.grad!,
      "input.gradBuffer",
    );
    assert.throws(
      () => loss.encode(device.createCommandEncoder(), host),
      (err) => isInputError(err) && err.argument === "input.logits",
    );
    const noDevice = createLoss({ backend: "webgpu" });
    assert.throws(
      () => noDevice.encode(device.createCommandEncoder(), input),
      (err) => isInputError(err) && err.argument === "options.device",
    );
    noDevice.dispose();
    gradBuffer.destroy();
    release(input);
  },
);

gpuTest(
  "createLoss().compute() on resident inputs with gradOutput gpu submits once per call and creates nothing in steady state",
  async (device) => {
    const { js, input } = await residentProblem(device, 2, 4, 1000, 3);
    using loss = createLoss({
      ...OPTIONS,
      backend: "webgpu",
      device,
      gradOutput: "gpu",
    });
    for (let i = 0; i < RING; i++) await loss.compute(input);
    const spy = spyOn(device);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await loss.compute(input));
    spy.stop();
    const c = spy.counts;
    assert.equal(c.submit, 3, "one submit per call");
    assert.equal(c.pushErrorScope, 3, "one error scope per call");
    assert.equal(c.mapAsync, 3, "one readback per call");
    assert.equal(c.createBuffer + c.createBindGroup, 0, JSON.stringify(c));
    assert.equal(c.createComputePipeline + c.createShaderModule, 0);
    for (const r of results) {
      assertLossClose(r.value, js.value, "compute");
      assertGradClose(
        await readFloats(device, r.gradBuffer!, js.grad!.length),
        js.grad!,
        "ring gradient",
      );
    }
    release(input);
  },
);

gpuTest(
  "jdtLoss() on webgpu reuses one backend per device: no buffers or device.lost listeners per call",
  async (device) => {
    const host = hostProblem(2, 3, 500, 4);
    const o = { ...OPTIONS, backend: "webgpu", device } as const;
    const js = await jdtLoss(host, { ...OPTIONS, backend: "js" });
    for (let i = 0; i < RING; i++) await jdtLoss(host, o);
    const spy = spyOn(device);
    for (let i = 0; i < 5; i++) {
      const r = await jdtLoss(host, o);
      assertLossClose(r.value, js.value, `call ${i}`);
      assertGradClose(r.grad!, js.grad!, `call ${i}`);
    }
    spy.stop();
    const c = spy.counts;
    assert.equal(c.lostListeners, 0, "no device.lost listener per call");
    assert.equal(c.createBuffer, 0, JSON.stringify(c));
    assert.equal(c.createBindGroup, 0);
    assert.equal(c.submit, 5);
    assert.equal(c.pushErrorScope, 5);
  },
);

gpuTest(
  "the GPU step runs the workgroup-memory reduction where subgroups are not offered",
  async (device) => {
    assert.equal(
      await subgroupsUsable(device),
      device.features.has("subgroups"),
    );
  },
);

Deno.test("float32Below() gives the float32 threshold with the float64 comparison", () => {
  const f32 = (v: number) => Math.fround(v);
  for (const t of [0, 0.01, 0.1, 0.5, 1, 1e-30, 3.5e38, 1e300, 2 ** -149]) {
    const t32 = float32Below(t);
    assert.ok(t32 <= t && f32(t32) === t32);
    for (
      const v of [t32, f32(t), f32(t * (1 + 2 ** -20)), f32(t * (1 - 2 ** -20))]
    ) {
      assert.equal(v > t32, v > t, `${v} vs ${t}`);
    }
  }
});

interface StepCase {
  B: number;
  C: number;
  N: number;
  soft: boolean;
  options: LossOptions;
  seed: number;
}

const stepCase: fc.Arbitrary<StepCase> = fc.record({
  B: fc.integer({ min: 1, max: 4 }),
  C: fc.integer({ min: 1, max: 7 }),
  N: fc.integer({ min: 1, max: 900 }),
  soft: fc.boolean(),
  seed: fc.integer(),
  options: fc.record({
    mIoUD: fc.constantFrom(0, 0.5, 1),
    mIoUI: fc.constantFrom(0, 0.25, 1),
    mIoUC: fc.constantFrom(0, 0.25, 1),
    alpha: fc.constantFrom(0.3, 0.5, 1, 2),
    beta: fc.constantFrom(0.5, 0.7, 1),
    gamma: fc.constantFrom(1, 1.5, 2, 3),
    smooth: fc.constantFrom(0, 1e-3, 1),
    threshold: fc.constantFrom(0, 0.01, 0.3),
    norm: fc.constantFrom(1 as const, 2 as const),
    logLoss: fc.boolean(),
    activeClassesModeHard: fc.constantFrom("ALL", "PRESENT", "PROB", "BOTH"),
    activeClassesModeSoft: fc.constantFrom("ALL", "LABEL", "PROB", "BOTH"),
    weights: fc.boolean(),
  }),
}).map((c) => {
  const { weights, ...o } = c.options;
  const options: LossOptions = { ...o };
  if (o.logLoss && o.smooth === 0) options.smooth = 1e-3;
  if (weights) {
    const rand = seeded(c.seed + 1);
    options.classWeights = Array.from({ length: c.C }, () => rand() * 2);
  }
  return { ...c, options };
});

/** Runs one call's GPU step on a plan and reads coefficients, value and record. */
async function gpuStep(device: GPUDevice, p: Problem, options: LossOptions) {
  const o = resolveLossOptions(options);
  const plan = new LossPlan(
    device,
    planSpec(p, true, false, bindingLimit(device), false),
  );
  try {
    const slot = plan.takeSlot();
    const { B, C, soft } = stepGroups(p);
    plan.writeSlot(
      slot,
      stepParams(o, soft, B, C, plan.imageTiles, 9),
      classInfo(o, soft, C),
      p.keepMask,
    );
    plan.upload(p);
    const enc = device.createCommandEncoder();
    const io = { pred: null, labels: null, grad: null };
    plan.record(enc, slot, io, slot.readback);
    device.queue.submit([enc.finish()]);
    const G = p.B * p.C;
    await slot.readback.mapAsync(GPUMapMode.READ);
    const rec = readRecord(slot.readback.getMappedRange(), G);
    slot.readback.unmap();
    const coef = await readFloats(device, plan.coefficients, G * 3);
    const [value] = await readFloats(device, slot.value, 1);
    return { rec, coef, value };
  } finally {
    plan.destroy();
  }
}

function randomProblem(c: StepCase): Problem {
  const rand = seeded(c.seed);
  const { B, C, N } = c;
  const logits = new Float32Array(B * C * N).map(() => (rand() - 0.5) * 10);
  // One channel with hard labels is a binary 0/1 mask (sigmoid logits).
  const mask = !c.soft && C === 1;
  const labels = c.soft
    ? new Float32Array(B * C * N).map(() => rand())
    : new Uint16Array(B * N).map(() => Math.floor(rand() * (mask ? 2 : C)));
  const input: LossInput = { logits, shape: [B, C, N], labels };
  if (rand() < 0.5) {
    input.keepMask = new Uint8Array(B * N).map(() => rand() < 0.7 ? 1 : 0);
  }
  const options: LossOptions = mask
    ? { ...c.options, activation: "sigmoid" }
    : c.options;
  return toProblem(input, resolveLossOptions(options));
}

gpuTest(
  "the GPU step's coefficients and float32 value equal the TypeScript host step's on random problems",
  async (device) => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(stepCase, async (c) => {
        const p = randomProblem(c);
        const o = resolveLossOptions(c.options);
        const gpu = await gpuStep(device, p, c.options);
        assert.equal(gpu.rec.stamp, 9);
        assert.equal(gpu.rec.flags, 0);
        let host;
        try {
          const { B, C, soft } = stepGroups(p);
          host = hostStep(gpu.rec.stats, B, C, soft, o, true);
        } catch (e) {
          // The host step refuses these options on these statistics (a
          // non-positive score with logLoss, a fractional power of a
          // negative loss); value() then rejects the same way.
          assert.ok(isInputError(e));
          return;
        }
        const want = host.coef!;
        let max = 0;
        for (const v of want) max = Math.max(max, Math.abs(v));
        const what = JSON.stringify(c);
        // The golden gradient rule (1e-3 of the case's largest): the GPU
        // step is float32, and with logLoss dL/dtp ~ 1/(tp + smooth) turns
        // the rounding of tp = (P + Y - D) / 2 into ~1e-5 of the largest.
        for (let i = 0; i < want.length; i++) {
          assert.ok(
            Math.abs(gpu.coef[i] - want[i]) <= 1e-3 * max + 1e-30,
            `${what}: coef[${i}] ${gpu.coef[i]} != ${want[i]} (max ${max})`,
          );
        }
        // The float32 value for GPU code (valueBuffer; value() reports the
        // float64 host step): with logLoss and gamma = 3 it was seen 1.4e-5
        // off in relative terms, so 1e-4 here.
        assert.ok(
          Math.abs(gpu.value - host.value) <=
            1e-4 * Math.abs(host.value) + 1e-6,
          `${what}: value ${gpu.value} != ${host.value}`,
        );
        compared++;
      }),
      { numRuns: 60 },
    );
    assert.ok(compared > 30, `only ${compared} cases compared`);
  },
);

gpuTest(
  "the statistics record sums tiles in float-float: its error does not grow with the number of tiles",
  async (device) => {
    // 1.5 M probabilities of 1/3 + a little: float32 running sums of the
    // 2900 tile partials would be off by ~1e-4 relative.
    const B = 1, C = 3, N = 1 << 19;
    const rand = seeded(5);
    const probs = new Float32Array(B * C * N);
    for (let n = 0; n < N; n++) {
      const a = 0.3 + 0.05 * rand(), b = 0.3 + 0.05 * rand();
      probs[n] = a;
      probs[N + n] = b;
      probs[2 * N + n] = 1 - a - b;
    }
    const labels = new Uint8Array(N).map(() => Math.floor(rand() * C));
    const p = toProblem(
      { probs, shape: [B, C, N], labels },
      resolveLossOptions({}),
    );
    const gpu = await gpuStep(device, p, {});
    for (let c = 0; c < C; c++) {
      let P = 0;
      for (let n = 0; n < N; n++) P += probs[c * N + n];
      const got = gpu.rec.stats[c * 6];
      assert.ok(Math.abs(got - P) <= 2e-7 * P, `P[${c}] ${got} != ${P}`);
    }
  },
);

gpuTest(
  "value() before the encoder is submitted rejects without mapping what the encoder uses: the caller's own passes still run",
  async (device) => {
    const { js, input } = await residentProblem(device, 1, 3, 300, 5);
    using loss = createLoss({ ...OPTIONS, backend: "webgpu", device });
    const enc = device.createCommandEncoder();
    const e = loss.encode(enc, input);
    // The caller's own work in the same encoder: copy the gradient out.
    const mine = device.createBuffer({
      size: js.grad!.length * 4,
      usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC,
    });
    enc.copyBufferToBuffer(e.gradBuffer!, 0, mine, 0, mine.size);
    const early = e.value(); // not awaited: the caller submits right away
    device.pushErrorScope("validation");
    device.queue.submit([enc.finish()]);
    assert.equal(await device.popErrorScope(), null, "submission valid");
    await assert.rejects(
      early,
      (err) =>
        isInputError(err) && err.argument === "value" &&
        /before the encoder was submitted/.test(err.message),
    );
    assertGradClose(
      await readFloats(device, mine, js.grad!.length),
      js.grad!,
      "the caller's copy ran",
    );
    mine.destroy();
    release(input);
  },
);

/** Buffers created while `spy` counted and not destroyed since. */
function liveBuffers(spy: ReturnType<typeof spyOn>): number {
  return [...spy.destroyed.values()].filter((n) => n === 0).length;
}

gpuTest(
  "createLoss().compute() keeps the buffers of the two most recent shapes, also with calls in flight",
  async (device) => {
    using loss = createLoss({ ...OPTIONS, backend: "webgpu", device });
    const spy = spyOn(device);
    try {
      const shape = (i: number) => hostProblem(1, 3, 200 + 16 * i, i);
      await loss.compute(shape(0));
      await loss.compute(shape(1));
      const two = liveBuffers(spy);
      for (let i = 2; i < 8; i++) {
        await loss.compute(shape(i));
        assert.ok(
          liveBuffers(spy) <= two,
          `shape ${i}: ${liveBuffers(spy)} > ${two}`,
        );
      }
      // Six shapes at once: the older plans go once their calls are done.
      await Promise.all(
        [8, 9, 10, 11, 12, 13].map((i) => loss.compute(shape(i))),
      );
      assert.ok(
        liveBuffers(spy) <= two,
        `in flight: ${liveBuffers(spy)} > ${two}`,
      );
    } finally {
      spy.stop();
    }
  },
);

// The class table (weights, listed classes) is written with the queue at
// encode time into a buffer the calls of a plan share. That is sound because
// one plan's table never changes: a plan belongs to one loss object's backend
// (fixed options), and its spec fixes C and the label format (so the hard or
// soft active-class mode). Two loss objects with different tables on one
// device must therefore not share a plan. Step parameters and keep masks are
// per slot. This pins both with every encoder recorded before any is
// submitted.
gpuTest(
  "loss.encode() calls recorded before submitting keep their own class table and keep mask",
  async (device) => {
    const hosts = [9, 10].map((seed) => hostProblem(2, 4, 300, seed));
    const optionsOf: LossOptions[] = [
      { ...OPTIONS, classWeights: [1, 2, 0.5, 3] },
      {
        ...OPTIONS,
        classWeights: [4, 0.25, 1, 1],
        activeClassesModeHard: [0, 2],
      },
    ];
    const losses = optionsOf.map((o) =>
      createLoss({ ...o, backend: "webgpu", device })
    );
    const inputs = hosts.map((h) => resident(device, h));
    // (loss, input): the second input differs in data and keep mask.
    const calls = [[0, 0], [1, 1], [0, 1], [1, 0]];
    try {
      const encoders = calls.map(() => device.createCommandEncoder());
      const encodings = calls.map(([l, h], i) =>
        losses[l].encode(encoders[i], inputs[h])
      );
      device.queue.submit(encoders.map((e) => e.finish()));
      for (const [i, [l, h]] of calls.entries()) {
        const js = await jdtLoss(hosts[h], { ...optionsOf[l], backend: "js" });
        const what = `call ${i} (loss ${l}, input ${h})`;
        assertLossClose(await encodings[i].value(), js.value, what);
        assertGradClose(
          await readFloats(device, encodings[i].gradBuffer!, js.grad!.length),
          js.grad!,
          what,
        );
      }
    } finally {
      for (const l of losses) l.dispose();
      inputs.forEach(release);
    }
  },
);
