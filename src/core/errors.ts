/**
 * Typed errors for bad input. Each names the argument at fault, so a caller
 * (a scoring server, say) can tell a client's mistake from a bug.
 *
 * @module
 */

/** A wrong type, a wrong length or an unknown option. */
export class JdtTypeError extends TypeError {
  /** The argument (or option) at fault, e.g. `"labels"` or `"options.norm"`. */
  readonly argument: string;
  /**
   * Creates the error.
   *
   * @param argument The argument at fault.
   * @param message The full message, naming the argument and what was expected.
   */
  constructor(argument: string, message: string) {
    super(message);
    this.name = "JdtTypeError";
    this.argument = argument;
  }
}

/** A value outside its allowed range (NaN, a label out of range, a negative weight). */
export class JdtRangeError extends RangeError {
  /** The argument (or option) at fault. */
  readonly argument: string;
  /**
   * Creates the error.
   *
   * @param argument The argument at fault.
   * @param message The full message, naming the argument and what was expected.
   */
  constructor(argument: string, message: string) {
    super(message);
    this.name = "JdtRangeError";
    this.argument = argument;
  }
}

/**
 * True when `e` is one of the library's input errors (a client's mistake).
 *
 * @param e Anything caught.
 * @returns Whether `e` is a `JdtTypeError` or `JdtRangeError`.
 * @example
 * ```ts
 * import { isInputError, jml } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * try {
 *   jml([1, 0], [1]); // lengths differ
 *   assert.fail("expected an error");
 * } catch (e) {
 *   assert.ok(isInputError(e));
 * }
 * assert.equal(isInputError(new Error("a bug")), false);
 * ```
 */
export function isInputError(e: unknown): e is JdtTypeError | JdtRangeError {
  return e instanceof JdtTypeError || e instanceof JdtRangeError;
}

/**
 * Reading the value of a metrics accumulator that has seen no kept pixel
 * (nothing added, or every pixel ignored). Not a wrong argument: there is
 * simply nothing to score (a scoring server answers 422).
 */
export class EmptyMetricsError extends Error {
  /**
   * Creates the error.
   *
   * @param message What was empty.
   */
  constructor(message: string) {
    super(message);
    this.name = "EmptyMetricsError";
  }
}

/**
 * An {@link EmptyMetricsError} in the library's message form:
 * "Cannot compute <what>: <why>".
 *
 * @param what What was being computed ("metrics", "soft scores").
 * @param why Why there is nothing to score.
 * @returns The error, to throw.
 */
export function emptyError(what: string, why: string): EmptyMetricsError {
  return new EmptyMetricsError(`${lead(what)}: ${why}`);
}

/**
 * A {@link JdtTypeError} in the library's message form:
 * "Cannot compute <what>: <argument> <expected>".
 *
 * @param what What was being computed ("loss", "metrics", ...), or a whole
 *   lead starting with "Cannot " ("Cannot create workspace") used as it is.
 * @param argument The argument at fault.
 * @param expected What was expected of it (and what came instead).
 * @returns The error, to throw.
 */
export function typeError(
  what: string,
  argument: string,
  expected: string,
): JdtTypeError {
  return new JdtTypeError(argument, `${lead(what)}: ${argument} ${expected}`);
}

/**
 * A {@link JdtRangeError} in the library's message form:
 * "Cannot compute <what>: <argument> <expected>".
 *
 * @param what What was being computed, or a whole lead starting with
 *   "Cannot " used as it is.
 * @param argument The argument at fault.
 * @param expected What was expected of it (and what came instead).
 * @returns The error, to throw.
 */
export function rangeError(
  what: string,
  argument: string,
  expected: string,
): JdtRangeError {
  return new JdtRangeError(argument, `${lead(what)}: ${argument} ${expected}`);
}

/** "Cannot compute <what>", or `what` itself when it is already a whole lead ("Cannot create workspace"). */
function lead(what: string): string {
  return what.startsWith("Cannot ") ? what : `Cannot compute ${what}`;
}

/** The most characters of input an error message quotes. */
export const QUOTE_CHARS = 200;

/**
 * Text from input as error messages quote it: at most {@link QUOTE_CHARS}
 * characters, JSON-quoted (so control characters and quotes are escaped);
 * longer text is cut, with its length. Every message that quotes input (an
 * id, a header, a query parameter, an option name) goes through this, so an
 * error never echoes a huge input back.
 *
 * @param text The input text.
 * @param max Most characters kept (default {@link QUOTE_CHARS}).
 * @returns The quoted text.
 * @example
 * ```ts
 * import { quote } from "./errors.ts";
 * import assert from "node:assert/strict";
 * assert.equal(quote("a%ZZ"), '"a%ZZ"');
 * assert.equal(quote("x".repeat(1000), 3), '"xxx…" (1000 characters)');
 * ```
 */
export function quote(text: string, max: number = QUOTE_CHARS): string {
  if (text.length <= max) return JSON.stringify(text);
  return `${
    JSON.stringify(`${text.slice(0, max)}…`)
  } (${text.length} characters)`;
}

/**
 * At most {@link QUOTE_CHARS} characters of input, unquoted (for text set
 * inside a message, such as an option name in `options.<name>`).
 *
 * @param text The input text.
 * @param max Most characters kept (default {@link QUOTE_CHARS}).
 * @returns The text, cut with "…" when longer.
 * @example
 * ```ts
 * import { clip } from "./errors.ts";
 * import assert from "node:assert/strict";
 * assert.equal(clip("abcdef", 3), "abc…");
 * ```
 */
export function clip(text: string, max: number = QUOTE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * A value as the error messages show it: strings quoted (so `"1"` is never
 * mistaken for the number 1), arrays element by element (the first 8), other
 * objects by their type.
 *
 * @param v Any value.
 * @returns A short description.
 * @example
 * ```ts
 * import { show } from "./errors.ts";
 * import assert from "node:assert/strict";
 * assert.equal(show("1"), '"1"');
 * assert.equal(show([1, "2"]), '[1, "2"]');
 * ```
 */
export function show(v: unknown): string {
  if (Array.isArray(v)) {
    const items = v.slice(0, 8).map((x) => Array.isArray(x) ? "[…]" : show(x));
    return `[${items.join(", ")}${v.length > 8 ? ", …" : ""}]`;
  }
  switch (typeof v) {
    case "string":
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case "bigint":
      return `${v}n`;
    case "symbol":
      return v.toString();
    case "function":
      return "a function";
    case "object":
      return v === null ? "null" : typeName(v);
    default:
      return String(v);
  }
}

/** "an object", "a Float32Array", "an Int32Array", ... */
function typeName(v: object): string {
  let name = "object";
  try {
    const n = Object.getPrototypeOf(v)?.constructor?.name;
    if (typeof n === "string" && n !== "" && n !== "Object") name = n;
  } catch {
    // A hostile proxy: describe it as an object.
  }
  return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
}
