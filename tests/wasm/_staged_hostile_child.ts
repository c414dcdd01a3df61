/**
 * Child of staged_hostile_test.ts. Modes:
 *
 * - "leak": 4000 awaited staged calls back to back (threads on, 64-element
 *   chunks, so the worker stays alive and each pass waits often); prints the
 *   heap growth in bytes between call 1000 and call 4000 (after gc; run with
 *   --v8-flags=--expose-gc).
 * - "tasks": one call of 2^19 + 1 chunks (1-element chunks: 16 pixels
 *   each) and then one of 2^19 - 1; prints "done" once both agree with js
 *   (an error ends the child without it).
 */
import { jdtLoss, releaseWasmThreads } from "../../mod.ts";
import { setWasmChunkElements } from "../../src/wasm/backend.ts";
import { setWasmThreads } from "../../src/wasm/threads.ts";

if (Deno.args[0] === "leak") {
  const gc = (globalThis as unknown as { gc: () => void }).gc;
  const heap = () => {
    gc();
    gc();
    return Deno.memoryUsage().heapUsed;
  };
  const C = 4, N = 4096;
  setWasmThreads("on");
  setWasmChunkElements(64);
  const logits = new Float32Array(C * N).map((_, i) => Math.sin(i));
  const labels = new Uint8Array(N).map((_, i) => i % C);
  const gradInto = new Float32Array(C * N);
  let h1 = 0;
  for (let i = 1; i <= 4000; i++) {
    await jdtLoss({ logits, labels, shape: [1, C, N], gradInto }, {
      backend: "wasm",
    });
    if (i === 1000) h1 = heap();
  }
  console.log(heap() - h1);
  await releaseWasmThreads();
} else if (Deno.args[0] === "tasks") {
  setWasmChunkElements(1);
  for (const tasks of [(1 << 19) + 1, (1 << 19) - 1]) {
    const N = 16 * tasks;
    const logits = new Float32Array(N).map((_, i) => Math.sin(i));
    const labels = new Uint8Array(N).map((_, i) => i % 2);
    const input = { logits, labels, shape: [1, 1, N] };
    const o = { activation: "sigmoid", grad: false } as const;
    const wasm = await jdtLoss(input, { ...o, backend: "wasm" });
    const js = await jdtLoss(input, { ...o, backend: "js" });
    if (!(Math.abs(wasm.value - js.value) <= 1e-6)) {
      throw new Error(`${tasks} tasks: ${wasm.value} against js ${js.value}`);
    }
  }
  console.log("done");
  await releaseWasmThreads();
}
