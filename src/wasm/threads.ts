/**
 * Worker threads for the wasm kernels on a shared memory. The worker source is
 * embedded here and started from a `blob:` URL, which needs no permission
 * wherever the library was loaded from. Each worker gets the compiled module,
 * the memory and the command block's place once, then waits on the block
 * (`Atomics.wait`): a pass is one table of tasks in shared memory, taken
 * from a shared counter by every thread, published whole or streamed (tasks
 * released one by one while the calling thread stages their data; see
 * `command_block.ts`). The pass is over when every task is done: the
 * calling thread takes tasks too and never waits for a worker that took
 * none (one not scheduled, say). Results stay in the shared memory. The same
 * module also holds the thread policy (which calls use two threads).
 *
 * Where workers cannot start (a page CSP that blocks `blob:` workers, a
 * runtime without module workers), passes run on the calling thread alone.
 *
 * @module
 */

import { type LossKernels, OPS, POINTER_ARGS, runCalls } from "./abi.ts";
import {
  allDone,
  COMMAND_BYTES,
  generation,
  HEADER,
  openStream,
  passFailed,
  type PassTable,
  publish,
  StreamControl,
  type StreamPlace,
  TAG_MASK,
  TAG_SHIFT,
  takeTasks,
  workersHelped,
} from "./command_block.ts";
import {
  createJdtMemory,
  instantiateJdtWasm,
  jdtWasmModule,
} from "./module.ts";
import { align64, viewsOf } from "./kernels.ts";
import type { Problem } from "../core/problem.ts";

/**
 * The worker: instantiates the module on the posted memory and answers
 * `{ ready: true }`, then for each generation of the command block takes
 * tasks of that pass while its claim word carries the pass's tag (moving slot
 * 0's pointers into its own slot; in a streamed pass still open, waiting on
 * the ready count for the next one), counts each one done (notifying the
 * caller at the last, or setting its entry's done word in a streamed pass),
 * and answers `{ error }` when one threw.
 */
const WORKER_SOURCE = `
onmessage = (e) => {
  const d = e.data, mem = d.memory, H = d.header, h = d.cmd >> 2;
  const k = new WebAssembly.Instance(d.module, { env: { memory: mem } }).exports;
  postMessage({ ready: true });
  const low = (1 << d.shift) - 1;
  const take = (i32, g) => {
    for (;;) {
      const w = Atomics.load(i32, h + H.next);
      if (w >>> d.shift !== (g & d.mask)) return -1;
      const c = Atomics.load(i32, h + H.count);
      if ((w & low) >= c) {
        // A streamed pass still open: wait for its next task or its end.
        if (Atomics.load(i32, h + H.open) === 0) return -1;
        Atomics.wait(i32, h + H.count, c, 50);
        continue;
      }
      if (Atomics.compareExchange(i32, h + H.next, w, w + 1) === w) return w & low;
    }
  };
  const task = (i32, f64, t) => {
    const index = i32[h + H.table] >> 3, ring = i32[h + H.ring];
    const base = i32[h + H.base], span = i32[h + H.span], move = d.slot * span;
    const e = ring ? 2 * (t % ring) : t;
    for (let w = f64[index + e], end = f64[index + e + 1]; w < end;) {
      const op = f64[w], n = f64[w + 1];
      const args = Array.from(f64.subarray(w + 2, w + 2 + n));
      for (const j of d.pointers[op]) {
        if (args[j] >= base && args[j] < base + span) args[j] += move;
      }
      const r = k[d.ops[op]](...args);
      if (op === 0 && r === 0) Atomics.store(i32, h + H.bad, 1);
      w += 2 + n;
    }
  };
  const run = (g) => {
    const i32 = new Int32Array(mem.buffer), f64 = new Float64Array(mem.buffer);
    if (Atomics.load(i32, h + H.hold) !== 0) Atomics.wait(i32, h + H.hold, 1);
    for (let t; (t = take(i32, g)) >= 0;) {
      const count = Atomics.load(i32, h + H.count);
      try {
        task(i32, f64, t);
      } catch (err) {
        Atomics.store(i32, h + H.err, 1);
        postMessage({ error: String(err) });
      }
      // Counted before a streamed pass can see the task done (its flag), so
      // that no count lands in the next pass.
      Atomics.add(i32, h + H.theirs, 1);
      if (Atomics.add(i32, h + H.done, 1) + 1 === count) Atomics.notify(i32, h + H.done);
      const flags = i32[h + H.flags] >> 2;
      if (flags !== 0) {
        const ring = i32[h + H.ring];
        Atomics.store(i32, flags + t % ring, t + 1);
        Atomics.notify(i32, flags + t % ring);
      }
    }
  };
  // Waits without blocking the worker's event loop, so that it can end.
  let gen = d.gen;
  const next = () => {
    const i32 = new Int32Array(mem.buffer);
    if (Atomics.load(i32, h + H.gen) === gen) {
      if (Atomics.waitAsync) {
        const r = Atomics.waitAsync(i32, h + H.gen, gen);
        if (r.async) r.value.then(next);
        else next();
      } else {
        Atomics.wait(i32, h + H.gen, gen, 20);
        setTimeout(next, 0);
      }
      return;
    }
    gen = Atomics.load(i32, h + H.gen);
    run(gen);
    next();
  };
  next();
};
`;

