/**
 * The buffers one plan made: created with a `jdt` label and a size rounded
 * up to 16 bytes, destroyed together.
 *
 * @module
 */

/**
 * Rounds `n` up to a multiple of `a`.
 *
 * @param n A size or offset.
 * @param a The alignment.
 * @returns The aligned value.
 */
export function align(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** The set of buffers a plan owns. */
export class OwnedBuffers {
  readonly #device: GPUDevice;
  readonly #owned = new Set<GPUBuffer>();

  /** @param device The device the buffers are made on. */
  constructor(device: GPUDevice) {
    this.#device = device;
  }

  /**
   * Makes a buffer the set owns.
   *
   * @param size Bytes (rounded up to a multiple of 16, at least 16).
   * @param usage Usage flags.
   * @param label What it holds (prefixed with "jdt ").
   * @returns The buffer.
   */
  create(size: number, usage: number, label: string): GPUBuffer {
    const b = this.#device.createBuffer({
      label: `jdt ${label}`,
      size: align(Math.max(size, 16), 16),
      usage,
    });
    this.#owned.add(b);
    return b;
  }

  /**
   * Whether the set made a buffer (and has not destroyed it).
   *
   * @param b The buffer.
   * @returns True when it is one of the set's.
   */
  has(b: GPUBuffer): boolean {
    return this.#owned.has(b);
  }

  /** Number of buffers held. */
  get size(): number {
    return this.#owned.size;
  }

  /** Destroys every buffer of the set. */
  destroy(): void {
    for (const b of this.#owned) b.destroy();
    this.#owned.clear();
  }
}
