/**
 * Training with the TF.js adapter's GPU-resident path on TF.js's webgpu
 * backend (llvmpipe here): optimizer.minimize and model.fit lower the loss,
 * and the steps map no buffer and hold no more GPU buffers or tensors.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { useTfjsWebgpu } from "./_tfjs_webgpu.ts";
import { convModel, resources } from "../_tfjs.ts";
import { seeded } from "../../tools/workloads.ts";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";

const { opts, count } = await useTfjsWebgpu("TF.js webgpu training");

const B = 2, H = 6, W = 6, C = 3;
const rand = seeded(21);
const images = () =>
  tf.tensor4d(
    Float32Array.from({ length: B * H * W }, () => rand()),
    [B, H, W, 1],
  );
/** Labels that depend on the image: class = bin of the pixel value. */
function hardFrom(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() =>
    tf.cast(tf.floor(tf.mul(tf.reshape(x, [B, H, W]), C)), "int32")
  );
}

const model = (seed: number) => convModel(H, W, C, seed);

Deno.test(
  "GPU path: optimizer.minimize lowers the compound loss; the steps map nothing and hold no more buffers or tensors",
  opts,
  async () => {
    const x = images(), labels = hardFrom(x);
    const mask = tf.tensor3d(
      Int32Array.from({ length: B * H * W }, () => (rand() < 0.9 ? 1 : 0)),
      [B, H, W],
      "int32",
    );
    const m = model(1);
    const loss = tfjsCompoundLoss();
    const adam = tf.train.adam(0.05);
    const step = () =>
      adam.minimize(() => loss(labels, m.apply(x) as tf.Tensor, mask), true)!;
    const first = step();
    const before = (await first.data())[0];
    first.dispose();
    for (let i = 0; i < 20; i++) tf.dispose(step()); // warm-up: pools, ring
    const at = resources();
    for (let i = 0; i < 300; i++) tf.dispose(step());
    assert.equal(count.maps, at.maps, "mapAsync calls during the steps");
    assert.equal(tf.memory().numTensors, at.tensors, "live tensors");
    assert.equal(count.live, at.live, "live GPUBuffers");
    const last = step();
    const after = (await last.data())[0];
    assert.ok(after < 0.5 * before, `loss ${before} -> ${after}`);
    assert.ok(
      Math.abs((await loss.value()) - after) < 1e-4 * Math.max(1, after),
    );
    tf.dispose([x, labels, mask, last]);
    m.dispose();
    adam.dispose();
    loss.dispose();
  },
);

Deno.test(
  "GPU path: model.fit with tfjsJdtLoss() on soft labels lowers the loss",
  opts,
  async () => {
    const x = images();
    const y = tf.tidy(() =>
      tf.oneHot(tf.reshape(hardFrom(x), [B, H, W]), C).mul(0.8).add(0.2 / C)
    );
    const m = model(3);
    const loss = tfjsJdtLoss();
    m.compile({ optimizer: tf.train.adam(0.05), loss });
    const history = await m.fit(x, y, { epochs: 30, batchSize: B, verbose: 0 });
    const losses = history.history.loss as number[];
    assert.ok(
      losses[29] < 0.7 * losses[0],
      `losses ${losses[0]} -> ${losses[29]}`,
    );
    tf.dispose([x, y]);
    m.dispose();
    loss.dispose();
  },
);

Deno.test(
  "GPU path: 1000 steps of the loss alone map nothing and hold no more buffers or tensors",
  opts,
  async () => {
    const z = tf.variable(tf.randomNormal([2, 8, 8, 4], 0, 1, "float32", 9));
    const labels = tf.tensor3d(
      Int32Array.from({ length: 2 * 8 * 8 }, () => Math.floor(rand() * 4)),
      [2, 8, 8],
      "int32",
    );
    const loss = tfjsJdtLoss({ ignoreIndex: 3 });
    const sgd = tf.train.sgd(1);
    const step = () => sgd.minimize(() => loss(labels, z), true)!;
    for (let i = 0; i < 10; i++) tf.dispose(step()); // warm-up
    const at = resources();
    for (let i = 0; i < 1000; i++) tf.dispose(step());
    assert.equal(count.maps, at.maps, "mapAsync calls during the steps");
    assert.equal(tf.memory().numTensors, at.tensors, "live tensors");
    assert.equal(count.live, at.live, "live GPUBuffers");
    assert.ok(Number.isFinite(await loss.value()));
    tf.dispose([z, labels]);
    sgd.dispose();
    loss.dispose();
  },
);
