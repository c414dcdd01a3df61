/**
 * `POST /score?classes=19&ignore=255` of the 2048×1024 PNG pair of
 * `bench/_png_pair.ts` in Cloudflare's runtime (npm `workerd`, pinned in
 * tests/edge/runtimes; run `bash tests/edge/run.sh` or `npm ci` there first)
 * and in this Deno, in the same run, interleaved, both over loopback HTTP.
 * workerd runs the bundled tests/edge/worker.ts with dist/jdt.wasm given as a
 * wasm module (`useWasmModule`); Deno serves `createScoreHandler()` from a
 * child process. A third target, `png_decode_worker.ts` in the same workerd,
 * decodes the pair only (native inflate), to show decoding's share.
 *
 * Prints the medians, the ratio workerd / Deno (issue 21 asks ≤ 1.5×), and
 * the peak resident memory one request adds to each process (Linux VmHWM,
 * reset through /proc/PID/clear_refs before the request).
 *
 *     deno run -A bench/edge_score_bench.ts [--rounds R]
 */
import { parseArgs } from "node:util";
import { packedPair, pngPair } from "./_png_pair.ts";
import { freePort } from "../tests/_loopback.ts";
import { createScoreHandler } from "../src/score/handler.ts";
import decodeWorker from "./png_decode_worker.ts";

const ROOT = new URL("..", import.meta.url);
const BIN = new URL("tests/edge/runtimes/node_modules/.bin/workerd", ROOT);
const PATH = "/score?classes=19&ignore=255";
/** Repetitions of a stage in one request. */
const REPS = 4;

/**
 * Deno's side (run as a child process): serves the handler on `port`, and
 * the decode worker's stages on other paths.
 */
function serveDeno(port: number): void {
  const handler = createScoreHandler();
  Deno.serve(
    { hostname: "127.0.0.1", port, onListen: () => {} },
    (req) =>
      new URL(req.url).pathname === "/score"
        ? handler(req)
        : decodeWorker.fetch(req),
  );
}

async function bundle(entry: string, out: string): Promise<void> {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["bundle", "-q", "--platform", "browser", "--format", "esm"]
      .concat(["-o", out, new URL(entry, ROOT).pathname]),
  }).output();
  if (!r.success) throw new Error(new TextDecoder().decode(r.stderr));
}

/** A workerd worker `name`: entry `main` over bundle `lib`, with jdt.wasm. */
function worker(name: string, main: string, lib: string): string {
  return `const ${name} :Workerd.Worker = (
  modules = [
    (name = "${main}", esModule = embed "${main}"),
    (name = "${lib}", esModule = embed "${lib}"),
    (name = "jdt.wasm", wasm = embed "jdt.wasm"),
  ],
  compatibilityDate = "2026-11-01",
);`;
}

