import assert from "node:assert/strict";
import { throwsNaming } from "../_assert.ts";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { convModel, tfjsData } from "../_tfjs.ts";
import {
  compoundLoss,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
} from "../../mod.ts";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";

await tf.setBackend("cpu");

const B = 2, H = 3, W = 4, C = 3;
const { rand, logitsData, hardData, softData } = tfjsData(7, [B, H, W, C], 0.1);
const maskData = Uint8Array.from(
  { length: B * H * W },
  () => (rand() < 0.85 ? 1 : 0),
);

Deno.test("tfjsJdtLoss() gives TF.js the library's value and gradient (hard and soft labels)", async () => {
  const logits = tf.tensor4d(logitsData, [B, H, W, C]);
  const cases = [
    {
      labels: tf.tensor3d(hardData, [B, H, W], "int32"),
      lib: hardData,
      opts: { ignoreIndex: 255, mIoUI: 0.5 },
    },
    {
      labels: tf.tensor4d(hardData, [B, H, W, 1], "float32"),
      lib: hardData,
      opts: { ignoreIndex: 255, alpha: 0.5, beta: 0.5 },
    },
    {
      labels: tf.tensor4d(softData, [B, H, W, C]),
      lib: softData,
      opts: { logLoss: true, temperature: 1.5 },
    },
  ];
  for (const { labels, lib, opts } of cases) {
    const loss = tfjsJdtLoss(opts);
    const { value, grad } = tf.valueAndGrad((z: tf.Tensor) => loss(labels, z))(
      logits,
    );
    const want = await jdtLoss(
      { logits: logitsData, shape: [B, H, W, C], labels: lib },
      { ...opts, layout: "channels-last", backend: "wasm" },
    );
    assert.equal(value.dataSync()[0], Math.fround(want.value));
    assert.deepEqual(grad.dataSync(), want.grad);
    tf.dispose([labels, value, grad]);
  }
  logits.dispose();
});

Deno.test("tfjsCompoundLoss() gives TF.js the library's gradient with a keep mask", async () => {
  const logits = tf.tensor4d(logitsData, [B, H, W, C]);
  const labels = tf.tensor4d(softData, [B, H, W, C]);
  const mask = tf.tensor3d(maskData, [B, H, W], "int32");
  const opts = { companion: "kl" as const, temperature: 2, mIoUC: 1 };
  const loss = tfjsCompoundLoss(opts);
  const grad = tf.grad((z: tf.Tensor) => loss(labels, z, mask))(logits);
  const want = await compoundLoss(
    {
      logits: logitsData,
      shape: [B, H, W, C],
      labels: softData,
      keepMask: maskData,
    },
    { ...opts, layout: "channels-last", backend: "wasm" },
  );
  assert.deepEqual(grad.dataSync(), want.grad);
  // the upstream gradient scales ours
  const scaled = tf.grad((z: tf.Tensor) => tf.mul(3, loss(labels, z, mask)))(
    logits,
  );
  assert.deepEqual(scaled.dataSync(), want.grad!.map((g) => 3 * g));
  scaled.dispose();
  // a dropped pixel gets gradient 0
  const g = grad.dataSync();
  const dropped = maskData.indexOf(0);
  assert.ok(dropped >= 0);
  for (let c = 0; c < C; c++) assert.equal(g[dropped * C + c], 0);
  tf.dispose([logits, labels, mask, grad]);
});

Deno.test("tfjsCompoundLoss() trains: optimizer steps on a small conv model lower the loss", () => {
  const x = tf.tensor4d(
    Float32Array.from({ length: B * H * W }, () => rand()),
    [B, H, W, 1],
  );
  const labels = tf.tensor3d(hardData, [B, H, W], "int32");
  const model = convModel(H, W, C, 1);
  const loss = tfjsCompoundLoss({ ignoreIndex: 255 });
  const optimizer = tf.train.adam(0.05);
  const lossAt = () =>
    tf.tidy(() => loss(labels, model.predict(x) as tf.Tensor).dataSync()[0]);
  const before = lossAt();
  for (let step = 0; step < 20; step++) {
    tf.dispose(
      optimizer.minimize(
        () => loss(labels, model.apply(x) as tf.Tensor),
        true,
      )!,
    );
  }
  const after = lossAt();
  assert.ok(after < before, `loss ${before} -> ${after}`);
  tf.dispose([x, labels]);
  model.dispose();
  optimizer.dispose();
});

