/**
 * Regression tests of issue 13, item 6: `SegmentationMetrics.fromJSON` takes
 * only counts an accumulator can produce. Property tests: every real
 * accumulator (js or wasm counting, probabilities or predicted ids, merged
 * shards, calibration turned off midway) round-trips, and every tampering
 * that breaks a relation those accumulators always satisfy is rejected.
 */
import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import {
  createMetrics,
  isInputError,
  type MetricsJSON,
  type MetricsOptions,
  SegmentationMetrics,
} from "../../mod.ts";
import { randomBatch } from "../_metrics_data.ts";
import { ignore as gpuIgnore } from "../_gpu.ts";

type Calib = boolean | undefined;

/** Options of a random accumulator (backend aside: it is not serialised). */
const optionsArb = fc.record({
  numClasses: fc.integer({ min: 1, max: 4 }),
  ignore: fc.constantFrom<"none" | "255" | "class0">("none", "255", "class0"),
  numBins: fc.integer({ min: 1, max: 4 }),
  accuracyI: fc.boolean(),
  accuracyC: fc.boolean(),
  ECED: fc.constantFrom<Calib>(undefined, true, false),
  ECEI: fc.constantFrom<Calib>(undefined, true, false),
  SCED: fc.constantFrom<Calib>(undefined, true, false),
  SCEI: fc.constantFrom<Calib>(undefined, true, false),
  backend: fc.constantFrom<"js" | "wasm">("js", "wasm"),
});

type Opts = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

function metricsOptions(r: Opts): MetricsOptions {
  const o: MetricsOptions = {
    numClasses: r.numClasses,
    ignoreIndex: r.ignore === "none" ? null : r.ignore === "255" ? 255 : 0,
    numBins: r.numBins,
    accuracyI: r.accuracyI,
    accuracyC: r.accuracyC,
    backend: r.backend,
  };
  for (const k of ["ECED", "ECEI", "SCED", "SCEI"] as const) {
    if (r[k] !== undefined) o[k] = r[k];
  }
  return o;
}

