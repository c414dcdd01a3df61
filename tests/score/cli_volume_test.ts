/**
 * The scoring CLI with NIfTI volumes (nested, `.nii` paired with `.nii.gz` by
 * name), boundary metrics with spacing, and per-case rows as CSV and JSON.
 */
import assert from "node:assert/strict";
import { decode } from "npm:fast-png@8.0.0";
import { MAP_COLOURS } from "../../src/score/error_map.ts";
import { cliArgsIn, png8, runCli, withTempDir } from "../_score_files.ts";
import { main } from "../../src/score/cli.ts";
import { gzip, sliceVoxels, smallSpec, writeNifti } from "./_nifti_files.ts";

/** sub/a: class 1 on slice 0 (label) vs slice 1 (pred); b: nothing predicted. */
async function volumes(dir: string, predPixdim?: number[]) {
  await Deno.mkdir(`${dir}/pred/sub`, { recursive: true });
  await Deno.mkdir(`${dir}/label/sub`, { recursive: true });
  const w = (p: string, b: Uint8Array) => Deno.writeFile(`${dir}/${p}`, b);
  await w(
    "pred/sub/a.nii.gz",
    await gzip(writeNifti(smallSpec(sliceVoxels(1, 1), predPixdim))),
  );
  await w("label/sub/a.nii", writeNifti(smallSpec(sliceVoxels(0, 1))));
  await w("pred/b.nii", writeNifti(smallSpec(new Array(24).fill(0))));
  await w(
    "label/b.nii.gz",
    await gzip(writeNifti(smallSpec(sliceVoxels(0, 1)))),
  );
}

const HEAD =
  "case,class,label_voxels,pred_voxels,dice,iou,hd,hd95,assd,nsd_1,nsd_2";

Deno.test("score CLI: nested NIfTI pairs, boundary metrics with spacing, rows as CSV", async () => {
  await withTempDir(async (dir) => {
    await volumes(dir);
    const r = await runCli(cliArgsIn(
      dir,
      { classes: 2, json: `${dir}/report.json` },
      "--boundary",
      "--tolerance",
      "1,2",
      "--rows",
      `${dir}/rows.csv`,
    ));
    assert.equal(r.code, 0, r.err);
    // Hand-worked: in sub/a every voxel of each one-slice mask is one slice
    // (dk = 2) from the other; in b the prediction has no class 1 (MONAI: hd
    // and assd infinite, hd95 undefined, nsd 0); class 0 of b: tp 12 of
    // label 12 and pred 24, Dice 2/3, IoU 1/2.
    assert.equal(
      await Deno.readTextFile(`${dir}/rows.csv`),
      [
        HEAD,
        `b,0,12,24,${2 / 3},0.5,,,,,`,
        "b,1,12,0,0,0,Infinity,,Infinity,0,0",
        "sub/a,0,12,12,0,0,,,,,",
        "sub/a,1,12,12,0,0,2,2,2,0,1",
        "",
      ].join("\n"),
    );
    assert.match(r.out, /NSD@2/);
    assert.match(r.out, /2\.000 \(1 inf\)/); // class 1 HD: mean 2, one infinite
    const report = JSON.parse(await Deno.readTextFile(`${dir}/report.json`));
    const [c1] = report.boundary.summary;
    assert.deepEqual(c1.hd, { mean: 2, n: 1, undefined: 0, infinite: 1 });
    assert.deepEqual(c1.hd95, { mean: 2, n: 1, undefined: 1, infinite: 0 });
    assert.equal(report.boundary.cases.cases[0].classes[0].hd, "Infinity");
  });
});

Deno.test("score CLI: rows as JSON write Infinity as a string", async () => {
  await withTempDir(async (dir) => {
    await volumes(dir);
    const r = await runCli(cliArgsIn(
      dir,
      { classes: 2 },
      "--boundary",
      "--rows",
      `${dir}/rows.json`,
    ));
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(await Deno.readTextFile(`${dir}/rows.json`));
    assert.deepEqual(j.tolerance, [1]);
    assert.deepEqual(j.rows[1], {
      case: "b",
      class: 1,
      labelVoxels: 12,
      predVoxels: 0,
      dice: 0,
      iou: 0,
      hd: "Infinity",
      hd95: null,
      assd: "Infinity",
      nsd: [0],
    });
  });
});

