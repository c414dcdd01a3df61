/**
 * PNG label maps for the scoring server and CLI: the header's size, read
 * before any inflation, and the decoding of 8/16-bit grayscale or palette
 * indices (1/2/4-bit unpacked), after the bounded checks of `png_check.ts`.
 *
 * @module
 */

import { decode } from "npm:fast-png@8.0.0";
import { checkLabelPng } from "./png_check.ts";
import { JdtTypeError } from "../../mod.ts";

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
  return bytes.length >= PNG_MAGIC.length &&
    PNG_MAGIC.every((b, i) => bytes[i] === b);
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

/**
 * Decodes a PNG label map: grayscale (8 or 16 bit, also 1/2/4) or palette
 * (the pixel value is the palette index). Anything else is rejected, and so
 * is a file over `maxPixels`, with a bad chunk CRC, or whose image data
 * inflates to more than its header needs (checked before decoding, see
 * {@link checkLabelPng}).
 *
 * @param bytes The file.
 * @param field Name of the field, for errors.
 * @param maxPixels Largest accepted width × height.
 * @returns The label map.
 * @throws {JdtTypeError} When the file is not a decodable one-channel PNG.
 * @throws {JdtRangeError} When it is too large or inflates too far.
 */
export function decodeLabelPng(
  bytes: Uint8Array,
  field: string,
  maxPixels: number,
): LabelMap {
  pngSize(bytes, field);
  checkLabelPng(bytes, field, maxPixels);
  let img;
  try {
    img = decode(bytes, { checkCrc: true });
  } catch (e) {
    throw new JdtTypeError(
      field,
      `${field} is a malformed PNG: ${(e as Error).message}`,
    );
  }
  const { width, height, depth, channels } = img;
  if (channels !== 1) {
    throw new JdtTypeError(
      field,
      `${field} must be a grayscale or palette PNG (one channel), got ${channels} channels`,
    );
  }
  const n = width * height;
  let data: Uint8Array | Uint16Array;
  if (depth === 8 || depth === 16) {
    data = img.data as Uint8Array | Uint16Array;
  } else {
    // 1, 2 or 4 bits per pixel, rows padded to whole bytes.
    const packed = img.data as Uint8Array;
    const rowBytes = Math.ceil((width * depth) / 8);
    const mask = (1 << depth) - 1;
    data = new Uint8Array(n);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = x * depth;
        const byte = packed[y * rowBytes + (bit >> 3)];
        data[y * width + x] = (byte >> (8 - depth - (bit & 7))) & mask;
      }
    }
  }
  if (data.length !== n) {
    throw new JdtTypeError(field, `${field} is a malformed PNG (short data)`);
  }
  return { width, height, data };
}
