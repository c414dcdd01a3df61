/**
 * The staged copy path: asynchronous calls on plain arrays, their chunks
 * copied through a ring of shared buffers and computed on two threads, agree
 * with the js backend, give the same result whichever thread ran which
 * chunk (a held worker: the calling thread runs them all), and hold the same
 * memory whatever the input size.
 */
import assert from "node:assert/strict";
import { createLoss, isInputError, jdtLoss } from "../../mod.ts";
import type { HostLossInput, LossOptions } from "../../src/core/types.ts";
import type { KernelCallList } from "../../src/wasm/abi.ts";
import { setWasmChunkElements } from "../../src/wasm/backend.ts";
import {
  holdWorkers,
  setWasmThreads,
  threadedKernels,
  threadsAvailable,
  workspaceThreadedPasses,
} from "../../src/wasm/threads.ts";
import {
  COMMAND_BYTES,
  openStream,
  StreamControl,
  streamPlace,
} from "../../src/wasm/command_block.ts";
import { stagedMemoryBytes } from "../../src/wasm/staged_backend.ts";

type Layout = "channels-first" | "channels-last";

/** A case: 3 images of 5 classes and 1004 pixels (a last chunk of 44). */
interface Case {
  name: string;
  layout: Layout;
  soft: boolean;
  prediction: "logits" | "probs";
  gradInto: boolean;
  options: LossOptions;
  keepMask?: boolean;
}

const B = 3, C = 5, N = 1004;

/** The inputs of a case, filled deterministically. */
function inputOf(k: Case): HostLossInput {
  const shape = k.layout === "channels-first" ? [B, C, N] : [B, N, C];
  const pred = new Float32Array(B * C * N);
  for (let i = 0; i < pred.length; i++) {
    const x = 3 * Math.sin(i * 0.37);
    pred[i] = k.prediction === "logits" ? x : 1 / (1 + Math.exp(-x));
  }
  let labels: Uint8Array | Float32Array;
  if (k.soft) {
    labels = new Float32Array(B * C * N);
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        for (let c = 0; c < C; c++) {
          const i = k.layout === "channels-first"
            ? (b * C + c) * N + n
            : (b * N + n) * C + c;
          labels[i] = c === (b + n) % C ? 0.8 : 0.05;
        }
      }
    }
  } else {
    labels = new Uint8Array(B * N).map((_, i) => (i * 7) % (C + 1));
  }
  const input: HostLossInput = { [k.prediction]: pred, labels, shape };
  if (k.keepMask) {
    input.keepMask = new Uint8Array(B * N).map((_, i) => i % 5 === 0 ? 0 : 1);
  }
  if (k.gradInto) input.gradInto = new Float32Array(B * C * N);
  return input;
}

const CASES: Case[] = [
  {
    name: "channels-first logits, gradInto",
    layout: "channels-first",
    soft: false,
    prediction: "logits",
    gradInto: true,
    options: { ignoreIndex: 5 },
  },
  {
    name: "channels-first soft labels, new gradient",
    layout: "channels-first",
    soft: true,
    prediction: "logits",
    gradInto: false,
    options: {},
  },
  {
    name: "channels-last logits, gradInto, keep mask",
    layout: "channels-last",
    soft: false,
    prediction: "logits",
    gradInto: true,
    options: { ignoreIndex: 5 },
    keepMask: true,
  },
  {
    name: "channels-last soft labels, probabilities",
    layout: "channels-last",
    soft: true,
    prediction: "probs",
    gradInto: true,
    options: {},
  },
  {
    name: "channels-first sigmoid, temperature, value only",
    layout: "channels-first",
    soft: false,
    prediction: "logits",
    gradInto: false,
    options: {
      activation: "sigmoid",
      temperature: 1.5,
      grad: false,
      ignoreIndex: 5,
    },
  },
];

