/**
 * Splitting an input into chunks of pixels that fit the device's buffer
 * limits. A chunk is a run of whole images, or a run of pixels of one image
 * when a single image is too large; its data is packed as `[images, C, len]`
 * (channels-first) or `[images, len, C]` (channels-last).
 *
 * @module
 */

/** Pixels one workgroup of the statistics pass reduces (64 lanes × 8). */
export const PIXELS_PER_TILE = 512;
/** Lanes of a workgroup of the gradient pass. */
export const WORKGROUP_SIZE = 256;
/** The most workgroups per dispatch dimension WebGPU guarantees. */
export const MAX_GROUPS = 65535;

/** One chunk of a `[B, C, N]` problem. */
export interface Chunk {
  /** First image. */
  firstImage: number;
  /** Number of images. */
  images: number;
  /** First pixel within each image. */
  firstPixel: number;
  /** Pixels per image. */
  len: number;
  /** Statistics tiles per image: ceil(len / PIXELS_PER_TILE). */
  tiles: number;
}

/**
 * Plans the chunks of a problem so that no binding (prediction, soft labels,
 * gradient: `C·4` bytes per pixel; per-tile partials) exceeds `maxBytes`, and
 * no dispatch exceeds `MAX_GROUPS` workgroups per dimension.
 *
 * @param B Images.
 * @param C Classes.
 * @param N Pixels per image.
 * @param maxBytes Largest buffer binding allowed, in bytes.
 * @returns The chunks in order; one chunk when everything fits.
 */
export function planChunks(
  B: number,
  C: number,
  N: number,
  maxBytes: number,
): Chunk[] {
  const fit = Math.min(
    Math.floor(maxBytes / (C * 4)),
    MAX_GROUPS * PIXELS_PER_TILE,
  );
  // Pieces of an image start at multiples of 4 pixels, so that resident u8
  // labels can be copied in 4-byte aligned parts.
  const maxPixels = fit >= 4 ? fit - fit % 4 : fit;
  if (maxPixels < 1) {
    throw new RangeError(
      `one pixel of ${C} classes needs ${
        C * 4
      } bytes, over the limit ${maxBytes}`,
    );
  }
  const chunks: Chunk[] = [];
  if (N <= maxPixels) {
    const tiles = Math.ceil(N / PIXELS_PER_TILE);
    const perChunk = Math.max(
      1,
      Math.min(
        Math.floor(maxPixels / N),
        Math.floor(maxBytes / (tiles * C * 24)),
        MAX_GROUPS,
      ),
    );
    for (let b = 0; b < B; b += perChunk) {
      const images = Math.min(perChunk, B - b);
      chunks.push({ firstImage: b, images, firstPixel: 0, len: N, tiles });
    }
    return chunks;
  }
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n += maxPixels) {
      const len = Math.min(maxPixels, N - n);
      chunks.push({
        firstImage: b,
        images: 1,
        firstPixel: n,
        len,
        tiles: Math.ceil(len / PIXELS_PER_TILE),
      });
    }
  }
  return chunks;
}
