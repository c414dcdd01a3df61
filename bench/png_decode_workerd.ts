/**
 * The PNG pair decode of `bench/png_decode_bench.ts` in Cloudflare's runtime
 * (npm `workerd`, pinned in tests/edge/runtimes; run `bash tests/edge/run.sh`
 * or `npm ci` there first): bundles `bench/png_decode_worker.ts`, serves it
 * on a loopback port and times requests from here, interleaved, `--reps`
 * decodes per request (workerd's clocks do not advance during a request, so
 * the time is taken outside, minus a request that decodes nothing). Prints
 * the milliseconds per pair of each mode and the ratio js / native.
 *
 *     deno run -A bench/png_decode_workerd.ts [--reps N] [--rounds R]
 */
import { parseArgs } from "node:util";
import { packedPair, pngPair } from "./_png_pair.ts";
import { freePort } from "../tests/_loopback.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    reps: { type: "string", default: "10" },
    rounds: { type: "string", default: "15" },
  },
});
const REPS = Number(flags.reps), ROUNDS = Number(flags.rounds);
if (![REPS, ROUNDS].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error("--reps and --rounds must be positive integers");
}
const ROOT = new URL("..", import.meta.url);
const BIN = new URL("tests/edge/runtimes/node_modules/.bin/workerd", ROOT);
const MODES = [
  "noop",
  "native",
  "js",
  "check",
  "inflate-native",
  "inflate-js",
  "pixels",
];

/** The bundle and config of the worker in `dir`; returns the config path. */
async function prepare(dir: string, port: number): Promise<string> {
  const bundle = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "-q",
      "--platform",
      "browser",
      "--format",
      "esm",
      "-o",
      `${dir}/worker.js`,
      new URL("bench/png_decode_worker.ts", ROOT).pathname,
    ],
  }).output();
  if (!bundle.success) throw new Error(new TextDecoder().decode(bundle.stderr));
  await Deno.writeTextFile(
    `${dir}/config.capnp`,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .w)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const w :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
);
`,
  );
  return `${dir}/config.capnp`;
}

/** Milliseconds of one request in `mode`. */
async function request(
  base: string,
  mode: string,
  body: Uint8Array<ArrayBuffer>,
) {
  const t = performance.now();
  const r = await fetch(`${base}/?mode=${mode}&reps=${REPS}`, {
    method: "POST",
    body,
  });
  const text = await r.text();
  if (r.status !== 200) throw new Error(`${mode}: ${r.status} ${text}`);
  return performance.now() - t;
}

const { label, pred } = pngPair();
const body = packedPair(label, pred);
const dir = await Deno.makeTempDir();
const port = freePort();
const child = new Deno.Command(BIN.pathname, {
  args: ["serve", await prepare(dir, port)],
  stdout: "null",
  stderr: "inherit",
}).spawn();
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0;; i++) { // wait until it listens
    try {
      await request(base, "noop", body);
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const times: Record<string, number[]> = {};
  for (const m of MODES) times[m] = [];
  for (let round = 0; round < ROUNDS + 2; round++) { // 2 warm-up rounds
    for (const m of MODES) {
      const ms = await request(base, m, body);
      if (round >= 2) times[m].push(ms);
    }
  }
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const per = (m: string) => (median(times[m]) - median(times.noop)) / REPS;
  console.log(
    `workerd, PNG pair 2048×1024: ms per pair (medians of ${ROUNDS} requests of ${REPS} decodes, minus a request decoding nothing)`,
  );
  for (const m of MODES.slice(1)) {
    console.log(`${m.padEnd(16)} ${per(m).toFixed(2)}`);
  }
  console.log(
    `ratio js / native: decode ${
      (per("js") / per("native")).toFixed(2)
    }, inflate alone ${(per("inflate-js") / per("inflate-native")).toFixed(2)}`,
  );
} finally {
  child.kill();
  await child.status;
  await Deno.remove(dir, { recursive: true });
}
