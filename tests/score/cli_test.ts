import assert from "node:assert/strict";
import { decode } from "npm:fast-png@8.0.0";
import {
  cliArgs,
  cliArgsIn,
  png8,
  runCli,
  withTempDir,
} from "../_score_files.ts";
import { MAP_COLOURS } from "../../src/score/error_map.ts";
import { encodeNpy } from "../../src/score/npy.ts";
import { createMetrics, SegmentationMetrics } from "../../mod.ts";

/** Metric values by key, for tests that loop over keys. */
type MetricValues = Record<string, number>;

const run = runCli;

/** Writes a 3×2 pair per name; returns the raw arrays. */
async function folder(dir: string, names: string[]) {
  await Deno.mkdir(`${dir}/pred`, { recursive: true });
  await Deno.mkdir(`${dir}/label`, { recursive: true });
  const data: Record<string, { pred: Uint8Array; label: Uint8Array }> = {};
  names.forEach((n, k) => {
    // Pixels: TP (1/1), FP (2 over 0), FN (0 over 1), TN (0/0), ignored, TP (2/2).
    const label = new Uint8Array([1, 0, 1, 0, 255, 2]);
    const pred = new Uint8Array([1, 2, 0, 0, k % 3, 2]);
    data[n] = { pred, label };
    Deno.writeFileSync(`${dir}/pred/${n}.png`, png8(pred, 3, 2));
    Deno.writeFileSync(`${dir}/label/${n}.png`, png8(label, 3, 2));
  });
  return data;
}

