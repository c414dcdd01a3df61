/**
 * Benchmarks W1, W2 and W3 on the wasm backend against a native C program that
 * computes the whole loss (bench/native_loss.c, OpenMP, 2 threads, built for
 * the widest vectors this CPU has), in the same run: every wasm row is
 * reported as a ratio to that native figure, beside the other native builds
 * (AVX2, 128-bit: wasm's width) and the streaming limit (bench/stream.c, 2
 * threads: reads the inputs once, writes the gradient once). Before a
 * workload is timed, every native build is checked against jdt's js backend
 * (bench/native_loss.ts; a mismatch stops the run).
 *
 * Rounds: each round times the widest native build, the other native builds,
 * the streaming limit, each wasm row (the copy path with plain arrays, staged
 * on two threads and on one, the workspace path with arrays in wasm memory on
 * two threads and on one), and the widest native build
 * again. A native or wasm figure is the median of back-to-back calls, 3 or as
 * many as span FIGURE_MS of the yardstick (a single call of a ~3 ms row is
 * mostly noise); a threaded row is timed
 * with its workers started (warmed by calls until a worker took part, as in a
 * training loop; they end 2 s after a call, so each round starts them); a
 * streaming figure the median of the last 5 of 10 (its process is fresh each
 * round).
 * A round is quiet when its two widest-native figures differ by at most 10 %
 * and neither exceeds 1.25× the fastest widest-native figure of the workload
 * (the machine neither changed pace within the round nor ran slow through it).
 * Every figure printed is the median (and min) over the quiet rounds, the
 * native yardstick being the median of both its figures of those rounds; with
 * no quiet round, all rounds count and the run says so. Each group prints as
 * it finishes. Then the first-call time on W3 from a fresh process, then the
 * other benchmarks of bench/ (`deno bench --json`) with their own baselines.
 *
 * Usage: `deno run -A bench/compare.ts [--reps N] [--groups-only] [--only W]`
 * (N rounds per workload, default 15; W one of W1, W2, W3).
 */
import { parseArgs } from "node:util";
import { createLoss, jdtLoss } from "../mod.ts";
import type { HostLossInput } from "../src/core/types.ts";
import {
  setWasmThreads,
  workspaceThreadedPasses,
} from "../src/wasm/threads.ts";
import { w1, w2, w3, type Workload } from "../tools/workloads.ts";
import { cBaseline } from "./c_baseline.ts";
import {
  checkNative,
  checkRefusals,
  jsReference,
  type NativeBuild,
  nativeBuilds,
  NativeInputs,
  type NativeLoss,
} from "./native_loss.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    reps: { type: "string", default: "15" },
    "groups-only": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const REPS = Number(flags.reps);
if (!Number.isInteger(REPS) || REPS < 1) {
  throw new Error(`--reps must be a positive integer, got ${flags.reps}`);
}
/** Largest relative change of the baseline within a quiet round. */
const MAX_DRIFT = 0.1;
/** Largest baseline of a quiet round, as a multiple of the fastest. */
const MAX_SLOWDOWN = 1.25;
/** Fewest back-to-back calls per figure of a round (native and wasm rows alike). */
const INNER = 3;
/**
 * Milliseconds of the yardstick a figure should span at least: a figure of a
 * ~1 ms workload (W3) takes the median of about 20 calls, not 3, so that a
 * round's two yardstick figures can agree within MAX_DRIFT.
 */
