/**
 * The TF.js adapter's GPU-resident path, on TF.js's webgpu backend (llvmpipe
 * here): agreement with the library on the host, no mapAsync and no growth
 * of live GPU buffers or tensors over many steps.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { rejectsNaming } from "../_assert.ts";
import { useTfjsWebgpu } from "./_tfjs_webgpu.ts";
import { resources } from "../_tfjs.ts";
import { seeded } from "../../tools/workloads.ts";
import { compoundLoss, jdtLoss, JdtRangeError } from "../../mod.ts";
import type { CompoundLossOptions, HostLossInput } from "../../mod.ts";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";
import { gpuLoss } from "../../src/train/tfjs_webgpu.ts";
import type { EncodingLoss } from "../../src/train/tfjs_webgpu.ts";

const { opts, count } = await useTfjsWebgpu("TF.js webgpu");

/** A random problem: host input for the library, tensors for the adapter. */
interface Case {
  host: HostLossInput;
  labels: tf.Tensor;
  logits: tf.Tensor;
  mask?: tf.Tensor;
}

function randomCase(
  seed: number,
  soft: boolean,
  channelsLast: boolean,
  masked: boolean,
  ignoreIndex?: number,
): Case {
  const rand = seeded(seed);
  const B = 2, H = 3, W = 5, C = 4, P = B * H * W;
  const shape = channelsLast ? [B, H, W, C] : [B, C, H, W];
  const logits = Float32Array.from({ length: P * C }, () => (rand() - 0.5) * 6);
  let labels: Float32Array | Int32Array;
  if (soft) {
    labels = Float32Array.from({ length: P * C }, () => rand());
  } else {
    labels = Int32Array.from(
      { length: P },
      () =>
        ignoreIndex !== undefined && rand() < 0.15
          ? ignoreIndex
          : Math.floor(rand() * C),
    );
  }
  const mask = masked
    ? Uint8Array.from({ length: P }, () => (rand() < 0.8 ? 1 : 0))
    : undefined;
  return {
    host: { logits, shape, labels, ...(mask ? { keepMask: mask } : {}) },
    logits: tf.tensor(logits, shape),
    labels: soft
      ? tf.tensor(labels, shape)
      : tf.tensor(labels, [B, H, W], "int32"),
    ...(mask ? { mask: tf.tensor(mask, [B, H, W], "int32") } : {}),
  };
}

function assertClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  what: string,
): void {
  assert.equal(got.length, want.length, what);
  for (let i = 0; i < want.length; i++) {
    const tol = 2e-6 + 1e-4 * Math.abs(want[i]);
    assert.ok(
      Math.abs(got[i] - want[i]) <= tol,
      `${what}[${i}]: ${got[i]} vs ${want[i]}`,
    );
  }
}

Deno.test(
  "GPU path: the companion losses in TF.js ops equal the library's (hard, soft, ignore, keep mask, both layouts)",
  opts,
  async () => {
    let seed = 1;
    for (const companion of ["crossEntropy", "focal", "kl"] as const) {
      for (
        const [soft, channelsLast, masked] of [
          [false, true, true],
          [true, true, false],
          [true, false, false],
          [false, false, true],
        ]
      ) {
        const c = randomCase(seed++, soft, channelsLast, masked, 255);
        const options: Omit<CompoundLossOptions, "labelKind"> = {
          companion,
          companionWeight: 1,
          jdtWeight: 0,
          temperature: 1.5,
          ignoreIndex: 255,
          layout: channelsLast ? "channels-last" : "channels-first",
        };
        const loss = tfjsCompoundLoss(options);
        const { value, grad } = tf.valueAndGrad((z: tf.Tensor) =>
          loss(c.labels, z, c.mask)
        )(c.logits);
        const want = await compoundLoss(c.host, {
          ...options,
          backend: "wasm",
        });
        const what = `${companion} soft=${soft} last=${channelsLast}`;
        assertClose(await value.data(), [want.value], `${what} value`);
        assertClose([await loss.value()], [want.value], `${what} value()`);
        assertClose(await grad.data(), want.grad!, `${what} grad`);
        tf.dispose([value, grad, c.logits, c.labels, c.mask ?? []].flat());
        loss.dispose();
      }
    }
  },
);

/** The cases of the parity test: labels, layout, mask, options. */
const PARITY: {
  soft: boolean;
  last: boolean;
  masked: boolean;
  options: Omit<CompoundLossOptions, "labelKind">;
}[] = [
  { soft: false, last: true, masked: false, options: {} },
  { soft: false, last: true, masked: true, options: { ignoreIndex: 255 } },
  { soft: false, last: false, masked: true, options: { mIoUI: 0.5 } },
  { soft: true, last: true, masked: false, options: { logLoss: true } },
  {
    soft: true,
    last: false,
    masked: false,
    options: { alpha: 0.5, beta: 0.5, temperature: 1.5 },
  },
  {
    soft: false,
    last: true,
    masked: true,
    options: { ignoreIndex: 255, mIoUC: 1, alpha: 0.3, beta: 0.7 },
  },
];

Deno.test(
  "GPU path: value, value() and gradient equal the wasm adapter's (hard, soft, ignore, keep mask, both layouts; JDT and compound)",
  opts,
  async () => {
    let seed = 100;
    for (const { soft, last, masked, options } of PARITY) {
      const ig = options.ignoreIndex ?? undefined;
      const c = randomCase(seed++, soft, last, masked, ig);
      const layout = last ? "channels-last" : "channels-first";
      for (const compound of [false, true]) {
        const o = { ...options, layout } as const;
        const loss = compound ? tfjsCompoundLoss(o) : tfjsJdtLoss(o);
        const { value, grad } = tf.valueAndGrad((z: tf.Tensor) =>
          loss(c.labels, z, c.mask)
        )(c.logits);
        const host = { ...o, backend: "wasm" } as const;
        const want = compound
          ? await compoundLoss(c.host, host)
          : await jdtLoss(c.host, host);
        const what = `${JSON.stringify(o)} soft=${soft} compound=${compound}`;
        assertClose(await value.data(), [want.value], `${what} value`);
        assertClose([await loss.value()], [want.value], `${what} value()`);
        assertClose(await grad.data(), want.grad!, `${what} grad`);
        tf.dispose([value, grad]);
        loss.dispose();
      }
      tf.dispose([c.logits, c.labels, c.mask ?? []].flat());
    }
  },
);

