/**
 * The NIfTI-1 (348-byte) and NIfTI-2 (540-byte) headers of single-file
 * volumes (`.nii`), either byte order: dimensions, data type, spacing
 * (`pixdim`), intensity scaling, the voxel offset and the affine (sform, else
 * qform, else the spacing). Every field the reader depends on is checked;
 * anything missing, inconsistent or out of range is a typed error naming the
 * field.
 *
 * @module
 */
import { JdtRangeError, JdtTypeError } from "../core/errors.ts";

/** The voxel types a label volume may have: NIfTI code → name and bytes per voxel. */
export const NIFTI_TYPES: Readonly<
  Record<number, { name: string; bytes: number }>
> = {
  2: { name: "uint8", bytes: 1 },
  4: { name: "int16", bytes: 2 },
  8: { name: "int32", bytes: 4 },
  16: { name: "float32", bytes: 4 },
  64: { name: "float64", bytes: 8 },
  256: { name: "int8", bytes: 1 },
  512: { name: "uint16", bytes: 2 },
  768: { name: "uint32", bytes: 4 },
};

/** What the header says. */
export interface NiftiHeader {
  /** 1 or 2. */
  version: 1 | 2;
  /** Whether numbers are little-endian. */
  littleEndian: boolean;
  /** Sizes along i, j, k (NIfTI order, i fastest), only the volume's own dims (2 or 3). */
  dims: number[];
  /** Voxel size along i, j, k (`|pixdim[1..]|`). */
  pixdim: number[];
  /** NIfTI data type code (one of {@link NIFTI_TYPES}). */
  datatype: number;
  /** Byte where the voxels start. */
  voxOffset: number;
  /** Intensity scaling, `null` when the file asks for none. */
  scaling: { slope: number; inter: number } | null;
  /** Voxel index → world (mm) affine, 3 rows of 4, row-major. */
  affine: number[];
  /** Where the affine came from. */
  affineSource: "sform" | "qform" | "pixdim";
}

/** Header bytes a reader needs before it can parse: the longer of the two versions. */
export const NIFTI_HEADER_BYTES = 540;

/** The largest voxel offset accepted (header plus extensions). */
export const MAX_VOX_OFFSET = 1 << 24;

/**
 * A typed NIfTI error: "Cannot read NIfTI: <field> <problem>".
 *
 * @param range Whether the value is out of range (else malformed).
 * @param field The header field or part at fault.
 * @param problem What is wrong.
 * @returns The error, to throw.
 */
export function niftiError(
  range: boolean,
  field: string,
  problem: string,
): JdtTypeError | JdtRangeError {
  const message = `Cannot read NIfTI: ${field} ${problem}`;
  return range
    ? new JdtRangeError(field, message)
    : new JdtTypeError(field, message);
}

/**
 * Parses a header.
 *
 * @param head The file's first bytes (at least 348 for NIfTI-1, 540 for NIfTI-2).
 * @returns The header.
 */
