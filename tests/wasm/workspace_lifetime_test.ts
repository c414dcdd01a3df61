/**
 * Workspace lifetimes: workspaces made while a call runs (pipelining), views
 * of disposed workspaces, and a loss disposed while a workspace call is
 * pending.
 */
import assert from "node:assert/strict";
import {
  createLoss,
  isInputError,
  jdtLoss,
  jdtLossSync,
  JdtTypeError,
} from "../../mod.ts";
import type { Loss, LossResult, Workspace } from "../../mod.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";

/** 1×4×512×512: 2^20 logits, which run on two threads where workers can. */
const BIG = [1, 4, 512, 512];

/** Fills a workspace with batch `k`'s logits and labels (deterministic). */
function fillBatch(ws: Workspace, k: number): void {
  const z = ws.logits!, y = ws.labels, C = ws.shape[1];
  const N = z.length / C;
  for (let i = 0; i < z.length; i++) z[i] = 2 * Math.sin(0.013 * i + k);
  for (let n = 0; n < N; n++) y[n] = (n * 7 + k * 3 + (n >> 9)) % C;
}

/** The input of a workspace's views (gradient into the workspace). */
function viewsOf(ws: Workspace) {
  return {
    logits: ws.logits!,
    labels: ws.labels,
    shape: ws.shape,
    gradInto: ws.grad,
  };
}

/** The same input copied into plain arrays, computed on the copy path. */
function reference(ws: Workspace): Promise<LossResult> {
  return jdtLoss({
    logits: Float32Array.from(ws.logits!),
    labels: Uint8Array.from(ws.labels),
    shape: ws.shape,
  }, { backend: "wasm" });
}

/** A BIG workspace of `loss`, its logits and labels all `z` and `y`. */
function filled(loss: Loss, z: number, y: number): Workspace {
  const ws = loss.workspace(BIG, { labels: "uint8", prediction: "logits" });
  ws.logits!.fill(z);
  ws.labels.fill(y);
  return ws;
}

/** Starts a call on a new BIG workspace holding batch `k`, with the copy path's result for it. */
async function started(loss: Loss, k: number) {
  const ws = loss.workspace(BIG, { labels: "uint8", prediction: "logits" });
  fillBatch(ws, k);
  const want = await reference(ws);
  return { ws, want, pending: loss.compute(viewsOf(ws)) };
}

