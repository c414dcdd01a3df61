/**
 * The boundary metrics against a brute-force implementation of the written
 * definitions (erosion by looking at every neighbour, all-pairs distances,
 * sorting), on small random masks in 2-D and 3-D with random spacing; and the
 * distance transform against all-pairs distances.
 */
import assert from "node:assert/strict";
import { boundaryMetrics } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import {
  distanceScratch,
  squaredDistances,
} from "../../src/metrics/boundary/distance_transform.ts";
import type { Grid } from "../../src/metrics/boundary/grid.ts";

type Point = number[];

/** Coordinates of every voxel of a row-major shape. */
function coords(shape: number[]): Point[] {
  const out: Point[] = [];
  const n = shape.reduce((a, b) => a * b, 1);
  for (let i = 0; i < n; i++) {
    const p: number[] = [];
    let r = i;
    for (let k = shape.length - 1; k >= 0; k--) {
      p[k] = r % shape[k];
      r = Math.floor(r / shape[k]);
    }
    out.push(p);
  }
  return out;
}

/** Voxel edges by definition: in the mask and some face neighbour is outside the image or the mask. */
function bruteEdges(mask: Uint8Array, shape: number[]): Point[] {
  const pts = coords(shape);
  const index = (p: Point) => p.reduce((a, x, k) => a * shape[k] + x, 0);
  return pts.filter((p) => {
    if (mask[index(p)] === 0) return false;
    for (let k = 0; k < shape.length; k++) {
      for (const step of [-1, 1]) {
        const q = [...p];
        q[k] += step;
        if (q[k] < 0 || q[k] >= shape[k] || mask[index(q)] === 0) return true;
      }
    }
    return false;
  });
}

function dist(p: Point, q: Point, s: number[]): number {
  return Math.sqrt(p.reduce((a, x, k) => a + ((x - q[k]) * s[k]) ** 2, 0));
}

function nearest(from: Point[], to: Point[], s: number[]): number[] {
  return from.map((p) => Math.min(...to.map((q) => dist(p, q, s))));
}

function q95(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const h = (a.length - 1) * 0.95;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return a[lo] + (a[hi] - a[lo]) * (h - lo);
}

function randomCase(rand: () => number, rank: 2 | 3) {
  const shape = Array.from(
    { length: rank },
    () => 2 + Math.floor(rand() * (rank === 2 ? 12 : 6)),
  );
  const spacing = shape.map(() =>
    [0.5, 0.8, 1, 1.5, 2, 3][Math.floor(rand() * 6)]
  );
  const n = shape.reduce((a, b) => a * b, 1);
  const density = 0.15 + rand() * 0.6;
  const pred = Uint8Array.from({ length: n }, () => rand() < density ? 1 : 0);
  const label = Uint8Array.from({ length: n }, () => rand() < density ? 1 : 0);
  pred[Math.floor(rand() * n)] = 1; // never empty
  label[Math.floor(rand() * n)] = 1;
  return { shape, spacing, pred, label };
}

function near(got: number | null, want: number, what: string): void {
  assert.ok(
    got !== null && Math.abs(got - want) <= 1e-9 * Math.max(1, want),
    `${what}: ${got} vs ${want}`,
  );
}

Deno.test("boundary metrics equal a brute-force evaluation of the definitions (2-D and 3-D, random spacing)", () => {
  const rand = seeded(2201);
  for (let t = 0; t < 120; t++) {
    const { shape, spacing, pred, label } = randomCase(
      rand,
      t % 2 === 0 ? 2 : 3,
    );
    const ep = bruteEdges(pred, shape);
    const eg = bruteEdges(label, shape);
    const dpg = nearest(ep, eg, spacing);
    const dgp = nearest(eg, ep, spacing);
    const all = [...dpg, ...dgp];
    const taus = [0.5, 1, 2.5];
    const [r] =
      boundaryMetrics({ pred, label, shape, spacing }, { tolerance: taus })
        .classes;
    const at = `case ${t} shape ${shape} spacing ${spacing}`;
    near(r.hd, Math.max(...all), `${at} hd`);
    near(r.hd95, Math.max(q95(dpg), q95(dgp)), `${at} hd95`);
    near(r.assd, all.reduce((a, b) => a + b, 0) / all.length, `${at} assd`);
    near(
      r.asdPredToLabel,
      dpg.reduce((a, b) => a + b, 0) / dpg.length,
      `${at} asd`,
    );
    taus.forEach((tau, k) =>
      near(
        (r.nsd as number[])[k],
        all.filter((d) => d <= tau).length / all.length,
        `${at} nsd ${tau}`,
      )
    );
  }
});

Deno.test("the distance transform gives every voxel its all-pairs squared distance to the nearest feature", () => {
  const rand = seeded(2202);
  for (let t = 0; t < 60; t++) {
    const dims: [number, number, number] = [
      1 + Math.floor(rand() * 6),
      1 + Math.floor(rand() * 7),
      1 + Math.floor(rand() * 8),
    ];
    const spacing: [number, number, number] = [
      0.3 + rand() * 3,
      0.3 + rand() * 3,
      0.3 + rand() * 3,
    ];
    const grid: Grid = { dims, spacing, rank: 3 };
    const n = dims[0] * dims[1] * dims[2];
    const p = t % 5 === 0 ? 0 : rand() * 0.3; // some grids without a feature
    const features = Uint8Array.from({ length: n }, () => rand() < p ? 1 : 0);
    const out = new Float64Array(n);
    squaredDistances(features, grid, out, null, distanceScratch(8));
    const pts = coords(dims);
    const feats = pts.filter((_, i) => features[i] === 1);
    pts.forEach((q, i) => {
      const want = feats.length === 0
        ? Infinity
        : Math.min(...feats.map((f) => dist(q, f, spacing) ** 2));
      if (want === Infinity) assert.equal(out[i], Infinity);
      else {assert.ok(
          Math.abs(out[i] - want) <= 1e-9 * Math.max(1, want),
          `case ${t} voxel ${i}: ${out[i]} vs ${want}`,
        );}
    });
  }
});

Deno.test("the distance transform finishes only the lines asked for along axis 0, exactly", () => {
  const rand = seeded(2203);
  const grid: Grid = { dims: [7, 5, 6], spacing: [1.5, 0.8, 3], rank: 3 };
  const n = 7 * 5 * 6;
  const features = Uint8Array.from({ length: n }, () => rand() < 0.1 ? 1 : 0);
  const full = new Float64Array(n);
  squaredDistances(features, grid, full, null, distanceScratch(7));
  const lines = Uint8Array.from({ length: 30 }, (_, l) => l % 3 === 0 ? 1 : 0);
  const part = new Float64Array(n);
  squaredDistances(features, grid, part, lines, distanceScratch(7));
  for (let i = 0; i < n; i++) {
    if (lines[i % 30] === 1) assert.equal(part[i], full[i]);
  }
});
