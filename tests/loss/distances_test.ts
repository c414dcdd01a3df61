import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { dml, JdtRangeError, JdtTypeError, jml, tversky } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";

/** A Beta(a, a) sample by Jöhnk's method (a < 1 makes it U-shaped, mass near 0 and 1). */
function beta(a: number, rand: () => number): number {
  for (;;) {
    const x = Math.pow(rand(), 1 / a), y = Math.pow(rand(), 1 / a);
    if (x + y <= 1 && x + y > 0) return x / (x + y);
  }
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
/** Vectors of one dimension in [1, 300]: uniform, Beta(0.2, 0.2), or exact 0/1 mixed with uniform. */
function vectors(count: number): fc.Arbitrary<number[][]> {
  return fc.integer({ min: 1, max: 300 }).chain((n) =>
    fc.oneof(
      fc.array(fc.array(unit, { minLength: n, maxLength: n }), {
        minLength: count,
        maxLength: count,
      }),
      fc.integer().map((seed) => {
        const rand = seeded(seed);
        return Array.from({ length: count }, () =>
          Array.from({ length: n }, () => beta(0.2, rand)));
      }),
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.constant(1), unit), {
          minLength: n,
          maxLength: n,
        }),
        { minLength: count, maxLength: count },
      ),
    )
  );
}

const smoothArb = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-6, max: 1, noNaN: true }),
);
const ulps = (v: number) => 8 * Number.EPSILON * Math.max(1, Math.abs(v));
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
/** x and y differ by more than rounding can hide (relative to their mass and smooth). */
const differ = (x: number[], y: number[], smooth: number) => {
  const d = x.reduce((s, v, i) => s + Math.abs(v - y[i]), 0);
  return d > 1e-9 * (sum(x) + sum(y) + smooth) && d > 1e-290;
};

for (const [name, d] of [["jml", jml], ["dml", dml]] as const) {
  Deno.test(`${name}() is reflexive, symmetric, bounded in [0, 1] and positive, with any smooth`, () => {
    fc.assert(
      fc.property(vectors(2), smoothArb, ([x, y], smooth) => {
        assert.equal(d(x, x, { smooth }), 0);
        const a = d(x, y, { smooth }), b = d(y, x, { smooth });
        assert.ok(Math.abs(a - b) <= ulps(a), `${a} vs ${b}`);
        assert.ok(a >= 0 && a <= 1, `${a} out of [0, 1]`);
        if (differ(x, y, smooth)) assert.ok(a > 0, `d(x, y) = ${a} for x != y`);
      }),
      { numRuns: 300 },
    );
  });

  Deno.test(`${name}() satisfies the triangle inequality relaxed by 1.5`, () => {
    fc.assert(
      fc.property(vectors(3), smoothArb, ([x, y, z], smooth) => {
        const xz = d(x, z, { smooth }),
          xy = d(x, y, { smooth }),
          yz = d(y, z, { smooth });
        assert.ok(
          xz <= 1.5 * (xy + yz) + ulps(xz),
          `${xz} > 1.5 (${xy} + ${yz})`,
        );
      }),
      { numRuns: 300 },
    );
  });

  Deno.test(`${name}() equals the soft ${name === "jml" ? "Jaccard" : "Dice"} loss when y is hard`, () => {
    fc.assert(
      fc.property(vectors(1), fc.integer(), ([x], seed) => {
        const rand = seeded(seed);
        const y = x.map(() => (rand() < 0.5 ? 0 : 1));
        const xy = x.reduce((s, v, i) => s + v * y[i], 0),
          sx = sum(x),
          sy = sum(y);
        const want = name === "jml"
          ? (sx + sy - xy === 0 ? 0 : 1 - xy / (sx + sy - xy))
          : (sx + sy === 0 ? 0 : 1 - 2 * xy / (sx + sy));
        assert.ok(Math.abs(d(x, y) - want) <= 1e-12, `${d(x, y)} vs ${want}`);
      }),
      { numRuns: 300 },
    );
  });

  Deno.test(`${name}() is minimised at x = y for a soft y, where the naive soft loss is not`, () => {
    fc.assert(
      fc.property(vectors(2), ([x, y]) => {
        assert.ok(d(x, y) >= d(y, y));
      }),
      { numRuns: 200 },
    );
    // y = 0.5 everywhere: the naive soft Jaccard/Dice (Σxy form) prefers x = 1.
    const y = [0.5, 0.5, 0.5];
    const naive = (x: number[]) => {
      const xy = x.reduce((s, v, i) => s + v * y[i], 0);
      return name === "jml"
        ? 1 - xy / (sum(x) + sum(y) - xy)
        : 1 - 2 * xy / (sum(x) + sum(y));
    };
    assert.ok(naive([1, 1, 1]) < naive(y));
    assert.ok(d([1, 1, 1], y) > d(y, y));
  });
}