const FIGURE_MS = 20;
/** Calls of a fresh streaming process before the ones its figure takes the median of (as many). */
const STREAM_WARMUP = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds of each of `n` back-to-back awaited calls. */
async function timed(f: () => Promise<unknown>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

/** A row to time: its name, one call, and what to do first (warm it up). */
type Row = [string, () => Promise<unknown>, (() => Promise<void>)?];

/** Most calls a threaded row makes to find its workers started. */
const MAX_WARM_CALLS = 20;

/**
 * Calls `f` until a worker took part in a pass (or {@link MAX_WARM_CALLS}):
 * the workers end 2 s after the last threaded call, so between rounds they
 * are gone, and a 3 ms call (W3) is over before new ones are ready. Timed
 * warm, the row is what a training loop sees; the first call is timed apart.
 */
async function warmThreads(f: () => Promise<unknown>): Promise<void> {
  const before = workspaceThreadedPasses();
  for (let i = 0; i < MAX_WARM_CALLS; i++) {
    await f();
    if (workspaceThreadedPasses() > before) return;
  }
}

/** The wasm rows of a workload (name and the call to time), and their loss. */
function variants(w: Workload): { rows: Row[]; loss: Disposable } {
  const rows: Row[] = [];
  const grad = w.options.grad !== false;
  const opts = { ...w.options, backend: "wasm" as const };
  /** A call under a thread mode (the copy path stages large inputs on two threads). */
  const under =
    (mode: "auto" | "off", f: () => Promise<unknown>) => async () => {
      setWasmThreads(mode);
      try {
        await f();
      } finally {
        setWasmThreads();
      }
    };
  /** A row of the copy path: threads auto (timed warm), and one thread. */
  const copyRows = (name: string, f: () => Promise<unknown>) => {
    const auto = under("auto", f);
    rows.push([name, auto, () => warmThreads(auto)]);
    rows.push([`${name}, 1 thread`, under("off", f)]);
  };
  if (grad) {
    const fresh = () => jdtLoss(w.input, opts);
    rows.push(["wasm copy, new gradient", fresh, () => warmThreads(fresh)]);
    const gradInto = new Float32Array(w.elements);
    copyRows(
      "wasm copy, gradInto reused",
      () => jdtLoss({ ...w.input, gradInto }, opts),
    );
  } else {
    copyRows("wasm copy", () => jdtLoss(w.input, opts));
  }
  const loss = createLoss(opts);
  const prediction = w.input.logits ? "logits" : "probs";
  const soft = w.input.labels instanceof Float32Array;
  const ws = loss.workspace(w.input.shape, {
    labels: soft ? "float32" : "uint8",
    prediction,
  });
  ws[prediction]!.set((w.input.logits ?? w.input.probs)!);
  (ws.labels as Float32Array).set(w.input.labels as ArrayLike<number>);
  const input: HostLossInput = {
    [prediction]: ws[prediction],
    shape: w.input.shape,
    labels: ws.labels,
  };
  if (grad) input.gradInto = ws.grad;
  for (const mode of ["auto", "off"] as const) {
    const name = mode === "auto"
      ? "wasm workspace, threads auto"
      : "wasm workspace, 1 thread";
    const call = under(mode, () => loss.compute(input));
    rows.push([
      name,
      call,
      mode === "auto" ? () => warmThreads(call) : undefined,
    ]);
  }
  return { rows, loss };
}

/** One round: the yardstick before and after, and every other row's time. */
interface Round {
  before: number;
  after: number;
  times: Map<string, number>;
}

/** The name of a native build's row. */
const nativeName = (b: NativeBuild) =>
  `native full loss, 2 threads (${b.name})`;
const STREAM = "streaming limit (stream.c, 2 threads)";

/** One round over the native builds (widest first), the streaming limit and the wasm rows. */
async function round(
  w: Workload,
  natives: NativeLoss[],
  rows: Row[],
  inner: number,
): Promise<Round> {
  const times = new Map<string, number>();
  const before = median(await natives[0].time(inner));
  for (const s of natives.slice(1)) {
    times.set(nativeName(s.build), median(await s.time(inner)));
  }
  const stream = await cBaseline(w.name, 2 * STREAM_WARMUP);
  times.set(STREAM, median(stream.slice(STREAM_WARMUP)));
  // As the natives: the median of `inner` back-to-back calls, not one call.
  for (const [name, f, warm] of rows) {
    await warm?.();
    times.set(name, median(await timed(f, inner)));
  }
  const after = median(await natives[0].time(inner));
  return { before, after, times };
}

/** The quiet rounds (see the top of this file), or all with a warning. */
function quietRounds(rounds: Round[]): { quiet: Round[]; note: string } {
  const fastest = Math.min(...rounds.flatMap((r) => [r.before, r.after]));
  const quiet = rounds.filter((r) => {
    const lo = Math.min(r.before, r.after), hi = Math.max(r.before, r.after);
    return hi - lo <= MAX_DRIFT * lo && hi <= MAX_SLOWDOWN * fastest;
  });
  if (quiet.length > 0) {
    return { quiet, note: `${quiet.length} of ${rounds.length} rounds quiet` };
  }
  return {
    quiet: rounds,
    note: `NO quiet round of ${rounds.length}: all counted, figures are noise`,
  };
}

const ms = (x: number) => x < 1 ? x.toFixed(2) : x.toFixed(1);

/** Prints a workload's rows from its quiet rounds. */
function printGroup(w: Workload, names: string[], rounds: Round[]): void {
  const { quiet, note } = quietRounds(rounds);
  const native = median(quiet.flatMap((r) => [r.before, r.after]));
  const stream = median(quiet.map((r) => r.times.get(STREAM)!));
  const line = (name: string, m: number, min: number) =>
    console.log(
      `| ${w.group} | ${name} | ${ms(m)} | ${ms(min)} | ${
        (m / native).toFixed(2)
      } | ${(m / stream).toFixed(2)} |`,
    );
  const yardstick = quiet.flatMap((r) => [r.before, r.after]);
  console.log(
    "| group | variant | median ms | min ms | median / native | median / streaming |",
  );
  console.log("| --- | --- | --- | --- | --- | --- |");
  line(names[0], native, Math.min(...yardstick));
  for (const name of names.slice(1)) {
    const t = quiet.map((r) => r.times.get(name)!);
    line(name, median(t), Math.min(...t));
  }
  console.log(`| ${w.group} | (${note}) | | | | |`);
}

/** Starts the native builds on a workload and checks each against the js backend. */
async function checkedNatives(
  w: Workload,
  inputs: NativeInputs,
  builds: NativeBuild[],
): Promise<NativeLoss[]> {
  const ref = await jsReference(w);
  const natives: NativeLoss[] = [];
  for (const b of builds) {
    const s = await inputs.start(b);
    console.log(`check ${await checkNative(s, w, ref)}`);
    natives.push(s);
  }
  return natives;
}

/** Checks the native builds on a workload, then times it in rounds. */
async function group(w: Workload, builds: NativeBuild[]): Promise<void> {
  const inputs = await NativeInputs.write(w);
  try {
    const natives = await checkedNatives(w, inputs, builds);
    const v = variants(w);
    try {
      for (const s of natives) await s.time(INNER);
      for (const [, f] of v.rows) for (let i = 0; i < 3; i++) await f();
      const once = median(await natives[0].time(INNER));
      const inner = Math.max(INNER, Math.ceil(FIGURE_MS / once));
      console.log(`${w.name}: ${inner} back-to-back calls per figure`);
      const rounds: Round[] = [];
      for (let r = 0; r < REPS; r++) {
        rounds.push(await round(w, natives, v.rows, inner));
      }
      const names = [
        ...builds.map(nativeName),
        STREAM,
        ...v.rows.map((r) => r[0]),
      ];
      printGroup(w, names, rounds);
    } finally {
      v.loss[Symbol.dispose]();
    }
  } finally {
    await inputs.close();
  }
}

const builds = await nativeBuilds();
for (const b of builds) console.log(`check ${await checkRefusals(b)}`);
console.log(
  `native = bench/native_loss.c, the whole loss, 2 threads, ${
    builds[0].name
  } (the yardstick); medians over the quiet rounds of ${REPS}`,
);
const workloads = { W1: w1, W2: w2, W3: w3 };
if (flags.only !== undefined && !Object.hasOwn(workloads, flags.only)) {
  throw new Error(`--only must be W1, W2 or W3, got ${flags.only}`);
}
for (const [name, make] of Object.entries(workloads)) {
  if (flags.only === undefined || flags.only === name) {
    await group(make(), builds);
  }
}

interface BenchResult {
  group?: string;
  name: string;
  baseline: boolean;
  results: { ok?: { n: number; min: number; avg: number; p75: number } }[];
}

/** Prediction elements of a group named like "W1 8x19x256x512 hard". */
function elements(group: string): number {
  const dims = group.match(/\d+(?:x\d+)+/)?.[0].split("x").map(Number) ?? [];
  return dims.reduce((a, b) => a * b, 1);
}

/** Milliseconds, in µs below 1 ms. */
function time(ms: number): string {
  return ms < 1 ? `${(ms * 1e3).toPrecision(3)} µs` : `${ms.toFixed(1)} ms`;
}

async function run(args: string[]): Promise<string> {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (out.code !== 0) throw new Error(`deno ${args.join(" ")} failed`);
  return new TextDecoder().decode(out.stdout);
}

const first = JSON.parse(await run(["run", "-A", "bench/first_call.ts"]));
console.log(
  `first call after import, ${first.workload} (${first.backend}): ${
    first.firstCallMs.toFixed(1)
  } ms (import ${first.importMs.toFixed(1)} ms, second call ${
    first.secondCallMs.toFixed(1)
  } ms)`,
);
if (flags["groups-only"]) Deno.exit(0);

// Only the files that register Deno.bench: the other *_bench.ts of bench/
// are scripts for `deno run` (boundary, edge /score, PNG decode), and
// `deno bench bench/` would run their top level too.
const benchFiles = [...Deno.readDirSync("bench")]
  .map((e) => `bench/${e.name}`)
  .filter((f) => f.endsWith("_bench.ts"))
  .filter((f) => Deno.readTextFileSync(f).includes("Deno.bench("))
  .sort();
const report = JSON.parse(
  await run(["bench", "-A", "--json", ...benchFiles]),
) as { cpu?: string; benches: BenchResult[] };
const groups = new Map<string, BenchResult[]>();
for (const b of report.benches) {
  const g = b.group ?? "";
  groups.set(g, [...(groups.get(g) ?? []), b]);
}
console.log(`cpu: ${report.cpu ?? "?"}`);
console.log(
  "| group | variant | min | avg | Melem/s (min) | avg / baseline avg |",
);
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [group, benches] of groups) {
  const base = benches.find((b) => b.baseline)?.results[0]?.ok;
  for (const b of benches) {
    const r = b.results[0]?.ok;
    if (!r) {
      console.log(`| ${group} | ${b.name} | failed | | | |`);
      continue;
    }
    const ms = r.avg / 1e6, min = r.min / 1e6;
    const melem = elements(group) / (min * 1e3);
    const ratio = base ? (r.avg / base.avg).toFixed(2) : "";
    console.log(
      `| ${group} | ${b.name} | ${time(min)} | ${time(ms)} | ${
        melem.toPrecision(3)
      } | ${ratio} |`,
    );
  }
}
