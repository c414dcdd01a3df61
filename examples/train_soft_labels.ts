/**
 * Training with soft labels, end to end: a small per-pixel TF.js model on
 * synthetic images whose ground truth comes from five simulated annotators that
 * disagree at the borders. Three runs from the same initial weights:
 *
 *   (a) cross-entropy on the annotators' majority vote (hard labels);
 *   (b) 0.25·CE + 0.75·SJL on the averaged soft labels, where SJL is the naive
 *       soft Jaccard loss 1 − Σxy / (Σx + Σy − Σxy), written here in TF.js ops;
 *   (c) 0.25·CE + 0.75·JML on the averaged soft labels (`tfjsCompoundLoss`).
 *
 * Prints mIoU, soft Dice and ECE on held-out images and writes a PNG
 * prediction grid. Run: `deno task train-example [out.png]`.
 *
 * @module
 */

import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import { encode } from "npm:fast-png@8.0.0";
import { averageAnnotators, jdtLoss } from "../mod.ts";
import { tfjsCompoundLoss } from "../src/train/tfjs.ts";
import type { TfjsLoss } from "../src/train/tfjs.ts";
import { seeded } from "../bench/_workloads.ts";

const S = 32; // image side
const C = 3; // background, disk, bar
const ANNOTATORS = 5;
const PATCH = 25; // 5×5 neighbourhood
const TRAIN = 48, TEST = 32, BATCH = 8, EPOCHS = 40;
const OUT = Deno.args[0] ?? "docs/train_soft_labels.png";

// ------------------------------------------------------------------- data

interface Shapes {
  cx: number;
  cy: number;
  r: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Class of pixel (x, y) for the shapes grown by `grow` pixels and shifted. */
function classAt(s: Shapes, x: number, y: number, grow: number): number {
  if (
    x >= s.x0 - grow && x <= s.x1 + grow && y >= s.y0 - grow && y <= s.y1 + grow
  ) return 2;
  if (Math.hypot(x - s.cx, y - s.cy) <= s.r + grow) return 1;
  return 0;
}

interface Split {
  images: Float32Array; // [B, S, S, 1]
  majority: Int32Array; // [B, S, S]
  soft: Float32Array; // [B, S, S, C]
}

/**
 * Images: class intensities (0.5, 1, 0) blurred and noisy, so borders are
 * ambiguous. Annotators: each grows or shrinks every shape by a personal bias
 * (−2 to +2 px) plus per-image jitter and shifts it by up to 0.8 px.
 */
function makeSplit(count: number, rand: () => number): Split {
  const images = new Float32Array(count * S * S);
  const annotations = Array.from(
    { length: ANNOTATORS },
    () => new Uint8Array(count * S * S),
  );
  const bias = Array.from(
    { length: ANNOTATORS },
    (_, a) => -2 + 4 * a / (ANNOTATORS - 1),
  );
  const level = [0.5, 1, 0];
  const sharp = new Float64Array(S * S);
  const gauss = () => {
    const u = Math.max(rand(), 1e-12), v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  for (let b = 0; b < count; b++) {
    const w = 4 + rand() * 4, h = 8 + rand() * 12;
    const x0 = 2 + rand() * (S - w - 4), y0 = 2 + rand() * (S - h - 4);
    const s: Shapes = {
      cx: 6 + rand() * (S - 12),
      cy: 6 + rand() * (S - 12),
      r: 4 + rand() * 6,
      x0,
      x1: x0 + w,
      y0,
      y1: y0 + h,
    };
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        sharp[y * S + x] = level[classAt(s, x + 0.5, y + 0.5, 0)];
      }
    }
    // 3×3 binomial blur, then noise.
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        let acc = 0, wsum = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const yy = y + dy, xx = x + dx;
            if (yy < 0 || yy >= S || xx < 0 || xx >= S) continue;
            const k = (2 - Math.abs(dx)) * (2 - Math.abs(dy));
            acc += k * sharp[yy * S + xx];
            wsum += k;
          }
        }
        images[b * S * S + y * S + x] = acc / wsum + 0.15 * gauss();
      }
    }
    for (let a = 0; a < ANNOTATORS; a++) {
      const grow = bias[a] + 0.4 * (rand() - 0.5);
      const dx = 0.8 * (rand() * 2 - 1), dy = 0.8 * (rand() * 2 - 1);
      for (let y = 0; y < S; y++) {
        for (let x = 0; x < S; x++) {
          annotations[a][b * S * S + y * S + x] = classAt(
            s,
            x + 0.5 - dx,
            y + 0.5 - dy,
            grow,
          );
        }
      }
    }
  }
  const { labels: soft } = averageAnnotators(annotations, {
    numClasses: C,
    shape: [count, S, S],
    layout: "channels-last",
  });
  // Majority vote: the most frequent class; a tie goes to the lower class id.
  const majority = new Int32Array(count * S * S);
  for (let i = 0; i < majority.length; i++) {
    let best = 0;
    for (let c = 1; c < C; c++) {
      if (soft[i * C + c] > soft[i * C + best]) best = c;
    }
    majority[i] = best;
  }
  return { images, majority, soft };
}

