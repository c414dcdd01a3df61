/**
 * The webgpu counting pass of the metrics against the js pass and the golden
 * vectors: random batches, every golden case, chunking, errors. On a machine
 * without an adapter the tests are ignored, unless JDT_REQUIRE_WEBGPU=1 (CI),
 * where they fail.
 */
import assert from "node:assert/strict";
import { randomBatch } from "../_metrics_data.ts";
import fc from "npm:fast-check@4.11.0";
import {
  createMetrics,
  type MetricsJSON,
  type MetricsOptions,
} from "../../mod.ts";
import {
  type BatchCounts,
  BIN_K,
  type CountConfig,
  countProbsJs,
} from "../../src/core/counts.ts";
import { JdtRangeError, JdtTypeError } from "../../src/core/errors.ts";
import { releaseDefaultGpu } from "../../src/webgpu/device.ts";
import { WebGpuCounter } from "../../src/webgpu/metrics.ts";
import { loadMetricCases } from "../_golden.ts";

import { gpuTest, ignore, testAdapterPresent, withDevice } from "../_gpu.ts";

/** Metric values by key, for tests that loop over keys. */
type MetricValues = Record<string, number>;

testAdapterPresent("metrics webgpu");

/** The golden tolerance of a final metric value (percent or permille). */
function close(got: number, want: number | null): boolean {
  if (want === null || Number.isNaN(want)) return Number.isNaN(got);
  return Math.abs(got - want) <= 0.001 + 1e-5 * Math.abs(want);
}

function assertValuesClose(got: MetricValues, want: MetricValues, what = "") {
  assert.deepEqual(Object.keys(got), Object.keys(want), what);
  for (const k of Object.keys(want)) {
    assert.ok(close(got[k], want[k]), `${what} ${k}: ${got[k]} vs ${want[k]}`);
  }
}

/**
 * Each bin's count and correct count exactly, its confidence sum within the
 * kernel's rounding (2^-25 per pixel) of the js float64 sum.
 */
function assertBinsClose(got: ArrayLike<number>, want: ArrayLike<number>) {
  assert.equal(got.length, want.length);
  for (let i = 0; i < want.length; i += BIN_K) {
    assert.equal(got[i], want[i], `bin count at ${i}`);
    assert.equal(got[i + 1], want[i + 1], `bin correct at ${i}`);
    const err = Math.abs(got[i + 2] - want[i + 2]);
    assert.ok(
      err <= want[i] * 2 ** -25 + 1e-12 * want[i + 2],
      `bin confidence at ${i}: ${got[i + 2]} vs ${want[i + 2]}`,
    );
  }
}

/** Integer parts of two serialised accumulators equal, float parts close. */
function assertJsonParity(got: MetricsJSON, want: MetricsJSON) {
  const { arrays: ga, ...gRest } = got;
  const { arrays: wa, ...wRest } = want;
  assert.deepEqual(gRest, wRest);
  for (const k of ["tp", "pred", "label", "present"]) {
    assert.deepEqual(ga[k], wa[k], k);
  }
  for (const k of ["imgTp", "imgPred", "imgLabel"]) {
    assert.deepEqual(ga[k], wa[k], k);
  }
  assertBinsClose(ga.eceBins, wa.eceBins);
  assertBinsClose(ga.sceBins, wa.sceBins);
  for (const k of ["eceI", "sceI"]) {
    assert.equal(ga[k].length, wa[k].length, k);
    ga[k].forEach((v, i) => assert.ok(close(v, wa[k][i]), `${k}[${i}]`));
  }
}

