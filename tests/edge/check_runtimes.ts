/**
 * The edge checks: the bundled worker in Cloudflare's runtime (workerd) and
 * in Vercel's open Edge Runtime, each with and without jdt's precompiled
 * module, checked over HTTP against the same computations in this Deno.
 * Prints one line per check (`ok NAME` or `FAILED NAME: why`) and
 * `edge: N passed, M failed`; exits 1 when any failed.
 *
 * Usage (from tests/edge/run.sh): `deno run -A tests/edge/check_runtimes.ts
 * DIR`, where DIR holds `worker.js` (ESM bundle of tests/edge/worker.ts) and
 * `edge.js` (classic-script bundle of tests/edge/edge_entry.ts).
 */
import assert from "node:assert/strict";
import { jdtLoss } from "../../mod.ts";
import { createScoreHandler } from "../../src/score/handler.ts";
import { form, postBatch, postEverywhere } from "../_score_files.ts";
import { freePort, waitHealthy } from "../_loopback.ts";
import { writeWorkerdConfig } from "./_workerd_config.ts";
import { expectedRun, npyPair, type Pair, pngPair } from "../_run_pairs.ts";

const ROOT = new URL("../../", import.meta.url);
const RUNTIMES = new URL("tests/edge/runtimes/", ROOT);
const dir = Deno.args[0];
let passed = 0, failed = 0;

async function check(name: string, f: () => Promise<void>): Promise<void> {
  try {
    await f();
    passed++;
    console.log(`ok ${name}`);
  } catch (e) {
    failed++;
    const why = e instanceof Error ? e.message : String(e);
    console.log(`FAILED ${name}: ${why.split("\n").slice(0, 6).join(" ")}`);
  }
}

/** A runtime serving the worker at `base`, `module` telling whether it has jdt.wasm. */
interface Target {
  name: string;
  base: string;
  module: boolean;
  runs: boolean;
}

// --- the loss -------------------------------------------------------------

const B = 2, C = 4, N = 300;
const lossInput = {
  logits: Array.from(
    { length: B * C * N },
    (_, i) => Math.fround(Math.sin(i * 0.37) * 3),
  ),
  shape: [B, C, N],
  labels: Array.from({ length: B * N }, (_, i) => (i * 7 + (i >> 3)) % C),
};
const jsHere = await jdtLoss({
  logits: new Float32Array(lossInput.logits),
  shape: lossInput.shape,
  labels: new Uint8Array(lossInput.labels),
}, { backend: "js" });
const jsGrad = Array.from(jsHere.grad!);

interface LossAnswer {
  value?: number;
  backend?: string;
  grad?: number[];
  error?: string;
  argument?: string;
  message?: string;
}

async function lossAt(t: Target, query: string): Promise<LossAnswer> {
  const r = await fetch(`${t.base}/edge/loss?${query}`, {
    method: "POST",
    body: JSON.stringify(lossInput),
  });
  return await r.json();
}

/** Within the golden README's float32 tolerances of the js values here. */
function assertNearJs(a: LossAnswer): void {
  assert.ok(a.value !== undefined, JSON.stringify(a).slice(0, 300));
  const want = jsHere.value;
  assert.ok(
    Math.abs(a.value - want) <= 1e-6 + 1e-5 * Math.abs(want),
    `${a.value} vs js ${want}`,
  );
  const scale = Math.max(...jsGrad.map(Math.abs));
  const worst = Math.max(...a.grad!.map((g, i) => Math.abs(g - jsGrad[i])));
  assert.ok(worst <= 1e-7 + 1e-3 * scale, `gradient off by ${worst}`);
}

function assertExactlyJs(a: LossAnswer): void {
  assert.equal(a.backend, "js", JSON.stringify(a).slice(0, 300));
  assert.equal(a.value, jsHere.value);
  assert.deepEqual(a.grad, jsGrad);
}

async function lossChecks(t: Target): Promise<void> {
  await check(
    `${t.name}: js backend gives exactly the js numbers of Deno`,
    async () => {
      assertExactlyJs(await lossAt(t, "backend=js"));
    },
  );
  if (t.module) {
    for (const q of ["backend=auto", "backend=wasm", "backend=auto&sync=1"]) {
      await check(`${t.name}: ${q} runs on wasm and equals js`, async () => {
        const a = await lossAt(t, q);
        assert.equal(a.backend, "wasm", JSON.stringify(a).slice(0, 300));
        assertNearJs(a);
      });
    }
    return;
  }
  await check(
    `${t.name}: backend=wasm without the module is a typed error naming useWasmModule`,
    async () => {
      const a = await lossAt(t, "backend=wasm");
      assert.equal(a.error, "JdtRangeError", JSON.stringify(a).slice(0, 300));
      assert.equal(a.argument, "options.backend");
      assert.match(a.message!, /refuses to compile WebAssembly.*useWasmModule/);
    },
  );
  for (const q of ["backend=auto", "backend=auto&sync=1"]) {
    await check(
      `${t.name}: ${q} without the module falls back to js, same numbers (needs the chooser's fallback)`,
      async () => {
        assertExactlyJs(await lossAt(t, q));
      },
    );
  }
}

