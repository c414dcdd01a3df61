/**
 * The one backend chooser: every loss, statistics and metrics evaluation
 * (`jdtLoss`, `createLoss`, `jdtLossSync`, `computeStatistics`, the metrics
 * accumulator) gets its backend here, and nowhere else.
 *
 * A named backend (`"js"`, `"wasm"`, `"webgpu"`) is used as named, or refused
 * with a typed error naming why (its `accepts()`, or no WebGPU adapter).
 * The `"auto"` policy, for losses, statistics and metrics alike:
 *
 * 1. Inputs in a workspace of the loss run on that workspace's wasm backend,
 *    by pointer.
 * 2. GPU-resident inputs or a GPU gradient run on WebGPU, the one backend
 *    that reads them.
 * 3. Host arrays of at least {@link WEBGPU_AUTO_MIN_ELEMENTS} (2^23)
 *    prediction values run on WebGPU when a hardware adapter is there and the
 *    webgpu backend accepts the problem: a call has a fixed cost of two
 *    readbacks, 24–27 ms under Deno 2.9.6 (bench/webgpu_bench.ts, group
 *    "latency"), plus ~0.8 ns of transfer per element, while WASM SIMD takes
 *    ~4.7 ns per element for value + gradient (bench/loss_bench.ts), so the
 *    GPU wins from about 6M elements.
 * 4. Everything else runs on wasm, at every size: js is not faster even on
 *    tiny inputs (`deno task bench`, groups "small", min per call, value +
 *    gradient, js / wasm: 4 values 3.10 / 3.05 µs, 16: 5.32 / 3.25 µs, 64:
 *    5.24 / 5.16 µs, 256: 11.2 / 4.9 µs, 4864: 170 / 24 µs). Where wasm
 *    refuses a problem, js takes it. Asynchronous calls of at least
 *    `THREAD_MIN_ELEMENTS` (2^20) prediction values run staged on two
 *    threads where workers can run (`src/wasm/staged_backend.ts`).
 *
 * Synchronous calls (`jdtLossSync`, `SegmentationMetrics.add`) take steps 4
 * alone. The metrics accumulator follows the same policy for probabilities:
 * wasm at every host size (re-measured, busy 2-core machine, 19 classes with
 * calibration, per image js / wasm: 4 pixels 28 / 15 µs, 256: 81 / 20 µs,
 * 65536: 28 / 3.9 ms). Byte class ids (`pred`, PNG maps) count on wasm from
 * {@link PRED_WASM_MIN_PIXELS} pixels per image and in js below, where the
 * kernel's fixed cost (tables, four histograms) outweighs its sweep: 256
 * pixels 4.6 / 6.9 µs, 1024: 6.6 / 7.7 µs, 4096: 16.8 / 10.2 µs, 65536:
 * 492 / 83 µs, 2048×1024: ~2.5–4× faster in wasm. Other class-id arrays
 * count in js.
 *
 * @module
 */

import { JdtRangeError, JdtTypeError } from "../core/errors.ts";
import { countPredJs, countProbsJs } from "../core/counts.ts";
import type { ResolvedLossOptions } from "../core/options.ts";
import type {
  Backend,
  BackendRefusal,
  Problem,
  SyncBackend,
} from "../core/problem.ts";
import { jsBackend } from "../core/reference.ts";
import type { BackendChoice } from "../core/types.ts";
import { wasmAccepts, wasmBackend } from "../wasm/backend.ts";
import { runsStaged, stagedWasmBackend } from "../wasm/staged_backend.ts";
import {
  type PredCounter,
  type ProbsCounter,
  wasmCountsPred,
  wasmPredCounter,
  wasmProbsCounter,
} from "../wasm/metrics.ts";
import { assertLiveViews, WasmWorkspaces } from "../wasm/workspace.ts";
import { sharedWebGpuBackend, WebGpuBackend } from "../webgpu/backend.ts";
import { WEBGPU_AUTO_MIN_ELEMENTS } from "../webgpu/device.ts";
import { WebGpuCounter } from "../webgpu/metrics.ts";

/** The backends a call may use beyond js and wasm. */
export interface BackendCandidates {
  /** The WebGPU backend of this call or loss. */
  readonly webgpu: WebGpuBackend;
  /** The wasm workspaces of a loss, whose arrays run by pointer. */
  readonly workspaces?: WasmWorkspaces;
}

