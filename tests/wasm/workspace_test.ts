import assert from "node:assert/strict";
import fc from "npm:fast-check@4.11.0";
import { createLoss, isInputError, jdtLoss, JdtRangeError } from "../../mod.ts";
import type { Loss, Workspace, WorkspaceLabels } from "../../mod.ts";
import type { HostLossInput, LossOptions } from "../../src/core/types.ts";
import { setWasmChunkElements } from "../../src/wasm/backend.ts";
import { POINTER_CHUNKS } from "../../src/wasm/pointer_feed.ts";
import { setWasmBuild } from "../../src/wasm/module.ts";
import {
  setWasmThreads,
  type ThreadMode,
  workspaceThreadedPasses,
} from "../../src/wasm/threads.ts";
import {
  assertGradClose,
  assertLossClose,
  caseInput,
  caseOptions,
  loadLossCases,
} from "../_golden.ts";
import { randomCase } from "../_random.ts";
import { assertParityWithJs } from "../_float32_parity.ts";
import { toChannelsLast } from "../_layout.ts";
import { runWithoutPermissions } from "../_no_permissions.ts";

/** Where the gradient goes: the workspace's array, a user array, or a new one. */
type GradTarget = "workspace" | "user" | "none";

/** The narrowest workspace label format that holds a hard-label array. */
function labelFormat(labels: HostLossInput["labels"]): WorkspaceLabels {
  if (labels instanceof Float32Array) return "float32";
  const values = Array.from(labels as ArrayLike<number>);
  if (values.every((v) => v >= 0 && v <= 255)) return "uint8";
  if (values.every((v) => v >= 0 && v <= 65535)) return "uint16";
  return "int32";
}

/** Copies an input into a new workspace of `loss`; returns the input made of its arrays. */
function intoWorkspace(
  loss: Loss,
  input: HostLossInput,
  grad: GradTarget,
): { ws: Workspace; input: HostLossInput } {
  const prediction = input.logits ? "logits" : "probs";
  const ws = loss.workspace(input.shape, {
    labels: labelFormat(input.labels),
    prediction,
    keepMask: input.keepMask !== undefined,
  });
  const pred = ws[prediction]!;
  pred.set((input.logits ?? input.probs)!);
  (ws.labels as Float32Array).set(input.labels as ArrayLike<number>);
  if (input.keepMask) ws.keepMask!.set(input.keepMask);
  const out: HostLossInput = {
    [prediction]: pred,
    shape: input.shape,
    labels: ws.labels,
  };
  if (input.keepMask) out.keepMask = ws.keepMask;
  if (grad === "workspace") out.gradInto = ws.grad;
  if (grad === "user") out.gradInto = new Float32Array(pred.length);
  return { ws, input: out };
}

/** Runs `f` under each thread mode and both builds. */
async function eachSetting(
  f: (what: string) => Promise<void>,
  modes: ThreadMode[] = ["off", "on"],
) {
  for (const build of ["relaxed", "simd"] as const) {
    for (const mode of modes) {
      setWasmBuild(build);
      setWasmThreads(mode);
      try {
        await f(`${build}, threads ${mode}`);
      } finally {
        setWasmBuild();
        setWasmThreads();
      }
    }
  }
}

