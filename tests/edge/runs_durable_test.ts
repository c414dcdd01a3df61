// Runs in Durable Objects, in Deno: the store code over an in-memory storage
// with a Durable Object's semantics (values cloned, keys listed in string
// order, one transaction at a time, nothing written by a transaction that
// throws). The same code runs in workerd on real storage in
// tests/edge/run.sh; this covers it in the ordinary test run.
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import {
  durableObjectRuns,
  durableObjectRunsStore,
  type DurableRunsStorage,
  type DurableRunsTransaction,
  RunsDurableObject,
} from "../../src/score/runs_durable.ts";
import type { RunWrite } from "../../src/score/runs.ts";
import { form } from "../_score_files.ts";
import { expectedRun, npyPair, type Pair, pngPair } from "../_run_pairs.ts";

function memoryStorage(): DurableRunsStorage {
  const data = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();
  const get = <T>(k: string) =>
    Promise.resolve(structuredClone(data.get(k)) as T | undefined);
  return {
    get,
    list<T>({ prefix, start }: { prefix: string; start?: string }) {
      const keys = [...data.keys()].filter((k) =>
        k.startsWith(prefix) && k >= (start ?? "")
      ).sort();
      return Promise.resolve(
        new Map(keys.map((k) => [k, structuredClone(data.get(k)) as T])),
      );
    },
    transaction<T>(f: (txn: DurableRunsTransaction) => Promise<T>) {
      const run = queue.then(async () => {
        const puts = new Map<string, unknown>(), dels: string[] = [];
        const result = await f({
          get: <T>(k: string) =>
            puts.has(k) ? Promise.resolve(puts.get(k) as T) : get<T>(k),
          put: (entries) => {
            assert.ok(Object.keys(entries).length <= 128);
            for (const [k, v] of Object.entries(entries)) {
              puts.set(k, structuredClone(v));
            }
            return Promise.resolve();
          },
          delete: (keys) => {
            assert.ok(keys.length <= 128);
            dels.push(...keys);
            return Promise.resolve(keys.length);
          },
        });
        for (const [k, v] of puts) data.set(k, v);
        for (const k of dels) data.delete(k);
        return result;
      });
      queue = run.catch(() => {});
      return run;
    },
  };
}

/** A namespace of objects of one storage each, reached through `fetch`. */
function memoryNamespace() {
  const objects = new Map<string, RunsDurableObject>();
  const names: string[] = [];
  return {
    names,
    idFromName: (name: string) => name,
    get: (id: unknown) => ({
      fetch(url: string, init?: RequestInit) {
        const name = String(id);
        if (!objects.has(name)) {
          names.push(name);
          objects.set(
            name,
            new RunsDurableObject({ storage: memoryStorage() }),
          );
        }
        return objects.get(name)!.fetch(new Request(url, init));
      },
    }),
  };
}

Deno.test("durable runs: parts are read back in order past 10 parts, from any position", async () => {
  const store = durableObjectRunsStore(memoryStorage());
  const log = Array.from({ length: 12 }, (_, i) => `line ${i}\n`);
  const write: RunWrite = {
    batch: "b0",
    head: {
      classes: 2,
      ignore: null,
      batches: 1,
      images: 1,
      sumsParts: 1,
      logParts: 12,
    },
    sums: ["{}"],
    log,
    logFrom: 0,
    previousSumsParts: 0,
  };
  assert.equal(await store.commit("r", null, write), true);
  assert.deepEqual(await store.parts("r", "log"), log);
  assert.deepEqual(await store.parts("r", "log", 10), log.slice(10));
  assert.deepEqual(await store.head("r", "b0"), {
    head: write.head,
    version: "1",
    seq: 0,
  });
  // A stale version or a batch already in the run writes nothing.
  assert.equal(await store.commit("r", null, { ...write, batch: "b1" }), false);
  assert.equal(await store.commit("r", "1", write), false);
  assert.equal((await store.head("r")).version, "1");
  // Fewer sums parts than before: the old ones past them go.
  const shorter = { ...write, batch: "b1", sums: [], previousSumsParts: 1 };
  assert.equal(await store.commit("r", "1", shorter), true);
  assert.deepEqual(await store.parts("r", "sums"), []);
});

