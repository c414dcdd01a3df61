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
 * A {@link JdtTypeError} in the library's message form:
 * "Cannot compute <what>: <argument> <expected>".
 *
 * @param what What was being computed ("loss", "metrics", ...).
 * @param argument The argument at fault.
 * @param expected What was expected of it (and what came instead).
 * @returns The error, to throw.
 */
export function typeError(
  what: string,
  argument: string,
  expected: string,
): JdtTypeError {
  return new JdtTypeError(
    argument,
    `Cannot compute ${what}: ${argument} ${expected}`,
  );
}

/**
 * A {@link JdtRangeError} in the library's message form:
 * "Cannot compute <what>: <argument> <expected>".
 *
 * @param what What was being computed.
 * @param argument The argument at fault.
 * @param expected What was expected of it (and what came instead).
 * @returns The error, to throw.
 */
export function rangeError(
  what: string,
  argument: string,
  expected: string,
): JdtRangeError {
  return new JdtRangeError(
    argument,
    `Cannot compute ${what}: ${argument} ${expected}`,
  );
}
