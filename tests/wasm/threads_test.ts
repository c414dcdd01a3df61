/** Threaded workspace passes: chunks taken from a shared counter give the one-thread result bit for bit. */
import assert from "node:assert/strict";
import { createLoss } from "../../mod.ts";
import { setWasmChunkElements } from "../../src/wasm/backend.ts";
import { POINTER_CHUNKS } from "../../src/wasm/pointer_feed.ts";
import {
  holdWorkers,
  setWasmThreads,
  type ThreadMode,
  threadsAvailable,
  workspaceThreadedPasses,
} from "../../src/wasm/threads.ts";

/** Inputs of one case: 3 images of 5 classes and 1004 pixels, logits and labels filled. */
function workspaceOf(
  layout: "channels-first" | "channels-last",
  labels: "uint8" | "float32",
) {
  const B = 3, C = 5, N = 1000 + 4; // 1004: a tail past the last block of 8
  const shape = layout === "channels-first" ? [B, C, N] : [B, N, C];
  const loss = createLoss({ backend: "wasm", layout });
  const ws = loss.workspace(shape, { labels, prediction: "logits" });
  for (let i = 0; i < ws.logits!.length; i++) {
    ws.logits![i] = 3 * Math.sin(i * 0.37);
  }
  if (labels === "uint8") {
    for (let i = 0; i < ws.labels.length; i++) ws.labels[i] = (i * 7) % C;
  } else {
    // Soft labels: 0.8 on class (b + n) % C of each pixel, the rest spread.
    for (let b = 0; b < B; b++) {
      for (let n = 0; n < N; n++) {
        for (let c = 0; c < C; c++) {
          const i = layout === "channels-first"
            ? (b * C + c) * N + n
            : (b * N + n) * C + c;
          ws.labels[i] = c === (b + n) % C ? 0.8 : 0.05;
        }
      }
    }
  }
  const call = async () => {
    const before = workspaceThreadedPasses();
    const r = await loss.compute({
      logits: ws.logits!,
      labels: ws.labels,
      shape,
      gradInto: ws.grad,
    });
    return {
      value: r.value,
      grad: Array.from(ws.grad),
      threaded: workspaceThreadedPasses() - before,
    };
  };
  return { ws, shape, layout, call };
}

/**
 * Calls on one workspace under a thread mode, 40 pixels a chunk (many per
 * image, none split at 504): one call, or with threads until a worker did
 * some task of a call (a worker still starting takes none) or 30 calls.
 */
async function run(
  mode: ThreadMode,
  layout: "channels-first" | "channels-last",
  labels: "uint8" | "float32",
) {
  const { ws, call } = workspaceOf(layout, labels);
  setWasmThreads(mode);
  setWasmChunkElements(5 * 40 / POINTER_CHUNKS);
  try {
    const out = [await call()];
    while (mode === "on" && out.at(-1)!.threaded === 0 && out.length < 30) {
      out.push(await call());
    }
    return out;
  } finally {
    setWasmThreads();
    setWasmChunkElements();
    ws.dispose();
  }
}

for (const layout of ["channels-first", "channels-last"] as const) {
  for (const labels of ["uint8", "float32"] as const) {
    Deno.test(`wasm workspace, ${layout}, ${labels} labels: two threads give the one-thread value and gradient exactly`, async () => {
      const [one] = await run("off", layout, labels);
      const two = await run("on", layout, labels);
      assert.equal(one.threaded, 0);
      if (!threadsAvailable()) return; // no workers in this runtime
      assert.ok(two.at(-1)!.threaded > 0, "a worker did some task");
      for (const r of two) {
        assert.equal(r.value, one.value);
        assert.deepEqual(r.grad, one.grad);
      }
    });
  }
}

Deno.test("wasm workspace: a threaded call completes, with the js value and gradient, while its worker is not scheduled", async () => {
  const { ws, shape, layout, call } = workspaceOf("channels-first", "float32");
  const js = await createLoss({ backend: "js", layout }).compute({
    logits: ws.logits!.slice(),
    labels: ws.labels.slice(),
    shape,
    gradInto: new Float32Array(ws.grad.length),
  });
  setWasmThreads("on");
  setWasmChunkElements(5 * 40 / POINTER_CHUNKS);
  try {
    // Until the worker is started and has done a task.
    for (let i = 0; i < 30 && (await call()).threaded === 0; i++);
    holdWorkers(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((ok) => {
      timer = setTimeout(() => ok("late"), 3000);
    });
    const r = await Promise.race([call(), late]);
    clearTimeout(timer);
    holdWorkers(false);
    assert.notEqual(r, "late", "the call waited for its held worker");
    if (r === "late") return;
    assert.equal(r.threaded, 0, "the held worker did no task");
    assert.ok(Math.abs(r.value - js.value) < 1e-6, `${r.value} vs ${js.value}`);
    const g = js.grad as Float32Array;
    r.grad.forEach((x, i) => assert.ok(Math.abs(x - g[i]) < 1e-6, `grad ${i}`));
    // The released worker finds that pass over; the next ones stay exact.
    for (let i = 0; i < 3; i++) {
      const next = await call();
      assert.equal(next.value, r.value);
      assert.deepEqual(next.grad, r.grad);
    }
  } finally {
    holdWorkers(false);
    setWasmThreads();
    setWasmChunkElements();
    ws.dispose();
  }
});
