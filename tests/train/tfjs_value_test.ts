/** The TF.js adapter's `value()` on the host path (TF.js cpu, wasm adapter). */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { compoundLoss, jdtLoss } from "../../mod.ts";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";

await tf.setBackend("cpu");

Deno.test("value() gives the last call's float64 value, and rejects before the first call", async () => {
  const logits = new Float32Array([
    2,
    -1,
    0.5,
    0,
    1,
    -2,
    0.3,
    0.7,
    -0.4,
    1.5,
    0,
    2,
  ]);
  const labels = new Int32Array([0, 2, 1, 2]);
  const host = { logits, shape: [1, 2, 2, 3], labels };
  const z = tf.tensor4d(logits, [1, 2, 2, 3]);
  const y = tf.tensor3d(labels, [1, 2, 2], "int32");
  const jdt = tfjsJdtLoss({ alpha: 0.5, beta: 0.5 });
  await assert.rejects(jdt.value(), /no call yet/);
  tf.dispose(jdt(y, z));
  const wantJdt = await jdtLoss(host, {
    alpha: 0.5,
    beta: 0.5,
    layout: "channels-last",
    backend: "wasm",
  });
  assert.equal(await jdt.value(), wantJdt.value);
  const compound = tfjsCompoundLoss();
  tf.dispose(compound(y, z));
  const wantCompound = await compoundLoss(host, {
    layout: "channels-last",
    backend: "wasm",
  });
  assert.equal(await compound.value(), wantCompound.value);
  tf.dispose([z, y]);
});
