/** Threaded workspace passes: chunks taken from a shared counter give the one-thread result bit for bit. */
import assert from "node:assert/strict";
import { createLoss } from "../../mod.ts";
import { setWasmChunkElements } from "../../src/wasm/backend.ts";
import {
  setWorkspaceThreads,
  type ThreadMode,
  workspaceThreadedPasses,
} from "../../src/wasm/workspace.ts";

/** Value and gradient of one workspace call under a thread mode. */
async function run(
  mode: ThreadMode,
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
  setWorkspaceThreads(mode);
  setWasmChunkElements(C * 40); // 40 pixels a chunk: many per image, none split at 504
  try {
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
  } finally {
    setWorkspaceThreads();
    setWasmChunkElements();
    ws.dispose();
  }
}

for (const layout of ["channels-first", "channels-last"] as const) {
  for (const labels of ["uint8", "float32"] as const) {
    Deno.test(`wasm workspace, ${layout}, ${labels} labels: two threads give the one-thread value and gradient exactly`, async () => {
      const one = await run("off", layout, labels);
      const two = await run("on", layout, labels);
      assert.equal(one.threaded, 0);
      if (two.threaded === 0) return; // no workers in this runtime
      assert.equal(two.threaded, 2);
      assert.equal(two.value, one.value);
      assert.deepEqual(two.grad, one.grad);
    });
  }
}
