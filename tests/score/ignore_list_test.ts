// Several ignore values in the service (`ignore=254,255`), checked against
// counts made here by hand.
import assert from "node:assert/strict";
import { encode } from "npm:fast-png@8.0.0";
import { createScoreHandler } from "../../src/score/handler.ts";
import { seeded } from "../../tools/workloads.ts";
import { cliArgsIn, png8, runCli, withTempDir } from "../_score_files.ts";

const W = 12, H = 10, C = 3;
const VOID = [254, 255];

/** Labels over 0..2 with two void values; a prediction that is often right. */
function scene() {
  const rnd = seeded(7);
  const label = new Uint8Array(W * H);
  const pred = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) {
    const r = rnd();
    label[i] = r < 0.1 ? VOID[i % 2] : Math.floor(rnd() * C);
    pred[i] = rnd() < 0.6 && label[i] < C ? label[i] : Math.floor(rnd() * C);
  }
  return { label, pred };
}

function png(data: Uint8Array): Blob {
  const bytes = encode({ width: W, height: H, data, depth: 8, channels: 1 });
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}

async function score(
  query: string,
  pred: Uint8Array,
  label: Uint8Array,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const f = new FormData();
  f.append("pred", png(pred), "pred.png");
  f.append("label", png(label), "label.png");
  const r = await createScoreHandler()(
    new Request(`http://local/score?${query}`, { method: "POST", body: f }),
  );
  return { status: r.status, body: await r.json() };
}

/** Per-class counts over the pixels whose label is not void, made here. */
function handCounts(pairs: { label: Uint8Array; pred: Uint8Array }[]) {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
  for (const { label, pred } of pairs) {
    for (let i = 0; i < label.length; i++) {
      if (VOID.includes(label[i])) continue;
      if (pred[i] === label[i]) tp[label[i]]++;
      else {
        fp[pred[i]]++;
        fn[label[i]]++;
      }
    }
  }
  return { tp, fp, fn };
}

type Counts = { tp: number; fp: number; fn: number };

Deno.test("service: ignore=254,255 drops both void values (counts by hand)", async () => {
  const { label, pred } = scene();
  const { tp, fp, fn } = handCounts([{ label, pred }]);
  const iou = tp.map((t, c) => 100 * t / (t + fp[c] + fn[c]));
  const r = await score(`classes=${C}&ignore=255,254`, pred, label);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.deepEqual(r.body.ignoreIndex, [254, 255]);
  const perClass = r.body.perClass as Counts[];
  assert.deepEqual(
    perClass.map((p) => [p.tp, p.fp, p.fn]),
    [0, 1, 2].map((
      c,
    ) => [tp[c], fp[c], fn[c]]),
  );
  const metrics = r.body.metrics as { mIoUD: number };
  const mean = iou.reduce((a, b) => a + b) / C;
  assert.ok(Math.abs(metrics.mIoUD - mean) < 1e-9, `${metrics.mIoUD} ${mean}`);
  // One void value only: the other is a label value out of range.
  assert.equal(
    (await score(`classes=${C}&ignore=255`, pred, label)).status,
    400,
  );
});

Deno.test("service: the error map marks every listed ignore value as ignored", async () => {
  const { label, pred } = scene();
  const r = await score(`classes=${C}&ignore=254,255&map=1`, pred, label);
  assert.equal(r.status, 200);
  const map = r.body.errorMap as { codes: string };
  const codes = Uint8Array.from(atob(map.codes), (c) => c.charCodeAt(0));
  for (let i = 0; i < label.length; i++) {
    assert.equal(codes[i] === 4, VOID.includes(label[i]), `pixel ${i}`);
  }
});

Deno.test("service: a bad ignore list is a 400 naming it", async () => {
  const { label, pred } = scene();
  for (const bad of ["1,,2", "1,x", "-1", "70000", "1.5"]) {
    const r = await score(`classes=${C}&ignore=${bad}`, pred, label);
    assert.equal(r.status, 400, bad);
    assert.match(String(r.body.error), /ignore must be/);
  }
});

Deno.test("CLI: --ignore 254,255 drops both void values (counts by hand)", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/pred`);
    await Deno.mkdir(`${dir}/label`);
    const { label, pred } = scene();
    const flipped = { label: label.toReversed(), pred: pred.toReversed() };
    for (const [name, p] of [["a", { label, pred }], ["b", flipped]] as const) {
      await Deno.writeFile(`${dir}/pred/${name}.png`, png8(p.pred, W, H));
      await Deno.writeFile(`${dir}/label/${name}.png`, png8(p.label, W, H));
    }
    const json = `${dir}/report.json`;
    const args = cliArgsIn(dir, { classes: C, json });
    const r = await runCli([...args, "--ignore", "255,254"]);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(await Deno.readTextFile(json));
    const { tp, fp, fn } = handCounts([{ label, pred }, flipped]);
    assert.deepEqual(
      (report.perClass as Counts[]).map((p) => [p.tp, p.fp, p.fn]),
      [0, 1, 2].map((c) => [tp[c], fp[c], fn[c]]),
    );
    const bad = await runCli([...args, "--ignore", "1,,2", "--overwrite"]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /--ignore must be 1 to \d+ integers/);
  });
});
