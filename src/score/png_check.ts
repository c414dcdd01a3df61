/**
 * The checks a PNG label map passes before its image stream is inflated:
 * every chunk present in full with a correct CRC, one IHDR first, one
 * channel (grayscale or palette) of 1/2/4/8/16 bits, no interlacing or
 * Adam7, a pixel limit, and the exact number of image-stream bytes the
 * header needs. One pass over the file, linear in its size however many
 * chunks it has.
 *
 * @module
 */

import { JdtRangeError, JdtTypeError } from "../core/errors.ts";

/** What IHDR says. */
export interface PngHeader {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Bits per sample. */
  depth: number;
  /** PNG colour type (0 grayscale, 3 palette). */
  colorType: number;
  /** 1 for Adam7, else 0. */
  interlace: number;
}

/** A checked label PNG: its header and its image stream (all IDAT data). */
export interface CheckedPng {
  /** The header. */
  header: PngHeader;
  /** The IDAT chunks' data, concatenated: one zlib stream. */
  idat: Uint8Array<ArrayBuffer>;
}

/** The seven Adam7 passes as [x0, y0, dx, dy]. */
export const ADAM7_PASSES: readonly (readonly number[])[] = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Bytes per row of `width` one-channel pixels of `depth` bits. */
export function rowBytes(width: number, depth: number): number {
  return Math.ceil((width * depth) / 8);
}

/** Bytes of filtered image data (rows with their filter bytes) the header needs. */
export function streamBytes(h: PngHeader): number {
  const rows = (w: number, ht: number) =>
    w > 0 && ht > 0 ? ht * (1 + rowBytes(w, h.depth)) : 0;
  if (!h.interlace) return rows(h.width, h.height);
  let n = 0;
  for (const [x0, y0, dx, dy] of ADAM7_PASSES) {
    n += rows(
      Math.ceil((h.width - x0) / dx),
      Math.ceil((h.height - y0) / dy),
    );
  }
  return n;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 of `bytes[from, to)` (the one PNG chunks carry). */
function crc32(bytes: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) {
    c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Checks a label PNG's chunks and header, and collects its image stream,
 * without inflating anything.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxPixels Largest accepted width × height.
 * @returns The header and the image stream.
 * @throws {JdtTypeError} When the file is not a one-channel PNG, is truncated
 *   or has a chunk with a bad CRC.
 * @throws {JdtRangeError} When it is over `maxPixels`.
 */
export function checkLabelPng(
  bytes: Uint8Array,
  field: string,
  maxPixels: number,
): CheckedPng {
  const bad = (why: string) =>
    new JdtTypeError(field, `${field} is a malformed PNG (${why})`);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: number[] = []; // offset, length, offset, length, ...
  let header: PngHeader | null = null;
  let idatBytes = 0;
  let off = 8;
  for (;;) {
    if (off + 12 > bytes.length) throw bad("truncated before IEND");
    const len = v.getUint32(off);
    const type = String.fromCharCode(
      bytes[off + 4],
      bytes[off + 5],
      bytes[off + 6],
      bytes[off + 7],
    );
    const end = off + 8 + len;
    if (end + 4 > bytes.length) throw bad(`truncated ${type} chunk`);
    if (crc32(bytes, off + 4, end) !== v.getUint32(end)) {
      throw bad(`bad CRC in the ${type} chunk at byte ${off}`);
    }
    if ((header === null) !== (type === "IHDR")) {
      throw bad(header === null ? "no IHDR chunk first" : "a second IHDR");
    }
    if (type === "IHDR") {
      header = readHeader(bytes.subarray(off + 8, end), field, maxPixels, bad);
    } else if (type === "IDAT") {
      idat.push(off + 8, len);
      idatBytes += len;
    }
    off = end + 4;
    if (type === "IEND") break;
  }
  const stream = new Uint8Array(idatBytes);
  for (let k = 0, o = 0; k < idat.length; o += idat[k + 1], k += 2) {
    stream.set(bytes.subarray(idat[k], idat[k] + idat[k + 1]), o);
  }
  return { header: header!, idat: stream };
}

function readHeader(
  data: Uint8Array,
  field: string,
  maxPixels: number,
  bad: (why: string) => Error,
): PngHeader {
  if (data.length !== 13) throw bad("IHDR is not 13 bytes");
  const v = new DataView(data.buffer, data.byteOffset, 13);
  const h: PngHeader = {
    width: v.getUint32(0),
    height: v.getUint32(4),
    depth: data[8],
    colorType: data[9],
    interlace: data[12],
  };
  if (h.colorType !== 0 && h.colorType !== 3) {
    const channels = { 2: 3, 4: 2, 6: 4 }[h.colorType] ??
      "an unknown number of";
    throw new JdtTypeError(
      field,
      `${field} must be a grayscale or palette PNG (one channel), got ${channels} channels`,
    );
  }
  const depths = h.colorType === 0 ? [1, 2, 4, 8, 16] : [1, 2, 4, 8];
  if (!depths.includes(h.depth) || h.interlace > 1) {
    throw bad(`bit depth ${h.depth}, interlace ${h.interlace}`);
  }
  if (data[10] !== 0 || data[11] !== 0) {
    throw bad(`compression method ${data[10]}, filter method ${data[11]}`);
  }
  if (h.width === 0 || h.height === 0) throw bad("zero width or height");
  if (h.width * h.height > maxPixels) {
    throw new JdtRangeError(
      field,
      `${field} has ${
        h.width * h.height
      } pixels, over the limit of ${maxPixels}`,
    );
  }
  return h;
}
