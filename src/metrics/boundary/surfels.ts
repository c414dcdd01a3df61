/**
 * Surfels, DeepMind's boundary (also MONAI's `use_subvoxels`): the points of
 * the corner grid (voxel corners, half a voxel off the centres) whose 2×2
 * neighbourhood is neither empty nor full, each weighted by the length of
 * contour it carries. The code of a corner is `8·v(−,−) + 4·v(−,+) +
 * 2·v(+,−) + 1·v(+,+)` over the four voxels around it (− = the lower index);
 * outside the grid is background.
 *
 * 2-D only for now: DeepMind's 3-D surfel areas come from its own
 * marching-cubes normal table, which jdt does not reproduce yet.
 *
 * @module
 */
import type { Grid } from "./grid.ts";

/**
 * The corner grid of a 2-D grid: one more point along each image axis.
 *
 * @param grid A 2-D grid (`dims[0] = 1`).
 * @returns Its corner grid, same spacing.
 */
export function cornerGrid(grid: Grid): Grid {
  return {
    dims: [1, grid.dims[1] + 1, grid.dims[2] + 1],
    spacing: grid.spacing,
    rank: 2,
  };
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
 * Marks the surfels of a 2-D mask on its corner grid, lists them and their
 * contour lengths.
 *
 * @param mask 1/0 per voxel of `grid`.
 * @param grid The mask's 2-D grid.
 * @param lengths From {@link contourLengths}.
 * @param surfel Receives 1 at surfel corners; at least the corner grid's size.
 * @param list Receives the surfels' corner indices.
 * @param weight Receives each listed surfel's length.
 * @returns How many surfels there are.
 */
export function surfels2d(
  mask: Uint8Array,
  grid: Grid,
  lengths: Float64Array,
  surfel: Uint8Array,
  list: Int32Array,
  weight: Float64Array,
): number {
  const h = grid.dims[1];
  const w = grid.dims[2];
  const at = (b: number, c: number) =>
    b < 0 || c < 0 || b >= h || c >= w ? 0 : mask[b * w + c];
  let n = 0;
  let i = 0;
  for (let b = 0; b <= h; b++) {
    for (let c = 0; c <= w; c++, i++) {
      const code = 8 * at(b - 1, c - 1) + 4 * at(b - 1, c) +
        2 * at(b, c - 1) + at(b, c);
      const on = code !== 0 && code !== 15 ? 1 : 0;
      surfel[i] = on;
      if (on !== 0) {
        list[n] = i;
        weight[n++] = lengths[code];
      }
    }
  }
  return n;
}
