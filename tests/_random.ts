/** fast-check generators of random loss problems over all options, shared by the tests. */
import fc from "npm:fast-check@4.11.0";
import type { HostLossInput, LossOptions } from "../src/core/types.ts";
import { seeded } from "../tools/workloads.ts";

/**
 * A loss input from its arrays (`probs` or `logits`), with a random keep-mask
 * keeping about `keep` of the pixels when `keep` is not null.
 *
 * @param a The prediction, shape, labels, whether the prediction is
 *   probabilities, and the pixel count (B·N).
 * @param keep Share of pixels kept, or null for no mask.
 * @param rand Uniform numbers in [0, 1).
 * @returns The input.
 */
export function lossInputOf(
  a: {
    pred: Float32Array;
    shape: number[];
    labels: HostLossInput["labels"];
    probs: boolean;
    pixels: number;
  },
  keep: number | null,
  rand: () => number,
): HostLossInput {
  const { pred, shape, labels } = a;
  const input: HostLossInput = a.probs
    ? { probs: pred, shape, labels }
    : { logits: pred, shape, labels };
  if (keep !== null) {
    input.keepMask = Uint8Array.from(
      { length: a.pixels },
      () => (rand() < keep ? 1 : 0),
    );
  }
  return input;
}

/** B=2, C=3, N=5 random logits in (−2, 2) with hard labels, from `seeded(seed)`. */
export function smallProblem(seed = 1): HostLossInput {
  const rand = seeded(seed);
  return {
    logits: Float32Array.from({ length: 30 }, () => (rand() - 0.5) * 4),
    shape: [2, 3, 5],
    labels: Int32Array.from({ length: 10 }, () => Math.floor(rand() * 3)),
  };
}

/** A random loss problem: input and options. */
export interface RandomCase {
  /** The input. */
  input: HostLossInput;
  /** The options (without backend). */
  options: LossOptions;
}

/** Sizes and option choices of a random case. */
export interface RandomCaseLimits {
  /** Largest batch. */
  maxB?: number;
  /** Largest number of classes. */
  maxC?: number;
  /** Largest spatial extent per dimension. */
  maxSide?: number;
}

/** Random problems over every input variant and option (layout, activation, labels, masks, modes). */
export function randomCase(
  limits: RandomCaseLimits = {},
): fc.Arbitrary<RandomCase> {
  const { maxB = 3, maxC = 5, maxSide = 5 } = limits;
  return fc.record({
    B: fc.integer({ min: 1, max: maxB }),
    C: fc.integer({ min: 1, max: maxC }),
    spatial: fc.array(fc.integer({ min: 1, max: maxSide }), {
      minLength: 0,
      maxLength: 3,
    }),
    seed: fc.integer(),
    soft: fc.boolean(),
    activation: fc.constantFrom("softmax", "sigmoid", "none" as const),
    layout: fc.constantFrom("channels-first", "channels-last" as const),
    temperature: fc.constantFrom(1, 0.5, 2.5),
    norm: fc.constantFrom(1, 2 as const),
    alpha: fc.constantFrom(1, 0.5, 0.3, 0),
    beta: fc.constantFrom(1, 0.5, 0.7, 2),
    gamma: fc.constantFrom(1, 2, 1.5),
    smooth: fc.constantFrom(1e-3, 0.1, 1),
    logLoss: fc.boolean(),
    weights: fc.constantFrom([1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0.5, 0.25], [
      0.25,
      1,
      2,
    ]),
    classWeights: fc.boolean(),
    mode: fc.constantFrom("ALL", "PRESENT", "LABEL", "PROB", "BOTH", "LIST"),
    threshold: fc.constantFrom(0.01, 0.3, 0),
    ignore: fc.boolean(),
    mask: fc.boolean(),
  }).map((r) => {
    const rand = seeded(r.seed);
    const N = r.spatial.reduce((a, b) => a * b, 1);
    const { B, C } = r;
    const shape = r.layout === "channels-first"
      ? [B, C, ...r.spatial]
      : [B, ...r.spatial, C];
    const size = B * C * N;
    const pred = new Float32Array(size);
    for (let i = 0; i < size; i++) {
      pred[i] = r.activation === "none"
        ? 0.05 + 0.9 * rand()
        : (rand() - 0.5) * 6;
    }
    const ignoreIndex = r.ignore ? 255 : null;
    let labels: Int32Array | Float32Array;
    if (r.soft) {
      labels = new Float32Array(size);
      for (let i = 0; i < size; i++) labels[i] = rand() < 0.2 ? 0 : rand();
    } else {
      // With one channel, hard labels are a binary 0/1 mask (class ids need C >= 2).
      const classes = C === 1 ? 2 : C;
      labels = new Int32Array(B * N);
      for (let i = 0; i < B * N; i++) {
        labels[i] = ignoreIndex !== null && rand() < 0.2
          ? 255
          : Math.floor(rand() * classes);
      }
    }
    const input = lossInputOf(
      { pred, shape, labels, probs: r.activation === "none", pixels: B * N },
      r.mask ? 0.8 : null,
      rand,
    );
    const mode = r.mode === "LIST"
      ? Array.from({ length: C }, (_, c) => c).filter((c) => c % 2 === 0)
      : r.mode as "ALL";
    const options: LossOptions = {
      mIoUD: r.weights[0],
      mIoUI: r.weights[1],
      mIoUC: r.weights[2],
      alpha: r.alpha,
      // Norm 2 with alpha != beta can make the score negative, where the log loss is undefined.
      beta: r.norm === 2 && r.logLoss ? r.alpha : r.beta,
      // Norm 2 can make 1 - score negative; keep gamma integral there.
      gamma: r.norm === 2 && r.gamma === 1.5 ? 2 : r.gamma,
      smooth: r.smooth,
      threshold: r.threshold,
      norm: r.norm,
      logLoss: r.logLoss,
      ignoreIndex,
      classWeights: r.classWeights
        ? Array.from({ length: C }, () => rand() * 2)
        : null,
      activeClassesModeHard: mode,
      activeClassesModeSoft: mode,
      // A binary mask needs sigmoid logits (softmax of one channel is 1).
      activation: r.activation === "none"
        ? "softmax"
        : C === 1 && !r.soft
        ? "sigmoid"
        : r.activation,
      temperature: r.temperature,
      layout: r.layout,
    };
    return { input, options };
  });
}

/**
 * Generators of positive sizes, one per given maximum (e.g. B, C, N), for
 * `fc.property(...sizes(3, 4, 20), (B, C, N) => ...)`.
 *
 * @param max The largest value of each size.
 * @returns One generator of 1..max per maximum.
 */
export function sizes<T extends number[]>(
  ...max: T
): { [K in keyof T]: fc.Arbitrary<number> } {
  return max.map((m) => fc.integer({ min: 1, max: m })) as {
    [K in keyof T]: fc.Arbitrary<number>;
  };
}
