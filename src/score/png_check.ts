/**
 * The checks a PNG label map passes before it is decoded: one channel
 * (grayscale or palette), a pixel limit read from IHDR, and an image stream
 * that inflates to no more than the header's size. Inflation runs in small
 * slices and stops as soon as the output passes `height × (1 + row bytes)`
 * (per Adam7 pass for interlaced files), so a decompression bomb costs at
 * most the work and memory of one honest image.
 *
 * @module
 */

import { Unzlib } from "npm:fflate@0.8.3";
import { JdtRangeError, JdtTypeError } from "../core/errors.ts";

/** What IHDR says. */
export interface PngHeader {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Bits per sample. */
  depth: number;
  /** PNG colour type (0 grayscale, 3 palette, ...). */
  colorType: number;
  /** 1 for Adam7, else 0. */
  interlace: number;
}

const SLICE = 4096; // input bytes per inflate step: at most ~4 MiB out

/** Bytes of filtered image data the header needs. */
export function streamBytes(h: PngHeader): number {
  const bits = h.depth; // one channel
  const rows = (w: number, ht: number) =>
    w > 0 && ht > 0 ? ht * (1 + Math.ceil((w * bits) / 8)) : 0;
  if (!h.interlace) return rows(h.width, h.height);
  // Adam7: [x0, y0, dx, dy] of the seven passes.
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  let n = 0;
  for (const [x0, y0, dx, dy] of passes) {
    n += rows(
      Math.ceil((h.width - x0) / dx),
      Math.ceil((h.height - y0) / dy),
    );
  }
  return n;
}

/**
 * Checks a label PNG's structure and bounds without decoding it.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxPixels Largest accepted width × height.
 * @returns The header.
 * @throws {JdtTypeError} When the file is not a one-channel PNG or is truncated.
 * @throws {JdtRangeError} When it is over `maxPixels` or inflates to more
 *   than its header needs.
 */
export function checkLabelPng(
  bytes: Uint8Array,
  field: string,
  maxPixels: number,
): PngHeader {
  const bad = (why: string) =>
    new JdtTypeError(field, `${field} is a malformed PNG (${why})`);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let header: PngHeader | null = null;
  let off = 8;
  for (;;) {
    if (off + 12 > bytes.length) throw bad("truncated before IEND");
    const len = v.getUint32(off);
    const type = String.fromCharCode(...bytes.subarray(off + 4, off + 8));
    if (off + 12 + len > bytes.length) throw bad(`truncated ${type} chunk`);
    const data = bytes.subarray(off + 8, off + 8 + len);
    if (header === null && type !== "IHDR") throw bad("no IHDR chunk");
    if (type === "IHDR") header = readHeader(data, field, maxPixels, bad);
    else if (type === "IDAT") idat.push(data);
    off += 12 + len;
    if (type === "IEND") break;
  }
  const limit = streamBytes(header!);
  if (inflatedSize(idat, limit, bad) > limit) {
    throw new JdtRangeError(
      field,
      `${field} inflates to more than the ${limit} bytes its ${header!.width}×${
        header!.height
      } header needs (a decompression bomb?)`,
    );
  }
  return header!;
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
  if (![1, 2, 4, 8, 16].includes(h.depth) || h.interlace > 1) {
    throw bad(`bit depth ${h.depth}, interlace ${h.interlace}`);
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

/** Inflates the IDAT data in slices; returns the size, stopping past `limit`. */
function inflatedSize(
  idat: Uint8Array[],
  limit: number,
  bad: (why: string) => Error,
): number {
  let size = 0;
  const z = new Unzlib((chunk) => {
    size += chunk.length;
  });
  try {
    for (let k = 0; k < idat.length && size <= limit; k++) {
      const d = idat[k];
      for (let i = 0; i < d.length && size <= limit; i += SLICE) {
        z.push(d.subarray(i, i + SLICE), false);
      }
    }
    if (size <= limit) z.push(new Uint8Array(0), true);
  } catch (e) {
    throw bad(`image data: ${(e as Error).message}`);
  }
  return size;
}
