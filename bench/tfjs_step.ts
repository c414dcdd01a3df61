/**
 * Per-step time of the TF.js adapter, loss only (value and gradient with
 * respect to the logits, no model): the wasm adapter on TF.js `cpu` against
 * the GPU-resident adapter on TF.js `webgpu`, in one run. A timed block is
 * `STEPS` steps whose gradients are summed on the backend, then one awaited
 * read, so GPU work is included and the single readback is shared by the
 * block. Also counts `mapAsync` calls inside the steps (the GPU path must
 * make none).
 *
 * Run: `deno run -A bench/tfjs_step.ts`. On llvmpipe the webgpu column is a
 * CPU emulation of a GPU: it says nothing about GPU speed.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import "npm:@tensorflow/tfjs-backend-webgpu@4.22.0";
import { tfjsCompoundLoss } from "../src/train/tfjs.ts";
import { seeded } from "../tools/workloads.ts";

const STEPS = 10, REPEATS = 5;

interface Workload {
  name: string;
  shape: [number, number, number, number];
  soft: boolean;
}

const WORKLOADS: Workload[] = [
  { name: "example batch 8x32x32x3 soft", shape: [8, 32, 32, 3], soft: true },
  { name: "4x64x64x19 hard", shape: [4, 64, 64, 19], soft: false },
];

let maps = 0;
const mapAsync = GPUBuffer.prototype.mapAsync;
GPUBuffer.prototype.mapAsync = function (...a) {
  maps++;
  return mapAsync.apply(this, a);
};

function data(w: Workload) {
  const rand = seeded(11);
  const [B, H, W, C] = w.shape;
  const z = Float32Array.from({ length: B * H * W * C }, () => rand() * 4 - 2);
  const labels = w.soft
    ? tf.softmax(tf.tensor4d(z.map(() => rand() * 4), w.shape))
    : tf.tensor3d(
      Int32Array.from({ length: B * H * W }, () => Math.floor(rand() * C)),
      [B, H, W],
      "int32",
    );
  return { logits: tf.tensor4d(z, w.shape), labels };
}

/** Median ms per step over REPEATS blocks, and mapAsync calls inside the steps. */
async function time(w: Workload): Promise<{ ms: number; maps: number }> {
  const loss = tfjsCompoundLoss();
  const { logits, labels } = data(w);
  const grad = tf.grad((z: tf.Tensor) => loss(labels, z));
  const block = async () => {
    let sum = tf.scalar(0);
    const m0 = maps;
    for (let i = 0; i < STEPS; i++) {
      const next = tf.tidy(() => tf.add(sum, tf.sum(grad(logits))));
      sum.dispose();
      sum = next as tf.Scalar;
    }
    const inSteps = maps - m0;
    await sum.data();
    sum.dispose();
    return inSteps;
  };
  await block(); // warm-up: compiles pipelines
  const ms: number[] = [];
  let stepMaps = 0;
  for (let r = 0; r < REPEATS; r++) {
    const t0 = performance.now();
    stepMaps += await block();
    ms.push((performance.now() - t0) / STEPS);
  }
  ms.sort((a, b) => a - b);
  tf.dispose([logits, labels]);
  loss.dispose();
  return { ms: ms[REPEATS >> 1], maps: stepMaps };
}

const rows: string[] = [];
for (const w of WORKLOADS) {
  await tf.setBackend("cpu");
  const cpu = await time(w);
  tf.env().set("WEBGPU_CPU_FORWARD", false);
  await tf.setBackend("webgpu");
  const gpu = await time(w);
  rows.push(
    `| ${w.name} | ${cpu.ms.toFixed(1)} | ${gpu.ms.toFixed(1)} | ${
      (gpu.ms / cpu.ms).toFixed(2)
    } | ${gpu.maps} |`,
  );
}
console.log(
  `\nTF.js loss step (value + gradient, 0.25 CE + 0.75 JML), median of ${REPEATS} blocks of ${STEPS} steps:\n`,
);
console.log(
  "| workload | wasm adapter, TF.js cpu (ms/step) | GPU adapter, TF.js webgpu (ms/step) | ratio webgpu / wasm | mapAsync in the webgpu steps |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
rows.forEach((r) => console.log(r));