// ------------------------------------------------------------------- model and losses

/**
 * The model: a 5×5 convolution with 12 filters, then two 1×1 convolutions
 * (12 filters, then C). The 5×5 convolution is computed as patches × weights
 * (`patches5x5` once, then a dense layer): TF.js's cpu `conv2d` gradient takes
 * seconds per step at this size, its matrix product milliseconds.
 */
function makeModel(): tf.Sequential {
  const init = (seed: number) => tf.initializers.heNormal({ seed });
  return tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [S, S, PATCH],
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

/** The 5×5 neighbourhood of every pixel (zero padded): `[count, S, S, 25]`. */
function patches5x5(images: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * S * S * PATCH);
  for (let b = 0; b < count; b++) {
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const o = ((b * S + y) * S + x) * PATCH;
        let k = 0;
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++, k++) {
            const yy = y + dy, xx = x + dx;
            if (yy >= 0 && yy < S && xx >= 0 && xx < S) {
              out[o + k] = images[(b * S + yy) * S + xx];
            }
          }
        }
      }
    }
  }
  return out;
}

/** The naive soft Jaccard loss at batch level, mean over classes, smooth 1e-3 as JML's. */
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

interface Method {
  key: string;
  name: string;
  hard: boolean;
  loss: (labels: tf.Tensor, logits: tf.Tensor) => tf.Scalar;
}

const ce: TfjsLoss = tfjsCompoundLoss({
  companion: "crossEntropy",
  companionWeight: 1,
  jdtWeight: 0,
});
const jml: TfjsLoss = tfjsCompoundLoss({
  companion: "crossEntropy",
  companionWeight: 0.25,
  jdtWeight: 0.75,
});
const METHODS: Method[] = [
  { key: "a", name: "CE, majority vote", hard: true, loss: (y, z) => ce(y, z) },
  {
    key: "b",
    name: "0.25 CE + 0.75 SJL, soft labels",
    hard: false,
    loss: (y, z) =>
      tf.add(
        tf.mul(0.25, ce(y, z)),
        tf.mul(0.75, softJaccardLoss(y, z)),
      ) as tf.Scalar,
  },
  {
    key: "c",
    name: "0.25 CE + 0.75 JML, soft labels",
    hard: false,
    loss: (y, z) => jml(y, z),
  },
];

// ------------------------------------------------------------------- metrics

interface Scores {
  mIoU: number;
  softDice: number;
  ece: number;
  eceMajority: number;
}

/** mIoU vs majority vote, soft Dice vs soft labels (1 − DML), ECE with 10 bins. */
async function score(probs: Float32Array, split: Split): Promise<Scores> {
  const P = split.majority.length;
  // mIoU over the held-out set: per class |pred ∩ label| / |pred ∪ label|.
  const inter = new Float64Array(C), union = new Float64Array(C);
  // ECE: bins of the top-1 confidence; accuracy is the expected agreement with
  // a random annotator (the soft label of the predicted class), or for
  // eceMajority whether the prediction equals the majority vote.
  const bins = 10;
  const n = new Float64Array(bins), conf = new Float64Array(bins);
  const agree = new Float64Array(bins), hit = new Float64Array(bins);
  for (let i = 0; i < P; i++) {
    let k = 0;
    for (let c = 1; c < C; c++) if (probs[i * C + c] > probs[i * C + k]) k = c;
    const lab = split.majority[i];
    for (let c = 0; c < C; c++) {
      if (k === c && lab === c) inter[c]++;
      if (k === c || lab === c) union[c]++;
    }
    const p = probs[i * C + k];
    const bin = Math.min(bins - 1, Math.floor(p * bins));
    n[bin]++;
    conf[bin] += p;
    agree[bin] += split.soft[i * C + k];
    hit[bin] += k === lab ? 1 : 0;
  }
  let mIoU = 0;
  for (let c = 0; c < C; c++) mIoU += inter[c] / union[c] / C;
  let ece = 0, eceMajority = 0;
  for (let b = 0; b < bins; b++) {
    ece += Math.abs(conf[b] - agree[b]) / P;
    eceMajority += Math.abs(conf[b] - hit[b]) / P;
  }
  // Soft Dice score = 1 − DML(probabilities, soft labels), batch level, mean over classes.
  const dml = await jdtLoss(
    { probs, shape: [P / (S * S), S, S, C], labels: split.soft },
    { alpha: 0.5, beta: 0.5, smooth: 0, layout: "channels-last", grad: false },
  );
  return {
    mIoU: 100 * mIoU,
    softDice: 100 * (1 - dml.value),
    ece: 100 * ece,
    eceMajority: 100 * eceMajority,
  };
}

// ------------------------------------------------------------------- figure

const COLORS = [[20, 20, 28], [240, 150, 30], [40, 190, 230]];

