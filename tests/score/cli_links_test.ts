// Regression tests of the scoring CLI's outputs (issue 20 items 6, 7, 18a):
// outputs are never written through links, never inside an input folder, and
// a missing permission is named as such. Each failed on the code before its fix.
import assert from "node:assert/strict";
import { main } from "../../src/score/cli.ts";
import { cliArgsIn, png8, runCli, withTempDir } from "../_score_files.ts";

const CLI = new URL("../../src/score/cli.ts", import.meta.url).pathname;
const PRECIOUS = "precious, not a PNG";

/** pred/ and label/ under `dir` with a 3×2 pair per name (`/` for subfolders). */
async function pairs(dir: string, names: string[]): Promise<void> {
  for (const side of ["pred", "label"]) {
    await Deno.mkdir(`${dir}/${side}`, { recursive: true });
    for (const n of names) {
      const sub = n.includes("/") ? `/${n.slice(0, n.lastIndexOf("/"))}` : "";
      await Deno.mkdir(`${dir}/${side}${sub}`, { recursive: true });
      const data = side === "label"
        ? new Uint8Array([1, 0, 1, 0, 255, 2])
        : new Uint8Array([1, 2, 0, 0, 0, 2]);
      await Deno.writeFile(`${dir}/${side}/${n}.png`, png8(data, 3, 2));
    }
  }
}

const args = (dir: string, ...extra: string[]) =>
  cliArgsIn(dir, { classes: 3, ignore: 255 }, ...extra);

/** The bytes of every file under `dir`/label and `dir`/pred, by path. */
async function inputBytes(dir: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const side of ["pred", "label"]) {
    for await (const e of Deno.readDir(`${dir}/${side}`)) {
      const path = `${dir}/${side}/${e.name}`;
      if (e.isFile) out.set(path, await Deno.readFile(path));
    }
  }
  return out;
}

/** Names in `dir` that look like the CLI's temporary files. */
async function leftovers(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    if (e.name.endsWith(".tmp")) out.push(e.name);
  }
  return out;
}

/** Runs the CLI in-process; `onProgress` sees each progress line first. */
async function runWatching(
  argv: string[],
  onProgress: (line: string) => void,
) {
  let err = "";
  const code = await main(argv, {
    out: () => {},
    err: (t) => {
      onProgress(t);
      err += t;
    },
    // The progress bar (drawn on a terminal only) says which image is next.
    tty: true,
  });
  return { code, err };
}

Deno.test("CLI --overwrite into a maps folder of hard links to the labels (cp -al) refuses and leaves the labels intact", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a", "b"]);
    const before = await inputBytes(dir);
    await Deno.mkdir(`${dir}/maps`);
    for (const n of ["a", "b"]) {
      await Deno.link(`${dir}/label/${n}.png`, `${dir}/maps/${n}.png`);
    }
    const r = await runCli(args(dir, "--maps", `${dir}/maps`, "--overwrite"));
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /refusing to overwrite the input .*maps\/a\.png/);
    assert.match(r.err, /hard link/);
    // The JSON report as a hard link to a prediction, too.
    await Deno.link(`${dir}/pred/a.png`, `${dir}/r.json`);
    const json = await runCli(
      args(dir, "--json", `${dir}/r.json`, "--overwrite"),
    );
    assert.equal(json.code, 2, json.err);
    assert.match(json.err, /refusing to overwrite the input .*r\.json/);
    assert.deepEqual(await inputBytes(dir), before);
  });
});

Deno.test("CLI never writes through a symbolic link at an output name, dangling or not, with or without --overwrite", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a"]);
    await Deno.mkdir(`${dir}/maps`);
    await Deno.writeTextFile(`${dir}/precious`, PRECIOUS);
    await Deno.symlink(`${dir}/precious`, `${dir}/maps/a.png`);
    const r = await runCli(args(dir, "--maps", `${dir}/maps`, "--overwrite"));
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /maps\/a\.png is a symbolic link/);
    assert.equal(await Deno.readTextFile(`${dir}/precious`), PRECIOUS);
    // A dangling link would have created its target.
    await Deno.remove(`${dir}/maps/a.png`);
    await Deno.symlink(`${dir}/created`, `${dir}/maps/a.png`);
    const dangling = await runCli(args(dir, "--maps", `${dir}/maps`));
    assert.equal(dangling.code, 2, dangling.err);
    assert.match(dangling.err, /symbolic link/);
    await assert.rejects(
      () => Deno.lstat(`${dir}/created`),
      Deno.errors.NotFound,
    );
  });
});

Deno.test("CLI refuses a symbolic link or a hard link to an input planted in the maps folder during the run", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a", "b"]);
    await Deno.writeTextFile(`${dir}/precious`, PRECIOUS);
    const before = await inputBytes(dir);
    const plants: [string, (path: string) => void][] = [
      ["", (p) => Deno.symlinkSync(`${dir}/precious`, p)],
      ["--overwrite", (p) => Deno.symlinkSync(`${dir}/precious`, p)],
      ["--overwrite", (p) => Deno.linkSync(`${dir}/label/b.png`, p)],
    ];
    for (const [i, [flag, plant]] of plants.entries()) {
      const maps = `${dir}/maps${i}`;
      // Progress for b is printed before b is read: a.png is written by then.
      const r = await runWatching(
        args(dir, "--maps", maps, ...(flag ? [flag] : [])),
        (line) => {
          if (/ 1\/2 b\s/.test(line)) plant(`${maps}/b.png`);
        },
      );
      assert.equal(r.code, 1, `${i}: ${r.err}`);
      assert.match(r.err, /refusing to (write|overwrite the input) .*b\.png/);
      assert.match(r.err, /stopped after 1 of 2 images/);
      assert.ok((await Deno.lstat(`${maps}/a.png`)).isFile);
      assert.deepEqual(await leftovers(maps), []);
    }
    assert.equal(await Deno.readTextFile(`${dir}/precious`), PRECIOUS);
    assert.deepEqual(await inputBytes(dir), before);
  });
});

