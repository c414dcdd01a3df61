/**
 * Second guards of the training toolkit (issue 16): the focal gradient for
 * focalGamma ≤ 1, and the TF.js adapter's use of the upstream gradient.
 * Expected values are derived by hand (comments) or come from independent
 * float64 code here.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { seeded } from "../../tools/workloads.ts";
import { compoundLoss, focalLoss, jdtLoss } from "../../mod.ts";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";
import { assertAllClose, centralDifferences } from "../_independent.ts";
import { tfjsData } from "../_tfjs.ts";

await tf.setBackend("cpu");

Deno.test("focalLoss() gradient with two classes matches the closed form for focalGamma 0.5 and 1", () => {
  // Two classes, label l, q = q_l = softmax(z)_l: the pixel loss is
  // f(q) = −(1 − q)^γ log q, f'(q) = γ(1 − q)^(γ−1) log q − (1 − q)^γ / q,
  // dq/dz_l = q(1 − q) = −dq/dz_other, so
  // dL/dz_l = q(1 − q) f'(q) = γ q (1 − q)^γ log q − (1 − q)^(γ+1)
  // and dL/dz_other = −dL/dz_l, each divided by the N kept pixels.
  const N = 5;
  const logits = new Float32Array([
    ...[0.3, -1.2, 2.0, 0.0, 1.1], // class 0
    ...[-0.4, 0.9, -0.5, 3.0, 1.0], // class 1
  ]);
  const labels = new Uint8Array([0, 1, 1, 0, 1]);
  for (const gamma of [0.5, 1]) {
    const r = focalLoss({ logits, shape: [1, 2, N], labels }, {
      focalGamma: gamma,
    });
    const want = new Float64Array(2 * N);
    let value = 0;
    for (let n = 0; n < N; n++) {
      const l = labels[n], o = 1 - l;
      const q = 1 / (1 + Math.exp(logits[o * N + n] - logits[l * N + n]));
      value -= (1 - q) ** gamma * Math.log(q) / N;
      const d = gamma * q * (1 - q) ** gamma * Math.log(q) -
        (1 - q) ** (gamma + 1);
      want[l * N + n] = d / N;
      want[o * N + n] = -d / N;
    }
    assert.ok(Math.abs(r.value - value) < 1e-12, `value, gamma ${gamma}`);
    assertAllClose(r.grad!, want, 1e-6, `gamma ${gamma}`);
  }
});

Deno.test("focalLoss() gradient with soft labels equals central differences for focalGamma 0.25, 0.75 and 1", () => {
  const B = 1, C = 4, N = 6;
  const rand = seeded(31);
  const logits = Float32Array.from(
    { length: B * C * N },
    () => (rand() - 0.5) * 6,
  );
  const labels = new Float32Array(B * C * N);
  for (let n = 0; n < N; n++) {
    const w = Array.from({ length: C }, () => rand());
    const s = w.reduce((a, b) => a + b);
    for (let c = 0; c < C; c++) labels[c * N + n] = w[c] / s;
  }
  for (const gamma of [0.25, 0.75, 1]) {
    // −Σ_c y_c (1 − q_c)^γ log q_c per pixel, q = softmax(z), mean over pixels.
    const value = (z: Float64Array) => {
      let total = 0;
      for (let n = 0; n < N; n++) {
        let m = -Infinity, s = 0;
        for (let c = 0; c < C; c++) m = Math.max(m, z[c * N + n]);
        for (let c = 0; c < C; c++) s += Math.exp(z[c * N + n] - m);
        for (let c = 0; c < C; c++) {
          const logq = z[c * N + n] - m - Math.log(s);
          total -= labels[c * N + n] * (1 - Math.exp(logq)) ** gamma * logq;
        }
      }
      return total / N;
    };
    const r = focalLoss({ logits, shape: [B, C, N], labels }, {
      focalGamma: gamma,
    });
    assert.ok(Math.abs(r.value - value(Float64Array.from(logits))) < 1e-12);
    const want = centralDifferences(value, logits, 1e-6);
    assertAllClose(r.grad!, want, 1e-6, `gamma ${gamma}`);
  }
});

const B = 2, H = 2, W = 3, C = 3;
const { logitsData, hardData, softData } = tfjsData(41, [B, H, W, C]);

Deno.test("tfjsJdtLoss(): the gradient of 3·loss is 3 times the library's gradient", async () => {
  const opts = { backend: "js" as const, alpha: 0.4, beta: 0.6 };
  const loss = tfjsJdtLoss(opts);
  const labels = tf.tensor4d(softData, [B, H, W, C]);
  const logits = tf.tensor4d(logitsData, [B, H, W, C]);
  const g = tf.grad((z: tf.Tensor) => loss(labels, z).mul(3))(logits);
  const lib = await jdtLoss(
    { logits: logitsData, shape: [B, H, W, C], labels: softData },
    { ...opts, layout: "channels-last" },
  );
  const want = Float64Array.from(lib.grad!, (v) => 3 * v);
  assertAllClose(g.dataSync(), want, 1e-6, "3·loss");
  tf.dispose([labels, logits, g]);
});

Deno.test("tfjsCompoundLoss(): the gradient of loss² is 2·loss times the library's gradient", async () => {
  // d(L²)/dz = 2 L dL/dz: the adapter must multiply by the upstream 2L.
  const opts = { backend: "js" as const, companion: "focal" as const };
  const loss = tfjsCompoundLoss(opts);
  const labels = tf.tensor3d(hardData, [B, H, W], "int32");
  const logits = tf.tensor4d(logitsData, [B, H, W, C]);
  const g = tf.grad((z: tf.Tensor) => loss(labels, z).square())(logits);
  const lib = await compoundLoss(
    { logits: logitsData, shape: [B, H, W, C], labels: hardData },
    { ...opts, layout: "channels-last" },
  );
  const k = 2 * Math.fround(lib.value);
  // Ignoring the upstream gradient would give factor 1.
  assert.ok(Math.abs(k - 1) > 0.1, `2L = ${k} must differ from 1`);
  const want = Float64Array.from(lib.grad!, (v) => k * v);
  assertAllClose(g.dataSync(), want, 1e-6, "loss²");
  tf.dispose([labels, logits, g]);
});
