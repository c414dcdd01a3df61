/** Assertions on the library's typed input errors, shared by the tests. */
import assert from "node:assert/strict";
import type { JdtRangeError, JdtTypeError } from "../mod.ts";

type InputErrorClass = typeof JdtTypeError | typeof JdtRangeError;

/** A validator for assert.throws/rejects: the error class, its `argument`, named in the message too. */
function namesArgument(
  type: InputErrorClass,
  argument: string,
  pattern?: RegExp,
) {
  return (e: unknown): true => {
    assert.ok(e instanceof type, `expected ${type.name}, got ${e}`);
    assert.equal((e as JdtTypeError).argument, argument);
    assert.ok((e as Error).message.includes(argument), (e as Error).message);
    if (pattern) assert.match((e as Error).message, pattern);
    return true;
  };
}

/** Asserts that `fn` throws `type` naming `argument` (and matching `pattern`). */
export function throwsNaming(
  fn: () => unknown,
  type: InputErrorClass,
  argument: string,
  pattern?: RegExp,
): void {
  assert.throws(fn, namesArgument(type, argument, pattern));
}

/** Asserts that `p` rejects with `type` naming `argument` (and matching `pattern`). */
export async function rejectsNaming(
  p: Promise<unknown>,
  type: InputErrorClass,
  argument: string,
  pattern?: RegExp,
): Promise<void> {
  await assert.rejects(p, namesArgument(type, argument, pattern));
}
