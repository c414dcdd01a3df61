/**
 * The surfel areas of 3-D corner codes, built at load from the geometry of
 * marching cubes (Lorensen & Cline 1987) on the unit cube: DeepMind's
 * `surface-distance` (and MONAI's `use_subvoxels`) weight each 3-D surfel by
 * the area of the marching-cubes triangles of its 2×2×2 neighbourhood.
 *
 * For a code, the corners of the cube are inside or outside; the surface
 * crosses each cube edge whose two corners differ, at its midpoint. On each
 * cube face the crossing points are joined by segments that cut the face's
 * inside corners from its outside ones. A face with two diagonal inside
 * corners (the ambiguous face) is cut so that the corners of the minority
 * kind are separated (the inside corners when at most four corners are
 * inside, as in the original case table, whose codes with more than four
 * inside corners reuse the triangles of their complement; with four inside
 * corners either cut gives the same areas). The segments close
 * into loops of 3 to 6 points; each loop is split into triangles, choosing
 * among the loop's triangulations the one of largest area at unit spacing.
 * Only two kinds of loop are not flat, and for them this is the split into
 * flat pieces: the pentagon around three corners in an L becomes the triangle at
 * its apex and a flat trapezoid, the hexagon around a four-corner "snake" a
 * flat quadrilateral and two triangles (for a flat loop every split has the
 * same area at any spacing).
 * These choices reproduce the total surfel areas DeepMind's table gives on
 * every 3-D golden case; see `docs/boundary.md` for which codes the golden
 * cases pin down.
 *
 * A triangle is stored as its area vector (half the cross product of two
 * sides), pointing from the inside corners to the outside ones. At spacing
 * `s`, the triangle's area is `‖(n0·s1·s2, n1·s0·s2, n2·s0·s1)‖`.
 *
 * Corner `k` of the cube sits at `((k >> 2) & 1, (k >> 1) & 1, k & 1)`
 * (axis 0 first; 0 = the lower voxel) and is bit `7 − k` of the code, so the
 * code is `128·v(−,−,−) + 64·v(−,−,+) + … + 1·v(+,+,+)`, DeepMind's kernel.
 *
 * @module
 */

/** A vector of three numbers (axis 0 first). */
export type Vec3 = readonly [number, number, number];

/** Position of corner k of the unit cube. */
const CORNERS: Vec3[] = Array.from(
  { length: 8 },
  (_, k): Vec3 => [(k >> 2) & 1, (k >> 1) & 1, k & 1],
);

/** The 12 cube edges as corner pairs (the two corners differ in one bit). */
const EDGES: [number, number][] = [4, 2, 1].flatMap((bit) =>
  CORNERS.flatMap((_, k): [number, number][] =>
    (k & bit) === 0 ? [[k, k | bit]] : []
  )
);

/** Midpoint of each edge. */
const MIDPOINTS: Vec3[] = EDGES.map(([a, b]) =>
  scale(add(CORNERS[a], CORNERS[b]), 0.5)
);

/** The 6 faces: outward normal and the 4 corners in cyclic order. */
const FACES: { normal: Vec3; corners: number[] }[] = [0, 1, 2].flatMap(
  (axis) =>
    [0, 1].map((side) => {
      const [u, v] = [0, 1, 2].filter((a) => a !== axis);
      const corners = [[0, 0], [1, 0], [1, 1], [0, 1]].map(([p, q]) => {
        const at = [0, 0, 0];
        at[axis] = side;
        at[u] = p;
        at[v] = q;
        return 4 * at[0] + 2 * at[1] + at[2];
      });
      const normal: [number, number, number] = [0, 0, 0];
      normal[axis] = side === 0 ? -1 : 1;
      return { normal, corners };
    }),
);

function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [
    a[1] * b[2] - a[2] * b[1],
    a[2] * b[0] - a[0] * b[2],
    a[0] * b[1] - a[1] * b[0],
  ];
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Whether corner k is inside for `code`. */
function isInside(code: number, k: number): boolean {
  return ((code >> (7 - k)) & 1) === 1;
}

function edgeOf(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return EDGES.findIndex(([p, q]) => p === lo && q === hi);
}

/**
 * The directed segments of one face, as `next[from] = to` over edge ids: each
 * runs with the face's outside corners on its left seen from outside the cube,
 * so that the loops' area vectors point from the inside corners outwards.
 */