Deno.test("jml() satisfies the triangle inequality to a few ulps (a metric), with any smooth", () => {
  fc.assert(
    fc.property(vectors(3), smoothArb, ([x, y, z], smooth) => {
      const xz = jml(x, z, { smooth }),
        s = jml(x, y, { smooth }) + jml(y, z, { smooth });
      assert.ok(xz <= s + ulps(s), `${xz} > ${s}`);
    }),
    { numRuns: 500 },
  );
});

Deno.test("dml() breaks the triangle inequality on (1,0), (1,1), (0,1), where 1.5 is tight", () => {
  const x = [1, 0], y = [1, 1], z = [0, 1];
  assert.ok(Math.abs(dml(x, y) - 1 / 3) < 1e-15);
  assert.ok(Math.abs(dml(y, z) - 1 / 3) < 1e-15);
  assert.equal(dml(x, z), 1);
  assert.ok(dml(x, z) > dml(x, y) + dml(y, z));
  assert.ok(Math.abs(dml(x, z) / (dml(x, y) + dml(y, z)) - 1.5) < 1e-14);
});

Deno.test("dml() equals t / (2 - t) with t = jml()", () => {
  fc.assert(
    fc.property(vectors(2), smoothArb, ([x, y], smooth) => {
      const t = jml(x, y, { smooth });
      assert.ok(Math.abs(dml(x, y, { smooth }) - t / (2 - t)) <= 1e-14);
    }),
    { numRuns: 300 },
  );
});

Deno.test("tversky() with (alpha, beta) on (x, y) equals (beta, alpha) on (y, x)", () => {
  const ab = fc.double({ min: 0, max: 2, noNaN: true });
  fc.assert(
    fc.property(
      vectors(2),
      ab,
      ab,
      smoothArb,
      ([x, y], alpha, beta, smooth) => {
        const a = tversky(x, y, { alpha, beta, smooth });
        const b = tversky(y, x, { alpha: beta, beta: alpha, smooth });
        assert.ok(Math.abs(a - b) <= ulps(a), `${a} vs ${b}`);
      },
    ),
    { numRuns: 300 },
  );
  assert.notEqual(
    tversky([1, 0], [1, 1], { alpha: 0.2, beta: 0.8 }),
    tversky([1, 1], [1, 0], { alpha: 0.2, beta: 0.8 }),
  );
});

Deno.test("jml() with logLoss or gamma > 1 stays reflexive, positive and symmetric; gamma = 2 relaxes the triangle by 2", () => {
  const s = fc.double({ min: 1e-4, max: 1, noNaN: true });
  fc.assert(
    fc.property(vectors(3), s, fc.boolean(), ([x, y, z], smooth, logLoss) => {
      const o = { smooth, logLoss, gamma: 2 };
      assert.equal(jml(x, x, o), 0);
      const a = jml(x, y, o);
      assert.ok(Math.abs(a - jml(y, x, o)) <= ulps(a));
      if (differ(x, y, smooth)) assert.ok(a > 0);
      if (!logLoss) {
        const xz = jml(x, z, o), r = 2 * (jml(x, y, o) + jml(y, z, o));
        assert.ok(xz <= r + ulps(r));
      }
    }),
    { numRuns: 300 },
  );
  // gamma = 2 alone breaks the plain triangle inequality: t(x,z)^2 > t(x,y)^2 + t(y,z)^2.
  assert.ok(
    jml([1, 0], [0, 1], { gamma: 2 }) >
      jml([1, 0], [1, 1], { gamma: 2 }) + jml([1, 1], [0, 1], { gamma: 2 }),
  );
});

Deno.test("jml() and dml() give 0 for two zero vectors and reject bad input by name", () => {
  assert.equal(jml([0, 0], [0, 0]), 0);
  // Disjoint subnormal mass: 0.5 · 5e-324 underflows to 0, the distance is still 1.
  assert.equal(dml([5e-324], [0]), 1);
  assert.equal(jml([0], [5e-324]), 1);
  assert.equal(tversky([5e-324], [0], { alpha: 0, beta: 1 }), 0);
  assert.equal(dml([], []), 0);
  assert.throws(
    () => jml([1, 2], [1]),
    (e) => e instanceof JdtRangeError && e.argument === "y",
  );
  assert.throws(
    () => jml([-1], [1]),
    (e) => e instanceof JdtRangeError && /x\[0\]/.test(e.message),
  );
  assert.throws(
    () => dml([1], [NaN]),
    (e) => e instanceof JdtRangeError && e.argument === "y",
  );
  assert.throws(
    () => jml([1], [1], { smooth: -1 }),
    (e) => e instanceof JdtRangeError && e.argument === "options.smooth",
  );
  assert.throws(
    () => jml([1], [1], { alpha: 1 } as never),
    (e) => e instanceof JdtTypeError && e.argument === "options.alpha",
  );
  assert.throws(
    () => jml([1], [1], { logLoss: true }),
    (e) => e instanceof JdtRangeError && /logLoss/.test(e.message),
  );
});
