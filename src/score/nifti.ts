/**
 * A reader of NIfTI label volumes (`.nii` and `.nii.gz`, NIfTI-1 and
 * NIfTI-2, either byte order) for scoring: class ids with their shape,
 * spacing and affine, in the row-major layout `boundaryMetrics` takes.
 *
 * Why not `nifti-reader-js`: it inflates the whole `.nii.gz` before it
 * reads the header (so a gzip bomb costs its full size), and pulls in its
 * own inflater; this reader checks the voxel count from the header before
 * the body is inflated and stops inflating at the byte count the header
 * declares, with the platform's `DecompressionStream`.
 *
 * Layout: NIfTI stores i fastest, then j, then k; read as row-major that is
 * shape `[k, j, i]` (`[j, i]` for 2-D) with spacing `[dk, dj, di]`, so the
 * voxels are used as they are, without a transpose.
 *
 * @module
 */
import { JdtRangeError, show } from "../core/errors.ts";
import { chunkedStream, inflateBounded, isGzip } from "./nifti_gzip.ts";
import {
  NIFTI_HEADER_BYTES,
  NIFTI_TYPES,
  niftiError,
  type NiftiHeader,
  parseNiftiHeader,
} from "./nifti_header.ts";

/** A label volume read from NIfTI. */
export interface NiftiVolume {
  /** Class id per voxel, row-major over `shape` (float and scaled files come as Int32Array). */
  data:
    | Uint8Array
    | Int8Array
    | Uint16Array
    | Int16Array
    | Uint32Array
    | Int32Array;
  /** Row-major dimensions: `[k, j, i]` (3-D) or `[j, i]` (2-D). */
  shape: number[];
  /** Voxel size per entry of `shape` (from `pixdim`). */
  spacing: number[];
  /** Voxel (i, j, k) → world affine, 3 rows of 4, row-major. */
  affine: number[];
  /** Where the affine came from. */
  affineSource: "sform" | "qform" | "pixdim";
  /** 1 or 2. */
  version: 1 | 2;
  /** The stored voxel type ("uint8", "int16", ...). */
  datatype: string;
}

/** Options of {@link readNifti}. */
export interface NiftiReadOptions {
  /** Largest voxel count accepted, checked from the header before the body is read (default 2^27). */
  maxVoxels?: number;
}

/** Default voxel limit: 2^27 (a 512×512×512 volume). */
export const NIFTI_MAX_VOXELS = 2 ** 27;

/**
 * Reads a NIfTI label volume.
 *
 * @param bytes The file (`.nii`, or `.nii.gz` by its gzip magic).
 * @param options `maxVoxels`.
 * @returns The volume.
 * @throws {JdtTypeError | JdtRangeError} On a truncated, lying or unsupported file, naming the field.
 * @example
 * ```ts
 * import { readNifti } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * // A 3×2 uint8 NIfTI-1 image, little-endian, pixdim 0.5 × 2.
 * const file = new Uint8Array(352 + 6);
 * const v = new DataView(file.buffer);
 * v.setInt32(0, 348, true);
 * [2, 3, 2, 1, 1, 1, 1, 1].forEach((d, k) => v.setInt16(40 + 2 * k, d, true));
 * v.setInt16(70, 2, true); // uint8
 * v.setInt16(72, 8, true);
 * [1, 0.5, 2].forEach((p, k) => v.setFloat32(76 + 4 * k, p, true));
 * v.setFloat32(108, 352, true);
 * file.set([0x6e, 0x2b, 0x31, 0], 344); // "n+1"
 * file.set([0, 1, 2, 0, 1, 1], 352);
 * const vol = await readNifti(file);
 * assert.deepEqual(vol.shape, [2, 3]);
 * assert.deepEqual(vol.spacing, [2, 0.5]);
 * assert.deepEqual([...vol.data], [0, 1, 2, 0, 1, 1]);
 * ```
 */
export async function readNifti(
  bytes: Uint8Array,
  options: NiftiReadOptions = {},
): Promise<NiftiVolume> {
  if (!(bytes instanceof Uint8Array)) {
    throw niftiError(false, "file", "must be a Uint8Array of the file's bytes");
  }
  const maxVoxels = options.maxVoxels ?? NIFTI_MAX_VOXELS;
  if (!Number.isSafeInteger(maxVoxels) || maxVoxels < 1) {
    throw new JdtRangeError(
      "options.maxVoxels",
      `Cannot read NIfTI: options.maxVoxels must be a positive integer, got ${
        show(maxVoxels)
      }`,
    );
  }
  let header: NiftiHeader | null = null;
  const total = (head: Uint8Array) => {
    header = parseNiftiHeader(head);
    return bodyEnd(header, maxVoxels);
  };
  let file: Uint8Array;
  if (isGzip(bytes)) {
    file = await inflateBounded(
      chunkedStream(bytes),
      NIFTI_HEADER_BYTES,
      total,
    );
  } else {
    const need = total(bytes.subarray(0, NIFTI_HEADER_BYTES));
    if (bytes.length < need) {
      throw niftiError(
        false,
        "file",
        `is truncated: the header needs ${need} bytes, the file has ${bytes.length}`,
      );
    }
    file = bytes;
  }
  return volumeOf(header!, file);
}

