/**
 * Zero-copy workspaces of a loss: typed-array views on a shared wasm memory
 * owned by the loss. When a call's inputs are such views the backend passes
 * pointers instead of copying (`pointer_feed.ts`); when `gradInto` is one too,
 * pass 1 stores the probabilities there and pass 2 turns them into the
 * gradient in place (no second exp). Large inputs run on two threads.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import type { Backend, HostStepPlan, Problem } from "../core/problem.ts";
import type { Layout, Workspace, WorkspaceOptions } from "../core/types.ts";
import type { LossKernels } from "./abi.ts";
import { wasmAccepts } from "./backend.ts";
import { MAX_HEAP_BYTES } from "./copy_feed.ts";
import { align64, type MemoryViews, viewsOf } from "./kernels.ts";
import { createJdtMemory, instantiateJdtWasm } from "./module.ts";
import type { Pointers } from "./pointer_calls.ts";
import { layoutScratch, pointerFeed } from "./pointer_feed.ts";
import { COMMAND_BYTES } from "./command_block.ts";
import { KernelThreads } from "./threads.ts";
import { twoPass } from "./two_pass.ts";
import { checkOptions, checkShape, LABEL_TYPES } from "./workspace_options.ts";

export type {
  Workspace,
  WorkspaceLabels,
  WorkspaceOptions,
} from "../core/types.ts";
export {
  setWorkspaceThreads,
  THREAD_MIN_ELEMENTS,
  type ThreadMode,
} from "./pointer_feed.ts";
export { IDLE_RELEASE_MS, workspaceThreadedPasses } from "./threads.ts";

/** Byte range of one workspace's arrays. */
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
  #threads: KernelThreads | null = null;
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
    const k = instantiateJdtWasm(mem) as unknown as LossKernels;
    // The command block of threaded passes sits below every workspace.
    const cmd = align64(k.heapBase());
    viewsOf(mem, cmd + COMMAND_BYTES);
    this.#kernels = k;
    this.#threads = new KernelThreads(k, mem, cmd);
    this.#memory = mem;
    return mem;
  }

  /** First free byte above every live workspace. */
  #top(): number {
    let top = align64(this.#kernels!.heapBase()) + COMMAND_BYTES;
    for (const r of this.#regions) top = Math.max(top, r.end);
    return top;
  }

  /** Grows the memory to `end` bytes, or throws a typed error naming `shape`. */
  #grow(end: number, shape: readonly number[]): MemoryViews {
    const fail = (why: string) =>
      rangeError(
        "Cannot create workspace",
        "shape",
        `[${shape.join(", ")}] needs ${end} bytes of wasm memory${why}`,
      );
    if (end > MAX_HEAP_BYTES) {
      throw fail(
        ` with the loss's other workspaces, over the limit of ${MAX_HEAP_BYTES}`,
      );
    }
    try {
      return this.#views(end);
    } catch {
      throw fail(", more than the runtime gave");
    }
  }

  /** Views of the memory grown to `end` bytes (whose buffer then counts as this loss's). */
  #views(end: number): MemoryViews {
    const v = viewsOf(this.#memory!, end);
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

  /** Both passes by pointers; the scratch goes above every workspace. */
  #run(p: Problem, step: HostStepPlan, at: Pointers) {
    return twoPass(p, step, () => {
      const s = layoutScratch(p, this.#top());
      try {
        this.#views(s.end);
      } catch {
        throw rangeError(
          "loss",
          "input.shape",
          `needs ${s.end} bytes of wasm memory with the workspaces, more than the runtime gave`,
        );
      }
      return pointerFeed(p, at, this.#kernels!, s, this.#threads!);
    });
  }

  /** Frees the memory, the instance and the workers (views stay readable). */
  dispose(): void {
    this.#threads?.dispose();
    this.#threads = null;
    this.#regions.clear();
    this.#memory = null;
    this.#kernels = null;
  }
}
