/**
 * The pointer feed: a problem whose arrays live in a loss's workspaces
 * reaches the kernels by pointers, its pixels split between threads (each
 * with its own chunk buffers and sums); the few pixels the pointers do not
 * cover go through the copy feed's chunk copies on the calling thread, as
 * does the whole gradient when `gradInto` is not in wasm memory.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import { COEF_K, type Problem } from "../core/problem.ts";
import { type LossKernels, passConstants } from "./abi.ts";
import {
  copyBuffers,
  copyContext,
  copyGrad,
  copyStats,
  MAX_HEAP_BYTES,
  wasmChunkElements,
} from "./copy_feed.ts";
import {
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  SUM_K,
} from "./kernels.ts";
import {
  gradCalls,
  type Pointers,
  statsCalls,
  threadRanges,
} from "./pointer_calls.ts";
import { type KernelThreads, threadsAvailable } from "./threads.ts";
import { type AsyncFeed, collectImage, imageSums } from "./two_pass.ts";

/**
 * Prediction elements from which calls on workspace arrays use two threads.
 * Measured (1×19×N logits, hard labels, value + gradient, medians, 2-core VM
 * shared with other work): 0.31 M elements 0.78 ms on one thread, 1.21 ms on
 * two; 1.25 M elements 7.0 ms on one, 3.5 ms on two.
 */
export const THREAD_MIN_ELEMENTS = 1 << 20;

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

/** Threads for a call: two for large inputs where workers can run. */
function threadCount(p: Problem): number {
  const big = p.B * p.C * p.N >= THREAD_MIN_ELEMENTS;
  const want = threadMode === "on" || (threadMode === "auto" && big);
  return want && threadsAvailable() ? 2 : 1;
}

/** One call's scratch above the workspaces: chunk buffers per thread and for the host, all coefficients. */
export interface Scratch {
  /** Pixel range of each thread. */
  ranges: [number, number][];
  /** Chunk buffers of each thread (sums of every image). */
  threads: ChunkBuffers[];
  /** The calling thread's buffers for the copied pixels. */
  host: ChunkBuffers;
  /** Byte offset of every image's float32 coefficients. */
  coef: number;
  /** First byte after the scratch. */
  end: number;
}

/**
 * Lays out a call's scratch from byte `top`, or throws a typed error naming
 * `input.shape` when it does not fit in wasm memory.
 *
 * @param p The problem.
 * @param top First free byte above the workspaces.
 * @returns The layout.
 */
export function layoutScratch(p: Problem, top: number): Scratch {
  const ranges = threadRanges(p, threadCount(p));
  const Lp = chunkPixels(p.C, p.N, wasmChunkElements());
  const threads: ChunkBuffers[] = [];
  let at = top;
  for (let t = 0; t < ranges.length; t++) {
    threads.push(chunkBuffers(at, p.C, Lp, p.B, p));
    at = threads[t].end;
  }
  const host = copyBuffers(p, at, p.B);
  const coef = host.end;
  const end = coef + p.B * p.C * COEF_K * 4;
  if (end > MAX_HEAP_BYTES) {
    throw rangeError(
      "loss",
      "input.shape",
      `has ${p.C} classes, which need ${end} bytes of wasm memory beside the workspaces, over the limit of ${MAX_HEAP_BYTES}`,
    );
  }
  return { ranges, threads, host, coef, end };
}

/**
 * The pointer feed of a problem on workspace arrays.
 *
 * @param p The problem.
 * @param at Its arrays' byte offsets.
 * @param k The calling thread's kernels (memory grown to `s.end`).
 * @param s The call's scratch.
 * @param threads Runs the threads' call lists.
 * @returns The feed.
 */
export function pointerFeed(
  p: Problem,
  at: Pointers,
  k: LossKernels,
  s: Scratch,
  threads: KernelThreads,
): AsyncFeed {
  const { B, N } = p, q = passConstants(p);
  const host = copyContext(p, k, s.host), v = host.v;
  // Pixels past the threads' ranges (fewer than BLOCK) go through copies.
  const tail = s.ranges[s.ranges.length - 1][1];
  const sums = [...s.threads, s.host].map((m) => m.sums);
  return {
    async stats(stats) {
      for (const a of sums) v.f64.fill(0, a / 8, a / 8 + B * p.C * SUM_K);
      const lists = s.threads.map((m, t) =>
        statsCalls(p, q, at, m, ...s.ranges[t])
      );
      const hostStats = () => {
        for (let b = 0; b < B && tail < N; b++) {
          const ok = copyStats(host, b, tail, N, imageSums(p, s.host.sums, b));
          if (!ok) return false;
        }
        return true;
      };
      if (!await threads.execute(lists, hostStats)) return false;
      const acc = new Float64Array(p.C * SUM_K);
      for (let b = 0; b < B; b++) {
        const parts = sums.map((a) => imageSums(p, a, b));
        collectImage(p, v.f64, parts, acc, stats, b);
      }
      return true;
    },
    async grad(coef, grad) {
      // The host's part: the tail, or everything when the gradient is not in memory.
      const from = at.grad < 0 ? 0 : tail;
      const hostGrad = () => {
        for (let b = 0; b < B && from < N; b++) {
          copyGrad(host, b, from, N, coef, grad);
        }
        return true;
      };
      if (at.grad < 0) {
        hostGrad();
        return;
      }
      v.f32.set(coef, s.coef / 4);
      const lists = s.threads.map((m, t) =>
        gradCalls(p, q, at, m, ...s.ranges[t], s.coef)
      );
      await threads.execute(lists, hostGrad);
    },
  };
}
