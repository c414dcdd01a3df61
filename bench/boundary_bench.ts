/**
 * Boundary metrics (HD, HD95, ASSD, NSD at τ = 1 and 2, every foreground
 * class) against the same computation with `scipy.ndimage.distance_transform_edt`
 * (bench/boundary_scipy.py, MONAI's CPU computation done once per class,
 * cropped to the union's bounding box plus one voxel as MONAI's
 * `get_mask_edges(crop=True)` default does; jdt crops the same way):
 * a 512×512 map of 19 classes and a 192×192×128 volume of 4 classes
 * (anisotropic spacing). Prints each side's median time, the jdt/scipy ratio
 * and the largest difference between the two sides' metrics.
 *
 *     deno run -A bench/boundary_bench.ts [--reps N] [--python python3]
 */
import { parseArgs } from "node:util";
import { boundaryMetrics } from "../mod.ts";
import type { BoundaryClassResult } from "../mod.ts";
import { seeded } from "../tools/workloads.ts";

const { values: flags } = parseArgs({
  args: Deno.args,
  options: {
    reps: { type: "string", default: "7" },
    python: { type: "string", default: "python3" },
  },
});
const REPS = Number(flags.reps);
if (!Number.isInteger(REPS) || REPS < 1) {
  throw new Error(`--reps must be a positive integer, got ${flags.reps}`);
}
const TAUS = [1, 2];

interface Workload {
  name: string;
  shape: number[];
  spacing: number[];
  pred: Uint8Array;
  label: Uint8Array;
}

/** Nearest-seed regions of `classes` ids over a 2-D image; `jitter` moves the seeds (the prediction). */
function voronoi2d(
  h: number,
  w: number,
  seeds: number[][],
  jitter: number,
  rand: () => number,
): Uint8Array {
  const moved = seeds.map((
    [y, x, c],
  ) => [y + (rand() - 0.5) * jitter, x + (rand() - 0.5) * jitter, c]);
  const out = new Uint8Array(h * w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let best = Infinity;
      for (const [sy, sx, c] of moved) {
        const d = (y - sy) ** 2 + (x - sx) ** 2;
        if (d < best) {
          best = d;
          out[y * w + x] = c;
        }
      }
    }
  }
  return out;
}

function map2d(): Workload {
  const rand = seeded(512);
  const seeds = Array.from(
    { length: 60 },
    (_, k) => [rand() * 512, rand() * 512, k % 19],
  );
  return {
    name: "512×512, 19 classes",
    shape: [512, 512],
    spacing: [1, 1],
    label: voronoi2d(512, 512, seeds, 0, rand),
    pred: voronoi2d(512, 512, seeds, 12, rand),
  };
}

/** Three ellipsoids (classes 1–3) in a volume; `shift` moves and resizes them (the prediction). */
function ellipsoids(
  d: number,
  h: number,
  w: number,
  shift: number,
): Uint8Array {
  const out = new Uint8Array(d * h * w);
  const blobs = [
    [0.5, 0.4, 0.4, 0.30, 0.25, 0.20, 1],
    [0.45, 0.6, 0.65, 0.20, 0.15, 0.18, 2],
    [0.6, 0.3, 0.7, 0.12, 0.10, 0.12, 3],
  ];
  for (const [cz, cy, cx, rz, ry, rx, c] of blobs) {
    const z0 = (cz + shift) * d,
      y0 = (cy - shift) * h,
      x0 = (cx + shift / 2) * w;
    const a = rz * d * (1 + shift), b = ry * h, e = rx * w * (1 - shift);
    for (let z = 0; z < d; z++) {
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (
            ((z - z0) / a) ** 2 + ((y - y0) / b) ** 2 + ((x - x0) / e) ** 2 <= 1
          ) out[(z * h + y) * w + x] = c;
        }
      }
    }
  }
  return out;
}

function volume3d(): Workload {
  return {
    name: "192×192×128, 4 classes",
    shape: [128, 192, 192],
    spacing: [2, 0.8, 0.8],
    label: ellipsoids(128, 192, 192, 0),
    pred: ellipsoids(128, 192, 192, 0.03),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function jdt(
  w: Workload,
  reps: number,
): { ms: number[]; classes: BoundaryClassResult[] } {
  const ms: number[] = [];
  let classes: BoundaryClassResult[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    classes = boundaryMetrics(w, { tolerance: TAUS }).classes;
    ms.push(performance.now() - t0);
  }
  return { ms, classes };
}

interface ScipyClass {
  hd: number;
  hd95: number;
  assd: number;
  nsd: number[];
}

async function scipy(
  w: Workload,
  reps: number,
): Promise<{ ms: number[]; classes: (ScipyClass | null)[] }> {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/pred.u8`, w.pred);
    await Deno.writeFile(`${dir}/label.u8`, w.label);
    const script = new URL("boundary_scipy.py", import.meta.url).pathname;
    const args = [
      script,
      `${dir}/pred.u8`,
      `${dir}/label.u8`,
      w.shape.join(","),
      w.spacing.join(","),
      TAUS.join(","),
      String(reps),
    ];
    const out = await new Deno.Command(flags.python!, {
      args,
      stderr: "inherit",
    }).output();
    if (!out.success) throw new Error(`${flags.python} ${script} failed`);
    return JSON.parse(new TextDecoder().decode(out.stdout));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Largest relative difference between the two sides' metrics. */
function largestDifference(
  a: BoundaryClassResult[],
  b: (ScipyClass | null)[],
): number {
  let worst = 0;
  a.forEach((r, k) => {
    const s = b[k];
    if (s === null) return;
    const pairs: [number | null, number][] = [[r.hd, s.hd], [r.hd95, s.hd95], [
      r.assd,
      s.assd,
    ]];
    (r.nsd as number[]).forEach((x, t) => pairs.push([x, s.nsd[t]]));
    for (const [x, y] of pairs) {
      worst = Math.max(
        worst,
        Math.abs((x ?? NaN) - y) / Math.max(1, Math.abs(y)),
      );
    }
  });
  return worst;
}

for (const make of [map2d, volume3d]) {
  const w = make();
  // Interleaved rounds (one jdt run, one scipy run), so that a busy machine
  // slows both sides alike; python's start-up is outside its timing.
  const ours = jdt(w, 1);
  const theirs = await scipy(w, 1);
  for (let r = 1; r < REPS; r++) {
    ours.ms.push(...jdt(w, 1).ms);
    theirs.ms.push(...(await scipy(w, 1)).ms);
  }
  const a = median(ours.ms);
  const b = median(theirs.ms);
  console.log(
    `${w.name}: jdt ${a.toFixed(1)} ms, scipy ${b.toFixed(1)} ms, jdt/scipy ${
      (a / b).toFixed(2)
    }× ` +
      `(medians of ${REPS}; largest metric difference ${
        largestDifference(ours.classes, theirs.classes).toExponential(1)
      })`,
  );
}