gpuTest(
  "SegmentationMetrics.addAsync() on webgpu counts like js on random batches",
  async (device) => {
    const local = new WebGpuCounter({ device, workgroupCounts: true });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom(10, 7, 15, 1),
        fc.boolean(),
        fc.constantFrom(1, 5, 20),
        fc.constantFrom<number | null>(255, 0, null),
        async (seed, B, C0, N, numBins, binary, q, ignoreIndex) => {
          const C = binary ? 2 : C0;
          const x = randomBatch(seed, B, C, N, ignoreIndex);
          const opts: MetricsOptions = {
            numClasses: C,
            ignoreIndex,
            numBins,
            q,
            binary,
          };
          const js = createMetrics({ ...opts, backend: "js" }).add(x);
          const gpu = createMetrics({ ...opts, backend: "webgpu", device });
          await gpu.addAsync(x);
          assert.equal(gpu.lastBackend, "webgpu");
          assertJsonParity(gpu.toJSON(), js.toJSON());
          if (js.keptPixels > 0) {
            assertValuesClose(
              gpu.value() as MetricValues,
              js.value() as MetricValues,
            );
          }
          // The workgroup-memory way of counting (hardware adapters' default).
          const cfg = config(C, numBins, ignoreIndex);
          assertCountsParity(
            await local.count(x.probs, x.labels, B, N, cfg),
            countProbsJs(x.probs, x.labels, B, N, cfg),
          );
        },
      ),
      { numRuns: 40 },
    );
  },
);

/** Probabilities of one image of two classes: `first(n)` and `1 - first(n)`. */
function twoClassProbs(N: number, first: (n: number) => number): Float32Array {
  const probs = new Float32Array(2 * N);
  for (let n = 0; n < N; n++) {
    probs[n] = first(n);
    probs[N + n] = 1 - probs[n];
  }
  return probs;
}

gpuTest(
  "SegmentationMetrics.addAsync() on webgpu bins values on edges, 0, -0 and 1 like js",
  async (device) => {
    const N = 47;
    const probs = twoClassProbs(
      N,
      (n) =>
        n < 40
          ? Math.fround((n % 11) / 10)
          : [0, 1, 0.5, 1e-8, 0.99999, -0, 0.7][n - 40],
    );
    const labels = Uint16Array.from(
      { length: N },
      (_, n) => (n * 7) % 3 === 2 ? 255 : (n * 5) % 2,
    );
    const input = { probs, shape: [1, 2, N], labels };
    for (const numBins of [10, 5, 3, 1]) {
      const o = { numClasses: 2, ignoreIndex: 255, numBins };
      const gpu = createMetrics({ ...o, backend: "webgpu", device });
      await gpu.addAsync(input);
      const js = createMetrics({ ...o, backend: "js" }).add(input);
      assertJsonParity(gpu.toJSON(), js.toJSON());
    }
  },
);

Deno.test({
  name:
    "SegmentationMetrics.addAsync() on webgpu matches every golden metrics case",
  ignore,
  async fn() {
    const cases = loadMetricCases();
    await withDevice(async (device) => {
      let checked = 0;
      for (const c of cases) {
        const input = {
          probs: Float32Array.from(c.prob),
          shape: c.shape,
          labels: Int32Array.from(c.label),
        };
        const m = createMetrics({ ...c.options, backend: "webgpu", device });
        await m.addAsync(input);
        assert.equal(m.lastBackend, "webgpu");
        const got = m.value() as MetricValues;
        // Reference artifacts: the js pass (checked against docs/spec.md §6 in
        // tests/metrics/metrics_test.ts) is the expectation.
        const js = createMetrics({ ...c.options, backend: "js" }).add(input)
          .value() as MetricValues;
        for (const group of ["accuracy", "ece", "sce"]) {
          for (const [k, v] of Object.entries(c.expected[group] ?? {})) {
            const art = c.referenceArtifacts?.[`${group}.${k}`] ??
              c.referenceArtifacts?.[group];
            const want = art ? js[k] : v;
            assert.ok(close(got[k], want), `${c.name}: ${k} = ${got[k]}`);
            checked++;
          }
        }
        assertJsonParity(
          m.toJSON(),
          createMetrics({ ...c.options }).add(input).toJSON(),
        );
      }
      assert.ok(checked > 33 * 20, `only ${checked} values checked`);
    });
  },
});

function config(C: number, numBins: number, ignoreIndex: number | null) {
  return {
    numClasses: C,
    ignoreIndex,
    numBins,
    perImage: true,
    eceD: true,
    eceI: true,
    sceD: true,
    sceI: true,
  } satisfies CountConfig;
}

