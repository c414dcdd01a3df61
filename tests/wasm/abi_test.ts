/** The kernel ABI (src/wasm/abi.ts): the direct calls pass exactly the argument lists posted to workers. */
import assert from "node:assert/strict";
import {
  callGrad,
  callStats,
  gradArgs,
  type GradChunk,
  type LossKernels,
  type PassConstants,
  statsArgs,
  type StatsChunk,
} from "../../src/wasm/abi.ts";

/** Kernels that record the arguments of each call instead of running. */
function recorder() {
  const got: Record<string, number[]> = {};
  const k = {
    lossStats: (...a: number[]) => {
      got.lossStats = a;
      return 1;
    },
    lossGrad: (...a: number[]) => {
      got.lossGrad = a;
    },
  } as unknown as LossKernels;
  return { k, got };
}

Deno.test("callStats and callGrad pass the arguments of statsArgs and gradArgs, in order", () => {
  // Every field a distinct number, so that a swap of any two shows.
  let next = 1;
  const n = () => next++;
  const q: PassConstants = {
    C: n(),
    kind: n(),
    ignore: n(),
    hasIgnore: n(),
    act: n(),
    scale: { kA: n(), kB: n(), sA: n(), sB: n() },
    norm: n(),
    wantMax: n(),
  };
  const chunk = {
    src: n(),
    stride: n(),
    soft: n(),
    raw: n(),
    mask: n(),
    tile: n(),
    L: n(),
    Lp: n(),
  };
  const s: StatsChunk = { ...chunk, dst: n(), dstStride: n(), sums: n() };
  const g: GradChunk = { ...chunk, stored: n(), out: n(), coef: n() };
  const { k, got } = recorder();
  assert.equal(callStats(k, q, s), 1);
  callGrad(k, q, g);
  assert.deepEqual(got.lossStats, statsArgs(q, s));
  assert.deepEqual(got.lossGrad, gradArgs(q, g));
});
