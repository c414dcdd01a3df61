/**
 * Checks and resolves the arguments of `boundaryMetrics`: the maps, shape
 * and spacing, and the options (classes, tolerances, boundary kind, empty
 * policy). Every failure is a typed error naming the argument.
 *
 * @module
 */
import { rangeError, show, typeError } from "../../core/errors.ts";
import type { ClassMap } from "./crop.ts";
import type { Grid } from "./grid.ts";
import type { EmptyPolicy } from "./summary.ts";

const WHAT = "boundary metrics";

/** The largest class id accepted (class boxes are kept per id). */
export const MAX_CLASS_ID = 65535;

/** The largest image accepted, in voxels. */
export const MAX_VOXELS = 2 ** 30;

/** One image or volume of class ids, prediction and label. */
export interface BoundaryInput {
  /** Predicted class id per voxel, row-major over `shape`. */
  pred: ClassMap;
  /** True class id per voxel, row-major over `shape`. */
  label: ClassMap;
  /** Spatial dimensions, 2 (`[H, W]`) or 3 (`[D, H, W]`). */
  shape: readonly number[];
  /** Voxel size per dimension (default 1 each); distances are in these units. */
  spacing?: readonly number[];
}

/** A tolerance: one τ, or several (NSD is then one number per τ). */
export type Tolerance = number | readonly number[];

/** Options of `boundaryMetrics`. */
export interface BoundaryOptions {
  /**
   * NSD tolerance τ in spacing units (default 1): one number, several, or an
   * object giving each class its own (`{ 1: 2, 2: [1, 2] }`).
   */
  tolerance?: Tolerance | Readonly<Record<number, Tolerance>>;
  /** `"voxel"` (default, MONAI's edge voxels) or `"surfel"` (DeepMind's corner surfels, 2-D and 3-D). */
  boundary?: "voxel" | "surfel";
  /** Class ids to score (default: every id from 1, or 0 with `includeBackground`, to the largest present). */
  classes?: readonly number[];
  /** Whether the default classes include 0 (default false). */
  includeBackground?: boolean;
  /**
   * How empty masks score. `"reference"` (default): as the reference library
   * of the boundary kind (MONAI for voxels: both empty → all `null`, one
   * empty → `hd`/`assd` `Infinity`, `hd95` `null`, `nsd` 0; DeepMind for
   * surfels). `"challenge"` (BraTS-style): both empty → distances 0 and
   * `nsd` 1; one empty → distances = the image diagonal, `nsd` 0.
   */
  empty?: EmptyPolicy;
}

/** Checked arguments. */
export interface ResolvedBoundary {
  pred: ClassMap;
  label: ClassMap;
  grid: Grid;
  maxId: number;
  classes: number[];
  /** Tolerances of each class, and whether NSD is reported as a list. */
  tolerances: { taus: number[]; many: boolean }[];
  surfel: boolean;
  empty: EmptyPolicy;
}

const OPTION_KEYS = new Set([
  "tolerance",
  "boundary",
  "classes",
  "includeBackground",
  "empty",
]);

/**
 * Checks the input and options.
 *
 * @param input The maps, shape and spacing.
 * @param options The options.
 * @returns The resolved arguments.
 */
export function resolveBoundary(
  input: unknown,
  options: unknown,
): ResolvedBoundary {
  if (typeof input !== "object" || input === null) {
    throw typeError(WHAT, "input", `must be an object, got ${show(input)}`);
  }
  const inp = input as Record<string, unknown>;
  const opts = checkOptions(options);
  const grid = checkGrid(inp.shape, inp.spacing);
  const size = grid.dims[0] * grid.dims[1] * grid.dims[2];
  const pred = checkMap(inp.pred, "input.pred", size);
  const label = checkMap(inp.label, "input.label", size);
  const maxId = Math.max(maxOf(pred), maxOf(label));
  const classes = checkClasses(opts, maxId);
  const surfel = opts.boundary === "surfel";
  checkToleranceValues(opts.tolerance);
  const tolerances = classes.map((c) => checkTolerance(opts.tolerance, c));
  return {
    pred,
    label,
    grid,
    maxId,
    classes,
    tolerances,
    surfel,
    empty: opts.empty ?? "reference",
  };
}

function checkOptions(options: unknown): BoundaryOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw typeError(WHAT, "options", `must be an object, got ${show(options)}`);
  }
  for (const k of Object.keys(options)) {
    if (!OPTION_KEYS.has(k)) {
      throw typeError(WHAT, `options.${k}`, "is not a boundary-metrics option");
    }
  }
  const o = options as BoundaryOptions;
  if (
    o.boundary !== undefined && o.boundary !== "voxel" &&
    o.boundary !== "surfel"
  ) {
    throw typeError(
      WHAT,
      "options.boundary",
      `must be "voxel" or "surfel", got ${show(o.boundary)}`,
    );
  }
  if (
    o.empty !== undefined && o.empty !== "reference" && o.empty !== "challenge"
  ) {
    throw typeError(
      WHAT,
      "options.empty",
      `must be "reference" or "challenge", got ${show(o.empty)}`,
    );
  }
  if (
    o.includeBackground !== undefined &&
    typeof o.includeBackground !== "boolean"
  ) {
    throw typeError(
      WHAT,
      "options.includeBackground",
      `must be a boolean, got ${show(o.includeBackground)}`,
    );
  }
  return o;
}

