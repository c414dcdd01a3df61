/** Properties of the boundary metrics that hold whatever the masks: symmetry, scaling, translation, per-class = binary, empty rules. */
import assert from "node:assert/strict";
import { boundaryMetrics } from "../../mod.ts";
import type { BoundaryClassResult } from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";

/** A random 2-D multiclass map with an empty frame of `frame` pixels. */
function randomMap(
  rand: () => number,
  h: number,
  w: number,
  classes: number,
  frame = 0,
): Uint8Array {
  const m = new Uint8Array(h * w);
  for (let b = frame; b < h - frame; b++) {
    for (let c = frame; c < w - frame; c++) {
      m[b * w + c] = Math.floor(rand() * (classes + 1)) % (classes + 1);
    }
  }
  return m;
}

function closeTo(a: number | null, b: number | null, what: string): void {
  if (a === null || b === null || !Number.isFinite(a)) {
    return assert.equal(a, b, what);
  }
  assert.ok(
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)),
    `${what}: ${a} vs ${b}`,
  );
}

function sameMetrics(
  a: BoundaryClassResult,
  b: BoundaryClassResult,
  what: string,
): void {
  closeTo(a.hd, b.hd, `${what} hd`);
  closeTo(a.hd95, b.hd95, `${what} hd95`);
  closeTo(a.assd, b.assd, `${what} assd`);
  assert.deepEqual(a.nsd, b.nsd, `${what} nsd`);
}

Deno.test("swapping prediction and label keeps HD, HD95, ASSD and NSD and swaps the directed means", () => {
  const rand = seeded(1);
  for (let t = 0; t < 20; t++) {
    const shape = [9 + t % 5, 13];
    const pred = randomMap(rand, shape[0], shape[1], 3);
    const label = randomMap(rand, shape[0], shape[1], 3);
    for (const boundary of ["voxel", "surfel"] as const) {
      const a = boundaryMetrics({ pred, label, shape, spacing: [0.7, 1.9] }, {
        boundary,
        tolerance: [1, 2],
      }).classes;
      const b = boundaryMetrics({
        pred: label,
        label: pred,
        shape,
        spacing: [0.7, 1.9],
      }, { boundary, tolerance: [1, 2] }).classes;
      a.forEach((r, k) => {
        sameMetrics(r, b[k], `${boundary} ${t}/${r.class}`);
        closeTo(r.asdPredToLabel, b[k].asdLabelToPred, "directed");
      });
    }
  }
});

Deno.test("scaling the spacing by k scales the distances by k, and NSD at kτ equals NSD at τ", () => {
  const rand = seeded(2);
  for (let t = 0; t < 10; t++) {
    const shape = [5, 6, 7];
    const pred = randomMap(rand, 5, 42, 2);
    const label = randomMap(rand, 5, 42, 2);
    const s = [1.5, 0.8, 3];
    const k = 2.5;
    const a =
      boundaryMetrics({ pred, label, shape, spacing: s }, { tolerance: [1, 2] })
        .classes;
    const b = boundaryMetrics({
      pred,
      label,
      shape,
      spacing: s.map((x) => x * k),
    }, { tolerance: [k, 2 * k] }).classes;
    a.forEach((r, c) => {
      closeTo(b[c].hd, r.hd! * k, "hd");
      closeTo(b[c].hd95, r.hd95! * k, "hd95");
      closeTo(b[c].assd, r.assd! * k, "assd");
      assert.deepEqual(b[c].nsd, r.nsd);
    });
  }
});

