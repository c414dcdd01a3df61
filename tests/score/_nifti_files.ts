/** Small NIfTI-1/NIfTI-2 files written by the tests, field by field from the format's layout. */

/** What a test file holds. */
export interface NiftiSpec {
  version?: 1 | 2;
  littleEndian?: boolean;
  /** `dim[0..7]` (dim[0] = rank). */
  dim: number[];
  datatype: number;
  bitpix: number;
  /** `pixdim[0..]` (pixdim[0] = qfac). */
  pixdim: number[];
  /** Voxel values, i fastest. */
  voxels: number[];
  voxOffset?: number;
  slope?: number;
  inter?: number;
  qformCode?: number;
  sformCode?: number;
  /** quatern_b, c, d, qoffset_x, y, z. */
  quatern?: number[];
  /** srow_x, srow_y, srow_z (12 numbers). */
  srow?: number[];
  magic?: string;
  sizeofHdr?: number;
}

const WRITERS: Record<
  number,
  [number, (v: DataView, o: number, x: number, le: boolean) => void]
> = {
  2: [1, (v, o, x) => v.setUint8(o, x)],
  256: [1, (v, o, x) => v.setInt8(o, x)],
  4: [2, (v, o, x, le) => v.setInt16(o, x, le)],
  512: [2, (v, o, x, le) => v.setUint16(o, x, le)],
  8: [4, (v, o, x, le) => v.setInt32(o, x, le)],
  768: [4, (v, o, x, le) => v.setUint32(o, x, le)],
  16: [4, (v, o, x, le) => v.setFloat32(o, x, le)],
  64: [8, (v, o, x, le) => v.setFloat64(o, x, le)],
};

/** The bytes of a single-file NIfTI volume. */
export function writeNifti(s: NiftiSpec): Uint8Array {
  const v2 = s.version === 2;
  const le = s.littleEndian ?? true;
  const hdr = v2 ? 540 : 348;
  const off = s.voxOffset ?? hdr + 4;
  const [bytes, put] = WRITERS[s.datatype] ?? [1, WRITERS[2][1]];
  const bodyAt = off > 1 << 20 ? hdr + 4 : off; // a lying offset: no body written
  const file = new Uint8Array(Math.max(bodyAt, hdr) + s.voxels.length * bytes);
  const v = new DataView(file.buffer);
  v.setInt32(0, s.sizeofHdr ?? hdr, le);
  const magic = s.magic ?? (v2 ? "n+2\0\r\n\x1a\n" : "n+1\0");
  for (let k = 0; k < magic.length; k++) {
    v.setUint8((v2 ? 4 : 344) + k, magic.charCodeAt(k));
  }
  const dim = [...s.dim, 1, 1, 1, 1, 1, 1, 1, 1].slice(0, 8);
  const pix = [...s.pixdim, 1, 1, 1, 1, 1, 1, 1, 1].slice(0, 8);
  const quatern = s.quatern ?? [0, 0, 0, 0, 0, 0];
  const srow = s.srow ?? new Array(12).fill(0);
  if (v2) {
    v.setInt16(12, s.datatype, le);
    v.setInt16(14, s.bitpix, le);
    dim.forEach((d, k) => v.setBigInt64(16 + 8 * k, BigInt(d), le));
    pix.forEach((p, k) => v.setFloat64(104 + 8 * k, p, le));
    v.setBigInt64(168, BigInt(off), le);
    v.setFloat64(176, s.slope ?? 0, le);
    v.setFloat64(184, s.inter ?? 0, le);
    v.setInt32(344, s.qformCode ?? 0, le);
    v.setInt32(348, s.sformCode ?? 0, le);
    quatern.forEach((q, k) => v.setFloat64(352 + 8 * k, q, le));
    srow.forEach((r, k) => v.setFloat64(400 + 8 * k, r, le));
  } else {
    dim.forEach((d, k) => v.setInt16(40 + 2 * k, d, le));
    v.setInt16(70, s.datatype, le);
    v.setInt16(72, s.bitpix, le);
    pix.forEach((p, k) => v.setFloat32(76 + 4 * k, p, le));
    v.setFloat32(108, off, le);
    v.setFloat32(112, s.slope ?? 0, le);
    v.setFloat32(116, s.inter ?? 0, le);
    v.setInt16(252, s.qformCode ?? 0, le);
    v.setInt16(254, s.sformCode ?? 0, le);
    quatern.forEach((q, k) => v.setFloat32(256 + 4 * k, q, le));
    srow.forEach((r, k) => v.setFloat32(280 + 4 * k, r, le));
  }
  s.voxels.forEach((x, i) => put(v, bodyAt + i * bytes, x, le));
  return file;
}

/** Gzip of `bytes` followed by `zeros` zero bytes, through the platform's CompressionStream. */
export async function gzip(bytes: Uint8Array, zeros = 0): Promise<Uint8Array> {
  const block = new Uint8Array(1 << 20);
  let left = zeros;
  let first = true;
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(c) {
      if (first) {
        first = false;
        return c.enqueue(bytes.slice());
      }
      if (left <= 0) return c.close();
      const n = Math.min(left, block.length);
      left -= n;
      c.enqueue(block.slice(0, n));
    },
  });
  const out = source.pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Voxels of a 4 (i) × 3 (j) × 2 (k) volume: class `c` on slice `k`, 0 elsewhere. */
export function sliceVoxels(k: number, c: number): number[] {
  return Array.from({ length: 24 }, (_, n) => Math.floor(n / 12) === k ? c : 0);
}

/** A 4 (i) × 3 (j) × 2 (k) uint8 volume, pixdim di 0.5, dj 1, dk 2 by default. */
export function smallSpec(
  voxels: number[],
  pixdim = [1, 0.5, 1, 2],
): NiftiSpec {
  return { dim: [3, 4, 3, 2], datatype: 2, bitpix: 8, pixdim, voxels };
}
