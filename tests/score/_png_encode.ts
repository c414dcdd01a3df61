/**
 * A PNG encoder for the tests, written from the PNG specification and
 * independent of the decoder under test: any bit depth of grayscale or
 * palette images, Adam7 interlacing, every filter type (cycled row by row),
 * deflate by `node:zlib`, and the image stream split into IDAT chunks of a
 * chosen size.
 */
import { deflateSync } from "node:zlib";
import { concat, pngChunk } from "../_score_files.ts";

export { concat, pngChunk };

/** What to encode: one value per pixel (palette index or gray level). */
export interface TestImage {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Bits per pixel: 1, 2, 4, 8 or 16 (palette: up to 8). */
  depth: number;
  /** 0 grayscale, 3 palette. */
  colorType: 0 | 3;
  /** Adam7 interlacing. */
  interlace: boolean;
  /** Row-major values, each below 2^depth. */
  values: ArrayLike<number>;
  /** Bytes per IDAT chunk (default: one chunk). */
  idatSize?: number;
}

/** The seven Adam7 passes as [x0, y0, dx, dy] (PNG spec, section 8.2). */
export const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Packs one row of values MSB first (16-bit big-endian). */
function packRow(values: number[], depth: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((values.length * depth) / 8));
  values.forEach((v, x) => {
    if (depth === 16) {
      out[2 * x] = v >> 8;
      out[2 * x + 1] = v & 0xff;
    } else if (depth === 8) out[x] = v;
    else {
      const bit = x * depth;
      out[bit >> 3] |= v << (8 - depth - (bit & 7));
    }
  });
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Filters `row` (previous row `up`) with filter `type`, bytes per pixel `bpp`. */
function filterRow(
  type: number,
  row: Uint8Array,
  up: Uint8Array,
  bpp: number,
): Uint8Array {
  const out = new Uint8Array(1 + row.length);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp] : 0, b = up[i];
    const c = i >= bpp ? up[i - bpp] : 0;
    const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
    out[1 + i] = (row[i] - pred) & 0xff;
  }
  return out;
}

/** The filtered scanlines of one (sub)image given by its pixel positions. */
function scanlines(
  img: TestImage,
  xs: number[],
  ys: number[],
  rowIndex: { n: number },
): Uint8Array[] {
  const bpp = Math.max(1, img.depth / 8);
  const out: Uint8Array[] = [];
  let up: Uint8Array = new Uint8Array(Math.ceil((xs.length * img.depth) / 8));
  for (const y of ys) {
    const row = packRow(
      xs.map((x) => img.values[y * img.width + x]),
      img.depth,
    );
    out.push(filterRow(rowIndex.n++ % 5, row, up, bpp));
    up = row;
  }
  return out;
}

/** The uncompressed image stream: filtered scanlines, per pass if interlaced. */
export function imageStream(img: TestImage): Uint8Array {
  const range = (from: number, to: number, step: number) => {
    const r: number[] = [];
    for (let i = from; i < to; i += step) r.push(i);
    return r;
  };
  const rowIndex = { n: 0 };
  if (!img.interlace) {
    return concat(scanlines(
      img,
      range(0, img.width, 1),
      range(0, img.height, 1),
      rowIndex,
    ));
  }
  const parts: Uint8Array[] = [];
  for (const [x0, y0, dx, dy] of ADAM7) {
    const xs = range(x0, img.width, dx), ys = range(y0, img.height, dy);
    if (xs.length && ys.length) {
      parts.push(...scanlines(img, xs, ys, rowIndex));
    }
  }
  return concat(parts);
}

/** A complete PNG file of `img`. */
export function encodeTestPng(img: TestImage): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, img.width);
  v.setUint32(4, img.height);
  ihdr.set([img.depth, img.colorType, 0, 0, img.interlace ? 1 : 0], 8);
  const z = new Uint8Array(deflateSync(imageStream(img)));
  const size = img.idatSize ?? z.length;
  const idats: Uint8Array[] = [];
  for (let i = 0; i < z.length; i += size) {
    idats.push(pngChunk("IDAT", z.subarray(i, i + size)));
  }
  const plte = img.colorType === 3
    ? [pngChunk("PLTE", new Uint8Array(3 << img.depth).map((_, i) => i))]
    : [];
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    ...plte,
    ...idats,
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}
