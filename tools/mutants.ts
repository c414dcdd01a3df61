/**
 * The mutants of `deno task mutate` (tools/mutate.ts): single-line, plausible
 * bugs across the parts of the library. Each names its file, a search string
 * that must occur in it exactly once, and its replacement. Keep search strings
 * short and distinctive; new code comes with mutants of its own.
 *
 * @module
 */

/** One planted bug. */
export interface Mutant {
  /** Short unique name (`--only NAME`). */
  name: string;
  /** File, relative to the repository root. */
  file: string;
  /** Text that occurs exactly once in the file. */
  search: string;
  /** What it becomes. */
  replace: string;
  /** The bug, in words. */
  bug: string;
}

/** The list, by part. */
export const MUTANTS: readonly Mutant[] = [
  // --- core: host step, options, js reference, dispatch --------------------
  {
    name: "host-tie-half",
    file: "src/core/host_step.ts",
    search: "= (t + p - n) / 2;",
    replace: "= t + p - n;",
    bug: "norm-1 tie coefficient without its /2",
  },
  {
    name: "host-norm2-coef",
    file: "src/core/host_step.ts",
    search: "coef[g * COEF_K] = 2 * p;",
    replace: "coef[g * COEF_K] = p;",
    bug: "norm-2 dfp/dx = 2x - y taken as x - y",
  },
  {
    name: "host-dfp-weight",
    file: "src/core/host_step.ts",
    search: "dfp: dl * (-o.alpha * num) / den2,",
    replace: "dfp: dl * (-o.beta * num) / den2,",
    bug: "dL/dfp weighted by beta instead of alpha",
  },
  {
    name: "host-dataset-mean",
    file: "src/core/host_step.ts",
    search: "const k = o.mIoUD / nActive;",
    replace: "const k = o.mIoUD;",
    bug: "dataset-level gradient not divided by the active classes",
  },
  {
    name: "host-image-mean",
    file: "src/core/host_step.ts",
    search: "const k = weight / (nOuter * counts[u]);",
    replace: "const k = weight / nOuter;",
    bug: "mIoUI/mIoUC gradient not divided by the inner count",
  },
  {
    name: "host-gamma-chain",
    file: "src/core/host_step.ts",
    search: "dl *= o.gamma * Math.pow(l0, o.gamma - 1);",
    replace: "dl *= Math.pow(l0, o.gamma - 1);",
    bug: "focal power rule without its factor gamma",
  },
  {
    name: "host-log-deriv",
    file: "src/core/host_step.ts",
    search: "let dl = o.logLoss ? -1 / score : -1;",
    replace: "let dl = -1;",
    bug: "logLoss gradient without d(-log s)/ds = -1/s",
  },
  {
    name: "host-prob-mode",
    file: "src/core/host_step.ts",
    search: "return maxX > threshold;",
    replace: "return maxY > threshold;",
    bug: "active-class mode PROB reads the label maximum",
  },
  {
    name: "options-soft-default",
    file: "src/core/options.ts",
    search: 'activeClassesModeSoft: "ALL",',
    replace: 'activeClassesModeSoft: "PRESENT",',
    bug: "default active-class mode of soft labels ALL -> PRESENT",
  },
  {
    name: "options-hard-default",
    file: "src/core/options.ts",
    search: 'activeClassesModeHard: "PRESENT",',
    replace: 'activeClassesModeHard: "ALL",',
    bug: "default active-class mode of hard labels PRESENT -> ALL",
  },
  {
    name: "options-finite",
    file: "src/core/options.ts",
    search: "if (!Number.isFinite(v) || v < min) {",
    replace: "if (v < min) {",
    bug: "numeric options accept NaN and Infinity",
  },
  {
    name: "ref-tie",
    file: "src/core/reference.ts",
    search: "g[c] = x[c] > y[c] ? coef[k]",
    replace: "g[c] = x[c] >= y[c] ? coef[k]",
    bug: "js backend gives ties the x > y coefficient",
  },
  {
    name: "ref-softmax-temp",
    file: "src/core/reference.ts",
    search: "x[c] * (g[c] - dot) / T;",
    replace: "x[c] * (g[c] - dot);",
    bug: "js softmax gradient without 1/T",
  },
  {
    name: "ref-keep-mask",
    file: "src/core/reference.ts",
    search: "p.keepMask[i] === 0) continue;",
    replace: "p.keepMask[i] === 1) continue;",
    bug: "js backend reads the keep mask inverted",
  },
  {
    name: "dispatch-js",
    file: "src/choose/backend.ts",
    search: 'if (choice === "js") return jsBackend;',
    replace: "",
    bug: 'backend "js" runs wasm',
  },
  // --- wasm kernels (AssemblyScript) ----------------------------------------
  {
    name: "wasm-flush",
    file: "wasm/assembly/loss.ts",
    search: "if (next == end || (next & flushMask) == 0) {",
    replace: "if (next == end) {",
    bug: "wasm float32 sums over a whole chunk, no float64 flush",
  },
  {
    name: "wasm-tie",
    file: "wasm/assembly/loss.ts",
    search: "f32x4.lt(x, y),",
    replace: "f32x4.le(x, y),",
    bug: "wasm gives ties the x < y coefficient",
  },
  {
    name: "wasm-soft-mask",
    file: "wasm/assembly/loss.ts",
    search: "y = v128.and(raw, keep);",
    replace: "y = raw;",
    bug: "wasm counts soft labels of dropped pixels",
  },
  {
    name: "wasm-copy-stored",
    file: "src/wasm/copy_feed.ts",
    search: "const a = copyChunkIn(x, b, n, L, stored ? grad : p.pred);",
    replace: "const a = copyChunkIn(x, b, n, L, p.pred);",
    bug:
      "the copy path's pass 2 takes the logits for the probabilities pass 1 kept in gradInto",
  },
  {
    name: "wasm-metrics-class0",
    file: "wasm/assembly/metrics.ts",
    search: "const keep = i32x4.gt_s(l, none);",
    replace: "const keep = i32x4.gt_s(l, i32x4.splat(0));",
    bug: "wasm SCE bins skip pixels labelled 0",
  },
  {
    name: "wasm-metrics-sce-loop",
    file: "src/wasm/metrics.ts",
    search: "for (let c = 0; c < C; c++) {",
    replace: "for (let c = 1; c < C; c++) {",
    bug: "wasm metrics skip the SCE bins of class 0",
  },
  // --- WGSL kernels ---------------------------------------------------------
  {
    name: "wgsl-tie",
    file: "kernels/grad_pass.wgsl",
    search: "return coef_at(base, k + 2u);",
    replace: "return coef_at(base, k + 1u);",
    bug: "WebGPU gives ties the x < y coefficient",
  },
  {
    name: "wgsl-temp",
    file: "kernels/_loss_common.wgsl",
    search: "return select(exp(d * params.inv_t), 1.0, d == 0.0);",
    replace: "return select(exp(d), 1.0, d == 0.0);",
    bug: "WebGPU probabilities without the temperature",
  },
  {
    name: "wgsl-softmax-grad",
    file: "kernels/_loss_common.wgsl",
    search: "return select(q * params.inv_t, 0.0, q == 0.0);",
    replace: "return q;",
    bug: "WebGPU gradient through the activation without 1/T",
  },
  {
    name: "wgsl-max-order",
    file: "kernels/_stats_body.wgsl",
    search: "vec3f(y, x, x + y)",
    replace: "vec3f(x, y, x + y)",
    bug: "WebGPU swaps maxY and maxX (class presence)",
  },
  {
    name: "wgsl-sce-correct",
    file: "kernels/metrics_count.wgsl",
    search: "ok && lab == c, v);",
    replace: "ok, v);",
    bug: "WebGPU SCE counts a correct pixel for every class",
  },
  // --- metrics --------------------------------------------------------------
  {
    name: "metrics-dice",
    file: "src/metrics/math.ts",
    search: ": 2 * tp + fp + fn;",
    replace: ": tp + fp + fn;",
    bug: "Dice denominator without 2tp",
  },
  {
    name: "metrics-sced-binary",
    file: "src/metrics/values.ts",
    search: "const first = C === 2 ? 1 : 0;",
    replace: "const first = 0;",
    bug: "SCED of two classes averages class 0 too",
  },
  {
    name: "counts-argmax-tie",
    file: "src/core/counts.ts",
    search: "if (v > maxV[n]) {",
    replace: "if (v >= maxV[n]) {",
    bug: "argmax takes the last of tied maxima",
  },
  // --- companion losses and soft labels --------------------------------------
  {
    name: "focal-gamma-le1",
    file: "src/train/companion.ts",
    search: "r > 0 && focalGamma > 0",
    replace: "r > 0 && focalGamma > 1",
    bug: "focal gradient drops its first term for focalGamma <= 1",
  },
  {
    name: "kl-t-squared",
    file: "src/train/companion.ts",
    search: "loss += T * T * y[c]",
    replace: "loss += T * y[c]",
    bug: "KL value scaled by T instead of T²",
  },
  {
    name: "ce-probs-grad",
    file: "src/train/companion.ts",
    search: "y[c] === 0 ? 0 : h[c] / q[c];",
    replace: "y[c] === 0 ? 0 : h[c];",
    bug: "gradient w.r.t. probabilities not divided by q",
  },
  {
    name: "smoothing-eps",
    file: "src/train/soft_labels.ts",
    search: "(c === lab ? 1 - eps : 0) + eps / C",
    replace: "(c === lab ? 1 - eps : 0) + eps / (C - 1)",
    bug: "label smoothing spreads eps over C - 1 classes",
  },
  {
    name: "distill-temp",
    file: "src/train/soft_labels.ts",
    search: "Math.exp((teacherLogits[base + c * stride] - max) / T)",
    replace: "Math.exp(teacherLogits[base + c * stride] - max)",
    bug: "distillation targets without the temperature in the exponent",
  },
  {
    name: "annotators-voters",
    file: "src/train/soft_labels.ts",
    search: "= counts[c] / voters;",
    replace: "= counts[c] / annotations.length;",
    bug: "annotator mean divides by all annotators, ignored ones included",
  },
  // --- TF.js adapter ---------------------------------------------------------
  {
    name: "tfjs-upstream",
    file: "src/train/tfjs.ts",
    search: "(dy: tf.Tensor) => tf.mul(dy, tf.tensor(grad, z.shape))",
    replace: "() => tf.tensor(grad, z.shape)",
    bug: "TF.js gradient ignores the upstream gradient",
  },
  {
    name: "tfjs-layout",
    file: "src/train/tfjs.ts",
    search: 'layout: "channels-last",',
    replace: 'layout: "channels-first",',
    bug: "TF.js adapter defaults to channels-first",
  },
  // --- scoring server -------------------------------------------------------
  {
    name: "server-declared-413",
    file: "src/score/body.ts",
    search: "declared !== null && Number(declared) >",
    replace: "declared === null && Number(declared) >",
    bug: "declared Content-Length over the limit not refused at once",
  },
  {
    name: "server-stream-size",
    file: "src/score/body.ts",
    search: "size += value.length;",
    replace: "size = value.length;",
    bug: "streamed body limit checked per chunk, not in total",
  },
  {
    name: "server-busy",
    file: "src/score/handler.ts",
    search: "if (this.n >= this.max) {",
    replace: "if (this.n > this.max) {",
    bug: "one request more than a slot limit (scoring or receiving) admitted",
  },
  // --- code of round 2 (modes, hardening, runs, GPU step, workspace) ------
  {
    name: "masks-ignore",
    file: "src/core/label_kinds.ts",
    search: "(keep ??= new Uint8Array(y.length).fill(1))[i] = 0;",
    replace: "(keep ??= new Uint8Array(y.length).fill(1))[i] = 1;",
    bug: "an ignored mask element is kept (as label 0)",
  },
  {
    name: "json-tp-pred",
    file: "src/metrics/json_check.ts",
    search: "atMost(`arrays.tp[${c}]`, tp[c], `arrays.pred[${c}]`, pred[c]);",
    replace: "",
    bug: "fromJSON accepts tp above the predicted pixels",
  },
  {
    name: "runs-batch-once",
    file: "src/score/runs.ts",
    search: "if (marker.value) return { added: false, seq: marker.value.seq };",
    replace: "",
    bug: "a retried batch id is counted again",
  },
  {
    name: "png-bomb-bound",
    file: "src/score/png_inflate.ts",
    search: "if (size + chunk.length > limit) over = true;",
    replace: "if (size + chunk.length > Infinity) over = true;",
    bug: "PNG image data inflated without the size its header allows",
  },
  {
    name: "gpu-step-alpha",
    file: "kernels/_step_common.wgsl",
    search: "let den = tp + sp.alpha * fp + sp.beta * fn_ + sm;",
    replace: "let den = tp + sp.beta * fp + sp.alpha * fn_ + sm;",
    bug: "the GPU step swaps the Tversky weights of fp and fn",
  },
  {
    name: "wasm-thread-merge",
    file: "src/wasm/kernels.ts",
    search: "for (let j = 0; j < 3; j++) acc[i + j] += f64[at + i + j];",
    replace: "for (let j = 0; j < 3; j++) acc[i + j] = f64[at + i + j];",
    bug: "two-thread sums keep one worker's part only",
  },
  {
    name: "tfjs-gpu-upstream",
    file: "src/train/tfjs_webgpu.ts",
    search:
      "gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(dy, saved[0]),",
    replace: "gradFunc: (_dy: tf.Tensor, saved: tf.Tensor[]) => saved[0],",
    bug: "the GPU TF.js gradient ignores the upstream gradient",
  },
];
