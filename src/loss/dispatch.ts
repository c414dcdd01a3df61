/**
 * Backend selection: a fixed backend on request, or the best available one.
 *
 * @module
 */

import { JdtRangeError } from "../core/errors.ts";
import type { Backend } from "../core/problem.ts";
import { jsBackend } from "../core/reference.ts";
import { wasmBackend } from "../wasm/backend.ts";
import type { BackendChoice } from "../core/types.ts";
import type { WebGpuBackend } from "../webgpu/backend.ts";
import { WEBGPU_AUTO_MIN_ELEMENTS } from "../webgpu/device.ts";

/**
 * Returns the backend for a choice and an input of `elements` prediction values.
 *
 * `"auto"` picks wasm at every size: js is not faster even on tiny inputs
 * (`deno task bench`, groups "small", min per call, value + gradient, js /
 * wasm: 4 values 3.10 / 3.05 µs, 16: 5.32 / 3.25 µs, 64: 5.24 / 5.16 µs,
 * 256: 11.2 / 4.9 µs, 4864: 170 / 24 µs), so there is no size threshold
 * between them.
 *
 * @param choice `"auto"` or a backend name.
 * @param elements Size of the prediction, for size-based choices.
 * @param webgpu The WebGPU backend of this call or loss, if WebGPU may be used.
 * @param needsGpu True when inputs or output live on the GPU.
 * @returns The backend.
 */
export async function selectBackend(
  choice: BackendChoice,
  elements: number,
  webgpu?: WebGpuBackend,
  needsGpu = false,
): Promise<Backend> {
  if (choice === "webgpu" || needsGpu) {
    if (choice !== "webgpu" && choice !== "auto") {
      throw new JdtRangeError(
        "options.backend",
        `Cannot compute loss: options.backend "${choice}" cannot read GPUBuffer inputs or return gradOutput "gpu"; use "webgpu" or "auto"`,
      );
    }
    if (webgpu !== undefined && await webgpu.available() !== null) {
      return webgpu;
    }
    throw new JdtRangeError(
      "options.backend",
      'Cannot compute loss: options.backend "webgpu" needs a WebGPU adapter, and there is none',
    );
  }
  if (
    choice === "auto" && webgpu !== undefined &&
    elements >= WEBGPU_AUTO_MIN_ELEMENTS
  ) {
    if (await webgpu.hardware()) return webgpu;
  }
  return choice === "js" ? jsBackend : wasmBackend;
}
