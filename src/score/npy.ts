/**
 * `.npy` float probability arrays `[C, H, W]` for the scoring server and CLI:
 * the reader (header parsed by `npy_header.ts`) and a writer of version 1.0
 * files.
 *
 * @module
 */

import { parseNpyHeader } from "./npy_header.ts";
import { JdtRangeError, JdtTypeError } from "../core/errors.ts";
import { quote } from "../core/errors.ts";
import { startsWithMagic } from "./magic.ts";

/** A decoded `.npy` probability array `[C, H, W]`. */
export interface ProbMap {
  /** `[C, H, W]`. */
  shape: [number, number, number];
  /** Probabilities, channel-first. */
  data: Float32Array;
}

const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

/**
 * Longest header read, in bytes: numpy's own default bound
 * (`max_header_size`); `numpy.save` writes about 128 bytes for `[C, H, W]`.
 */
export const NPY_MAX_HEADER_BYTES = 10_000;

/** Whether `bytes` starts with the `.npy` magic string. */
export function isNpy(bytes: Uint8Array): boolean {
  return startsWithMagic(bytes, NPY_MAGIC);
}

/**
 * Parses a `.npy` file holding a float32 or float64 array `[C, H, W]` in C
 * order (little-endian), as written by `numpy.save`.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxValues Largest accepted C·H·W.
 * @returns The array as float32.
 * @throws {JdtTypeError} When the file is not such an array.
 */
export function parseNpy(
  bytes: Uint8Array,
  field: string,
  maxValues: number = Infinity,
): ProbMap {
  const bad = (why: string) =>
    new JdtTypeError(field, `${field} is not a valid .npy file: ${why}`);
  if (!isNpy(bytes) || bytes.length < 10) {
    throw bad("no NUMPY magic");
  }
  const major = bytes[6];
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = v.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw bad("truncated header");
    headerLen = v.getUint32(8, true);
    start = 12;
  } else {
    throw bad(`unknown version ${major}`);
  }
  if (headerLen > NPY_MAX_HEADER_BYTES) {
    throw bad(
      `header of ${headerLen} bytes is over numpy's limit of ${NPY_MAX_HEADER_BYTES}`,
    );
  }
  if (start + headerLen > bytes.length) throw bad("truncated header");
  let header;
  try {
    header = parseNpyHeader(
      new TextDecoder("latin1").decode(
        bytes.subarray(start, start + headerLen),
      ),
      3,
    );
  } catch (e) {
    throw bad(`header: ${(e as Error).message}`);
  }
  if (header.fortranOrder) throw bad("fortran_order arrays are not supported");
  const descr = header.descr;
  const size = descr === "<f4" ? 4 : descr === "<f8" ? 8 : 0;
  if (size === 0) {
    throw bad(`dtype must be '<f4' or '<f8', got ${quote(descr)}`);
  }
  const dims = header.shape;
  if (
    dims.length !== 3 || !dims.every((d) => Number.isSafeInteger(d) && d > 0)
  ) {
    throw bad(`shape must be (C, H, W), got (${dims})`);
  }
  const count = dims[0] * dims[1] * dims[2];
  if (count > maxValues) {
    throw new JdtRangeError(
      field,
      `${field} holds ${count} values, over the limit of ${maxValues}`,
    );
  }
  const off = start + headerLen;
  if (bytes.length - off !== count * size) {
    throw bad(
      `data holds ${bytes.length - off} bytes, shape (${dims}) needs ${
        count * size
      }`,
    );
  }
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    data[i] = size === 4
      ? v.getFloat32(off + 4 * i, true)
      : v.getFloat64(off + 8 * i, true);
  }
  return { shape: dims as [number, number, number], data };
}

/**
 * Writes a float32 `[C, H, W]` array as `.npy` (version 1.0).
 *
 * @param data Values, C order.
 * @param shape `[C, H, W]`.
 * @returns The file's bytes.
 */
export function encodeNpy(
  data: Float32Array,
  shape: readonly number[],
): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${
    shape.join(", ")
  }), }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += " ".repeat(pad % 64) + "\n";
  const out = new Uint8Array(10 + header.length + data.length * 4);
  out.set(NPY_MAGIC);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  const v = new DataView(out.buffer, 10 + header.length);
  for (let i = 0; i < data.length; i++) v.setFloat32(4 * i, data[i], true);
  return out;
}