// --- /score and the documented errors -------------------------------------

const deno = createScoreHandler();
const denoKv = await Deno.openKv(":memory:");
const denoWithRuns = createScoreHandler({ kv: denoKv });

/** The same request to the target and to the handler in this Deno. */
async function sameAsDeno(
  t: Target,
  path: string,
  init: () => RequestInit,
  status?: number,
): Promise<void> {
  const here = await (t.runs ? denoWithRuns : deno)(
    new Request(`http://deno${path}`, init()),
  );
  const there = await fetch(`${t.base}${path}`, init());
  const [a, b] = [await here.json(), await there.json()];
  assert.equal(there.status, here.status, JSON.stringify(b).slice(0, 300));
  if (status !== undefined) assert.equal(there.status, status);
  assert.deepEqual(b, a);
}

async function scoreChecks(t: Target): Promise<void> {
  const png = pngPair(7, 19, 64, 48), npy = npyPair(8, 5, 16, 12);
  // 8·96·96 probabilities: counted on wasm with backend "auto".
  const bigNpy = npyPair(9, 8, 96, 96);
  const pairs: [string, string, Pair][] = [
    ["a PNG pair", "classes=19", png],
    [".npy probabilities", "classes=5", npy],
    [
      `73728 .npy probabilities (wasm's share)${
        t.module ? "" : " (needs the chooser's fallback)"
      }`,
      "classes=8",
      bigNpy,
    ],
  ];
  for (const [what, classes, p] of pairs) {
    await check(
      `${t.name}: /score of ${what} gives Deno's metrics`,
      () =>
        sameAsDeno(t, `/score?${classes}&ignore=255`, () => ({
          method: "POST",
          body: form(p.pred, p.label),
        }), 200),
    );
  }
  const errors: [string, string, () => RequestInit, number][] = [
    ["unknown route", "/nope", () => ({}), 404],
    ["wrong method", "/score?classes=3", () => ({}), 405],
    ["classes=0", "/score?classes=0", () => ({
      method: "POST",
      body: form(png.pred, png.label),
    }), 400],
    ["a text body", "/score?classes=3", () => ({
      method: "POST",
      body: "hello",
      headers: { "content-type": "text/plain" },
    }), 415],
    ["a label outside classes", "/score?classes=3", () => ({
      method: "POST",
      body: form(png.pred, png.label),
    }), 400],
    [
      t.runs ? "an unknown run" : "runs without a store",
      "/runs/nope",
      () => ({}),
      t.runs ? 404 : 501,
    ],
  ];
  for (const [what, path, init, status] of errors) {
    await check(
      `${t.name}: ${what} answers ${status} as in Deno`,
      () => sameAsDeno(t, path, init, status),
    );
  }
}

// --- runs in a Durable Object ---------------------------------------------

async function runsChecks(a: Target, b: Target): Promise<void> {
  const classes = 4, count = 40;
  const pairs = Array.from(
    { length: count },
    (_, i) =>
      i % 4 === 0
        ? npyPair(200 + i, classes, 8, 6)
        : pngPair(200 + i, classes, 8, 6),
  );
  const q = `classes=${classes}&ignore=255`;
  let order: Pair[] = [];
  await check(
    "workerd: 40 batches, each posted to two worker instances at once, are each added once",
    async () => {
      order = await postEverywhere([a.base, b.base], "two", pairs, q);
    },
  );
  const seq = new Map(order.map((p, i) => [p.id, i]));
  await check(
    "workerd: the run read from either instance equals one in-process accumulation",
    async () => {
      const want = expectedRun(order, classes);
      for (const t of [a, b]) {
        const got = await (await fetch(`${t.base}/runs/two`)).json();
        assert.equal(got.batches, count);
        assert.deepEqual(got.metrics, want.metrics);
        assert.deepEqual(got.perClass, want.perClass);
        assert.equal(got.images, want.images);
        assert.equal(got.keptPixels, want.keptPixels);
      }
    },
  );
  await check(
    "workerd: retried batches count once and keep their position; other classes get 409",
    async () => {
      for (const p of pairs.slice(0, 5)) {
        for (const t of [a, b]) {
          const r = await postBatch(t.base, "two", p, q);
          assert.deepEqual(r.body, {
            run: "two",
            batch: p.id,
            added: false,
            seq: seq.get(p.id),
          });
        }
      }
      const other = await postBatch(
        a.base,
        "two",
        pngPair(999, 5, 8, 6),
        "classes=5&ignore=255",
      );
      assert.equal(other.status, 409);
      const got = await (await fetch(`${b.base}/runs/two`)).json();
      assert.equal(got.batches, count);
    },
  );
}