export function parseNiftiHeader(head: Uint8Array): NiftiHeader {
  if (head.length < 348) {
    throw niftiError(
      false,
      "header",
      `is truncated: ${head.length} bytes, a NIfTI-1 header has 348`,
    );
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  for (const le of [true, false]) {
    const size = view.getInt32(0, le);
    if (size === 348) return parseV1(view, le);
    if (size === 540) {
      if (head.length < 540) {
        throw niftiError(
          false,
          "header",
          `is truncated: ${head.length} bytes, a NIfTI-2 header has 540`,
        );
      }
      return parseV2(view, le);
    }
  }
  throw niftiError(
    false,
    "sizeof_hdr",
    "is neither 348 (NIfTI-1) nor 540 (NIfTI-2) in either byte order: not a NIfTI file",
  );
}

/** The fields both versions share, read by their own offsets and widths. */
interface RawHeader {
  dims: number[];
  datatype: number;
  bitpix: number;
  pixdim: number[];
  voxOffset: number;
  slope: number;
  inter: number;
  qformCode: number;
  sformCode: number;
  quatern: number[];
  srow: number[];
}

/** Refuses a magic other than `want` (`shown` names it in the message). */
function checkMagic(magic: string, want: string, shown: string): void {
  if (magic !== want) {
    throw niftiError(
      false,
      "magic",
      `is ${JSON.stringify(magic)}, not ${shown}`,
    );
  }
}

function parseV1(v: DataView, le: boolean): NiftiHeader {
  const magic = ascii(v, 344, 4);
  if (magic === "ni1\0") {
    throw niftiError(
      false,
      "magic",
      `is "ni1": a two-file (.hdr/.img) volume; only single .nii files are read`,
    );
  }
  checkMagic(magic, "n+1\0", '"n+1" (NIfTI-1 single file)');
  const f32 = (o: number) => v.getFloat32(o, le);
  const raw: RawHeader = {
    dims: ints(8, (k) => v.getInt16(40 + 2 * k, le)),
    datatype: v.getInt16(70, le),
    bitpix: v.getInt16(72, le),
    pixdim: ints(8, (k) => f32(76 + 4 * k)),
    voxOffset: f32(108),
    slope: f32(112),
    inter: f32(116),
    qformCode: v.getInt16(252, le),
    sformCode: v.getInt16(254, le),
    quatern: ints(6, (k) => f32(256 + 4 * k)),
    srow: ints(12, (k) => f32(280 + 4 * k)),
  };
  return finish(raw, 1, le, 348);
}

function parseV2(v: DataView, le: boolean): NiftiHeader {
  const magic = ascii(v, 4, 8);
  checkMagic(magic, "n+2\0\r\n\x1a\n", '"n+2" (NIfTI-2 single file)');
  const f64 = (o: number) => v.getFloat64(o, le);
  const i64 = (o: number) => Number(v.getBigInt64(o, le));
  const raw: RawHeader = {
    dims: ints(8, (k) => i64(16 + 8 * k)),
    datatype: v.getInt16(12, le),
    bitpix: v.getInt16(14, le),
    pixdim: ints(8, (k) => f64(104 + 8 * k)),
    voxOffset: i64(168),
    slope: f64(176),
    inter: f64(184),
    qformCode: v.getInt32(344, le),
    sformCode: v.getInt32(348, le),
    quatern: ints(6, (k) => f64(352 + 8 * k)),
    srow: ints(12, (k) => f64(400 + 8 * k)),
  };
  return finish(raw, 2, le, 540);
}

function ints(n: number, at: (k: number) => number): number[] {
  return Array.from({ length: n }, (_, k) => at(k));
}

function ascii(v: DataView, o: number, n: number): string {
  let s = "";
  for (let k = 0; k < n; k++) s += String.fromCharCode(v.getUint8(o + k));
  return s;
}

function finish(
  r: RawHeader,
  version: 1 | 2,
  littleEndian: boolean,
  headerSize: number,
): NiftiHeader {
  const dims = checkDims(r.dims);
  const type = NIFTI_TYPES[r.datatype];
  if (type === undefined) {
    throw niftiError(
      false,
      "datatype",
      `is ${r.datatype}; a label volume must be uint8, int8, int16, uint16, int32, uint32, float32 or float64 (codes ${
        Object.keys(NIFTI_TYPES).join(", ")
      })`,
    );
  }
  if (r.bitpix !== 8 * type.bytes) {
    throw niftiError(
      false,
      "bitpix",
      `is ${r.bitpix}, but datatype ${type.name} has ${8 * type.bytes} bits`,
    );
  }
  const pixdim = dims.map((_, k) => Math.abs(r.pixdim[k + 1]));
  if (pixdim.some((p) => !Number.isFinite(p) || p <= 0)) {
    throw niftiError(
      true,
      "pixdim",
      `must be finite and non-zero for each dimension, got ${
        r.pixdim.slice(1, dims.length + 1).join(", ")
      }`,
    );
  }
  const off = r.voxOffset;
  if (!Number.isInteger(off) || off < headerSize || off > MAX_VOX_OFFSET) {
    throw niftiError(
      true,
      "vox_offset",
      `is ${off}; it must be an integer from ${headerSize} (the header) to ${MAX_VOX_OFFSET}`,
    );
  }
  return {
    version,
    littleEndian,
    dims,
    pixdim,
    datatype: r.datatype,
    voxOffset: off,
    scaling: checkScaling(r.slope, r.inter),
    ...affineOf(r, pixdim),
  };
}

/** The volume's own dims: `dim[0]` of 2 or 3, or more with the extra sizes 1. */
function checkDims(dim: number[]): number[] {
  const n = dim[0];
  if (!Number.isInteger(n) || n < 2 || n > 7) {
    throw niftiError(
      true,
      "dim[0]",
      `is ${n}; a label volume has 2 or 3 dimensions`,
    );
  }
  for (let k = 1; k <= n; k++) {
    if (!Number.isSafeInteger(dim[k]) || dim[k] < 1) {
      throw niftiError(
        true,
        `dim[${k}]`,
        `is ${dim[k]}; sizes must be positive integers`,
      );
    }
    if (k > 3 && dim[k] !== 1) {
      throw niftiError(
        true,
        `dim[${k}]`,
        `is ${
          dim[k]
        }; time series and vector volumes are not label maps (dims above 3 must be 1)`,
      );
    }
  }
  return dim.slice(1, Math.min(n, 3) + 1);
}

/** NIfTI's rule: slope 0 means no scaling; identity scaling is none either. */
function checkScaling(slope: number, inter: number): NiftiHeader["scaling"] {
  if (slope === 0 || (slope === 1 && inter === 0)) return null;
  if (!Number.isFinite(slope) || !Number.isFinite(inter)) {
    throw niftiError(
      true,
      "scl_slope",
      `and scl_inter must be finite, got ${slope} and ${inter}`,
    );
  }
  return { slope, inter };
}

/** The sform if its code is set, else the qform, else the spacing alone. */
function affineOf(
  r: RawHeader,
  pixdim: number[],
): Pick<NiftiHeader, "affine" | "affineSource"> {
  if (r.sformCode > 0) return { affine: r.srow, affineSource: "sform" };
  const d = [pixdim[0], pixdim[1], pixdim[2] ?? 1];
  if (r.qformCode <= 0) {
    return {
      affine: [d[0], 0, 0, 0, 0, d[1], 0, 0, 0, 0, d[2], 0],
      affineSource: "pixdim",
    };
  }
  const [b, c, dq, x, y, z] = r.quatern;
  const a = Math.sqrt(Math.max(0, 1 - (b * b + c * c + dq * dq)));
  const qfac = r.pixdim[0] < 0 ? -1 : 1;
  const R = [
    [
      a * a + b * b - c * c - dq * dq,
      2 * (b * c - a * dq),
      2 * (b * dq + a * c),
    ],
    [
      2 * (b * c + a * dq),
      a * a + c * c - b * b - dq * dq,
      2 * (c * dq - a * b),
    ],
    [
      2 * (b * dq - a * c),
      2 * (c * dq + a * b),
      a * a + dq * dq - b * b - c * c,
    ],
  ];
  const scale = [d[0], d[1], d[2] * qfac];
  const affine: number[] = [];
  const t = [x, y, z];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) affine.push(R[row][col] * scale[col]);
    affine.push(t[row]);
  }
  return { affine, affineSource: "qform" };
}