/** Where the voxels end, after checking the count against the limit. */
function bodyEnd(h: NiftiHeader, maxVoxels: number): number {
  const count = h.dims.reduce((a, b) => a * b, 1);
  if (count > maxVoxels) {
    throw niftiError(
      true,
      "dim",
      `declares ${
        h.dims.join("×")
      } = ${count} voxels, more than the limit of ${maxVoxels}`,
    );
  }
  return h.voxOffset + count * NIFTI_TYPES[h.datatype].bytes;
}

function volumeOf(h: NiftiHeader, file: Uint8Array): NiftiVolume {
  const dims = [...h.dims].reverse();
  return {
    data: decodeVoxels(h, file),
    shape: dims,
    spacing: [...h.pixdim].reverse(),
    affine: h.affine,
    affineSource: h.affineSource,
    version: h.version,
    datatype: NIFTI_TYPES[h.datatype].name,
  };
}

/** The voxels as class ids, in the file's byte order, scaled if asked; non-integral values refused. */
function decodeVoxels(h: NiftiHeader, file: Uint8Array): NiftiVolume["data"] {
  const count = h.dims.reduce((a, b) => a * b, 1);
  const view = new DataView(
    file.buffer,
    file.byteOffset + h.voxOffset,
    count * NIFTI_TYPES[h.datatype].bytes,
  );
  const le = h.littleEndian;
  const name = NIFTI_TYPES[h.datatype].name;
  const read: (i: number) => number = {
    uint8: (i: number) => view.getUint8(i),
    int8: (i: number) => view.getInt8(i),
    int16: (i: number) => view.getInt16(2 * i, le),
    uint16: (i: number) => view.getUint16(2 * i, le),
    int32: (i: number) => view.getInt32(4 * i, le),
    uint32: (i: number) => view.getUint32(4 * i, le),
    float32: (i: number) => view.getFloat32(4 * i, le),
    float64: (i: number) => view.getFloat64(8 * i, le),
  }[name]!;
  const float = name.startsWith("float");
  if (!float && h.scaling === null) {
    const out = newIntArray(name, count);
    for (let i = 0; i < count; i++) out[i] = read(i);
    return out;
  }
  const { slope, inter } = h.scaling ?? { slope: 1, inter: 0 };
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const x = read(i) * slope + inter;
    if (!Number.isInteger(x) || x < -(2 ** 31) || x >= 2 ** 31) {
      throw niftiError(
        true,
        "voxels",
        `hold ${x} at voxel ${i}${
          h.scaling ? " (after scl_slope/scl_inter)" : ""
        }; a label volume holds integer class ids`,
      );
    }
    out[i] = x;
  }
  return out;
}

function newIntArray(name: string, n: number): NiftiVolume["data"] {
  switch (name) {
    case "uint8":
      return new Uint8Array(n);
    case "int8":
      return new Int8Array(n);
    case "int16":
      return new Int16Array(n);
    case "uint16":
      return new Uint16Array(n);
    case "uint32":
      return new Uint32Array(n);
    default:
      return new Int32Array(n);
  }
}

/**
 * Throws unless two volumes (prediction and label) have the same shape,
 * spacing and affine (within `tolerance`, absolute, in the affine's units).
 *
 * @param pred The prediction volume.
 * @param label The label volume.
 * @param tolerance Largest difference accepted per spacing or affine entry (default 1e-4).
 * @throws {JdtRangeError} Naming `label.shape`, `label.spacing` or `label.affine`, with both values.
 * @example
 * ```ts
 * import { checkSameGeometry } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const a = { shape: [2, 3], spacing: [1, 1], affine: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] };
 * checkSameGeometry(a, { ...a });
 * assert.throws(() => checkSameGeometry(a, { ...a, spacing: [1, 2] }), /label.spacing/);
 * ```
 */
export function checkSameGeometry(
  pred: Pick<NiftiVolume, "shape" | "spacing" | "affine">,
  label: Pick<NiftiVolume, "shape" | "spacing" | "affine">,
  tolerance = 1e-4,
): void {
  const fields = [
    ["shape", 0],
    ["spacing", tolerance],
    ["affine", tolerance],
  ] as const;
  for (const [field, tol] of fields) {
    const a = pred[field];
    const b = label[field];
    if (
      a.length !== b.length || a.some((x, k) => !(Math.abs(x - b[k]) <= tol))
    ) {
      throw new JdtRangeError(
        `label.${field}`,
        `Cannot score NIfTI volumes: label.${field} [${
          b.join(", ")
        }] differs from the prediction's [${a.join(", ")}]`,
      );
    }
  }
}
