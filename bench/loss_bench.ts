/**
 * W1/W2/W3 on the js and wasm backends, with a streaming baseline in the same
 * run: the inputs copied into wasm memory in chunks and read once with f32x4
 * loads, and (for value + gradient) a fresh gradient-sized Float32Array
 * written, which is the least any backend must do. For W1 and W2 a second
 * group writes the gradient into one reused array (`input.gradInto`, as a
 * training loop would), both for the baseline and for wasm: on machines where
 * first touching fresh memory is slow (page faults), that separates the passes
 * from the allocation.
 * `bench/compare.ts` prints the ratios.
 */
import { jdtLoss } from "../mod.ts";
import { instantiateJdtWasm } from "../src/wasm/module.ts";
import { seeded, w1, w2, w3, type Workload } from "./_workloads.ts";

const CHUNK = 1 << 16;
const stream = instantiateJdtWasm() as unknown as {
  memory: WebAssembly.Memory;
  heapBase(): number;
  streamSum(ptr: number, n: number): number;
};
const base = (stream.heapBase() + 63) & ~63;
stream.memory.grow(Math.ceil((base + 4 * CHUNK) / 65536));
const heap = new Float32Array(stream.memory.buffer, base, CHUNK);

/** Reads `a` once through wasm memory; returns a checksum. */
function readOnce(a: Float32Array | Uint8Array | Uint16Array | Int32Array) {
  const f = a instanceof Float32Array || a instanceof Int32Array
    ? new Float32Array(a.buffer, a.byteOffset, a.length)
    : new Float32Array(a.buffer, a.byteOffset, a.byteLength >> 2);
  let s = 0;
  for (let i = 0; i < f.length; i += CHUNK) {
    const part = f.subarray(i, i + CHUNK);
    heap.set(part);
    s += stream.streamSum(base, part.length & ~15);
  }
  return s;
}

/** The streaming baseline: read every input once, write a gradient (fresh unless `out`). */
function baseline(w: Workload, out?: Float32Array): number {
  const { input } = w;
  let s = readOnce((input.logits ?? input.probs)!) + readOnce(input.labels);
  if (w.options.grad !== false) {
    const grad = out ?? new Float32Array(w.elements);
    for (let i = 0; i < grad.length; i += CHUNK) {
      grad.set(heap.subarray(0, Math.min(CHUNK, grad.length - i)), i);
    }
    s += grad[grad.length - 1];
  }
  return s;
}

for (const w of [w1(), w2(), w3()]) {
  Deno.bench({
    group: w.group,
    name: "baseline: stream",
    baseline: true,
    n: 10,
    warmup: 2,
    fn() {
      baseline(w);
    },
  });
  Deno.bench({
    group: w.group,
    name: "wasm",
    n: 10,
    warmup: 2,
    async fn() {
      await jdtLoss(w.input, { ...w.options, backend: "wasm" });
    },
  });
  Deno.bench({
    group: w.group,
    name: "js",
    n: 3,
    warmup: 1,
    async fn() {
      await jdtLoss(w.input, { ...w.options, backend: "js" });
    },
  });
}

for (const w of [w1(), w2()]) {
  const group = `${w.group} (grad reused)`;
  const out = new Float32Array(w.elements);
  const input = { ...w.input, gradInto: out };
  Deno.bench({
    group,
    name: "baseline: stream",
    baseline: true,
    n: 10,
    warmup: 2,
    fn() {
      baseline(w, out);
    },
  });
  Deno.bench({
    group,
    name: "wasm",
    n: 10,
    warmup: 2,
    async fn() {
      await jdtLoss(input, { ...w.options, backend: "wasm" });
    },
  });
}

// Small inputs, for the choice of "auto" between js and wasm (selectBackend
// in src/backend.ts): js is the baseline here.
for (const [C, N] of [[2, 2], [4, 4], [4, 16], [8, 32], [19, 256]]) {
  const rand = seeded(C * 1000 + N);
  const input = {
    logits: Float32Array.from({ length: C * N }, () => (rand() - 0.5) * 8),
    shape: [1, C, N],
    labels: Uint8Array.from({ length: N }, () => Math.floor(rand() * C)),
  };
  const group = `small 1x${C}x${N}`;
  for (const backend of ["js", "wasm"] as const) {
    Deno.bench({
      group,
      name: backend,
      baseline: backend === "js",
      warmup: 200,
      async fn() {
        await jdtLoss(input, { backend });
      },
    });
  }
}
