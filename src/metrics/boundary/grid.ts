/**
 * The grid a boundary computation runs on: every image is held as 3-D
 * (a 2-D image is one slice of depth 1), with the spacing of each axis and
 * the rank that says which axes are real.
 *
 * @module
 */

/** A 2-D or 3-D grid, row-major, always seen as `[d0, d1, d2]` (2-D: `d0 = 1`). */
export interface Grid {
  /** Sizes of the three axes (`[1, H, W]` for a 2-D image). */
  dims: [number, number, number];
  /** Physical size of a voxel along each axis (`1` on the padding axis of 2-D). */
  spacing: [number, number, number];
  /** 2 or 3: how many of the axes are the image's own. */
  rank: 2 | 3;
}

/** A box of voxels, inclusive bounds per axis. */
export interface Box {
  /** Lowest index per axis. */
  lo: [number, number, number];
  /** Highest index per axis (inclusive). */
  hi: [number, number, number];
}

/**
 * The grid of a box: its sizes, with the parent's spacing and rank.
 *
 * @param box The box.
 * @param parent The grid it lies in.
 * @returns The box's own grid.
 */
export function boxGrid(box: Box, parent: Grid): Grid {
  return {
    dims: [
      box.hi[0] - box.lo[0] + 1,
      box.hi[1] - box.lo[1] + 1,
      box.hi[2] - box.lo[2] + 1,
    ],
    spacing: parent.spacing,
    rank: parent.rank,
  };
}

/**
 * Number of voxels of a grid.
 *
 * @param g The grid.
 * @returns `d0 · d1 · d2`.
 */
export function voxelCount(g: Grid): number {
  return g.dims[0] * g.dims[1] * g.dims[2];
}

/**
 * The physical length of the image's diagonal, `‖dims · spacing‖`: the
 * distance challenges score a missed or spurious structure with (BraTS's
 * 373.13 mm is this for its 240×240×155 volumes at 1 mm).
 *
 * @param g The grid.
 * @returns `‖dims · spacing‖` over the image's own axes.
 */
export function gridDiagonal(g: Grid): number {
  let s = 0;
  for (let k = 3 - g.rank; k < 3; k++) {
    const d = g.dims[k] * g.spacing[k];
    s += d * d;
  }
  return Math.sqrt(s);
}
