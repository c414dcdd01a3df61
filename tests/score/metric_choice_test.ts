// Class subsets, includeBackground and the empty rule in the service and the
// CLI, checked against IoUs computed here from the pixels.
import assert from "node:assert/strict";
import { encode } from "npm:fast-png@8.0.0";
import { createScoreHandler } from "../../src/score/handler.ts";
import { seeded } from "../../tools/workloads.ts";
import { withMemoryKv } from "./_kv.ts";
import { cliArgsIn, png8, runCli, withTempDir } from "../_score_files.ts";

const W = 9, H = 7;

/** Labels in {0, 1, 255}, predictions in {0, 1}: class 2 is never seen. */
function scene() {
  const rnd = seeded(11);
  const label = new Uint8Array(W * H);
  const pred = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) {
    label[i] = rnd() < 0.1 ? 255 : rnd() < 0.5 ? 1 : 0;
    pred[i] = rnd() < 0.7 && label[i] !== 255 ? label[i] : rnd() < 0.5 ? 1 : 0;
  }
  return { label, pred };
}

/** Dataset IoU (percent) of classes 0 and 1, counted here. */
function ious(label: Uint8Array, pred: Uint8Array): number[] {
  return [0, 1].map((c) => {
    let inter = 0, union = 0;
    for (let i = 0; i < label.length; i++) {
      if (label[i] === 255) continue;
      if (label[i] === c && pred[i] === c) inter++;
      if (label[i] === c || pred[i] === c) union++;
    }
    return 100 * inter / union;
  });
}

/** The mIoUD expected of each query (class 2: never labelled nor predicted). */
function cases(iou: number[]): [string, number][] {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b) / xs.length;
  return [
    ["", mean(iou)],
    ["&empty=one", mean([...iou, 100])],
    ["&empty=skip", mean(iou)],
    ["&subset=1", iou[1]],
    ["&includeBackground=0", iou[1]],
    ["&includeBackground=0&empty=one", mean([iou[1], 100])],
    ["&subset=0,2&empty=one", mean([iou[0], 100])],
    ["&subset=0,1&includeBackground=0", iou[1]],
  ];
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

async function score(query: string, pred: Uint8Array, label: Uint8Array) {
  const png = (d: Uint8Array) =>
    new Blob([
      encode({
        width: W,
        height: H,
        data: d,
        depth: 8,
        channels: 1,
      }) as Uint8Array<
        ArrayBuffer
      >,
    ]);
  const f = new FormData();
  f.append("pred", png(pred), "pred.png");
  f.append("label", png(label), "label.png");
  const r = await createScoreHandler()(
    new Request(`http://local/score?classes=3&ignore=255${query}`, {
      method: "POST",
      body: f,
    }),
  );
  return { status: r.status, body: await r.json() };
}

Deno.test("service: subset, includeBackground and empty give the IoUs counted here", async () => {
  const { label, pred } = scene();
  for (const [query, want] of cases(ious(label, pred))) {
    const r = await score(query, pred, label);
    assert.equal(r.status, 200, `${query}: ${JSON.stringify(r.body)}`);
    const got = r.body.metrics.mIoUD;
    assert.ok(close(got, want), `${query}: ${got} != ${want}`);
  }
});

Deno.test("service: bad metric options are 400s naming the option", async () => {
  const { label, pred } = scene();
  for (
    const [q, name] of [
      ["&subset=3", "subset"],
      ["&subset=1,1", "subset"],
      ["&subset=a", "subset"],
      ["&includeBackground=yes", "includeBackground"],
      ["&empty=zero", "empty"],
    ]
  ) {
    const r = await score(q, pred, label);
    assert.equal(r.status, 400, q);
    assert.match(r.body.error, new RegExp(`^${name} must be`), q);
  }
});

Deno.test("runs refuse metric options they would not keep", async () => {
  await withMemoryKv(async (kv) => {
    const f = new FormData();
    const { label, pred } = scene();
    f.append("pred", new Blob([png8(pred, W, H) as Uint8Array<ArrayBuffer>]));
    f.append("label", new Blob([png8(label, W, H) as Uint8Array<ArrayBuffer>]));
    const r = await createScoreHandler({ kv })(
      new Request(
        "http://local/runs/r/batches/b?classes=3&ignore=255&subset=1",
        {
          method: "POST",
          body: f,
        },
      ),
    );
    assert.equal(r.status, 400);
    assert.match((await r.json()).error, /not kept by runs/);
  });
});

Deno.test("CLI: --subset, --include-background and --empty give the IoUs counted here", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/pred`);
    await Deno.mkdir(`${dir}/label`);
    const { label, pred } = scene();
    await Deno.writeFile(`${dir}/pred/a.png`, png8(pred, W, H));
    await Deno.writeFile(`${dir}/label/a.png`, png8(label, W, H));
    const json = `${dir}/report.json`;
    const base = cliArgsIn(dir, { classes: 3, ignore: 255, json });
    for (const [query, want] of cases(ious(label, pred))) {
      const flags = query.split("&").filter(Boolean).flatMap((kv) => {
        const [k, v] = kv.split("=");
        const flag = k === "includeBackground" ? "include-background" : k;
        return [`--${flag}`, v];
      });
      const r = await runCli([...base, ...flags, "--overwrite"]);
      assert.equal(r.code, 0, `${query}: ${r.err}`);
      const got = JSON.parse(await Deno.readTextFile(json)).metrics.mIoUD;
      assert.ok(close(got, want), `${query}: ${got} != ${want}`);
    }
    const bad = await runCli([...base, "--empty", "zero", "--overwrite"]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /--empty must be reference, skip, one/);
  });
});
