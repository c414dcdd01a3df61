/**
 * The model and the training methods compared by the training example.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { tfjsCompoundLoss } from "../../src/train/tfjs.ts";
import { C, S } from "./data.ts";

/** Which labels a method trains on. */
export type Target = "majority" | "annotators" | "smoothed" | "teacher";

/** One way of training the model. */
export interface Method {
  /** A letter, in run order. */
  key: string;
  /** A short description for the tables. */
  name: string;
  /** The labels it trains on. */
  target: Target;
  /** `(labels, logits) => scalar`, differentiable in the logits. */
  loss: (labels: tf.Tensor, logits: tf.Tensor) => tf.Scalar;
}

/**
 * Label smoothing's epsilon, and the distillation temperature: the student's
 * `softmax(z / T)` is fitted to the teacher's, as in Hinton et al.
 */
export const EPSILON = 0.1, TEMPERATURE = 2;

/**
 * A 5×5 convolution with 12 filters, then two 1×1 convolutions (12 filters,
 * then C). The 5×5 convolution is computed as patches × weights (a dense
 * layer on `patches5x5`): TF.js's cpu `conv2d` gradient takes seconds per
 * step at this size, its matrix product milliseconds.
 *
 * @param seed Seeds the He-normal initial weights.
 * @returns An uncompiled model from `[B, S, S, 25]` patches to `[B, S, S, C]` logits.
 */
export function makeModel(seed: number): tf.Sequential {
  const init = (k: number) => tf.initializers.heNormal({ seed: seed * 3 + k });
  return tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [S, S, 25],
        units: 12,
        activation: "relu",
        kernelInitializer: init(1),
      }),
      tf.layers.dense({
        units: 12,
        activation: "relu",
        kernelInitializer: init(2),
      }),
      tf.layers.dense({ units: C, kernelInitializer: init(3) }),
    ],
  });
}

/**
 * The naive soft Jaccard loss `1 − Σxy / (Σx + Σy − Σxy)` at batch level,
 * mean over classes, smooth 1e-3 as JML's, in TF.js ops.
 */
function softJaccardLoss(soft: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const x = tf.softmax(logits);
    const inter = tf.sum(tf.mul(x, soft), [0, 1, 2]);
    const union = tf.sub(
      tf.add(tf.sum(x, [0, 1, 2]), tf.sum(soft, [0, 1, 2])),
      inter,
    );
    return tf.sub(
      1,
      tf.mean(tf.div(tf.add(inter, 1e-3), tf.add(union, 1e-3))),
    ) as tf.Scalar;
  });
}

/**
 * The methods, in run order: (a) must come first, it is (f)'s teacher.
 *
 * @returns Fresh losses (the adapter follows TF.js's backend).
 */
export function makeMethods(): Method[] {
  const ce = tfjsCompoundLoss({ companionWeight: 1, jdtWeight: 0 });
  const jml = tfjsCompoundLoss();
  const dml = tfjsCompoundLoss({ alpha: 0.5, beta: 0.5 });
  const kd = tfjsCompoundLoss({ temperature: TEMPERATURE });
  return [
    { key: "a", name: "CE, majority vote", target: "majority", loss: ce },
    {
      key: "b",
      name: "0.25 CE + 0.75 SJL, annotators' soft labels",
      target: "annotators",
      loss: (y, z) =>
        tf.tidy(() =>
          tf.add(tf.mul(0.25, ce(y, z)), tf.mul(0.75, softJaccardLoss(y, z)))
        ) as tf.Scalar,
    },
    {
      key: "c",
      name: "0.25 CE + 0.75 JML, annotators' soft labels",
      target: "annotators",
      loss: jml,
    },
    {
      key: "d",
      name: "0.25 CE + 0.75 DML, annotators' soft labels",
      target: "annotators",
      loss: dml,
    },
    {
      key: "e",
      name: `0.25 CE + 0.75 JML, label smoothing ε = ${EPSILON}`,
      target: "smoothed",
      loss: jml,
    },
    {
      key: "f",
      name: `0.25 CE + 0.75 JML, distilled from (a), T = ${TEMPERATURE}`,
      target: "teacher",
      loss: kd,
    },
  ];
}
