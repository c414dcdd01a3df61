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
) {
  const B = 3, C = 5, N = 1000 + 4; // 1004: a tail past the last block of 8
  const shape = layout === "channels-first" ? [B, C, N] : [B, N, C];
  const loss = createLoss({ backend: "wasm", layout });
  const ws = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
  for (let i = 0; i < ws.logits!.length; i++) {
    ws.logits![i] = 3 * Math.sin(i * 0.37);
  }
  for (let i = 0; i < ws.labels.length; i++) ws.labels[i] = (i * 7) % C;
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
  Deno.test(`wasm workspace, ${layout}: two threads give the one-thread value and gradient exactly`, async () => {
    const one = await run("off", layout);
    const two = await run("on", layout);
    assert.equal(one.threaded, 0);
    if (two.threaded === 0) return; // no workers in this runtime
    assert.equal(two.threaded, 2);
    assert.equal(two.value, one.value);
    assert.deepEqual(two.grad, one.grad);
  });
}
