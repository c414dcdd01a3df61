/**
 * Compiles the two loss kernels per input variant, and the metrics counting
 * kernel, and caches the pipelines per device in a WeakMap; a lost device
 * drops its cache.
 *
 * @module
 */

import {
  GRAD_PASS_WGSL,
  METRICS_COUNT_WGSL,
  STATS_PASS_WGSL,
} from "./_kernels.generated.ts";

/** The pipeline-overridable constants that specialise both kernels. */
export interface KernelVariant {
  /** 0: probabilities, 1: softmax, 2: sigmoid. */
  activation: 0 | 1 | 2;
  /** 0: soft float32, 1: u8, 2: u16, 3: i32 hard labels. */
  labels: 0 | 1 | 2 | 3;
  /** A keep mask is bound. */
  mask: boolean;
  /** 1 or 2. */
  norm: 1 | 2;
  /** Channel axis last. */
  channelsLast: boolean;
}

/** The two compute passes of the loss. */
export type Kernel = "stats_pass" | "grad_pass";

const SOURCES: Record<Kernel | "metrics_count", string> = {
  stats_pass: STATS_PASS_WGSL,
  grad_pass: GRAD_PASS_WGSL,
  metrics_count: METRICS_COUNT_WGSL,
};

interface DeviceCache {
  modules: Map<Kernel | "metrics_count", GPUShaderModule>;
  pipelines: Map<string, GPUComputePipeline>;
}

const caches = new WeakMap<GPUDevice, DeviceCache>();

function cacheOf(device: GPUDevice): DeviceCache {
  let cache = caches.get(device);
  if (cache === undefined) {
    cache = { modules: new Map(), pipelines: new Map() };
    caches.set(device, cache);
    device.lost.then(() => caches.delete(device));
  }
  return cache;
}

function moduleOf(
  device: GPUDevice,
  cache: DeviceCache,
  kernel: Kernel | "metrics_count",
): GPUShaderModule {
  let module = cache.modules.get(kernel);
  if (module === undefined) {
    module = device.createShaderModule({
      label: kernel,
      code: SOURCES[kernel],
    });
    cache.modules.set(kernel, module);
  }
  return module;
}

/**
 * The cached pipeline of a kernel variant on a device, compiled on first use.
 *
 * @param device The device.
 * @param kernel Which pass.
 * @param v The variant.
 * @returns The pipeline (layout "auto").
 */
export function pipeline(
  device: GPUDevice,
  kernel: Kernel,
  v: KernelVariant,
): GPUComputePipeline {
  const cache = cacheOf(device);
  const key = `${kernel}/${v.activation}/${v.labels}/${+v.mask}/${v.norm}/${+v
    .channelsLast}`;
  let p = cache.pipelines.get(key);
  if (p === undefined) {
    p = device.createComputePipeline({
      label: key,
      layout: "auto",
      compute: {
        module: moduleOf(device, cache, kernel),
        entryPoint: kernel,
        constants: {
          ACTIVATION: v.activation,
          LABELS: v.labels,
          HAS_MASK: v.mask ? 1 : 0,
          NORM: v.norm,
          CHANNELS_LAST: v.channelsLast ? 1 : 0,
        },
      },
    });
    cache.pipelines.set(key, p);
  }
  return p;
}

/**
 * The cached pipeline of the metrics counting kernel on a device.
 *
 * @param device The device.
 * @param localWords Size of its workgroup copy of an image's counts, in u32
 *   words (1: count in the output directly).
 * @returns The pipeline (layout "auto").
 */
export function countPipeline(
  device: GPUDevice,
  localWords: number,
): GPUComputePipeline {
  const cache = cacheOf(device);
  const key = `metrics_count/${localWords}`;
  let p = cache.pipelines.get(key);
  if (p === undefined) {
    p = device.createComputePipeline({
      label: key,
      layout: "auto",
      compute: {
        module: moduleOf(device, cache, "metrics_count"),
        entryPoint: "metrics_count",
        constants: { LOCAL_WORDS: localWords },
      },
    });
    cache.pipelines.set(key, p);
  }
  return p;
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