Deno.test("tfjsJdtLoss() works as a model.compile loss", async () => {
  const x = tf.tensor4d(
    Float32Array.from({ length: B * H * W }, () => rand()),
    [B, H, W, 1],
  );
  const y = tf.tensor4d(softData, [B, H, W, C]);
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [H, W, 1],
        filters: C,
        kernelSize: 3,
        padding: "same",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }),
      }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(1), loss: tfjsJdtLoss() });
  const history = await model.fit(x, y, {
    epochs: 5,
    batchSize: B,
    verbose: 0,
  });
  const losses = history.history.loss as number[];
  assert.ok(losses[4] < losses[0], `losses ${losses}`);
  tf.dispose([x, y]);
  model.dispose();
});

Deno.test("tfjsJdtLoss() rejects bad labels, masks and options naming the argument", () => {
  const logits = tf.zeros([1, 2, 2, 3]);
  const loss = tfjsJdtLoss();
  const check = throwsNaming;
  check(() => loss(tf.zeros([1, 2, 3]), logits), JdtRangeError, "labels");
  check(
    () => loss(tf.tensor3d([[[0, 1], [0.5, 2]]]), logits),
    JdtRangeError,
    "labels",
  );
  check(
    () => loss(tf.tensor3d([[[0, 1], [3, 2]]]), logits),
    JdtRangeError,
    "input.labels",
  );
  check(
    () => tfjsJdtLoss({ labelKind: "soft" })(tf.zeros([1, 2, 2]), logits),
    JdtRangeError,
    "labels",
  );
  check(
    () => loss(tf.zeros([1, 2, 2]), logits, tf.ones([2, 2])),
    JdtRangeError,
    "keepMask",
  );
  check(
    () => tfjsJdtLoss({ backend: "webgpu" })(tf.zeros([1, 2, 2]), logits),
    JdtRangeError,
    "options.backend",
  );
  check(() => tfjsJdtLoss({ norm: 3 as 1 }), JdtRangeError, "options.norm");
  check(
    () => tfjsCompoundLoss({ jdtWeight: -1 }),
    JdtRangeError,
    "options.jdtWeight",
  );
  check(
    () => tfjsJdtLoss({ labelKind: "sparse" as "hard" }),
    JdtTypeError,
    "options.labelKind",
  );
  tf.disposeVariables();
  logits.dispose();
});

Deno.test("tfjsJdtLoss() takes channels-first tensors with layout: channels-first", async () => {
  // the same numbers read as [B, C, H, W]
  const shape: [number, number, number, number] = [B, C, H, W];
  const logits = tf.tensor4d(logitsData, shape);
  const labels = tf.tensor3d(hardData, [B, H, W], "int32");
  const loss = tfjsJdtLoss({ layout: "channels-first", ignoreIndex: 255 });
  const grad = tf.grad((z: tf.Tensor) => loss(labels, z))(logits);
  const want = await jdtLoss(
    { logits: logitsData, shape, labels: hardData },
    { ignoreIndex: 255, backend: "wasm" },
  );
  assert.deepEqual(grad.dataSync(), want.grad);
  tf.dispose([logits, labels, grad]);
});

Deno.test("tfjsJdtLoss() runs on wasm by default and on the float64 reference with backend js", async () => {
  const logits = tf.tensor4d(logitsData, [B, H, W, C]);
  const labels = tf.tensor3d(hardData, [B, H, W], "int32");
  for (const backend of ["js", "wasm"] as const) {
    const loss = tfjsJdtLoss({ ignoreIndex: 255, backend });
    const grad = tf.grad((z: tf.Tensor) => loss(labels, z))(logits);
    const want = await jdtLoss(
      { logits: logitsData, shape: [B, H, W, C], labels: hardData },
      { ignoreIndex: 255, backend, layout: "channels-last" },
    );
    assert.equal(want.backend, backend);
    assert.deepEqual(grad.dataSync(), want.grad);
    grad.dispose();
  }
  tf.dispose([logits, labels]);
});
