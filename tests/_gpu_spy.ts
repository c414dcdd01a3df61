/**
 * Counting wrappers for WebGPU tests: how many objects a device creates, how
 * often its queue submits, how many buffers are mapped, created and destroyed,
 * and how many listeners wait on `device.lost`.
 */

/** Calls counted by {@link spyOn}. */
export interface GpuCounts {
  createBuffer: number;
  createBindGroup: number;
  createShaderModule: number;
  createComputePipeline: number;
  createComputePipelineAsync: number;
  createCommandEncoder: number;
  pushErrorScope: number;
  submit: number;
  writeBuffer: number;
  mapAsync: number;
  /** `then` calls on `device.lost`. */
  lostListeners: number;
}

/** A running count; `stop()` restores the device and GPUBuffer.prototype. */
export interface GpuSpy {
  counts: GpuCounts;
  /** Every buffer created while counting, with its number of destroy() calls. */
  destroyed: Map<GPUBuffer, number>;
  stop(): void;
}

const DEVICE_METHODS = [
  "createBuffer",
  "createBindGroup",
  "createShaderModule",
  "createComputePipeline",
  "createComputePipelineAsync",
  "createCommandEncoder",
  "pushErrorScope",
] as const;

/**
 * Counts what `device` is asked to do until `stop()`: own properties shadow
 * the prototype's methods of this device object and its queue; `mapAsync` is
 * counted for every buffer.
 *
 * @param device The device.
 * @returns The spy.
 */
export function spyOn(device: GPUDevice): GpuSpy {
  const counts: GpuCounts = {
    createBuffer: 0,
    createBindGroup: 0,
    createShaderModule: 0,
    createComputePipeline: 0,
    createComputePipelineAsync: 0,
    createCommandEncoder: 0,
    pushErrorScope: 0,
    submit: 0,
    writeBuffer: 0,
    mapAsync: 0,
    lostListeners: 0,
  };
  const destroyed = new Map<GPUBuffer, number>();
  const d = device as unknown as Record<string, unknown>;
  for (const name of DEVICE_METHODS) {
    const orig = (device[name] as (...a: unknown[]) => unknown).bind(device);
    d[name] = (...args: unknown[]) => {
      counts[name]++;
      const out = orig(...args);
      if (name === "createBuffer") {
        const buf = out as GPUBuffer;
        const destroy = buf.destroy.bind(buf);
        destroyed.set(buf, 0);
        buf.destroy = () => {
          destroyed.set(buf, destroyed.get(buf)! + 1);
          destroy();
        };
      }
      return out;
    };
  }
  const queue = device.queue;
  const q = queue as unknown as Record<string, unknown>;
  for (const name of ["submit", "writeBuffer"] as const) {
    const orig = (queue[name] as (...a: unknown[]) => unknown).bind(queue);
    q[name] = (...args: unknown[]) => {
      counts[name]++;
      return orig(...args);
    };
  }
  const lost = device.lost;
  Object.defineProperty(device, "lost", {
    configurable: true,
    get: () => ({
      then: (f: unknown, r: unknown) => {
        counts.lostListeners++;
        return lost.then(
          f as (v: GPUDeviceLostInfo) => unknown,
          r as (e: unknown) => unknown,
        );
      },
    }),
  });
  const proto = GPUBuffer.prototype;
  const mapAsync = proto.mapAsync;
  proto.mapAsync = function (this: GPUBuffer, ...args) {
    counts.mapAsync++;
    return mapAsync.apply(this, args);
  };
  return {
    counts,
    destroyed,
    stop() {
      for (const name of DEVICE_METHODS) delete d[name];
      delete q.submit;
      delete q.writeBuffer;
      delete (device as unknown as Record<string, unknown>).lost;
      proto.mapAsync = mapAsync;
    },
  };
}