/** One RGB cell per (image, column), scaled `Z`×, on a white background. */
function drawGrid(
  columns: ((i: number, p: number) => number[])[],
  rows: number,
  path: string,
): void {
  const Z = 4, GAP = 4;
  const cell = S * Z;
  const width = columns.length * (cell + GAP) + GAP,
    height = rows * (cell + GAP) + GAP;
  const data = new Uint8Array(width * height * 3).fill(255);
  for (let r = 0; r < rows; r++) {
    columns.forEach((col, ci) => {
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const p = Math.floor(y / Z) * S + Math.floor(x / Z);
          const rgb = col(r, p);
          const o =
            ((GAP + r * (cell + GAP) + y) * width + GAP + ci * (cell + GAP) +
              x) * 3;
          for (let k = 0; k < 3; k++) {
            data[o + k] = Math.max(0, Math.min(255, Math.round(rgb[k])));
          }
        }
      }
    });
  }
  Deno.mkdirSync(path.replace(/\/[^/]*$/, "") || ".", { recursive: true });
  Deno.writeFileSync(
    path,
    encode({ width, height, data, channels: 3, depth: 8 }),
  );
}

/** Colour of a pixel from its class probabilities (a mix of the class colours). */
function mix(v: ArrayLike<number>, at: number): number[] {
  const rgb = [0, 0, 0];
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < 3; k++) rgb[k] += v[at * C + c] * COLORS[c][k];
  }
  return rgb;
}

// ------------------------------------------------------------------- run

async function main(): Promise<void> {
  const started = performance.now();
  await tf.setBackend("cpu");
  const rand = seeded(2023);
  const train = makeSplit(TRAIN, rand);
  const test = makeSplit(TEST, rand);
  const xTrain = tf.tensor4d(patches5x5(train.images, TRAIN), [
    TRAIN,
    S,
    S,
    PATCH,
  ]);
  const yHard = tf.tensor3d(train.majority, [TRAIN, S, S], "int32");
  const ySoft = tf.tensor4d(train.soft, [TRAIN, S, S, C]);
  const xTest = tf.tensor4d(patches5x5(test.images, TEST), [TEST, S, S, PATCH]);

  const results: {
    method: Method;
    scores: Scores;
    probs: Float32Array;
    seconds: number;
  }[] = [];
  for (const method of METHODS) {
    const t0 = performance.now();
    const model = makeModel();
    const optimizer = tf.train.adam(0.01);
    const order = seeded(7); // the same batches for every method
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const perm = Array.from({ length: TRAIN }, (_, i) => i);
      for (let i = TRAIN - 1; i > 0; i--) {
        const j = Math.floor(order() * (i + 1));
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      let epochLoss = 0;
      for (let s = 0; s < TRAIN; s += BATCH) {
        const idx = tf.tensor1d(perm.slice(s, s + BATCH), "int32");
        const x = tf.gather(xTrain, idx);
        const y = tf.gather(method.hard ? yHard : ySoft, idx);
        const l = optimizer.minimize(
          () => method.loss(y, model.apply(x) as tf.Tensor),
          true,
        )!;
        epochLoss += l.dataSync()[0] * BATCH / TRAIN;
        tf.dispose([idx, x, y, l]);
      }
      if (epoch % 10 === 9) {
        console.log(
          `(${method.key}) epoch ${epoch + 1}: training loss ${
            epochLoss.toFixed(4)
          }`,
        );
      }
    }
    const probs = tf.tidy(() => tf.softmax(model.predict(xTest) as tf.Tensor))
      .dataSync() as Float32Array;
    results.push({
      method,
      scores: await score(probs, test),
      probs,
      seconds: (performance.now() - t0) / 1000,
    });
    model.dispose();
    optimizer.dispose();
  }

  console.log(
    `\nHeld-out: ${TEST} images ${S}×${S}, ${C} classes, ${ANNOTATORS} annotators; trained on ${TRAIN} images, ${EPOCHS} epochs.\n`,
  );
  console.log(
    "| method | mIoU (%) ↑ | soft Dice (%) ↑ | ECE (%) ↓ | ECE vs majority (%) ↓ | train time (s) |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const { method, scores: s, seconds } of results) {
    console.log(
      `| (${method.key}) ${method.name} | ${s.mIoU.toFixed(2)} | ${
        s.softDice.toFixed(2)
      } | ${s.ece.toFixed(2)} | ${s.eceMajority.toFixed(2)} | ${
        seconds.toFixed(1)
      } |`,
    );
  }

  const rows = 4;
  const columns = [
    (r: number, p: number) => {
      const v = 255 *
        Math.max(0, Math.min(1, (test.images[r * S * S + p] + 0.3) / 1.6));
      return [v, v, v];
    },
    (r: number, p: number) => COLORS[test.majority[r * S * S + p]],
    (r: number, p: number) => mix(test.soft, r * S * S + p),
    ...results.map(({ probs }) => (r: number, p: number) =>
      mix(probs, r * S * S + p)
    ),
  ];
  drawGrid(columns, rows, OUT);
  console.log(
    `\nFigure: ${OUT} (rows: held-out images; columns: input, majority vote, averaged soft labels, predictions of (a), (b), (c)).`,
  );
  console.log(
    `Total time ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  tf.dispose([xTrain, yHard, ySoft, xTest]);
}

await main();
