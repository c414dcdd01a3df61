/**
 * The header of a `.npy` file, read as numpy reads it: a Python dict literal
 * with exactly the keys `descr` (a string), `fortran_order` (`True` or
 * `False`) and `shape` (a tuple of decimal integers). Anything numpy would
 * refuse is refused: a dimension written `3.0` or `0x30`, an unknown or
 * repeated key, a `'descr'` hidden inside another string. The shape stops
 * at its first entry past the most dimensions the caller accepts, so a
 * header of millions of entries costs no more than a short one.
 *
 * @module
 */

import { clip, quote } from "../core/errors.ts";

/** The fields of a `.npy` header. */
export interface NpyHeader {
  /** The dtype string, such as `<f4`. */
  descr: string;
  /** Whether the data is in Fortran (column-major) order. */
  fortranOrder: boolean;
  /** The dimensions. */
  shape: number[];
}

type Value = string | boolean | number[];

/** A small recursive-descent reader over the header text. */
class Reader {
  i = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  ws(): void {
    while (/\s/.test(this.text[this.i] ?? "")) this.i++;
  }
  /** The word at the reader, when it is `word` and not the start of a longer one. */
  word(word: string): boolean {
    return this.text.startsWith(word, this.i) &&
      !/\w/.test(this.text[this.i + word.length] ?? "");
  }
  eat(ch: string): boolean {
    this.ws();
    if (this.text[this.i] !== ch) return false;
    this.i++;
    return true;
  }
  expect(ch: string): void {
    if (!this.eat(ch)) throw new Error(`expected '${ch}' at ${this.i}`);
  }
  string(): string {
    this.ws();
    const q = this.text[this.i];
    if (q !== "'" && q !== '"') {
      throw new Error(`expected a string at ${this.i}`);
    }
    const end = this.text.indexOf(q, this.i + 1);
    const s = this.text.slice(this.i + 1, end);
    if (end < 0 || s.includes("\\")) {
      throw new Error(`unsupported string at ${this.i}`);
    }
    this.i = end + 1;
    return s;
  }
  value(maxDims: number): Value {
    this.ws();
    for (const [word, v] of [["True", true], ["False", false]] as const) {
      if (this.word(word)) {
        this.i += word.length;
        return v;
      }
    }
    if (this.text[this.i] === "(") return this.tuple(maxDims);
    return this.string();
  }
  tuple(maxDims: number): number[] {
    this.expect("(");
    const out: number[] = [];
    const entry = /\d+(?![\w.])/y;
    while (!this.eat(")")) {
      if (out.length === maxDims) {
        throw new Error(`shape has more than ${maxDims} entries`);
      }
      this.ws();
      entry.lastIndex = this.i;
      const m = entry.exec(this.text);
      if (!m) throw new Error(`shape entries must be decimal integers`);
      out.push(Number(m[0]));
      this.i += m[0].length;
      if (!this.eat(",")) {
        this.expect(")");
        break;
      }
    }
    return out;
  }
}

/**
 * Parses a `.npy` header dict.
 *
 * @param text The header text (after the magic, version and length).
 * @param maxDims Most shape entries accepted (default 64, numpy's most):
 *   reading stops at the first entry past it.
 * @returns The fields.
 * @throws {Error} Saying what is wrong (the caller wraps it in a typed error).
 */
export function parseNpyHeader(text: string, maxDims = 64): NpyHeader {
  const r = new Reader(text);
  const dict = new Map<string, Value>();
  r.expect("{");
  while (!r.eat("}")) {
    const key = r.string();
    if (dict.has(key)) throw new Error(`key ${quote(key)} appears twice`);
    r.expect(":");
    dict.set(key, r.value(maxDims));
    if (!r.eat(",")) {
      r.expect("}");
      break;
    }
  }
  r.ws();
  if (r.i !== text.length) throw new Error(`text after the dict at ${r.i}`);
  const keys = [...dict.keys()].sort().join(", ");
  if (keys !== "descr, fortran_order, shape") {
    throw new Error(
      `keys must be descr, fortran_order and shape, got ${
        clip(keys) || "none"
      }`,
    );
  }
  const descr = dict.get("descr");
  const fortran = dict.get("fortran_order");
  const shape = dict.get("shape");
  if (typeof descr !== "string") throw new Error("descr must be a string");
  if (typeof fortran !== "boolean") {
    throw new Error("fortran_order must be True or False");
  }
  if (!Array.isArray(shape)) throw new Error("shape must be a tuple");
  return { descr, fortranOrder: fortran, shape };
}
