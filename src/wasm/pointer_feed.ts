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
import { type KernelCallList, type LossKernels, passConstants } from "./abi.ts";
import {
  copyBuffers,
  copyContext,
  copyGrad,
  copyStats,
  MAX_HEAP_BYTES,
  wasmChunkElements,
} from "./copy_feed.ts";
import {
  align64,
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  SUM_K,
} from "./kernels.ts";
import {
  type Chunk,
  chunksOf,
  gradTasks,
  pointerEnd,
  type Pointers,
  statsTasks,
  taskWords,
} from "./pointer_calls.ts";
import { type PassTable, tableBytes } from "./command_block.ts";
import { type KernelThreads, wantsThreads } from "./threads.ts";
import { type AsyncFeed, collectImage, imageSums } from "./two_pass.ts";

/** Threads for a call: two for large inputs where workers can run. */
function threadCount(p: Problem): number {
  return wantsThreads(p) ? 2 : 1;
}

/**
 * Chunks by pointer hold this many times the copy feed's elements (nothing
 * is copied, so no cache bounds them): fewer, longer tasks for the threads
 * (threads on, medians of 15 interleaved, ms, chunks of 2^16 / 2^17 / 2^18
 * elements: W1 29.2 / 29.1 / 27.7, W2 47.0 / 46.3 / 45.9, W3 2.07 / 1.96 /
 * 1.85). One thread uses the same chunks, so that it gives the threaded
 * result bit for bit.
 */
export const POINTER_CHUNKS = 4;

/** One call's scratch above the workspaces. */
export interface Scratch {
  /** Threads (slots of chunk buffers). */
  slots: number;
  /** Thread slot 0's chunk buffers (slot t is `span`·t bytes further). */
  slot0: ChunkBuffers;
  /** Bytes from one slot to the next. */
  span: number;
  /** The pointers' part in chunks: the tasks of a pass. */
  chunks: Chunk[];
  /** The calling thread's buffers for the copied pixels (sums of every image). */
  host: ChunkBuffers;
  /** Byte offset of each chunk's float64 sums. */
  sums: number;
  /** Byte offset of every image's float32 coefficients. */
  coef: number;
  /** Byte offset of the command table. */
  table: number;
  /** First byte after the scratch. */
  end: number;
}

/**
 * Lays out a call's scratch from byte `top`, or throws a typed error naming
 * `input.shape` when it does not fit in wasm memory.
 *
 * @param p The problem.
 * @param top First free byte above the workspaces (64-aligned).
 * @returns The layout.
 */
export function layoutScratch(p: Problem, top: number): Scratch {
  const slots = threadCount(p);
  const Lp = chunkPixels(p.C, p.N, POINTER_CHUNKS * wasmChunkElements());
  const slot0 = chunkBuffers(top, p.C, Lp, 0, p);
  const span = slot0.end - top;
  const chunks = chunksOf(p, Lp);
  const host = copyBuffers(p, top + slots * span, p.B);
  const sums = host.end;
  const coef = align64(sums + chunks.length * p.C * SUM_K * 8);
  const table = align64(coef + p.B * p.C * COEF_K * 4);
  // One thread runs the tasks from their lists; workers read the table.
  const end = table + (slots > 1 ? tableBytes(chunks.length, taskWords(p)) : 0);
  if (end > MAX_HEAP_BYTES) {
    throw rangeError(
      "loss",
      "input.shape",
      `has ${p.C} classes, which need ${end} bytes of wasm memory beside the workspaces, over the limit of ${MAX_HEAP_BYTES}`,
    );
  }
  return { slots, slot0, span, chunks, host, sums, coef, table, end };
}

/**
 * The pointer feed of a problem on workspace arrays.
 *
 * @param p The problem.
 * @param at Its arrays' byte offsets.
 * @param k The calling thread's kernels (memory grown to `s.end`).
 * @param s The call's scratch.
 * @param threads Runs the passes' tasks.
 * @returns The feed.
 */
export function pointerFeed(
  p: Problem,
  at: Pointers,
  k: LossKernels,
  s: Scratch,
  threads: KernelThreads,
): AsyncFeed {
  const { B, C, N } = p, q = passConstants(p);
  const host = copyContext(p, k, s.host), v = host.v;
  // Pixels past the pointers' part (fewer than BLOCK) go through copies.
  const tail = pointerEnd(p);
  const pass = (tasks: KernelCallList[]): PassTable => ({
    tasks,
    table: s.table,
    tableEnd: s.end,
    base: s.slot0.pred,
    span: s.span,
  });
  return {
    async stats(stats) {
      v.f64.fill(0, s.sums / 8, s.sums / 8 + s.chunks.length * C * SUM_K);
      v.f64.fill(0, s.host.sums / 8, s.host.sums / 8 + B * C * SUM_K);
      const tasks = statsTasks(p, q, at, s.slot0, s.chunks, s.sums);
      const hostStats = () => {
        for (let b = 0; b < B && tail < N; b++) {
          const ok = copyStats(host, b, tail, N, imageSums(p, s.host.sums, b));
          if (!ok) return false;
        }
        return true;
      };
      if (!await threads.execute(pass(tasks), s.slots, hostStats)) return false;
      const acc = new Float64Array(C * SUM_K);
      const parts: number[][] = Array.from({ length: B }, () => []);
      s.chunks.forEach((c, i) => parts[c.b].push(imageSums(p, s.sums, i)));
      for (let b = 0; b < B; b++) {
        parts[b].push(imageSums(p, s.host.sums, b));
        collectImage(p, v.f64, parts[b], acc, stats, b);
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
      const tasks = gradTasks(p, q, at, s.slot0, s.chunks, s.coef);
      await threads.execute(pass(tasks), s.slots, hostGrad);
    },
  };
}
