// NIfTI pairs as batches of a run: counts merged exactly, each batch once.
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import { withMemoryKv } from "./_kv.ts";
import { gzip, sliceVoxels, smallSpec, writeNifti } from "./_nifti_files.ts";

const N = 24, C = 3;

/** A volume of class ids 0..2 (uint8, spacing 0.5 × 1 × 2). */
function volume(seed: number): number[] {
  return Array.from({ length: N }, (_, i) => (i * 7 + seed * (i % 5)) % C);
}

function nii(voxels: number[], pixdim?: number[]): Uint8Array {
  return writeNifti(smallSpec(voxels, pixdim));
}

async function post(
  handler: (r: Request) => Promise<Response>,
  path: string,
  pred: Uint8Array,
  label: Uint8Array,
) {
  const f = new FormData();
  f.append("pred", new Blob([pred as Uint8Array<ArrayBuffer>]), "pred.nii");
  f.append("label", new Blob([label as Uint8Array<ArrayBuffer>]), "label.nii");
  const r = await handler(
    new Request(`http://local${path}`, { method: "POST", body: f }),
  );
  return { status: r.status, body: await r.json() };
}

Deno.test("runs: NIfTI batches (.nii and .nii.gz) merge exactly, a retried batch counts once", async () => {
  await withMemoryKv(async (kv) => {
    const h = createScoreHandler({ kv });
    const cases = [1, 2, 3].map((k) => ({
      pred: volume(k),
      label: volume(k + 10),
    }));
    const q = `?classes=${C}`;
    for (const [k, c] of cases.entries()) {
      const pred = k === 1 ? await gzip(nii(c.pred)) : nii(c.pred);
      const r = await post(h, `/runs/r/batches/b${k}${q}`, pred, nii(c.label));
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.added, true);
    }
    const again = await post(
      h,
      `/runs/r/batches/b0${q}`,
      nii(cases[0].pred),
      nii(cases[0].label),
    );
    assert.equal(again.status, 200);
    assert.equal(again.body.added, false);
    const run = await (await h(new Request("http://local/runs/r"))).json();
    assert.equal(run.batches, 3);
    const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
    for (const { pred, label } of cases) {
      pred.forEach((p, i) => {
        if (p === label[i]) tp[p]++;
        else (fp[p]++, fn[label[i]]++);
      });
    }
    assert.deepEqual(
      run.perClass.map((p: Record<string, number>) => [p.tp, p.fp, p.fn]),
      [0, 1, 2].map((c) => [tp[c], fp[c], fn[c]]),
    );
    assert.equal(run.images, 3);
  });
});

Deno.test("runs: a NIfTI pair of other spacing is a 422 and adds nothing", async () => {
  await withMemoryKv(async (kv) => {
    const h = createScoreHandler({ kv });
    const bad = await post(
      h,
      `/runs/r/batches/b?classes=${C}`,
      nii(volume(1), [1, 0.5, 1, 3]),
      nii(volume(2)),
    );
    assert.equal(bad.status, 422);
    assert.equal(bad.body.argument, "label.spacing");
    assert.equal((await h(new Request("http://local/runs/r"))).status, 404);
  });
});

Deno.test("runs: boundary=1 keeps each case's boundary metrics once, with spacing (hand-worked)", async () => {
  await withMemoryKv(async (kv) => {
    const h = createScoreHandler({ kv });
    const q = "?classes=2&boundary=1&tolerance=1,2";
    const label = nii(sliceVoxels(0, 1));
    // a: class 1 one slice off, dk = 2 away: every distance is 2.
    // b: a perfect prediction: every distance is 0.
    const batches: [string, Uint8Array][] = [
      ["a", nii(sliceVoxels(1, 1))],
      ["b", label],
      ["a", nii(sliceVoxels(1, 1))], // a retry: counted once
    ];
    for (const [id, pred] of batches) {
      const r = await post(h, `/runs/r/batches/${id}${q}`, pred, label);
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const run = await (await h(new Request("http://local/runs/r"))).json();
    assert.deepEqual(run.boundary.tolerance, [1, 2]);
    const cases = run.boundary.cases as {
      case: string;
      classes: { class: number; hd: number; assd: number; nsd: number[] }[];
    }[];
    assert.deepEqual(cases.map((c) => c.case), ["a", "b"]);
    const pick = (k: number) => {
      const { class: c, hd, assd, nsd } = cases[k].classes[0];
      return { c, hd, assd, nsd };
    };
    assert.deepEqual(pick(0), { c: 1, hd: 2, assd: 2, nsd: [0, 1] });
    assert.deepEqual(pick(1), { c: 1, hd: 0, assd: 0, nsd: [1, 1] });
    const s = run.boundary.summary[0];
    assert.equal(s.cases, 2);
    assert.equal(s.hd.mean, 1);
    // Another tolerance, or no boundary query, is another run's query: 409.
    for (const other of ["?classes=2&boundary=1&tolerance=1", "?classes=2"]) {
      const r = await post(h, `/runs/r/batches/c${other}`, label, label);
      assert.equal(r.status, 409, other);
    }
  });
});
