/**
 * A pool of GPU buffers of one device, reused across calls by size and usage
 * and destroyed together by `destroy()`.
 *
 * @module
 */

/** Reusable buffers of one device. */
export class BufferPool {
  /** The device the buffers belong to. */
  readonly device: GPUDevice;
  #free = new Map<string, GPUBuffer[]>();
  #all = new Set<GPUBuffer>();

  /** @param device The device to allocate on. */
  constructor(device: GPUDevice) {
    this.device = device;
  }

  /**
   * A buffer of at least `size` bytes (rounded up to 256) with `usage`.
   *
   * @param size Bytes needed.
   * @param usage GPUBufferUsage flags.
   * @returns A free buffer, reused or new.
   */
  take(size: number, usage: number): GPUBuffer {
    const rounded = Math.max(256, Math.ceil(size / 256) * 256);
    const key = `${usage}:${rounded}`;
    const reused = this.#free.get(key)?.pop();
    if (reused !== undefined) return reused;
    const buf = this.device.createBuffer({ size: rounded, usage });
    this.#all.add(buf);
    return buf;
  }

  /**
   * Returns buffers to the pool for the next call.
   *
   * @param bufs Buffers from `take`.
   */
  give(bufs: Iterable<GPUBuffer>): void {
    for (const b of bufs) {
      if (!this.#all.has(b)) continue;
      const key = `${b.usage}:${b.size}`;
      const list = this.#free.get(key);
      if (list === undefined) this.#free.set(key, [b]);
      else list.push(b);
    }
  }

  /** Number of buffers the pool holds, free or taken. */
  get size(): number {
    return this.#all.size;
  }

  /** Destroys every buffer the pool made. */
  destroy(): void {
    for (const b of this.#all) b.destroy();
    this.#all.clear();
    this.#free.clear();
  }
}