function faceSegments(
  code: number,
  face: { normal: Vec3; corners: number[] },
  cutInside: boolean,
  next: Int8Array,
): void {
  const c = face.corners;
  const inside = c.map((k) => isInside(code, k));
  // Face edge j joins corners j and j + 1; corner j lies between edges j − 1 and j.
  const crossed = [0, 1, 2, 3].filter((j) => inside[j] !== inside[(j + 1) % 4]);
  const edge = (j: number) => edgeOf(c[j], c[(j + 1) % 4]);
  // Each segment with a corner on its cut-off side (on a plain face, any
  // corner: each side holds one kind only).
  let cuts: [number, number, number][] = [];
  if (crossed.length === 2) cuts = [[edge(crossed[0]), edge(crossed[1]), 0]];
  if (crossed.length === 4) {
    cuts = [0, 1, 2, 3]
      .filter((j) => inside[j] === cutInside)
      .map((j) => [edge((j + 3) % 4), edge(j), j]);
  }
  for (const [u, w, j] of cuts) {
    const left = dot(
      cross(sub(MIDPOINTS[w], MIDPOINTS[u]), sub(CORNERS[c[j]], MIDPOINTS[u])),
      face.normal,
    ) > 0;
    if (left === inside[j]) next[w] = u;
    else next[u] = w;
  }
}

/**
 * The closed loops of edge midpoints (edge ids in order) that the surface of
 * `code` cuts from the cube.
 *
 * @param code A corner code, 0..255.
 * @returns One list of edge ids per loop.
 */
export function surfaceLoops(code: number): number[][] {
  let inside = 0;
  for (let k = 0; k < 8; k++) if (isInside(code, k)) inside++;
  const next = new Int8Array(12).fill(-1);
  for (const face of FACES) faceSegments(code, face, inside <= 4, next);
  const seen = new Uint8Array(12);
  const loops: number[][] = [];
  for (let start = 0; start < 12; start++) {
    if (next[start] < 0 || seen[start] === 1) continue;
    const loop: number[] = [];
    for (let e = start; seen[e] === 0; e = next[e]) {
      seen[e] = 1;
      loop.push(e);
    }
    loops.push(loop);
  }
  return loops;
}

/** Area vector of triangle abc (half the cross product of its sides). */
function areaVector(a: Vec3, b: Vec3, c: Vec3): Vec3 {
  return scale(cross(sub(b, a), sub(c, a)), 0.5);
}

/**
 * The triangulation of largest total area of a closed polygon (interval
 * dynamic programme over its vertices), as index triples in loop order.
 */
function largestTriangulation(p: Vec3[]): [number, number, number][] {
  const m = p.length;
  const best = Array.from({ length: m }, () => new Float64Array(m));
  const split = Array.from({ length: m }, () => new Int8Array(m));
  for (let len = 2; len < m; len++) {
    for (let i = 0; i + len < m; i++) {
      const j = i + len;
      best[i][j] = -1;
      for (let k = i + 1; k < j; k++) {
        const a = Math.hypot(...areaVector(p[i], p[k], p[j]));
        const v = best[i][k] + best[k][j] + a;
        if (v > best[i][j] + 1e-12) {
          best[i][j] = v;
          split[i][j] = k;
        }
      }
    }
  }
  const out: [number, number, number][] = [];
  const walk = (i: number, j: number): void => {
    if (j - i < 2) return;
    const k = split[i][j];
    out.push([i, k, j]);
    walk(i, k);
    walk(k, j);
  };
  walk(0, m - 1);
  return out;
}

/**
 * The area vectors of the marching-cubes triangles of one corner code.
 *
 * @param code A corner code, 0..255.
 * @returns One vector per triangle (none for 0 and 255).
 */
function codeNormals(code: number): Vec3[] {
  return surfaceLoops(code).flatMap((loop) => {
    const p = loop.map((e) => MIDPOINTS[e]);
    return largestTriangulation(p).map(([i, k, j]) =>
      areaVector(p[i], p[k], p[j])
    );
  });
}

/** The triangles' area vectors of each of the 256 corner codes, built once at load. */
export const SURFEL_NORMALS: readonly (readonly Vec3[])[] = Array.from(
  { length: 256 },
  (_, code) => codeNormals(code),
);

/**
 * Surfel area carried by each of the 256 corner codes at a spacing.
 *
 * @param spacing The voxel size along axes 0, 1, 2.
 * @returns 256 areas, 0 for the empty and full codes.
 * @example
 * ```ts
 * import { surfelAreas } from "./marching_cubes.ts";
 * import assert from "node:assert/strict";
 * // One inside corner: the triangle joining three half-edges, √3/8.
 * assert.ok(Math.abs(surfelAreas([1, 1, 1])[1] - Math.sqrt(3) / 8) < 1e-15);
 * ```
 */
export function surfelAreas(spacing: Vec3): Float64Array {
  const [s0, s1, s2] = spacing;
  return Float64Array.from(
    SURFEL_NORMALS,
    (normals) =>
      normals.reduce(
        (sum, n) =>
          sum + Math.hypot(n[0] * s1 * s2, n[1] * s0 * s2, n[2] * s0 * s1),
        0,
      ),
  );
}
