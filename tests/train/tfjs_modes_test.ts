/** TF.js `model.compile`/`model.fit` with one-hot targets and binary masks read as hard labels. */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { seeded } from "../../tools/workloads.ts";
import { jdtLoss } from "../../mod.ts";
import { tfjsJdtLoss } from "../../src/train/tfjs.ts";

await tf.setBackend("cpu");

const B = 4, H = 4, W = 4, F = 3;
const rand = seeded(21);
const features = Float32Array.from(
  { length: B * H * W * F },
  () => rand() * 2 - 1,
);

/** Class ids a 1×1 convolution can learn: the argmax of a fixed mix of the features. */
function targetIds(C: number): Int32Array {
  const ids = new Int32Array(B * H * W);
  for (let i = 0; i < ids.length; i++) {
    const f = features.subarray(i * F, i * F + F);
    const s = [f[0] - f[1], f[1] + f[2], f[2] - f[0]].slice(0, Math.max(C, 2));
    ids[i] = C === 1 ? (f[0] + f[1] > 0 ? 1 : 0) : s.indexOf(Math.max(...s));
  }
  return ids;
}

function model(C: number): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.conv2d({
    inputShape: [H, W, F],
    filters: C,
    kernelSize: 1,
    kernelInitializer: tf.initializers.randomNormal({ seed: 3, stddev: 0.1 }),
  }));
  return m;
}

Deno.test('model.fit with one-hot targets (labelKind "one-hot") trains on the hard-label loss', async () => {
  const C = 3;
  const ids = targetIds(C);
  const x = tf.tensor4d(features, [B, H, W, F]);
  const y = tf.oneHot(tf.tensor3d(ids, [B, H, W], "int32"), C).toFloat();
  const m = model(C);
  const loss = tfjsJdtLoss({ labelKind: "one-hot", backend: "js" });
  m.compile({ optimizer: tf.train.adam(0.1), loss });
  // The compiled loss is the hard-label loss of the class ids.
  const logits = m.predict(x) as tf.Tensor;
  const want = await jdtLoss(
    {
      logits: logits.dataSync() as Float32Array,
      shape: logits.shape,
      labels: ids,
    },
    { layout: "channels-last", backend: "js", grad: false },
  );
  const got = m.evaluate(x, y) as tf.Scalar;
  assert.ok(Math.abs(got.dataSync()[0] - want.value) < 1e-6);
  const h = await m.fit(x, y, { epochs: 8, batchSize: B, verbose: 0 });
  const losses = h.history.loss as number[];
  assert.ok(losses.at(-1)! < 0.8 * losses[0], `${losses}`);
  tf.dispose([x, y, logits, got]);
  m.dispose();
});

Deno.test('model.fit on a binary mask (one sigmoid channel, labelKind "masks")', async () => {
  const ids = targetIds(1);
  const x = tf.tensor4d(features, [B, H, W, F]);
  const y = tf.tensor4d(Float32Array.from(ids), [B, H, W, 1]);
  const m = model(1);
  m.compile({
    optimizer: tf.train.adam(0.1),
    loss: tfjsJdtLoss({
      labelKind: "masks",
      activation: "sigmoid",
      backend: "js",
    }),
  });
  const h = await m.fit(x, y, { epochs: 8, batchSize: B, verbose: 0 });
  const losses = h.history.loss as number[];
  assert.ok(losses.at(-1)! < 0.8 * losses[0], `${losses}`);
  tf.dispose([x, y]);
  m.dispose();
});

Deno.test("the TF.js adapter reads one-hot targets as hard labels only when asked", () => {
  const C = 3;
  const ids = tf.tensor3d(targetIds(C).subarray(0, 16), [1, H, W], "int32");
  // Class 2 absent: PRESENT (hard) leaves it out, ALL (soft) counts it.
  const noTwo = tf.minimum(ids, tf.scalar(1, "int32"));
  const y = tf.oneHot(noTwo, C).toFloat();
  const logits = tf.tensor4d(
    Float32Array.from({ length: H * W * C }, () => rand() * 2 - 1),
    [1, H, W, C],
  );
  const hard = tfjsJdtLoss({ labelKind: "one-hot" })(y, logits).dataSync()[0];
  const fromIds =
    tfjsJdtLoss({ labelKind: "hard" })(noTwo, logits).dataSync()[0];
  const soft = tfjsJdtLoss()(y, logits).dataSync()[0];
  assert.equal(hard, fromIds);
  assert.notEqual(hard, soft);
  tf.dispose([ids, noTwo, y, logits]);
});
