/**
 * Every public boundary golden case: jdt equals MONAI's outputs by default
 * and DeepMind's (and MONAI's `use_subvoxels` surface Dice) with
 * `boundary: "surfel"`, in 2-D and 3-D, to 1e-4 relative; and the surfel
 * counts and total lengths/areas equal DeepMind's debug totals.
 */
import assert from "node:assert/strict";
import { boundaryMetrics } from "../../mod.ts";
import type { BoundaryClassResult } from "../../mod.ts";
import { type Grid, voxelCount } from "../../src/metrics/boundary/grid.ts";
import {
  cornerGrid,
  surfels,
  surfelWeights,
} from "../../src/metrics/boundary/surfels.ts";

type Golden = number | null | "inf" | string;
interface BoundaryCase {
  id: string;
  dims: number;
  shape: number[];
  spacing: number[];
  classes?: number[];
  pred: number[];
  label: number[];
  results: Record<string, Record<string, Golden | Golden[]>>;
}

const FILE = new URL(
  "../data/golden/boundary/boundary_public.json",
  import.meta.url,
);
const data = JSON.parse(Deno.readTextFileSync(FILE));
const CASES: BoundaryCase[] = data.cases;

/** The golden value as a number (null for NaN). */
function decode(v: Golden): number | null {
  if (v === "inf") return Infinity;
  if (v === null || typeof v === "number") return v;
  throw new Error(`unexpected golden value ${v}`);
}

function close(got: number | null, want: Golden, what: string): void {
  const w = decode(want);
  if (w === null || got === null || !Number.isFinite(w)) {
    assert.equal(got, w, what);
    return;
  }
  assert.ok(
    got !== null && Math.abs(got - w) <= 1e-4 * Math.max(1, Math.abs(w)),
    `${what}: got ${got}, want ${w}`,
  );
}

/** Binary cases score "value != 0" as class 1; multiclass cases their classes. */
function run(
  c: BoundaryCase,
  boundary: "voxel" | "surfel",
): BoundaryClassResult[] {
  const binary = c.classes === undefined;
  const map = (a: number[]) =>
    Int32Array.from(a, (v) => binary ? (v !== 0 ? 1 : 0) : v);
  return boundaryMetrics(
    {
      pred: map(c.pred),
      label: map(c.label),
      shape: c.shape,
      spacing: c.spacing,
    },
    { tolerance: [1, 2], boundary, classes: c.classes ?? [1] },
  ).classes;
}

function pick(v: Golden | Golden[], k: number): Golden {
  return Array.isArray(v) ? v[k] : v;
}

Deno.test("boundary golden: 46 cases, 54 class evaluations", () => {
  assert.equal(CASES.length, 46);
  const evals = CASES.reduce((n, c) => n + (c.classes?.length ?? 1), 0);
  assert.equal(evals, 54);
});

Deno.test("boundary golden: voxel boundary equals MONAI on every case", () => {
  for (const c of CASES) {
    const m = c.results.monai;
    run(c, "voxel").forEach((r, k) => {
      const at = `${c.id}[${r.class}]`;
      close(r.hd, pick(m.hd, k), `${at} hd`);
      close(r.hd95, pick(m.hd95, k), `${at} hd95`);
      close(r.assd, pick(m.asd_symmetric, k), `${at} assd`);
      close(r.asdPredToLabel, pick(m.asd_pred_to_gt, k), `${at} asd pred→gt`);
      const nsd = r.nsd as (number | null)[];
      close(nsd[0], pick(m.nsd_tau1, k), `${at} nsd τ=1`);
      close(nsd[1], pick(m.nsd_tau2, k), `${at} nsd τ=2`);
    });
  }
});

Deno.test("boundary golden: surfel boundary equals DeepMind (and MONAI use_subvoxels) on every case, 2-D and 3-D", () => {
  let checked = 0;
  let deep = 0;
  for (const c of CASES) {
    const d = c.results.deepmind;
    const m = c.results.monai;
    run(c, "surfel").forEach((r, k) => {
      const at = `${c.id}[${r.class}] surfel`;
      close(r.hd, pick(d.hd, k), `${at} hd`);
      close(r.hd95, pick(d.hd95, k), `${at} hd95`);
      close(r.asdPredToLabel, pick(d.asd_pred_to_gt, k), `${at} asd pred→gt`);
      close(r.asdLabelToPred, pick(d.asd_gt_to_pred, k), `${at} asd gt→pred`);
      const nsd = r.nsd as (number | null)[];
      close(nsd[0], pick(d.surface_dice_tau1, k), `${at} nsd τ=1`);
      close(nsd[1], pick(d.surface_dice_tau2, k), `${at} nsd τ=2`);
      close(nsd[0], pick(m.nsd_subvoxel_tau1, k), `${at} MONAI subvoxel τ=1`);
      close(nsd[1], pick(m.nsd_subvoxel_tau2, k), `${at} MONAI subvoxel τ=2`);
      checked++;
      if (c.dims === 3) deep++;
    });
  }
  assert.equal(checked, 54);
  assert.ok(deep >= 19, `${deep} 3-D evaluations`);
});

/** The surfels of one binary mask, through the module that finds them. */
function surfelTotals(
  mask: Uint8Array,
  shape: number[],
  spacing: number[],
): { n: number; total: number } {
  const deep = shape.length === 3;
  const grid: Grid = {
    dims: deep ? [shape[0], shape[1], shape[2]] : [1, shape[0], shape[1]],
    spacing: deep
      ? [spacing[0], spacing[1], spacing[2]]
      : [1, spacing[0], spacing[1]],
    rank: deep ? 3 : 2,
  };
  const size = voxelCount(cornerGrid(grid));
  const weight = new Float64Array(size);
  const n = surfels(
    mask,
    grid,
    surfelWeights(grid),
    new Uint8Array(size),
    new Int32Array(size),
    weight,
  );
  return { n, total: weight.subarray(0, n).reduce((a, b) => a + b, 0) };
}

Deno.test("boundary golden: surfel counts and total lengths/areas equal DeepMind's on every case", () => {
  let checked = 0;
  for (const c of CASES) {
    const d = c.results.deepmind;
    (c.classes ?? [null]).forEach((cls, k) => {
      for (const [side, map] of [["pred", c.pred], ["gt", c.label]] as const) {
        const mask = Uint8Array.from(
          map,
          (v) => (cls === null ? v !== 0 : v === cls) ? 1 : 0,
        );
        const got = surfelTotals(mask, c.shape, c.spacing);
        const at = `${c.id}[${cls ?? 1}] ${side}`;
        assert.equal(got.n, pick(d[`n_surfel_${side}`], k), `${at} count`);
        close(got.total, pick(d[`surfel_area_${side}`], k), `${at} total`);
        checked++;
      }
    });
  }
  assert.equal(checked, 108);
});