/** Bundles both workers into `dir` and writes the workerd config. */
async function prepare(dir: string, score: number, decode: number) {
  await bundle("tests/edge/worker.ts", `${dir}/worker.js`);
  await bundle("bench/png_decode_worker.ts", `${dir}/decode.js`);
  await Deno.copyFile(new URL("dist/jdt.wasm", ROOT), `${dir}/jdt.wasm`);
  await Deno.writeTextFile(
    `${dir}/main.js`,
    `import m from "./jdt.wasm";
import { makeWorker } from "./worker.js";
export default makeWorker(m);`,
  );
  await Deno.writeTextFile(
    `${dir}/main_decode.js`,
    `import m from "./jdt.wasm";
import w, { useWasmModule } from "./decode.js";
useWasmModule(m);
export default w;`,
  );
  const sock = (name: string, port: number) =>
    `(name = "${name}", address = "127.0.0.1:${port}", http = (), service = "${name}")`;
  await Deno.writeTextFile(
    `${dir}/config.capnp`,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "score", worker = .s), (name = "decode", worker = .d)],
  sockets = [${sock("score", score)}, ${sock("decode", decode)}],
);
${worker("s", "main.js", "worker.js")}
${worker("d", "main_decode.js", "decode.js")}
`,
  );
  return `${dir}/config.capnp`;
}

/** A request of the benchmark: its milliseconds, checked to answer 200. */
type Shot = () => Promise<number>;

function scoreShot(base: string, label: Uint8Array, pred: Uint8Array): Shot {
  return async () => {
    const body = new FormData();
    body.append("pred", new Blob([pred as Uint8Array<ArrayBuffer>]), "pred");
    body.append("label", new Blob([label as Uint8Array<ArrayBuffer>]), "l");
    const t = performance.now();
    const r = await fetch(`${base}${PATH}`, { method: "POST", body });
    const text = await r.text();
    const ms = performance.now() - t;
    if (r.status !== 200) throw new Error(`${base}: ${r.status} ${text}`);
    return ms;
  };
}

function decodeShot(base: string, mode: string, body: Uint8Array): Shot {
  return async () => {
    const t = performance.now();
    const r = await fetch(`${base}/?mode=${mode}&reps=${REPS}`, {
      method: "POST",
      body: body as Uint8Array<ArrayBuffer>,
    });
    const text = await r.text();
    if (r.status !== 200) throw new Error(`${mode}: ${r.status} ${text}`);
    return performance.now() - t;
  };
}

async function waitUp(shot: Shot): Promise<void> {
  for (let i = 0;; i++) {
    try {
      return void await shot();
    } catch (e) {
      if (i > 150) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** KiB of a field of /proc/PID/status. */
function status(pid: number, field: string): number {
  const text = Deno.readTextFileSync(`/proc/${pid}/status`);
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)![1]);
}

/** MiB one request adds to the peak resident memory of process `pid`. */
async function peakOf(pid: number, shot: Shot): Promise<string> {
  Deno.writeTextFileSync(`/proc/${pid}/clear_refs`, "5"); // resets VmHWM
  const before = status(pid, "VmRSS");
  await shot();
  const peak = status(pid, "VmHWM");
  return `+${((peak - before) / 1024).toFixed(1)} MiB over ${
    (before / 1024).toFixed(1)
  } MiB resident`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Stages timed in workerd, each its own request to the decode worker. */
const STAGES = [
  "noop",
  "check",
  "inflate-native",
  "copy",
  "pixels",
  "native",
  "count",
  "count-js",
  "count-wasm",
];
const STAGE_NAMES: Record<string, string> = {
  check: "chunk checks + CRC",
  "inflate-native": "inflate (DecompressionStream)",
  pixels: "unfilter + pixels",
  count: "metrics counting + JSON",
  "count-js": "counting on js",
  "count-wasm": "counting on wasm",
  native: "whole decode",
};

/** Prints the medians, the stage shares and the ratio. */
function report(times: Record<string, number[]>, rounds: number): void {
  console.log(
    `POST ${PATH}, PNG pair 2048×1024, ${rounds} interleaved rounds (ms, median [min–max]):`,
  );
  for (const k of ["workerd /score", "deno /score"]) {
    const xs = times[k];
    console.log(
      `  ${k.padEnd(15)} ${median(xs).toFixed(1)} [${
        Math.min(...xs).toFixed(1)
      }–${Math.max(...xs).toFixed(1)}]`,
    );
  }
  // "pixels" works on copies of the inflated pair: their cost is "copy"'s.
  const per = (rt: string, m: string) =>
    (median(times[`${rt} ${m}`]) -
      median(times[`${rt} ${m === "pixels" ? "copy" : "noop"}`])) / REPS;
  console.log(
    `stages, ms per pair (${REPS} per request, minus a request doing none):`,
  );
  console.log(`  ${"".padEnd(30)} workerd   Deno`);
  for (const m of STAGES.filter((m) => m !== "noop" && m !== "copy")) {
    console.log(
      `  ${STAGE_NAMES[m].padEnd(30)} ${
        per("workerd", m).toFixed(1).padStart(7)
      } ${per("deno", m).toFixed(1).padStart(6)}`,
    );
  }
  const w = median(times["workerd /score"]), d = median(times["deno /score"]);
  console.log(`ratio workerd / Deno: ${(w / d).toFixed(2)} (target ≤ 1.5)`);
}

async function main(rounds: number): Promise<void> {
  const { label, pred } = pngPair();
  const pair = packedPair(label, pred);
  const dir = await Deno.makeTempDir();
  const [ws, wd, dp] = [freePort(), freePort(), freePort()];
  const workerd = new Deno.Command(BIN.pathname, {
    args: ["serve", await prepare(dir, ws, wd)],
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  const deno = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL(import.meta.url).pathname, `--serve=${dp}`],
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  try {
    const small = pngPair(64, 48);
    const at = (port: number) => `http://127.0.0.1:${port}`;
    const warm = [
      scoreShot(at(ws), small.label, small.pred),
      scoreShot(at(dp), small.label, small.pred),
      decodeShot(at(wd), "noop", pair),
    ];
    for (const s of warm) await waitUp(s);
    const score = {
      workerd: scoreShot(at(ws), label, pred),
      deno: scoreShot(at(dp), label, pred),
    };
    // Memory first: each process's first big request, after a small one.
    const memory = [
      `peak memory of the first request of the pair, over the resident memory after a 64×48 pair (Linux VmHWM):`,
      `  workerd process: ${await peakOf(workerd.pid, score.workerd)}`,
      `  Deno process:    ${await peakOf(deno.pid, score.deno)}`,
    ];
    const shots: Record<string, Shot> = {
      "workerd /score": score.workerd,
      "deno /score": score.deno,
    };
    for (const m of STAGES) {
      shots[`workerd ${m}`] = decodeShot(at(wd), m, pair);
      shots[`deno ${m}`] = decodeShot(at(dp), m, pair);
    }
    const times: Record<string, number[]> = {};
    for (const k in shots) times[k] = [];
    for (let round = 0; round < rounds + 3; round++) { // 3 warm-up rounds
      for (const k in shots) {
        const ms = await shots[k]();
        if (round >= 3) times[k].push(ms);
      }
    }
    report(times, rounds);
    console.log(memory.join("\n"));
  } finally {
    for (const c of [workerd, deno]) {
      c.kill();
      await c.status;
    }
    await Deno.remove(dir, { recursive: true });
  }
}

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    rounds: { type: "string", default: "15" },
    serve: { type: "string" },
  },
});
if (flags.serve !== undefined) serveDeno(Number(flags.serve));
else {
  const rounds = Number(flags.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--rounds must be a positive integer");
  }
  await main(rounds);
}
