/** Data and a model shared by the TF.js adapter tests. */
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { seeded } from "../tools/workloads.ts";
import { gpuCount } from "./_gpu_count.ts";

/** Channels-last random data of a `[B, H, W, C]` problem and the generator that made it. */
export interface TfjsData {
  /** The seeded generator, to draw more from. */
  rand: () => number;
  /** Logits in (−2, 2), `[B, H, W, C]`. */
  logitsData: Float32Array;
  /** Class ids, `[B, H, W]`; 255 at a fraction of the pixels where asked. */
  hardData: Int32Array;
  /** Soft labels (each pixel's row sums to 1), `[B, H, W, C]` with C = 3. */
  softData: Float32Array;
}

/**
 * Random data drawn in a fixed order from `seeded(seed)`: logits, hard
 * labels (255 with probability `ignored`, then a class), soft labels of 3
 * classes.
 */
export function tfjsData(
  seed: number,
  [B, H, W, C]: readonly number[],
  ignored = 0,
): TfjsData {
  const rand = seeded(seed);
  const logitsData = Float32Array.from(
    { length: B * H * W * C },
    () => (rand() - 0.5) * 4,
  );
  const hardData = Int32Array.from(
    { length: B * H * W },
    () => (ignored > 0 && rand() < ignored ? 255 : Math.floor(rand() * C)),
  );
  const softData = new Float32Array(B * H * W * C);
  for (let i = 0; i < B * H * W; i++) {
    const w = [rand(), rand(), rand()], s = w[0] + w[1] + w[2];
    for (let c = 0; c < C; c++) softData[i * C + c] = w[c] / s;
  }
  return { rand, logitsData, hardData, softData };
}

/** A small conv model `[H, W, 1]` → `[H, W, C]` with seeded initial weights (seed, seed + 1). */
export function convModel(
  H: number,
  W: number,
  C: number,
  seed: number,
): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [H, W, 1],
        filters: 4,
        kernelSize: 3,
        padding: "same",
        activation: "relu",
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
      }),
      tf.layers.conv2d({
        filters: C,
        kernelSize: 1,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }),
      }),
    ],
  });
}

/**
 * What a training step must not grow, now: `mapAsync` calls and live
 * GPUBuffers (counted by `countGpu()`), and live TF.js tensors.
 */
export function resources(): { maps: number; live: number; tensors: number } {
  return {
    maps: gpuCount.maps,
    live: gpuCount.live,
    tensors: tf.memory().numTensors,
  };
}