/** The backends a reusable loss owns: its WebGPU backend and workspaces. */
export interface OwnedBackends extends BackendCandidates {
  /** The loss's wasm workspaces. */
  readonly workspaces: WasmWorkspaces;
}

/**
 * The backends of a one-shot call: the WebGPU backend shared per device.
 *
 * @param o Resolved options (`device`).
 * @returns The candidates.
 */
export function sharedBackends(o: ResolvedLossOptions): BackendCandidates {
  return { webgpu: sharedWebGpuBackend(o.device) };
}

/**
 * New backends for a reusable loss (dispose both with it).
 *
 * @param o Resolved options (`device`, `layout`).
 * @returns Its WebGPU backend and wasm workspaces.
 */
export function ownedBackends(o: ResolvedLossOptions): OwnedBackends {
  return {
    webgpu: new WebGpuBackend({ device: o.device }),
    workspaces: new WasmWorkspaces(o.layout),
  };
}

/** The typed error of a backend's refusal. */
function refused(r: BackendRefusal, what = "loss"): JdtRangeError {
  return new JdtRangeError(
    r.argument,
    `Cannot compute ${what}: ${r.argument} ${r.reason}`,
  );
}

/** The CPU backend of a choice: js, or wasm unless it refuses (then js under auto). */
function hostBackend(choice: BackendChoice, problem: Problem): SyncBackend {
  if (choice === "js") return jsBackend;
  const r = wasmBackend.accepts(problem);
  if (r === null) return wasmBackend;
  if (choice === "wasm") throw refused(r);
  return jsBackend;
}

/** The webgpu backend for a call that asks for it or needs it. */
async function gpuBackend(
  choice: BackendChoice,
  problem: Problem,
  webgpu: WebGpuBackend,
): Promise<Backend> {
  if (choice !== "webgpu" && choice !== "auto") {
    throw new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend "${choice}" cannot read GPUBuffer inputs or return gradOutput "gpu"; use "webgpu" or "auto"`,
    );
  }
  if (await webgpu.available() === null) {
    throw new JdtRangeError(
      "options.backend",
      'Cannot compute loss: options.backend "webgpu" needs a WebGPU adapter, and there is none',
    );
  }
  const r = webgpu.accepts(problem);
  if (r !== null) throw refused(r);
  return webgpu;
}

/**
 * The backend of one evaluation (loss or statistics), by the policy above.
 *
 * @param choice `options.backend`.
 * @param problem The validated problem.
 * @param candidates The WebGPU backend and workspaces it may use.
 * @returns The backend.
 */
export async function chooseBackend(
  choice: BackendChoice,
  problem: Problem,
  candidates: BackendCandidates,
): Promise<Backend> {
  assertLiveViews(problem);
  if (choice === "auto" || choice === "wasm") {
    const inPlace = candidates.workspaces?.backendFor(problem);
    if (inPlace) return inPlace;
  }
  const { webgpu } = candidates;
  if (choice === "webgpu" || problem.gpu !== undefined) {
    return await gpuBackend(choice, problem, webgpu);
  }
  if (
    choice === "auto" &&
    problem.B * problem.C * problem.N >= WEBGPU_AUTO_MIN_ELEMENTS &&
    webgpu.accepts(problem) === null && await webgpu.hardware()
  ) {
    return webgpu;
  }
  const host = hostBackend(choice, problem);
  return host === wasmBackend && runsStaged(problem) ? stagedWasmBackend : host;
}

/**
 * The backend of a synchronous evaluation: wasm (`"auto"`, `"wasm"`) or js.
 *
 * @param choice `options.backend`; `"webgpu"` is refused before the input
 *   is read.
 * @param problemOf Validates the input (called after the choice is checked).
 * @returns The backend and the problem.
 */
export function chooseSyncBackend(
  choice: BackendChoice,
  problemOf: () => Problem,
): { backend: SyncBackend; problem: Problem } {
  if (choice === "webgpu") {
    throw new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend "webgpu" is asynchronous; a synchronous evaluation runs on "auto" (wasm), "wasm" or "js"`,
    );
  }
  const problem = problemOf();
  assertLiveViews(problem);
  if (problem.gpu !== undefined) {
    throw new JdtRangeError(
      "input",
      "Cannot compute loss: a synchronous evaluation needs host arrays, not GPUBuffers",
    );
  }
  return { backend: hostBackend(choice, problem), problem };
}