Deno.test("workspace arrays give the golden values, both layouts, one and two threads, both builds", async () => {
  const threaded = workspaceThreadedPasses();
  await eachSetting(async (setting) => {
    // Each loss starts its own workers: a sixth of the cases with threads on.
    const every = setting.endsWith("on") ? 6 : 1;
    for (const c of loadLossCases().filter((_, i) => i % every === 0)) {
      const first = caseInput(c);
      const want = c.referenceArtifacts
        ? await jdtLoss(first, { ...caseOptions(c), backend: "js" })
        : { value: c.loss, grad: Float32Array.from(c.gradLogits) };
      const [B, C] = c.shape;
      const N = first.logits!.length / (B * C);
      for (const layout of ["channels-first", "channels-last"] as const) {
        const last = layout === "channels-last";
        const input: HostLossInput = last
          ? {
            ...first,
            logits: toChannelsLast(first.logits!, B, C, N),
            shape: [B, ...c.shape.slice(2), C],
            labels: first.labels instanceof Float32Array
              ? toChannelsLast(first.labels, B, C, N)
              : first.labels,
          }
          : first;
        using loss = createLoss({ ...caseOptions(c), layout, backend: "wasm" });
        const { input: wsInput } = intoWorkspace(loss, input, "workspace");
        const before = workspaceThreadedPasses();
        let r = await loss.compute(wsInput);
        // With threads, again until a worker (started by the first call) did a task.
        for (let i = 0; i < 20 && every > 1; i++) {
          if (workspaceThreadedPasses() > before) break;
          await new Promise((wake) => setTimeout(wake, 5));
          r = await loss.compute(wsInput);
        }
        const what = `${c.name} (${layout}, ${setting})`;
        assertLossClose(r.value, want.value, what);
        assert.equal(r.grad, wsInput.gradInto);
        if (!c.nonDifferentiable) {
          const g = last
            ? toChannelsLast(Float32Array.from(want.grad!), B, C, N)
            : want.grad!;
          assertGradClose(r.grad!, g, what);
        }
      }
    }
  });
  assert.ok(workspaceThreadedPasses() > threaded, "threads were used");
});

Deno.test("workspace arrays agree with the js backend on random problems, wherever the gradient goes", async () => {
  await eachSetting(async () => {
    await fc.assert(
      fc.asyncProperty(
        randomCase({ maxB: 3, maxC: 6, maxSide: 11 }),
        fc.constantFrom<GradTarget>("workspace", "user", "none"),
        fc.boolean(),
        async ({ input, options }, grad, valueOnly) => {
          const opts: LossOptions = { ...options, grad: !valueOnly };
          using loss = createLoss({ ...opts, backend: "wasm" });
          const { input: wsInput } = intoWorkspace(loss, input, grad);
          const r = await loss.compute(wsInput);
          await assertParityWithJs(input, opts, "wasm", r);
          if (valueOnly) return assert.equal(r.grad, undefined);
          if (grad !== "none") assert.equal(r.grad, wsInput.gradInto);
        },
      ),
      { numRuns: 60 },
    );
  });
});

Deno.test("workspace calls spanning many chunks and both threads equal the copy path", async () => {
  const cases = fc.sample(randomCase({ maxB: 2, maxC: 7, maxSide: 40 }), {
    numRuns: 12,
    seed: 11,
  });
  // A few dozen pixels per chunk by pointer (4x the copy feed's chunk).
  setWasmChunkElements(7 * 24 / POINTER_CHUNKS);
  try {
    await eachSetting(async (setting) => {
      for (const { input, options } of cases) {
        const copy = await jdtLoss(input, { ...options, backend: "wasm" });
        using loss = createLoss({ ...options, backend: "wasm" });
        const { input: wsInput } = intoWorkspace(loss, input, "workspace");
        const r = await loss.compute(wsInput);
        assertLossClose(r.value, copy.value, setting);
        assertGradClose(r.grad!, copy.grad!, setting);
      }
    });
  } finally {
    setWasmChunkElements();
  }
});

Deno.test("workspace inputs with invalid values get the typed error, with threads too", async () => {
  await eachSetting(async () => {
    using loss = createLoss({ backend: "wasm", ignoreIndex: 255 });
    const shape = [2, 3, 8, 5];
    const ws = loss.workspace(shape, {
      labels: "uint8",
      prediction: "logits",
      keepMask: true,
    });
    ws.logits!.fill(0.5);
    ws.keepMask!.fill(1);
    ws.keepMask![77] = 0;
    ws.logits![3 * 40 + 37] = NaN; // class 0 of image 1's dropped pixel 37
    const input = {
      logits: ws.logits!,
      shape,
      labels: ws.labels,
      keepMask: ws.keepMask,
      gradInto: ws.grad,
    };
    await assert.rejects(
      loss.compute(input),
      (e) => e instanceof JdtRangeError && /input\.logits/.test(e.message),
    );
    ws.logits!.fill(0.5);
    ws.labels[79] = 7;
    await assert.rejects(
      loss.compute(input),
      (e) => e instanceof JdtRangeError && /input\.labels/.test(e.message),
    );
  });
});

