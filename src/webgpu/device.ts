/**
 * WebGPU device acquisition: one lazy default device for the process, made on
 * first use (never at import), dropped when it is lost so the next call
 * acquires a new one; or a device the caller owns.
 *
 * @module
 */

import { rangeError } from "../core/errors.ts";
import { type Chunk, planChunks } from "./chunks.ts";

/** A device and what the backend needs to know about it. */
export interface GpuHandle {
  /** The device. */
  device: GPUDevice;
  /** True for a software / fallback adapter (llvmpipe, SwiftShader, WARP). */
  fallback: boolean;
  /** True when the library created the device (and may destroy it). */
  owned: boolean;
  /**
   * The adapter of a device the library made, kept alive with it: Deno 2.9.6
   * panics when a device touches its adapter after the GPUAdapter object was
   * garbage collected.
   */
  adapter: GPUAdapter | null;
}

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

let defaultHandle: Promise<GpuHandle | null> | null = null;

async function acquire(): Promise<GpuHandle | null> {
  if (typeof navigator === "undefined" || !("gpu" in navigator)) return null;
  const adapter = await navigator.gpu.requestAdapter({
    powerPreference: "high-performance",
  });
  if (adapter === null) return null;
  let device: GPUDevice;
  try {
    // Ask for the adapter's own buffer limits; the defaults are far smaller.
    // Subgroups, where offered, speed up the statistics pass's reduction.
    device = await adapter.requestDevice({
      requiredFeatures: adapter.features.has("subgroups")
        ? ["subgroups" as GPUFeatureName]
        : [],
      requiredLimits: {
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
        maxBufferSize: adapter.limits.maxBufferSize,
      },
    });
  } catch {
    return null;
  }
  return {
    device,
    fallback: isFallback(adapter.info),
    owned: true,
    adapter,
  };
}

function isFallback(info: GPUAdapterInfo | undefined): boolean {
  // `isFallbackAdapter` moved from GPUAdapter to GPUAdapterInfo in the spec.
  return (info as { isFallbackAdapter?: boolean } | undefined)
    ?.isFallbackAdapter === true;
}

/**
 * The library's default device, acquired on the first call; null when the
 * runtime has no WebGPU adapter or no device could be made.
 *
 * @returns The shared handle, or null.
 */
export function defaultGpu(): Promise<GpuHandle | null> {
  if (defaultHandle === null) {
    const pending = acquire();
    defaultHandle = pending;
    pending.then((h) => {
      h?.device.lost.then(() => {
        if (defaultHandle === pending) defaultHandle = null;
      });
    });
  }
  return defaultHandle;
}

/**
 * Destroys the default device if one was made; the next call makes a new one.
 * For tests and for programs that want the GPU memory back.
 */
export async function releaseDefaultGpu(): Promise<void> {
  const pending = defaultHandle;
  defaultHandle = null;
  const h = await pending;
  h?.device.destroy();
}

let systemFallback: Promise<boolean> | null = null;

/**
 * Whether the system's preferred adapter is a fallback (software) adapter, or
 * there is none; asked once, without creating a device.
 *
 * @returns True when no hardware adapter is there.
 */
export function systemIsFallback(): Promise<boolean> {
  if (typeof navigator === "undefined" || !("gpu" in navigator)) {
    return Promise.resolve(true);
  }
  systemFallback ??= navigator.gpu.requestAdapter({
    powerPreference: "high-performance",
  }).then((a) => a === null || isFallback(a.info));
  return systemFallback;
}

/**
 * A handle for a device the caller owns (never destroyed by the library).
 * Whether it runs on a fallback adapter is judged from the system's preferred
 * adapter: reading `device.adapterInfo` crashes Deno 2.9.6 once the caller's
 * GPUAdapter object has been garbage collected.
 *
 * @param device The caller's device.
 * @returns Its handle.
 */
export async function callerGpu(device: GPUDevice): Promise<GpuHandle> {
  return {
    device,
    fallback: await systemIsFallback(),
    owned: false,
    adapter: null,
  };
}

/** Options of a {@link GpuClient}. */
export interface GpuClientOptions {
  /** A device of the caller, never destroyed; default: the library's lazy device. */
  device?: GPUDevice | null;
  /** Largest binding in bytes, below the device's limits (tests force chunking). */
  maxChunkBytes?: number;
}

/**
 * What the WebGPU loss backend and metrics counter share: the device they run
 * on (a caller's, or the lazily acquired default one), the choice of
 * `"auto"`, and the largest binding they may use.
 */
export class GpuClient {
  readonly #device: GPUDevice | null;
  readonly #maxChunkBytes: number | undefined;

  /** @param options A caller's device, and a chunk size limit for tests. */
  constructor(options: GpuClientOptions = {}) {
    this.#device = options.device ?? null;
    this.#maxChunkBytes = options.maxChunkBytes;
  }

  /**
   * The device to run on, acquiring the default one if needed.
   *
   * @returns The handle, or null when WebGPU is not available.
   */
  available(): Promise<GpuHandle | null> {
    return this.#device !== null ? callerGpu(this.#device) : defaultGpu();
  }

  /**
   * Whether `"auto"` may pick WebGPU: the system's adapter is a hardware one
   * (asked without creating a device) and a device is there.
   *
   * @returns True on a hardware adapter.
   */
  async hardware(): Promise<boolean> {
    if (await systemIsFallback()) return false;
    const h = await this.available();
    return h !== null && !h.fallback;
  }

  /**
   * The largest binding on `device`: its storage-binding and buffer limits,
   * and the test limit when set.
   *
   * @param device The device.
   * @returns Bytes.
   */
  maxBindingBytes(device: GPUDevice): number {
    const max = bindingLimit(device);
    return Math.min(this.#maxChunkBytes ?? max, max);
  }

  /**
   * The chunks of pixels of a `[B, C, N]` input that fit the bindings of `device`.
   *
   * @param device The device.
   * @param B Images.
   * @param C Classes.
   * @param N Pixels per image.
   * @param what What is computed, for the error message.
   * @returns The chunks.
   * @throws {JdtRangeError} Naming `input.shape` when the input cannot be split to fit.
   */
  planChunks(
    device: GPUDevice,
    B: number,
    C: number,
    N: number,
    what: string,
  ): Chunk[] {
    try {
      return planChunks(B, C, N, this.maxBindingBytes(device));
    } catch (e) {
      throw rangeError(
        what,
        "input.shape",
        `does not fit this WebGPU device: ${(e as Error).message}`,
      );
    }
  }
}

/**
 * The largest buffer binding a device allows: its storage-binding and buffer
 * size limits.
 *
 * @param device The device.
 * @returns Bytes.
 */
export function bindingLimit(device: GPUDevice): number {
  return Math.min(
    device.limits.maxStorageBufferBindingSize,
    device.limits.maxBufferSize,
  );
}
