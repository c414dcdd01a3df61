/**
 * Compiles the WebGPU kernels per set of pipeline-overridable constants and
 * caches the pipelines per device in a WeakMap; a lost device drops its
 * cache. The subgroup variant of the statistics pass is compiled once per
 * device that has the `subgroups` feature, asynchronously, and used only when
 * it compiled.
 *
 * @module
 */

import { KERNELS } from "./_kernels.generated.ts";
import type { Kernel, Program } from "./bind.ts";

export type { Kernel } from "./bind.ts";

/** Values of a kernel's pipeline-overridable constants. */
export type Constants = Record<string, number>;

interface DeviceCache {
  modules: Map<Kernel, GPUShaderModule>;
  pipelines: Map<string, GPUComputePipeline>;
  subgroups: Promise<boolean> | null;
  subgroupsOk: boolean;
}

const caches = new WeakMap<GPUDevice, DeviceCache>();

function cacheOf(device: GPUDevice): DeviceCache {
  let cache = caches.get(device);
  if (cache === undefined) {
    cache = {
      modules: new Map(),
      pipelines: new Map(),
      subgroups: null,
      subgroupsOk: false,
    };
    caches.set(device, cache);
    device.lost.then(() => caches.delete(device));
  }
  return cache;
}

function moduleOf(
  device: GPUDevice,
  cache: DeviceCache,
  kernel: Kernel,
): GPUShaderModule {
  let module = cache.modules.get(kernel);
  if (module === undefined) {
    module = device.createShaderModule({
      label: kernel,
      code: KERNELS[kernel].code,
    });
    cache.modules.set(kernel, module);
  }
  return module;
}

function keyOf(kernel: Kernel, constants: Constants): string {
  const parts = Object.keys(constants).sort().map((k) =>
    `${k}=${constants[k]}`
  );
  return `${kernel}/${parts.join(",")}`;
}

function descriptor(
  device: GPUDevice,
  cache: DeviceCache,
  kernel: Kernel,
  constants: Constants,
): GPUComputePipelineDescriptor {
  return {
    label: keyOf(kernel, constants),
    layout: "auto",
    compute: {
      module: moduleOf(device, cache, kernel),
      entryPoint: kernel,
      constants,
    },
  };
}

/**
 * The cached pipeline of a kernel with its constants on a device, compiled on
 * first use.
 *
 * @param device The device.
 * @param kernel The kernel.
 * @param constants Its overridable constants.
 * @returns The pipeline (layout "auto").
 */
export function pipeline(
  device: GPUDevice,
  kernel: Kernel,
  constants: Constants = {},
): GPUComputePipeline {
  const cache = cacheOf(device);
  const key = keyOf(kernel, constants);
  let p = cache.pipelines.get(key);
  if (p === undefined) {
    p = device.createComputePipeline(
      descriptor(device, cache, kernel, constants),
    );
    cache.pipelines.set(key, p);
  }
  return p;
}

/**
 * The program of a kernel with its constants on a device: the kernel and its
 * cached pipeline, for `bindGroup` (bind.ts).
 *
 * @param device The device.
 * @param kernel The kernel.
 * @param constants Its overridable constants.
 * @returns The program.
 */
export function program<K extends Kernel>(
  device: GPUDevice,
  kernel: K,
  constants: Constants = {},
): Program<K> {
  return { kernel, pipeline: pipeline(device, kernel, constants) };
}

/**
 * Whether the subgroup variant of the statistics pass runs on `device`: the
 * device has the `subgroups` feature and the kernel compiled (checked once,
 * asynchronously, so a driver that rejects it costs nothing but the check).
 *
 * @param device The device.
 * @returns A promise of the answer, the same one on every call.
 */
export function subgroupsUsable(device: GPUDevice): Promise<boolean> {
  const cache = cacheOf(device);
  if (cache.subgroups === null) {
    if (!device.features.has("subgroups")) {
      cache.subgroups = Promise.resolve(false);
    } else {
      const d = descriptor(device, cache, "stats_pass_subgroups", {});
      const c = cache;
      c.subgroups = device.createComputePipelineAsync(d).then(
        () => {
          c.subgroupsOk = true;
          return true;
        },
        () => false,
      );
    }
  }
  return cache.subgroups!;
}

/**
 * The answer of {@link subgroupsUsable} if known by now, else false (a
 * synchronous caller uses the workgroup-memory variant until it is known).
 *
 * @param device The device.
 * @returns True when the subgroup variant compiled.
 */
export function subgroupsKnownUsable(device: GPUDevice): boolean {
  const cache = caches.get(device);
  return cache?.subgroupsOk === true;
}

/**
 * Number of pipelines cached for a device (for tests of the cache).
 *
 * @param device The device.
 * @returns How many variants are compiled.
 */
export function cachedPipelineCount(device: GPUDevice): number {
  return caches.get(device)?.pipelines.size ?? 0;
}
