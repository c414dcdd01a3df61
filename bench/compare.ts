/**
 * Runs every benchmark in bench/ (`deno bench --json`) and prints, per group,
 * each variant's time, throughput and ratio to the group's baseline, then the
 * first-call time on W3 from a fresh process.
 *
 * Usage: `deno run -A bench/compare.ts [bench files...]` (default: bench/).
 */

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

const files = Deno.args.length > 0 ? Deno.args : ["bench/"];
const report = JSON.parse(
  await run(["bench", "-A", "--json", ...files]),
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
const first = JSON.parse(await run(["run", "-A", "bench/first_call.ts"]));
console.log(
  `first call after import, ${first.workload} (${first.backend}): ${
    first.firstCallMs.toFixed(1)
  } ms (import ${first.importMs.toFixed(1)} ms, second call ${
    first.secondCallMs.toFixed(1)
  } ms)`,
);