Deno.test("workspace arrays stay valid when later workspaces grow the memory", async () => {
  const [c] = fc.sample(randomCase({ maxC: 4 }), { numRuns: 1, seed: 3 });
  using loss = createLoss({ ...c.options, backend: "wasm" });
  const { input } = intoWorkspace(loss, c.input, "workspace");
  const before = await loss.compute(input);
  const grad = Float32Array.from(before.grad!);
  const big = loss.workspace([4, 8, 512, 512], {
    labels: "float32",
    prediction: "logits",
  });
  assert.equal(big.grad.length, 4 * 8 * 512 * 512);
  const after = await loss.compute(input);
  assert.equal(after.value, before.value);
  assert.deepEqual(after.grad, grad);
  big.dispose();
});

Deno.test("workspace() checks its arguments with typed errors", () => {
  using loss = createLoss({ backend: "wasm" });
  const bad: [unknown, unknown, string][] = [
    [[1, 2, 3], { labels: "int8", prediction: "logits" }, "options.labels"],
    [[1, 2, 3], { labels: "int32", prediction: "x" }, "options.prediction"],
    [
      [1, 2, 3],
      { labels: "int32", prediction: "probs", keepMask: 1 },
      "options.keepMask",
    ],
    [
      [1, 2, 3],
      { labels: "int32", prediction: "probs", mask: true },
      "options.mask",
    ],
    [[1, 2, 3], null, "options"],
    [[1, 0, 3], { labels: "int32", prediction: "probs" }, "shape"],
    [[2], { labels: "int32", prediction: "probs" }, "shape"],
    [
      [1 << 16, 1 << 8, 1 << 8],
      { labels: "float32", prediction: "probs" },
      "shape",
    ],
    [[1e308, 2], { labels: "int32", prediction: "probs" }, "shape"],
    [[2, 1e308, 1e308], { labels: "int32", prediction: "probs" }, "shape"],
    [[2 ** 53, 2], { labels: "int32", prediction: "probs" }, "shape"],
    [[1, 2.5, 3], { labels: "int32", prediction: "probs" }, "shape"],
    [
      [1, 2 ** 16, 2 ** 16, 2],
      { labels: "uint8", prediction: "probs" },
      "shape",
    ],
  ];
  for (const [shape, options, argument] of bad) {
    assert.throws(
      () => loss.workspace(shape as number[], options as never),
      (e) => isInputError(e) && e.argument === argument,
      argument,
    );
  }
});

Deno.test("a refused workspace shape leaves later workspaces apart", () => {
  using loss = createLoss({ backend: "wasm" });
  const options = { labels: "int32", prediction: "probs" } as const;
  let refusal: unknown = null;
  try {
    loss.workspace([1e308, 2], options);
  } catch (e) {
    refusal = e;
  }
  const a = loss.workspace([1, 2, 64], options);
  const b = loss.workspace([1, 2, 64], options);
  a.probs!.fill(0.25);
  a.labels.fill(1);
  b.probs!.fill(0.5);
  b.labels.fill(0);
  assert.ok(
    a.probs!.every((v) => v === 0.25) && a.labels.every((v) => v === 1),
  );
  assert.ok(b.probs!.every((v) => v === 0.5) && b.labels.every((v) => v === 0));
  assert.ok(isInputError(refusal) && refusal.argument === "shape");
});

Deno.test("workspaces on two threads need no permission", async () => {
  const mod = JSON.stringify(new URL("../../mod.ts", import.meta.url).href);
  const threads = JSON.stringify(
    new URL("../../src/wasm/threads.ts", import.meta.url).href,
  );
  const code = `
    import { createLoss } from ${mod};
    import { workspaceThreadedPasses } from ${threads};
    using loss = createLoss({ backend: "wasm" });
    const shape = [2, 4, 512, 256];
    const ws = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
    ws.logits.fill(0.25);
    // A worker still starting takes no task: call again until one took part
    // (a worker that cannot start never does).
    let r;
    for (let i = 0; i < 30 && workspaceThreadedPasses() === 0; i++) {
      r = await loss.compute({ logits: ws.logits, shape, labels: ws.labels, gradInto: ws.grad });
    }
    console.log(r.backend, Number.isFinite(r.value), r.grad === ws.grad, workspaceThreadedPasses() > 0);
  `;
  const out = await runWithoutPermissions(code);
  assert.equal(out.code, 0, out.stderr);
  assert.equal(out.stdout, "wasm true true true");
});
