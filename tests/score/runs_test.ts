// Runs: batches merged exactly in Deno KV, in one process and across two
// server processes on one KV file.
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import { encodeNpy } from "../../src/score/npy.ts";
import { createMetrics } from "../../mod.ts";
import { encode } from "npm:fast-png@8.0.0";
import { form, postBatch, postEverywhere } from "../_score_files.ts";
import { freePort, waitHealthy } from "../_loopback.ts";
import {
  expectedRun as expected,
  npyPair,
  type Pair,
  pngPair,
  seeded,
} from "../_run_pairs.ts";

async function withKvServer(fn: (base: string) => Promise<void>) {
  const kv = await Deno.openKv(":memory:");
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createScoreHandler({ kv }),
  );
  try {
    await fn(`http://127.0.0.1:${server.addr.port}`);
  } finally {
    await server.shutdown();
    kv.close();
  }
}

Deno.test("runs: batches merge exactly, a batch id counts once, 409 on other classes or ignore, 404 unknown", async () => {
  const C = 5;
  const pairs = Array.from({ length: 6 }, (_, i) => pngPair(10 + i, C, 9, 7));
  await withKvServer(async (base) => {
    const q = `classes=${C}&ignore=255`;
    const seqOf = new Map<string, number>();
    for (const p of pairs) {
      const r = await postBatch(base, "r1", p, q);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body, {
        run: "r1",
        batch: p.id,
        added: true,
        seq: seqOf.size,
      });
      seqOf.set(p.id, r.body.seq);
    }
    const again = await postBatch(base, "r1", pairs[2], q);
    assert.deepEqual(again.body, {
      run: "r1",
      batch: pairs[2].id,
      added: false,
      seq: 2,
    });
    assert.equal(
      (await postBatch(
        base,
        "r1",
        pngPair(99, C, 9, 7),
        `classes=${C + 1}&ignore=255`,
      ))
        .status,
      409,
    );
    assert.equal(
      (await postBatch(
        base,
        "r1",
        pngPair(98, C, 9, 7, 0),
        `classes=${C}&ignore=0`,
      ))
        .status,
      409,
    );
    const got = await (await fetch(`${base}/runs/r1`)).json();
    const want = expected(pairs, C);
    assert.equal(got.batches, 6);
    assert.equal(got.classes, C);
    assert.equal(got.ignoreIndex, 255);
    assert.deepEqual(got.metrics, want.metrics);
    assert.deepEqual(got.perClass, want.perClass);
    assert.equal(got.images, want.images);
    assert.equal(got.keptPixels, want.keptPixels);
    const none = await fetch(`${base}/runs/nope`);
    assert.equal(none.status, 404);
    await none.body?.cancel();
    const badId = await fetch(`${base}/runs/a%20b`);
    assert.equal(badId.status, 400);
    await badId.body?.cancel();
  });
});

