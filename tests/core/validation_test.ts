import assert from "node:assert/strict";
import { rejectsNaming } from "../_assert.ts";
import {
  computeStatistics,
  createLoss,
  jdtLoss,
  JdtRangeError,
  JdtTypeError,
} from "../../mod.ts";
import type { HostLossInput, LossOptions } from "../../mod.ts";

/** A valid input: B=1, C=3, 2×2 pixels. */
function valid(): HostLossInput {
  return {
    logits: new Float32Array(12).map((_, i) => Math.sin(i)),
    shape: [1, 3, 2, 2],
    labels: new Uint8Array([0, 1, 2, 1]),
  };
}

/** Asserts that jdtLoss rejects with the error class, naming `argument` in the message. */
async function rejects(
  input: HostLossInput,
  options: LossOptions | undefined,
  kind: typeof JdtTypeError | typeof JdtRangeError,
  argument: string,
  pattern?: RegExp,
) {
  await rejectsNaming(
    jdtLoss(input, { backend: "js", ...options }),
    kind,
    argument,
    pattern,
  );
}

Deno.test("jdtLoss() rejects a bad shape by name", async () => {
  await rejects(
    { ...valid(), shape: [12] },
    {},
    JdtRangeError,
    "input.shape",
    /at least 2/,
  );
  await rejects(
    { ...valid(), shape: [1, 3, 2, 0] },
    {},
    JdtRangeError,
    "input.shape",
    /positive integers/,
  );
  await rejects(
    { ...valid(), shape: [1, 3, 2, 2.5] },
    {},
    JdtRangeError,
    "input.shape",
  );
  await rejects(
    { ...valid(), shape: "1,3" as never },
    {},
    JdtTypeError,
    "input.shape",
  );
});

Deno.test("jdtLoss() rejects data whose length differs from the shape", async () => {
  await rejects(
    { ...valid(), shape: [1, 3, 2, 3] },
    {},
    JdtRangeError,
    "input.logits",
    /length \(12\)/,
  );
  await rejects(
    { ...valid(), labels: new Uint8Array(5) },
    {},
    JdtRangeError,
    "input.labels",
    /B×N/,
  );
  await rejects(
    { ...valid(), labels: new Float32Array(11) },
    {},
    JdtRangeError,
    "input.labels",
    /soft/,
  );
  await rejects(
    { ...valid(), keepMask: new Uint8Array(3) },
    {},
    JdtRangeError,
    "input.keepMask",
  );
});

Deno.test("jdtLoss() wants exactly one of logits and probs, as Float32Array", async () => {
  const { logits: _, ...none } = valid();
  await rejects(
    none as HostLossInput,
    {},
    JdtTypeError,
    "input.logits",
    /exactly one/,
  );
  await rejects(
    { ...valid(), probs: new Float32Array(12) },
    {},
    JdtTypeError,
    "input.logits",
    /exactly one/,
  );
  await rejects(
    { ...valid(), logits: [1, 2] as never },
    {},
    JdtTypeError,
    "input.logits",
    /Float32Array/,
  );
  await rejects(
    { ...valid(), labels: [0, 1, 2, 1] as never },
    {},
    JdtTypeError,
    "input.labels",
  );
  await rejects(
    { ...valid(), keepMask: [1, 1, 1, 1] as never },
    {},
    JdtTypeError,
    "input.keepMask",
  );
});

Deno.test("jdtLoss() rejects non-finite logits and probabilities outside [0, 1]", async () => {
  for (const bad of [NaN, Infinity, -Infinity]) {
    const input = valid();
    input.logits![5] = bad;
    await rejects(input, {}, JdtRangeError, "input.logits", /index 5/);
  }
  const { logits: _, ...rest } = valid();
  await rejects(
    { ...rest, probs: new Float32Array(12).fill(1.5) },
    {},
    JdtRangeError,
    "input.probs",
    /\[0, 1\]/,
  );
  await rejects(
    { ...rest, probs: new Float32Array(12).fill(NaN) },
    {},
    JdtRangeError,
    "input.probs",
  );
});

Deno.test('activation "none" with values outside [0, 1] passed as input.logits names input.logits (issue 20 item 18)', async () => {
  for (const backend of ["js", "wasm", "auto"] as const) {
    for (const bad of [1.5, -0.25, NaN]) {
      const input = valid();
      input.logits = new Float32Array(12).fill(0.25);
      input.logits[7] = bad;
      await rejectsNaming(
        jdtLoss(input, { backend, activation: "none" }),
        JdtRangeError,
        "input.logits",
        /\[0, 1\].*index 7/,
      );
    }
  }
  // Through the statistics path too.
  const input = valid();
  input.logits = new Float32Array(12).fill(2);
  await rejectsNaming(
    computeStatistics(input, { backend: "js", activation: "none" }),
    JdtRangeError,
    "input.logits",
  );
});

