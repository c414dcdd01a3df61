import assert from "node:assert/strict";
import { jdtLoss } from "../../mod.ts";
import {
  assertGradClose,
  assertLossClose,
  caseInput,
  caseOptions,
  type GoldenLossCase,
  loadLossCases,
} from "../_golden.ts";

const cases = loadLossCases();

/** Cases whose golden value records a reference quirk the library does not copy. */
const artifact = (c: GoldenLossCase) => c.referenceArtifacts !== undefined;

Deno.test("golden file holds the documented number of loss cases", () => {
  assert.equal(cases.length, 168);
});

for (const labelType of ["i32", "u8", "u16"] as const) {
  Deno.test(`jdtLoss() on js matches every golden loss case (hard labels as ${labelType})`, async () => {
    let checked = 0;
    for (const c of cases) {
      if (artifact(c)) continue;
      if (labelType !== "i32") {
        // Only cases whose labels fit the unsigned type (ignoreIndex may be -1).
        const max = labelType === "u8" ? 255 : 65535;
        if (c.labelKind === "soft" || c.label.some((v) => v < 0 || v > max)) {
          continue;
        }
      }
      const r = await jdtLoss(caseInput(c, labelType), {
        ...caseOptions(c),
        backend: "js",
      });
      assert.equal(r.backend, "js");
      assertLossClose(r.value, c.loss, c.name);
      if (!c.nonDifferentiable) assertGradClose(r.grad!, c.gradLogits, c.name);
      checked++;
    }
    assert.ok(
      checked >= (labelType === "i32" ? 160 : 80),
      `only ${checked} cases checked`,
    );
  });
}

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
