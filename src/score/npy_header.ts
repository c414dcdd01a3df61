/**
 * The header of a `.npy` file, read as numpy reads it: a Python dict literal
 * with exactly the keys `descr` (a string), `fortran_order` (`True` or
 * `False`) and `shape` (a tuple of decimal integers). Anything numpy would
 * refuse is refused: a dimension written `3.0` or `0x30`, an unknown or
 * repeated key, a `'descr'` hidden inside another string.
 *
 * @module
 */

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
  value(): Value {
    this.ws();
    const rest = this.text.slice(this.i);
    for (const [word, v] of [["True", true], ["False", false]] as const) {
      if (rest.startsWith(word) && !/\w/.test(rest[word.length] ?? "")) {
        this.i += word.length;
        return v;
      }
    }
    if (rest[0] === "(") return this.tuple();
    return this.string();
  }
  tuple(): number[] {
    this.expect("(");
    const out: number[] = [];
    while (!this.eat(")")) {
      this.ws();
      const m = /^\d+(?![\w.])/.exec(this.text.slice(this.i));
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
 * @returns The fields.
 * @throws {Error} Saying what is wrong (the caller wraps it in a typed error).
 */
export function parseNpyHeader(text: string): NpyHeader {
  const r = new Reader(text);
  const dict = new Map<string, Value>();
  r.expect("{");
  while (!r.eat("}")) {
    const key = r.string();
    if (dict.has(key)) throw new Error(`key '${key}' appears twice`);
    r.expect(":");
    dict.set(key, r.value());
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
      `keys must be descr, fortran_order and shape, got ${keys || "none"}`,
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
