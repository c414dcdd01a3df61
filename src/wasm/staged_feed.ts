/**
 * The staged feed: a large problem on plain arrays on two threads. The
 * calling thread copies the chunks of the caller's arrays into a ring of
 * chunk buffers in shared memory (the copy feed's chunk copies), releases
 * each as a task of a streamed pass (`command_block.ts`), copies each task's
 * results out once it is done, and runs tasks itself while the ring is full;
 * a worker takes the others. Memory stays at the ring's chunk buffers
 * whatever the input size. Sums are merged chunk by chunk in order, so a
 * result does not depend on which thread ran which chunk.
 *
 * @module
 */

import { checkProblemAttached } from "../core/input.ts";
import { COEF_K, type Problem } from "../core/problem.ts";
import {
  gradArgs,
  type KernelCallList,
  type LossKernels,
  passConstants,
  statsArgs,
} from "./abi.ts";
import {
  streamBytes,
  type StreamControl,
  type StreamPlace,
  TAG_SHIFT,
} from "./command_block.ts";
import {
  copyChunkIn,
  copyChunkOut,
  type CopyContext,
  copyPlaneOut,
  wasmChunkElements,
} from "./copy_feed.ts";
import {
  align64,
  type ChunkBuffers,
  chunkBuffers,
  chunkPixels,
  mergeSums,
  statsFromSums,
  SUM_K,
  viewsOf,
} from "./kernels.ts";
import type { KernelThreads } from "./threads.ts";
import type { AsyncFeed } from "./two_pass.ts";

/**
 * Chunk buffers in the ring: tasks staged ahead of the oldest unfinished one.
 * With chunks twice the copy feed's (512 KB of 19-class logits), W1 ran
 * fastest with 4 (8x19x256x512 logits, value + gradient, medians of 7
 * interleaved, ms: one thread 57.3; ring 4: 46.1, 8: 45.3, 16: 46.5; with
 * 256 KB chunks 46.9 / 49.1 / 53.4, 128 KB 55.4, 64 KB 72.8), and 4 keeps
 * the ring at about 2 MB (hard labels).
 */
export const RING = 4;

/** Float64 words of a streamed task: one `lossStats` or `lossGrad` call. */
const TASK_WORDS = 25;

/** The ring's place in shared memory. */
export interface StagedLayout {
  /** The chunk buffers, each with its own tile scratch and sums. */
  ring: ChunkBuffers[];
  /** The streamed pass's table and done words. */
  place: StreamPlace;
  /** First byte after it all. */
  end: number;
}

/**
 * Lays out the ring of a problem from byte `top`.
 *
 * @param p The problem.
 * @param top First free byte (64-aligned).
 * @returns The layout.
 */
export function layoutStaged(p: Problem, top: number): StagedLayout {
  const Lp = chunkPixels(p.C, p.N, 2 * wasmChunkElements());
  const ring: ChunkBuffers[] = [];
  for (let i = 0, at = top; i < RING; i++, at = ring[i - 1].end) {
    ring.push(chunkBuffers(at, p.C, Lp, 1, p));
  }
  const table = ring[RING - 1].end;
  const flags = table + 8 * RING * (2 + TASK_WORDS);
  const end = align64(table + streamBytes(RING, TASK_WORDS));
  const place = { table, ring: RING, words: TASK_WORDS, flags, base: 0 };
  return { ring, place: { ...place, span: 0 }, end };
}

/**
 * Most tasks (chunks) of a staged call: a streamed pass's claim word counts
 * tasks below its tag bits.
 */
export const MAX_STAGED_TASKS = (1 << TAG_SHIFT) - 1;

/**
 * Tasks of a staged problem: its chunks.
 *
 * @param s The ring's layout.
 * @param p The problem.
 * @returns The number of chunks.
 */
export function stagedTasks(s: StagedLayout, p: Problem): number {
  return p.B * Math.ceil(p.N / s.ring[0].Lp);
}

/**
 * Streams T tasks through the ring: finishes done tasks in order, stages
 * and releases the next while the ring has room, else runs a ready task
 * here, else waits for the oldest to be done.
 */
