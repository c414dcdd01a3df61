/**
 * The synthetic segmentation task of the training example: blurred, noisy
 * 32×32 images with a disk and a bar, labelled by five simulated annotators
 * who grow or shrink every shape by a personal bias, so they disagree at the
 * borders.
 *
 * @module
 */

import { averageAnnotators } from "../../mod.ts";

/** Image side. */
export const S = 32;
/** Classes: background, disk, bar. */
export const C = 3;
/** Simulated annotators. */
export const ANNOTATORS = 5;

interface Shapes {
  cx: number;
  cy: number;
  r: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A set of images with their labels. */
export interface Split {
  /** The images, `[B, S, S]`. */
  images: Float32Array;
  /** The annotators' majority vote, `[B, S, S]` (a tie goes to the lower class id). */
  majority: Int32Array;
  /** The annotators' averaged one-hot labels, `[B, S, S, C]`. */
  soft: Float32Array;
}

/** Class of pixel (x, y) for the shapes grown by `grow` pixels. */
function classAt(s: Shapes, x: number, y: number, grow: number): number {
  if (
    x >= s.x0 - grow && x <= s.x1 + grow && y >= s.y0 - grow && y <= s.y1 + grow
  ) return 2;
  if (Math.hypot(x - s.cx, y - s.cy) <= s.r + grow) return 1;
  return 0;
}

function randomShapes(rand: () => number): Shapes {
  const w = 4 + rand() * 4, h = 8 + rand() * 12;
  const x0 = 2 + rand() * (S - w - 4), y0 = 2 + rand() * (S - h - 4);
  return {
    cx: 6 + rand() * (S - 12),
    cy: 6 + rand() * (S - 12),
    r: 4 + rand() * 6,
    x0,
    x1: x0 + w,
    y0,
    y1: y0 + h,
  };
}

/** Class intensities (0.5, 1, 0), a 3×3 binomial blur, then Gaussian noise (σ 0.15). */
function drawImage(s: Shapes, out: Float32Array, rand: () => number): void {
  const level = [0.5, 1, 0];
  const sharp = new Float64Array(S * S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      sharp[y * S + x] = level[classAt(s, x + 0.5, y + 0.5, 0)];
    }
  }
  const gauss = () => {
    const u = Math.max(rand(), 1e-12), v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      let acc = 0, wsum = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy, xx = x + dx;
          if (yy < 0 || yy >= S || xx < 0 || xx >= S) continue;
          const k = (2 - Math.abs(dx)) * (2 - Math.abs(dy));
          acc += k * sharp[yy * S + xx];
          wsum += k;
        }
      }
      out[y * S + x] = acc / wsum + 0.15 * gauss();
    }
  }
}

/**
 * Annotator `a` grows every shape by its bias (−2 to +2 px) plus per-image
 * jitter and shifts it by up to 0.8 px.
 */
function annotate(
  s: Shapes,
  a: number,
  out: Uint8Array,
  rand: () => number,
): void {
  const bias = -2 + 4 * a / (ANNOTATORS - 1);
  const grow = bias + 0.4 * (rand() - 0.5);
  const dx = 0.8 * (rand() * 2 - 1), dy = 0.8 * (rand() * 2 - 1);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      out[y * S + x] = classAt(s, x + 0.5 - dx, y + 0.5 - dy, grow);
    }
  }
}

/** The most frequent class of each pixel's soft label; a tie goes to the lower id. */
function majorityVote(soft: Float32Array): Int32Array {
  const majority = new Int32Array(soft.length / C);
  for (let i = 0; i < majority.length; i++) {
    let best = 0;
    for (let c = 1; c < C; c++) {
      if (soft[i * C + c] > soft[i * C + best]) best = c;
    }
    majority[i] = best;
  }
  return majority;
}

/** `count` images with their annotations, drawn from `rand`. */
export function makeSplit(count: number, rand: () => number): Split {
  const images = new Float32Array(count * S * S);
  const annotations = Array.from(
    { length: ANNOTATORS },
    () => new Uint8Array(count * S * S),
  );
  for (let b = 0; b < count; b++) {
    const s = randomShapes(rand);
    drawImage(s, images.subarray(b * S * S, (b + 1) * S * S), rand);
    for (let a = 0; a < ANNOTATORS; a++) {
      annotate(s, a, annotations[a].subarray(b * S * S, (b + 1) * S * S), rand);
    }
  }
  const { labels: soft } = averageAnnotators(annotations, {
    numClasses: C,
    shape: [count, S, S],
    layout: "channels-last",
  });
  return { images, majority: majorityVote(soft), soft };
}

/** The 5×5 neighbourhood of every pixel (zero padded): `[count, S, S, 25]`. */
export function patches5x5(images: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * S * S * 25);
  for (let b = 0; b < count; b++) {
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const o = ((b * S + y) * S + x) * 25;
        let k = 0;
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++, k++) {
            const yy = y + dy, xx = x + dx;
            if (yy >= 0 && yy < S && xx >= 0 && xx < S) {
              out[o + k] = images[(b * S + yy) * S + xx];
            }
          }
        }
      }
    }
  }
  return out;
}