Deno.test("score CLI scores a folder, prints a table and summary, writes the JSON report and error maps", async () => {
  await withTempDir(async (dir) => {
    const data = await folder(dir, ["a", "b", "c"]);
    const r = await run(
      cliArgsIn(dir, {
        classes: 3,
        ignore: 255,
        json: `${dir}/report.json`,
        maps: `${dir}/maps`,
      }),
    );
    assert.equal(r.code, 0, r.err);
    const m = createMetrics({ numClasses: 3, ignoreIndex: 255 });
    for (const n of ["a", "b", "c"]) {
      m.add({ pred: data[n].pred, shape: [1, 6], labels: data[n].label });
    }
    const want = m.value() as MetricValues;
    assert.match(r.out, /class\s+IoU %\s+Dice %\s+Acc %/);
    assert.match(r.out, new RegExp(`mIoUD\\s+${want.mIoUD.toFixed(3)}`));
    assert.match(r.out, /3 images, 15 scored pixels/);
    assert.doesNotMatch(r.err, /\[#/, "no progress bar: stderr is not a TTY");
    const report = JSON.parse(await Deno.readTextFile(`${dir}/report.json`));
    assert.deepEqual(report.metrics, JSON.parse(JSON.stringify(want)));
    assert.deepEqual(report.images.map((i: { name: string }) => i.name), [
      "a",
      "b",
      "c",
    ]);
    assert.deepEqual(
      SegmentationMetrics.fromJSON(report.accumulator).value() as MetricValues,
      want,
    );
    // The error map: TP green, FP red, FN blue, TN grey, ignored black.
    const map = decode(await Deno.readFile(`${dir}/maps/a.png`));
    assert.equal(map.width, 3);
    assert.equal(map.channels, 3);
    const px = (i: number) => Array.from(map.data.slice(i * 3, i * 3 + 3));
    // Pixel 5 (TP, class 2, no class change to its right or below) stays green.
    assert.deepEqual(px(5), [...MAP_COLOURS.tp]);
    assert.deepEqual(px(4), [...MAP_COLOURS.ignored]);
    // Pixels 0-3 sit on ground-truth boundaries (the label changes next to them).
    assert.deepEqual(px(0), [...MAP_COLOURS.boundary]);
  });
});

Deno.test("score CLI error map shows TP, FP and FN in distinct colours", async () => {
  await withTempDir(async (dir) => {
    // One row of 4 pixels, all class 1 in the label except the last (0): no
    // boundary inside the first three. pred: 1 (TP), 0 (FN), 1 (TP), 1 (FP).
    await Deno.mkdir(`${dir}/p`);
    await Deno.mkdir(`${dir}/l`);
    Deno.writeFileSync(
      `${dir}/l/x.png`,
      png8(new Uint8Array([1, 1, 1, 0, 1, 1, 1, 0]), 4, 2),
    );
    Deno.writeFileSync(
      `${dir}/p/x.png`,
      png8(new Uint8Array([1, 0, 1, 1, 1, 0, 1, 1]), 4, 2),
    );
    const r = await run(
      cliArgs({
        pred: `${dir}/p`,
        label: `${dir}/l`,
        classes: 2,
        maps: `${dir}/m`,
      }),
    );
    assert.equal(r.code, 0, r.err);
    const map = decode(await Deno.readFile(`${dir}/m/x.png`));
    const px = (i: number) => Array.from(map.data.slice(i * 3, i * 3 + 3));
    assert.deepEqual(px(4), [...MAP_COLOURS.tp]);
    assert.deepEqual(px(5), [...MAP_COLOURS.fn]);
    assert.deepEqual(px(7), [...MAP_COLOURS.fp]);
    assert.deepEqual(px(2), [...MAP_COLOURS.boundary]); // label changes to its right
  });
});

Deno.test("score CLI reports unpaired files, missing folders and bad arguments with exit code 2", async () => {
  await withTempDir(async (dir) => {
    await folder(dir, ["a", "b"]);
    await Deno.remove(`${dir}/label/b.png`);
    Deno.writeFileSync(`${dir}/label/z.png`, png8(new Uint8Array(6), 3, 2));
    const r = await run(
      cliArgsIn(dir, { classes: 3 }),
    );
    assert.equal(r.code, 2);
    assert.match(r.err, /b\.png: no label/);
    assert.match(r.err, /z\.png: no prediction/);
    assert.equal(r.out, "");
    const missing = await run(
      cliArgs({ pred: `${dir}/nope`, label: `${dir}/label`, classes: 3 }),
    );
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such folder/);
    assert.equal(
      (await run(cliArgsIn(dir))).code,
      2,
    );
    assert.equal(
      (await run(
        cliArgsIn(dir, { classes: "x" }),
      )).code,
      2,
    );
    assert.equal((await run(["--bogus"])).code, 2);
  });
});

Deno.test("score CLI names the file that failed and stops with exit code 1", async () => {
  await withTempDir(async (dir) => {
    await folder(dir, ["a", "b", "c"]);
    const good = await Deno.readFile(`${dir}/label/b.png`);
    await Deno.writeFile(`${dir}/label/b.png`, good.slice(0, good.length - 20));
    const r = await run(
      cliArgsIn(dir, {
        classes: 3,
        ignore: 255,
        json: `${dir}/r.json`,
      }),
    );
    assert.equal(r.code, 1);
    assert.match(r.err, /label\/b\.png.*malformed PNG/);
    assert.match(r.err, /stopped after 1 of 3 images/);
    await assert.rejects(() => Deno.stat(`${dir}/r.json`));
    // A label out of range is named too.
    await Deno.writeFile(`${dir}/label/b.png`, good);
    const out = await run(
      cliArgsIn(dir, { classes: 3 }),
    );
    assert.equal(out.code, 1);
    assert.match(out.err, /label\/a\.png.*255/);
  });
});

Deno.test("score CLI runs as `deno task score` with its permissions, .npy predictions included", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/p`);
    await Deno.mkdir(`${dir}/l`);
    const probs = new Float32Array([0.9, 0.2, 0.4, 0.1, 0.8, 0.6]); // C = 2, 1×3
    await Deno.writeFile(`${dir}/p/x.npy`, encodeNpy(probs, [2, 1, 3]));
    await Deno.writeFile(
      `${dir}/l/x.png`,
      png8(new Uint8Array([0, 1, 0]), 3, 1),
    );
    const cmd = new Deno.Command(Deno.execPath(), {
      args: [
        "task",
        "-q",
        "score",
        "--",
        ...cliArgs({ pred: `${dir}/p`, label: `${dir}/l`, classes: 2 }),
      ],
      cwd: new URL("../..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "piped",
    });
    const { code, stdout, stderr } = await cmd.output();
    const out = new TextDecoder().decode(stdout);
    assert.equal(code, 0, new TextDecoder().decode(stderr));
    const want = createMetrics({ numClasses: 2 }).add({
      probs,
      shape: [1, 2, 3],
      labels: new Uint8Array([0, 1, 0]),
    })
      .value() as MetricValues;
    assert.match(out, new RegExp(`SCED\\s+${want.SCED.toFixed(3)}`));
    assert.match(out, /softJaccard/);
  });
});
