/**
 * The command block of a threaded pass, in shared wasm memory: a fixed
 * 64-byte header the workers wait on (`Atomics.wait` on its generation), and
 * per pass a table of tasks (call lists, float64 words) that every thread,
 * the calling one included, takes from a shared counter until none is left.
 * Each thread has its own slot of chunk buffers; the table names slot 0's,
 * and a worker moves those pointers into its slot.
 *
 * A pass is published whole (`publish`: every task ready, done when `done`
 * reaches the count) or streamed (`openStream`, {@link StreamControl}): the
 * calling thread releases tasks one by one into a ring of table entries,
 * a thread finding none ready waits on the ready count while the pass is
 * open, and each entry's done word tells when its task is done.
 *
 * @module
 */

import { type KernelCallList, type LossKernels, OPS, runCalls } from "./abi.ts";

/** Int32 word of each header field, from the block's start. */
export const HEADER = {
  /** Pass generation: bumped (and notified) to start a pass. */
  gen: 0,
  /**
   * Claim word: the pass's tag ({@link TAG_SHIFT}) over the next task to take,
   * taken by compare-and-swap, so that a thread holding an older pass's tag
   * takes nothing from a later pass.
   */
  next: 1,
  /** Tasks of the pass ready to take (streamed: released so far; -1 once closed). */
  count: 2,
  /** Set to 1 when a `lossStats` call met an invalid value. */
  bad: 3,
  /**
   * Byte offset of the table: count + 1 index words (published), or a start
   * and an end word per ring entry (streamed), then the calls.
   */
  table: 4,
  /** Byte offset of thread slot 0's chunk buffers. */
  base: 5,
  /** Bytes from one thread slot to the next. */
  span: 6,
  /** Tasks finished (a published pass is over when it reaches count). */
  done: 7,
  /** Set to 1 when a worker's task threw (its message follows). */
  err: 8,
  /** Test hook: while 1, a worker woken for a pass waits before taking tasks. */
  hold: 9,
  /** Tasks done by workers (not the calling thread). */
  theirs: 10,
  /**
   * 1 while a streamed pass may still release tasks: a thread finding none
   * ready waits on `count` instead of leaving the pass.
   */
  open: 11,
  /** Byte offset of a streamed pass's done words (int32 per entry: t + 1 once task t is done), or 0. */
  flags: 12,
  /** Entries of a streamed pass's table: task t reads entry t % ring (0: one per task). */
  ring: 13,
} as const;

/** Bits of the claim word below the pass tag (most tasks of a pass: 2^19). */
export const TAG_SHIFT = 19;
/** The pass tag: the generation's low 12 bits. */
export const TAG_MASK = 0xfff;
/** Claim word of a pass being written: its tag (13 bits set) matches none. */
const CLOSED = -1;

/** Bytes of the header. */
export const COMMAND_BYTES = 64;

/**
 * Bytes of a table.
 *
 * @param tasks Number of tasks.
 * @param words Most float64 words of one task's calls (each call: op code,
 *   argument count, arguments).
 * @returns Bytes.
 */
export function tableBytes(tasks: number, words: number): number {
  return 8 * (tasks + 1 + tasks * words);
}

/** Where one pass's tasks and thread slots are. */
export interface PassTable {
  /** One call list per task, naming slot 0's buffers. */
  tasks: KernelCallList[];
  /** Byte offset of the table (8-aligned). */
  table: number;
  /** First byte after the room for the table ({@link tableBytes}). */
  tableEnd: number;
  /** Byte offset of thread slot 0. */
  base: number;
  /** Bytes between slots. */
  span: number;
}

/**
 * Writes a pass's table and header and starts it: the workers waiting on the
 * header wake up.
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @param t The pass.
 * @returns The pass's generation.
 */
