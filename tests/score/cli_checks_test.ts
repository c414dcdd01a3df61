// Regression tests of the scoring CLI (issue 13 items 1, 2, 11; issue 10's
// CLI polish): each failed on the code before its fix.
import assert from "node:assert/strict";
import { VALUE_FLAGS } from "../../src/score/cli.ts";
import { describeMetric } from "../../src/score/keys.ts";
import {
  cliArgs,
  cliArgsIn,
  png8,
  pngBomb,
  runCli,
  withTempDir,
} from "../_score_files.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

function withoutInitCwd(): Record<string, string> {
  const env = Deno.env.toObject();
  delete env.INIT_CWD;
  return env;
}

const run = runCli;

/** pred/ and label/ with 3×2 pairs at the given relative paths. */
async function tree(dir: string, keys: string[]) {
  for (const k of keys) {
    for (const side of ["pred", "label"]) {
      const path = `${dir}/${side}/${k}.png`;
      await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), {
        recursive: true,
      });
      const data = side === "label"
        ? new Uint8Array([1, 0, 1, 0, 255, 2])
        : new Uint8Array([1, 2, 0, 0, 0, 2]);
      await Deno.writeFile(path, png8(data, 3, 2));
    }
  }
}

const base = (dir: string) => cliArgsIn(dir, { classes: 3, ignore: 255 });

Deno.test("CLI --maps onto an input folder refuses before scoring and leaves the inputs as they were", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["a", "b"]);
    const before = await Deno.readFile(`${dir}/label/a.png`);
    for (const side of ["label", "pred"]) {
      const r = await run([...base(dir), "--maps", `${dir}/${side}`]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /refusing to overwrite the input/);
      assert.doesNotMatch(r.err, /\[#/); // no progress: nothing was scored
    }
    assert.deepEqual(await Deno.readFile(`${dir}/label/a.png`), before);
  });
});

Deno.test("CLI refuses to overwrite an existing file it did not write, unless --overwrite", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["a"]);
    await Deno.mkdir(`${dir}/maps`);
    await Deno.writeTextFile(`${dir}/maps/a.png`, "precious");
    await Deno.writeTextFile(`${dir}/r.json`, "precious");
    const maps = await run([...base(dir), "--maps", `${dir}/maps`]);
    assert.equal(maps.code, 2);
    assert.match(maps.err, /maps\/a\.png exists/);
    const json = await run([...base(dir), "--json", `${dir}/r.json`]);
    assert.equal(json.code, 2);
    assert.equal(await Deno.readTextFile(`${dir}/maps/a.png`), "precious");
    assert.equal(await Deno.readTextFile(`${dir}/r.json`), "precious");
    const ok = await run([
      ...base(dir),
      "--maps",
      `${dir}/maps`,
      "--json",
      `${dir}/r.json`,
      "--overwrite",
    ]);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(
      JSON.parse(await Deno.readTextFile(`${dir}/r.json`)).classes,
      3,
    );
    // Even with --overwrite, inputs stay untouched.
    const onto = await run([
      ...base(dir),
      "--maps",
      `${dir}/label`,
      "--overwrite",
    ]);
    assert.equal(onto.code, 2);
  });
});

Deno.test("CLI checks every argument and output path before scoring: --classes 70000, --json into a missing folder", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["a"]);
    const cases: [string[], RegExp][] = [
      [["--classes", "70000"], /--classes must be an integer in \[1, 65536\]/],
      [["--ignore", "1e20"], /--ignore must be 1 to \d+ integers/],
      [["--background", "3"], /--background must be an integer in \[0, 2\]/],
      [["--json", `${dir}/missing/r.json`], /--json: no such folder/],
    ];
    for (const [extra, message] of cases) {
      const r = await run([...base(dir), ...extra]);
      assert.equal(r.code, 2, `${extra}: ${r.err}`);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\[#|\n\s+at /); // not scored; no stack trace
    }
  });
});