function assertCountsParity(got: BatchCounts, want: BatchCounts) {
  for (const k of ["kept", "images"] as const) assert.equal(got[k], want[k]);
  for (
    const k of [
      "tp",
      "pred",
      "label",
      "present",
      "imgTp",
      "imgPred",
      "imgLabel",
    ] as const
  ) {
    assert.deepEqual(got[k], want[k], k);
  }
  assertBinsClose(got.eceBins, want.eceBins);
  assertBinsClose(got.sceBins, want.sceBins);
  for (const k of ["eceI", "sceI"] as const) {
    assert.equal(got[k].length, want[k].length);
    got[k].forEach((v, i) => assert.ok(close(v, want[k][i]), `${k}[${i}]`));
  }
}

gpuTest(
  "WebGpuCounter.count() splits inputs over the chunk size like one pass, with and without workgroup counts",
  async (device) => {
    // C = 3: 12 bytes a pixel. 600 bytes: 48 pixels a chunk, so 41-pixel
    // images go one per chunk and 130-pixel images are split in three.
    // Both ways of counting: in workgroup memory first (when an image's
    // counts fit: not with 300 bins), and in the output directly.
    for (const workgroupCounts of [false, true]) {
      const small = new WebGpuCounter({
        device,
        maxChunkBytes: 600,
        workgroupCounts,
      });
      const whole = new WebGpuCounter({ device, workgroupCounts });
      for (const [B, N, nb] of [[5, 41, 10], [2, 130, 7], [3, 7, 300]]) {
        const x = randomBatch(B * N, B, 3, N, 255);
        const cfg = config(3, nb, 255);
        const want = countProbsJs(x.probs, x.labels, B, N, cfg);
        const chunked = await small.count(x.probs, x.labels, B, N, cfg);
        assertCountsParity(chunked, want);
        assertCountsParity(
          await whole.count(x.probs, x.labels, B, N, cfg),
          want,
        );
      }
    }
  },
);

gpuTest(
  "WebGpuCounter.count() carries confidence sums over 2^32 fixed-point units",
  async (device) => {
    // Confident pixels: a bin's summed confidence passes 256 (2^32 units of
    // 2^-24) within one image and within one workgroup's 512 pixels.
    const N = 1100;
    const probs = twoClassProbs(N, (n) => n % 3 === 0 ? 0.96875 : 1);
    const labels = Int32Array.from({ length: N }, (_, n) => n % 7 ? 0 : 1);
    const cfg = config(2, 10, null);
    const want = countProbsJs(probs, labels, 1, N, cfg);
    assert.ok(want.eceBins[9 * BIN_K + 2] > 700);
    for (const workgroupCounts of [false, true]) {
      const counter = new WebGpuCounter({ device, workgroupCounts });
      assertCountsParity(await counter.count(probs, labels, 1, N, cfg), want);
    }
  },
);

function errorOf(f: () => unknown): Promise<unknown> {
  return Promise.resolve().then(f).then(() => "no error", (e) => e);
}

gpuTest(
  "SegmentationMetrics.addAsync() on webgpu rejects bad values with the js errors and stays unchanged",
  async (device) => {
    const o = { numClasses: 3, ignoreIndex: 255 };
    const x = randomBatch(3, 2, 3, 10, 255);
    const gpu = createMetrics({ ...o, backend: "webgpu", device });
    await gpu.addAsync(x);
    const before = JSON.stringify(gpu.toJSON());
    const cases: { probs?: [number, number]; label?: [number, number] }[] = [
      { probs: [5, NaN] },
      { probs: [29, 1.5] },
      { probs: [41, -0.25] },
      { probs: [59, Infinity] },
      { label: [13, 7] },
      { label: [0, 3] },
      { probs: [50, NaN], label: [18, 9] },
    ];
    for (const bad of cases) {
      const probs = x.probs.slice();
      const labels = x.labels.slice();
      if (bad.probs) probs[bad.probs[0]] = bad.probs[1];
      if (bad.label) labels[bad.label[0]] = bad.label[1];
      const input = { ...x, probs, labels };
      const want = await errorOf(() =>
        createMetrics({ ...o, backend: "js" }).add(input)
      );
      const got = await errorOf(() => gpu.addAsync(input));
      assert.ok(want instanceof JdtRangeError, String(want));
      assert.ok(got instanceof JdtRangeError, String(got));
      assert.equal(got.message, want.message);
      assert.equal(got.argument, want.argument);
    }
    assert.equal(JSON.stringify(gpu.toJSON()), before);
  },
);

