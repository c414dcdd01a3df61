/** Presets that refuse a conflicting alpha/beta, and the synchronous losses. */
import assert from "node:assert/strict";
import {
  crossEntropyLoss,
  diceLoss,
  diceLossSync,
  jaccardLoss,
  jaccardLossSync,
  jdtLoss,
  jdtLossSync,
  JdtRangeError,
  tverskyLoss,
  tverskyLossSync,
} from "../../mod.ts";
import { smallProblem } from "../_random.ts";
import { rejectsNaming, throwsNaming } from "../_assert.ts";

const sample = () => smallProblem(11);

Deno.test("diceLoss() and jaccardLoss() reject an alpha or beta other than their own", async () => {
  const input = sample();
  await rejectsNaming(
    diceLoss(input, { alpha: 0.3 }),
    JdtRangeError,
    "options.alpha",
    /diceLoss, which sets alpha = 0.5.*tverskyLoss/,
  );
  await rejectsNaming(
    jaccardLoss(input, { beta: 0.7 }),
    JdtRangeError,
    "options.beta",
    /jaccardLoss/,
  );
  throwsNaming(
    () => diceLossSync(input, { beta: 1 }),
    JdtRangeError,
    "options.beta",
  );
  // The preset's own value is accepted (shared option objects stay usable).
  const same = await diceLoss(input, { alpha: 0.5, beta: 0.5, backend: "js" });
  const plain = await diceLoss(input, { backend: "js" });
  assert.equal(same.value, plain.value);
});

Deno.test("the synchronous losses equal the asynchronous ones on the same backend", async () => {
  const input = sample();
  for (const backend of ["js", "wasm", "auto"] as const) {
    const o = { backend, mIoUI: 0.5 };
    const pairs = [
      [jdtLossSync(input, o), await jdtLoss(input, o)],
      [jaccardLossSync(input, o), await jaccardLoss(input, o)],
      [diceLossSync(input, o), await diceLoss(input, o)],
      [tverskyLossSync(input, o), await tverskyLoss(input, o)],
    ];
    for (const [sync, async] of pairs) {
      assert.equal(sync.value, async.value);
      assert.deepEqual(sync.grad, async.grad);
      assert.equal(sync.backend, backend === "js" ? "js" : "wasm");
    }
  }
  // Dice differs from Jaccard, Tversky (0.3, 0.7) from both.
  const d = diceLossSync(input).value, j = jaccardLossSync(input).value;
  assert.notEqual(d, j);
  assert.notEqual(tverskyLossSync(input).value, d);
});

Deno.test("jdtLossSync() refuses the webgpu backend by name", () => {
  throwsNaming(
    () => jdtLossSync(sample(), { backend: "webgpu" }),
    JdtRangeError,
    "options.backend",
  );
});

Deno.test("a synchronous training step mixes jdtLossSync with a companion loss", () => {
  const input = sample();
  const a = jdtLossSync(input), b = crossEntropyLoss(input);
  const grad = a.grad!.map((g, i) => 0.75 * g + 0.25 * b.grad![i]);
  assert.equal(grad.length, 30);
  assert.ok(Number.isFinite(0.75 * a.value + 0.25 * b.value));
});
