/**
 * PNG label maps for the scoring server and CLI: the header's size, read
 * before any inflation, and the decoding of one-channel images (grayscale
 * levels or palette indices, 1 to 16 bits, plain or Adam7-interlaced): chunks
 * checked (`png_check.ts`), the image stream inflated, bounded
 * (`png_inflate.ts`), then unfiltered and unpacked (`png_pixels.ts`).
 *
 * @module
 */

import { checkLabelPng, streamBytes } from "./png_check.ts";
import {
  defaultInflater,
  inflateImage,
  type PngInflater,
} from "./png_inflate.ts";
import { pixelsOf } from "./png_pixels.ts";
import { JdtRangeError, JdtTypeError } from "../core/errors.ts";
import { startsWithMagic } from "./magic.ts";

/** A decoded label map: one class id per pixel, row-major. */
export interface LabelMap {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Class ids. */
  data: Uint8Array | Uint16Array;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether `bytes` starts with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return startsWithMagic(bytes, PNG_MAGIC);
}

/**
 * Width and height from a PNG's IHDR chunk, read before any decompression so
 * a size limit can refuse a decompression bomb cheaply.
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @returns Width and height.
 */
export function pngSize(
  bytes: Uint8Array,
  field: string,
): { width: number; height: number } {
  if (!isPng(bytes) || bytes.length < 33) {
    throw new JdtTypeError(field, `${field} is not a PNG file`);
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") {
    throw new JdtTypeError(
      field,
      `${field} is a malformed PNG (no IHDR chunk)`,
    );
  }
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** Options of {@link decodeLabelPng}. */
export interface DecodePngOptions {
  /**
   * The inflater to try first: `"native"` (the platform's
   * `DecompressionStream`, the default where it exists) or `"js"`.
   */
  inflater?: PngInflater;
}

/**
 * Decodes a PNG label map: grayscale (1/2/4/8/16 bit) or palette (1/2/4/8
 * bit; the pixel value is the palette index), plain or Adam7-interlaced.
 * Anything else is rejected, and so is a file over `maxPixels`, with a bad
 * chunk CRC, or whose image data inflates to more than its header needs
 * (found while inflating, which stops there: see `png_inflate.ts`).
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxPixels Largest accepted width × height.
 * @param options Which inflater to use.
 * @returns The label map.
 * @throws {JdtTypeError} When the file is not a decodable one-channel PNG.
 * @throws {JdtRangeError} When it is too large or inflates too far.
 */
export async function decodeLabelPng(
  bytes: Uint8Array,
  field: string,
  maxPixels: number,
  options: DecodePngOptions = {},
): Promise<LabelMap> {
  pngSize(bytes, field);
  const { header: h, idat } = checkLabelPng(bytes, field, maxPixels);
  const bad = (why: string) =>
    new JdtTypeError(field, `${field} is a malformed PNG (${why})`);
  const limit = streamBytes(h);
  const r = await inflateImage(
    idat,
    limit,
    options.inflater ?? defaultInflater(),
  );
  if (r.kind === "over") {
    throw new JdtRangeError(
      field,
      `${field} inflates to more than the ${limit} bytes its ${h.width}×${h.height} header needs (a decompression bomb?)`,
    );
  }
  if (r.kind === "corrupt") throw bad(`image data: ${r.why}`);
  if (r.kind === "short") {
    throw bad(`image data ends after ${r.size} of the ${limit} bytes`);
  }
  return { width: h.width, height: h.height, data: pixelsOf(r.data, h, bad) };
}
