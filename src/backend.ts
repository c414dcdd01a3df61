/**
 * Backend selection: a fixed backend on request, or the best available one.
 *
 * @module
 */

import { JdtRangeError } from "./errors.ts";
import type { Backend } from "./problem.ts";
import { jsBackend } from "./reference.ts";
import { wasmBackend } from "./wasm/backend.ts";
import type { BackendChoice } from "./types.ts";
import type { WebGpuBackend } from "./webgpu/backend.ts";

/**
 * Smallest prediction (B·C·N elements) for which `"auto"` picks WebGPU on a
 * hardware adapter. A call with host arrays has a fixed cost of two readbacks
 * (statistics, gradient), measured at 24–27 ms under Deno 2.9.6, whose
 * mapAsync completes on a ~11 ms poll (bench/webgpu_bench.ts, group
 * "latency"), plus about 8 bytes of transfer per element (~0.8 ns at
 * 10 GB/s). WASM SIMD takes ~4.7 ns per element for value + gradient (W1 with
 * a reused gradient array: 94 ms for 19.9M elements, bench/loss_bench.ts), so
 * the GPU wins from about 24 ms / 3.9 ns ≈ 6M elements: 2^23.
 */
export const WEBGPU_AUTO_MIN_ELEMENTS = 1 << 23;

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
