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
  type HostLossInput,
  jdtLoss,
  jdtLossSync,
  JdtRangeError,
  JdtTypeError,
  type LossOptions,
  type LossStatistics,
  mergeStatistics,
} from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import { rejectsNaming, throwsNaming } from "../_assert.ts";
import { ignore, testAdapterPresent } from "../_gpu.ts";
import type { ShardAnswer, ShardRequest } from "./_data_parallel_worker.ts";

const C = 3, N = 40, B = 8;

/** A batch of B images: logits and hard labels, or probabilities and soft labels. */
function batch(seed: number, soft: boolean): HostLossInput {
  const rand = seeded(seed);
  const pred = Float32Array.from({ length: B * C * N }, () => rand() * 6 - 3);
  if (!soft) {
    const labels = Uint8Array.from({ length: B * N }, () => (rand() * C) | 0);
    return { logits: pred, shape: [B, C, N], labels };
  }
  const probs = pred.map((v) => 1 / (1 + Math.exp(-v)));
  const labels = Float32Array.from({ length: B * C * N }, () => rand());
  return { probs, shape: [B, C, N], labels };
}

/** Images [b0, b1) of a batch. */
function shard(x: HostLossInput, b0: number, b1: number): HostLossInput {
  const per = C * N;
  const pred = (x.logits ?? x.probs)!.slice(b0 * per, b1 * per);
  const soft = x.labels instanceof Float32Array;
  const labels = soft
    ? (x.labels as Float32Array).slice(b0 * per, b1 * per)
    : (x.labels as Uint8Array).slice(b0 * N, b1 * N);
  const out: HostLossInput = { shape: [b1 - b0, C, N], labels };
  return x.logits ? { ...out, logits: pred } : { ...out, probs: pred };
}

/** Sends one request to a worker and waits for its answer. */
function ask(w: Worker, req: ShardRequest): Promise<ShardAnswer> {
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<ShardAnswer>) => resolve(e.data);
    w.postMessage(req);
  });
}

/** Throws the worker's error, if it answered one. */
function ok(a: ShardAnswer): ShardAnswer {
  if (a.error !== undefined) throw new Error(`worker: ${a.error}`);
  return a;
}

/**
 * The value and concatenated gradient of a batch split across `W` workers:
 * statistics on `statsBackend`, summed, then the loss on `lossBackend`.
 */
async function dataParallel(
  x: HostLossInput,
  W: number,
  options: LossOptions,
  statsBackend: LossOptions["backend"],
  lossBackend: LossOptions["backend"],
): Promise<{ values: number[]; grad: Float32Array; backends: string[] }> {
  const url = new URL("./_data_parallel_worker.ts", import.meta.url);
  const workers = Array.from(
    { length: W },
    () => new Worker(url.href, { type: "module" }),
  );
  try {
    const per = B / W;
    const inputs = workers.map((_, w) => shard(x, w * per, (w + 1) * per));
    const askAll = (op: ShardRequest["op"], backend: LossOptions["backend"]) =>
      Promise.all(workers.map(async (wk, w) =>
        ok(
          await ask(wk, {
            op,
            input: inputs[w],
            options: { ...options, backend },
            statistics: op === "loss" ? summed : undefined,
          }),
        )
      ));
    const records = await askAll("statistics", statsBackend);
    const summed: LossStatistics = records.map((r) => r.statistics!).reduce((
      a,
      b,
    ) => mergeStatistics(a, b));
    const answers = await askAll("loss", lossBackend);
    const grad = new Float32Array(B * C * N);
    answers.forEach((a, w) => grad.set(a.grad!, w * per * C * N));
    return {
      values: answers.map((a) => a.value!),
      grad,
      backends: answers.map((a) => a.backend!),
    };
  } finally {
    for (const w of workers) w.terminate();
  }
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
        for (const [name, soft, options] of CASES) {
          const x = batch(W * 100 + name.length, soft);
          const want = await jdtLoss(x, { ...options, backend: statsBackend });
          const got = await dataParallel(x, W, options, statsBackend, backend);
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
    for (const W of [2, 4]) {
      const want = await jdtLoss(x, { backend: "wasm" });
      const got = await dataParallel(x, W, {}, "webgpu", "auto");
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
