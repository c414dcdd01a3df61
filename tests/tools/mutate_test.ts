/** The helpers of the mutation check (tools/mutate.ts); the check itself is not run here. */
import assert from "node:assert/strict";
import {
  applyMutant,
  classify,
  failedTests,
  GENERATED,
} from "../../tools/mutate.ts";
import { MUTANTS } from "../../tools/mutants.ts";

const m = {
  name: "t",
  file: "f.ts",
  search: "a > b",
  replace: "a >= b",
  bug: "test",
};

Deno.test("applyMutant() replaces the one occurrence and refuses zero or several", () => {
  assert.equal(applyMutant("x = a > b;", m), "x = a >= b;");
  assert.throws(() => applyMutant("x = a < b;", m), /occurs 0 times in f\.ts/);
  assert.throws(() => applyMutant("a > b || a > b", m), /occurs 2 times/);
});

Deno.test("classify() and failedTests() read a deno test run", () => {
  assert.equal(classify(0, "ok | 3 passed"), "survived");
  const out = "one ... ok (1ms)\ntwo (wasm) ... FAILED (2ms)\n" +
    "ERRORS\ntwo (wasm) ... FAILED (2ms)\nFAILED | 1 passed | 1 failed";
  assert.equal(classify(1, out), "killed");
  assert.deepEqual(failedTests(out), ["two (wasm)"]);
  assert.equal(classify(1, "error: TS2322 [ERROR]: Type 'x'"), "invalid");
});

Deno.test("MUTANTS have unique names and say what bug they plant", () => {
  const names = new Set(MUTANTS.map((x) => x.name));
  assert.equal(names.size, MUTANTS.length);
  for (const x of MUTANTS) {
    assert.ok(x.bug.length > 0 && x.search !== x.replace, x.name);
  }
});

Deno.test("the mutation check restores every file deno task build writes", async () => {
  const root = new URL("../../", import.meta.url);
  const built = [];
  for await (const e of Deno.readDir(new URL("wasm/build/", root))) {
    built.push(`wasm/build/${e.name}`);
  }
  for (const f of built) assert.ok(GENERATED.includes(f), f);
  assert.ok(GENERATED.includes("src/wasm/_module.generated.ts"));
  assert.ok(GENERATED.includes("src/webgpu/_kernels.generated.ts"));
});
