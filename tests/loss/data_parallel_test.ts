/**
 * Data-parallel training: a batch split across 2 and 4 real workers, each
 * computing the statistics of its shard, the records summed with
 * `mergeStatistics` (the all-reduce), then each worker's loss of its shard
 * given the sum: the single-process value, and the single-process gradient
 * restricted to the shard, within 1e-6 relative. Also the checks of
 * `input.statistics` and `computeStatistics` on WebGPU.
 */
import assert from "node:assert/strict";
import {
  computeStatistics,
  createLoss,
  jdtLoss,
  jdtLossSync,
  JdtRangeError,
  JdtTypeError,
  type LossOptions,
  type LossStatistics,
  mergeStatistics,
} from "../../mod.ts";
import { rejectsNaming, throwsNaming } from "../_assert.ts";
import { ignore, testAdapterPresent } from "../_gpu.ts";
import {
  B,
  batch,
  C,
  dataParallel,
  N,
  type ParallelResult,
  shard,
} from "./_data_parallel.ts";
import type { ChildAnswer, ChildJob } from "./_data_parallel_child.ts";

/**
 * Split runs whose workers use WebGPU, run in a child process (see
 * tests/loss/_data_parallel_child.ts for why): their results, in order. The
 * child must exit 0.
 */
async function inChild(jobs: ChildJob[]): Promise<ParallelResult[]> {
  const child = new URL("./_data_parallel_child.ts", import.meta.url);
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", child.href, JSON.stringify(jobs)],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  assert.equal(r.code, 0, text.decode(r.stderr));
  const answers = JSON.parse(text.decode(r.stdout)) as ChildAnswer[];
  return answers.map((a) => ({ ...a, grad: Float32Array.from(a.grad) }));
}

/**
 * Split runs: in one child process when a worker uses WebGPU, else here.
 */
async function splitRuns(jobs: ChildJob[]): Promise<ParallelResult[]> {
  const gpu = (j: ChildJob) =>
    j.statsBackend === "webgpu" || j.lossBackend === "webgpu";
  if (jobs.some(gpu)) return await inChild(jobs);
  const out = [];
  for (const j of jobs) {
    const x = batch(j.seed, j.soft);
    out.push(
      await dataParallel(x, j.W, j.options, j.statsBackend, j.lossBackend),
    );
  }
  return out;
}

/** Asserts the workers' values and gradient equal the single-process ones (1e-6 relative). */
function assertSameAsOneProcess(
  got: { values: number[]; grad: Float32Array },
  want: { value: number; grad?: Float32Array },
): void {
  for (const v of got.values) {
    assert.ok(
      Math.abs(v - want.value) <= 1e-6 * Math.abs(want.value),
      `value ${v}, single process ${want.value}`,
    );
  }
  const g = want.grad!;
  const scale = g.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  assert.ok(scale > 0);
  for (let i = 0; i < g.length; i++) {
    assert.ok(
      Math.abs(got.grad[i] - g[i]) <= 1e-6 * Math.max(Math.abs(g[i]), scale),
      `grad[${i}] ${got.grad[i]}, single process ${g[i]}`,
    );
  }
}

const CASES: [string, boolean, LossOptions][] = [
  ["Jaccard, hard labels", false, {}],
  ["Dice, soft labels, norm 2", true, { alpha: 0.5, beta: 0.5, norm: 2 }],
  ["Tversky, hard labels, log loss, class weights", false, {
    alpha: 0.3,
    beta: 0.7,
    logLoss: true,
    classWeights: [1, 2, 0.5],
  }],
];

for (const backend of ["js", "wasm", "webgpu"] as const) {
  // The workers' statistics on webgpu come from wasm: the final compute with
  // the summed record is what runs on webgpu.
  const statsBackend = backend === "webgpu" ? "wasm" : backend;
  for (const W of [2, 4]) {
    Deno.test({
      name:
        `a batch split across ${W} workers on ${backend} gives the single-process value and gradient`,
      ignore: backend === "webgpu" && ignore,
      async fn() {
        const seedOf = (name: string) => W * 100 + name.length;
        const runs = await splitRuns(CASES.map(([name, soft, options]) => ({
          seed: seedOf(name),
          soft,
          W,
          options,
          statsBackend,
          lossBackend: backend,
        })));
        for (const [i, [name, soft, options]] of CASES.entries()) {
          const x = batch(seedOf(name), soft);
          const want = await jdtLoss(x, { ...options, backend: statsBackend });
          const got = runs[i];
          assert.deepEqual(got.backends, Array(W).fill(backend));
          assertSameAsOneProcess(got, want);
          // The shard alone gives another (per-shard) value: the record matters.
          const alone = await jdtLoss(shard(x, 0, B / W), {
            ...options,
            backend,
          });
          assert.ok(Math.abs(alone.value - want.value) > 1e-4, name);
        }
      },
    });
  }
}

