import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import {
  computeStatistics,
  concatStatistics,
  jdtLoss,
  lossFromStatistics,
  mergeStatistics,
} from "../../mod.ts";
import type { HostLossInput } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import { toChannelsLast } from "../_layout.ts";
import { randomCase } from "../_random.ts";

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
const js = { backend: "js" as const };

/** Sizes of a channels-first input. */
function sizes(input: HostLossInput) {
  const [B, C] = input.shape;
  const N = (input.logits ?? input.probs)!.length / (B * C);
  return { B, C, N };
}

/** Channels-first random cases (the layout is varied by its own test). */
const firstCase = randomCase().filter((r) =>
  r.options.layout === "channels-first"
);

Deno.test("jdtLoss() is invariant to permuting pixels; the gradient permutes with them", async () => {
  await fc.assert(
    fc.asyncProperty(
      firstCase,
      fc.integer(),
      async ({ input, options }, seed) => {
        const { B, C, N } = sizes(input);
        const rand = seeded(seed);
        const perm = Array.from({ length: N }, (_, i) => i);
        for (let i = N - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [perm[i], perm[j]] = [perm[j], perm[i]];
        }
        const pred = (input.logits ?? input.probs)!;
        const permPixels = <T extends Float32Array | Int32Array | Uint8Array>(
          a: T,
          k: number,
        ) => {
          const out = a.slice() as T;
          for (let g = 0; g < a.length / (N * k) * k; g++) {
            for (let n = 0; n < N; n++) out[g * N + n] = a[g * N + perm[n]];
          }
          return out;
        };
        const permuted: HostLossInput = {
          shape: input.shape,
          labels: input.labels instanceof Float32Array
            ? permPixels(input.labels, 1)
            : permPixels(input.labels as Int32Array, 1),
          ...(input.logits
            ? { logits: permPixels(pred, 1) }
            : { probs: permPixels(pred, 1) }),
          ...(input.keepMask
            ? { keepMask: permPixels(input.keepMask, 1) }
            : {}),
        };
        const a = await jdtLoss(input, { ...options, ...js });
        const b = await jdtLoss(permuted, { ...options, ...js });
        assert.ok(close(a.value, b.value), `${a.value} vs ${b.value}`);
        for (let g = 0; g < B * C; g++) {
          for (let n = 0; n < N; n++) {
            const ga = a.grad![g * N + perm[n]], gb = b.grad![g * N + n];
            assert.ok(
              Math.abs(ga - gb) <= 1e-6 * Math.abs(ga) + 1e-12,
              `${ga} vs ${gb}`,
            );
          }
        }
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("jdtLoss() gives the same result for channels-last and channels-first data", async () => {
  await fc.assert(
    fc.asyncProperty(firstCase, async ({ input, options }) => {
      const { B, C, N } = sizes(input);
      const toLast = (a: Float32Array) => toChannelsLast(a, B, C, N);
      const spatial = input.shape.slice(2);
      const pred = (input.logits ?? input.probs)!;
      const last: HostLossInput = {
        shape: [B, ...spatial, C],
        labels: input.labels instanceof Float32Array
          ? toLast(input.labels)
          : input.labels,
        ...(input.logits ? { logits: toLast(pred) } : { probs: toLast(pred) }),
        ...(input.keepMask ? { keepMask: input.keepMask } : {}),
      };
      const a = await jdtLoss(input, { ...options, ...js });
      const b = await jdtLoss(last, {
        ...options,
        ...js,
        layout: "channels-last",
      });
      assert.ok(close(a.value, b.value), `${a.value} vs ${b.value}`);
      assert.deepEqual(toLast(a.grad!), b.grad);
    }),
    { numRuns: 100 },
  );
});

Deno.test("mergeStatistics() of pixel chunks and concatStatistics() of image groups equal one pass", async () => {
  await fc.assert(
    fc.asyncProperty(
      firstCase,
      fc.integer({ min: 0, max: 1000 }),
      async ({ input, options }, cut) => {
        const { B, C, N } = sizes(input);
        const o = { ...options, ...js, grad: false };
        const whole = await jdtLoss(input, o);
        const pred = (input.logits ?? input.probs)!;
        const soft = input.labels instanceof Float32Array;
        // Pixels [from, to) of every image.
        const chunk = async (from: number, to: number) => {
          const n = to - from;
          const p = new Float32Array(B * C * n);
          const l = soft ? new Float32Array(B * C * n) : new Int32Array(B * n);
          const m = new Uint8Array(B * n);
          for (let b = 0; b < B; b++) {
            for (let c = 0; c < C; c++) {
              p.set(
                pred.subarray((b * C + c) * N + from, (b * C + c) * N + to),
                (b * C + c) * n,
              );
              if (soft) {
                l.set(
                  input.labels.subarray(
                    (b * C + c) * N + from,
                    (b * C + c) * N + to,
                  ),
                  (b * C + c) * n,
                );
              }
            }
            if (!soft) {
              l.set(
                input.labels.subarray(b * N + from, b * N + to),
                b * n,
              );
            }
            m.set(
              input.keepMask?.subarray(b * N + from, b * N + to) ??
                new Uint8Array(n).fill(1),
              b * n,
            );
          }
          const part: HostLossInput = input.logits
            ? { logits: p, shape: [B, C, n], labels: l, keepMask: m }
            : { probs: p, shape: [B, C, n], labels: l, keepMask: m };
          return await computeStatistics(part, o);
        };
        const k = 1 + (cut % Math.max(1, N - 1));
        const merged = N > 1
          ? mergeStatistics(await chunk(0, k), await chunk(k, N))
          : await chunk(0, N);
        const fromStats = lossFromStatistics(merged, o);
        assert.ok(
          close(fromStats.value, whole.value),
          `${fromStats.value} vs ${whole.value}`,
        );

        // Images split into two batches, statistics concatenated.
        if (B > 1) {
          const imageSlice = async (b0: number, b1: number) => {
            const bn = b1 - b0;
            const part: HostLossInput = {
              shape: [bn, C, N],
              labels: soft
                ? input.labels.slice(b0 * C * N, b1 * C * N)
                : input.labels.slice(b0 * N, b1 * N),
              ...(input.logits
                ? { logits: pred.slice(b0 * C * N, b1 * C * N) }
                : { probs: pred.slice(b0 * C * N, b1 * C * N) }),
              ...(input.keepMask
                ? { keepMask: input.keepMask.slice(b0 * N, b1 * N) }
                : {}),
            };
            return await computeStatistics(part, o);
          };
          const joined = concatStatistics(
            await imageSlice(0, 1),
            await imageSlice(1, B),
          );
          const v = lossFromStatistics(joined, o).value;
          assert.ok(close(v, whole.value), `${v} vs ${whole.value}`);
        }
      },
    ),
    { numRuns: 100 },
  );
});

Deno.test("jdtLoss() with mIoUI is the mean of the per-image losses", async () => {
  await fc.assert(
    fc.asyncProperty(firstCase, async ({ input, options }) => {
      const { B, C, N } = sizes(input);
      const o = {
        ...options,
        ...js,
        mIoUD: 0,
        mIoUI: 1,
        mIoUC: 0,
        activeClassesModeHard: "ALL" as const,
        activeClassesModeSoft: "ALL" as const,
      };
      const batch = await jdtLoss(input, o);
      const pred = (input.logits ?? input.probs)!;
      const soft = input.labels instanceof Float32Array;
      let sum = 0;
      for (let b = 0; b < B; b++) {
        const one: HostLossInput = {
          shape: [1, ...input.shape.slice(1)],
          labels: soft
            ? input.labels.slice(b * C * N, (b + 1) * C * N)
            : input.labels.slice(b * N, (b + 1) * N),
          ...(input.logits
            ? { logits: pred.slice(b * C * N, (b + 1) * C * N) }
            : { probs: pred.slice(b * C * N, (b + 1) * C * N) }),
          ...(input.keepMask
            ? { keepMask: input.keepMask.slice(b * N, (b + 1) * N) }
            : {}),
        };
        sum += (await jdtLoss(one, o)).value;
      }
      assert.ok(close(batch.value, sum / B), `${batch.value} vs ${sum / B}`);
    }),
    { numRuns: 100 },
  );
});
