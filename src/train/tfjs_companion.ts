/**
 * The companion losses (cross-entropy, focal, KL divergence) in TF.js ops, for
 * the GPU-resident TF.js adapter: the definitions of `companion.ts` (softmax
 * of `z / T`, averaged over kept pixels, 0 when none is kept), differentiated
 * by TF.js's tape, so they run on TF.js's backend with the logits.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import type { CompanionKind } from "./companion.ts";

/** The labels of a companion loss as TF.js tensors, in the logits' layout. */
export interface TfTargets {
  /** Soft or one-hot labels, the logits' shape. */
  y: tf.Tensor;
  /** 1 where the pixel counts, 0 elsewhere; the logits' shape with a unit class axis. */
  weight: tf.Tensor;
  /** The class axis of the logits. */
  axis: number;
}

/** Per-pixel loss (class axis kept, size 1). */
function perPixel(
  kind: CompanionKind,
  logq: tf.Tensor,
  t: TfTargets,
  focalGamma: number,
  T: number,
): tf.Tensor {
  const { y, axis } = t;
  if (kind === "crossEntropy") {
    return tf.neg(tf.sum(tf.mul(y, logq), axis, true));
  }
  if (kind === "focal") {
    const f = tf.pow(tf.sub(1, tf.exp(logq)), focalGamma);
    return tf.neg(tf.sum(tf.mul(tf.mul(y, f), logq), axis, true));
  }
  // KL: T² Σ y (log y − log q), with 0 log 0 = 0.
  const logy = tf.log(tf.maximum(y, 1e-30));
  const terms = tf.where(
    tf.greater(y, 0),
    tf.mul(y, tf.sub(logy, logq)),
    tf.zerosLike(y),
  );
  return tf.mul(T * T, tf.sum(terms, axis, true));
}

/**
 * The companion loss of `logits` against `targets`, a differentiable scalar.
 *
 * @param kind Which loss.
 * @param logits The logits (float32).
 * @param targets Labels, pixel weights and the class axis.
 * @param focalGamma The focal exponent (`"focal"` only).
 * @param temperature `T` of `softmax(z / T)`.
 * @returns The mean over kept pixels (0 when none is kept).
 */
export function tfCompanionLoss(
  kind: CompanionKind,
  logits: tf.Tensor,
  targets: TfTargets,
  focalGamma: number,
  temperature: number,
): tf.Scalar {
  return tf.tidy(() => {
    const z = temperature === 1 ? logits : tf.div(logits, temperature);
    const logq = tf.sub(z, tf.logSumExp(z, targets.axis, true));
    const per = perPixel(kind, logq, targets, focalGamma, temperature);
    // Weights are 0 or 1: max(Σw, 1) is Σw, or 1 when no pixel is kept (sum 0).
    return tf.div(
      tf.sum(tf.mul(per, targets.weight)),
      tf.maximum(tf.sum(targets.weight), 1),
    ) as tf.Scalar;
  });
}