Deno.test("createLoss().compute and jdtLossSync read input.statistics like jdtLoss", async () => {
  const x = batch(7, false);
  const want = await jdtLoss(x, { backend: "js" });
  const halves = [shard(x, 0, B / 2), shard(x, B / 2, B)];
  const stats = await Promise.all(
    halves.map((h) => computeStatistics(h, { backend: "js" })),
  );
  const statistics = mergeStatistics(stats[0], stats[1]);
  using loss = createLoss({ backend: "wasm" });
  const viaLoss = await Promise.all(
    halves.map((h) => loss.compute({ ...h, statistics })),
  );
  const viaSync = halves.map((h) =>
    jdtLossSync({ ...h, statistics }, { backend: "js" })
  );
  for (const got of [viaLoss, viaSync]) {
    const grad = new Float32Array(B * C * N);
    got.forEach((r, i) => grad.set(r.grad!, i * (B / 2) * C * N));
    assertSameAsOneProcess({ values: got.map((r) => r.value), grad }, want);
  }
});

Deno.test("input.statistics is checked: record shape, class count, norm, label kind, values, options", async () => {
  const x = shard(batch(3, false), 0, 2);
  const good = await computeStatistics(x);
  const bad = (s: unknown, o: LossOptions = {}) =>
    jdtLoss({ ...x, statistics: s as LossStatistics }, o);
  const other = await computeStatistics(shard(batch(3, false), 0, 4));
  const twoClasses = { ...good, C: 2, data: good.data.slice(0, 2 * 2 * 6) };
  const refused: [unknown, typeof JdtTypeError, string][] = [
    [null, JdtTypeError, "input.statistics"],
    [{ ...good, B: "2" }, JdtTypeError, "input.statistics.B"],
    [{ ...good, B: 0 }, JdtRangeError, "input.statistics.B"],
    [other, JdtRangeError, "input.statistics.B"],
    [twoClasses, JdtRangeError, "input.statistics.C"],
    [{ ...good, norm: 2 }, JdtRangeError, "input.statistics.norm"],
    [{ ...good, norm: 3 }, JdtRangeError, "input.statistics.norm"],
    [{ ...good, soft: true }, JdtRangeError, "input.statistics.soft"],
    [{ ...good, soft: 1 }, JdtTypeError, "input.statistics.soft"],
    [{ ...good, data: [...good.data] }, JdtTypeError, "input.statistics.data"],
    [
      { ...good, data: good.data.slice(1) },
      JdtRangeError,
      "input.statistics.data",
    ],
  ];
  for (const [s, type, argument] of refused) {
    await rejectsNaming(bad(s), type, argument);
  }
  for (const v of [NaN, Infinity, -1]) {
    const data = good.data.slice();
    data[4] = v;
    await rejectsNaming(
      bad({ ...good, data }),
      JdtRangeError,
      "input.statistics.data",
    );
  }
  for (const o of [{ mIoUI: 1 }, { mIoUC: 0.5 }]) {
    await rejectsNaming(
      bad(good, o),
      JdtRangeError,
      "input.statistics",
      /mIoUD/,
    );
  }
  throwsNaming(
    () =>
      jdtLossSync({
        ...x,
        statistics: { ...good, C: 4, data: new Float64Array(2 * 4 * 6) },
      }),
    JdtRangeError,
    "input.statistics.C",
  );
  // A shard's own record gives its own loss; the record is copied when
  // checked, so changing it while the call runs changes nothing.
  const own = await computeStatistics(x, { backend: "js" });
  const pending = jdtLoss({ ...x, statistics: own }, { backend: "js" });
  own.data.fill(0);
  assert.equal(
    (await pending).value,
    (await jdtLoss(x, { backend: "js" })).value,
  );
});

testAdapterPresent("data-parallel WebGPU");

Deno.test({
  name:
    "computeStatistics() runs on webgpu (the js record within 1e-6), and a split batch's webgpu statistics give the single-process loss",
  ignore,
  async fn() {
    const x = batch(11, false);
    const gpu = await computeStatistics(x, { backend: "webgpu" });
    const js = await computeStatistics(x, { backend: "js" });
    assert.equal(gpu.B, js.B);
    assert.equal(gpu.C, js.C);
    for (let i = 0; i < js.data.length; i++) {
      assert.ok(
        Math.abs(gpu.data[i] - js.data[i]) <= 1e-6 * Math.max(1, js.data[i]),
        `data[${i}] ${gpu.data[i]} vs ${js.data[i]}`,
      );
    }
    const want = await jdtLoss(x, { backend: "wasm" });
    const runs = await splitRuns([2, 4].map((W) => ({
      seed: 11,
      soft: false,
      W,
      options: {},
      statsBackend: "webgpu",
      lossBackend: "auto",
    })));
    for (const [i, W] of [2, 4].entries()) {
      const got = runs[i];
      assert.equal(got.values.length, W);
      assert.deepEqual(got.backends, Array(W).fill("wasm"));
      assertSameAsOneProcess(got, want);
    }
    // createLoss().compute() on webgpu reads the summed record too.
    const halves = [shard(x, 0, B / 2), shard(x, B / 2, B)];
    const [a, b] = await Promise.all(halves.map((h) => computeStatistics(h)));
    const statistics = mergeStatistics(a, b);
    using loss = createLoss({ backend: "webgpu" });
    const results = [];
    for (const h of halves) {
      results.push(await loss.compute({ ...h, statistics }));
    }
    const grad = new Float32Array(B * C * N);
    results.forEach((r, i) => grad.set(r.grad!, i * (B / 2) * C * N));
    assertSameAsOneProcess(
      { values: results.map((r) => r.value), grad },
      await jdtLoss(x, { backend: "wasm" }),
    );
  },
});
