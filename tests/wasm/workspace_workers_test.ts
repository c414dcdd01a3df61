/**
 * Where workers cannot start (a page CSP that blocks `blob:` workers, say),
 * threaded workspace calls run on one thread instead of rejecting.
 */
import assert from "node:assert/strict";
import { createLoss, jdtLoss } from "../../mod.ts";
import {
  threadsAvailable,
  workspaceThreadedPasses,
} from "../../src/wasm/threads.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";

/** A Worker whose start fails as a blocked `blob:` worker's does: an `error` event with no message. */
class BlockedWorker extends EventTarget {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.(new Event("error")), 1);
  }
  terminate(): void {}
}

/** A Worker whose constructor throws (some browsers refuse at once). */
class ThrowingWorker {
  constructor() {
    throw new DOMException("blob: workers are blocked", "SecurityError");
  }
}

/** Two calls of 2^20 logits on one loss with `Worker` replaced by `stub`. */
async function twoCalls(stub: unknown) {
  const shape = [1, 4, 512, 512];
  const real = globalThis.Worker;
  globalThis.Worker = stub as typeof Worker;
  try {
    using loss = createLoss({ backend: "wasm" });
    const ws = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
    for (let i = 0; i < ws.logits!.length; i++) ws.logits![i] = Math.cos(i);
    for (let i = 0; i < ws.labels.length; i++) ws.labels[i] = (i * 5) % 4;
    const want = await jdtLoss({
      logits: Float32Array.from(ws.logits!),
      labels: Uint8Array.from(ws.labels),
      shape,
    }, { backend: "wasm" });
    const input = { logits: ws.logits!, labels: ws.labels, shape };
    const threaded = workspaceThreadedPasses();
    for (const call of ["first", "second"]) {
      const r = await loss.compute({ ...input, gradInto: ws.grad });
      assertLossClose(r.value, want.value, `${call} call`);
      assertGradClose(r.grad!, want.grad!, `${call} call`);
    }
    assert.equal(workspaceThreadedPasses(), threaded, "no pass on workers");
  } finally {
    globalThis.Worker = real;
  }
}

for (
  const [name, stub] of [["an error event", BlockedWorker], [
    "a throwing constructor",
    ThrowingWorker,
  ]] as const
) {
  Deno.test(`workers that fail to start (${name}): threaded workspace calls run on one thread`, async () => {
    assert.ok(threadsAvailable(), "this test needs two hardware threads");
    await twoCalls(stub);
  });
}
