/**
 * Worker threads for the wasm kernels on a shared memory. The worker source is
 * embedded here and started from a `blob:` URL, which needs no permission
 * wherever the library was loaded from. Each worker gets the compiled module,
 * the memory and the command block's place once, then waits on the block
 * (`Atomics.wait`): a pass is one table of tasks in shared memory, taken
 * from a shared counter by every thread; each worker answers one message per
 * pass when the counter runs out. Results stay in the shared memory.
 *
 * Where workers cannot start (a page CSP that blocks `blob:` workers, a
 * runtime without module workers), passes run on the calling thread alone.
 *
 * @module
 */

import { type LossKernels, OPS, POINTER_ARGS, runCalls } from "./abi.ts";
import {
  generation,
  HEADER,
  passFailed,
  type PassTable,
  publish,
  takeTasks,
} from "./command_block.ts";
import { jdtWasmModule } from "./module.ts";

/**
 * The worker: instantiates the module on the posted memory and answers
 * `{ ready: true }`, then for each generation of the command block takes
 * tasks until none is left (moving slot 0's pointers into its own slot) and
 * answers `{ gen }` or `{ gen, error }`.
 */
const WORKER_SOURCE = `
onmessage = (e) => {
  const d = e.data, mem = d.memory, H = d.header, h = d.cmd >> 2;
  const k = new WebAssembly.Instance(d.module, { env: { memory: mem } }).exports;
  postMessage({ ready: true });
  const run = () => {
    const i32 = new Int32Array(mem.buffer), f64 = new Float64Array(mem.buffer);
    const count = i32[h + H.count], index = i32[h + H.table] >> 3;
    const base = i32[h + H.base], span = i32[h + H.span], move = d.slot * span;
    for (let t; (t = Atomics.add(i32, h + H.next, 1)) < count;) {
      for (let w = f64[index + t], end = f64[index + t + 1]; w < end;) {
        const op = f64[w], n = f64[w + 1];
        const args = Array.from(f64.subarray(w + 2, w + 2 + n));
        for (const j of d.pointers[op]) {
          if (args[j] >= base && args[j] < base + span) args[j] += move;
        }
        const r = k[d.ops[op]](...args);
        if (op === 0 && r === 0) Atomics.store(i32, h + H.bad, 1);
        w += 2 + n;
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
    try {
      run();
      postMessage({ gen });
    } catch (err) {
      postMessage({ gen, error: String(err) });
    }
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

/** Answers awaited for one generation. */
interface Pending {
  left: number;
  resolve: () => void;
  reject: (e: Error) => void;
}

/**
 * A set of workers sharing one module, one memory and one command block. A
 * worker that fails before it is ready (blocked, say) took no task: it leaves
 * the pool, and the others and the calling thread do its share.
 */
export class WorkerPool {
  #workers: Worker[] = [];
  #pending = new Map<number, Pending>();
  #failed: Error | null = null;

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
          pointers: POINTER_ARGS,
        });
      }
    } catch (e) {
      this.terminate();
      throw e;
    } finally {
      URL.revokeObjectURL(url);
    }
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
      else this.#answer(e.data);
    };
    w.onerror = (e: Event) => {
      e.preventDefault();
      if (!ready) return this.#lost(w);
      const why = (e as Partial<ErrorEvent>).message ?? "no message";
      this.#fail(new Error(`jdt wasm worker failed: ${why}`));
    };
    this.#workers.push(w);
    return w;
  }

  /** A worker that never got ready leaves; passes wait for the others only. */
  #lost(w: Worker): void {
    w.terminate();
    this.#workers = this.#workers.filter((x) => x !== w);
    for (const [gen, p] of this.#pending) {
      if (--p.left === 0) {
        this.#pending.delete(gen);
        p.resolve();
      }
    }
  }

  #answer(d: { gen: number; error?: string }): void {
    const p = this.#pending.get(d.gen);
    if (p === undefined) return;
    if (d.error !== undefined) {
      this.#pending.delete(d.gen);
      p.reject(new Error(d.error));
    } else if (--p.left === 0) {
      this.#pending.delete(d.gen);
      p.resolve();
    }
  }

  #fail(e: Error): void {
    this.#failed = e;
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  /**
   * A promise of every worker's answer for generation `gen`.
   *
   * @param gen The generation about to start.
   * @returns Resolves when all answered.
   */
  answers(gen: number): Promise<void> {
    if (this.#failed !== null) return Promise.reject(this.#failed);
    if (this.#workers.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#pending.set(gen, { left: this.#workers.length, resolve, reject });
    });
  }

  /** Ends the workers; passes in flight reject. */
  terminate(): void {
    for (const w of this.#workers) w.terminate();
    this.#workers = [];
    this.#fail(new Error("jdt wasm workers were released"));
  }
}

/** Milliseconds without a threaded call after which the workers end. */
export const IDLE_RELEASE_MS = 2000;

let threadedPasses = 0;

/**
 * Number of passes run on worker threads so far (internal, for tests).
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
    const done = pool.answers(generation(this.#memory, this.#cmd) + 1);
    publish(this.#memory, this.#cmd, t);
    try {
      // Tasks no worker takes (none started, say) all run here.
      const mine = takeTasks(this.#kernels, this.#cmd, t.tasks);
      const hostOk = host();
      await done;
      if (pool.size > 0) threadedPasses++;
      return mine && hostOk && !passFailed(this.#memory, this.#cmd);
    } finally {
      this.#idle = setTimeout(() => this.#end(pool), IDLE_RELEASE_MS);
    }
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
