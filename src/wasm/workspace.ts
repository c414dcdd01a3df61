/**
 * Zero-copy workspaces of a loss: typed-array views on a shared wasm memory
 * owned by the loss. When a call's inputs are such views the backend passes
 * pointers instead of copying; when `gradInto` is one too, pass 1 stores the
 * probabilities there and pass 2 turns them into the gradient in place (no
 * second exp). Large inputs run on two worker threads, each taking part of
 * every image's pixels; the host merges their float64 sums.
 *
 * @module
 */

import { JdtRangeError, JdtTypeError } from "../core/errors.ts";
import type {
  Backend,
  BackendOutput,
  HostStepPlan,
  Problem,
} from "../core/problem.ts";
import { COEF_K, STAT_K } from "../core/problem.ts";
import { runHostStep } from "../core/host_step.ts";
import type { Layout } from "../core/types.ts";
import {
  copyBuffers,
  copyGrad,
  copyStats,
  kernelCall,
  MAX_HEAP_BYTES,
  type MemoryViews,
  viewsOf,
  wasmAccepts,
  wasmChunkElements,
  writeCoef,
} from "./backend.ts";
import {
  assertAttached,
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  type LossKernels,
  mergeSums,
  statsFromSums,
  SUM_K,
} from "./kernels.ts";
import {
  gradCalls,
  type Pointers,
  runCalls,
  statsCalls,
  threadRanges,
} from "./pointer_calls.ts";
import {
  createJdtMemory,
  instantiateJdtWasm,
  jdtWasmModule,
} from "./module.ts";
import {
  type KernelCallList,
  threadsAvailable,
  WorkerPool,
} from "./threads.ts";

/** Label formats of a workspace. */
export type WorkspaceLabels = "int32" | "uint16" | "uint8" | "float32";

/** What a workspace holds besides the prediction and the gradient. */
export interface WorkspaceOptions {
  /** Hard labels (`"int32"`, `"uint16"`, `"uint8"`) or soft labels (`"float32"`). */
  labels: WorkspaceLabels;
  /** Whether the prediction holds logits or probabilities. */
  prediction: "logits" | "probs";
  /** Whether to hold a keep mask too. */
  keepMask?: boolean;
}

/**
 * Arrays for one input shape, living in the loss's wasm memory. Pass them
 * (and `grad` as `gradInto`) to `compute` to skip every copy; do not change
 * them while a call on them is pending. Dispose to free them.
 */
export interface Workspace extends Disposable {
  /** The shape the arrays were made for. */
  readonly shape: readonly number[];
  /** Logits, when `prediction` is `"logits"`. */
  readonly logits?: Float32Array;
  /** Probabilities, when `prediction` is `"probs"`. */
  readonly probs?: Float32Array;
  /** Hard labels (B·N) or soft labels (B·C·N). */
  readonly labels: Int32Array | Uint16Array | Uint8Array | Float32Array;
  /** Keep mask (B·N, nonzero = keep), when asked for. */
  readonly keepMask?: Uint8Array;
  /** The gradient output (B·C·N); a call may also use it as scratch. */
  readonly grad: Float32Array;
  /** Frees the arrays' memory (the views must not be used afterwards). */
  dispose(): void;
}

/**
 * Prediction elements from which calls on workspace arrays use two threads.
 * Measured (1×19×N logits, hard labels, value + gradient, medians, 2-core VM
 * shared with other work): 0.31 M elements 0.78 ms on one thread, 1.21 ms on
 * two; 1.25 M elements 7.0 ms on one, 3.5 ms on two.
 */
export const THREAD_MIN_ELEMENTS = 1 << 20;
/** Milliseconds without a threaded call after which the workers end. */
export const IDLE_RELEASE_MS = 2000;
/** Largest wasm memory a loss's workspaces use (as the copy path's). */
const MAX_BYTES = MAX_HEAP_BYTES;

let threadedCalls = 0;

/**
 * Number of passes run on worker threads so far (internal, for tests).
 *
 * @returns The count.
 */
export function workspaceThreadedPasses(): number {
  return threadedCalls;
}

/** How workspace calls choose their threads: by size, never, or always (where workers can run). */
export type ThreadMode = "auto" | "off" | "on";
let threadMode: ThreadMode = "auto";

/**
 * Sets how workspace calls choose threads (internal, for tests and benchmarks).
 *
 * @param mode `"auto"` (default), `"off"` or `"on"`.
 */
export function setWorkspaceThreads(mode: ThreadMode = "auto"): void {
  threadMode = mode;
}

