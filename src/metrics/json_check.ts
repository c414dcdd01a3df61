/**
 * The relations every accumulator the library builds satisfies (counted on any
 * backend, merged, or with calibration turned off midway by a batch of
 * predicted ids), checked on the counts of a serialised one: a shard from
 * another worker or machine cannot report a tp above its predicted pixels, a
 * fractional count, a row that wraps in uint32 or an ECE of 1e300.
 *
 * @module
 */

import { BIN_K } from "../core/counts.ts";
import { typeError } from "../core/errors.ts";
import type { Calib, ResolvedMetricsOptions } from "./options.ts";
import { ignoreList } from "./class_options.ts";

/** The counts of a serialised accumulator, as plain number arrays. */
export interface JsonCounts {
  kept: number;
  images: number;
  predSeen: boolean;
  a: Record<string, number[]>;
}

const bad = (why: string) => typeError("metrics", "json", why);

/** Largest value of a per-image row (they are stored as uint32). */
const ROW_MAX = 2 ** 32 - 1;
/** ECE (percent) and SCE (permille) of an image, with room for rounding. */
const ECE_MAX = 100 * (1 + 1e-9);
const SCE_MAX = 1000 * (1 + 1e-9);

/**
 * Checks that the named values are integers in [0, max].
 *
 * @param name The array's name, for messages.
 * @param v The values.
 * @param stride Check values `offset, offset + stride, ...` only.
 * @param offset The first value checked.
 * @param max The largest allowed value.
 */
export function checkIntegers(
  name: string,
  v: readonly number[],
  max = Number.MAX_SAFE_INTEGER,
  stride = 1,
  offset = 0,
): void {
  for (let i = offset; i < v.length; i += stride) {
    if (!(Number.isSafeInteger(v[i]) && v[i] >= 0 && v[i] <= max)) {
      throw bad(
        `arrays.${name}[${i}] must be an integer in [0, ${max}], got ${v[i]}`,
      );
    }
  }
}

/** Throws unless `a <= b`, naming both. */
function atMost(aName: string, a: number, bName: string, b: number): void {
  if (!(a <= b)) throw bad(`${aName} (${a}) must be <= ${bName} (${b})`);
}

/** Throws unless `a === b`, naming both. */
function equal(aName: string, a: number, bName: string, b: number): void {
  if (a !== b) throw bad(`${aName} (${a}) must equal ${bName} (${b})`);
}

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

/** Per class: tp within predicted and labelled pixels, sums equal to kept. */
function checkClasses(j: JsonCounts, o: ResolvedMetricsOptions): void {
  const { tp, pred, label, present } = j.a;
  for (const k of ["tp", "pred", "label", "present"]) checkIntegers(k, j.a[k]);
  atMost("images", j.images, "kept", j.kept);
  if ((j.images > 0) !== (j.kept > 0)) {
    throw bad(
      `images (${j.images}) and kept (${j.kept}) must be both 0 or both > 0`,
    );
  }
  equal("the sum of arrays.pred", sum(pred), "kept", j.kept);
  equal("the sum of arrays.label", sum(label), "kept", j.kept);
  atMost("images", j.images, "the sum of arrays.present", sum(present));
  for (let c = 0; c < tp.length; c++) {
    atMost(`arrays.tp[${c}]`, tp[c], `arrays.pred[${c}]`, pred[c]);
    atMost(`arrays.tp[${c}]`, tp[c], `arrays.label[${c}]`, label[c]);
    atMost(`arrays.present[${c}]`, present[c], "images", j.images);
    atMost(`arrays.present[${c}]`, present[c], `arrays.label[${c}]`, label[c]);
    if (label[c] > 0 && present[c] === 0) {
      throw bad(`arrays.present[${c}] must be > 0: arrays.label[${c}] is > 0`);
    }
  }
  for (const ig of ignoreList(o.ignoreIndex)) {
    if (ig >= 0 && ig < tp.length) {
      equal(`arrays.label[${ig}] (ignoreIndex)`, label[ig], "0", 0);
    }
  }
}

/** Per-image rows: within uint32, tp within pred and label, adding up to the totals. */
function checkRows(j: JsonCounts, C: number): void {
  const { imgTp, imgPred, imgLabel } = j.a;
  if (imgTp.length === 0) return;
  for (const k of ["imgTp", "imgPred", "imgLabel"]) {
    checkIntegers(k, j.a[k], ROW_MAX);
  }
  const cols = ["tp", "pred", "label", "present"].map(() =>
    new Array(C).fill(0)
  );
  for (let i = 0; i < j.images; i++) {
    let p = 0, l = 0;
    for (let c = 0; c < C; c++) {
      const r = i * C + c;
      if (!(imgTp[r] <= imgPred[r] && imgTp[r] <= imgLabel[r])) {
        throw bad(
          `arrays.imgTp[${r}] (${imgTp[r]}) must be <= arrays.imgPred[${r}] (${
            imgPred[r]
          }) and arrays.imgLabel[${r}] (${imgLabel[r]})`,
        );
      }
      p += imgPred[r];
      l += imgLabel[r];
      cols[0][c] += imgTp[r];
      cols[1][c] += imgPred[r];
      cols[2][c] += imgLabel[r];
      cols[3][c] += imgLabel[r] > 0 ? 1 : 0;
    }
    equal(`image ${i}'s predicted pixels`, p, "its labelled pixels", l);
    if (l === 0) throw bad(`image ${i}'s rows must hold a kept pixel`);
  }
  ["tp", "pred", "label", "present"].forEach((k, n) => {
    for (let c = 0; c < C; c++) {
      equal(
        `arrays.${k}[${c}]`,
        j.a[k][c],
        "the sum of its image rows",
        cols[n][c],
      );
    }
  });
}

