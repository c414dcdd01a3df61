/**
 * Surfels, DeepMind's boundary (also MONAI's `use_subvoxels`): the points of
 * the corner grid (voxel corners, half a voxel off the centres) whose 2×2
 * (2-D) or 2×2×2 (3-D) neighbourhood is neither empty nor full, each weighted
 * by the length of contour (2-D) or the surface area (3-D, from
 * `marching_cubes.ts`) it carries. The code of a corner is `8·v(−,−) +
 * 4·v(−,+) + 2·v(+,−) + 1·v(+,+)` over the four pixels around it (− = the
 * lower index), and in 3-D `128·v(−,−,−) + 64·v(−,−,+) + … + 1·v(+,+,+)`;
 * outside the grid is background.
 *
 * @module
 */
import type { Grid } from "./grid.ts";
import { surfelAreas } from "./marching_cubes.ts";

/**
 * The corner grid of a grid: one more point along each of its own axes.
 *
 * @param grid A 2-D or 3-D grid.
 * @returns Its corner grid, same spacing and rank.
 */
export function cornerGrid(grid: Grid): Grid {
  const d0 = grid.rank === 3 ? grid.dims[0] + 1 : 1;
  return {
    dims: [d0, grid.dims[1] + 1, grid.dims[2] + 1],
    spacing: grid.spacing,
    rank: grid.rank,
  };
}

/**
 * The weight of each corner code on a grid: contour lengths (16 codes) in
 * 2-D, surfel areas (256 codes) in 3-D.
 *
 * @param grid The mask's grid.
 * @returns One weight per code, 0 for the empty and full codes.
 */
export function surfelWeights(grid: Grid): Float64Array {
  return grid.rank === 3
    ? surfelAreas(grid.spacing)
    : contourLengths(grid.spacing);
}

/**
 * Contour length carried by each of the 16 corner codes at a spacing: the
 * straight codes carry one voxel side, the one- and three-voxel codes half a
 * voxel diagonal, the two checkerboard codes two half diagonals.
 *
 * @param spacing The 2-D grid's spacing (`[1, s0, s1]`).
 * @returns 16 lengths, 0 for the empty and full codes.
 */
export function contourLengths(
  spacing: readonly [number, number, number],
): Float64Array {
  const [, s0, s1] = spacing;
  const diag = 0.5 * Math.hypot(s0, s1);
  const t = new Float64Array(16);
  for (let code = 1; code < 15; code++) {
    const bits = (code & 1) + ((code >> 1) & 1) + ((code >> 2) & 1) +
      ((code >> 3) & 1);
    t[code] = bits === 2 ? 2 * diag : diag;
  }
  t[0b0011] = t[0b1100] = s1; // one row filled: a side along axis 1
  t[0b0101] = t[0b1010] = s0; // one column filled: a side along axis 0
  return t;
}

/**
 * Marks the surfels of a mask on its corner grid, lists them and their
 * weights.
 *
 * @param mask 1/0 per voxel of `grid`.
 * @param grid The mask's 2-D or 3-D grid.
 * @param weights From {@link surfelWeights}.
 * @param surfel Receives 1 at surfel corners; at least the corner grid's size.
 * @param list Receives the surfels' corner indices.
 * @param weight Receives each listed surfel's length or area.
 * @returns How many surfels there are.
 */
export function surfels(
  mask: Uint8Array,
  grid: Grid,
  weights: Float64Array,
  surfel: Uint8Array,
  list: Int32Array,
  weight: Float64Array,
): number {
  const [d0, h, w] = grid.dims;
  const deep = grid.rank === 3;
  const at = (a: number, b: number, c: number) =>
    a < 0 || b < 0 || c < 0 || a >= d0 || b >= h || c >= w
      ? 0
      : mask[(a * h + b) * w + c];
  const full = deep ? 255 : 15;
  let n = 0;
  let i = 0;
  for (let a = 0; a <= (deep ? d0 : 0); a++) {
    for (let b = 0; b <= h; b++) {
      for (let c = 0; c <= w; c++, i++) {
        let code = 8 * at(a, b - 1, c - 1) + 4 * at(a, b - 1, c) +
          2 * at(a, b, c - 1) + at(a, b, c);
        if (deep) {
          code += 128 * at(a - 1, b - 1, c - 1) + 64 * at(a - 1, b - 1, c) +
            32 * at(a - 1, b, c - 1) + 16 * at(a - 1, b, c);
        }
        const on = code !== 0 && code !== full ? 1 : 0;
        surfel[i] = on;
        if (on !== 0) {
          list[n] = i;
          weight[n++] = weights[code];
        }
      }
    }
  }
  return n;
}