const LABEL_TYPES = {
  int32: Int32Array,
  uint16: Uint16Array,
  uint8: Uint8Array,
  float32: Float32Array,
} as const;

function fail(argument: string, expected: string): JdtTypeError {
  return new JdtTypeError(
    argument,
    `Cannot create workspace: ${argument} ${expected}`,
  );
}

/** Checks the workspace options; returns them with keepMask filled in. */
function checkOptions(options: unknown): Required<WorkspaceOptions> {
  if (typeof options !== "object" || options === null) {
    throw fail(
      "options",
      "must be an object { labels, prediction, keepMask? }",
    );
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!["labels", "prediction", "keepMask"].includes(key)) {
      throw fail(`options.${key}`, "is not a workspace option");
    }
  }
  if (!Object.hasOwn(LABEL_TYPES, o.labels as string)) {
    throw fail(
      "options.labels",
      `must be "int32", "uint16", "uint8" or "float32", got ${
        JSON.stringify(o.labels)
      }`,
    );
  }
  if (o.prediction !== "logits" && o.prediction !== "probs") {
    throw fail(
      "options.prediction",
      `must be "logits" or "probs", got ${JSON.stringify(o.prediction)}`,
    );
  }
  if (o.keepMask !== undefined && typeof o.keepMask !== "boolean") {
    throw fail("options.keepMask", "must be a boolean");
  }
  return {
    labels: o.labels as WorkspaceLabels,
    prediction: o.prediction,
    keepMask: o.keepMask === true,
  };
}

/** Checks a shape; returns [B, C, N]. */
function checkShape(shape: unknown, layout: Layout): [number, number, number] {
  if (
    !Array.isArray(shape) || shape.length < 2 ||
    !shape.every((d) => Number.isInteger(d) && d > 0)
  ) {
    throw fail(
      "shape",
      `must be an array of at least 2 positive integers, got ${
        JSON.stringify(shape)
      }`,
    );
  }
  const B = shape[0];
  const C = layout === "channels-first" ? shape[1] : shape[shape.length - 1];
  const N = shape.reduce((a: number, d: number) => a * d, 1) / (B * C);
  return [B, C, N];
}

const align64 = (n: number) => Math.ceil(n / 64) * 64;

/** One call's scratch: chunk buffers per thread and for the host, the coefficients. */
interface Scratch {
  threads: ChunkBuffers[];
  host: ChunkBuffers;
  coef: number;
  views: MemoryViews;
}

/** Byte ranges of one workspace's arrays. */
interface Region {
  start: number;
  end: number;
}

/** The workspaces of one loss, their memory, kernels and workers. */
export class WasmWorkspaces {
  readonly #layout: Layout;
  #memory: WebAssembly.Memory | null = null;
  #kernels: LossKernels | null = null;
  #buffers = new WeakSet<ArrayBufferLike>();
  #regions = new Set<Region>();
  #pool: WorkerPool | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * Creates the (empty) set of workspaces of a loss.
   *
   * @param layout The loss's layout, which decides how a shape reads.
   */
  constructor(layout: Layout) {
    this.#layout = layout;
  }

  /**
   * A new workspace for `shape`.
   *
   * @param shape `[B, C, ...spatial]` (channels-first) or `[B, ...spatial, C]`.
   * @param options Label format, prediction kind, keep mask.
   * @returns The workspace.
   */
  create(shape: readonly number[], options: WorkspaceOptions): Workspace {
    const o = checkOptions(options);
    const [B, C, N] = checkShape(shape, this.#layout);
    const elements = B * C * N;
    const Labels = LABEL_TYPES[o.labels];
    const labelCount = o.labels === "float32" ? elements : B * N;
    const mem = this.#memoryOrNull();
    if (mem === null) {
      return this.#plain(shape, o, elements, labelCount, B * N);
    }
    const start = this.#top();
    let at = start;
    const take = (bytes: number) => {
      const off = at;
      at = align64(at + bytes);
      return off;
    };
    const pred = take(elements * 4);
    const labels = take(labelCount * Labels.BYTES_PER_ELEMENT);
    const keep = o.keepMask ? take(B * N) : 0;
    const grad = take(elements * 4);
    this.#grow(at, shape);
    const region = { start, end: at };
    this.#regions.add(region);
    const buf = mem.buffer;
    const ws: Workspace = {
      shape: [...shape],
      [o.prediction]: new Float32Array(buf, pred, elements),
      labels: new Labels(buf as ArrayBuffer, labels, labelCount),
      ...(o.keepMask ? { keepMask: new Uint8Array(buf, keep, B * N) } : {}),
      grad: new Float32Array(buf, grad, elements),
      dispose: () => this.#free(region),
      [Symbol.dispose]: () => this.#free(region),
    };
    return ws;
  }

  /** A workspace of plain arrays, where shared memory is unavailable. */
  #plain(
    shape: readonly number[],
    o: Required<WorkspaceOptions>,
    elements: number,
    labelCount: number,
    pixels: number,
  ): Workspace {
    return {
      shape: [...shape],
      [o.prediction]: new Float32Array(elements),
      labels: new LABEL_TYPES[o.labels](labelCount),
      ...(o.keepMask ? { keepMask: new Uint8Array(pixels) } : {}),
      grad: new Float32Array(elements),
      dispose: () => {},
      [Symbol.dispose]: () => {},
    };
  }