Deno.test("moving both masks inside a larger image changes nothing (masks away from the border)", () => {
  const rand = seeded(3);
  for (let t = 0; t < 10; t++) {
    const pred = randomMap(rand, 8, 9, 2, 1);
    const label = randomMap(rand, 8, 9, 2, 1);
    const big = (m: Uint8Array) => {
      const out = new Uint8Array(20 * 30);
      for (let b = 0; b < 8; b++) {
        for (let c = 0; c < 9; c++) out[(b + 7) * 30 + c + 13] = m[b * 9 + c];
      }
      return out;
    };
    for (const boundary of ["voxel", "surfel"] as const) {
      const opts = { boundary, classes: [1, 2] };
      const a =
        boundaryMetrics({ pred, label, shape: [8, 9], spacing: [2, 0.5] }, opts)
          .classes;
      const b = boundaryMetrics({
        pred: big(pred),
        label: big(label),
        shape: [20, 30],
        spacing: [2, 0.5],
      }, opts).classes;
      a.forEach((r, k) => sameMetrics(r, b[k], `${boundary} ${t}`));
    }
  }
});

Deno.test("a multiclass map scores each class as its own binary pair; identical masks score 0 and NSD 1", () => {
  const rand = seeded(4);
  const pred = randomMap(rand, 12, 11, 3);
  const label = randomMap(rand, 12, 11, 3);
  const all = boundaryMetrics({ pred, label, shape: [12, 11] }).classes;
  assert.deepEqual(all.map((r) => r.class), [1, 2, 3]);
  for (const r of all) {
    const bin = (m: Uint8Array) => m.map((v) => v === r.class ? 1 : 0);
    const [one] =
      boundaryMetrics({ pred: bin(pred), label: bin(label), shape: [12, 11] })
        .classes;
    sameMetrics(r, one, `class ${r.class}`);
  }
  const [same] =
    boundaryMetrics({ pred, label: pred, shape: [12, 11] }, { classes: [2] })
      .classes;
  assert.deepEqual([same.hd, same.hd95, same.assd, same.nsd], [0, 0, 0, 1]);
});

Deno.test("empty masks: MONAI's rules by default, DeepMind's with surfels, the image diagonal under 'challenge'", () => {
  const shape = [4, 6];
  const some = new Uint8Array(24).fill(1, 7, 9);
  const none = new Uint8Array(24);
  const run = (pred: Uint8Array, label: Uint8Array, o: object) =>
    boundaryMetrics({ pred, label, shape, spacing: [3, 4] }, {
      classes: [1],
      ...o,
    }).classes[0];
  const both = run(none, none, {});
  assert.deepEqual([both.hd, both.hd95, both.assd, both.nsd], [
    null,
    null,
    null,
    null,
  ]);
  const one = run(none, some, {});
  assert.deepEqual([one.hd, one.hd95, one.assd, one.nsd], [
    Infinity,
    null,
    Infinity,
    0,
  ]);
  const surfelBoth = run(none, none, { boundary: "surfel" });
  assert.deepEqual([
    surfelBoth.hd,
    surfelBoth.hd95,
    surfelBoth.assd,
    surfelBoth.nsd,
  ], [Infinity, Infinity, null, null]);
  const surfelOne = run(some, none, { boundary: "surfel" });
  assert.deepEqual([
    surfelOne.asdPredToLabel,
    surfelOne.asdLabelToPred,
    surfelOne.nsd,
  ], [Infinity, null, 0]);
  const diag = Math.hypot(4 * 3, 6 * 4); // 12 × 24 units
  const ch = run(some, none, { empty: "challenge", tolerance: [1, 2] });
  assert.deepEqual([ch.hd, ch.hd95, ch.assd, ch.nsd], [diag, diag, diag, [
    0,
    0,
  ]]);
  const chBoth = run(none, none, { empty: "challenge" });
  assert.deepEqual([chBoth.hd, chBoth.hd95, chBoth.assd, chBoth.nsd], [
    0,
    0,
    0,
    1,
  ]);
});

Deno.test("tolerance per class: each class gets its own τ list", () => {
  const pred = new Uint8Array([1, 1, 0, 2, 2, 0, 0, 0]);
  const label = new Uint8Array([0, 1, 1, 0, 0, 2, 2, 0]);
  const r = boundaryMetrics({ pred, label, shape: [1, 8] }, {
    tolerance: { 1: 0, 2: [1, 2] },
  }).classes;
  assert.equal(r[0].nsd, 0.5); // pixels 0 and 2 are 1 away, 1 is 0 away on both sides
  assert.deepEqual(r[1].nsd, [0.5, 1]); // class 2 is shifted by 2
});