async function bigRunCheck(a: Target, b: Target): Promise<void> {
  await check(
    "workerd: a run over the 64 KiB value limit (300 classes of probabilities) is split and merges exactly",
    async () => {
      const classes = 300;
      const pairs = Array.from(
        { length: 12 },
        (_, i) => npyPair(40 + i, classes, 5, 4),
      );
      const order: Pair[] = [];
      for (const [i, p] of pairs.entries()) {
        const t = i % 2 === 0 ? a : b;
        const r = await postBatch(
          t.base,
          "big",
          p,
          `classes=${classes}&ignore=255`,
        );
        assert.equal(r.status, 200, JSON.stringify(r.body));
        order[r.body.seq] = p;
      }
      const want = expectedRun(order, classes);
      const got = await (await fetch(`${a.base}/runs/big`)).json();
      assert.equal(typeof got.metrics.SCED, "number"); // calibration kept
      assert.deepEqual(got.metrics, want.metrics);
      assert.deepEqual(got.perClass, want.perClass);
    },
  );
}

// --- the runtimes ------------------------------------------------------------

async function startWorkerd(): Promise<
  { targets: Target[]; stop: () => Promise<void> }
> {
  const ports = { with: freePort(), with2: freePort(), without: freePort() };
  const config = await writeWorkerdConfig(
    dir,
    ports,
    new URL("dist/jdt.wasm", ROOT),
  );
  const bin = new URL("node_modules/.bin/workerd", RUNTIMES).pathname;
  const child = new Deno.Command(bin, {
    args: ["serve", config],
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  const targets: Target[] = [
    {
      name: "workerd",
      base: `http://127.0.0.1:${ports.with}`,
      module: true,
      runs: true,
    },
    {
      name: "workerd (second instance)",
      base: `http://127.0.0.1:${ports.with2}`,
      module: true,
      runs: true,
    },
    {
      name: "workerd without module",
      base: `http://127.0.0.1:${ports.without}`,
      module: false,
      runs: false,
    },
  ];
  await Promise.all(targets.map((t) => waitHealthy(t.base)));
  return {
    targets,
    stop: async () => {
      child.kill("SIGTERM");
      await child.status;
    },
  };
}

async function startEdgeRuntime(
  module: boolean,
): Promise<{ target: Target; stop: () => Promise<void> }> {
  const port = freePort();
  const args = ["edge_server.mjs", `${dir}/edge.js`, String(port)];
  if (module) args.push(new URL("dist/jdt.wasm", ROOT).pathname);
  const child = new Deno.Command("node", {
    args,
    cwd: RUNTIMES,
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  const target: Target = {
    name: module ? "edge-runtime" : "edge-runtime without module",
    base: `http://127.0.0.1:${port}`,
    module,
    runs: false,
  };
  await waitHealthy(target.base);
  return {
    target,
    stop: async () => {
      child.kill("SIGTERM");
      await child.status;
    },
  };
}

const stops: (() => Promise<void>)[] = [];
try {
  const w = await startWorkerd();
  stops.push(w.stop);
  const [withModule, second, without] = w.targets;
  for (const t of [withModule, without]) {
    await lossChecks(t);
    await scoreChecks(t);
  }
  await runsChecks(withModule, second);
  await bigRunCheck(withModule, second);
  for (const module of [true, false]) {
    const e = await startEdgeRuntime(module);
    stops.push(e.stop);
    await lossChecks(e.target);
    await scoreChecks(e.target);
  }
} catch (e) {
  failed++;
  console.log(`FAILED start: ${e instanceof Error ? e.message : e}`);
} finally {
  for (const stop of stops) await stop();
  denoKv.close();
}
console.log(`edge: ${passed} passed, ${failed} failed`);
Deno.exit(failed === 0 ? 0 : 1);