Deno.test("runs: states over the 64 KiB value limit (300 classes of probabilities) are split and merge exactly", async () => {
  const C = 300;
  const pairs = Array.from({ length: 12 }, (_, i) => npyPair(40 + i, C, 5, 4));
  await withKvServer(async (base) => {
    const order: Pair[] = [];
    for (const p of pairs) {
      const r = await postBatch(base, "big", p, `classes=${C}&ignore=255`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      order[r.body.seq] = p;
    }
    const got = await (await fetch(`${base}/runs/big`)).json();
    const want = expected(order, C);
    assert.ok(typeof got.metrics.SCED === "number"); // calibration kept
    assert.deepEqual(got.metrics, want.metrics);
    assert.deepEqual(got.perClass, want.perClass);
  });
});

Deno.test("runs: without a kv option the routes answer 501", async () => {
  const h = createScoreHandler();
  const r = await h(new Request("http://x/runs/r1"));
  assert.equal(r.status, 501);
  await r.body?.cancel();
});

const serveTask: string[] = JSON.parse(
  Deno.readTextFileSync(new URL("../../deno.json", import.meta.url)),
).tasks.serve.split(" ").slice(1);

Deno.test("runs: two server processes on one KV file, every batch sent to both at once, merge exactly", async () => {
  const C = 4;
  const N = 40;
  const pairs = Array.from(
    { length: N },
    (_, i) =>
      i % 4 === 0 ? npyPair(200 + i, C, 8, 6) : pngPair(200 + i, C, 8, 6),
  );
  const dir = await Deno.makeTempDir();
  const root = new URL("../..", import.meta.url).pathname;
  const servers: Deno.ChildProcess[] = [];
  try {
    const bases: string[] = [];
    for (let k = 0; k < 2; k++) {
      const port = freePort();
      servers.push(
        new Deno.Command(Deno.execPath(), {
          args: serveTask, // `deno task serve`, with its permissions
          cwd: root,
          env: { PORT: String(port), JDT_KV_PATH: `${dir}/runs.sqlite` },
          stdout: "null",
          stderr: "null",
        }).spawn(),
      );
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(bases.map(waitHealthy));
    const t0 = performance.now();
    const q = `classes=${C}&ignore=255`;
    // Every batch goes to both servers at once (a client retry landing on
    // another instance), 8 batches in flight; each is added exactly once.
    const order = await postEverywhere(bases, "two", pairs, q);
    const ms = performance.now() - t0;
    console.log(
      `two processes: ${2 * N} posts of ${N} batches in ${ms.toFixed(0)} ms`,
    );
    const want = expected(order, C);
    for (const b of bases) {
      const got = await (await fetch(`${b}/runs/two`)).json();
      assert.equal(got.batches, N);
      assert.deepEqual(got.metrics, want.metrics);
      assert.deepEqual(got.perClass, want.perClass);
    }
  } finally {
    for (const s of servers) {
      s.kill("SIGTERM");
      await s.status;
    }
    await Deno.remove(dir, { recursive: true });
  }
});

/** A `.npy` pair of `C` classes, 16-bit labels, each probability in [0, 1]. */
function wideNpyPair(seed: number, C: number, w: number, h: number): Pair {
  const rnd = seeded(seed);
  const n = w * h;
  const labels = new Uint16Array(n);
  const probs = new Float32Array(C * n);
  for (let i = 0; i < n; i++) labels[i] = Math.floor(rnd() * C);
  // Spread over every calibration bin of every class: the bins fill up.
  for (let k = 0; k < C * n; k++) probs[k] = rnd();
  return {
    id: `wide-${seed}`,
    pred: encodeNpy(probs, [C, h, w]),
    label: encode({
      width: w,
      height: h,
      data: labels,
      depth: 16,
      channels: 1,
    }),
    add: (m) => m.add({ probs, shape: [1, C, n], labels }),
  };
}

Deno.test("runs: a 3000-class run of probabilities keeps growing past one KV commit (800 KiB) and merges exactly", async () => {
  const C = 3000;
  const kv = await Deno.openKv(":memory:");
  try {
    const handler = createScoreHandler({ kv, maxClasses: 4096 });
    const post = async (p: Pair) => {
      const r = await handler(
        new Request(`http://x/runs/wide/batches/${p.id}?classes=${C}`, {
          method: "POST",
          body: form(p.pred, p.label),
        }),
      );
      return { status: r.status, body: await r.json() };
    };
    const pairs = Array.from(
      { length: 10 },
      (_, i) => wideNpyPair(60 + i, C, 16, 16),
    );
    const order: Pair[] = [];
    for (const p of pairs.slice(0, 8)) {
      const r = await post(p);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      order[r.body.seq] = p;
    }
    // Two at once: one of them loses the race, retries, and leaves nothing.
    for (const r of await Promise.all(pairs.slice(8).map(post))) {
      assert.equal(r.status, 200, JSON.stringify(r.body));
      order[r.body.seq] = pairs.find((p) => p.id === r.body.batch)!;
    }
    const head = (await kv.get<{ sumsParts: number; sumsAt: string }>([
      "jdt-runs",
      "wide",
      "head",
    ])).value!;
    // Only the head's sums are kept: old and lost writes' parts are deleted.
    const kept = new Set<unknown>();
    let chars = 0;
    for await (
      const e of kv.list<string>({ prefix: ["jdt-runs", "wide", "sumsAt"] })
    ) {
      kept.add(e.key[3]);
      chars += e.value.length;
    }
    assert.deepEqual([...kept], [head.sumsAt]);
    assert.equal(head.sumsParts, Math.ceil(chars / 60_000));
    // More than one commit's worth with the log's last part and the head.
    assert.ok(chars > 700_000, `${chars} characters`);
    const got = await (await handler(new Request("http://x/runs/wide"))).json();
    const m = createMetrics({ numClasses: C });
    for (const p of order) p.add(m);
    const want = JSON.parse(JSON.stringify({
      metrics: m.value(),
      perClass: m.perClass(),
    }));
    assert.equal(got.batches, 10);
    assert.ok(typeof got.metrics.SCED === "number");
    assert.deepEqual(got.metrics, want.metrics);
    assert.deepEqual(got.perClass, want.perClass);
  } finally {
    kv.close();
  }
});

Deno.test("runs: a run stored before sumsAt (sums under [run, 'sums', i]) is read and grows", async () => {
  const C = 300;
  const pairs = Array.from({ length: 3 }, (_, i) => npyPair(80 + i, C, 5, 4));
  const kv = await Deno.openKv(":memory:");
  try {
    const handler = createScoreHandler({ kv });
    const post = (p: Pair) =>
      handler(
        new Request(
          `http://x/runs/old/batches/${p.id}?classes=${C}&ignore=255`,
          {
            method: "POST",
            body: form(p.pred, p.label),
          },
        ),
      ).then((r) => r.json());
    for (const p of pairs.slice(0, 2)) {
      assert.equal((await post(p)).added, true);
    }
    // Rewrite the run in the earlier layout.
    const headKey = ["jdt-runs", "old", "head"];
    const { sumsAt, ...head } = (await kv.get<{ sumsAt: string }>(headKey))
      .value!;
    const prefix = ["jdt-runs", "old", "sumsAt", sumsAt];
    let n = 0;
    for await (const e of kv.list<string>({ prefix })) {
      await kv.set(["jdt-runs", "old", "sums", n++], e.value);
      await kv.delete(e.key);
    }
    await kv.set(headKey, head);
    const want01 = expected(pairs.slice(0, 2), C);
    const got01 = await (await handler(new Request("http://x/runs/old")))
      .json();
    assert.deepEqual(got01.metrics, want01.metrics);
    assert.equal((await post(pairs[2])).seq, 2);
    const got = await (await handler(new Request("http://x/runs/old"))).json();
    assert.deepEqual(got.metrics, expected(pairs, C).metrics);
    for await (const e of kv.list({ prefix: ["jdt-runs", "old", "sums"] })) {
      assert.fail(`earlier part ${String(e.key)} left behind`);
    }
  } finally {
    kv.close();
  }
});
