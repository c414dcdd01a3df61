/**
 * The command block of a threaded pass, in shared wasm memory: a fixed
 * 64-byte header the workers wait on (`Atomics.wait` on its generation), and
 * per pass a table of tasks (call lists, float64 words) that every thread,
 * the calling one included, takes from a shared counter until none is left.
 * Each thread has its own slot of chunk buffers; the table names slot 0's,
 * and a worker moves those pointers into its slot.
 *
 * @module
 */

import { type KernelCallList, type LossKernels, OPS, runCalls } from "./abi.ts";

/** Int32 word of each header field, from the block's start. */
export const HEADER = {
  /** Pass generation: bumped (and notified) to start a pass. */
  gen: 0,
  /** Next task to take. */
  next: 1,
  /** Tasks of the pass. */
  count: 2,
  /** Set to 1 when a `lossStats` call met an invalid value. */
  bad: 3,
  /** Byte offset of the table (its first count + 1 words index the tasks). */
  table: 4,
  /** Byte offset of thread slot 0's chunk buffers. */
  base: 5,
  /** Bytes from one thread slot to the next. */
  span: 6,
} as const;

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
 */
export function publish(
  memory: WebAssembly.Memory,
  cmd: number,
  t: PassTable,
): void {
  const f64 = new Float64Array(memory.buffer);
  const i32 = new Int32Array(memory.buffer);
  const index = t.table / 8, n = t.tasks.length;
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
  const h = cmd / 4;
  Atomics.store(i32, h + HEADER.next, 0);
  Atomics.store(i32, h + HEADER.count, n);
  Atomics.store(i32, h + HEADER.bad, 0);
  Atomics.store(i32, h + HEADER.table, t.table);
  Atomics.store(i32, h + HEADER.base, t.base);
  Atomics.store(i32, h + HEADER.span, t.span);
  Atomics.add(i32, h + HEADER.gen, 1);
  Atomics.notify(i32, h + HEADER.gen);
}

/**
 * Takes tasks on the calling thread (slot 0) until none is left.
 *
 * @param k The calling thread's kernels.
 * @param cmd Byte offset of the header.
 * @param tasks The pass's tasks.
 * @returns False when this thread met an invalid value.
 */
export function takeTasks(
  k: LossKernels,
  cmd: number,
  tasks: KernelCallList[],
): boolean {
  const i32 = new Int32Array(k.memory.buffer), h = cmd / 4;
  let ok = true;
  for (let i; (i = Atomics.add(i32, h + HEADER.next, 1)) < tasks.length;) {
    if (!runCalls(k, tasks[i])) {
      ok = false;
      Atomics.store(i32, h + HEADER.bad, 1);
    }
  }
  return ok;
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
