/**
 * Worker threads for the wasm kernels on a shared memory. The worker source is
 * embedded here and started from a `blob:` URL, which needs no permission
 * wherever the library was loaded from. Each worker gets the compiled module
 * and the memory once, then runs lists of kernel calls whose arguments the
 * host computed; results stay in the shared memory.
 *
 * @module
 */

import { type KernelCallList, type LossKernels, runCalls } from "./abi.ts";
import { jdtWasmModule } from "./module.ts";

/**
 * The worker: instantiates the module on the posted memory, then runs call
 * lists, answering `{ id, ok }` (ok 0 when `lossStats` met an invalid value).
 */
const WORKER_SOURCE = `
let k = null;
onmessage = (e) => {
  const d = e.data;
  if (d.module) {
    k = new WebAssembly.Instance(d.module, { env: { memory: d.memory } }).exports;
    postMessage({ id: -1, ok: 1 });
    return;
  }
  let ok = 1;
  try {
    for (const c of d.calls) {
      const r = k[c[0]](...c.slice(1));
      if (c[0] === "lossStats" && r === 0) { ok = 0; break; }
    }
    postMessage({ id: d.id, ok });
  } catch (err) {
    postMessage({ id: d.id, error: String(err) });
  }
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

interface Pending {
  resolve: (ok: boolean) => void;
  reject: (e: Error) => void;
}

/** A fixed set of workers sharing one module and one memory. */
export class WorkerPool {
  #workers: Worker[] = [];
  #pending = new Map<number, Pending>();
  #next = 0;
  #ready: Promise<void>;

  /**
   * Starts `n` workers.
   *
   * @param n Number of workers.
   * @param module The compiled module (shared-memory import).
   * @param memory The shared memory.
   */
  constructor(
    n: number,
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
  ) {
    const url = URL.createObjectURL(
      new Blob([WORKER_SOURCE], { type: "application/javascript" }),
    );
    const started: Promise<boolean>[] = [];
    for (let i = 0; i < n; i++) {
      const w = new Worker(url, { type: "module" });
      // Each worker answers its start with id -1.
      w.onmessage = (e: MessageEvent) =>
        this.#answer(e.data.id === -1 ? -1 - i : e.data.id, e.data);
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        this.#fail(new Error(`jdt wasm worker failed: ${e.message}`));
      };
      this.#workers.push(w);
      started.push(this.#expect(-1 - i));
      w.postMessage({ module, memory });
    }
    this.#ready = Promise.all(started).then(() => URL.revokeObjectURL(url));
    this.#ready.catch(() => {}); // run() reports a failed start
  }

  #expect(id: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
  }

  #answer(id: number, d: { ok?: number; error?: string }): void {
    const p = this.#pending.get(id);
    if (p === undefined) return;
    this.#pending.delete(id);
    if (d.error !== undefined) p.reject(new Error(d.error));
    else p.resolve(d.ok === 1);
  }

  #fail(e: Error): void {
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  /** Number of workers. */
  get size(): number {
    return this.#workers.length;
  }

  /**
   * Runs one call list on each worker (list i on worker i).
   *
   * @param lists One list per worker.
   * @returns Whether every `lossStats` call found valid values.
   */
  async run(lists: KernelCallList[]): Promise<boolean> {
    await this.#ready;
    const done = lists.map((calls, i) => {
      const id = this.#next++;
      const answer = this.#expect(id);
      this.#workers[i].postMessage({ id, calls });
      return answer;
    });
    return (await Promise.all(done)).every((ok) => ok);
  }

  /** Ends the workers; calls in flight reject. */
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
 * Runs the call lists of a pass on the calling thread (one list) or on
 * workers (several), started on first use and ended after
 * {@link IDLE_RELEASE_MS} without a threaded pass.
 */
export class KernelThreads {
  readonly #kernels: LossKernels;
  readonly #memory: WebAssembly.Memory;
  #pool: WorkerPool | null = null;
  #idle: ReturnType<typeof setTimeout> | undefined;

  /**
   * Threads for kernels on a shared memory.
   *
   * @param kernels The calling thread's instance.
   * @param memory Its shared memory.
   */
  constructor(kernels: LossKernels, memory: WebAssembly.Memory) {
    this.#kernels = kernels;
    this.#memory = memory;
  }

  /**
   * Runs one list per thread, and the host's part on the calling thread
   * while the workers run.
   *
   * @param lists One call list per thread.
   * @param host The host's part; false when it met an invalid value.
   * @returns Whether every value was valid.
   */
  async execute(
    lists: KernelCallList[],
    host: () => boolean,
  ): Promise<boolean> {
    if (lists.length === 1) return runCalls(this.#kernels, lists[0]) && host();
    clearTimeout(this.#idle);
    this.#pool ??= new WorkerPool(
      lists.length,
      jdtWasmModule(true),
      this.#memory,
    );
    const pool = this.#pool;
    threadedPasses++;
    try {
      const done = pool.run(lists);
      const hostOk = host();
      return (await done) && hostOk;
    } finally {
      this.#idle = setTimeout(() => this.#end(pool), IDLE_RELEASE_MS);
    }
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