  /** The shared memory, made on first use; null where shared memory is unavailable. */
  #memoryOrNull(): WebAssembly.Memory | null {
    if (this.#memory !== null) return this.#memory;
    let mem: WebAssembly.Memory;
    try {
      mem = createJdtMemory(1, true);
    } catch {
      return null;
    }
    this.#kernels = instantiateJdtWasm(mem) as unknown as LossKernels;
    this.#memory = mem;
    return mem;
  }

  /** First free byte above every live workspace. */
  #top(): number {
    let top = align64(this.#kernels!.heapBase());
    for (const r of this.#regions) top = Math.max(top, r.end);
    return top;
  }

  /** Grows the memory to `end` bytes, or throws a typed error naming `shape`. */
  #grow(end: number, shape: readonly number[]): MemoryViews {
    if (end > MAX_BYTES) {
      throw new JdtRangeError(
        "shape",
        `Cannot create workspace: shape [${
          shape.join(", ")
        }] needs ${end} bytes of wasm memory with the loss's other workspaces, over the limit of ${MAX_BYTES}`,
      );
    }
    let v: MemoryViews;
    try {
      v = viewsOf(this.#memory!, end);
    } catch {
      throw new JdtRangeError(
        "shape",
        `Cannot create workspace: shape [${
          shape.join(", ")
        }] needs ${end} bytes of wasm memory, more than the runtime gave`,
      );
    }
    this.#buffers.add(this.#memory!.buffer);
    return v;
  }

  #free(region: Region): void {
    if (!this.#regions.delete(region) || this.#regions.size > 0) return;
    // Nothing left: drop memory, instance and workers once no call runs.
    this.#queue = this.#queue.then(() => {
      if (this.#regions.size === 0) this.dispose();
    });
  }

  /** Byte offset of a view inside a live workspace, or -1. */
  #offset(a: ArrayBufferView | null | undefined): number {
    if (!a || !this.#buffers.has(a.buffer)) return -1;
    for (const r of this.#regions) {
      if (a.byteOffset >= r.start && a.byteOffset + a.byteLength <= r.end) {
        return a.byteOffset;
      }
    }
    return -1;
  }

