/** The NIfTI reader: both versions, both byte orders, .nii and .nii.gz, every label type, scaling, affines, and hostile files. */
import assert from "node:assert/strict";
import { JdtRangeError, JdtTypeError } from "../../mod.ts";
import { checkSameGeometry, readNifti } from "../../src/score/nifti.ts";
import { chunkedStream, inflateBounded } from "../../src/score/nifti_gzip.ts";
import { gzip, type NiftiSpec, writeNifti } from "./_nifti_files.ts";

/** A 4×3×2 volume (i fastest) with distinct small ids. */
const VOX = Array.from({ length: 24 }, (_, i) => (i * 7) % 5);
const BASE: NiftiSpec = {
  dim: [3, 4, 3, 2],
  datatype: 2,
  bitpix: 8,
  pixdim: [1, 0.5, 2, 3],
  voxels: VOX,
};

const TYPES: [number, number][] = [
  [2, 8],
  [256, 8],
  [4, 16],
  [512, 16],
  [8, 32],
  [768, 32],
  [16, 32],
  [64, 64],
];

Deno.test("reads every label type, NIfTI-1 and -2, both byte orders, .nii and .nii.gz, in row-major [k, j, i] order", async () => {
  for (const version of [1, 2] as const) {
    for (const littleEndian of [true, false]) {
      for (const [datatype, bitpix] of TYPES) {
        const raw = writeNifti({
          ...BASE,
          version,
          littleEndian,
          datatype,
          bitpix,
        });
        for (const file of [raw, await gzip(raw)]) {
          const at = `v${version} ${
            littleEndian ? "LE" : "BE"
          } type ${datatype} ${file === raw ? "nii" : "gz"}`;
          const vol = await readNifti(file);
          assert.deepEqual(vol.shape, [2, 3, 4], at);
          assert.deepEqual(vol.spacing, [3, 2, 0.5], at);
          assert.deepEqual([...vol.data], VOX, at);
          assert.equal(vol.version, version);
          assert.equal(vol.affineSource, "pixdim");
          assert.deepEqual(vol.affine, [0.5, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0]);
        }
      }
    }
  }
});

Deno.test("2-D files, and extra dims of size 1, read as [j, i]", async () => {
  const vol = await readNifti(
    writeNifti({ ...BASE, dim: [2, 6, 4], voxels: VOX }),
  );
  assert.deepEqual(vol.shape, [4, 6]);
  assert.deepEqual(vol.spacing, [2, 0.5]);
  const five = await readNifti(
    writeNifti({ ...BASE, dim: [5, 4, 3, 2, 1, 1] }),
  );
  assert.deepEqual(five.shape, [2, 3, 4]);
});

Deno.test("scl_slope/scl_inter are applied (integral results) and refused when they make non-integers", async () => {
  const scaled = await readNifti(
    writeNifti({ ...BASE, datatype: 4, bitpix: 16, slope: 2, inter: 1 }),
  );
  assert.ok(scaled.data instanceof Int32Array);
  assert.deepEqual([...scaled.data], VOX.map((x) => 2 * x + 1));
  const identity = await readNifti(writeNifti({ ...BASE, slope: 1, inter: 0 }));
  assert.ok(identity.data instanceof Uint8Array);
  await assert.rejects(
    readNifti(writeNifti({ ...BASE, slope: 0.5 })),
    (e) => e instanceof JdtRangeError && e.argument === "voxels",
  );
  const floats = writeNifti({
    ...BASE,
    datatype: 16,
    bitpix: 32,
    voxels: VOX.map((x) => x + 0.25),
  });
  await assert.rejects(
    readNifti(floats),
    (e) => e instanceof JdtRangeError && /voxel 0/.test(e.message),
  );
});

Deno.test("the affine comes from the sform, else the qform (quaternion, qfac), else pixdim", async () => {
  const srow = [0, -0.5, 0, 10, 2, 0, 0, -20, 0, 0, 3, 5];
  const s = await readNifti(
    writeNifti({ ...BASE, sformCode: 1, qformCode: 1, srow }),
  );
  assert.equal(s.affineSource, "sform");
  assert.deepEqual(s.affine, srow);
  // 90° about z: quaternion (a, b, c, d) = (cos 45°, 0, 0, sin 45°); qfac −1 flips k.
  const h = Math.SQRT1_2;
  const q = await readNifti(
    writeNifti({
      ...BASE,
      pixdim: [-1, 0.5, 2, 3],
      qformCode: 1,
      quatern: [0, 0, h, 7, 8, 9],
    }),
  );
  assert.equal(q.affineSource, "qform");
  const want = [0, -2, 0, 7, 0.5, 0, 0, 8, 0, 0, -3, 9];
  q.affine.forEach((x, k) =>
    assert.ok(Math.abs(x - want[k]) < 1e-6, `affine[${k}] ${x} vs ${want[k]}`)
  );
});