/**
 * The totals of one group of calibration bins (ECE: one group; SCE: one per
 * class), after checking each bin: integer total and correct, correct <=
 * total, a confidence sum in [0, total].
 */
function binTotals(
  name: string,
  bins: readonly number[],
  at: number,
  nb: number,
): { total: number; correct: number } {
  let total = 0, correct = 0;
  for (let k = 0, i = at; k < nb; k++, i += BIN_K) {
    const [t, ok, conf] = [bins[i], bins[i + 1], bins[i + 2]];
    atMost(
      `arrays.${name}[${i + 1}] (correct)`,
      ok,
      `arrays.${name}[${i}] (total)`,
      t,
    );
    if (!(conf >= 0 && conf <= t)) {
      throw bad(
        `arrays.${name}[${
          i + 2
        }] (summed confidence, ${conf}) must lie in [0, ${t}] (the bin's total)`,
      );
    }
    total += t;
    correct += ok;
  }
  return { total, correct };
}

/**
 * Calibration bins: the pixels binned are the kept pixels of the batches
 * counted with probabilities while the metric was on: all of them when it is
 * on and no batch of predicted ids was added, none when it is off.
 */
function checkBins(j: JsonCounts, o: ResolvedMetricsOptions): void {
  const nb = o.numBins, C = o.numClasses;
  const { eceBins, sceBins, tp } = j.a;
  for (
    const [k, bins] of [["eceBins", eceBins], ["sceBins", sceBins]] as const
  ) {
    checkIntegers(k, bins, Number.MAX_SAFE_INTEGER, BIN_K, 0);
    checkIntegers(k, bins, Number.MAX_SAFE_INTEGER, BIN_K, 1);
  }
  const ece = binTotals("eceBins", eceBins, 0, nb);
  checkBinned("eceBins", ece.total, ece.correct, sum(tp), o.ECED, j);
  const first = binTotals("sceBins", sceBins, 0, nb).total;
  for (let c = 0; c < C; c++) {
    const s = binTotals("sceBins", sceBins, c * nb * BIN_K, nb);
    equal(
      `the pixels in class ${c}'s arrays.sceBins`,
      s.total,
      "class 0's",
      first,
    );
    checkBinned(`class ${c}'s sceBins`, s.total, s.correct, tp[c], o.SCED, j);
  }
}

function checkBinned(
  name: string,
  total: number,
  correct: number,
  tp: number,
  flag: Calib,
  j: JsonCounts,
): void {
  const what = `the pixels binned in ${name}`;
  if (flag === false) return equal(what, total, "0 (the metric is off)", 0);
  const check = complete(flag, j.predSeen) ? equal : atMost;
  check(what, total, "kept", j.kept);
  check(`the correct pixels binned in ${name}`, correct, "their tp", tp);
}

/** Whether a calibration metric saw every batch: on, and no predicted ids added. */
function complete(flag: Calib, predSeen: boolean): boolean {
  return flag !== false && !predSeen;
}

/**
 * The expected length of a per-image calibration array: one value per image
 * when the metric saw every batch, none when it is off, else at most one per
 * image.
 *
 * @param flag The metric's flag.
 * @param predSeen Whether predicted ids were added.
 * @param images Images with a kept pixel.
 * @param length The array's length.
 * @returns The length it must have.
 */
export function floatsLength(
  flag: Calib,
  predSeen: boolean,
  images: number,
  length: number,
): number {
  if (flag === false) return 0;
  return complete(flag, predSeen) ? images : Math.min(length, images);
}

/** Per-image ECE and SCE: finite, in [0, 100] and [0, 1000] (percent, permille). */
function checkFloats(j: JsonCounts): void {
  for (const [k, max] of [["eceI", ECE_MAX], ["sceI", SCE_MAX]] as const) {
    j.a[k].forEach((v, i) => {
      if (!(v >= 0 && v <= max)) {
        throw bad(
          `arrays.${k}[${i}] must lie in [0, ${Math.round(max)}], got ${v}`,
        );
      }
    });
  }
}

/**
 * Checks the counts of a serialised accumulator against its options and the
 * relations every real accumulator satisfies. Lengths and number types are
 * checked before (see `countsFromJSON`).
 *
 * @param j The counts.
 * @param o The accumulator's resolved options.
 */
export function checkJsonCounts(
  j: JsonCounts,
  o: ResolvedMetricsOptions,
): void {
  if (j.predSeen) {
    for (const k of ["ECED", "ECEI", "SCED", "SCEI"] as const) {
      if (o[k] === true) {
        throw bad(
          `predSeen must be false with options.${k} true (predicted ids are refused then)`,
        );
      }
    }
  }
  checkClasses(j, o);
  checkRows(j, o.numClasses);
  checkBins(j, o);
  checkFloats(j);
}
