/**
 * The `"wasm"` backend's asynchronous path for large plain arrays: the staged
 * feed (`staged_feed.ts`) on a shared memory this module owns, with one
 * worker beside the calling thread. Calls run one at a time; the memory holds
 * the ring of chunk buffers only (a few MB), and one grown past
 * {@link KEEP_HEAP_BYTES} (a huge class count) is dropped after its call.
 *
 * @module
 */

import type {
  Backend,
  BackendOutput,
  HostStepPlan,
  Problem,
} from "../core/problem.ts";
import { KEEP_HEAP_BYTES, wasmAccepts } from "./backend.ts";
import { COMMAND_BYTES } from "./command_block.ts";
import { MAX_HEAP_BYTES } from "./copy_feed.ts";
import { viewsOf } from "./kernels.ts";
import {
  layoutStaged,
  MAX_STAGED_TASKS,
  stagedFeed,
  type StagedLayout,
  stagedTasks,
} from "./staged_feed.ts";
import {
  type ThreadedKernels,
  threadedKernels,
  wantsThreads,
} from "./threads.ts";
import { twoPass } from "./two_pass.ts";

let staging: ThreadedKernels | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** The staging state, made on first use; null where shared memory cannot be made. */
function stagingOrNull(): ThreadedKernels | null {
  staging ??= threadedKernels();
  return staging;
}

/**
 * Bytes of the staged path's shared memory (0 when it holds none); internal,
 * for tests of the memory bound.
 *
 * @returns The memory size in bytes.
 */
export function stagedMemoryBytes(): number {
  return staging === null ? 0 : staging.kernels.memory.buffer.byteLength;
}

/** Drops the memory, instance and workers (the next call makes new ones). */
function dropStaging(): void {
  staging?.threads.dispose();
  staging = null;
}

/**
 * Whether a problem on plain arrays runs staged on two threads: a large one
 * (`THREAD_MIN_ELEMENTS`) where workers and shared memory can run, whose
 * ring fits in wasm memory and whose chunks number at most
 * MAX_STAGED_TASKS.
 *
 * @param p The validated problem.
 * @returns True to run it staged.
 */
export function runsStaged(p: Problem): boolean {
  if (!wantsThreads(p) || wasmAccepts(p) !== null) return false;
  const s = stagingOrNull();
  if (s === null) return false;
  const layout = layoutStaged(p, s.cmd + COMMAND_BYTES);
  return layout.end <= MAX_HEAP_BYTES &&
    stagedTasks(layout, p) <= MAX_STAGED_TASKS;
}

/**
 * The staging state with room for a problem's ring. A ring larger than the
 * memory gets a new memory, grown before any worker sees it: a worker may
 * not see a growth at once, and one being terminated may still watch the
 * old command block.
 */
function stagingFor(p: Problem): { s: ThreadedKernels; layout: StagedLayout } {
  for (let fresh = false;; fresh = true) {
    const s = stagingOrNull();
    if (s === null) throw new Error("jdt wasm: shared memory went away");
    const layout = layoutStaged(p, s.cmd + COMMAND_BYTES);
    if (fresh || layout.end <= s.kernels.memory.buffer.byteLength) {
      viewsOf(s.kernels.memory, layout.end);
      return { s, layout };
    }
    dropStaging();
  }
}

/** Both passes of one call, staged. */
async function runStaged(
  p: Problem,
  step: HostStepPlan,
): Promise<BackendOutput> {
  const { s, layout } = stagingFor(p);
  const memory = s.kernels.memory;
  let ok = false;
  try {
    const gradient = step.loss && step.options.grad;
    const out = await twoPass(
      p,
      step,
      () => stagedFeed(p, s.kernels, layout, s.threads, gradient),
    );
    ok = true;
    return out;
  } finally {
    if (!ok || memory.buffer.byteLength > KEEP_HEAP_BYTES) dropStaging();
  }
}

/**
 * Ends the worker thread that large asynchronous calls on plain arrays use,
 * once the calls in flight are done (it also ends by itself 2 s after the
 * last such call; a later call starts a new one). A live worker keeps a Deno
 * process running: a script whose last call was large exits at once after
 * this, instead of 2 s later. Workspace workers end with their loss's
 * `dispose()`.
 *
 * @returns Resolves once the worker has been terminated.
 * @example
 * ```ts
 * import { jdtLoss, releaseWasmThreads } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * const logits = new Float32Array(4), labels = new Uint8Array(2);
 * const { value } = await jdtLoss({ logits, shape: [1, 2, 2], labels });
 * assert.ok(value >= 0);
 * await releaseWasmThreads();
 * ```
 */
export function releaseWasmThreads(): Promise<void> {
  const done = queue.then(() => staging?.threads.dispose());
  queue = done.catch(() => {});
  return done;
}

/**
 * The staged path of the `"wasm"` backend (asynchronous calls on large plain
 * arrays; {@link runsStaged} says which).
 */
export const stagedWasmBackend: Backend = {
  name: "wasm",
  accepts: wasmAccepts,
  run(problem, step) {
    const run = queue.then(() => runStaged(problem, step));
    queue = run.catch(() => {});
    return run;
  },
};