Deno.test(
  "GPU path: a keep mask with soft labels is refused naming keepMask",
  opts,
  () => {
    const loss = tfjsCompoundLoss();
    const c = randomCase(3, true, true, true);
    assert.throws(
      () => loss(c.labels, c.logits, c.mask),
      (e: unknown) => e instanceof JdtRangeError && e.argument === "keepMask",
    );
    tf.dispose([c.logits, c.labels, c.mask!]);
    loss.dispose();
  },
);

Deno.test(
  "GPU path: value() rejects hard labels outside [0, C) naming labels",
  opts,
  async () => {
    const loss = tfjsCompoundLoss({ jdtWeight: 0, ignoreIndex: 255 });
    const logits = tf.zeros([1, 2, 2, 3]);
    const labels = tf.tensor3d([[[0, 3], [255, 1]]], [1, 2, 2], "int32");
    tf.dispose(loss(labels, logits));
    await rejectsNaming(loss.value(), JdtRangeError, "labels");
    const halves = tf.tensor3d([[[0, 1.5], [2, 1]]], [1, 2, 2]);
    tf.dispose(loss(halves, logits));
    await rejectsNaming(loss.value(), JdtRangeError, "labels");
    tf.dispose([logits, labels, halves]);
  },
);

/** A stand-in loss with an independent answer: value Σz², gradient 2z (one WGSL pass). */
function squareLoss(device: GPUDevice): EncodingLoss {
  const module = device.createShaderModule({
    code: `@group(0) @binding(0) var<storage, read> z: array<f32>;
@group(0) @binding(1) var<storage, read_write> g: array<f32>;
@group(0) @binding(2) var<storage, read_write> v: array<f32>;
@compute @workgroup_size(1) fn main() {
  var s = 0.0;
  for (var i = 0u; i < arrayLength(&z); i++) { s += z[i] * z[i]; g[i] = 2.0 * z[i]; }
  v[0] = s;
}`,
  });
  const pipeline = device.createComputePipeline({
    layout: "auto",
    compute: { module, entryPoint: "main" },
  });
  // Like the real loss: a value buffer TF.js cannot copy from directly.
  const value = device.createBuffer({
    size: 4,
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
  });
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC |
    GPUBufferUsage.COPY_DST;
  const ring: GPUBuffer[] = [];
  let k = 0;
  return {
    encode(encoder, input) {
      const z = input.logits as GPUBuffer;
      if (ring.length < 2) {
        ring.push(device.createBuffer({ size: z.size, usage }));
      }
      const g = ring[k++ % 2];
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(
        0,
        device.createBindGroup({
          layout: pipeline.getBindGroupLayout(0),
          entries: [z, g, value].map((buffer, binding) => ({
            binding,
            resource: { buffer },
          })),
        }),
      );
      pass.dispatchWorkgroups(1);
      pass.end();
      return {
        gradBuffer: g,
        valueBuffer: value,
        value: () => Promise.resolve(0),
      };
    },
    dispose() {
      [...ring, value].forEach((b) => b.destroy());
    },
  };
}

Deno.test(
  "GPU path plumbing: 1000 optimizer steps map nothing, hold no more buffers or tensors, and use the loss's gradient",
  opts,
  async () => {
    const device = (tf.backend() as unknown as { device: GPUDevice }).device;
    const plan = {
      jdtOptions: {},
      jdtWeight: 1,
      companion: null,
      companionWeight: 0,
      focalGamma: 0,
      temperature: 1,
      ignoreIndex: null,
      channelsLast: true,
    };
    const loss = gpuLoss(plan, "test", (o) => squareLoss(o.device!));
    const valueAt = async () => {
      const v = loss.call(labels, z, undefined, false, device);
      const got = (await v.data())[0];
      v.dispose();
      return got;
    };
    const z = tf.variable(tf.randomNormal([2, 4, 4, 3], 0, 1, "float32", 5));
    const z0 = await z.data();
    const labels = tf.zeros([2, 4, 4], "int32");
    const sgd = tf.train.sgd(0.01);
    const step = () =>
      sgd.minimize(() => loss.call(labels, z, undefined, false, device), true)!;
    const sq = tf.sum(tf.square(z));
    assertClose([await valueAt()], [(await sq.data())[0]], "value Σz²");
    sq.dispose();
    tf.dispose(step()); // warm-up: pipelines, pooled buffers
    const before = resources();
    for (let i = 0; i < 1000; i++) tf.dispose(step());
    assert.equal(count.maps, before.maps, "mapAsync calls during the steps");
    assert.equal(tf.memory().numTensors, before.tensors, "live tensors");
    assert.ok(
      count.live - before.live <= 8,
      `live GPUBuffers grew by ${count.live - before.live}`,
    );
    // Each step multiplies z by (1 − 2·0.01): after 1001 steps by 0.98^1001 (the first one is the warm-up).
    const got = await z.data();
    const f = Math.pow(0.98, 1001);
    assertClose(got, Array.from(z0, (v) => v * f), "z after the steps");
    tf.dispose([z, labels]);
    sgd.dispose();
    loss.dispose();
  },
);