/** One call of a case on a backend; gradient copied out. */
async function callCase(k: Case, backend: "js" | "wasm") {
  const input = inputOf(k);
  const before = workspaceThreadedPasses();
  const r = await jdtLoss(input, { ...k.options, backend, layout: k.layout });
  const grad = r.grad === undefined ? [] : Array.from(r.grad);
  if (k.gradInto) assert.equal(r.grad, input.gradInto, "grad is gradInto");
  const threaded = workspaceThreadedPasses() - before;
  return { value: r.value, grad, threaded, backend: r.backend };
}

/** Runs `f` with threads on and 80-pixel staged chunks (13 per image). */
async function staged<T>(f: () => Promise<T>): Promise<T> {
  setWasmThreads("on");
  setWasmChunkElements(5 * 40);
  try {
    return await f();
  } finally {
    setWasmThreads();
    setWasmChunkElements();
  }
}

/** Calls until a worker took part (a worker still starting takes none), at most 30. */
async function threadedCall(k: Case) {
  let r = await callCase(k, "wasm");
  for (let i = 0; i < 30 && r.threaded === 0; i++) {
    r = await callCase(k, "wasm");
  }
  return r;
}

function assertClose(a: number[], b: number[], what: string): void {
  assert.equal(a.length, b.length, `${what} length`);
  a.forEach((x, i) =>
    assert.ok(Math.abs(x - b[i]) <= 1e-6, `${what}[${i}]: ${x} vs ${b[i]}`)
  );
}

for (const k of CASES) {
  Deno.test(`wasm staged, ${k.name}: two threads agree with js, and a held worker changes no bit`, async () => {
    const js = await callCase(k, "js");
    await staged(async () => {
      const two = await threadedCall(k);
      assert.equal(two.backend, "wasm");
      assert.ok(Math.abs(two.value - js.value) <= 1e-6 * Math.abs(js.value));
      assertClose(two.grad, js.grad, "grad");
      if (!threadsAvailable()) return;
      assert.ok(two.threaded > 0, "a worker did some task");
      holdWorkers(true);
      try {
        const alone = await callCase(k, "wasm");
        assert.equal(alone.threaded, 0, "the held worker did no task");
        assert.equal(alone.value, two.value);
        assert.deepEqual(alone.grad, two.grad);
      } finally {
        holdWorkers(false);
      }
      const again = await callCase(k, "wasm");
      assert.equal(again.value, two.value);
      assert.deepEqual(again.grad, two.grad);
    });
  });
}

Deno.test("wasm staged: concurrent calls of one loss queue and each gets its own result", async () => {
  const k = CASES[0];
  const expect = await callCase(k, "js");
  await staged(async () => {
    const loss = createLoss({ backend: "wasm", ...k.options });
    const inputs = [0, 1, 2].map(() => inputOf(k));
    const rs = await Promise.all(inputs.map((x) => loss.compute(x)));
    for (const r of rs) {
      assert.ok(Math.abs(r.value - expect.value) <= 1e-6);
      assertClose(Array.from(r.grad!), expect.grad, "grad");
    }
    loss.dispose();
  });
});

Deno.test("wasm staged: the shared memory does not grow with the input", async () => {
  if (!threadsAvailable()) return;
  const sizes: number[] = [];
  for (const n of [1 << 15, 1 << 17]) {
    const logits = new Float32Array(4 * 19 * n).map((_, i) => (i % 13) / 4);
    const labels = new Uint8Array(4 * n).map((_, i) => i % 19);
    const gradInto = new Float32Array(logits.length);
    const r = await jdtLoss({ logits, labels, shape: [4, 19, n], gradInto }, {
      backend: "wasm",
    });
    assert.ok(Number.isFinite(r.value));
    sizes.push(stagedMemoryBytes());
  }
  assert.ok(sizes[0] > 0, "the staged path ran");
  assert.equal(sizes[1], sizes[0]);
  assert.ok(sizes[0] < 8 << 20, `${sizes[0]} bytes`);
});

