/**
 * Setup shared by the tests of the TF.js adapter on TF.js's webgpu backend:
 * the backend selected, GPU buffers counted, and the test options that skip
 * where there is no adapter.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@4.22.0";
import "npm:@tensorflow/tfjs-backend-webgpu@4.22.0";
import { ignore, testAdapterPresent } from "../_gpu.ts";
import { countGpu, gpuCount } from "../_gpu_count.ts";

/**
 * Selects TF.js's webgpu backend (no CPU forwarding) and starts counting GPU
 * buffers; `what` names the suite in the adapter-present test.
 */
export async function useTfjsWebgpu(what: string) {
  testAdapterPresent(what);
  tf.env().set("WEBGPU_CPU_FORWARD", false);
  if (!ignore) {
    assert.ok(await tf.setBackend("webgpu"), "TF.js webgpu backend");
    countGpu();
  }
  return {
    /** Options for `Deno.test`: skipped without an adapter. */
    opts: { ignore, sanitizeResources: false, sanitizeOps: false },
    /** Live counts of mapAsync calls and GPUBuffers. */
    count: gpuCount,
  };
}
