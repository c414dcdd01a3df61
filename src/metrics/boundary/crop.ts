/**
 * Cropping to where a class is: the bounding box of each class over both
 * maps in one pass, widened by a margin, and the class's binary masks cut
 * out of that box into reused buffers.
 *
 * @module
 */
import type { Box, Grid } from "./grid.ts";

/** Class-id maps as the boundary metrics accept them. */
export type ClassMap =
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | readonly number[];

/**
 * Bounding boxes of every class id `0..maxId` over both maps: six numbers
 * per id (`lo0, lo1, lo2, hi0, hi1, hi2`); `lo0 > hi0` for an absent id.
 *
 * @param maps The maps (same grid).
 * @param grid Their grid.
 * @param maxId The largest id present.
 * @returns The boxes.
 */
export function classBoxes(
  maps: readonly ClassMap[],
  grid: Grid,
  maxId: number,
): Int32Array {
  const boxes = new Int32Array(6 * (maxId + 1));
  for (let c = 0; c <= maxId; c++) boxes.fill(0x7fffffff, 6 * c, 6 * c + 3);
  const [d0, d1, d2] = grid.dims;
  for (const map of maps) {
    let i = 0;
    for (let a = 0; a < d0; a++) {
      for (let b = 0; b < d1; b++) {
        for (let c = 0; c < d2; c++, i++) {
          const o = 6 * map[i];
          if (a < boxes[o]) boxes[o] = a;
          if (b < boxes[o + 1]) boxes[o + 1] = b;
          if (c < boxes[o + 2]) boxes[o + 2] = c;
          if (a > boxes[o + 3]) boxes[o + 3] = a;
          if (b > boxes[o + 4]) boxes[o + 4] = b;
          if (c > boxes[o + 5]) boxes[o + 5] = c;
        }
      }
    }
  }
  return boxes;
}

/**
 * The box of one class widened by `margin` voxels on each side of the
 * image's own axes, clipped to the image; null when the class is absent.
 *
 * @param boxes From {@link classBoxes}.
 * @param id The class.
 * @param grid The image's grid.
 * @param margin Voxels added on each side.
 * @returns The box, or null.
 */
export function classBox(
  boxes: Int32Array,
  id: number,
  grid: Grid,
  margin: number,
): Box | null {
  const o = 6 * id;
  if (boxes[o] > boxes[o + 3]) return null;
  const lo: [number, number, number] = [0, 0, 0];
  const hi: [number, number, number] = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    lo[k] = Math.max(0, boxes[o + k] - margin);
    hi[k] = Math.min(grid.dims[k] - 1, boxes[o + 3 + k] + margin);
  }
  return { lo, hi };
}

/**
 * Writes `map == id` over `box` into `out` (row-major over the box).
 *
 * @param map The class map.
 * @param id The class.
 * @param grid The image's grid.
 * @param box The box to cut.
 * @param out Receives 1/0 per box voxel; at least the box's size.
 * @returns Whether any voxel is 1.
 */
export function cutMask(
  map: ClassMap,
  id: number,
  grid: Grid,
  box: Box,
  out: Uint8Array,
): boolean {
  const [, d1, d2] = grid.dims;
  let j = 0;
  let any = 0;
  for (let a = box.lo[0]; a <= box.hi[0]; a++) {
    for (let b = box.lo[1]; b <= box.hi[1]; b++) {
      const row = (a * d1 + b) * d2;
      for (let c = box.lo[2]; c <= box.hi[2]; c++, j++) {
        const m = map[row + c] === id ? 1 : 0;
        out[j] = m;
        any |= m;
      }
    }
  }
  return any !== 0;
}