function checkGrid(shape: unknown, spacing: unknown): Grid {
  if (!Array.isArray(shape) || (shape.length !== 2 && shape.length !== 3)) {
    throw typeError(
      WHAT,
      "input.shape",
      `must be an array of 2 or 3 dimensions, got ${show(shape)}`,
    );
  }
  let size = 1;
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 1) {
      throw rangeError(
        WHAT,
        "input.shape",
        `must hold positive integers, got ${show(shape)}`,
      );
    }
    size *= d;
  }
  if (size > MAX_VOXELS) {
    throw rangeError(
      WHAT,
      "input.shape",
      `has ${size} voxels, more than ${MAX_VOXELS}`,
    );
  }
  const s = spacing === undefined ? shape.map(() => 1) : spacing;
  if (!Array.isArray(s) || s.length !== shape.length) {
    throw typeError(
      WHAT,
      "input.spacing",
      `must be an array of ${shape.length} numbers (one per dimension), got ${
        show(spacing)
      }`,
    );
  }
  for (const x of s) {
    if (typeof x !== "number" || !Number.isFinite(x) || x <= 0) {
      throw rangeError(
        WHAT,
        "input.spacing",
        `must hold finite positive numbers, got ${show(spacing)}`,
      );
    }
  }
  if (shape.length === 2) {
    return { dims: [1, shape[0], shape[1]], spacing: [1, s[0], s[1]], rank: 2 };
  }
  return {
    dims: [shape[0], shape[1], shape[2]],
    spacing: [s[0], s[1], s[2]],
    rank: 3,
  };
}

const MAP_TYPES = [
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
];

function checkMap(map: unknown, name: string, size: number): ClassMap {
  const typed = MAP_TYPES.some((T) => map instanceof T);
  if (!typed && !Array.isArray(map)) {
    throw typeError(
      WHAT,
      name,
      `must be an integer typed array (Uint8Array … Int32Array) or an array of class ids, got ${
        show(map)
      }`,
    );
  }
  const m = map as ClassMap;
  if (m.length !== size) {
    throw typeError(
      WHAT,
      name,
      `must have ${size} values (the product of input.shape), got ${m.length}`,
    );
  }
  if (m instanceof Uint8Array || m instanceof Uint16Array) return m; // always ids
  for (let i = 0; i < size; i++) {
    const v = m[i];
    if (!(Number.isInteger(v) && v >= 0 && v <= MAX_CLASS_ID)) {
      throw rangeError(
        WHAT,
        name,
        `must hold class ids, integers 0–${MAX_CLASS_ID}; got ${
          show(v)
        } at index ${i}`,
      );
    }
  }
  return m;
}

function maxOf(m: ClassMap): number {
  let max = 0;
  for (let i = 0; i < m.length; i++) if (m[i] > max) max = m[i];
  return max;
}

function checkClasses(o: BoundaryOptions, maxId: number): number[] {
  if (o.classes === undefined) {
    const out: number[] = [];
    for (let c = o.includeBackground ? 0 : 1; c <= maxId; c++) out.push(c);
    return out;
  }
  if (!Array.isArray(o.classes)) {
    throw typeError(
      WHAT,
      "options.classes",
      `must be an array of class ids, got ${show(o.classes)}`,
    );
  }
  const seen = new Set<number>();
  for (const c of o.classes) {
    if (!Number.isInteger(c) || c < 0 || c > MAX_CLASS_ID || seen.has(c)) {
      throw rangeError(
        WHAT,
        "options.classes",
        `must hold distinct integers 0–${MAX_CLASS_ID}, got ${show(o.classes)}`,
      );
    }
    seen.add(c);
  }
  return [...o.classes];
}

/** The tolerances of class `c` (the option already checked by {@link checkToleranceValues}). */
function checkTolerance(
  tol: BoundaryOptions["tolerance"],
  c: number,
): { taus: number[]; many: boolean } {
  if (tol === undefined) return { taus: [1], many: false };
  if (typeof tol === "number" || Array.isArray(tol)) {
    return checkTaus(tol as Tolerance, "options.tolerance");
  }
  if (!Object.hasOwn(tol, String(c))) {
    throw typeError(
      WHAT,
      `options.tolerance[${c}]`,
      "is missing (a tolerance given by class needs one for every scored class)",
    );
  }
  return checkTaus(
    (tol as Record<number, Tolerance>)[c],
    `options.tolerance[${c}]`,
  );
}

/** Checks every tolerance given, whether or not its class is scored. */
function checkToleranceValues(tol: BoundaryOptions["tolerance"]): void {
  if (tol === undefined) return;
  if (typeof tol === "number" || Array.isArray(tol)) {
    checkTaus(tol as Tolerance, "options.tolerance");
    return;
  }
  if (typeof tol !== "object" || tol === null) {
    throw typeError(
      WHAT,
      "options.tolerance",
      `must be a number, an array of numbers or an object by class, got ${
        show(tol)
      }`,
    );
  }
  for (const [k, v] of Object.entries(tol)) {
    checkTaus(v, `options.tolerance[${k}]`);
  }
}

function checkTaus(
  t: Tolerance,
  name: string,
): { taus: number[]; many: boolean } {
  const many = Array.isArray(t);
  const list: unknown[] = many ? [...(t as readonly number[])] : [t];
  if (list.length === 0 || list.length > 64) {
    throw rangeError(
      WHAT,
      name,
      `must hold 1 to 64 tolerances, got ${list.length}`,
    );
  }
  for (const x of list) {
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      throw rangeError(
        WHAT,
        name,
        `must be finite non-negative numbers, got ${show(t)}`,
      );
    }
  }
  return { taus: list as number[], many };
}