/** Milliseconds from a child's large call to its exit (with or without releaseWasmThreads). */
async function exitAfter(release: boolean): Promise<number> {
  const child = new URL("./_staged_exit_child.ts", import.meta.url);
  const args = ["run", "-A", child.href, ...(release ? ["release"] : [])];
  const out = await new Deno.Command(Deno.execPath(), { args }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  return Number(new TextDecoder().decode(out.stdout).trim());
}

Deno.test("wasm staged: releaseWasmThreads() lets a Deno process exit at once, not 2 s after its last large call", async () => {
  if (!threadsAvailable()) return;
  const [kept, released] = await Promise.all([
    exitAfter(false),
    exitAfter(true),
  ]);
  assert.ok(kept >= 1500, `without it the worker kept the process ${kept} ms`);
  assert.ok(released < 1000, `with it the process exited after ${released} ms`);
});

Deno.test("wasm staged: an input transferred while its chunks stream gives a typed error naming it", async () => {
  if (!threadsAvailable()) return;
  const n = 1 << 16, shape = [2, 19, n];
  const fresh = () => ({
    logits: new Float32Array(2 * 19 * n).map((_, i) => (i % 13) / 4),
    labels: new Uint8Array(2 * n).map((_, i) => i % 19),
    shape,
  });
  const expect = (await jdtLoss(fresh(), { backend: "wasm" })).value;
  let rejected = 0;
  for (let i = 0; i < 20 && rejected === 0; i++) {
    const input = fresh();
    const pending = jdtLoss(input, { backend: "wasm" });
    // Runs at the call's first wait for the worker (a macrotask turn).
    setTimeout(() =>
      structuredClone(input.logits.buffer, { transfer: [input.logits.buffer] })
    );
    try {
      assert.equal((await pending).value, expect, "transferred after the call");
    } catch (e) {
      assert.ok(isInputError(e), String(e));
      assert.match((e as Error).message, /input\.logits.*detached/);
      rejected++;
    }
  }
  assert.ok(rejected > 0, "no transfer landed while a call was pending");
});

/**
 * A streamed pass of `ring` entries of `words` words on a new shared memory,
 * its table filled with 7 before it opens; null without shared memory.
 */
function openTestStream(ring: number, words: number) {
  const t = threadedKernels();
  if (t === null) return null;
  const { kernels: k, cmd } = t;
  const { place } = streamPlace(cmd + COMMAND_BYTES, ring, words);
  const f64 = new Float64Array(k.memory.buffer);
  f64.fill(7, place.table / 8, place.flags / 8);
  const gen = openStream(k.memory, cmd, place);
  return { f64, place, c: new StreamControl(k, cmd, place, gen, () => null) };
}

Deno.test("wasm streamed pass: a task longer than its table entry is refused before anything is written", () => {
  const s = openTestStream(2, 5);
  if (s === null) return; // no shared memory here
  const { f64, place: { table, flags }, c } = s;
  const call = ["interleavedFromPlanar", 0, 0, 1, 1, 1] as const;
  assert.throws(() => c.release([[...call]]), /more than 5 words/);
  assert.deepEqual(
    [...f64.subarray(table / 8, flags / 8)].filter((x) => x !== 7),
    [],
  );
  assert.equal(c.runOne(), null, "no task was released");
  c.close();
});

Deno.test("wasm streamed pass: a table entry is not reused before its task is done", () => {
  const s = openTestStream(2, 8);
  if (s === null) return; // no shared memory here
  const { c } = s;
  // Zero-pixel transposes: they touch no memory.
  const call = (): KernelCallList => [["interleavedFromPlanar", 0, 0, 1, 0, 1]];
  c.release(call());
  c.release(call());
  assert.throws(() => c.release(call()), /still holds a task/);
  assert.equal(c.runOne(), true, "task 0 runs here");
  assert.ok(c.done(0));
  c.release(call()); // entry 0 again, now that task 0 is done
  c.close();
});
