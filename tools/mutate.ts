/**
 * Mutation check (`deno task mutate`, not part of CI): plants each mutant of
 * tools/mutants.ts, one at a time, in a temporary copy of the working tree
 * (tracked and untracked, not ignored, files), rebuilds the generated files
 * when it touches `wasm/assembly/` or `kernels/`, runs the whole test suite
 * (`deno task test`'s command, `--fail-fast`, `JDT_REQUIRE_WEBGPU=1`) and
 * prints the kill rate and the survivors. The working tree itself is never
 * written; the copy is removed at the end, also on an error or Ctrl-C.
 *
 *     deno task mutate                  # every mutant
 *     deno task mutate --only NAME,...  # some
 *     deno task mutate --list           # the list, and whether each applies
 *     deno task mutate --all-failures   # no --fail-fast: every failing test
 *
 * A mutant whose search string is not found exactly once stops the run
 * before anything is executed. A mutant that does not type-check or build is
 * reported as invalid, not as killed.
 *
 * @module
 */

import { type Mutant, MUTANTS } from "./mutants.ts";

/** Files `deno task build` writes. */
export const GENERATED = [
  "src/wasm/_module.generated.ts",
  "src/webgpu/_kernels.generated.ts",
  "wasm/build/jdt.wasm",
  "wasm/build/jdt.wat",
  "wasm/build/jdt_relaxed.wasm",
  "wasm/build/jdt_relaxed.wat",
];

/**
 * Plants a mutant in a file's text.
 *
 * @param text The file's text.
 * @param m The mutant.
 * @returns The mutated text.
 * @throws Error when the search string does not occur exactly once.
 */
export function applyMutant(text: string, m: Mutant): string {
  const first = text.indexOf(m.search);
  const count = first < 0 ? 0 : text.split(m.search).length - 1;
  if (count !== 1) {
    throw new Error(
      `mutant ${m.name}: ${
        JSON.stringify(m.search)
      } occurs ${count} times in ${m.file}, not once`,
    );
  }
  return text.slice(0, first) + m.replace +
    text.slice(first + m.search.length);
}

/** What became of one mutant. */
export type Outcome = "killed" | "survived" | "invalid";

/** The outcome of a test run's exit code and output. */
export function classify(code: number, output: string): Outcome {
  if (code === 0) return "survived";
  if (/^error: TS\d+|^TS\d+ \[ERROR\]|Type checking failed/m.test(output)) {
    return "invalid";
  }
  return "killed";
}

/** Names of the failed tests in a `deno test` output (no colours). */
export function failedTests(output: string): string[] {
  const names = new Set<string>();
  for (const line of output.split("\n")) {
    const m = line.match(/^(.*\S) \.\.\. FAILED\b/);
    if (m) names.add(m[1].trim());
  }
  return [...names];
}

async function run(
  cmd: string[],
  cwd: string,
  signal: AbortSignal,
): Promise<{ code: number; output: string }> {
  const child = new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1", JDT_REQUIRE_WEBGPU: "1" },
    signal,
  }).spawn();
  const out = await child.output();
  const dec = new TextDecoder();
  return {
    code: out.code,
    output: dec.decode(out.stdout) + dec.decode(out.stderr),
  };
}

/** The suite's command: `deno task test`'s, with `--fail-fast` unless asked. */
async function testCommand(root: string, failFast: boolean): Promise<string[]> {
  const config = JSON.parse(await Deno.readTextFile(`${root}/deno.json`));
  const words = (config.tasks.test as string).split(/\s+/);
  if (words[0] !== "deno" || words[1] !== "test") {
    throw new Error(`unexpected test task: ${config.tasks.test}`);
  }
  return [
    Deno.execPath(),
    "test",
    ...(failFast ? ["--fail-fast"] : []),
    ...words.slice(2),
  ];
}

/** Copies the working tree's files (tracked and untracked, not ignored) into `dst`. */
async function copyTree(root: string, dst: string): Promise<void> {
  const ls = await new Deno.Command("git", {
    args: ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    cwd: root,
    stdout: "piped",
  }).output();
  if (ls.code !== 0) throw new Error("git ls-files failed");
  const files = new TextDecoder().decode(ls.stdout).split("\0").filter((f) =>
    f
  );
  for (const f of files) {
    let info: Deno.FileInfo;
    try {
      info = await Deno.lstat(`${root}/${f}`);
    } catch {
      continue; // deleted in the working tree
    }
    if (!info.isFile) continue;
    const to = `${dst}/${f}`;
    await Deno.mkdir(to.slice(0, to.lastIndexOf("/")), { recursive: true });
    await Deno.copyFile(`${root}/${f}`, to);
  }
}