/**
 * The backend that records into a caller's encoder: the loss's WebGPU
 * backend, for `backend: "webgpu"` only, when it accepts the problem.
 *
 * @param choice `options.backend`; checked before the input is read.
 * @param owned The loss's backends.
 * @param problemOf Validates the input.
 * @returns The WebGPU backend and the problem.
 */
export function chooseEncoder(
  choice: BackendChoice,
  owned: OwnedBackends,
  problemOf: () => Problem,
): { webgpu: WebGpuBackend; problem: Problem } {
  if (choice !== "webgpu") {
    throw new JdtTypeError(
      "options.backend",
      `Cannot compute loss: encode() needs options.backend "webgpu", got "${choice}"`,
    );
  }
  const problem = problemOf();
  const r = owned.webgpu.accepts(problem);
  if (r !== null) throw refused(r);
  return { webgpu: owned.webgpu, problem };
}

/**
 * Pixels per image from which `"auto"` counts byte class ids on wasm
 * (measured crossover between 1024 and 4096; see the policy above).
 */
export const PRED_WASM_MIN_PIXELS = 2048;

/** A host counter of metrics batches and the backend it reports. */
export interface HostCounter {
  /** `"js"` or `"wasm"`. */
  readonly name: "js" | "wasm";
  /** Counts a batch of probabilities. */
  readonly count: ProbsCounter;
  /** Counts a batch of predicted class ids. */
  readonly countPred: PredCounter;
}

/** The js host counters. */
const JS_COUNTER: HostCounter = {
  name: "js",
  count: countProbsJs,
  countPred: countPredJs,
};

/**
 * The host counters of a metrics batch (probabilities, or predicted class
 * ids): js for `"js"`,
 * wasm otherwise (the policy above, at every size), and js under `"auto"`
 * where wasm cannot run.
 *
 * @param choice `options.backend` of the metrics.
 * @param batch The batch: class ids that the wasm counter does not take
 *   (not byte arrays, `wasmCountsPred`), and, unless `"wasm"` was asked
 *   for (under `"auto"`, and under `"webgpu"`, which counts class ids on the
 *   host), images of byte ids under {@link PRED_WASM_MIN_PIXELS} pixels, are
 *   counted in js (and reported so).
 * @returns The counter.
 */
export function chooseHostCounter(
  choice: BackendChoice,
  batch: {
    pred: ArrayLike<number> | null;
    labels: ArrayLike<number>;
    N: number;
  },
): HostCounter {
  const ids = batch.pred;
  const jsIds = ids !== null && (!wasmCountsPred(ids, batch.labels) ||
    (choice !== "wasm" && batch.N < PRED_WASM_MIN_PIXELS));
  if (choice === "js" || jsIds) return JS_COUNTER;
  const r = wasmAccepts(null);
  if (r !== null) {
    if (choice === "wasm") throw refused(r, "metrics");
    return JS_COUNTER;
  }
  return {
    name: "wasm",
    count: wasmProbsCounter(),
    countPred: wasmPredCounter(),
  };
}

/**
 * A WebGPU counter for a metrics accumulator (made once, on its first
 * asynchronous batch of probabilities).
 *
 * @param device The caller's device, or null.
 * @returns The counter.
 */
export function gpuCounter(device: GPUDevice | null): WebGpuCounter {
  return new WebGpuCounter({ device });
}

/**
 * Whether an asynchronous metrics batch of `elements` probabilities counts on
 * WebGPU: always for `"webgpu"`, from 2^23 values on a hardware adapter for
 * `"auto"` (the policy above), never for js and wasm.
 *
 * @param choice `options.backend` of the metrics.
 * @param elements Probabilities in the batch.
 * @param gpu The accumulator's WebGPU counter.
 * @returns True to count on WebGPU.
 */
export async function countsOnGpu(
  choice: BackendChoice,
  elements: number,
  gpu: WebGpuCounter,
): Promise<boolean> {
  if (choice === "webgpu") return true;
  return choice === "auto" && elements >= WEBGPU_AUTO_MIN_ELEMENTS &&
    await gpu.hardware();
}
