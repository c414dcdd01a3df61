/**
 * The prediction grid of the training example: one row per held-out image,
 * columns input, majority vote, averaged soft labels, then each method's
 * predicted probabilities, colours mixed by probability.
 *
 * @module
 */

import { encode } from "npm:fast-png@8.0.0";
import { C, S } from "./data.ts";
import type { Split } from "./data.ts";

const COLORS = [[20, 20, 28], [240, 150, 30], [40, 190, 230]];
const Z = 3, GAP = 3;

/** A cell colour for pixel `p` of row `r`. */
type Column = (r: number, p: number) => number[];

/** Colour of a pixel from its class probabilities (a mix of the class colours). */
function mix(v: ArrayLike<number>, at: number): number[] {
  const rgb = [0, 0, 0];
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < 3; k++) rgb[k] += v[at * C + c] * COLORS[c][k];
  }
  return rgb;
}

function paint(columns: Column[], rows: number) {
  const cell = S * Z;
  const width = columns.length * (cell + GAP) + GAP;
  const height = rows * (cell + GAP) + GAP;
  const data = new Uint8Array(width * height * 3).fill(255);
  for (let r = 0; r < rows; r++) {
    columns.forEach((col, ci) => {
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const rgb = col(r, Math.floor(y / Z) * S + Math.floor(x / Z));
          const o = ((GAP + r * (cell + GAP) + y) * width + GAP +
            ci * (cell + GAP) + x) * 3;
          for (let k = 0; k < 3; k++) {
            data[o + k] = Math.max(0, Math.min(255, Math.round(rgb[k])));
          }
        }
      }
    });
  }
  return encode({ width, height, data, channels: 3, depth: 8 }, {
    zlib: { level: 9 },
  });
}

/**
 * Encodes the grid as a PNG.
 *
 * @param test The held-out split.
 * @param predictions Each method's probabilities `[B, S, S, C]` on it.
 * @param rows How many images (rows) to draw.
 * @returns The PNG file's bytes.
 */
export function predictionGrid(
  test: Split,
  predictions: Float32Array[],
  rows: number,
): Uint8Array {
  const columns: Column[] = [
    (r, p) => {
      const v = 255 *
        Math.max(0, Math.min(1, (test.images[r * S * S + p] + 0.3) / 1.6));
      return [v, v, v];
    },
    (r, p) => COLORS[test.majority[r * S * S + p]],
    (r, p) => mix(test.soft, r * S * S + p),
    ...predictions.map((probs): Column => (r, p) => mix(probs, r * S * S + p)),
  ];
  return paint(columns, rows);
}
