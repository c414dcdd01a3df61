/**
 * The `"wasm"` backend: both passes in the AssemblyScript SIMD kernels of
 * `wasm/assembly/loss.ts`, fed through chunk copies (`copy_feed.ts`) so
 * memory stays fixed whatever the input size; an instance that needed more
 * than {@link KEEP_HEAP_BYTES} (a huge class count) is dropped after its call.
 *
 * @module
 */

import type {
  BackendOutput,
  BackendRefusal,
  HostStepPlan,
  Problem,
  SyncBackend,
} from "../core/problem.ts";
import { syncBackend } from "../core/problem.ts";
import type { LossKernels } from "./abi.ts";
import { copyBuffers, copyContext, copyFeed } from "./copy_feed.ts";
import { align64, DEFAULT_CHUNK_ELEMENTS } from "./kernels.ts";
import {
  instantiateJdtWasm,
  type WasmBuild,
  wasmBuild,
  wasmUnavailableMessage,
  wasmUnavailableReason,
} from "./module.ts";
import { twoPass } from "./two_pass.ts";

export { DEFAULT_CHUNK_ELEMENTS };
export {
  MAX_HEAP_BYTES,
  setWasmChunkElements,
  wasmChunkElements,
} from "./copy_feed.ts";

/** Heap bytes kept between calls; an instance that grew past this is dropped after its call. */
export const KEEP_HEAP_BYTES = 64 << 20;
let kernels: LossKernels | null = null;
let kernelsBuild: WasmBuild | null = null;

/**
 * Bytes of wasm memory held by the backend's instance (0 when it holds none);
 * internal, for tests of the memory bound.
 *
 * @returns The memory size in bytes.
 */
export function wasmMemoryBytes(): number {
  return kernels === null ? 0 : kernels.memory.buffer.byteLength;
}

/**
 * Both passes on the wasm kernels; the gradient goes to `p.gradInto` when
 * given, else to a new array.
 *
 * @param p A validated problem.
 * @param step The host step.
 * @returns Statistics, and the gradient when the host step gave coefficients.
 */
export function runWasm(p: Problem, step: HostStepPlan): BackendOutput {
  let k = null as LossKernels | null;
  try {
    return twoPass(p, step, () => {
      if (kernels === null || kernelsBuild !== wasmBuild()) {
        kernels = instantiateJdtWasm() as unknown as LossKernels;
        kernelsBuild = wasmBuild();
      }
      k = kernels;
      const m = copyBuffers(p, align64(k.heapBase()), 1);
      return copyFeed(copyContext(p, k, m), step.loss && step.options.grad);
    });
  } finally {
    if (k !== null && k.memory.buffer.byteLength > KEEP_HEAP_BYTES) {
      kernels = null;
    }
  }
}

/**
 * Whether the wasm backend can take a problem: null, or why not. It takes
 * every problem where it can run at all, that is unless the runtime refuses
 * to compile WebAssembly and no module was given to `useWasmModule`.
 *
 * @param _problem The problem (null: any problem).
 * @returns Null, or the refusal.
 */
export function wasmAccepts(_problem: Problem | null): BackendRefusal | null {
  const reason = wasmUnavailableReason();
  return reason === null ? null : {
    argument: "options.backend",
    reason: wasmUnavailableMessage(reason),
  };
}

/** The `"wasm"` backend: AssemblyScript SIMD kernels, float32 with float64 sums. */
export const wasmBackend: SyncBackend = syncBackend(
  "wasm",
  wasmAccepts,
  runWasm,
);