/**
 * Whether this runtime can run the kernels on worker threads: module workers,
 * shared memory, and at least two hardware threads.
 *
 * @returns True when a pool can start.
 */
export function threadsAvailable(): boolean {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } })
    .navigator?.hardwareConcurrency ?? 1;
  return cores >= 2 && typeof Worker === "function" &&
    typeof SharedArrayBuffer === "function" &&
    typeof URL.createObjectURL === "function";
}

/**
 * Prediction elements from which calls use two threads (workspace arrays by
 * pointer, plain arrays staged). Measured (1×19×N logits, hard labels, value
 * + gradient, medians, 2-core VM): workspaces 0.31 M elements 0.78 ms on one
 * thread, 1.21 ms on two, 1.25 M 7.0 / 3.5 ms; plain arrays staged 0.31 M
 * 0.71 / 0.89 ms, 0.62 M 1.35 / 1.24, 1.25 M 3.01 / 2.39, 2.49 M 6.83 / 4.51.
 */
export const THREAD_MIN_ELEMENTS = 1 << 20;

/** How calls choose their threads: by size, never, or always (where workers can run). */
export type ThreadMode = "auto" | "off" | "on";
let threadMode: ThreadMode = "auto";

/**
 * Sets how calls choose threads (internal, for tests and benchmarks).
 *
 * @param mode `"auto"` (default), `"off"` or `"on"`.
 */
export function setWasmThreads(mode: ThreadMode = "auto"): void {
  threadMode = mode;
}

/**
 * Whether a call runs on two threads: a large one (or any, with threads
 * "on") where workers can run.
 *
 * @param p The problem.
 * @returns True for two threads.
 */
export function wantsThreads(p: Problem): boolean {
  const big = p.B * p.C * p.N >= THREAD_MIN_ELEMENTS;
  const want = threadMode === "on" || (threadMode === "auto" && big);
  return want && threadsAvailable();
}

/**
 * A set of workers sharing one module, one memory and one command block. A
 * worker that fails before it is ready (blocked, say) took no task: it leaves
 * the pool, and the others and the calling thread do its share.
 */
export class WorkerPool {
  #workers: Worker[] = [];
  #error: Error | null = null;

