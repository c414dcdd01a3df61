/** Bad input to boundaryMetrics: a typed error naming the argument, never a number, NaN, hang or huge allocation. */
import assert from "node:assert/strict";
import { boundaryMetrics, JdtRangeError, JdtTypeError } from "../../mod.ts";

const ok = { pred: new Uint8Array(6), label: new Uint8Array(6), shape: [2, 3] };

function rejects(
  input: unknown,
  options: unknown,
  type: typeof JdtTypeError | typeof JdtRangeError,
  argument: string,
): void {
  assert.throws(
    // deno-lint-ignore no-explicit-any
    () => boundaryMetrics(input as any, options as any),
    (e: unknown) => {
      assert.ok(e instanceof type, `${String(e)} is not a ${type.name}`);
      assert.equal((e as JdtTypeError).argument, argument, String(e));
      assert.match(
        (e as Error).message,
        new RegExp(argument.replace(/[[\].]/g, "\\$&")),
      );
      return true;
    },
  );
}

Deno.test("bad input and shape are typed errors naming the argument", () => {
  rejects(null, undefined, JdtTypeError, "input");
  rejects({ ...ok, shape: [6] }, undefined, JdtTypeError, "input.shape");
  rejects(
    { ...ok, shape: [1, 2, 3, 1] },
    undefined,
    JdtTypeError,
    "input.shape",
  );
  rejects({ ...ok, shape: [2, 0] }, undefined, JdtRangeError, "input.shape");
  rejects({ ...ok, shape: [2, 1.5] }, undefined, JdtRangeError, "input.shape");
  rejects({ ...ok, shape: "2x3" }, undefined, JdtTypeError, "input.shape");
  rejects({ ...ok, shape: [3, 3] }, undefined, JdtTypeError, "input.pred");
  // 2^33 voxels: refused from the shape, before any allocation or scan.
  rejects(
    { ...ok, shape: [65536, 65536, 2] },
    undefined,
    JdtRangeError,
    "input.shape",
  );
  rejects({ ...ok, spacing: [1] }, undefined, JdtTypeError, "input.spacing");
  rejects(
    { ...ok, spacing: [1, NaN] },
    undefined,
    JdtRangeError,
    "input.spacing",
  );
  rejects(
    { ...ok, spacing: [1, -2] },
    undefined,
    JdtRangeError,
    "input.spacing",
  );
  rejects(
    { ...ok, spacing: [1, Infinity] },
    undefined,
    JdtRangeError,
    "input.spacing",
  );
  rejects(
    { ...ok, spacing: [1, "2"] },
    undefined,
    JdtRangeError,
    "input.spacing",
  );
});

Deno.test("maps that are not class ids are typed errors", () => {
  rejects(
    { ...ok, pred: new Float32Array(6) },
    undefined,
    JdtTypeError,
    "input.pred",
  );
  rejects({ ...ok, label: "000000" }, undefined, JdtTypeError, "input.label");
  rejects(
    { ...ok, label: [0, 0, 0, 0, 0, 1.5] },
    undefined,
    JdtRangeError,
    "input.label",
  );
  rejects(
    { ...ok, label: [0, 0, 0, 0, 0, NaN] },
    undefined,
    JdtRangeError,
    "input.label",
  );
  rejects(
    { ...ok, pred: new Int16Array([0, -1, 0, 0, 0, 0]) },
    undefined,
    JdtRangeError,
    "input.pred",
  );
  rejects(
    { ...ok, pred: new Int32Array([0, 2 ** 30, 0, 0, 0, 0]) },
    undefined,
    JdtRangeError,
    "input.pred",
  );
  rejects(
    { ...ok, label: new Uint8Array(5) },
    undefined,
    JdtTypeError,
    "input.label",
  );
});

Deno.test("bad options are typed errors naming the option", () => {
  rejects(ok, 3, JdtTypeError, "options");
  rejects(ok, { tolerence: 1 }, JdtTypeError, "options.tolerence");
  rejects(ok, { boundary: "mesh" }, JdtTypeError, "options.boundary");
  rejects(ok, { empty: "zero" }, JdtTypeError, "options.empty");
  rejects(
    ok,
    { includeBackground: 1 },
    JdtTypeError,
    "options.includeBackground",
  );
  rejects(ok, { tolerance: NaN }, JdtRangeError, "options.tolerance");
  rejects(ok, { tolerance: -1 }, JdtRangeError, "options.tolerance");
  rejects(ok, { tolerance: [] }, JdtRangeError, "options.tolerance");
  rejects(ok, { tolerance: "1" }, JdtTypeError, "options.tolerance");
  rejects(
    ok,
    { classes: [1], tolerance: { 2: 1 } },
    JdtTypeError,
    "options.tolerance[1]",
  );
  rejects(ok, { classes: [1, 1] }, JdtRangeError, "options.classes");
  rejects(ok, { classes: [-1] }, JdtRangeError, "options.classes");
  rejects(ok, { classes: 1 }, JdtTypeError, "options.classes");
});

Deno.test("classes absent from both maps, or above every id present, are counted as undefined", () => {
  const r = boundaryMetrics(ok, { classes: [0, 7] }).classes;
  assert.deepEqual(r.map((c) => [c.class, c.hd]), [[0, 0], [7, null]]);
  assert.deepEqual(boundaryMetrics(ok).classes, []); // only background, not scored by default
});
