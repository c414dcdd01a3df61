/**
 * Training with soft labels, end to end: a small per-pixel TF.js model on
 * synthetic images whose ground truth comes from five simulated annotators
 * that disagree at the borders. Each method of `train/methods.ts` (CE; CE +
 * naive soft Jaccard; CE + JML; CE + DML; JML with label smoothing; JML
 * distilled from a teacher) trains from the same initial weights and batches
 * for every seed; seeds vary the data, the weights and the batch order.
 *
 * Prints mean ± standard deviation over seeds of mIoU, soft Dice and ECE on
 * held-out images, the paired differences to CE with 95 % intervals, the
 * per-step time, and writes a PNG prediction grid (first seed).
 *
 * Run: `deno task train-example [--backend wasm|webgpu] [--seeds N]
 * [--epochs E] [--quick] [--out file.png]`. `wasm`: TF.js `cpu` with the
 * wasm adapter; `webgpu`: TF.js `webgpu` with the GPU-resident adapter.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { parseArgs } from "node:util";
import process from "node:process";
import { distillationTargets, labelSmoothing } from "../mod.ts";
import { seeded } from "../tools/workloads.ts";
import { ANNOTATORS, C, makeSplit, patches5x5, S } from "./train/data.ts";
import type { Split } from "./train/data.ts";
import {
  EPSILON,
  makeMethods,
  makeModel,
  TEMPERATURE,
} from "./train/methods.ts";
import type { Method, Target } from "./train/methods.ts";
import { score, SCORE_COLUMNS } from "./train/scores.ts";
import type { Scores } from "./train/scores.ts";
import { meanSd, median, pairedDiff } from "./train/stats.ts";
import { predictionGrid } from "./train/figure.ts";

const TRAIN = 48, TEST = 32, BATCH = 8;

const { values: args } = parseArgs({
  args: Deno.args,
  options: {
    backend: { type: "string", default: "wasm" },
    seeds: { type: "string" },
    epochs: { type: "string" },
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "docs/train_soft_labels.png" },
  },
});
const SEEDS = Number(args.seeds ?? (args.quick ? 2 : 5));
const EPOCHS = Number(args.epochs ?? (args.quick ? 5 : 20));
if (args.backend !== "wasm" && args.backend !== "webgpu") {
  throw new Error(`--backend must be wasm or webgpu, got ${args.backend}`);
}
if (!(Number.isInteger(SEEDS) && SEEDS >= 1)) {
  throw new Error("--seeds N, N >= 1");
}
if (!(Number.isInteger(EPOCHS) && EPOCHS >= 2)) {
  throw new Error("--epochs E, E >= 2");
}

/** One seed's data as tensors, and its held-out split. */
interface SeedData {
  xTrain: tf.Tensor;
  xTest: tf.Tensor;
  targets: Partial<Record<Target, tf.Tensor>>;
  train: Split;
  test: Split;
}

function seedData(seed: number): SeedData {
  const rand = seeded(2023 + seed);
  const train = makeSplit(TRAIN, rand), test = makeSplit(TEST, rand);
  const smoothed = labelSmoothing(train.majority, {
    numClasses: C,
    shape: [TRAIN, S, S],
    epsilon: EPSILON,
    layout: "channels-last",
  });
  return {
    xTrain: tf.tensor4d(patches5x5(train.images, TRAIN), [TRAIN, S, S, 25]),
    xTest: tf.tensor4d(patches5x5(test.images, TEST), [TEST, S, S, 25]),
    targets: {
      majority: tf.tensor3d(train.majority, [TRAIN, S, S], "int32"),
      annotators: tf.tensor4d(train.soft, [TRAIN, S, S, C]),
      smoothed: tf.tensor4d(smoothed.labels, [TRAIN, S, S, C]),
    },
    train,
    test,
  };
}

/** One trained model and its per-step times. */
interface Run {
  model: tf.LayersModel;
  /** Wall time per step of each epoch but the first. */
  stepMs: number[];
  /** The process's CPU time (all threads) per step, same epochs. */
  cpuMs: number[];
}

/**
 * Adam 0.01, batches of 8 in a seeded order. An epoch ends by awaiting its
 * summed loss, so its wall time includes the GPU's work; the per-step time of
 * an epoch is that time over its steps (the first epoch, which compiles, is
 * left out). The process's CPU time is measured too: on a shared machine it
 * depends less on the other processes than the wall time does.
 */
async function train(method: Method, seed: number, d: SeedData): Promise<Run> {
  const model = makeModel(seed);
  const optimizer = tf.train.adam(0.01);
  const order = seeded(7 + seed);
  const target = d.targets[method.target]!;
  const stepMs: number[] = [], cpuMs: number[] = [];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const t0 = performance.now(), cpu0 = process.cpuUsage();
    const perm = Array.from({ length: TRAIN }, (_, i) => i);
    for (let i = TRAIN - 1; i > 0; i--) {
      const j = Math.floor(order() * (i + 1));
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    let sum: tf.Scalar = tf.scalar(0);
    for (let s = 0; s < TRAIN; s += BATCH) {
      const idx = tf.tensor1d(perm.slice(s, s + BATCH), "int32");
      const x = tf.gather(d.xTrain, idx), y = tf.gather(target, idx);
      const l = optimizer.minimize(
        () => method.loss(y, model.apply(x) as tf.Tensor),
        true,
      )!;
      const next = tf.add(sum, l) as tf.Scalar;
      tf.dispose([idx, x, y, l, sum]);
      sum = next;
    }
    await sum.data(); // the epoch's work is done
    sum.dispose();
    if (epoch > 0) {
      const cpu = process.cpuUsage(cpu0);
      stepMs.push((performance.now() - t0) / (TRAIN / BATCH));
      cpuMs.push((cpu.user + cpu.system) / 1000 / (TRAIN / BATCH));
    }
  }
  optimizer.dispose();
  return { model, stepMs, cpuMs };
}