export function publish(
  memory: WebAssembly.Memory,
  cmd: number,
  t: PassTable,
): number {
  const f64 = new Float64Array(memory.buffer);
  const i32 = new Int32Array(memory.buffer), h = cmd / 4;
  const index = t.table / 8, n = t.tasks.length;
  if (n >= 1 << TAG_SHIFT) {
    throw new Error(
      `jdt wasm: ${n} tasks in one pass (most ${1 << TAG_SHIFT})`,
    );
  }
  // Late workers of the last pass fail their claims from here on.
  Atomics.store(i32, h + HEADER.next, CLOSED);
  let w = index + n + 1;
  t.tasks.forEach((calls, i) => {
    f64[index + i] = w;
    for (const [name, ...args] of calls) {
      f64[w] = OPS.indexOf(name);
      f64[w + 1] = args.length;
      f64.set(args, w + 2);
      w += 2 + args.length;
    }
  });
  f64[index + n] = w;
  if (8 * w > t.tableEnd) {
    throw new Error(
      `jdt wasm: command table overran its room by ${8 * w - t.tableEnd} bytes`,
    );
  }
  Atomics.store(i32, h + HEADER.count, n);
  Atomics.store(i32, h + HEADER.done, 0);
  Atomics.store(i32, h + HEADER.bad, 0);
  Atomics.store(i32, h + HEADER.err, 0);
  Atomics.store(i32, h + HEADER.theirs, 0);
  Atomics.store(i32, h + HEADER.open, 0);
  Atomics.store(i32, h + HEADER.flags, 0);
  Atomics.store(i32, h + HEADER.ring, 0);
  Atomics.store(i32, h + HEADER.table, t.table);
  Atomics.store(i32, h + HEADER.base, t.base);
  Atomics.store(i32, h + HEADER.span, t.span);
  return startPass(i32, h);
}

/**
 * Starts the pass whose header is written: opens the claim word to the next
 * generation's tag, then bumps the generation and wakes the workers (in that
 * order, so that a worker woken by the generation finds the tag).
 *
 * @returns The pass's generation.
 */
function startPass(i32: Int32Array, h: number): number {
  const gen = Atomics.load(i32, h + HEADER.gen) + 1;
  Atomics.store(i32, h + HEADER.next, (gen & TAG_MASK) << TAG_SHIFT);
  Atomics.store(i32, h + HEADER.gen, gen);
  Atomics.notify(i32, h + HEADER.gen);
  return gen;
}

/**
 * Takes the next task of pass `gen`, if that pass is still open and has one.
 *
 * @param i32 The shared memory's words.
 * @param h Int32 word of the header.
 * @param gen The pass's generation.
 * @returns The task's index, or -1.
 */
export function claim(i32: Int32Array, h: number, gen: number): number {
  for (;;) {
    const w = Atomics.load(i32, h + HEADER.next);
    if (w >>> TAG_SHIFT !== (gen & TAG_MASK)) return -1;
    const task = w & ((1 << TAG_SHIFT) - 1);
    // A count read while a later pass is written fails the exchange below.
    if (task >= Atomics.load(i32, h + HEADER.count)) return -1;
    if (Atomics.compareExchange(i32, h + HEADER.next, w, w + 1) === w) {
      return task;
    }
  }
}

/**
 * Takes tasks of pass `gen` on the calling thread (slot 0) until none is left,
 * counting each one done.
 *
 * @param k The calling thread's kernels.
 * @param cmd Byte offset of the header.
 * @param tasks The pass's tasks.
 * @param gen The pass's generation ({@link publish}).
 * @returns False when this thread met an invalid value.
 */
export function takeTasks(
  k: LossKernels,
  cmd: number,
  tasks: KernelCallList[],
  gen: number,
): boolean {
  const i32 = new Int32Array(k.memory.buffer), h = cmd / 4;
  let ok = true;
  for (let i; (i = claim(i32, h, gen)) >= 0;) {
    if (!runCalls(k, tasks[i])) {
      ok = false;
      Atomics.store(i32, h + HEADER.bad, 1);
    }
    Atomics.add(i32, h + HEADER.done, 1);
  }
  return ok;
}

/** `Atomics.waitAsync` where the runtime has it. */
type WaitAsync = (
  a: Int32Array,
  i: number,
  v: number,
  ms: number,
) => { async: boolean; value: Promise<unknown> | string };

/** A worker's failure once there is one, else null. */
export type FailureProbe = () => Error | null;

/** Most milliseconds a wait sleeps before it looks for a worker's failure. */
const FAILURE_POLL_MS = 50;

/**
 * Waits until word `i` is no longer `v` (or FAILURE_POLL_MS), then throws a
 * worker's failure if there is one. Nothing is chained to a promise that
 * outlives the wait, so a loop of calls leaves nothing behind.
 */
async function waitWhile(
  i32: Int32Array,
  i: number,
  v: number,
  failed: FailureProbe,
): Promise<void> {
  const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync })
    .waitAsync;
  const r = waitAsync?.(i32, i, v, FAILURE_POLL_MS);
  if (r === undefined) await new Promise((ok) => setTimeout(ok, 0));
  else if (r.async) await r.value;
  const e = failed();
  if (e !== null) throw e;
}

