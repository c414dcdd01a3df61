/** Issue 13, item 12 for the TF.js adapter: options are read from own properties only. */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { tfjsCompoundLoss, tfjsJdtLoss } from "../../src/train/tfjs.ts";

await tf.setBackend("cpu");

Deno.test("tfjsJdtLoss() and tfjsCompoundLoss() ignore inherited options", () => {
  const inherited = Object.create({ labelKind: "bogus", backend: "webgpu" });
  const labels = tf.tensor([[0, 1]], [1, 2], "int32");
  const logits = tf.tensor([[[2, -1], [-1, 2]]], [1, 2, 2]);
  const want = tfjsJdtLoss({ backend: "js" })(labels, logits).dataSync()[0];
  const got = tfjsJdtLoss(Object.assign(inherited, { backend: "js" }))(
    labels,
    logits,
  ).dataSync()[0];
  assert.equal(got, want);
  assert.doesNotThrow(() =>
    tfjsCompoundLoss(Object.create({ companion: "nope", labelKind: "x" }))
  );
  tf.dispose([labels, logits]);
});
