/**
 * Regression tests from a hostile review of the staged copy path
 * (src/wasm/staged_feed.ts, staged_backend.ts, StreamControl in
 * command_block.ts). Each test here failed when written, before its fix.
 */
import assert from "node:assert/strict";
import { isInputError, jdtLoss } from "../../mod.ts";
import { threadsAvailable } from "../../src/wasm/threads.ts";

const child = new URL("./_staged_hostile_child.ts", import.meta.url);

/** Runs the child in `mode`; kills it after `ms` (then `timedOut`). */
async function runChild(mode: string, ms: number, flags: string[] = []) {
  const cmd = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", ...flags, child.href, mode],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cmd.kill("SIGKILL");
  }, ms);
  const out = await cmd.output();
  clearTimeout(timer);
  const text = (b: Uint8Array) => new TextDecoder().decode(b).trim();
  return { timedOut, stdout: text(out.stdout), stderr: text(out.stderr) };
}

Deno.test("wasm staged hostile: back-to-back staged calls do not grow the heap while the worker lives", async () => {
  if (!threadsAvailable()) return;
  // Once, StreamControl.wait raced each wake-up against the pool's failure
  // promise, which lives as long as the worker: every wait left a reaction
  // on it, so a loop of calls (a training loop never idles 2 s) leaked
  // ~0.4 KB per call at the default chunk size, ~1.7 KB with small chunks.
  const r = await runChild("leak", 120_000, ["--v8-flags=--expose-gc"]);
  assert.ok(!r.timedOut, "child timed out");
  const grown = Number(r.stdout);
  assert.ok(Number.isFinite(grown), `${r.stdout} ${r.stderr}`);
  assert.ok(
    grown < 1 << 20,
    `heap grew ${(grown / 2 ** 20).toFixed(2)} MB over 3000 calls`,
  );
});

Deno.test("wasm staged hostile: a call of more than 2^19 chunks settles (no hang)", async () => {
  if (!threadsAvailable()) return;
  // The claim word keeps the task index in its low 19 bits (TAG_SHIFT);
  // publish() refused >= 2^19 tasks, but a streamed pass released any number:
  // the 2^19-th claim carried into the tag bits, no thread could claim, and
  // the calling thread waited forever. (Reached with setWasmChunkElements(1):
  // the one call of 2^19 - 1 chunks takes ~1 s.)
  const r = await runChild("tasks", 30_000);
  assert.ok(!r.timedOut, `hung: ${r.stdout} ${r.stderr}`);
  assert.equal(r.stdout, "done", r.stderr);
});

Deno.test("wasm staged hostile: an input whose resizable buffer shrinks mid-call gives a typed error or the right result", async () => {
  if (!threadsAvailable()) return;
  // The wasm paths once checked byteLength === 0 only: a length-tracking view
  // of a resizable ArrayBuffer that shrank while the chunks streamed gave an
  // untyped RangeError ("offset is out of bounds"), NaN in the gradient, or
  // a silently wrong value and gradient (labels read as 0).
  const B = 2, C = 19, N = 27601, n = B * C * N;
  const logits0 = new Float32Array(n).map((_, i) => 3 * Math.sin(i * 0.37));
  const labels0 = new Uint8Array(B * N).map((_, i) => (i * 7) % C);
  const want = await jdtLoss({
    logits: logits0,
    labels: labels0,
    shape: [B, C, N],
  }, { backend: "js" });
  const problems: string[] = [];
  for (const which of ["logits", "labels"] as const) {
    for (let i = 0; i < 10; i++) {
      const bytes = which === "logits" ? 4 * n : B * N;
      const rab = new ArrayBuffer(bytes, { maxByteLength: bytes });
      const logits = which === "logits"
        ? new Float32Array(rab)
        : logits0.slice();
      const labels = which === "labels" ? new Uint8Array(rab) : labels0.slice();
      if (which === "logits") logits.set(logits0);
      else labels.set(labels0);
      const pending = jdtLoss({ logits, labels, shape: [B, C, N] }, {
        backend: "wasm",
      });
      setTimeout(() => rab.resize(which === "logits" ? 4000 : 100));
      try {
        const r = await pending;
        const g = r.grad!;
        const bad = Math.abs(r.value - want.value) > 1e-6 ||
          g.some((x, k) => !(Math.abs(x - want.grad![k]) <= 1e-6));
        if (bad) problems.push(`${which}: resolved with a wrong result`);
      } catch (e) {
        if (!isInputError(e)) problems.push(`${which}: ${e}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