/**
 * Throws the failure of a worker whose task threw in the pass (its message
 * may still be on its way), if one did.
 */
async function throwIfTaskThrew(
  i32: Int32Array,
  h: number,
  failed: FailureProbe,
): Promise<void> {
  if (Atomics.load(i32, h + HEADER.err) === 0) return;
  for (let i = 0; i < 200; i++) {
    const e = failed();
    if (e !== null) throw e;
    await new Promise((ok) => setTimeout(ok, 5));
  }
  throw new Error("jdt wasm: a worker's task threw");
}

/**
 * Resolves once every task of the pass is done (workers still busy with one
 * finish it; a worker that took none is not waited for), or throws a
 * worker's failure.
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @param failed A worker's failure, once there is one.
 */
export async function allDone(
  memory: WebAssembly.Memory,
  cmd: number,
  failed: FailureProbe,
): Promise<void> {
  const i32 = new Int32Array(memory.buffer), h = cmd / 4;
  const count = Atomics.load(i32, h + HEADER.count);
  for (let d; (d = Atomics.load(i32, h + HEADER.done)) < count;) {
    await waitWhile(i32, h + HEADER.done, d, failed);
  }
  await throwIfTaskThrew(i32, h, failed);
}

/**
 * Whether a worker did some task of the pass (read once it is over).
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @returns True when one did.
 */
export function workersHelped(
  memory: WebAssembly.Memory,
  cmd: number,
): boolean {
  const i32 = new Int32Array(memory.buffer);
  return Atomics.load(i32, cmd / 4 + HEADER.theirs) > 0;
}

/**
 * Whether some thread met an invalid value in the pass.
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @returns True when one did.
 */
export function passFailed(memory: WebAssembly.Memory, cmd: number): boolean {
  return Atomics.load(new Int32Array(memory.buffer), cmd / 4 + HEADER.bad) !==
    0;
}

/**
 * The generation now in the header (a new worker waits for the next one).
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @returns The generation.
 */
export function generation(memory: WebAssembly.Memory, cmd: number): number {
  return Atomics.load(new Int32Array(memory.buffer), cmd / 4 + HEADER.gen);
}

/**
 * Where a streamed pass lives: a ring of table entries (task t runs entry
 * t % ring) and one done word per entry (t + 1 once task t is done).
 */
export interface StreamPlace {
  /** Byte offset of the table (8-aligned): 2·ring index words, then the entries. */
  table: number;
  /** Entries. */
  ring: number;
  /** Most float64 words of one entry's calls. */
  words: number;
  /** Byte offset of the done words (int32, one per entry). */
  flags: number;
  /** Byte offset of thread slot 0 (workers move pointers into theirs). */
  base: number;
  /** Bytes between thread slots (0: nothing moves). */
  span: number;
}

/**
 * Lays out a streamed pass's table and done words from byte `table`, with
 * no thread slots (each task names its own buffers).
 *
 * @param table First byte (8-aligned).
 * @param ring Entries.
 * @param words Most float64 words of one entry.
 * @returns The place, and the first byte after it.
 */
export function streamPlace(
  table: number,
  ring: number,
  words: number,
): { place: StreamPlace; end: number } {
  const flags = table + 8 * ring * (2 + words);
  const place = { table, ring, words, flags, base: 0, span: 0 };
  return { place, end: flags + 4 * ring };
}

/**
 * Opens a streamed pass: no task is ready yet ({@link StreamControl.release}
 * makes them so), and a worker finding none ready waits until one is or the
 * pass closes.
 *
 * @param memory The shared memory.
 * @param cmd Byte offset of the header.
 * @param s The pass's place.
 * @returns The pass's generation.
 */
export function openStream(
  memory: WebAssembly.Memory,
  cmd: number,
  s: StreamPlace,
): number {
  const i32 = new Int32Array(memory.buffer), h = cmd / 4;
  Atomics.store(i32, h + HEADER.next, CLOSED);
  i32.fill(0, s.flags / 4, s.flags / 4 + s.ring);
  const fields: [keyof typeof HEADER, number][] = [
    ["count", 0],
    ["done", 0],
    ["bad", 0],
    ["err", 0],
    ["theirs", 0],
    ["open", 1],
    ["flags", s.flags],
    ["ring", s.ring],
    ["table", s.table],
    ["base", s.base],
    ["span", s.span],
  ];
  for (const [k, v] of fields) Atomics.store(i32, h + HEADER[k], v);
  return startPass(i32, h);
}

/**
 * The calling thread's side of a streamed pass: releases tasks as their data
 * is staged, runs ready ones itself, and tells when each is done.
 */