Deno.test("CLI refuses a decompression bomb label without inflating it", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/pred`);
    await Deno.mkdir(`${dir}/label`);
    await Deno.writeFile(`${dir}/pred/x.png`, png8(new Uint8Array([0]), 1, 1));
    await Deno.writeFile(`${dir}/label/x.png`, pngBomb(256 * 1024 * 1024));
    const before = Deno.memoryUsage().rss;
    const r = await run(
      cliArgsIn(dir, { classes: 2 }),
    );
    const grown = Deno.memoryUsage().rss - before;
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /label\/x\.png.*decompression bomb/);
    assert.ok(grown < 64 * 1024 * 1024, `rss grew by ${grown} bytes`);
    const big = await run(
      cliArgsIn(dir, { classes: 2 }, "--max-pixels", "0"),
    );
    assert.equal(big.code, 2);
  });
});

Deno.test("CLI walks nested folders through symbolic links, pairs by relative path, joins paths cleanly", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["city/a", "city/b", "c"]);
    // A linked folder of labels and predictions, and a link cycle.
    await tree(`${dir}/elsewhere`, ["d"]);
    await Deno.symlink(`${dir}/elsewhere/pred`, `${dir}/pred/linked`);
    await Deno.symlink(`${dir}/elsewhere/label`, `${dir}/label/linked`);
    await Deno.symlink(`${dir}/label`, `${dir}/label/city/loop`);
    const r = await run(
      cliArgs({
        pred: `${dir}/pred/`,
        label: `${dir}/label/`,
        classes: 3,
        ignore: 255,
        json: `${dir}/r.json`,
        maps: `${dir}/maps`,
      }),
    );
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(await Deno.readTextFile(`${dir}/r.json`));
    assert.deepEqual(
      report.images.map((i: { name: string }) => i.name),
      ["c", "city/a", "city/b", "linked/d"],
    );
    for (const i of report.images) {
      assert.doesNotMatch(i.pred + i.label, /\/\//);
    }
    assert.ok((await Deno.stat(`${dir}/maps/city/a.png`)).isFile);
    assert.ok((await Deno.stat(`${dir}/maps/linked/d.png`)).isFile);
    assert.match(r.out, /4 images, 20 scored pixels/);
  });
});

Deno.test("CLI --help lists every option; the summary says what each key means and its unit", async () => {
  const help = await run(["--help"]);
  assert.equal(help.code, 0);
  const src = await Deno.readTextFile(`${ROOT}/src/score/cli.ts`);
  const options = [
    ...VALUE_FLAGS,
    ...[...src.matchAll(/^\s+"?([a-z-]+)"?: \{ type: "boolean"/gm)].map((m) =>
      m[1]
    ),
  ];
  assert.ok(options.length >= 10, `${options}`);
  for (const o of options) assert.match(help.out, new RegExp(`--${o}\\b`), o);
  await withTempDir(async (dir) => {
    await tree(dir, ["a"]);
    const r = await run(base(dir));
    assert.equal(r.code, 0, r.err);
    for (const key of ["Acc", "mIoUD", "mDiceI1", "mAccCQ"]) {
      const [meaning, unit] = describeMetric(key);
      assert.match(
        r.out,
        new RegExp(
          `^${key}\\s+\\d+\\.\\d{3} ${unit}\\s+${
            meaning.replace(/[().]/g, "\\$&")
          }$`,
          "m",
        ),
        key,
      );
    }
  });
});

Deno.test("CLI resolves relative paths against the caller's folder under `deno task` (INIT_CWD)", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["a"]);
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "task",
        "-q",
        "--config",
        `${ROOT}/deno.json`,
        "score",
        ...cliArgs({
          pred: "pred",
          label: "label",
          classes: 3,
          ignore: 255,
          json: "r.json",
        }),
      ],
      cwd: dir,
      // As from a shell: `deno task` sets INIT_CWD itself unless inherited
      // (the suite may itself run under `deno task test`).
      clearEnv: true,
      env: withoutInitCwd(),
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(code, 0, new TextDecoder().decode(stderr));
    assert.match(new TextDecoder().decode(stdout), /1 images, 5 scored pixels/);
    assert.ok((await Deno.stat(`${dir}/r.json`)).isFile);
  });
});

Deno.test("CLI runs as its own main module with -R -W (as jsr:@jdt/losses/cli) and exits with its code", async () => {
  await withTempDir(async (dir) => {
    await tree(dir, ["a"]);
    const cli = (args: string[]) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-R", "-W", `${ROOT}/src/score/cli.ts`, ...args],
        cwd: dir,
        stdout: "piped",
        stderr: "piped",
      }).output();
    const ok = await cli(
      cliArgs({ pred: "pred", label: "label", classes: 3, ignore: 255 }),
    );
    assert.equal(ok.code, 0, new TextDecoder().decode(ok.stderr));
    assert.match(new TextDecoder().decode(ok.stdout), /mIoUD/);
    const bad = await cli(
      cliArgs({ pred: "pred", label: "label", classes: 70000 }),
    );
    assert.equal(bad.code, 2);
    const err = new TextDecoder().decode(bad.stderr);
    assert.match(err, /--classes/);
    assert.doesNotMatch(err, /\n\s+at /);
  });
});