/** Checks a result against the copy path's. */
function assertSame(r: LossResult, want: LossResult, what: string): void {
  assertLossClose(r.value, want.value, what);
  assertGradClose(r.grad!, want.grad!, what);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test("a workspace made while a threaded call runs is not placed on its scratch", async () => {
  using loss = createLoss({ backend: "wasm" });
  const { want, pending } = await started(loss, 0);
  await sleep(1);
  const next = filled(loss, 7, 3);
  const r = await pending;
  assertSame(r, want, "the call running while a workspace was made");
  const changed = next.logits!.filter((v) => v !== 7).length +
    next.labels.filter((v) => v !== 3).length;
  assert.equal(changed, 0, "entries of the new workspace overwritten");
});

Deno.test("pipelining: batch k+1 filled in a new workspace while batch k runs", async () => {
  using loss = createLoss({ backend: "wasm" });
  const batches = 8;
  const memory: number[] = [];
  let perWorkspace = 0;
  let ws = loss.workspace(BIG, { labels: "uint8", prediction: "logits" });
  fillBatch(ws, 0);
  for (let k = 0; k < batches; k++) {
    const want = await reference(ws);
    const pending = loss.compute(viewsOf(ws));
    await sleep(1);
    let next: Workspace | null = null;
    if (k + 1 < batches) {
      next = loss.workspace(BIG, { labels: "uint8", prediction: "logits" });
      fillBatch(next, k + 1);
      memory.push(next.logits!.buffer.byteLength);
      perWorkspace = next.logits!.byteLength + next.labels.byteLength +
        (next.grad?.byteLength ?? 0);
    }
    assertSame(await pending, want, `batch ${k}`);
    ws.dispose();
    if (next !== null) ws = next;
  }
  // Disposed workspaces' bytes are reused: without reuse the memory would
  // grow by a workspace per batch (6 over batches 1 to 7). Where a loaded
  // machine delays a call's start past the next workspace's placement, the
  // call's scratch lands after it once, so one workspace's worth is allowed.
  const growth = memory.at(-1)! - memory[1];
  assert.ok(growth <= perWorkspace, `memory ${memory} (${perWorkspace} each)`);
});

Deno.test("views of a disposed workspace get a typed error naming the view", async () => {
  using loss = createLoss({ backend: "wasm" });
  const shape = [2, 3, 16, 16];
  const keep = loss.workspace([1, 2, 8], {
    labels: "uint8",
    prediction: "logits",
  });
  const old = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
  fillBatch(old, 1);
  await loss.compute(viewsOf(old));
  old.dispose();
  // Nothing live at those bytes, then a new workspace there.
  const rejectsNaming = async (input: object, argument: string) =>
    await assert.rejects(
      loss.compute(input as never),
      (e) =>
        e instanceof JdtTypeError && e.argument === argument &&
        /disposed workspace/.test(e.message),
      argument,
    );
  await rejectsNaming(viewsOf(old), "input.logits");
  // A view made from a disposed one, where no live workspace is.
  await rejectsNaming(
    { ...viewsOf(old), logits: old.logits!.subarray(0) },
    "input.logits",
  );
  const now = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
  assert.equal(now.logits!.byteOffset, old.logits!.byteOffset, "bytes reused");
  for (const a of [now.logits!, now.labels, now.grad]) {
    assert.ok(a.every((v) => v === 0), "a reused workspace starts at 0");
  }
  fillBatch(now, 2);
  await rejectsNaming(viewsOf(old), "input.logits");
  await rejectsNaming({ ...viewsOf(now), labels: old.labels }, "input.labels");
  await rejectsNaming(
    { ...viewsOf(now), gradInto: old.grad },
    "input.gradInto",
  );
  // The live workspace still works and was not touched.
  assertSame(await loss.compute(viewsOf(now)), await reference(now), "live");
  keep.dispose();
  now.dispose();
  await rejectsNaming(viewsOf(now), "input.logits");
});

Deno.test("a workspace disposed while a call on it runs keeps its bytes until the call ends", async () => {
  using loss = createLoss({ backend: "wasm" });
  const { ws, want, pending } = await started(loss, 5);
  ws.dispose();
  const next = filled(loss, -3, 2);
  next.grad.fill(9);
  assertSame(await pending, want, "the call on the disposed workspace");
  assert.ok(next.logits!.every((v) => v === -3), "new logits kept");
  assert.ok(next.grad.every((v) => v === 9), "new grad kept");
});

Deno.test("views of a disposed workspace are refused by jdtLoss and jdtLossSync too", async () => {
  const loss = createLoss({ backend: "wasm" });
  const ws = loss.workspace([1, 3, 8, 8], {
    labels: "uint8",
    prediction: "logits",
  });
  loss.dispose();
  const input = { logits: ws.logits!, labels: ws.labels, shape: ws.shape };
  const named = (e: unknown) =>
    e instanceof JdtTypeError && e.argument === "input.logits";
  for (const backend of ["js", "wasm"] as const) {
    await assert.rejects(jdtLoss(input, { backend }), named, backend);
    assert.throws(() => jdtLossSync(input, { backend }), named, backend);
  }
});

/** Starts a workspace call and disposes the loss before it ends. */
function computeThenDispose(loss: Loss, ws: Workspace): Promise<LossResult> {
  const pending = loss.compute(viewsOf(ws));
  loss.dispose();
  return pending;
}

for (const shape of [[2, 3, 8, 8], BIG]) {
  Deno.test(`dispose() while a workspace call is pending lets it finish (${shape.join("×")})`, async () => {
    const loss = createLoss({ backend: "wasm" });
    const ws = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
    fillBatch(ws, 3);
    const want = await reference(ws);
    assertSame(await computeThenDispose(loss, ws), want, "pending call");
    await assert.rejects(
      loss.compute(viewsOf(ws)),
      (e) => isInputError(e) && e.argument === "loss",
    );
  });
}

Deno.test("the `using` pattern: a function returns compute() of a loss it disposes", async () => {
  const run = (k: number) => {
    using loss = createLoss({ backend: "wasm" });
    const ws = loss.workspace(BIG, { labels: "uint8", prediction: "logits" });
    fillBatch(ws, k);
    return { ws, pending: loss.compute(viewsOf(ws)) };
  };
  const { ws, pending } = run(4);
  const r = await pending;
  assertSame(r, await reference(ws), "returned call");
});