export class StreamControl {
  readonly #k: LossKernels;
  readonly #i32: Int32Array;
  readonly #f64: Float64Array;
  readonly #h: number;
  readonly #s: StreamPlace;
  readonly #gen: number;
  readonly #failed: FailureProbe;
  readonly #lists: KernelCallList[] = [];
  #released = 0;

  /**
   * The control of pass `gen`.
   *
   * @param k The calling thread's kernels.
   * @param cmd Byte offset of the header.
   * @param s The pass's place.
   * @param gen Its generation ({@link openStream}).
   * @param failed A worker's failure, once there is one.
   */
  constructor(
    k: LossKernels,
    cmd: number,
    s: StreamPlace,
    gen: number,
    failed: FailureProbe,
  ) {
    this.#k = k;
    this.#i32 = new Int32Array(k.memory.buffer);
    this.#f64 = new Float64Array(k.memory.buffer);
    this.#h = cmd / 4;
    this.#s = s;
    this.#gen = gen;
    this.#failed = failed;
  }

  /**
   * Makes the next task ready: writes its calls into its entry (whose last
   * task must be done) and wakes a waiting worker.
   *
   * @param calls The task's calls.
   */
  release(calls: KernelCallList): void {
    if (this.#released + 1 >= 1 << TAG_SHIFT) {
      throw new Error(`jdt wasm: most ${(1 << TAG_SHIFT) - 1} streamed tasks`);
    }
    const { table, ring, words } = this.#s, e = this.#released % ring;
    if (this.#released >= ring && !this.done(this.#released - ring)) {
      throw new Error(`jdt wasm: entry ${e} still holds a task not done`);
    }
    // Each call: its op code, its argument count, its arguments.
    if (calls.reduce((n, c) => n + 1 + c.length, 0) > words) {
      throw new Error(
        `jdt wasm: a streamed task needs more than ${words} words`,
      );
    }
    const index = table / 8, start = index + 2 * ring + e * words;
    let w = start;
    for (const [name, ...args] of calls) {
      this.#f64[w] = OPS.indexOf(name);
      this.#f64[w + 1] = args.length;
      this.#f64.set(args, w + 2);
      w += 2 + args.length;
    }
    this.#f64[index + 2 * e] = start;
    this.#f64[index + 2 * e + 1] = w;
    this.#lists[e] = calls;
    Atomics.store(this.#i32, this.#h + HEADER.count, ++this.#released);
    Atomics.notify(this.#i32, this.#h + HEADER.count, 1);
  }

  /**
   * Runs the next ready task here, if one is.
   *
   * @returns Null when none was ready; else false when it met an invalid value.
   */
  runOne(): boolean | null {
    const t = claim(this.#i32, this.#h, this.#gen);
    if (t < 0) return null;
    const e = t % this.#s.ring;
    const ok = runCalls(this.#k, this.#lists[e]);
    if (!ok) Atomics.store(this.#i32, this.#h + HEADER.bad, 1);
    Atomics.store(this.#i32, this.#s.flags / 4 + e, t + 1);
    return ok;
  }

  /**
   * Whether task t is done.
   *
   * @param t The task.
   * @returns True once it is.
   */
  done(t: number): boolean {
    const flag = this.#s.flags / 4 + t % this.#s.ring;
    return Atomics.load(this.#i32, flag) === t + 1;
  }

  /**
   * Resolves once task t (released, taken by a worker) is done; throws a
   * worker's failure.
   *
   * @param t The task.
   */
  async wait(t: number): Promise<void> {
    const flag = this.#s.flags / 4 + t % this.#s.ring;
    for (let f; (f = Atomics.load(this.#i32, flag)) !== t + 1;) {
      await waitWhile(this.#i32, flag, f, this.#failed);
    }
    await throwIfTaskThrew(this.#i32, this.#h, this.#failed);
  }

  /** Throws the failure of a worker whose task threw in the pass, if one did. */
  async settled(): Promise<void> {
    await throwIfTaskThrew(this.#i32, this.#h, this.#failed);
  }

  /** Closes the pass: a worker waiting for a task leaves it. */
  close(): void {
    const i32 = this.#i32, h = this.#h;
    Atomics.store(i32, h + HEADER.next, CLOSED);
    Atomics.store(i32, h + HEADER.open, 0);
    // A worker about to wait for this count sees it changed and leaves.
    Atomics.store(i32, h + HEADER.count, -1);
    Atomics.notify(i32, h + HEADER.count);
  }
}
