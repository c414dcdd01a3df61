/** The options schema: one unknown-option check, one message form per kind. */
import assert from "node:assert/strict";
import { JdtRangeError, JdtTypeError } from "../../mod.ts";
import { throwsNaming } from "../_assert.ts";
import {
  checkNumber,
  describeNumber,
  type OptionSchema,
  resolveOptions,
  WORKSPACE_OPTIONS,
} from "../../src/core/option_schema.ts";
import { createMetrics, jdtLossSync, softScores } from "../../mod.ts";
import { labelSmoothing } from "../../mod.ts";
import { resolveLimits } from "../../src/score/options.ts";

const SCHEMA: OptionSchema = {
  size: { kind: "number", default: 4, integer: true, min: 1, max: 8 },
  rate: { kind: "number", default: 0.5, min: 0, minOpen: true },
  on: { kind: "boolean", default: false },
  mode: { kind: "choice", choices: ["a", "b"], default: "a" },
};

Deno.test("resolveOptions() fills defaults in schema order and keeps given values", () => {
  assert.deepEqual(resolveOptions("test", undefined, SCHEMA), {
    size: 4,
    rate: 0.5,
    on: false,
    mode: "a",
  });
  assert.deepEqual(
    resolveOptions("test", { mode: "b", size: 8, on: true }, SCHEMA),
    { size: 8, rate: 0.5, on: true, mode: "b" },
  );
});

Deno.test("resolveOptions() refuses each bad value with its typed error", () => {
  throwsNaming(
    () => resolveOptions("test", { size: 9 }, SCHEMA),
    JdtRangeError,
    "options.size",
    /^Cannot compute test: options\.size must be an integer in \[1, 8\], got 9$/,
  );
  throwsNaming(
    () => resolveOptions("test", { size: 2.5 }, SCHEMA),
    JdtRangeError,
    "options.size",
  );
  throwsNaming(
    () => resolveOptions("test", { rate: 0 }, SCHEMA),
    JdtRangeError,
    "options.rate",
    /must be > 0, got 0$/,
  );
  throwsNaming(
    () => resolveOptions("test", { rate: "1" }, SCHEMA),
    JdtTypeError,
    "options.rate",
    /must be a number, got "1"$/,
  );
  throwsNaming(
    () => resolveOptions("test", { on: 1 }, SCHEMA),
    JdtTypeError,
    "options.on",
    /must be a boolean, got 1$/,
  );
  throwsNaming(
    () => resolveOptions("test", { mode: "c" }, SCHEMA),
    JdtTypeError,
    "options.mode",
    /must be one of "a", "b", got "c"$/,
  );
});

Deno.test("one unknown-option message for loss, metrics, soft scores, soft labels and score limits", () => {
  const labels = new Uint8Array([0, 1]);
  const cases: [() => unknown, RegExp][] = [
    [
      () =>
        jdtLossSync({
          logits: new Float32Array(4),
          shape: [1, 2, 2],
          labels,
        }, { ignore_index: 1 } as never),
      /^Cannot compute loss: options\.ignore_index is not a known option \(known: mIoUD, /,
    ],
    [
      () => createMetrics({ numClasses: 2, bins: 3 } as never),
      /^Cannot compute metrics: options\.bins is not a known option \(known: numClasses, /,
    ],
    [
      () =>
        softScores({
          pred: new Float32Array(2),
          target: new Float32Array(2),
          shape: [1, 1, 2],
        }, { smoth: 1 } as never),
      /^Cannot compute soft scores: options\.smoth is not a known option \(known: ignoreIndex, smooth\)$/,
    ],
    [
      () =>
        labelSmoothing(labels, {
          numClasses: 2,
          shape: [1, 2],
          epsilon: 0.1,
          eps: 1,
        } as never),
      /^Cannot compute label smoothing: options\.eps is not a known option/,
    ],
    [
      () => resolveLimits({ maxPixel: 4 } as never),
      /^Cannot create score handler: options\.maxPixel is not a known option \(known: maxBodyBytes, /,
    ],
  ];
  for (const [f, message] of cases) {
    const name = message.source.match(/options\\\.(\w+)/)![1];
    throwsNaming(f, JdtTypeError, `options.${name}`, message);
  }
});

Deno.test("describeNumber() says each range as the messages do", () => {
  assert.equal(describeNumber({ kind: "number", default: 0, min: 0 }), ">= 0");
  assert.equal(
    describeNumber({ kind: "number", default: 1, min: 0, minOpen: true }),
    "> 0",
  );
  assert.equal(
    describeNumber({
      kind: "number",
      default: 1,
      min: 0,
      minOpen: true,
      max: 100,
    }),
    "a number in (0, 100]",
  );
  assert.equal(
    describeNumber({ kind: "number", default: 1, integer: true, min: 1 }),
    "an integer >= 1",
  );
});

Deno.test("checkNumber() with wrongType range reports a string as out of range", () => {
  throwsNaming(
    () =>
      checkNumber("metrics", "numClasses", "2", {
        kind: "number",
        default: null,
        integer: true,
        min: 1,
        max: 65536,
        wrongType: "range",
      }),
    JdtRangeError,
    "options.numClasses",
    /must be an integer in \[1, 65536\], got "2"$/,
  );
});

Deno.test("WORKSPACE_OPTIONS: required choices, keepMask false by default", () => {
  const lead = "Cannot create workspace";
  assert.deepEqual(
    resolveOptions(
      lead,
      { labels: "uint8", prediction: "probs" },
      WORKSPACE_OPTIONS,
    ),
    { labels: "uint8", prediction: "probs", keepMask: false },
  );
  throwsNaming(
    () => resolveOptions(lead, { prediction: "logits" }, WORKSPACE_OPTIONS),
    JdtTypeError,
    "options.labels",
    /^Cannot create workspace: options\.labels must be one of "int32", "uint16", "uint8", "float32", got undefined$/,
  );
  throwsNaming(
    () =>
      resolveOptions(
        lead,
        { labels: "int32", prediction: "logits", keepMask: 1 },
        WORKSPACE_OPTIONS,
      ),
    JdtTypeError,
    "options.keepMask",
  );
});