  /**
   * Starts `n` workers on thread slots 1..n.
   *
   * @param n Number of workers.
   * @param module The compiled module (shared-memory import).
   * @param memory The shared memory.
   * @param cmd Byte offset of the command block.
   */
  constructor(
    n: number,
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
    cmd: number,
  ) {
    const url = URL.createObjectURL(
      new Blob([WORKER_SOURCE], { type: "application/javascript" }),
    );
    const gen = generation(memory, cmd);
    try {
      for (let i = 0; i < n; i++) {
        const w = this.#start(url);
        // deno-fmt-ignore
        w.postMessage({
          module, memory, cmd, gen, slot: i + 1, header: HEADER, ops: OPS,
          pointers: POINTER_ARGS, shift: TAG_SHIFT, mask: TAG_MASK,
        });
      }
    } catch (e) {
      this.terminate();
      throw e;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  /**
   * Why the pool failed (a worker's error, or its end), or null; passes in
   * flight look for it while they wait.
   */
  get error(): Error | null {
    return this.#error;
  }

  /** Workers in the pool (those that failed to start left it). */
  get size(): number {
    return this.#workers.length;
  }

  /** Starts one worker (throws where workers are refused at once). */
  #start(url: string): Worker {
    const w = new Worker(url, { type: "module" });
    let ready = false;
    w.onmessage = (e: MessageEvent) => {
      if (e.data.ready === true) ready = true;
      else this.#error ??= new Error(e.data.error);
    };
    w.onerror = (e: Event) => {
      e.preventDefault();
      if (!ready) return this.#lost(w);
      const why = (e as Partial<ErrorEvent>).message ?? "no message";
      this.#error ??= new Error(`jdt wasm worker failed: ${why}`);
    };
    this.#workers.push(w);
    return w;
  }

  /** A worker that never got ready took no task; it leaves. */
  #lost(w: Worker): void {
    w.terminate();
    this.#workers = this.#workers.filter((x) => x !== w);
  }

  /** Ends the workers; passes in flight fail. */
  terminate(): void {
    for (const w of this.#workers) w.terminate();
    this.#workers = [];
    this.#error ??= new Error("jdt wasm workers were released");
  }
}

/** Milliseconds without a threaded call after which the workers end. */
export const IDLE_RELEASE_MS = 2000;

let threadedPasses = 0;

/** Command blocks whose workers are held ({@link holdWorkers}). */
let held: [WebAssembly.Memory, number][] | null = null;

/**
 * Holds every worker woken for a pass from now on before it takes a task, as
 * a worker that is not scheduled would be, until released (internal, for
 * tests).
 *
 * @param on True to hold, false to release the held ones.
 */
export function holdWorkers(on: boolean): void {
  for (const [memory, cmd] of held ?? []) {
    const i32 = new Int32Array(memory.buffer);
    Atomics.store(i32, cmd / 4 + HEADER.hold, 0);
    Atomics.notify(i32, cmd / 4 + HEADER.hold);
  }
  held = on ? [] : null;
}

/**
 * Number of passes (workspace or staged) in which a worker did some task so
 * far (internal, for tests and benchmarks).
 *
 * @returns The count.
 */
export function workspaceThreadedPasses(): number {
  return threadedPasses;
}

/**
 * Runs the tasks of a pass on the calling thread alone (one slot, or where
 * workers cannot start) or with workers (more slots), started on first use
 * and ended after {@link IDLE_RELEASE_MS} without a threaded pass.
 */
export class KernelThreads {
  readonly #kernels: LossKernels;
  readonly #memory: WebAssembly.Memory;
  readonly #cmd: number;
  #pool: WorkerPool | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;
  /** Set once workers failed to start here: every pass runs alone. */
  #alone = false;

  /**
   * Threads for kernels on a shared memory.
   *
   * @param kernels The calling thread's instance.
   * @param memory Its shared memory.
   * @param cmd Byte offset of the command block (COMMAND_BYTES, fixed).
   */
  constructor(
    kernels: LossKernels,
    memory: WebAssembly.Memory,
    cmd: number,
  ) {
    this.#kernels = kernels;
    this.#memory = memory;
    this.#cmd = cmd;
  }