/** One step: a batch of probabilities or of predicted ids, or a merged shard. */
const stepArb = fc.record({
  kind: fc.constantFrom("probs", "probs", "pred", "merge"),
  seed: fc.nat(),
  B: fc.integer({ min: 1, max: 3 }),
  N: fc.integer({ min: 1, max: 6 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function addBatch(m: SegmentationMetrics, o: MetricsOptions, s: Step): void {
  const C = o.numClasses;
  const ig = (o.ignoreIndex as number | null | undefined) ?? null;
  const x = randomBatch(s.seed, s.B, C, s.N, ig === null ? null : ig);
  // With a calibration flag set to true, predicted ids are refused.
  const calibOn = [o.ECED, o.ECEI, o.SCED, o.SCEI].includes(true);
  if (s.kind === "pred" && !calibOn) {
    const pred = new Uint8Array(s.B * s.N).map((_, i) =>
      Math.floor(x.probs[i] * C) % C
    );
    m.add({ pred, shape: [s.B, s.N], labels: x.labels });
  } else {
    m.add(x);
  }
}

/** An accumulator built by the steps (a "merge" step merges a two-batch shard). */
function build(r: Opts, steps: Step[]): SegmentationMetrics {
  const o = metricsOptions(r);
  const m = createMetrics(o);
  for (const s of steps) {
    if (s.kind !== "merge") {
      addBatch(m, o, s);
      continue;
    }
    const shard = createMetrics(o);
    addBatch(shard, o, { ...s, kind: s.seed % 3 === 0 ? "pred" : "probs" });
    addBatch(shard, o, { ...s, seed: s.seed + 1, kind: "probs" });
    m.merge(SegmentationMetrics.fromJSON(JSON.parse(JSON.stringify(shard))));
  }
  return m;
}

const accumulatorArb = fc.tuple(
  optionsArb,
  fc.array(stepArb, { minLength: 1, maxLength: 4 }),
);

Deno.test("every accumulator the library builds round-trips through fromJSON()", () => {
  fc.assert(
    fc.property(accumulatorArb, ([r, steps]) => {
      const m = build(r, steps);
      const json = JSON.parse(JSON.stringify(m.toJSON()));
      const back = SegmentationMetrics.fromJSON(json);
      assert.deepEqual(back.toJSON(), m.toJSON());
      if (m.keptPixels > 0) assert.deepEqual(back.value(), m.value());
    }),
    { numRuns: 150 },
  );
});

type Arrays = Record<string, number[]>;
/** A tampering that breaks an invariant, or null where it does not apply. */
type Tamper = (j: MetricsJSON, a: Arrays, pick: number) => boolean;

const at = (n: number, pick: number) => pick % n;
const BIN = 3;

/** Index (within an array of bins) of value `k` of a picked bin. */
function binValue(a: number[], pick: number, k: number): number {
  return at(a.length / BIN, pick) * BIN + k;
}

/** Sets entry `k` of a calibration bin to its total plus `over` (1: correct, 2: confidence). */
function overTotal(
  bins: "eceBins" | "sceBins",
  k: 1 | 2,
  over: number,
): Tamper {
  return (_, a, p) => {
    const i = binValue(a[bins], p, 0);
    a[bins][i + k] = a[bins][i] + over;
    return true;
  };
}

const TAMPERS: Record<string, Tamper> = {
  "kept + 1": (j) => (j.kept += 1, true),
  "images > kept": (j) => (j.images = j.kept + 1, true),
  "tp > pred": (_, a, p) => {
    const c = at(a.tp.length, p);
    a.tp[c] = a.pred[c] + 1;
    return true;
  },
  "tp > label": (_, a, p) => {
    const c = at(a.tp.length, p);
    a.tp[c] = a.label[c] + 1;
    return true;
  },
  "pred + 1": (_, a, p) => (a.pred[at(a.pred.length, p)] += 1, true),
  "label + 1": (_, a, p) => (a.label[at(a.label.length, p)] += 1, true),
  "fractional count": (_, a, p) => {
    const names = ["tp", "pred", "label", "present", "imgTp", "imgLabel"]
      .filter((k) => a[k].length > 0);
    const k = names[at(names.length, p)];
    a[k][at(a[k].length, p)] += 0.5;
    return true;
  },
  "negative count": (_, a, p) => (a.tp[at(a.tp.length, p)] = -1, true),
  "NaN count": (_, a, p) => (a.label[at(a.label.length, p)] = NaN, true),
  "string count": (_, a, p) => {
    const c = at(a.pred.length, p);
    (a.pred as unknown[])[c] = String(a.pred[c]);
    return true;
  },
  "present > images": (j, a, p) => {
    a.present[at(a.present.length, p)] = j.images + 1;
    return true;
  },
  "row ≥ 2^32": (_, a, p) => {
    if (a.imgPred.length === 0) return false;
    a.imgPred[at(a.imgPred.length, p)] += 2 ** 32;
    return true;
  },
  "row off its total": (_, a, p) => {
    if (a.imgLabel.length === 0) return false;
    a.imgLabel[at(a.imgLabel.length, p)] += 1;
    return true;
  },
  "row tp > row pred": (_, a, p) => {
    if (a.imgTp.length === 0) return false;
    const i = at(a.imgTp.length, p);
    a.imgTp[i] = a.imgPred[i] + 1;
    return true;
  },
  "ECE correct > total": overTotal("eceBins", 1, 1),
  "ECE confidence > total": overTotal("eceBins", 2, 0.5),
  "ECE bins over kept": (j, a, p) => {
    a.eceBins[binValue(a.eceBins, p, 0)] += j.kept + 1;
    return true;
  },
  "SCE classes unequal": (_, a, p) => {
    if (a.tp.length < 2) return false;
    a.sceBins[binValue(a.sceBins, p, 0)] += 1;
    return true;
  },
  "SCE correct > total": overTotal("sceBins", 1, 1),
  "ECE of an image > 100": (_, a, p) => {
    if (a.eceI.length === 0) return false;
    a.eceI[at(a.eceI.length, p)] = [100.5, 1e300, -0.1][p % 3];
    return true;
  },
  "SCE of an image > 1000": (_, a, p) => {
    if (a.sceI.length === 0) return false;
    a.sceI[at(a.sceI.length, p)] = [1000.5, Infinity][p % 2];
    return true;
  },
  "predSeen not boolean": (j) => {
    (j as unknown as Record<string, unknown>).predSeen = "false";
    return true;
  },
};

Deno.test("fromJSON() rejects every tampering that breaks an accumulator's invariants", () => {
  fc.assert(
    fc.property(
      accumulatorArb,
      fc.constantFrom(...Object.keys(TAMPERS)),
      fc.nat(),
      ([r, steps], name, pick) => {
        const m = build(r, steps);
        if (m.keptPixels === 0) return;
        const json = JSON.parse(JSON.stringify(m.toJSON())) as MetricsJSON;
        if (!TAMPERS[name](json, json.arrays, pick)) return;
        assert.throws(
          () => SegmentationMetrics.fromJSON(json),
          (e) => {
            assert.ok(isInputError(e), `${name}: ${e}`);
            assert.equal(e.argument, "json");
            return true;
          },
          name,
        );
      },
    ),
    { numRuns: 400 },
  );
});

Deno.test("fromJSON() rejects the issue's examples: tp over pred, fractions, wrapped rows, huge ECE", () => {
  const m = createMetrics({ numClasses: 2 });
  m.add({
    probs: new Float32Array([0.9, 0.2, 0.1, 0.8]),
    shape: [1, 2, 2],
    labels: new Uint8Array([0, 0]),
  });
  const j = () => JSON.parse(JSON.stringify(m.toJSON())) as MetricsJSON;
  const cases: [string, (x: MetricsJSON) => void, RegExp][] = [
    ["tp over pred", (x) => (x.arrays.tp[0] = 26), /tp/],
    ["fractional", (x) => (x.arrays.tp[0] = 0.5), /integer/],
    ["row ≥ 2^32", (x) => (x.arrays.imgLabel[0] += 2 ** 32), /imgLabel/],
    ["huge ECE", (x) => (x.arrays.eceI[0] = 1e300), /eceI/],
  ];
  for (const [name, f, pattern] of cases) {
    const x = j();
    f(x);
    assert.throws(() => SegmentationMetrics.fromJSON(x), (e) => {
      assert.ok(isInputError(e), `${name}: ${e}`);
      assert.match((e as Error).message, pattern, name);
      return true;
    });
  }
});

Deno.test("fromJSON() reads own properties only", () => {
  const m = createMetrics({ numClasses: 2 }).add({
    pred: new Uint8Array([0, 1]),
    shape: [1, 2],
    labels: new Uint8Array([0, 1]),
  });
  const json = JSON.parse(JSON.stringify(m.toJSON()));
  json.arrays = Object.assign(Object.create(json.arrays), {});
  assert.throws(() => SegmentationMetrics.fromJSON(json), (e) => {
    assert.ok(isInputError(e));
    return true;
  });
});

Deno.test({
  name: "an accumulator counted on WebGPU round-trips through fromJSON()",
  ignore: gpuIgnore,
  async fn() {
    const o = { numClasses: 3, ignoreIndex: 255, numBins: 7 } as const;
    const gpu = createMetrics({ ...o, backend: "webgpu" });
    const js = createMetrics({ ...o, backend: "js" });
    for (const seed of [1, 2]) {
      const x = randomBatch(seed, 2, 3, 40);
      await gpu.addAsync(x);
      js.add(x);
    }
    assert.equal(gpu.lastBackend, "webgpu");
    const json = JSON.parse(JSON.stringify(gpu.toJSON()));
    assert.deepEqual(SegmentationMetrics.fromJSON(json).toJSON(), gpu.toJSON());
    // The counts agree with js; confidence sums within the kernel's rounding.
    assert.deepEqual(json.arrays.tp, js.toJSON().arrays.tp);
  },
});