Deno.test("durable runs: concurrent batches on two handlers merge exactly, retries count once, one object per run", async () => {
  const C = 4, N = 24;
  const ns = memoryNamespace();
  const handlers = [0, 1].map(() =>
    createScoreHandler({ kv: durableObjectRuns(ns) })
  );
  const pairs: Pair[] = Array.from(
    { length: N },
    (_, i) =>
      i % 3 === 0 ? npyPair(300 + i, C, 6, 5) : pngPair(300 + i, C, 6, 5),
  );
  const post = async (h: number, p: Pair) => {
    for (let attempt = 0;; attempt++) {
      const r = await handlers[h](
        new Request(
          `http://x/runs/d1/batches/${p.id}?classes=${C}&ignore=255`,
          { method: "POST", body: form(p.pred, p.label) },
        ),
      );
      if (r.status === 503 && attempt < 50) { // busy: retry, as clients should
        await r.body?.cancel();
        await new Promise((res) => setTimeout(res, 5 * (1 + attempt)));
        continue;
      }
      assert.equal(r.status, 200);
      return await r.json() as { added: boolean; seq: number; batch: string };
    }
  };
  const results = await Promise.all(
    pairs.flatMap((p) => [post(0, p), post(1, p)]),
  );
  assert.equal(results.filter((r) => r.added).length, N);
  const seq = new Map<string, number>();
  for (const r of results) {
    if (seq.has(r.batch)) assert.equal(seq.get(r.batch), r.seq);
    seq.set(r.batch, r.seq);
  }
  const order: Pair[] = [];
  for (const p of pairs) order[seq.get(p.id)!] = p;
  const want = expectedRun(order, C);
  const got = await (await handlers[1](new Request("http://x/runs/d1")))
    .json();
  assert.equal(got.batches, N);
  assert.deepEqual(got.metrics, want.metrics);
  assert.deepEqual(got.perClass, want.perClass);
  assert.deepEqual((await post(0, pairs[5])).added, false);
  assert.deepEqual(ns.names, ["d1"]);
});

Deno.test("durable runs: errors Cloudflare marks retryable or overloaded are retried; others are not", async () => {
  const ns = memoryNamespace();
  let failures = 2;
  const flaky = {
    idFromName: ns.idFromName,
    get: (id: unknown) => ({
      fetch(url: string, init?: RequestInit) {
        if (failures-- > 0) {
          const flag = failures === 1 ? "retryable" : "overloaded";
          return Promise.reject(
            Object.assign(new Error("Network connection lost."), {
              [flag]: true,
            }),
          );
        }
        return ns.get(id).fetch(url, init);
      },
    }),
  };
  const p = pngPair(1, 3, 4, 4);
  const h = createScoreHandler({ kv: durableObjectRuns(flaky) });
  const post = () =>
    h(
      new Request(`http://x/runs/f/batches/${p.id}?classes=3&ignore=255`, {
        method: "POST",
        body: form(p.pred, p.label),
      }),
    );
  const r = await post();
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), {
    run: "f",
    batch: p.id,
    added: true,
    seq: 0,
  });
  const broken = createScoreHandler({
    kv: durableObjectRuns({
      idFromName: (n: string) => n,
      get: () => ({ fetch: () => Promise.reject(new Error("a bug")) }),
    }),
  });
  const origError = console.error;
  console.error = () => {}; // the handler logs the unexpected error
  try {
    const bad = await broken(new Request("http://x/runs/f"));
    assert.equal(bad.status, 500);
    await bad.body?.cancel();
  } finally {
    console.error = origError;
  }
});