  /**
   * Runs a pass's tasks on `slots` threads, and the host's part on the
   * calling thread once it finds no task left.
   *
   * @param t The pass (tasks, table place, thread slots).
   * @param slots Threads (1: the calling thread alone).
   * @param host The host's part; false when it met an invalid value.
   * @returns Whether every value was valid.
   */
  async execute(
    t: PassTable,
    slots: number,
    host: () => boolean,
  ): Promise<boolean> {
    const pool = slots > 1 ? this.#startedPool(slots - 1) : null;
    if (pool === null) {
      const ok = t.tasks.every((calls) => runCalls(this.#kernels, calls));
      return ok && host();
    }
    clearTimeout(this.#idle);
    this.#hold();
    const gen = publish(this.#memory, this.#cmd, t);
    try {
      // Tasks no worker takes (none started or woken yet, say) all run here.
      const mine = takeTasks(this.#kernels, this.#cmd, t.tasks, gen);
      const hostOk = host();
      await allDone(this.#memory, this.#cmd, () => pool.error);
      if (workersHelped(this.#memory, this.#cmd)) threadedPasses++;
      return mine && hostOk && !passFailed(this.#memory, this.#cmd);
    } finally {
      this.#idle = setTimeout(() => this.#end(pool), IDLE_RELEASE_MS);
    }
  }

  /**
   * Runs a streamed pass on the calling thread and one worker: `drive`
   * releases the tasks as it stages their data and runs some itself (all of
   * them where workers cannot start).
   *
   * @param s The pass's place.
   * @param drive Stages, releases and finishes the tasks; false when one met
   *   an invalid value.
   * @returns Whether every value was valid.
   */
  async stream(
    s: StreamPlace,
    drive: (c: StreamControl) => Promise<boolean>,
  ): Promise<boolean> {
    const pool = this.#startedPool(1);
    clearTimeout(this.#idle);
    this.#hold();
    const gen = openStream(this.#memory, this.#cmd, s);
    const failed = () => pool?.error ?? null;
    const c = new StreamControl(this.#kernels, this.#cmd, s, gen, failed);
    try {
      const ok = await drive(c);
      await c.settled();
      if (workersHelped(this.#memory, this.#cmd)) threadedPasses++;
      return ok && !passFailed(this.#memory, this.#cmd);
    } finally {
      c.close();
      if (pool !== null) {
        this.#idle = setTimeout(() => this.#end(pool), IDLE_RELEASE_MS);
      }
    }
  }

  /** With {@link holdWorkers} on, holds the workers woken for the next pass. */
  #hold(): void {
    if (held === null) return;
    held.push([this.#memory, this.#cmd]);
    const i32 = new Int32Array(this.#memory.buffer);
    Atomics.store(i32, this.#cmd / 4 + HEADER.hold, 1);
  }

  /** The pool of `n` workers, started on first use; null where workers cannot start. */
  #startedPool(n: number): WorkerPool | null {
    if (this.#pool?.size === 0) {
      this.#alone = true;
      this.dispose();
    }
    if (this.#alone) return null;
    try {
      this.#pool ??= new WorkerPool(
        n,
        jdtWasmModule(true),
        this.#memory,
        this.#cmd,
      );
    } catch {
      this.#alone = true;
    }
    return this.#pool;
  }

  #end(pool: WorkerPool): void {
    pool.terminate();
    if (this.#pool === pool) this.#pool = null;
  }

  /** Ends the workers. */
  dispose(): void {
    clearTimeout(this.#idle);
    this.#pool?.terminate();
    this.#pool = null;
  }
}

/** Kernels on a shared memory, with the command block and threads of its passes. */
export interface ThreadedKernels {
  /** The calling thread's instance. */
  kernels: LossKernels;
  /** Runs passes on it and its workers. */
  threads: KernelThreads;
  /** Byte offset of the command block (the first free byte is 64 further). */
  cmd: number;
}

/**
 * A new shared memory with the kernels' instance and the command block at
 * its base, or null where shared memory or its module is unavailable.
 *
 * @returns The kernels and their threads, or null.
 */
export function threadedKernels(): ThreadedKernels | null {
  let memory: WebAssembly.Memory;
  try {
    memory = createJdtMemory(1, true);
  } catch {
    return null;
  }
  const kernels = instantiateJdtWasm(memory) as unknown as LossKernels;
  const cmd = align64(kernels.heapBase());
  viewsOf(memory, cmd + COMMAND_BYTES);
  return { kernels, threads: new KernelThreads(kernels, memory, cmd), cmd };
}
