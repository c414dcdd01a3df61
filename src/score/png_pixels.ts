/**
 * From a PNG's inflated image stream to one value per pixel: the row filters
 * reversed in place, Adam7 passes put back on the full grid, and samples of
 * 1/2/4 bits unpacked and of 16 bits read big-endian (one channel: gray
 * level or palette index).
 *
 * @module
 */

import { ADAM7_PASSES, type PngHeader, rowBytes } from "./png_check.ts";

/** A (sub)image of the stream: its scanlines and where its pixels go. */
interface Pass {
  /** Offset of its first scanline (filter byte) in the stream. */
  at: number;
  /** Pixels per row. */
  cols: number;
  /** Rows. */
  rows: number;
  /** Its Adam7 pass number (1 to 7), 0 for a plain image. */
  pass: number;
  /** Grid position of its first pixel and the steps between pixels. */
  x0: number;
  y0: number;
  dx: number;
  dy: number;
}

/** The passes of the stream: one for a plain image, up to seven for Adam7. */
function passesOf(h: PngHeader): Pass[] {
  if (!h.interlace) {
    const { width: cols, height: rows } = h;
    return [{ at: 0, cols, rows, pass: 0, x0: 0, y0: 0, dx: 1, dy: 1 }];
  }
  const out: Pass[] = [];
  let at = 0;
  for (let k = 0; k < ADAM7_PASSES.length; k++) {
    const [x0, y0, dx, dy] = ADAM7_PASSES[k];
    const cols = Math.ceil((h.width - x0) / dx);
    const rows = Math.ceil((h.height - y0) / dy);
    if (cols <= 0 || rows <= 0) continue; // an empty pass has no bytes
    out.push({ at, cols, rows, pass: k + 1, x0, y0, dx, dy });
    at += rows * (1 + rowBytes(cols, h.depth));
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Reverses the filters of `rows` scanlines of `len` bytes each (after their
 * filter byte) from `at`, in place; `bpp` bytes per pixel (1 below 8 bits).
 * Returns the first row with an unknown filter type, or -1.
 */
export function unfilter(
  s: Uint8Array,
  at: number,
  rows: number,
  len: number,
  bpp: number,
): number {
  for (let r = 0; r < rows; r++) {
    const f = at + r * (len + 1), o = f + 1, u = o - len - 1; // u: row above
    const up = r > 0;
    switch (s[f]) {
      case 0:
        break;
      case 1:
        for (let i = bpp; i < len; i++) s[o + i] += s[o + i - bpp];
        break;
      case 2:
        if (up) { for (let i = 0; i < len; i++) s[o + i] += s[u + i]; }
        break;
      case 3:
        for (let i = 0; i < len; i++) {
          const a = i >= bpp ? s[o + i - bpp] : 0, b = up ? s[u + i] : 0;
          s[o + i] += (a + b) >> 1;
        }
        break;
      case 4:
        for (let i = 0; i < len; i++) {
          const a = i >= bpp ? s[o + i - bpp] : 0, b = up ? s[u + i] : 0;
          const c = up && i >= bpp ? s[u + i - bpp] : 0;
          s[o + i] += paeth(a, b, c);
        }
        break;
      default:
        return r;
    }
  }
  return -1;
}

/** Writes the samples of an unfiltered pass onto the grid of `ids`. */
function place(
  s: Uint8Array,
  p: Pass,
  depth: number,
  ids: Uint8Array | Uint16Array,
  width: number,
): void {
  const len = rowBytes(p.cols, depth);
  const mask = (1 << depth) - 1;
  for (let r = 0; r < p.rows; r++) {
    const o = p.at + r * (len + 1) + 1;
    const to = (p.y0 + r * p.dy) * width + p.x0;
    if (depth === 8 && p.dx === 1) ids.set(s.subarray(o, o + len), to);
    else if (depth === 8) {
      for (let x = 0; x < p.cols; x++) ids[to + x * p.dx] = s[o + x];
    } else if (depth === 16) {
      for (let x = 0; x < p.cols; x++) {
        ids[to + x * p.dx] = (s[o + 2 * x] << 8) | s[o + 2 * x + 1];
      }
    } else {
      for (let x = 0; x < p.cols; x++) {
        const bit = x * depth;
        ids[to + x * p.dx] = (s[o + (bit >> 3)] >> (8 - depth - (bit & 7))) &
          mask;
      }
    }
  }
}

/**
 * The pixel values of an inflated image stream of exactly
 * `streamBytes(h)` bytes (it is unfiltered in place).
 *
 * @param stream The inflated stream.
 * @param h The header.
 * @param bad Makes the error for a malformed stream.
 * @returns One value per pixel, row-major (16-bit for 16-bit images).
 */
export function pixelsOf(
  stream: Uint8Array,
  h: PngHeader,
  bad: (why: string) => Error,
): Uint8Array | Uint16Array {
  const ids = h.depth === 16
    ? new Uint16Array(h.width * h.height)
    : new Uint8Array(h.width * h.height);
  const bpp = Math.max(1, h.depth / 8);
  for (const p of passesOf(h)) {
    const len = rowBytes(p.cols, h.depth);
    const row = unfilter(stream, p.at, p.rows, len, bpp);
    if (row >= 0) {
      const type = stream[p.at + row * (len + 1)];
      const where = p.pass ? ` of Adam7 pass ${p.pass}` : "";
      throw bad(`unknown filter type ${type} in row ${row}${where}`);
    }
    place(stream, p, h.depth, ids, h.width);
  }
  return ids;
}
