/**
 * Boundary metrics accumulated over cases: the per-case results are kept
 * (so merging and JSON stay exact), and the summary per class gives the mean
 * of the finite values with the counts of undefined (`null`) and infinite
 * ones, which a mean must not hide.
 *
 * @module
 */

import { show, typeError } from "../../core/errors.ts";
import type {
  BoundaryClassResult,
  BoundaryResult,
} from "./boundary_metrics.ts";
import {
  BOUNDARY_FIELDS,
  boundaryClassFromJSON,
  type BoundaryClassJSON,
  boundaryClassToJSON,
} from "./json.ts";

/** The results of one case (image or volume). */
export interface BoundaryCase {
  /** The case's name. */
  case: string;
  /** Its per-class results, as `boundaryMetrics` returned them. */
  classes: BoundaryClassResult[];
}

/** One metric of one class over the cases. */
export interface BoundaryStat {
  /** Mean of the finite values (null when there is none). */
  mean: number | null;
  /** Number of finite values. */
  n: number;
  /** Number of undefined (`null`) values. */
  undefined: number;
  /** Number of infinite values. */
  infinite: number;
}

/** The summary of one class over the cases where it was scored. */
export interface BoundaryClassSummary {
  /** The class id. */
  class: number;
  /** Number of cases that scored the class. */
  cases: number;
  /** Hausdorff distance. */
  hd: BoundaryStat;
  /** 95th-percentile Hausdorff distance. */
  hd95: BoundaryStat;
  /** Average symmetric surface distance. */
  assd: BoundaryStat;
  /** Mean distance, prediction to label. */
  asdPredToLabel: BoundaryStat;
  /** Mean distance, label to prediction. */
  asdLabelToPred: BoundaryStat;
  /** NSD: one stat, or one per τ. */
  nsd: BoundaryStat | BoundaryStat[];
}

/** The JSON form of the accumulator (Infinity written as `"Infinity"`). */
export interface BoundaryCasesJSON {
  /** Always `"jdt-boundary/1"`. */
  format: "jdt-boundary/1";
  /** The cases in the order they were added. */
  cases: { case: string; classes: BoundaryClassJSON[] }[];
}

/** Stats of a list of values. */
function stat(values: (number | null)[]): BoundaryStat {
  let s = 0, n = 0, undef = 0, inf = 0;
  for (const v of values) {
    if (v === null) undef++;
    else if (v === Infinity) inf++;
    else {
      s += v;
      n++;
    }
  }
  return { mean: n === 0 ? null : s / n, n, undefined: undef, infinite: inf };
}

/** The number of NSD values of a class result (0: a single value). */
function nsdCount(r: BoundaryClassResult): number {
  return Array.isArray(r.nsd) ? r.nsd.length : 0;
}

/**
 * Boundary results of many cases; see {@link createBoundaryAccumulator}.
 */
export class BoundaryAccumulator {
  #cases: BoundaryCase[] = [];
  /** Per class, its NSD count, fixed by the first case that scores it. */
  #nsd = new Map<number, number>();

  /**
   * Adds one case's results (copied).
   *
   * @param caseId The case's name.
   * @param result What `boundaryMetrics` returned for it.
   * @returns This accumulator.
   * @throws {JdtTypeError} When a class reports a different number of NSD
   *   values (tolerances) than earlier cases did.
   */
  add(caseId: string, result: BoundaryResult): this {
    if (typeof caseId !== "string") {
      throw typeError(
        "boundary metrics",
        "caseId",
        `must be a string, got ${show(caseId)}`,
      );
    }
    if (
      result === null || typeof result !== "object" ||
      !Array.isArray(result.classes)
    ) {
      throw typeError(
        "boundary metrics",
        "result",
        "must be a boundaryMetrics result { classes }",
      );
    }
    const classes = result.classes.map((r, i) =>
      boundaryClassFromJSON(`result.classes[${i}]`, boundaryClassToJSON(r))
    );
    for (const r of classes) {
      const k = this.#nsd.get(r.class);
      if (k !== undefined && k !== nsdCount(r)) {
        throw typeError(
          "boundary metrics",
          "result",
          `class ${r.class} must report as many NSD tolerances as earlier cases (${
            k || 1
          }), got ${nsdCount(r) || 1}`,
        );
      }
    }
    for (const r of classes) this.#nsd.set(r.class, nsdCount(r));
    this.#cases.push({ case: caseId, classes });
    return this;
  }