/** A 3-D volume with its axes permuted (axis k of the result = axis perm[k]) and flipped where flip[k]. */
function transformVolume(
  m: Uint8Array,
  shape: number[],
  perm: number[],
  flip: boolean[],
): { data: Uint8Array; shape: number[] } {
  const to = perm.map((p) => shape[p]);
  const data = new Uint8Array(m.length);
  const o = [0, 0, 0];
  for (o[0] = 0; o[0] < shape[0]; o[0]++) {
    for (o[1] = 0; o[1] < shape[1]; o[1]++) {
      for (o[2] = 0; o[2] < shape[2]; o[2]++) {
        const q = perm.map((p, k) => flip[k] ? to[k] - 1 - o[p] : o[p]);
        data[(q[0] * to[1] + q[1]) * to[2] + q[2]] =
          m[(o[0] * shape[1] + o[1]) * shape[2] + o[2]];
      }
    }
  }
  return { data, shape: to };
}

Deno.test("3-D: permuting and flipping the axes (spacing permuted alike) changes no metric, surfel or voxel", () => {
  const rand = seeded(5);
  const perms = [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  for (let t = 0; t < 10; t++) {
    const shape = [4 + t % 3, 5, 6];
    const pred = randomMap(rand, shape[0], shape[1] * shape[2], 2);
    const label = randomMap(rand, shape[0], shape[1] * shape[2], 2);
    const spacing = [1.5, 0.8, 3];
    const perm = perms[t % perms.length];
    const flip = [t % 2 === 0, t % 3 === 0, t % 4 === 1];
    for (const boundary of ["surfel", "voxel"] as const) {
      const opts = { boundary, tolerance: [1, 2] };
      const a = boundaryMetrics({ pred, label, shape, spacing }, opts).classes;
      const p = transformVolume(pred, shape, perm, flip);
      const l = transformVolume(label, shape, perm, flip);
      const b = boundaryMetrics({
        pred: p.data,
        label: l.data,
        shape: p.shape,
        spacing: perm.map((k) => spacing[k]),
      }, opts).classes;
      a.forEach((r, k) => {
        const what = `${boundary} ${t}/${r.class}`;
        closeTo(r.hd, b[k].hd, `${what} hd`);
        closeTo(r.hd95, b[k].hd95, `${what} hd95`);
        closeTo(r.assd, b[k].assd, `${what} assd`);
        const [n1, n2] = r.nsd as number[];
        const [m1, m2] = b[k].nsd as number[];
        closeTo(n1, m1, `${what} nsd τ=1`); // areas summed in another order
        closeTo(n2, m2, `${what} nsd τ=2`);
        closeTo(
          r.asdPredToLabel,
          b[k].asdPredToLabel,
          `${what} asd pred→label`,
        );
        closeTo(
          r.asdLabelToPred,
          b[k].asdLabelToPred,
          `${what} asd label→pred`,
        );
      });
    }
  }
});

Deno.test("3-D surfels: swapping prediction and label keeps HD, HD95 and NSD and swaps the directed means", () => {
  const rand = seeded(6);
  for (let t = 0; t < 10; t++) {
    const shape = [5, 4 + t % 4, 6];
    const pred = randomMap(rand, shape[0], shape[1] * shape[2], 3);
    const label = randomMap(rand, shape[0], shape[1] * shape[2], 3);
    const opts = { boundary: "surfel" as const, tolerance: [1, 2] };
    const spacing = [0.7, 1.9, 1.2];
    const a = boundaryMetrics({ pred, label, shape, spacing }, opts).classes;
    const b =
      boundaryMetrics({ pred: label, label: pred, shape, spacing }, opts)
        .classes;
    a.forEach((r, k) => {
      sameMetrics(r, b[k], `${t}/${r.class}`);
      closeTo(r.asdPredToLabel, b[k].asdLabelToPred, "directed");
    });
  }
});
