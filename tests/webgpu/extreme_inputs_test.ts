/**
 * Regression tests of the hostile cases found on the WebGPU backend: a loss
 * disposed while computing, tiny temperatures and huge logits, inputs
 * detached during a call, huge class counts, many classes with many pixels,
 * and packed label buffers whose size is not a multiple of 4.
 */
import assert from "node:assert/strict";
import { seeded } from "../../tools/workloads.ts";
import { createLoss, isInputError, jdtLoss } from "../../mod.ts";
import type { LossInput, LossOptions, LossResult } from "../../mod.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";
import { gpuTest } from "../_gpu.ts";
import { spyOn } from "../_gpu_spy.ts";

function problem(B: number, C: number, N: number, seed: number, scale = 8) {
  const rand = seeded(seed);
  const logits = new Float32Array(B * C * N).map(() => (rand() - 0.5) * scale);
  const labels = new Int32Array(B * N).map(() => Math.floor(rand() * C));
  return { logits, shape: [B, C, N], labels };
}

/** The js result, or the input error js gives; webgpu must match either. */
async function assertLikeJs(
  input: LossInput,
  options: LossOptions,
  device: GPUDevice,
  what: string,
): Promise<LossResult | null> {
  let js: LossResult | null = null;
  let jsError: unknown = null;
  try {
    js = await jdtLoss(input, { ...options, backend: "js" });
  } catch (e) {
    jsError = e;
  }
  if (js === null) {
    assert.ok(isInputError(jsError), `${what}: js threw ${jsError}`);
    const arg = (jsError as { argument: string }).argument;
    await assert.rejects(
      jdtLoss(input, { ...options, backend: "webgpu", device }),
      (e) => isInputError(e) && e.argument === arg,
    );
    return null;
  }
  const gpu = await jdtLoss(input, { ...options, backend: "webgpu", device });
  assert.ok(Number.isFinite(gpu.value), `${what}: value ${gpu.value}`);
  assertLossClose(gpu.value, js.value, what);
  assert.ok(gpu.grad!.every((g) => !Number.isNaN(g)), `${what}: NaN gradient`);
  assertGradClose(gpu.grad!, js.grad!, what);
  return gpu;
}

gpuTest(
  "createLoss() disposed while compute() is in flight finishes the call, then frees every buffer exactly once",
  async (device) => {
    const input = problem(2, 4, 3000, 1);
    const js = await jdtLoss(input, { backend: "js" });
    const spy = spyOn(device);
    try {
      // The pattern of `using loss = createLoss(...); return loss.compute(x);`.
      const f = (x: LossInput) => {
        const loss = createLoss({ backend: "webgpu", device });
        try {
          return loss.compute(x);
        } finally {
          loss.dispose();
        }
      };
      for (let i = 0; i < 3; i++) {
        const r = await f(input);
        assertLossClose(r.value, js.value, `call ${i}`);
        assertGradClose(r.grad!, js.grad!, `call ${i}`);
      }
      const loss = createLoss({ backend: "webgpu", device });
      const pending = loss.compute(input);
      loss.dispose();
      assertLossClose((await pending).value, js.value, "pending");
      await assert.rejects(loss.compute(input), /disposed/);
    } finally {
      spy.stop();
    }
    assert.ok(spy.destroyed.size > 0);
    for (const [buf, n] of spy.destroyed) {
      assert.equal(n, 1, `${buf.label} destroyed ${n} times`);
    }
  },
);

gpuTest(
  "webgpu computes tiny temperatures and huge logits as js does (never NaN)",
  async (device) => {
    const base = problem(2, 3, 700, 2);
    await assertLikeJs(base, { temperature: 1e-40 }, device, "T = 1e-40");
    await assertLikeJs(
      base,
      { temperature: 1e-40, activation: "sigmoid" },
      device,
      "sigmoid T = 1e-40",
    );
    const huge = {
      ...base,
      logits: base.logits.map((z) => z > 0 ? 1e37 : -1e37),
    };
    await assertLikeJs(
      huge,
      { temperature: 0.01 },
      device,
      "±1e37, T = 0.01",
    );
    const big = problem(1, 4, 600, 3, 6e38);
    await assertLikeJs(big, { temperature: 0.5 }, device, "±3e38, T = 0.5");
    await assertLikeJs(base, { temperature: 1e-3 }, device, "T = 1e-3");
    await assertLikeJs(base, { temperature: 1e30 }, device, "T = 1e30");
  },
);

