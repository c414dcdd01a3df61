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
  type PassConstants,
  passConstants,
  statsArgs,
} from "./abi.ts";
import {
  type StreamControl,
  type StreamPlace,
  streamPlace,
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
 * Measured on W1 (8x19x256x512 logits, value + gradient, medians of 7
 * interleaved, ms; one thread 57.3), rings of 4 / 8 / 16 chunks: with
 * chunks twice the copy feed's (512 KB of 19-class logits) 46.1 / 45.3 /
 * 46.5, with 256 KB chunks 46.9 / 49.1 / 53.4 (128 KB, ring 8: 55.4; 64 KB:
 * 72.8). 4 and 8 are even; 4 was steadier on W2 and W3 and keeps the ring
 * at about 2 MB (hard labels).
 */
const RING = 4;

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
  const { place, end } = streamPlace(ring[RING - 1].end, RING, TASK_WORDS);
  return { ring, place, end: align64(end) };
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

/** What the steps of one staged call share. */
interface StagedCall {
  p: Problem;
  q: PassConstants;
  s: StagedLayout;
  /** A copy context per ring entry. */
  x: CopyContext[];
  /** Chunks per image. */
  per: number;
  /** Where pass 1 stores the probabilities (gradInto), or null. */
  keep: Float32Array | null;
}

/** Chunk i of a staged call: pixels n..n+L of image b. */
function chunkAt(g: StagedCall, i: number) {
  const Lp = g.s.ring[0].Lp, b = Math.floor(i / g.per), n = (i % g.per) * Lp;
  return { b, n, L: Math.min(Lp, g.p.N - n) };
}

/** Pass 1, chunk i into ring entry e: copied in, its sums zeroed; its call. */
function stageStats(g: StagedCall, i: number, e: number): KernelCallList {
  const { b, n, L } = chunkAt(g, i), m = g.s.ring[e], v = g.x[e].v;
  v.f64.fill(0, m.sums / 8, m.sums / 8 + g.p.C * SUM_K);
  const a = copyChunkIn(g.x[e], b, n, L, g.p.pred);
  const dst = g.keep === null ? 0 : a.src;
  const c = { ...a, L, Lp: m.Lp, dst, dstStride: a.stride, sums: m.sums };
  return [["lossStats", ...statsArgs(g.q, c)]];
}

/** Pass 1, chunk i done in entry e: its sums merged into image b's (in order), probabilities out. */
function finishStats(g: StagedCall, acc: Float64Array, i: number, e: number) {
  const { b, n, L } = chunkAt(g, i), C = g.p.C, x = g.x[e];
  mergeSums(acc.subarray(b * C * SUM_K), x.v.f64, x.m.sums / 8, C);
  if (g.keep !== null) copyPlaneOut(x, g.keep, b, n, L);
}

/** Pass 2, chunk i into entry e with its image's coefficients; its call. */
function stageGrad(
  g: StagedCall,
  coef: Float64Array,
  src: Float32Array,
  i: number,
  e: number,
): KernelCallList {
  const { b, n, L } = chunkAt(g, i), C = g.p.C, m = g.s.ring[e];
  g.x[e].v.f32.set(
    coef.subarray(b * C * COEF_K, (b + 1) * C * COEF_K),
    m.coef / 4,
  );
  const a = copyChunkIn(g.x[e], b, n, L, src);
  const stored = src === g.p.pred ? 0 : 1;
  const c = { ...a, L, Lp: m.Lp, stored, out: m.pred, coef: m.coef };
  return [["lossGrad", ...gradArgs(g.q, c)]];
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
  const q = passConstants(p), v = viewsOf(k.memory, s.end);
  const x: CopyContext[] = s.ring.map((m) => ({ p, k, m, v, q }));
  // As in the copy feed: pass 1 stores the probabilities in gradInto.
  const keep = gradient && p.activation !== "none" &&
      p.layout === "channels-first"
    ? p.gradInto ?? null
    : null;
  const per = Math.ceil(p.N / s.ring[0].Lp), T = stagedTasks(s, p);
  const g: StagedCall = { p, q, s, x, per, keep };
  return {
    async stats(stats) {
      const acc = new Float64Array(p.B * p.C * SUM_K);
      const ok = await threads.stream(s.place, (c) =>
        streamTasks(
          c,
          p,
          T,
          (i, e) => stageStats(g, i, e),
          (i, e) => finishStats(g, acc, i, e),
        ));
      if (!ok) return false;
      for (let b = 0; b < p.B; b++) {
        statsFromSums(acc.subarray(b * p.C * SUM_K), p.C, !p.soft, stats, b);
      }
      return true;
    },
    async grad(coef, grad) {
      // Pass 1 left the probabilities in gradInto: pass 2 reads them back.
      const src = keep !== null && grad === keep ? grad : p.pred;
      await threads.stream(
        s.place,
        (c) =>
          streamTasks(
            c,
            p,
            T,
            (i, e) => stageGrad(g, coef, src, i, e),
            (i, e) => {
              const { b, n, L } = chunkAt(g, i);
              copyChunkOut(x[e], grad, b, n, L);
            },
          ),
      );
    },
  };
}
