/**
 * Voxel edges, MONAI's and MedPy's boundary: the voxels of a mask that a
 * face-connected erosion removes (`M ∧ ¬erode(M)`, 4 neighbours in 2-D, 6 in
 * 3-D), with everything outside the grid counted as background, so a mask
 * voxel on the image border is an edge.
 *
 * @module
 */
import type { Grid } from "./grid.ts";

/**
 * Marks the edge voxels of `mask` and lists them.
 *
 * @param mask 1/0 per voxel of `grid`.
 * @param grid The mask's grid (a crop whose outer layer is either background or the image border).
 * @param edge Receives 1 at edge voxels, 0 elsewhere; at least the grid's size.
 * @param list Receives the edge voxels' indices, in order; at least the grid's size.
 * @returns How many edge voxels there are.
 */
export function voxelEdges(
  mask: Uint8Array,
  grid: Grid,
  edge: Uint8Array,
  list: Int32Array,
): number {
  const [d0, d1, d2] = grid.dims;
  const plane = d1 * d2;
  const deep = grid.rank === 3;
  let n = 0;
  let i = 0;
  for (let a = 0; a < d0; a++) {
    for (let b = 0; b < d1; b++) {
      for (let c = 0; c < d2; c++, i++) {
        let e = 0;
        if (mask[i] !== 0) {
          e = c === 0 || c === d2 - 1 || mask[i - 1] === 0 ||
              mask[i + 1] === 0 || b === 0 || b === d1 - 1 ||
              mask[i - d2] === 0 || mask[i + d2] === 0 ||
              (deep && (a === 0 || a === d0 - 1 || mask[i - plane] === 0 ||
                mask[i + plane] === 0))
            ? 1
            : 0;
        }
        edge[i] = e;
        if (e !== 0) list[n++] = i;
      }
    }
  }
  return n;
}
