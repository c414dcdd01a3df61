// Regression tests for the wasm items of the hardening issue: tiny
// temperatures (4), inputs detached during a call (9), huge class counts (10),
// and the heap a huge class count leaves behind.
import assert from "node:assert/strict";
import { createLoss, isInputError, jdtLoss, type Loss } from "../../mod.ts";
import type { HostLossInput, LossOptions } from "../../src/core/types.ts";
import { wasmMemoryBytes } from "../../src/wasm/backend.ts";
import { seeded } from "../../tools/workloads.ts";
import { assertGradClose, assertLossClose } from "../_golden.ts";

/** Logits with distinct values per pixel (no ties), hard labels, a keep mask. */
function problem(B: number, C: number, N: number, seed: number): HostLossInput {
  const rand = seeded(seed);
  return {
    logits: Float32Array.from({ length: B * C * N }, () => (rand() - 0.5) * 8),
    shape: [B, C, N],
    labels: Int32Array.from({ length: B * N }, () => Math.floor(rand() * C)),
    keepMask: Uint8Array.from({ length: B * N }, () => (rand() < 0.9 ? 1 : 0)),
  };
}

/**
 * A loss with these options, or null when the options refuse the temperature
 * with a typed error naming it (a library may bound the accepted range; the
 * wasm backend must be right for every temperature accepted).
 */
function accepted(options: LossOptions): Loss | null {
  try {
    return createLoss(options);
  } catch (e) {
    if (isInputError(e) && e.argument === "options.temperature") return null;
    throw e;
  }
}

/**
 * As T -> 0, softmax(z / T) and sigmoid(z / T) become the one-hot argmax and
 * the step function: probabilities computed here without any temperature.
 */
function limitProbs(input: HostLossInput, activation: string): Float32Array {
  const [B, C] = input.shape;
  const z = input.logits!, N = z.length / (B * C);
  const p = new Float32Array(z.length);
  for (let b = 0; b < B; b++) {
    for (let n = 0; n < N; n++) {
      let best = 0;
      for (let c = 0; c < C; c++) {
        const i = (b * C + c) * N + n;
        if (activation === "sigmoid") p[i] = z[i] > 0 ? 1 : z[i] < 0 ? 0 : 0.5;
        if (z[i] > z[(b * C + best) * N + n]) best = c;
      }
      if (activation === "softmax") p[(b * C + best) * N + n] = 1;
    }
  }
  return p;
}

Deno.test("wasm: tiny temperatures give the T -> 0 limit (value) and a zero gradient, never NaN", async () => {
  const input = problem(2, 5, 37, 1);
  for (const activation of ["softmax", "sigmoid"] as const) {
    const options: LossOptions = { activation, mIoUI: 1, mIoUC: 1 };
    const want = await jdtLoss({
      probs: limitProbs(input, activation),
      shape: input.shape,
      labels: input.labels,
      keepMask: input.keepMask,
    }, { ...options, backend: "js" });
    for (const temperature of [2 ** -126, 1e-40, 1e-300, 1e-320, 5e-324]) {
      for (const grad of ["copy", "workspace"] as const) {
        const what = `${activation}, T = ${temperature}, ${grad}`;
        const loss = accepted({ ...options, temperature, backend: "wasm" });
        if (loss === null) continue;
        let call = input;
        if (grad === "workspace") {
          const ws = loss.workspace(input.shape, {
            labels: "int32",
            prediction: "logits",
            keepMask: true,
          });
          ws.logits!.set(input.logits!);
          ws.labels.set(input.labels as Int32Array);
          ws.keepMask!.set(input.keepMask!);
          call = {
            logits: ws.logits,
            shape: input.shape,
            labels: ws.labels,
            keepMask: ws.keepMask,
            gradInto: ws.grad,
          };
        }
        const r = await loss.compute(call);
        loss.dispose();
        assertLossClose(r.value, want.value, what);
        assert.ok(r.grad!.every((g) => g === 0), `${what}: gradient`);
      }
    }
  }
});

Deno.test("wasm: temperatures near 2^-126 and below match the js backend where it is exact", async () => {
  // log2(e) / T overflows float32 from T = 2^-127.5 on, but not float64.
  const input = problem(1, 4, 64, 2);
  // Logit gaps of about T make softmax(z / T) far from one-hot.
  const z = Float32Array.from(input.logits!);
  for (const temperature of [2 ** -126, 1e-39]) {
    for (let i = 0; i < z.length; i++) {
      input.logits![i] = Math.fround(z[i] * temperature);
    }
    for (const activation of ["softmax", "sigmoid"] as const) {
      const options = { activation, temperature };
      const what = `${activation}, T = ${temperature}`;
      if (accepted(options) === null) continue;
      const js = await jdtLoss(input, { ...options, backend: "js" });
      const wasm = await jdtLoss(input, { ...options, backend: "wasm" });
      assert.ok(Number.isFinite(wasm.value), `${what}: ${wasm.value}`);
      assertLossClose(wasm.value, js.value, what);
      assertGradClose(wasm.grad!, js.grad!, what);
    }
  }
});

Deno.test("wasm: an input detached while the call is pending gets a typed error naming it", async () => {
  for (const name of ["logits", "labels", "keepMask", "gradInto"] as const) {
    const input = problem(1, 3, 16, 3);
    input.gradInto = new Float32Array(48);
    const pending = jdtLoss(input, { backend: "wasm" });
    const buffer = (input[name] as Float32Array).buffer as ArrayBuffer;
    structuredClone(buffer, { transfer: [buffer] });
    await assert.rejects(
      pending,
      (e) => isInputError(e) && e.argument === `input.${name}`,
      name,
    );
  }
});

Deno.test("wasm: a class count too large for wasm memory gets a typed error naming input.shape", async () => {
  // 31 M classes need more than the 4 GiB a wasm memory can have (the issue
  // saw an untyped RangeError from 17.3 M on, where offsets passed 2^31).
  const C = 31_000_000;
  const input = {
    logits: new Float32Array(C),
    shape: [1, C, 1],
    labels: new Int32Array(1),
  };
  await assert.rejects(
    jdtLoss(input, { backend: "wasm" }),
    (e) => isInputError(e) && e.argument === "input.shape",
  );
});

Deno.test("wasm: a call with 2^20 classes is right and leaves no large heap behind", async () => {
  const C = 1 << 20;
  const rand = seeded(4);
  const input = {
    logits: Float32Array.from({ length: 2 * C }, () => rand() * 4),
    shape: [1, C, 2],
    labels: new Int32Array([5, C - 1]),
  };
  const js = await jdtLoss(input, { backend: "js", grad: false });
  const r = await jdtLoss(input, { backend: "wasm", grad: false });
  assertLossClose(r.value, js.value, "value");
  assert.ok(wasmMemoryBytes() <= 64 << 20, `${wasmMemoryBytes()} bytes kept`);
});