Deno.test("checkSameGeometry names the field that differs", async () => {
  const a = await readNifti(writeNifti(BASE));
  checkSameGeometry(
    a,
    await readNifti(
      await gzip(writeNifti({ ...BASE, datatype: 4, bitpix: 16 })),
    ),
  );
  const cases: [NiftiSpec, string][] = [
    [{ ...BASE, dim: [3, 4, 2, 3] }, "label.shape"],
    [{ ...BASE, pixdim: [1, 0.5, 2, 3.1] }, "label.spacing"],
    [
      { ...BASE, sformCode: 1, srow: [0.5, 0, 0, 1, 0, 2, 0, 0, 0, 0, 3, 0] },
      "label.affine",
    ],
  ];
  for (const [spec, field] of cases) {
    const b = await readNifti(writeNifti(spec));
    assert.throws(
      () => checkSameGeometry(a, b),
      (e) => e instanceof JdtRangeError && e.argument === field,
    );
  }
});

/** Rejects with a typed error naming `field`. */
async function refuses(
  file: Uint8Array | Promise<Uint8Array>,
  field: string,
  type = JdtTypeError as typeof JdtTypeError | typeof JdtRangeError,
) {
  await assert.rejects(readNifti(await file), (e) => {
    assert.ok(e instanceof type, `${String(e)} is not a ${type.name}`);
    assert.equal((e as JdtTypeError).argument, field, String(e));
    return true;
  });
}

Deno.test("truncated, lying and unsupported files are typed errors naming the field (.nii and .nii.gz)", async () => {
  const good = writeNifti(BASE);
  for (const wrap of [(b: Uint8Array) => b, (b: Uint8Array) => gzip(b)]) {
    await refuses(wrap(good.slice(0, 100)), "header");
    await refuses(wrap(good.slice(0, good.length - 1)), "file");
    await refuses(wrap(writeNifti({ ...BASE, sizeofHdr: 349 })), "sizeof_hdr");
    await refuses(wrap(writeNifti({ ...BASE, magic: "ni1\0" })), "magic");
    await refuses(wrap(writeNifti({ ...BASE, magic: "abc\0" })), "magic");
    await refuses(
      wrap(writeNifti({ ...BASE, version: 2, magic: "n+2\0\0\0\0\0" })),
      "magic",
    );
    await refuses(
      wrap(writeNifti({ ...BASE, dim: [4, 4, 3, 2, 5] })),
      "dim[4]",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, dim: [1, 24] })),
      "dim[0]",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, dim: [3, 4, -3, 2] })),
      "dim[2]",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, datatype: 128, bitpix: 24 })),
      "datatype",
    );
    await refuses(wrap(writeNifti({ ...BASE, bitpix: 16 })), "bitpix");
    await refuses(
      wrap(writeNifti({ ...BASE, pixdim: [1, 0, 2, 3] })),
      "pixdim",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, pixdim: [1, NaN, 2, 3] })),
      "pixdim",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, voxOffset: 100 })),
      "vox_offset",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, voxOffset: 352.5 })),
      "vox_offset",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, version: 2, voxOffset: 2 ** 40, voxels: [] })),
      "vox_offset",
      JdtRangeError,
    );
    await refuses(
      wrap(writeNifti({ ...BASE, dim: [3, 30000, 30000, 30000], voxels: [] })),
      "dim",
      JdtRangeError,
    );
  }
  await refuses(
    new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
    "file",
  );
  // deno-lint-ignore no-explicit-any
  await refuses([1, 2, 3] as any, "file");
  await assert.rejects(
    readNifti(good, { maxVoxels: 23 }),
    (e) => e instanceof JdtRangeError && e.argument === "dim",
  );
});

/** `chunkedStream(bytes)`, counting the compressed bytes pulled from it. */
function counted(
  bytes: Uint8Array,
): { stream: ReadableStream<Uint8Array<ArrayBuffer>>; pulled: () => number } {
  let n = 0;
  const inner = chunkedStream(bytes).getReader();
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(c) {
      const r = await inner.read();
      if (r.done) return c.close();
      n += r.value.length;
      c.enqueue(r.value);
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => n };
}

Deno.test("a gzip bomb costs one honest volume: inflation stops at the header's byte count", async () => {
  const honest = writeNifti(BASE);
  const bomb = await gzip(honest, 256 << 20); // + 256 MiB of zeros (~250 KB compressed)
  assert.ok(bomb.length > 200_000, `${bomb.length} compressed bytes`);
  const vol = await readNifti(bomb);
  assert.deepEqual([...vol.data], VOX);
  const { stream, pulled } = counted(bomb);
  const out = await inflateBounded(stream, 540, () => honest.length);
  assert.equal(out.length, honest.length);
  assert.ok(
    pulled() <= 2 * 16384,
    `pulled ${pulled()} of ${bomb.length} compressed bytes`,
  );
});

Deno.test("a header declaring more voxels than the limit is refused before the body is inflated", async () => {
  const liar = await gzip(
    writeNifti({ ...BASE, dim: [3, 1024, 1024, 1024], voxels: [] }),
    64 << 20,
  );
  const { stream, pulled } = counted(liar);
  await assert.rejects(
    inflateBounded(stream, 540, () => {
      throw new JdtRangeError("dim", "too many voxels");
    }),
    (e) => e instanceof JdtRangeError,
  );
  assert.ok(pulled() <= 2 * 16384, `pulled ${pulled()} of ${liar.length}`); // the pipe reads one chunk ahead
  await refuses(liar, "dim", JdtRangeError);
});
