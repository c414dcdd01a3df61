/**
 * Every golden loss case on every backend, through one runner
 * (`runGoldenCases` in tests/_golden.ts): js with each hard-label type, wasm
 * with both builds and both layouts, webgpu with the label types in turn and
 * every fourth case channels-last through a reusable loss.
 */
import assert from "node:assert/strict";
import { jdtLoss } from "../../mod.ts";
import {
  caseInput,
  caseOptions,
  type GoldenLossCase,
  type LabelType,
  loadLossCases,
  runGoldenCases,
} from "../_golden.ts";
import { ignore as noGpu, withDevice } from "../_gpu.ts";
import { eachBuild } from "../_wasm.ts";

const cases = loadLossCases();

/** Cases whose golden value records a reference quirk the library does not copy. */
const artifact = (c: GoldenLossCase) => c.referenceArtifacts !== undefined;

/** The hard-label types whose range holds every label of `c` (from 0). */
function fittingTypes(c: GoldenLossCase): LabelType[] {
  const max = Math.max(0, ...c.label);
  const min = Math.min(0, ...c.label);
  return [
    ...(min >= 0 && max < 256 ? ["u8" as const] : []),
    ...(min >= 0 && max < 65536 ? ["u16" as const] : []),
    "i32" as const,
  ];
}

/** The label types of `c` whose range also holds its ignore index (wasm runs each). */
function typesWithIgnore(c: GoldenLossCase): LabelType[] {
  if (c.labelKind === "soft") return ["i32"];
  const ig = c.options.ignoreIndex as number | null;
  const fits = (t: LabelType) =>
    ig === null || (ig >= 0 && ig <= (t === "u8" ? 255 : 65535));
  return fittingTypes(c).filter((t) => t === "i32" || fits(t));
}

Deno.test("golden file holds the documented number of loss cases", () => {
  assert.equal(cases.length, 168);
});

for (const labelType of ["i32", "u8", "u16"] as const) {
  Deno.test(`jdtLoss() on js matches every golden loss case (hard labels as ${labelType})`, async () => {
    const { checked } = await runGoldenCases({
      backend: "js",
      // Only cases whose labels fit the unsigned type (ignoreIndex may be -1).
      labelTypes: (c) =>
        artifact(c) ||
          (labelType !== "i32" &&
            (c.labelKind === "soft" || !fittingTypes(c).includes(labelType)))
          ? []
          : [labelType],
    });
    assert.ok(
      checked >= (labelType === "i32" ? 160 : 80),
      `only ${checked} cases checked`,
    );
  });
}

Deno.test("wasmBackend matches every golden loss case, all hard label types, both builds", async () => {
  const { checked } = await runGoldenCases({
    backend: "wasm",
    configs: (f) => eachBuild((build) => f(build, {})),
    labelTypes: typesWithIgnore,
  });
  assert.ok(checked >= 2 * cases.length);
});

Deno.test("wasmBackend matches every golden loss case in channels-last layout, both builds", async () => {
  const { channelsLast } = await runGoldenCases({
    backend: "wasm",
    configs: (f) => eachBuild((build) => f(build, {})),
    channelsFirst: false,
    channelsLast: () => true,
  });
  assert.equal(channelsLast, 2 * cases.length);
});

Deno.test({
  name: "jdtLoss() on webgpu matches every golden loss case",
  ignore: noGpu,
  async fn() {
    await withDevice(async (device) => {
      const counts = await runGoldenCases({
        backend: "webgpu",
        configs: (f) => f("webgpu", { device }),
        labelTypes: (c, i) => {
          const kinds = c.labelKind === "soft"
            ? ["i32" as const]
            : fittingTypes(c);
          return [kinds[i % kinds.length]];
        },
        // The same case channels-last, through a reusable loss.
        channelsLast: (c, i) => i % 4 === 0 && !artifact(c),
        channelsLastReused: true,
      });
      assert.equal(counts.checked, cases.length);
      assert.ok(counts.artifacts > 0 && counts.channelsLast > 30);
    });
  },
});

Deno.test("jdtLoss() drops ignoreIndex pixels even under a keep mask (docs/spec.md §1, not the reference quirk)", async () => {
  const flagged = cases.filter((c) =>
    c.referenceArtifacts?.loss?.includes("keepmask-overrides-ignore-index")
  );
  assert.ok(flagged.length > 0);
  for (const c of flagged) {
    const input = caseInput(c);
    const options = { ...caseOptions(c), backend: "js" as const };
    const ig = c.options.ignoreIndex as number;
    const labels = input.labels as Int32Array;
    const mask = input.keepMask!;
    // The rule of docs/spec.md §1: the same as masking the ignored pixels out explicitly.
    const explicitMask = mask.map((m, i) => labels[i] === ig ? 0 : m);
    assert.ok(
      explicitMask.some((m, i) => m !== mask[i]),
      "case has kept ignored pixels",
    );
    const explicit = await jdtLoss(
      { ...input, keepMask: explicitMask },
      options,
    );
    const got = await jdtLoss(input, options);
    assert.equal(got.value, explicit.value);
    assert.deepEqual(got.grad, explicit.grad);
    // And it is not the reference's value, which counts those pixels as class C-1.
    assert.ok(Math.abs(got.value - c.loss) > 1e-4);
    // Ignored pixels have a zero gradient.
    const [B, C] = c.shape;
    const N = labels.length / B;
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        if (labels[b * N + n] !== ig) continue;
        for (let k = 0; k < C; k++) {
          assert.equal(got.grad![(b * C + k) * N + n], 0);
        }
      }
    }
  }
});
