/**
 * Benchmarks W1, W2 and W3 on the wasm backend against the C streaming
 * baseline "C2" (bench/stream.c, gcc -O3 -march=native -ffast-math -fopenmp,
 * 2 threads) measured in the same run, before and after the group: every
 * wasm row is reported as a ratio to C2's median, for the copy path (plain
 * arrays) and the workspace path (arrays in wasm memory). Each group prints as
 * it finishes. Then the first-call time on W3 from a fresh process, then the
 * other benchmarks of bench/ (`deno bench --json`) with their own baselines.
 *
 * Usage: `deno run -A bench/compare.ts [--reps N] [--groups-only]`.
 */
import { parseArgs } from "node:util";
import { createLoss, jdtLoss } from "../mod.ts";
import type { HostLossInput } from "../src/core/types.ts";
import { setWorkspaceThreads } from "../src/wasm/workspace.ts";
import { w1, w2, w3, type Workload } from "../tools/workloads.ts";
import { cBaseline } from "./c_baseline.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    reps: { type: "string", default: "15" },
    "groups-only": { type: "boolean", default: false },
  },
});
const REPS = Number(flags.reps);
if (!Number.isInteger(REPS) || REPS < 1) {
  throw new Error(`--reps must be a positive integer, got ${flags.reps}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times `reps` awaited calls after `warmup` untimed ones. */
async function timed(
  f: () => Promise<unknown>,
  reps: number,
  warmup = 3,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f();
  const ms = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return ms;
}

/** The wasm rows of a workload (name and the call to time), and their loss. */
function variants(
  w: Workload,
): { rows: [string, () => Promise<unknown>][]; loss: Disposable } {
  const rows: [string, () => Promise<unknown>][] = [];
  const grad = w.options.grad !== false;
  const opts = { ...w.options, backend: "wasm" as const };
  if (grad) {
    rows.push(["wasm copy, new gradient", () => jdtLoss(w.input, opts)]);
    const gradInto = new Float32Array(w.elements);
    rows.push([
      "wasm copy, gradInto reused",
      () => jdtLoss({ ...w.input, gradInto }, opts),
    ]);
  } else {
    rows.push(["wasm copy", () => jdtLoss(w.input, opts)]);
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
    rows.push([name, async () => {
      setWorkspaceThreads(mode);
      try {
        await loss.compute(input);
      } finally {
        setWorkspaceThreads();
      }
    }]);
  }
  return { rows, loss };
}

const ms = (x: number) => x < 1 ? x.toFixed(2) : x.toFixed(1);

console.log(`C2 = bench/stream.c on 2 threads; medians of ${REPS} runs`);
console.log("| group | variant | median ms | min ms | median / C2 median |");
console.log("| --- | --- | --- | --- | --- |");
for (const make of [w1, w2, w3]) {
  const w = make();
  const before = await cBaseline(w.name, REPS);
  const rows = [];
  const v = variants(w);
  for (const [name, f] of v.rows) rows.push([name, await timed(f, REPS)]);
  v.loss[Symbol.dispose]();
  const c2 = median([...before, ...await cBaseline(w.name, REPS)]);
  console.log(`| ${w.group} | C2 (gcc, 2 threads) | ${ms(c2)} | | 1 |`);
  for (const [name, t] of rows as [string, number[]][]) {
    const m = median(t);
    console.log(
      `| ${w.group} | ${name} | ${ms(m)} | ${ms(Math.min(...t))} | ${
        (m / c2).toFixed(2)
      } |`,
    );
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

const report = JSON.parse(
  await run(["bench", "-A", "--json", "bench/"]),
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