gpuTest(
  "webgpu rejects an input detached during the call with a typed error naming it",
  async (device) => {
    const o = { backend: "webgpu", device } as const;
    // Each input in turn, detached once the call is pending.
    for (
      const [seed, name] of [[4, "logits"], [5, "labels"], [
        6,
        "gradInto",
      ]] as const
    ) {
      const p = problem(1, 3, 500, seed);
      const input = { ...p, gradInto: new Float32Array(p.logits.length) };
      const pending = jdtLoss(name === "gradInto" ? input : p, o);
      input[name].buffer.transfer();
      await assert.rejects(
        pending,
        (e) => isInputError(e) && e.argument === `input.${name}`,
      );
    }
  },
);

gpuTest(
  "webgpu refuses class counts beyond its limit with a typed error naming input.shape",
  async (device) => {
    for (const C of [6_000_000, 20_000]) {
      await assert.rejects(
        jdtLoss({
          logits: new Float32Array(C),
          shape: [1, C, 1],
          labels: new Int32Array(1),
        }, { backend: "webgpu", device }),
        (e) => isInputError(e) && e.argument === "input.shape",
        `C = ${C}`,
      );
    }
  },
);

gpuTest(
  "webgpu computes many classes with many pixels right (C up to 8192, N >= 512)",
  async (device) => {
    for (const [B, C, N] of [[1, 2731, 512], [1, 4000, 512], [2, 600, 700]]) {
      await assertLikeJs(problem(B, C, N, C), {}, device, `${B}x${C}x${N}`);
    }
    await assertLikeJs(
      problem(1, 8192, 512, 8),
      { mIoUI: 0.5, activeClassesModeHard: "ALL" },
      device,
      "1x8192x512",
    );
    const last = problem(1, 3000, 520, 9);
    await assertLikeJs(
      {
        ...last,
        shape: [1, 520, 3000],
        logits: channelsLast(last.logits, 3000, 520),
      },
      { layout: "channels-last" },
      device,
      "channels-last 3000 classes",
    );
  },
);

function channelsLast(x: Float32Array, C: number, N: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let c = 0; c < C; c++) {
    for (let n = 0; n < N; n++) out[n * C + c] = x[c * N + n];
  }
  return out;
}

gpuTest(
  "webgpu names input.labels when a uint8/uint16 GPUBuffer is too short to read in 4-byte words, and reads a padded one",
  async (device) => {
    const { logits } = problem(1, 3, 5, 10);
    const input = { logits, shape: [1, 3, 5] };
    const o = { backend: "webgpu", device } as const;
    for (
      const [format, size] of [["uint8", 5], ["uint8", 7], [
        "uint16",
        10,
      ]] as const
    ) {
      const labels = device.createBuffer({
        size,
        usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
      });
      await assert.rejects(
        jdtLoss({ ...input, labels, labelFormat: format }, o),
        (e) =>
          isInputError(e) && e.argument === "input.labels" &&
          /multiple of 4/.test(e.message),
        `${format} in ${size} bytes`,
      );
      labels.destroy();
    }
    const ids = new Uint8Array([0, 2, 1, 1, 0]);
    const padded = device.createBuffer({
      size: 8,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    device.queue.writeBuffer(padded, 0, new Uint8Array([...ids, 0, 0, 0]));
    const js = await jdtLoss({ ...input, labels: ids }, { backend: "js" });
    const r = await jdtLoss(
      { ...input, labels: padded, labelFormat: "uint8" },
      { ...o, device },
    );
    assertLossClose(r.value, js.value, "padded uint8 buffer");
    padded.destroy();
  },
);