  /**
   * Appends the cases of another accumulator (exact: the result equals adding
   * every case here).
   *
   * @param other Another accumulator.
   * @returns This accumulator.
   */
  merge(other: BoundaryAccumulator): this {
    if (!(other instanceof BoundaryAccumulator)) {
      throw typeError(
        "boundary metrics",
        "other",
        "must be a BoundaryAccumulator",
      );
    }
    for (const c of [...other.#cases]) this.add(c.case, c);
    return this;
  }

  /** The cases added so far, in order. */
  get cases(): readonly BoundaryCase[] {
    return this.#cases;
  }

  /**
   * Per class (in class order): the mean of the finite values of each metric
   * over the cases, with the counts of undefined and infinite values.
   *
   * @returns One summary per class scored in any case.
   */
  summary(): BoundaryClassSummary[] {
    const byClass = new Map<number, BoundaryClassResult[]>();
    for (const c of this.#cases) {
      for (const r of c.classes) {
        const list = byClass.get(r.class) ?? [];
        list.push(r);
        byClass.set(r.class, list);
      }
    }
    return [...byClass.keys()].sort((a, b) => a - b).map((cls) => {
      const rs = byClass.get(cls)!;
      const out = { class: cls, cases: rs.length } as BoundaryClassSummary;
      for (const k of BOUNDARY_FIELDS) out[k] = stat(rs.map((r) => r[k]));
      const k = this.#nsd.get(cls)!;
      out.nsd = k === 0
        ? stat(rs.map((r) => r.nsd as number | null))
        : Array.from(
          { length: k },
          (_, t) => stat(rs.map((r) => (r.nsd as (number | null)[])[t])),
        );
      return out;
    });
  }

  /**
   * The accumulator as JSON (Infinity written as `"Infinity"`).
   *
   * @returns A JSON-ready object for {@link BoundaryAccumulator.fromJSON}.
   */
  toJSON(): BoundaryCasesJSON {
    return {
      format: "jdt-boundary/1",
      cases: this.#cases.map((c) => ({
        case: c.case,
        classes: c.classes.map(boundaryClassToJSON),
      })),
    };
  }

  /**
   * Rebuilds an accumulator from {@link BoundaryAccumulator.toJSON} output.
   *
   * @param json The serialised accumulator (or its parsed text).
   * @returns An equal accumulator.
   * @throws {JdtTypeError} Naming the first bad field.
   */
  static fromJSON(json: BoundaryCasesJSON): BoundaryAccumulator {
    if (
      json === null || typeof json !== "object" ||
      json.format !== "jdt-boundary/1"
    ) {
      throw typeError(
        "boundary metrics",
        "json",
        'must have format "jdt-boundary/1"',
      );
    }
    if (!Array.isArray(json.cases)) {
      throw typeError("boundary metrics", "json.cases", "must be an array");
    }
    const acc = new BoundaryAccumulator();
    json.cases.forEach((c, i) => {
      const where = `json.cases[${i}]`;
      if (c === null || typeof c !== "object" || !Array.isArray(c.classes)) {
        throw typeError(
          "boundary metrics",
          where,
          "must be { case, classes: [...] }",
        );
      }
      const classes = c.classes.map((r, k) =>
        boundaryClassFromJSON(`${where}.classes[${k}]`, r)
      );
      acc.add(c.case, { classes });
    });
    return acc;
  }
}

/**
 * Creates an accumulator of boundary results over cases.
 *
 * @returns An empty accumulator.
 * @example
 * ```ts
 * import { boundaryMetrics, createBoundaryAccumulator } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const acc = createBoundaryAccumulator();
 * const label = new Uint8Array([1, 1, 0, 0]);
 * acc.add("a", boundaryMetrics({ pred: label, label, shape: [1, 4] }));
 * acc.add("b", boundaryMetrics({ pred: new Uint8Array(4), label, shape: [1, 4] }));
 * const [c1] = acc.summary();
 * assert.equal(c1.hd.mean, 0);
 * assert.equal(c1.hd.infinite, 1); // case b predicts nothing
 * assert.equal(JSON.parse(JSON.stringify(acc)).cases[1].classes[0].hd, "Infinity");
 * ```
 */
export function createBoundaryAccumulator(): BoundaryAccumulator {
  return new BoundaryAccumulator();
}
