/**
 * NIfTI volume pairs in the scoring service: detection by magic, reading
 * within the voxel limit, the geometry check (same dimensions, spacing and
 * affine, else a 422 naming what differs), and the report: the metrics,
 * optional boundary metrics with the volume's spacing, and an optional
 * error map of every slice.
 *
 * @module
 */

import {
  createMetrics,
  type SegmentationMetrics,
} from "../metrics/accumulator.ts";
import { isInputError, JdtRangeError } from "../core/errors.ts";
import type { HardLabels } from "../core/types.ts";
import { HttpError, json } from "./http.ts";
import { checkSameGeometry, type NiftiVolume, readNifti } from "./nifti.ts";
import { isGzip } from "./nifti_gzip.ts";
import type { ScoreLimits } from "./options.ts";
import { type PairFiles, readBackground, type ScoreQuery } from "./request.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";
import {
  type BoundaryQuery,
  boundaryReport,
  readBoundaryQuery,
} from "./boundary_query.ts";
import { errorCodes } from "./error_map.ts";
import type { LabelMap } from "./png.ts";

/**
 * Whether a file is a NIfTI volume: gzip (`.nii.gz`; PNG and `.npy` are never
 * gzip) or a `sizeof_hdr` of 348 / 540 in either byte order.
 *
 * @param bytes The file.
 * @returns True for NIfTI.
 */
export function isNifti(bytes: Uint8Array): boolean {
  if (isGzip(bytes)) return true;
  if (bytes.length < 348) return false;
  const v = new DataView(bytes.buffer, bytes.byteOffset, 4);
  return [true, false].some((le) => [348, 540].includes(v.getInt32(0, le)));
}

/** Reads one file of the pair; 413 over the voxel limit, 400 when malformed. */
async function readVolume(
  bytes: Uint8Array,
  field: "pred" | "label",
  maxVoxels: number,
): Promise<NiftiVolume> {
  try {
    return await readNifti(bytes, { maxVoxels });
  } catch (e) {
    if (!isInputError(e)) throw e;
    const err = e as Error & { argument: string };
    const over = e instanceof JdtRangeError && err.argument === "dim" &&
      /more than the limit/.test(err.message);
    throw new HttpError(over ? 413 : 400, `${field}: ${err.message}`);
  }
}

/** Class ids in a type the metrics accept (copied only when needed). */
export function hardIds(data: NiftiVolume["data"]): HardLabels {
  if (
    data instanceof Uint8Array || data instanceof Uint16Array ||
    data instanceof Int32Array
  ) return data;
  return Int32Array.from(data);
}

/** What the report of a volume pair holds beyond the metrics. */
export interface VolumeExtras {
  /** The boundary query, or null. */
  boundary: BoundaryQuery | null;
  /** The error map's background class, or null for no map. */
  mapBackground: number | null;
}

/**
 * The boundary query and error-map background of a request's URL.
 *
 * @param url The request URL.
 * @param q Its classes.
 * @returns The extras.
 */
export function volumeExtras(url: URL, q: ScoreQuery): VolumeExtras {
  const map = url.searchParams.get("map") === "1";
  return {
    boundary: readBoundaryQuery(url.searchParams),
    mapBackground: map ? readBackground(url, q.classes) : null,
  };
}

/**
 * Scores a pair of NIfTI volumes: a 200 report, or 422 when their geometry
 * differs (`argument` names `label.shape`, `label.spacing` or `label.affine`).
 *
 * @param files The two files (both NIfTI).
 * @param q Classes and ignore value.
 * @param extras Boundary query and error map.
 * @param limits The service's limits (voxels count against `maxValues`).
 * @returns The response.
 */
export async function scoreVolumes(
  files: PairFiles,
  q: ScoreQuery,
  extras: VolumeExtras,
  limits: ScoreLimits,
): Promise<Response> {
  const pair = await readVolumePair(files, limits);
  if (pair instanceof Response) return pair;
  const { pred: p, label: l } = pair;
  const m = volumeMetrics(pair, q);
  const report: Record<string, unknown> = {
    shape: pair.shape,
    spacing: pair.spacing,
    classes: q.classes,
    ignoreIndex: q.ignore,
    pred: "nifti",
    metrics: m.value(),
    perClass: m.perClass(),
  };
  if (extras.boundary !== null) {
    report.boundary = boundaryReport(
      pair,
      q.classes,
      q.ignore,
      extras.boundary,
    );
  }
  if (extras.mapBackground !== null) {
    report.errorMap = volumeMap(
      p,
      l,
      pair.shape,
      q.ignore,
      extras.mapBackground,
    );
  }
  return json(200, report);
}

/** A NIfTI pair of the same geometry: class ids, shape and spacing. */
export interface VolumePair {
  /** Predicted class ids. */
  pred: HardLabels;
  /** True class ids. */
  label: HardLabels;
  /** Spatial dimensions. */
  shape: number[];
  /** Voxel spacing, one number per dimension. */
  spacing: number[];
}

/**
 * Reads a pair of NIfTI volumes: the pair, or a 422 answer when their
 * geometry differs (`argument` names `label.shape`, `label.spacing` or
 * `label.affine`).
 *
 * @param files The two files (both NIfTI, else 422).
 * @param limits The service's limits (voxels count against `maxValues`).
 * @returns The pair, or the 422 response.
 */
export async function readVolumePair(
  files: PairFiles,
  limits: ScoreLimits,
): Promise<VolumePair | Response> {
  if (!isNifti(files.pred) || !isNifti(files.label)) {
    throw new HttpError(
      422,
      `pred and label must both be NIfTI volumes (the ${
        isNifti(files.pred) ? "label" : "prediction"
      } is not)`,
    );
  }
  const label = await readVolume(files.label, "label", limits.maxValues);
  const pred = await readVolume(files.pred, "pred", limits.maxValues);
  try {
    checkSameGeometry(pred, label);
  } catch (e) {
    if (!(e instanceof JdtRangeError)) throw e;
    return json(422, { error: e.message, argument: e.argument });
  }
  return {
    pred: hardIds(pred.data),
    label: hardIds(label.data),
    shape: label.shape,
    spacing: label.spacing,
  };
}

/**
 * The metrics of a volume pair, one case.
 *
 * @param pair The pair.
 * @param q Classes, ignore value(s) and metric options.
 * @returns The accumulator holding the case.
 */
export function volumeMetrics(
  pair: VolumePair,
  q: ScoreQuery,
): SegmentationMetrics {
  const m = createMetrics({
    numClasses: q.classes,
    ignoreIndex: q.ignore,
    ...q.choice,
  });
  m.add({ pred: pair.pred, shape: [1, pair.label.length], labels: pair.label });
  return m;
}

/** The error codes of every slice (row-major `[depth, height, width]`), base64. */
function volumeMap(
  pred: HardLabels,
  label: HardLabels,
  shape: number[],
  ignore: IgnoreValues,
  background: number,
) {
  const [depth, height, width] = shape.length === 3 ? shape : [1, ...shape];
  // errorCodes reads only `data`, voxel by voxel: any integer array will do.
  const flat = {
    width,
    height: height * depth,
    data: label,
  } as unknown as LabelMap;
  const codes = errorCodes(pred, flat, ignore, background);
  return { width, height, depth, background, codes: base64(codes) };
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}