async function predict(model: tf.LayersModel, x: tf.Tensor, T = 1) {
  const t = tf.tidy(() =>
    T === 1
      ? tf.softmax(model.predict(x) as tf.Tensor)
      : model.predict(x) as tf.Tensor
  );
  const v = await t.data() as Float32Array;
  t.dispose();
  return v;
}

/** (f)'s targets: softmax(teacher logits / T) on the training images. */
async function teacherTargets(teacher: tf.LayersModel, d: SeedData) {
  const logits = await predict(teacher, d.xTrain, TEMPERATURE);
  const kd = distillationTargets(logits, {
    shape: [TRAIN, S, S, C],
    temperature: TEMPERATURE,
    layout: "channels-last",
  });
  return tf.tensor4d(kd.labels, [TRAIN, S, S, C]);
}

interface Result {
  scores: Scores[];
  stepMs: number[];
  cpuMs: number[];
}

async function runSeed(
  seed: number,
  methods: Method[],
  results: Map<string, Result>,
  figure: Float32Array[],
): Promise<void> {
  const d = seedData(seed);
  for (const method of methods) {
    const run = await train(method, seed, d);
    const probs = await predict(run.model, d.xTest);
    const r = results.get(method.key)!;
    r.scores.push(await score(probs, d.test));
    r.stepMs.push(median(run.stepMs));
    r.cpuMs.push(median(run.cpuMs));
    if (seed === 0) figure.push(probs);
    if (method.key === "a") {
      d.targets.teacher = await teacherTargets(run.model, d);
    }
    run.model.dispose();
  }
  tf.dispose([d.xTrain, d.xTest, ...Object.values(d.targets)]);
  console.log(`seed ${seed} done`);
}

function fmt(x: number, digits = 2): string {
  return x.toFixed(digits);
}

function printTables(methods: Method[], results: Map<string, Result>): void {
  const cols = SCORE_COLUMNS;
  console.log(
    `\n| method | ${
      cols.map((c) => c.title).join(" | ")
    } | ms / step (wall) | ms / step (CPU) |`,
  );
  console.log(`| --- | ${cols.map(() => "---:").join(" | ")} | ---: | ---: |`);
  for (const m of methods) {
    const r = results.get(m.key)!;
    const cells = cols.map((c) => {
      const { mean, sd } = meanSd(r.scores.map((s) => s[c.key]));
      return `${fmt(mean)} ± ${fmt(sd)}`;
    });
    console.log(
      `| (${m.key}) ${m.name} | ${cells.join(" | ")} | ${
        fmt(median(r.stepMs), 1)
      } | ${fmt(median(r.cpuMs), 1)} |`,
    );
  }
  console.log(
    `\nPaired difference to (a), mean [95 % t interval, from 2 seeds on] over ${SEEDS} seed(s); * = the interval excludes 0:\n`,
  );
  console.log(`| method | ${cols.map((c) => c.title).join(" | ")} |`);
  console.log(`| --- | ${cols.map(() => "---:").join(" | ")} |`);
  const base = results.get("a")!.scores;
  for (const m of methods.slice(1)) {
    const r = results.get(m.key)!;
    const cells = cols.map((c) => {
      const { mean, half } = pairedDiff(
        r.scores.map((s) => s[c.key]),
        base.map((s) => s[c.key]),
      );
      const sign = mean >= 0 ? "+" : "";
      if (!Number.isFinite(half)) return `${sign}${fmt(mean)}`;
      const star = Math.abs(mean) > half ? " *" : "";
      return `${sign}${fmt(mean)} [${fmt(mean - half)}, ${
        fmt(mean + half)
      }]${star}`;
    });
    console.log(`| (${m.key}) | ${cells.join(" | ")} |`);
  }
}

async function setUp(): Promise<void> {
  if (args.backend === "webgpu") {
    await import("npm:@tensorflow/tfjs-backend-webgpu@4.22.0");
    tf.env().set("WEBGPU_CPU_FORWARD", false);
    if (!(await tf.setBackend("webgpu"))) {
      throw new Error("no TF.js webgpu backend");
    }
  } else {
    await tf.setBackend("cpu");
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  await setUp();
  const methods = makeMethods();
  const results = new Map<string, Result>(
    methods.map((
      m,
    ) => [m.key, { scores: [], stepMs: [], cpuMs: [] }]),
  );
  const figure: Float32Array[] = [];
  for (let seed = 0; seed < SEEDS; seed++) {
    await runSeed(seed, methods, results, figure);
  }
  console.log(
    `\nTF.js ${tf.getBackend()}, ${args.backend} adapter. Held-out: ${TEST} images ${S}×${S}, ${C} classes, ${ANNOTATORS} annotators; trained on ${TRAIN} images, ${EPOCHS} epochs of ${
      TRAIN / BATCH
    } steps; ${SEEDS} seeds, mean ± sd.`,
  );
  printTables(methods, results);
  const out = args.out!;
  Deno.mkdirSync(out.replace(/\/[^/]*$/, "") || ".", { recursive: true });
  Deno.writeFileSync(out, predictionGrid(seedData(0).test, figure, 3));
  console.log(
    `\nFigure: ${out} (rows: held-out images of seed 0; columns: input, majority vote, averaged soft labels, then (${
      methods.map((m) => m.key).join("), (")
    })).`,
  );
  console.log(`Total time ${fmt((performance.now() - started) / 1000, 1)} s.`);
}

await main();
