/**
 * The record of `computeStatistics` is complete on every backend: the maxima
 * `maxX` and `maxXY` are there also when the options' active-class mode does
 * not read them, so one record serves any options later.
 */
import assert from "node:assert/strict";
import { computeStatistics, lossFromStatistics } from "../../mod.ts";

Deno.test("computeStatistics() on wasm keeps maxX and maxXY, like js, whatever the active-class mode", async () => {
  // [B=1, C=2, N=2]: class 0 predicted 0.9 and 0.2, class 1 0.1 and 0.8.
  const x = {
    probs: new Float32Array([0.9, 0.2, 0.1, 0.8]),
    shape: [1, 2, 2],
    labels: new Uint8Array([0, 1]),
  };
  const js = await computeStatistics(x, { backend: "js" });
  const wasm = await computeStatistics(x, { backend: "wasm" });
  // maxX of class 0 (index 4) is 0.9 by hand; maxXY (index 5) 0.9 + 1.
  assert.ok(Math.abs(js.data[4] - 0.9) < 1e-6);
  assert.ok(Math.abs(js.data[5] - 1.9) < 1e-6);
  for (let i = 0; i < js.data.length; i++) {
    assert.ok(Math.abs(wasm.data[i] - js.data[i]) < 1e-6, `data[${i}]`);
  }
  const prob = { activeClassesModeHard: "PROB" as const, threshold: 0.85 };
  assert.equal(
    lossFromStatistics(wasm, prob).value,
    lossFromStatistics(js, prob).value,
  );
});
