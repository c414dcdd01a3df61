/**
 * The running counts of a metrics accumulator: per-class sums, calibration
 * bins and, for image- and class-level metrics, per-image rows. Appending the
 * counts of a batch (or of another tally) is exact.
 *
 * @module
 */

import { type BatchCounts, BIN_K } from "../core/counts.ts";

/** The per-image count rows of a tally. */
export const ROWS = ["imgTp", "imgPred", "imgLabel"] as const;
/** The per-image calibration values of a tally. */
export const FLOATS = ["eceI", "sceI"] as const;

/** A growable typed array (amortised doubling). */
class Grow<T extends Uint32Array | Float64Array> {
  data: T;
  length = 0;
  readonly #make: (n: number) => T;
  constructor(make: (n: number) => T) {
    this.#make = make;
    this.data = make(0);
  }
  append(src: ArrayLike<number>): void {
    const need = this.length + src.length;
    if (need > this.data.length) {
      const next = this.#make(Math.max(need, this.data.length * 2, 64));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(src as ArrayLike<number>, this.length);
    this.length = need;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const u32 = (n: number) => new Uint32Array(n);
const f64 = (n: number) => new Float64Array(n);

function addInto(dst: Float64Array, src: ArrayLike<number>): void {
  for (let i = 0; i < src.length; i++) dst[i] += src[i];
}

/** The counts of all batches added to an accumulator. */
export class Tally {
  /** Kept pixels. */
  kept = 0;
  /** Images with a kept pixel. */
  images = 0;
  /** Per class: correctly predicted pixels. */
  readonly tp: Float64Array;
  /** Per class: pixels predicted as the class. */
  readonly pred: Float64Array;
  /** Per class: pixels labelled as the class. */
  readonly label: Float64Array;
  /** Per class: images whose kept labels hold the class. */
  readonly present: Float64Array;
  /** `[numBins, BIN_K]` dataset ECE bins. */
  readonly eceBins: Float64Array;
  /** `[C, numBins, BIN_K]` dataset SCE bins. */
  readonly sceBins: Float64Array;
  /** `[C, C]` confusion counts (row = label, column = prediction), or empty. */
  readonly confusion: Float64Array;
  readonly #rows: Record<(typeof ROWS)[number], Grow<Uint32Array>>;
  readonly #floats: Record<(typeof FLOATS)[number], Grow<Float64Array>>;

  /**
   * An empty tally.
   *
   * @param C Number of classes.
   * @param numBins Number of calibration bins.
   * @param confusion Whether to keep a confusion matrix.
   */
  constructor(C: number, numBins: number, confusion = false) {
    this.tp = new Float64Array(C);
    this.pred = new Float64Array(C);
    this.label = new Float64Array(C);
    this.present = new Float64Array(C);
    this.eceBins = new Float64Array(numBins * BIN_K);
    this.sceBins = new Float64Array(C * numBins * BIN_K);
    this.confusion = new Float64Array(confusion ? C * C : 0);
    this.#rows = {
      imgTp: new Grow(u32),
      imgPred: new Grow(u32),
      imgLabel: new Grow(u32),
    };
    this.#floats = { eceI: new Grow(f64), sceI: new Grow(f64) };
  }

  /**
   * A per-image row array or calibration value array, `[images, C]` or
   * `[images]`.
   *
   * @param k The array's name.
   * @returns A view of its current contents.
   */
  rows<K extends (typeof ROWS)[number] | (typeof FLOATS)[number]>(
    k: K,
  ): K extends (typeof ROWS)[number] ? Uint32Array : Float64Array;
  rows(k: string): Uint32Array | Float64Array {
    const rows = this.#rows as Record<string, Grow<Uint32Array>>;
    const floats = this.#floats as Record<string, Grow<Float64Array>>;
    return (rows[k] ?? floats[k]).view();
  }

  /**
   * Adds the counts of a batch (or of another tally, see `counts`).
   *
   * @param c The counts.
   */
  append(c: BatchCounts): void {
    this.kept += c.kept;
    this.images += c.images;
    addInto(this.tp, c.tp);
    addInto(this.pred, c.pred);
    addInto(this.label, c.label);
    addInto(this.present, c.present);
    if (c.eceBins.length) addInto(this.eceBins, c.eceBins);
    if (c.sceBins.length) addInto(this.sceBins, c.sceBins);
    if (this.confusion.length && c.confusion) {
      addInto(this.confusion, c.confusion);
    }
    for (const k of ROWS) if (c[k].length) this.#rows[k].append(c[k]);
    for (const k of FLOATS) if (c[k].length) this.#floats[k].append(c[k]);
  }

  /**
   * This tally as the counts of one batch, for appending it to another.
   *
   * @returns Views of this tally's arrays.
   */
  counts(): BatchCounts {
    return {
      kept: this.kept,
      images: this.images,
      tp: this.tp,
      pred: this.pred,
      label: this.label,
      present: this.present,
      imgTp: this.rows("imgTp"),
      imgPred: this.rows("imgPred"),
      imgLabel: this.rows("imgLabel"),
      eceBins: this.eceBins,
      sceBins: this.sceBins,
      eceI: this.rows("eceI"),
      sceI: this.rows("sceI"),
      confusion: this.confusion,
    };
  }
}
