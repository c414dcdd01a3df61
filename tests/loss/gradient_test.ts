import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { jdtLoss } from "../../mod.ts";
import type { HostLossInput } from "../../mod.ts";
import { randomCase } from "../_random.ts";

/** The prediction array of an input, whichever of logits/probs it is. */
const predOf = (input: HostLossInput) => (input.logits ?? input.probs)!;

Deno.test("jdtLoss() gradient equals central finite differences over all options (kinks skipped)", async () => {
  let compared = 0, skipped = 0;
  await fc.assert(
    fc.asyncProperty(
      randomCase(),
      fc.integer(),
      async ({ input, options }, pick) => {
        const o = { ...options, backend: "js" as const };
        const r = await jdtLoss(input, o);
        const pred = predOf(input);
        /** Loss and gradient with pred[i] set to v. */
        const at = async (i: number, v: number) => {
          const p = pred.slice();
          p[i] = v;
          const changed = input.logits
            ? { ...input, logits: p }
            : { ...input, probs: p };
          return await jdtLoss(changed, o);
        };
        let gmax = 0;
        for (const g of r.grad!) gmax = Math.max(gmax, Math.abs(g));
        const h = 1e-4;
        for (let k = 0; k < Math.min(6, pred.length); k++) {
          const i = Math.abs(pick + 7919 * k) % pred.length;
          const z = pred[i];
          // The float32 neighbours actually used, so the step is exact.
          const up = Math.fround(z + h), down = Math.fround(z - h);
          const ru = await at(i, up), rd = await at(i, down);
          // A kink in [down, up] (norm 1 at x = y, an active-class threshold)
          // makes the derivative jump: its second difference is then of the
          // size of the jump, where a smooth loss gives O(h²).
          const g0 = r.grad![i], gu = ru.grad![i], gd = rd.grad![i];
          if (Math.abs(gu - 2 * g0 + gd) > 1e-5 * gmax + 1e-9) {
            skipped++;
            continue;
          }
          const central = (ru.value - rd.value) / (up - down);
          const tol = 1e-4 * Math.max(gmax, Math.abs(central)) + 1e-7;
          assert.ok(
            Math.abs(g0 - central) <= tol,
            `grad[${i}] = ${g0}, finite difference ${central}, options ${
              JSON.stringify(o)
            }`,
          );
          compared++;
        }
      },
    ),
    { numRuns: 150 },
  );
  // At least 150 runs × 1..6 coordinates, nearly all away from kinks.
  assert.ok(compared >= 300, `only ${compared} coordinates compared`);
  assert.ok(
    compared > 10 * skipped,
    `compared ${compared}, skipped ${skipped}`,
  );
});

Deno.test("jdtLoss() gradient is zero on dropped pixels (keep mask and ignoreIndex)", async () => {
  await fc.assert(
    fc.asyncProperty(randomCase(), async ({ input, options }) => {
      const r = await jdtLoss(input, { ...options, backend: "js" });
      const [B] = input.shape;
      const pred = predOf(input);
      const C = options.layout === "channels-last"
        ? input.shape.at(-1)!
        : input.shape[1];
      const N = pred.length / (B * C);
      for (let b = 0; b < B; b++) {
        for (let n = 0; n < N; n++) {
          const i = b * N + n;
          const dropped = input.keepMask?.[i] === 0 ||
            (!(input.labels instanceof Float32Array) &&
              input.labels[i] === 255);
          if (!dropped) continue;
          for (let c = 0; c < C; c++) {
            const at = options.layout === "channels-last"
              ? i * C + c
              : (b * C + c) * N + n;
            assert.equal(r.grad![at], 0);
          }
        }
      }
    }),
    { numRuns: 100 },
  );
});
