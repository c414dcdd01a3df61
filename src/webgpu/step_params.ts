/**
 * The host side of the GPU step (kernels/step_*.wgsl): its parameter block
 * and per-class table from the loss options, and the statistics record it
 * leaves for the host step.
 *
 * @module
 */

import type { ResolvedLossOptions } from "../core/options.ts";
import { STAT_K } from "../core/problem.ts";
import type { ActiveClassesMode } from "../core/types.ts";

/** Bytes of the StepParams uniform. */
export const STEP_PARAMS_BYTES = 64;
/** Words before the first group of a statistics record: stamp, flags, 2 unused. */
export const RECORD_HEAD = 4;
/** Floats per group of a statistics record: P, Y, D as (hi, lo), maxY, maxX, maxXY. */
export const RECORD_K = 9;

/**
 * The largest float32 `t'` with `v > t'` exactly when `v > t` for every
 * float32 `v`: the GPU decides activity as the float64 host step does.
 *
 * @param t A threshold, >= 0.
 * @returns The float32 threshold.
 */
export function float32Below(t: number): number {
  const f = new Float32Array([t]);
  // Rounded up (to a larger float32 or +infinity): take the one below.
  if (f[0] > t) new Int32Array(f.buffer)[0] -= 1;
  return f[0];
}

function modeCode(mode: ActiveClassesMode): number {
  if (typeof mode !== "string") return 4;
  return { ALL: 0, PRESENT: 1, LABEL: 1, PROB: 2, BOTH: 3 }[mode];
}

/**
 * The StepParams block of one call.
 *
 * @param o Resolved options.
 * @param soft Whether the labels are soft (selects the active-class mode).
 * @param B Images.
 * @param C Classes.
 * @param imageTiles Pass-1 tiles per image.
 * @param stamp The call's stamp, echoed in the record's header.
 * @returns The 64 bytes.
 */
export function stepParams(
  o: ResolvedLossOptions,
  soft: boolean,
  B: number,
  C: number,
  imageTiles: number,
  stamp: number,
): ArrayBuffer {
  const buf = new ArrayBuffer(STEP_PARAMS_BYTES);
  const u = new Uint32Array(buf);
  const f = new Float32Array(buf);
  const mode = soft ? o.activeClassesModeSoft : o.activeClassesModeHard;
  u.set([
    B,
    C,
    imageTiles,
    stamp >>> 0,
    modeCode(mode),
    o.norm,
    o.logLoss ? 1 : 0,
    o.mIoUI > 0 || o.mIoUC > 0 ? 1 : 0,
  ]);
  f.set([
    o.mIoUD,
    o.mIoUI,
    o.mIoUC,
    o.alpha,
    o.beta,
    o.gamma,
    o.smooth,
    float32Below(o.threshold),
  ], 8);
  return buf;
}

/**
 * Per class: its weight and whether a list mode lists it.
 *
 * @param o Resolved options.
 * @param soft Whether the labels are soft.
 * @param C Classes.
 * @returns `2*C` floats.
 */
export function classInfo(
  o: ResolvedLossOptions,
  soft: boolean,
  C: number,
): Float32Array<ArrayBuffer> {
  const info = new Float32Array(2 * C);
  const mode = soft ? o.activeClassesModeSoft : o.activeClassesModeHard;
  for (let c = 0; c < C; c++) info[2 * c] = o.classWeights?.[c] ?? 1;
  if (typeof mode !== "string") { for (const c of mode) info[2 * c + 1] = 1; }
  return info;
}

/** What a statistics record holds. */
export interface ReadRecord {
  /** The stamp of the call that wrote it. */
  stamp: number;
  /** Pass-1 flags (1: bad prediction, 2: bad labels). */
  flags: number;
  /** `G*STAT_K` statistics, sums as hi + lo in float64. */
  stats: Float64Array;
}

/**
 * Reads a statistics record of `groups` groups.
 *
 * @param bytes The record as read back.
 * @param groups Number of groups B*C.
 * @returns Stamp, flags and statistics.
 */
export function readRecord(bytes: ArrayBuffer, groups: number): ReadRecord {
  const u = new Uint32Array(bytes, 0, RECORD_HEAD);
  const f = new Float32Array(bytes, RECORD_HEAD * 4, groups * RECORD_K);
  const stats = new Float64Array(groups * STAT_K);
  for (let g = 0; g < groups; g++) {
    const r = g * RECORD_K, s = g * STAT_K;
    stats[s] = f[r] + f[r + 1];
    stats[s + 1] = f[r + 2] + f[r + 3];
    stats[s + 2] = f[r + 4] + f[r + 5];
    stats[s + 3] = f[r + 6];
    stats[s + 4] = f[r + 7];
    stats[s + 5] = f[r + 8];
  }
  return { stamp: u[0], flags: u[1], stats };
}