async function streamTasks(
  c: StreamControl,
  p: Problem,
  T: number,
  stage: (i: number, e: number) => KernelCallList,
  finish: (i: number, e: number) => void,
): Promise<boolean> {
  let staged = 0, finished = 0, ok = true;
  // Other code ran since the call began (pass 2: since pass 1's last wait).
  checkProblemAttached(p);
  while (finished < T) {
    if (finished < staged && c.done(finished)) {
      finish(finished, finished++ % RING);
    } else if (staged < T && staged - finished < RING) {
      c.release(stage(staged, staged++ % RING));
    } else {
      const ran = c.runOne();
      if (ran === null) {
        await c.wait(finished);
        checkProblemAttached(p);
      } else ok &&= ran;
    }
  }
  return ok;
}

/**
 * The staged feed of a problem.
 *
 * @param p The problem (plain arrays).
 * @param k The calling thread's kernels (memory grown to `s.end`).
 * @param s The ring's layout.
 * @param threads Runs the streamed passes.
 * @param gradient Whether pass 2 will run.
 * @returns The feed.
 */
export function stagedFeed(
  p: Problem,
  k: LossKernels,
  s: StagedLayout,
  threads: KernelThreads,
  gradient: boolean,
): AsyncFeed {
  const { B, C, N } = p, q = passConstants(p), v = viewsOf(k.memory, s.end);
  const x: CopyContext[] = s.ring.map((m) => ({ p, k, m, v, q }));
  const Lp = s.ring[0].Lp, per = Math.ceil(N / Lp), T = stagedTasks(s, p);
  const at = (i: number) => {
    const b = Math.floor(i / per), n = (i % per) * Lp;
    return { b, n, L: Math.min(Lp, N - n) };
  };
  // As in the copy feed: pass 1 stores the probabilities in gradInto.
  const keep = gradient && p.activation !== "none" &&
      p.layout === "channels-first"
    ? p.gradInto ?? null
    : null;
  return {
    async stats(stats) {
      const acc = new Float64Array(B * C * SUM_K);
      const ok = await threads.stream(
        s.place,
        (c) =>
          streamTasks(c, p, T, (i, e) => {
            const { b, n, L } = at(i), m = s.ring[e];
            v.f64.fill(0, m.sums / 8, m.sums / 8 + C * SUM_K);
            const a = copyChunkIn(x[e], b, n, L, p.pred);
            const dst = keep === null ? 0 : a.src;
            const chunk = {
              ...a,
              L,
              Lp,
              dst,
              dstStride: a.stride,
              sums: m.sums,
            };
            return [["lossStats", ...statsArgs(q, chunk)]];
          }, (i, e) => {
            const { b, n, L } = at(i);
            mergeSums(
              acc.subarray(b * C * SUM_K),
              v.f64,
              s.ring[e].sums / 8,
              C,
            );
            if (keep !== null) copyPlaneOut(x[e], keep, b, n, L);
          }),
      );
      if (!ok) return false;
      for (let b = 0; b < B; b++) {
        statsFromSums(acc.subarray(b * C * SUM_K), C, !p.soft, stats, b);
      }
      return true;
    },
    async grad(coef, grad) {
      const stored = keep !== null && grad === keep ? 1 : 0;
      await threads.stream(s.place, (c) =>
        streamTasks(c, p, T, (i, e) => {
          const { b, n, L } = at(i), m = s.ring[e];
          const own = coef.subarray(b * C * COEF_K, (b + 1) * C * COEF_K);
          v.f32.set(own, m.coef / 4);
          const a = copyChunkIn(x[e], b, n, L, stored ? grad : p.pred);
          const chunk = { ...a, L, Lp, stored, out: m.pred, coef: m.coef };
          return [["lossGrad", ...gradArgs(q, chunk)]];
        }, (i, e) => {
          const { b, n, L } = at(i);
          copyChunkOut(x[e], grad, b, n, L);
        }));
    },
  };
}