Deno.test("jdtLoss() rejects labels out of range, also with ignoreIndex set", async () => {
  await rejects(
    { ...valid(), labels: new Uint8Array([0, 1, 3, 1]) },
    {},
    JdtRangeError,
    "input.labels",
    /\[0, 3\)/,
  );
  await rejects(
    { ...valid(), labels: new Int32Array([0, -1, 2, 1]) },
    {},
    JdtRangeError,
    "input.labels",
  );
  await rejects(
    { ...valid(), labels: new Uint8Array([0, 254, 2, 1]) },
    { ignoreIndex: 255 },
    JdtRangeError,
    "input.labels",
    /ignoreIndex \(255\)/,
  );
  // Out of range even where the keep mask drops the pixel.
  await rejects(
    {
      ...valid(),
      labels: new Uint8Array([0, 9, 2, 1]),
      keepMask: new Uint8Array([1, 0, 1, 1]),
    },
    {},
    JdtRangeError,
    "input.labels",
  );
  const soft = new Float32Array(12).fill(0.5);
  soft[3] = -0.1;
  await rejects(
    { ...valid(), labels: soft },
    {},
    JdtRangeError,
    "input.labels",
    /soft/,
  );
  soft[3] = NaN;
  await rejects(
    { ...valid(), labels: soft },
    {},
    JdtRangeError,
    "input.labels",
  );
});

Deno.test("jdtLoss() rejects out-of-range options by name", async () => {
  const cases: [LossOptions, string, RegExp][] = [
    [{ gamma: 0.5 }, "options.gamma", />= 1/],
    [{ alpha: -1 }, "options.alpha", />= 0/],
    [{ beta: -0.1 }, "options.beta", />= 0/],
    [{ smooth: -1e-3 }, "options.smooth", />= 0/],
    [{ threshold: -1 }, "options.threshold", />= 0/],
    [{ mIoUI: NaN }, "options.mIoUI", />= 0/],
    [{ norm: 3 as 1 }, "options.norm", /1 or 2/],
    [{ temperature: 0 }, "options.temperature", /> 0/],
    [{ temperature: -2 }, "options.temperature", /> 0/],
    [{ classWeights: [1, 1] }, "options.classWeights", /C \(3\)/],
    [{ classWeights: [1, -1, 1] }, "options.classWeights", />= 0/],
    [
      { activeClassesModeHard: [0, 5] },
      "options.activeClassesModeHard",
      /class 5/,
    ],
    [{ logLoss: true, smooth: 0 }, "options.smooth", /logLoss/],
  ];
  for (const [options, argument, pattern] of cases) {
    await rejects(valid(), options, JdtRangeError, argument, pattern);
  }
});

Deno.test("jdtLoss() rejects unknown option names and wrong option types", async () => {
  await rejects(
    valid(),
    { ignore_index: 255 } as LossOptions,
    JdtTypeError,
    "options.ignore_index",
    /not a known option/,
  );
  await rejects(
    valid(),
    { activeClassesModeHard: "SOME" as "ALL" },
    JdtTypeError,
    "options.activeClassesModeHard",
  );
  await rejects(
    valid(),
    { layout: "nhwc" as "channels-last" },
    JdtTypeError,
    "options.layout",
  );
  await rejects(
    valid(),
    { reduction: "sum" as "mean" },
    JdtTypeError,
    "options.reduction",
  );
  await rejects(
    valid(),
    { alpha: "1" as unknown as number },
    JdtTypeError,
    "options.alpha",
  );
  await rejects(
    valid(),
    { ignoreIndex: 2.5 },
    JdtTypeError,
    "options.ignoreIndex",
  );
  await rejects(
    valid(),
    { backend: "cuda" as "js" },
    JdtTypeError,
    "options.backend",
  );
  assert.throws(
    () => createLoss({ smoth: 1 } as LossOptions),
    (e) => e instanceof JdtTypeError && e.argument === "options.smoth",
  );
});

/** One pixel of one class: prediction `x` as logits or probabilities, soft label `y`. */
function onePixel(
  pred: "logits" | "probs",
  x: number,
  y: number,
): HostLossInput {
  const input = { shape: [1, 1, 1], labels: new Float32Array([y]) };
  return pred === "logits"
    ? { ...input, logits: new Float32Array([x]) }
    : { ...input, probs: new Float32Array([x]) };
}

Deno.test("jdtLoss() rejects a log loss or fractional gamma where the score leaves (0, 1]", async () => {
  // C = 1: softmax gives x = 1; with norm 2 and y = 0.3, fn = Σy² − Σxy < 0.
  await rejects(
    onePixel("logits", 0, 0.3),
    { norm: 2, alpha: 0, beta: 2, logLoss: true },
    JdtRangeError,
    "options.logLoss",
    /positive score/,
  );
  // alpha > beta: fp = Σx² − Σxy < 0, the score exceeds 1 and 1 − score < 0 has no real power 1.5.
  const over = onePixel("probs", 0.2, 0.9);
  await rejects(
    over,
    { norm: 2, alpha: 0.5, beta: 0, gamma: 1.5 },
    JdtRangeError,
    "options.gamma",
    /integer/,
  );
  const r = await jdtLoss(over, {
    backend: "js",
    norm: 2,
    alpha: 0.5,
    beta: 0,
    gamma: 2,
  });
  // (1 − score)² of the overshoot: score = (0.18 + s) / (0.18 − 0.5·0.14 + s).
  const s = 1e-3, score = (0.18 + s) / (0.18 - 0.07 + s);
  assert.ok(Math.abs(r.value - (1 - score) ** 2) < 1e-6, `${r.value}`);
});

Deno.test("jdtLoss() errors are rejections, never synchronous throws", () => {
  const p = jdtLoss({ shape: [] } as unknown as HostLossInput);
  assert.ok(p instanceof Promise);
  return assert.rejects(p, JdtTypeError);
});