function parseArgs(args: string[]) {
  const o = { list: false, allFailures: false, only: null as string[] | null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--list") o.list = true;
    else if (a === "--all-failures") o.allFailures = true;
    else if (a === "--only" && i + 1 < args.length) {
      o.only = args[++i].split(",");
    } else if (a.startsWith("--only=")) o.only = a.slice(7).split(",");
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

function select(only: string[] | null): readonly Mutant[] {
  if (only === null) return MUTANTS;
  return only.map((name) => {
    const m = MUTANTS.find((x) => x.name === name);
    if (!m) throw new Error(`no mutant named ${name} (see --list)`);
    return m;
  });
}

/** Checks every mutant applies (naming all that do not); returns the original text of each file. */
async function originals(
  root: string,
  mutants: readonly Mutant[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const stale: string[] = [];
  for (const m of mutants) {
    try {
      if (!texts.has(m.file)) {
        texts.set(m.file, await Deno.readTextFile(`${root}/${m.file}`));
      }
      applyMutant(texts.get(m.file)!, m);
    } catch (e) {
      stale.push((e as Error).message);
    }
  }
  if (stale.length) {
    throw new Error(
      `${stale.length} mutant(s) do not apply; update tools/mutants.ts:\n  ${
        stale.join("\n  ")
      }`,
    );
  }
  return texts;
}

const needsBuild = (m: Mutant) =>
  m.file.startsWith("wasm/assembly/") || m.file.startsWith("kernels/");

async function main(): Promise<number> {
  const opts = parseArgs(Deno.args);
  const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
  const mutants = select(opts.only);
  if (opts.list) {
    for (const m of mutants) {
      let ok = "applies";
      try {
        await originals(root, [m]);
      } catch (e) {
        ok = (e as Error).message;
      }
      console.log(`${m.name.padEnd(24)} ${m.file.padEnd(28)} ${m.bug} [${ok}]`);
    }
    return 0;
  }
  const texts = await originals(root, mutants);
  const abort = new AbortController();
  const tmp = await Deno.makeTempDir({ prefix: "jdt-mutate-" });
  const cleanup = () => {
    abort.abort();
    try {
      Deno.removeSync(tmp, { recursive: true });
    } catch {
      // already gone
    }
  };
  const onSignal = () => {
    cleanup();
    console.log("\ninterrupted; temporary copy removed");
    Deno.exit(130);
  };
  Deno.addSignalListener("SIGINT", onSignal);
  try {
    const repo = `${tmp}/repo`;
    await copyTree(root, repo);
    const generated = new Map<string, Uint8Array>();
    for (const f of GENERATED) {
      generated.set(f, await Deno.readFile(`${repo}/${f}`));
    }
    const test = await testCommand(repo, !opts.allFailures);
    const build = [Deno.execPath(), "task", "build"];
    console.log(`copy in ${repo}; baseline run ...`);
    const t0 = Date.now();
    const base = await run(test, repo, abort.signal);
    if (base.code !== 0) {
      console.log(base.output.slice(-4000));
      console.log("the unmutated suite fails: fix that first");
      return 1;
    }
    console.log(`baseline passes (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    const results: { m: Mutant; outcome: Outcome; failed: string[] }[] = [];
    for (const m of mutants) {
      const t = Date.now();
      const path = `${repo}/${m.file}`;
      await Deno.writeTextFile(path, applyMutant(texts.get(m.file)!, m));
      let outcome: Outcome;
      let failed: string[] = [];
      try {
        const b = needsBuild(m)
          ? await run(build, repo, abort.signal)
          : { code: 0, output: "" };
        if (b.code !== 0) {
          outcome = "invalid";
        } else {
          const r = await run(test, repo, abort.signal);
          outcome = classify(r.code, r.output);
          failed = failedTests(r.output);
        }
      } finally {
        await Deno.writeTextFile(path, texts.get(m.file)!);
        if (needsBuild(m)) {
          for (const [f, bytes] of generated) {
            await Deno.writeFile(`${repo}/${f}`, bytes);
          }
        }
      }
      results.push({ m, outcome, failed });
      const s = ((Date.now() - t) / 1000).toFixed(0);
      const detail = opts.allFailures
        ? `${failed.length} failing: ${failed.join(" | ")}`
        : failed[0] ?? "";
      console.log(
        `${outcome.toUpperCase().padEnd(9)} ${m.name} (${s} s) ${detail}`,
      );
    }
    const valid = results.filter((r) => r.outcome !== "invalid");
    const killed = valid.filter((r) => r.outcome === "killed");
    const pct = valid.length ? (100 * killed.length) / valid.length : 0;
    console.log(
      `\nkilled ${killed.length} of ${valid.length} mutants (${
        pct.toFixed(1)
      } %)`,
    );
    for (const r of results) {
      if (r.outcome === "killed") continue;
      console.log(`  ${r.outcome}: ${r.m.name} (${r.m.file}): ${r.m.bug}`);
    }
    return killed.length === valid.length &&
        valid.length === results.length
      ? 0
      : 1;
  } finally {
    Deno.removeSignalListener("SIGINT", onSignal);
    cleanup();
  }
}

if (import.meta.main) Deno.exit(await main());
