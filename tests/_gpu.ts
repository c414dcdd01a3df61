/**
 * The WebGPU test setup shared by the GPU test files: the adapter, whether
 * GPU tests are ignored (no adapter, unless JDT_REQUIRE_WEBGPU=1 makes that a
 * failure), and a device of the test's own.
 */
import assert from "node:assert/strict";

/** True when CI demands WebGPU (`JDT_REQUIRE_WEBGPU=1`). */
export const required: boolean = Deno.env.get("JDT_REQUIRE_WEBGPU") === "1";

/** The system's adapter, or null. */
export const adapter: GPUAdapter | null = "gpu" in navigator
  ? await navigator.gpu.requestAdapter()
  : null;

/** Whether GPU tests are skipped: only without an adapter, and never when required. */
export const ignore: boolean = adapter === null && !required;

/** Registers the test that fails when WebGPU is required and missing. */
export function testAdapterPresent(what: string): void {
  Deno.test(`${what} adapter is present when JDT_REQUIRE_WEBGPU=1`, () => {
    if (required) {
      assert.ok(adapter !== null, "JDT_REQUIRE_WEBGPU=1 but no WebGPU adapter");
    }
  });
}

/** Runs `f` with a fresh device of the test's own, destroyed afterwards; no validation error allowed. */
export async function withDevice(
  f: (device: GPUDevice) => Promise<void>,
): Promise<void> {
  const a = await navigator.gpu.requestAdapter();
  assert.ok(a !== null, "no WebGPU adapter");
  const device = await a.requestDevice();
  try {
    device.pushErrorScope("validation");
    await f(device);
    const err = await device.popErrorScope();
    assert.equal(err, null, `validation error: ${err?.message}`);
  } finally {
    device.destroy();
  }
}

/**
 * Registers a WebGPU test (ignored without an adapter, see {@link ignore})
 * that runs `f` {@link withDevice}.
 *
 * @param name The test's name.
 * @param f The test, given its device.
 */
export function gpuTest(
  name: string,
  f: (device: GPUDevice) => Promise<void>,
): void {
  Deno.test({ name, ignore, fn: () => withDevice(f) });
}

/**
 * A new device of the system's adapter, which the test destroys itself (for
 * tests that destroy or lose it on purpose).
 *
 * @returns The device.
 */
export async function newDevice(): Promise<GPUDevice> {
  const a = await navigator.gpu.requestAdapter();
  assert.ok(a !== null, "no WebGPU adapter");
  return await a.requestDevice();
}
