/**
 * One batch of a run from a request's files: its accumulator (a PNG/`.npy`
 * pair or a NIfTI volume pair) and, when the query asks (`boundary=1`), its
 * boundary metrics, kept per case so that the run's lists stay exact.
 *
 * @module
 */

import { emptyError } from "../core/errors.ts";
import { createMetrics } from "../metrics/accumulator.ts";
import type { SegmentationMetrics } from "../metrics/accumulator.ts";
import type { BoundaryClassJSON } from "../metrics/boundary/json.ts";
import {
  type BoundaryQuery,
  boundaryReport,
  imageBoundary,
} from "./boundary_query.ts";
import { HttpError } from "./http.ts";
import { hasChoice } from "./metric_choice.ts";
import type { ScoreLimits } from "./options.ts";
import { addPair, checkPair } from "./pair_score.ts";
import { decodeFiles, type PairFiles, type ScoreQuery } from "./request.ts";
import { isNifti, readVolumePair, volumeMetrics } from "./volume_score.ts";
import type { RunBoundaryCase } from "./runs.ts";
import { BoundaryAccumulator } from "../metrics/boundary/cases.ts";

/** A batch ready to add to its run. */
export interface RunBatch {
  /** The batch's accumulator. */
  metrics: SegmentationMetrics;
  /** Its boundary metrics when the query asks for them, else null. */
  boundary: BoundaryClassJSON[] | null;
}

/** The accumulator, or a 422 when every pixel was ignored. */
function nonEmpty(m: SegmentationMetrics): SegmentationMetrics {
  if (m.keptPixels === 0) {
    throw emptyError(
      "metrics",
      "no kept pixel (every label pixel is ignored)",
    );
  }
  return m;
}

/**
 * Scores a batch's files for its run.
 *
 * @param files The two files (PNG/`.npy` or NIfTI).
 * @param q Classes and ignore value(s); metric options are refused (400).
 * @param bq The boundary query, or null.
 * @param limits The service's limits.
 * @returns The batch, or the 422 answer of a NIfTI pair whose geometry
 *   differs.
 */
export async function runBatch(
  files: PairFiles,
  q: ScoreQuery,
  bq: BoundaryQuery | null,
  limits: ScoreLimits,
): Promise<RunBatch | Response> {
  if (hasChoice(q.choice)) {
    throw new HttpError(
      400,
      "subset, includeBackground and empty are not kept by runs: ask /score, or read the run's perClass table",
    );
  }
  if (isNifti(files.pred) || isNifti(files.label)) {
    const pair = await readVolumePair(files, limits);
    if (pair instanceof Response) return pair;
    return {
      metrics: nonEmpty(volumeMetrics(pair, q)),
      boundary: bq && boundaryReport(pair, q.classes, q.ignore, bq),
    };
  }
  const { pred, label } = await decodeFiles(files, limits);
  checkPair(pred, label, q.classes);
  const m = createMetrics({ numClasses: q.classes, ignoreIndex: q.ignore });
  addPair(m, pred, label);
  return {
    metrics: nonEmpty(m),
    boundary: bq && imageBoundary(pred, label, q.classes, q.ignore, bq),
  };
}

/**
 * The boundary part of `GET /runs/{run}`: the query, the per-class summary
 * over the cases (means of the finite values, counts of undefined and
 * infinite ones) and every case's results.
 *
 * @param b The run's boundary query and cases.
 * @returns The JSON-ready object.
 */
export function runBoundary(
  b: { query: BoundaryQuery; cases: RunBoundaryCase[] },
): Record<string, unknown> {
  const acc = BoundaryAccumulator.fromJSON({
    format: "jdt-boundary/1",
    cases: b.cases,
  });
  return {
    tolerance: b.query.tolerance,
    boundaryKind: b.query.boundary,
    summary: acc.summary(),
    cases: b.cases,
  };
}
