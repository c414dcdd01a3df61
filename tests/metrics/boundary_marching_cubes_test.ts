/**
 * The 3-D surfel areas built from marching cubes: closed-form areas of the
 * simple cases, the closed-surface identity for every code, invariance under
 * the cube's symmetries (with the spacing permuted alike) and under
 * complement. The match with DeepMind's table is checked on the golden cases
 * (`boundary_golden_test.ts`).
 */
import assert from "node:assert/strict";
import {
  surfaceLoops,
  SURFEL_NORMALS,
  surfelAreas,
  type Vec3,
} from "../../src/metrics/boundary/marching_cubes.ts";

/** Code bit of corner (o0, o1, o2), DeepMind's kernel (0 = lower voxel). */
function bit(o: readonly number[]): number {
  return 1 << (7 - (4 * o[0] + 2 * o[1] + o[2]));
}

/** The corner offsets of each inside corner of a code. */
function insideCorners(code: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < 8; k++) {
    const o = [(k >> 2) & 1, (k >> 1) & 1, k & 1];
    if ((code & bit(o)) !== 0) out.push(o);
  }
  return out;
}

function near(got: number, want: number, what: string): void {
  assert.ok(
    Math.abs(got - want) <= 1e-12 * Math.max(1, want),
    `${what}: ${got} vs ${want}`,
  );
}

const SPACINGS: Vec3[] = [[1, 1, 1], [1.5, 0.8, 3], [0.7, 1.3, 2.1]];

Deno.test("marching-cubes areas: closed forms of one corner, an edge, a face and the three-corner L", () => {
  for (const s of SPACINGS) {
    const a = surfelAreas(s);
    const [s0, s1, s2] = s;
    // One corner: the triangle on the three half-edges, ⅛‖(s1s2, s0s2, s0s1)‖.
    near(
      a[bit([1, 1, 1])],
      Math.hypot(s1 * s2, s0 * s2, s0 * s1) / 8,
      "corner",
    );
    near(
      a[bit([0, 0, 0])],
      Math.hypot(s1 * s2, s0 * s2, s0 * s1) / 8,
      "corner",
    );
    // Two corners along axis 2: a flat rectangle s2 × ½‖(s0, s1)‖.
    near(
      a[bit([1, 1, 0]) | bit([1, 1, 1])],
      s2 * Math.hypot(s0, s1) / 2,
      "edge",
    );
    // Four corners of the face of axis 0: a flat square s1 × s2.
    const face = [[1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1]].reduce(
      (c, o) => c | bit(o),
      0,
    );
    near(a[face], s1 * s2, "face");
  }
  // Three corners in an L (unit spacing): the apex triangle (½) plus a flat
  // trapezoid with parallel sides √2 and √2/2 and height √(3/8).
  const l = bit([1, 1, 1]) | bit([1, 1, 0]) | bit([1, 0, 1]);
  near(
    surfelAreas([1, 1, 1])[l],
    0.5 + (3 * Math.SQRT2 / 4) * Math.sqrt(3 / 8),
    "L",
  );
  // Four corners in a "snake" (unit spacing): a flat quadrilateral of area
  // 3√3/8 + √3/8 in the plane across the path, and two triangles of √2/4.
  const snake = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [1, 1, 1]].reduce(
    (c, o) => c | bit(o),
    0,
  );
  near(surfelAreas([1, 1, 1])[snake], (Math.SQRT2 + Math.sqrt(3)) / 2, "snake");
  assert.equal(surfelAreas([1, 1, 1])[0], 0);
  assert.equal(surfelAreas([1, 1, 1])[255], 0);
});

Deno.test("marching-cubes triangles close the inside region: Σ area vectors = −Σ faces' inside area × outward normal", () => {
  for (let code = 0; code < 256; code++) {
    const inside = insideCorners(code);
    const sum = [0, 0, 0];
    for (const n of SURFEL_NORMALS[code]) {
      for (let k = 0; k < 3; k++) sum[k] += n[k];
    }
    const minorityInside = inside.length <= 4;
    for (let axis = 0; axis < 3; axis++) {
      for (const side of [0, 1]) {
        const on = inside.filter((o) => o[axis] === side);
        let frac = [0, 1 / 8, 1 / 2, 7 / 8, 1][on.length];
        if (
          on.length === 2 && on[0].every((x, k) => k === axis || x !== on[1][k])
        ) {
          frac = minorityInside ? 1 / 4 : 3 / 4; // diagonal pair: minority cut off
        }
        sum[axis] += (side === 0 ? -1 : 1) * frac;
      }
    }
    for (let k = 0; k < 3; k++) near(sum[k], 0, `code ${code} axis ${k}`);
    const crossings = [4, 2, 1].reduce((n, b) => {
      for (let k = 0; k < 8; k++) {
        if (
          (k & b) === 0 &&
          ((code >> (7 - k)) & 1) !== ((code >> (7 - (k | b))) & 1)
        ) n++;
      }
      return n;
    }, 0);
    assert.equal(
      surfaceLoops(code).flat().length,
      crossings,
      `code ${code} loops`,
    );
  }
});

/** A code with its corners permuted (axis k of the result = axis perm[k]) and flipped. */
function transform(code: number, perm: number[], flip: number[]): number {
  return insideCorners(code).reduce(
    (c, o) => c | bit(perm.map((p, k) => o[p] ^ flip[k])),
    0,
  );
}

Deno.test("marching-cubes areas are invariant under the cube's 48 symmetries (spacing permuted alike) and complement", () => {
  const perms = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [
    2,
    1,
    0,
  ]];
  for (const s of SPACINGS) {
    const a = surfelAreas(s);
    for (let code = 0; code < 256; code++) {
      near(a[255 - code], a[code], `complement ${code}`);
    }
    for (const perm of perms) {
      const b = surfelAreas([s[perm[0]], s[perm[1]], s[perm[2]]]);
      for (let f = 0; f < 8; f++) {
        const flip = [(f >> 2) & 1, (f >> 1) & 1, f & 1];
        for (let code = 0; code < 256; code++) {
          near(
            b[transform(code, perm, flip)],
            a[code],
            `code ${code} perm ${perm} flip ${flip}`,
          );
        }
      }
    }
  }
});