  /**
   * The backend for a problem whose inputs all live in this loss's
   * workspaces, or null (then it goes the usual way).
   *
   * @param p The validated problem.
   * @returns A backend passing pointers, or null.
   */
  backendFor(p: Problem): Backend | null {
    if (this.#memory === null) return null;
    const pred = this.#offset(p.pred), labels = this.#offset(p.labels);
    const mask = p.keepMask === null ? 0 : this.#offset(p.keepMask);
    if (pred < 0 || labels < 0 || mask < 0) return null;
    let grad = this.#offset(p.gradInto);
    if (
      grad >= 0 && p.keepMask !== null &&
      grad < mask + p.keepMask.byteLength &&
      mask < grad + p.gradInto!.byteLength
    ) {
      grad = -1;
    }
    const ptrs: Pointers = { pred, labels, mask, grad };
    return {
      name: "wasm",
      accepts: wasmAccepts,
      run: (problem: Problem, step: HostStepPlan) => {
        const run = this.#queue.then(() => this.#run(problem, step, ptrs));
        this.#queue = run.catch(() => {});
        return run;
      },
    };
  }

  async #run(
    p: Problem,
    step: HostStepPlan,
    at: Pointers,
  ): Promise<BackendOutput> {
    assertAttached(p);
    const { B, C, N } = p;
    const stats = new Float64Array(B * C * STAT_K);
    if (N === 0) {
      const host = runHostStep(step, stats);
      return host?.coef ? { stats, host, grad: new Float32Array(0) } : {
        stats,
        host,
      };
    }
    const k = this.#kernels!, q = kernelCall(p);
    const ranges = threadRanges(p, this.#threads(p));
    const s = this.#scratch(p, ranges.length);
    const v = s.views;
    for (const m of [...s.threads, s.host]) {
      v.f64.fill(0, m.sums / 8, m.sums / 8 + B * C * SUM_K);
    }
    // Pixels past the threads' ranges (fewer than BLOCK) go through copies.
    const tail = ranges[ranges.length - 1][1];
    const tailStats = () => {
      for (let b = 0; b < B && tail < N; b++) {
        const sums = s.host.sums + b * C * SUM_K * 8;
        if (!copyStats(p, k, v, s.host, q, b, tail, N, sums)) return false;
      }
      return true;
    };
    const lists = s.threads.map((m, t) =>
      statsCalls(p, q, at, m, ...ranges[t])
    );
    if (!await this.#execute(lists, tailStats)) return { stats, invalid: true };
    const acc = new Float64Array(C * SUM_K);
    for (let b = 0; b < B; b++) {
      acc.fill(0);
      for (const m of [...s.threads, s.host]) {
        mergeSums(acc, v.f64, m.sums / 8 + b * C * SUM_K, C);
      }
      statsFromSums(acc, C, !p.soft, stats, b);
    }
    const host = runHostStep(step, stats);
    const coef = host?.coef ?? null;
    if (coef === null) return { stats, host };
    const grad = p.gradInto ?? new Float32Array(p.pred.length);
    // The host's part: the tail, or everything when the gradient is not in memory.
    const from = at.grad < 0 ? 0 : tail;
    const hostGrad = () => {
      for (let b = 0; b < B && from < N; b++) {
        writeCoef(v, s.host.coef, coef, b, C);
        copyGrad(p, k, v, s.host, q, b, from, N, grad);
      }
      return true;
    };
    if (at.grad < 0) {
      hostGrad();
      return { stats, host, grad };
    }
    v.f32.set(coef, s.coef / 4);
    const grads = s.threads.map((m, t) =>
      gradCalls(p, q, at, m, ...ranges[t], s.coef)
    );
    await this.#execute(grads, hostGrad);
    return { stats, host, grad };
  }

  /** Scratch above every workspace: chunk buffers per thread and for the host, all coefficients. */
  #scratch(p: Problem, T: number): Scratch {
    let at = this.#top();
    const threads: ChunkBuffers[] = [];
    for (let t = 0; t < T; t++) {
      threads.push(
        chunkBuffers(
          at,
          p.C,
          chunkPixels(p.C, p.N, wasmChunkElements()),
          p.B,
          p,
        ),
      );
      at = threads[t].end;
    }
    const host = copyBuffers(p, at, p.B);
    const coef = host.end;
    const end = coef + p.B * p.C * COEF_K * 4;
    if (end > MAX_BYTES) {
      throw new JdtRangeError(
        "input.shape",
        `Cannot compute loss: ${p.C} classes need ${end} bytes of wasm memory beside the workspaces, over the limit of ${MAX_BYTES}`,
      );
    }
    const views = viewsOf(this.#memory!, end);
    this.#buffers.add(this.#memory!.buffer);
    return { threads, host, coef, views };
  }

  /** Threads for a call: two for large inputs where workers can run. */
  #threads(p: Problem): number {
    const big = p.B * p.C * p.N >= THREAD_MIN_ELEMENTS;
    const want = threadMode === "on" || (threadMode === "auto" && big);
    return want && threadsAvailable() ? 2 : 1;
  }

  /** Runs call lists (on the workers when there are several) and the host's part. */
  async #execute(
    lists: KernelCallList[],
    host: () => boolean,
  ): Promise<boolean> {
    if (lists.length === 1) {
      return runCalls(this.#kernels!, lists[0]) && host();
    }
    clearTimeout(this.#idle);
    this.#pool ??= new WorkerPool(
      lists.length,
      jdtWasmModule(true),
      this.#memory!,
    );
    const pool = this.#pool;
    threadedCalls++;
    try {
      const done = pool.run(lists);
      const hostOk = host();
      return (await done) && hostOk;
    } finally {
      this.#idle = setTimeout(() => this.#endPool(pool), IDLE_RELEASE_MS);
    }
  }

  #endPool(pool: WorkerPool): void {
    pool.terminate();
    if (this.#pool === pool) this.#pool = null;
  }

  /** Frees the memory, the instance and the workers (views stay readable). */
  dispose(): void {
    clearTimeout(this.#idle);
    this.#pool?.terminate();
    this.#pool = null;
    this.#regions.clear();
    this.#memory = null;
    this.#kernels = null;
  }
}
