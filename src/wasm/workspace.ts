/**
 * Zero-copy workspaces of a loss: typed-array views on a shared wasm memory
 * owned by the loss. When a call's inputs are such views the backend passes
 * pointers instead of copying (`pointer_feed.ts`); when `gradInto` is one too,
 * pass 1 stores the probabilities there and pass 2 turns them into the
 * gradient in place (no second exp). Large inputs run on two threads.
 *
 * Lifetimes: a workspace never moves, and one made while a call runs is
 * placed beside that call's scratch, so batch k+1 can be filled while batch
 * k's loss runs. A disposed workspace's bytes are reused once no call is in
 * flight; its views are then refused (`workspace_regions.ts`). Disposing the
 * loss lets the calls in flight finish first.
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
import type { Pointers } from "./pointer_calls.ts";
import { layoutScratch, pointerFeed } from "./pointer_feed.ts";
import { COMMAND_BYTES } from "./command_block.ts";
import { type KernelThreads, threadedKernels } from "./threads.ts";
import { twoPass } from "./two_pass.ts";
import { checkOptions, checkShape, LABEL_TYPES } from "./workspace_options.ts";
import { type Region, Regions } from "./workspace_regions.ts";

export type {
  Workspace,
  WorkspaceLabels,
  WorkspaceOptions,
} from "../core/types.ts";
export { assertLiveViews } from "./workspace_regions.ts";

/** The workspaces of one loss, their memory, kernels and workers. */
export class WasmWorkspaces {
  readonly #layout: Layout;
  #memory: WebAssembly.Memory | null = null;
  #kernels: LossKernels | null = null;
  #regions = new Regions();
  #threads: KernelThreads | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Calls in flight (from `hold()` or a run's start to their end). */
  #busy = 0;
  #disposed = false;

  /**
   * Creates the (empty) set of workspaces of a loss.
   *
   * @param layout The loss's layout, which decides how a shape reads.
   */
  constructor(layout: Layout) {
    this.#layout = layout;
  }

  /**
   * A new workspace for `shape`, placed where no live workspace and no call
   * in flight has bytes.
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
    const sizes = [
      elements * 4,
      labelCount * Labels.BYTES_PER_ELEMENT,
      o.keepMask ? B * N : 0,
      elements * 4,
    ];
    const bytes = sizes.reduce((a, n) => a + align64(n), 0);
    const start = this.#regions.place(this.#base(), bytes);
    const end = start + bytes;
    this.#grow(end, shape);
    const offsets: number[] = [];
    for (let at = start, i = 0; i < sizes.length; at += align64(sizes[i++])) {
      offsets.push(at);
    }
    const [pred, labels, keep, grad] = offsets;
    const buf = mem.buffer;
    // Bytes a disposed workspace or a call used read 0, as in a new array.
    new Uint8Array(buf, start, this.#regions.usedUpTo(start, end) - start)
      .fill(0);
    const views = {
      [o.prediction]: new Float32Array(buf, pred, elements),
      labels: new Labels(buf as ArrayBuffer, labels, labelCount),
      ...(o.keepMask ? { keepMask: new Uint8Array(buf, keep, B * N) } : {}),
      grad: new Float32Array(buf, grad, elements),
    };
    const region = this.#regions.addWorkspace(
      start,
      end,
      Object.values(views),
    );
    return {
      shape: [...shape],
      ...views,
      dispose: () => this.#free(region),
      [Symbol.dispose]: () => this.#free(region),
    } as Workspace;
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
    // The command block of threaded passes sits below every workspace.
    const t = threadedKernels();
    if (t === null) return null;
    this.#kernels = t.kernels;
    this.#threads = t.threads;
    this.#regions = new Regions();
    this.#memory = t.kernels.memory;
    return this.#memory;
  }

  /** First byte above the command block. */
  #base(): number {
    return align64(this.#kernels!.heapBase()) + COMMAND_BYTES;
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
      return viewsOf(this.#memory!, end);
    } catch {
      throw fail(", more than the runtime gave");
    }
  }

  /** Disposes one workspace: its bytes are reused once no call is in flight. */
  #free(region: Region): void {
    if (!this.#regions.retire(region, this.#busy > 0)) return;
    // Nothing left: drop memory, instance and workers unless a workspace is
    // made at once (dispose, then create) or a call is in flight.
    if (this.#regions.size === 0) queueMicrotask(() => this.#releaseIfIdle());
  }

  /**
   * Marks a call as in flight from now (before its first await), so that a
   * `dispose()` meanwhile waits for it and no workspace lands on its bytes.
   *
   * @returns The function that ends the call (idempotent).
   */
  hold(): () => void {
    this.#busy++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--this.#busy === 0) this.#idle();
    };
  }

  /** No call in flight: frees what disposals left held. */
  #idle(): void {
    this.#regions.releaseRetired();
    this.#releaseIfIdle();
  }

  /** Drops memory, instance and workers when disposed or empty and idle. */
  #releaseIfIdle(): void {
    if (this.#busy > 0 || this.#memory === null) return;
    if (!this.#disposed && this.#regions.size > 0) return;
    this.#threads?.dispose();
    this.#threads = null;
    this.#regions.retireAll(false);
    this.#memory = null;
    this.#kernels = null;
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
    const r = this.#regions;
    const pred = r.offset(p.pred), labels = r.offset(p.labels);
    const mask = p.keepMask === null ? 0 : r.offset(p.keepMask);
    if (pred < 0 || labels < 0 || mask < 0) return null;
    let grad = r.offset(p.gradInto);
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
        const done = this.hold();
        const run = this.#queue.then(() => this.#run(problem, step, ptrs));
        this.#queue = run.catch(() => {});
        return run.finally(done);
      },
    };
  }

  /** Both passes by pointers; the scratch is held in a gap beside every workspace. */
  async #run(p: Problem, step: HostStepPlan, at: Pointers) {
    let scratch: Region | null = null;
    try {
      return await twoPass(p, step, () => {
        const bytes = align64(layoutScratch(p, 0).end);
        const start = this.#regions.place(this.#base(), bytes);
        const s = layoutScratch(p, start);
        scratch = this.#regions.hold(start, start + bytes);
        try {
          viewsOf(this.#memory!, s.end);
        } catch {
          throw rangeError(
            "loss",
            "input.shape",
            `needs ${s.end} bytes of wasm memory with the workspaces, more than the runtime gave`,
          );
        }
        return pointerFeed(p, at, this.#kernels!, s, this.#threads!);
      });
    } finally {
      if (scratch !== null) this.#regions.release(scratch);
    }
  }

  /**
   * Frees the memory, the instance and the workers, at once or when the
   * calls in flight end (views stay readable, and are refused by later calls).
   */
  dispose(): void {
    this.#disposed = true;
    this.#releaseIfIdle();
  }
}