Deno.test("CLI refuses to write into a maps subfolder swapped for a link to another folder during the run", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["city/a", "city/b"]);
    await Deno.mkdir(`${dir}/victim`);
    await Deno.writeTextFile(`${dir}/victim/b.png`, PRECIOUS);
    const maps = `${dir}/maps`;
    const r = await runWatching(
      args(dir, "--maps", maps, "--overwrite"),
      (line) => {
        if (!/ 1\/2 city\/b\s/.test(line)) return;
        Deno.renameSync(`${maps}/city`, `${maps}/city-before`);
        Deno.symlinkSync(`${dir}/victim`, `${maps}/city`);
      },
    );
    assert.equal(r.code, 1, r.err);
    assert.match(
      r.err,
      /refusing to write .*city\/b\.png: its folder now resolves to/,
    );
    assert.equal(await Deno.readTextFile(`${dir}/victim/b.png`), PRECIOUS);
    assert.deepEqual(await leftovers(`${dir}/victim`), []);
  });
});

Deno.test("CLI --overwrite replaces an output file, never truncates it: another hard link to it keeps its bytes", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a"]);
    await Deno.mkdir(`${dir}/maps`);
    await Deno.writeTextFile(`${dir}/precious`, PRECIOUS);
    await Deno.link(`${dir}/precious`, `${dir}/maps/a.png`);
    await Deno.writeTextFile(`${dir}/r.json`, "old");
    await Deno.link(`${dir}/r.json`, `${dir}/r-copy.json`);
    const r = await runCli(
      args(
        dir,
        "--maps",
        `${dir}/maps`,
        "--json",
        `${dir}/r.json`,
        "--overwrite",
      ),
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(await Deno.readTextFile(`${dir}/precious`), PRECIOUS);
    assert.equal(await Deno.readTextFile(`${dir}/r-copy.json`), "old");
    const map = await Deno.readFile(`${dir}/maps/a.png`);
    assert.deepEqual([...map.slice(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
    assert.equal(
      JSON.parse(await Deno.readTextFile(`${dir}/r.json`)).classes,
      3,
    );
    assert.deepEqual(await leftovers(`${dir}/maps`), []);
    assert.deepEqual(await leftovers(dir), []);
  });
});

Deno.test("CLI refuses outputs inside an input folder (--maps, --json), linked folders included, before scoring", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a"]);
    await Deno.mkdir(`${dir}/elsewhere/x`, { recursive: true });
    await Deno.symlink(`${dir}/elsewhere`, `${dir}/pred/linked`);
    const cases = [
      ["--maps", `${dir}/pred/maps`],
      ["--maps", `${dir}/pred`, "--overwrite"],
      ["--maps", `${dir}/label/deeper/maps`],
      ["--maps", `${dir}/elsewhere/maps`], // walked through pred/linked
      ["--maps", `${dir}/pred/linked/x`],
      ["--json", `${dir}/label/r.json`],
    ];
    for (const extra of cases) {
      const r = await runCli(args(dir, ...extra));
      assert.equal(r.code, 2, `${extra}: ${r.err}`);
      assert.match(r.err, /inside the input folder|overwrite the input/, r.err);
      assert.doesNotMatch(r.err, /\[#/); // not scored
    }
    await assert.rejects(() => Deno.stat(`${dir}/pred/maps`));
    await assert.rejects(() => Deno.stat(`${dir}/elsewhere/maps`));
    // The message names the input folder the maps would have landed in.
    const twice = await runCli(args(dir, "--maps", `${dir}/pred/maps`));
    assert.match(twice.err, /inside the input folder .*\/pred\b/);
    // Beside the inputs is fine.
    const ok = await runCli(args(dir, "--maps", `${dir}/maps`));
    assert.equal(ok.code, 0, ok.err);
  });
});

Deno.test("CLI names a missing permission as such, with the path and the flag, not as a missing folder", async () => {
  await withTempDir(async (dir) => {
    await pairs(dir, ["a"]);
    const cli = async (flags: string[], extra: string[]) => {
      const { code, stderr } = await new Deno.Command(Deno.execPath(), {
        args: ["run", "--no-prompt", ...flags, CLI, ...extra],
        cwd: dir,
        stdout: "null",
        stderr: "piped",
      }).output();
      return { code, err: new TextDecoder().decode(stderr) };
    };
    const read = await cli(
      [`-R=${dir},${CLI}`, `-W=${dir}`],
      ["--pred", "/dev", "--label", "label", "--classes", "3"],
    );
    assert.equal(read.code, 2, read.err);
    assert.match(read.err, /cannot read \/dev: permission denied/);
    assert.match(read.err, /--allow-read/);
    assert.doesNotMatch(read.err, /no such folder/);
    const write = await cli(
      [`-R`, `-W=${dir}/elsewhere`],
      args(dir, "--maps", `${dir}/maps`),
    );
    assert.notEqual(write.code, 0, write.err);
    assert.match(write.err, /cannot write .*maps.*--allow-write/);
    assert.doesNotMatch(write.err, /\n\s+at /);
  });
});