Deno.test("score CLI: rows of PNG pairs without boundary metrics", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/pred`);
    await Deno.mkdir(`${dir}/label`);
    // 255 ignored; class 0: label 1, pred 1, tp 0;
    // class 1: tp 1, fp 1, fn 1 → Dice 1/2, IoU 1/3.
    await Deno.writeFile(
      `${dir}/pred/x.png`,
      png8(new Uint8Array([1, 1, 0, 0]), 2, 2),
    );
    await Deno.writeFile(
      `${dir}/label/x.png`,
      png8(new Uint8Array([1, 0, 1, 255]), 2, 2),
    );
    const r = await runCli(
      cliArgsIn(dir, { classes: 2, ignore: 255 }, "--rows", `${dir}/rows.csv`),
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(
      await Deno.readTextFile(`${dir}/rows.csv`),
      `case,class,label_voxels,pred_voxels,dice,iou\nx,0,1,1,0,0\nx,1,2,2,0.5,${
        1 / 3
      }\n`,
    );
  });
});

Deno.test("score CLI: bad --rows / --tolerance are usage errors; geometry mismatch names the field", async () => {
  await withTempDir(async (dir) => {
    await volumes(dir);
    const input = `${dir}/label/sub/a.nii`;
    const before = await Deno.readFile(input);
    const bad = [
      ["--rows", `${dir}/rows.txt`],
      ["--rows", `${dir}/nowhere/rows.csv`],
      ["--tolerance", "1"],
      ["--boundary", "--tolerance", "1,x"],
    ];
    for (const extra of bad) {
      const r = await runCli(cliArgsIn(dir, { classes: 2 }, ...extra));
      assert.equal(r.code, 2, `${extra.join(" ")}: ${r.err}`);
    }
    // A rows path linked to an input is refused before anything is scored.
    await Deno.symlink(input, `${dir}/rows.csv`);
    const onInput = await runCli(
      cliArgsIn(
        dir,
        { classes: 2 },
        "--rows",
        `${dir}/rows.csv`,
        "--overwrite",
      ),
    );
    assert.equal(onInput.code, 2);
    assert.match(
      onInput.err,
      /refusing to write .*rows\.csv inside the input folder/,
    );
    assert.deepEqual(await Deno.readFile(input), before);
  });
  await withTempDir(async (dir) => {
    await volumes(dir, [1, 0.5, 1, 3]);
    const r = await runCli(cliArgsIn(dir, { classes: 2 }));
    assert.equal(r.code, 1);
    assert.match(r.err, /label\.spacing/);
  });
});

Deno.test("score CLI: a progress bar on stderr only when it is a TTY", async () => {
  await withTempDir(async (dir) => {
    await volumes(dir);
    let err = "";
    const code = await main(cliArgsIn(dir, { classes: 2 }), {
      out: () => {},
      err: (t) => (err += t),
      tty: true,
      cwd: dir,
    });
    assert.equal(code, 0, err);
    assert.match(err, /\r\[#{15}\.{15}\] 1\/2 sub\/a/);
    assert.match(err, /\r\[#{30}\] 2\/2 done/);
    const plain = await runCli(cliArgsIn(dir, { classes: 2 }));
    assert.doesNotMatch(plain.err, /\[#|\r/);
  });
});

Deno.test("score CLI: --maps of a volume stacks its slices top to bottom", async () => {
  await withTempDir(async (dir) => {
    await volumes(dir);
    const r = await runCli(cliArgsIn(dir, { classes: 2, maps: `${dir}/maps` }));
    assert.equal(r.code, 0, r.err);
    const map = decode(await Deno.readFile(`${dir}/maps/sub/a.png`));
    assert.deepEqual([map.width, map.height], [4, 6]); // 2 slices of 4 × 3
    const px = (i: number) => Array.from(map.data.slice(i * 3, i * 3 + 3));
    // Row 1 of slice 0 (label 1, prediction 0) is a false negative; row 4
    // (slice 1, middle row) a false positive. Their neighbours keep the
    // class, so no boundary is drawn over the middle column's pixel 1.
    assert.deepEqual(px(4 + 1), [...MAP_COLOURS.fn]);
    assert.deepEqual(px(4 * 4 + 1), [...MAP_COLOURS.fp]);
  });
});