gpuTest(
  "SegmentationMetrics.add() refuses probabilities with backend webgpu and counts pred ids",
  async (device) => {
    const x = randomBatch(9, 1, 3, 20, null);
    const m = createMetrics({ numClasses: 3, backend: "webgpu", device });
    assert.throws(() => m.add(x), (e: unknown) => {
      assert.ok(e instanceof JdtTypeError);
      assert.equal(e.argument, "input.probs");
      assert.match(e.message, /addAsync/);
      return true;
    });
    assert.equal(m.images, 0);
    const pred = { pred: x.labels, shape: [1, 20], labels: x.labels };
    m.add(pred);
    assert.equal(m.lastBackend, "js");
    assert.equal(m.value().Acc, 100);
    await m.addAsync(pred);
    assert.equal(m.lastBackend, "js");
    assert.equal(m.images, 2);
  },
);

Deno.test({
  name:
    "SegmentationMetrics.addAsync() with auto counts small batches on the host like add()",
  ignore,
  async fn() {
    const x = randomBatch(4, 2, 4, 33, 255);
    const o = { numClasses: 4, ignoreIndex: 255 };
    const m = await createMetrics(o).addAsync(x);
    assert.notEqual(m.lastBackend, "webgpu");
    assert.deepEqual(m.toJSON(), createMetrics(o).add(x).toJSON());
    const js = await createMetrics({ ...o, backend: "js" }).addAsync(x);
    assert.equal(js.lastBackend, "js");
  },
});

Deno.test({
  name:
    "SegmentationMetrics.addAsync() on webgpu rejects on a destroyed device",
  ignore,
  async fn() {
    const a = await navigator.gpu.requestAdapter();
    assert.ok(a !== null);
    const device = await a.requestDevice();
    const m = createMetrics({ numClasses: 3, backend: "webgpu", device });
    device.destroy();
    const e = await errorOf(() => m.addAsync(randomBatch(1, 1, 3, 9, null)));
    assert.ok(e instanceof Error, String(e));
    assert.match(e.message, /WebGPU/);
    assert.equal(m.images, 0);
  },
});

Deno.test({
  name:
    "createMetrics() and addAsync() with backend webgpu name the missing WebGPU",
  ignore,
  async fn() {
    // No adapter: requestAdapter() answers null for this test.
    const gpu = navigator.gpu;
    Object.defineProperty(gpu, "requestAdapter", {
      value: () => Promise.resolve(null),
      configurable: true,
    });
    try {
      const m = createMetrics({ numClasses: 3, backend: "webgpu" });
      const e = await errorOf(() => m.addAsync(randomBatch(1, 1, 3, 9, null)));
      assert.ok(e instanceof JdtRangeError, String(e));
      assert.equal(e.argument, "options.backend");
      assert.match(e.message, /needs a WebGPU adapter/);
    } finally {
      delete (gpu as { requestAdapter?: unknown }).requestAdapter;
      await releaseDefaultGpu();
    }
    // No navigator.gpu at all: refused when the accumulator is made.
    const proto = Object.getPrototypeOf(navigator);
    const desc = Object.getOwnPropertyDescriptor(proto, "gpu");
    assert.ok(desc !== undefined);
    delete proto.gpu;
    try {
      assert.throws(
        () => createMetrics({ numClasses: 3, backend: "webgpu" }),
        /navigator\.gpu/,
      );
    } finally {
      Object.defineProperty(proto, "gpu", desc);
    }
    assert.ok("gpu" in navigator);
  },
});
