/**
 * NIfTI volumes and boundary metrics through `POST /score`, over Request
 * objects: spacing honoured (hand-worked distances), geometry mismatches as
 * 422 naming the field, Infinity written as "Infinity", bounded voxel counts.
 */
import assert from "node:assert/strict";
import { encode } from "npm:fast-png@8.0.0";
import { createScoreHandler } from "../../src/score/handler.ts";
import {
  boundaryMetrics,
  checkSameGeometry,
  createMetrics,
  readNifti,
} from "../../mod.ts";
import {
  gzip,
  type NiftiSpec,
  sliceVoxels,
  smallSpec,
  writeNifti,
} from "./_nifti_files.ts";

// Class 1 fills slice k = 0 of the label and slice k = 1 of the prediction.
const labelVox = sliceVoxels(0, 1);
const predVox = sliceVoxels(1, 1);

function post(pred: Uint8Array, label: Uint8Array, query: string, limits = {}) {
  const f = new FormData();
  f.append("pred", new Blob([pred as Uint8Array<ArrayBuffer>]), "pred.nii");
  f.append("label", new Blob([label as Uint8Array<ArrayBuffer>]), "label.nii");
  const handler = createScoreHandler(limits);
  return handler(
    new Request(`http://localhost/score?${query}`, {
      method: "POST",
      body: f,
    }),
  );
}

Deno.test("POST /score: a NIfTI pair (.nii and .nii.gz) scores with its spacing", async () => {
  const label = writeNifti(smallSpec(labelVox));
  for (
    const pred of [
      writeNifti(smallSpec(predVox)),
      await gzip(writeNifti(smallSpec(predVox))),
    ]
  ) {
    const res = await post(pred, label, "classes=2&boundary=1&tolerance=1,2");
    assert.equal(res.status, 200);
    const r = await res.json();
    assert.deepEqual(r.shape, [2, 3, 4]);
    assert.deepEqual(r.spacing, [2, 1, 0.5]);
    assert.equal(r.pred, "nifti");
    const m = createMetrics({ numClasses: 2 });
    m.add({
      pred: Uint8Array.from(predVox),
      shape: [1, 24],
      labels: Uint8Array.from(labelVox),
    });
    assert.deepEqual(r.metrics, JSON.parse(JSON.stringify(m.value())));
    // Every voxel of each one-slice mask is on its boundary; the other mask
    // is one slice (dk = 2) away.
    assert.deepEqual(r.boundary, [{
      class: 1,
      hd: 2,
      hd95: 2,
      assd: 2,
      asdPredToLabel: 2,
      asdLabelToPred: 2,
      nsd: [0, 1],
    }]);
  }
});

// The sform of `smallSpec`'s pixdim (diagonal 0.5, 1, 2), shifted 5 mm in x.
const SROW = [0.5, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0];
const SROW_SHIFTED = SROW.map((v, k) => k === 3 ? 5 : v);

Deno.test("POST /score: NIfTI geometry that differs is a 422 naming the field", async () => {
  const label = writeNifti({
    ...smallSpec(labelVox),
    sformCode: 1,
    srow: SROW,
  });
  const cases: [NiftiSpec, string][] = [
    [smallSpec(predVox, [1, 0.5, 1, 3]), "label.spacing"],
    [{ ...smallSpec(predVox.slice(0, 12)), dim: [3, 4, 3, 1] }, "label.shape"],
    [
      { ...smallSpec(predVox), sformCode: 1, srow: SROW_SHIFTED },
      "label.affine",
    ],
  ];
  for (const [s, field] of cases) {
    const res = await post(writeNifti(s), label, "classes=2");
    assert.equal(res.status, 422, field);
    const body = await res.json();
    assert.equal(body.argument, field);
    assert.match(body.error, new RegExp(field.replace(".", "\\.")));
  }
  const png = encode({
    width: 4,
    height: 6,
    data: new Uint8Array(24),
    depth: 8,
    channels: 1,
  });
  const mixed = await post(png, label, "classes=2");
  assert.equal(mixed.status, 422);
  assert.match((await mixed.json()).error, /both be NIfTI/);
});

Deno.test("POST /score: a volume over the voxel limit is 413 before its body is read", async () => {
  const label = writeNifti(smallSpec(labelVox));
  const res = await post(writeNifti(smallSpec(predVox)), label, "classes=2", {
    maxValues: 23,
  });
  assert.equal(res.status, 413);
  assert.match((await res.json()).error, /^label: .*limit of 23/);
  const bad = writeNifti(smallSpec(predVox)).slice(0, 360); // truncated body
  const trunc = await post(bad, label, "classes=2");
  assert.equal(trunc.status, 400);
});

Deno.test("POST /score: map=1 on a volume gives every slice's codes", async () => {
  const res = await post(
    writeNifti(smallSpec(predVox)),
    writeNifti(smallSpec(labelVox)),
    "classes=2&map=1",
  );
  const { errorMap } = await res.json();
  assert.deepEqual(
    [errorMap.width, errorMap.height, errorMap.depth],
    [4, 3, 2],
  );
  const codes = Uint8Array.from(atob(errorMap.codes), (c) => c.charCodeAt(0));
  // slice 0: label 1, pred 0 → false negative (3); slice 1: false positive (2).
  assert.deepEqual([...codes], [
    ...new Array(12).fill(3),
    ...new Array(12).fill(2),
  ]);
});

Deno.test('POST /score: boundary=1 on PNGs, Infinity written as "Infinity"', async () => {
  // 1×4 image: class 1 in both (shifted by one), class 2 only in the label.
  const png = (d: number[]) =>
    encode({
      width: 4,
      height: 1,
      data: new Uint8Array(d),
      depth: 8,
      channels: 1,
    });
  const f = new FormData();
  f.append("pred", new Blob([png([1, 1, 0, 0]) as Uint8Array<ArrayBuffer>]));
  f.append("label", new Blob([png([0, 1, 1, 2]) as Uint8Array<ArrayBuffer>]));
  const res = await createScoreHandler()(
    new Request("http://localhost/score?classes=3&boundary=1", {
      method: "POST",
      body: f,
    }),
  );
  assert.equal(res.status, 200);
  const { boundary } = await res.json();
  assert.equal(boundary[0].hd, 1);
  assert.deepEqual(boundary[1].hd, "Infinity");
  assert.equal(boundary[1].hd95, null);
  assert.deepEqual(boundary[1].nsd, [0]);
  const without = await createScoreHandler()(
    new Request("http://localhost/score?classes=3", {
      method: "POST",
      body: f,
    }),
  );
  assert.equal((await without.json()).boundary, undefined, "opt-in only");
  for (
    const q of [
      "boundary=2",
      "boundary=1&tolerance=a",
      "boundary=1&tolerance=1,,2",
      "boundary=1&boundaryKind=x",
    ]
  ) {
    const bad = await createScoreHandler()(
      new Request(`http://localhost/score?classes=3&${q}`, {
        method: "POST",
        body: f,
      }),
    );
    assert.equal(bad.status, 400, q);
  }
});

Deno.test("library: readNifti from mod.ts feeds boundaryMetrics with its spacing", async () => {
  const label = await readNifti(await gzip(writeNifti(smallSpec(labelVox))));
  const pred = await readNifti(writeNifti(smallSpec(predVox)));
  checkSameGeometry(pred, label);
  const { classes } = boundaryMetrics({
    pred: pred.data,
    label: label.data,
    shape: label.shape,
    spacing: label.spacing,
  });
  assert.equal(classes[0].hd, 2); // one slice of dk = 2
});
