/**
 * Buffer I/O shared by the WebGPU loss backend and metrics counter: usage
 * flags, padded uploads, and waiting for a device loss with a time limit.
 *
 * @module
 */

// GPUBufferUsage / GPUMapMode values, spelled out so that importing this
// module touches no WebGPU global (runtimes without WebGPU load it too).
const MAP_READ = 0x1, COPY_SRC = 0x4, COPY_DST = 0x8, UNIFORM_USE = 0x40;
const STORAGE = 0x80;
/** Usage of an input storage buffer. */
export const STORAGE_IN: number = STORAGE | COPY_DST;
/** Usage of an output storage buffer (read back or copied). */
export const STORAGE_OUT: number = STORAGE | COPY_SRC | COPY_DST;
/** Usage of a readback buffer. */
export const READBACK: number = MAP_READ | COPY_DST;
/** Usage of a uniform buffer. */
export const UNIFORM: number = UNIFORM_USE | COPY_DST;
/** `GPUMapMode.READ`. */
export const MAP_MODE_READ = 0x1;

/** Typed arrays uploaded to the GPU. */
export type Typed = Float32Array | Uint8Array | Uint16Array | Int32Array;

/** Writes `count` elements of `src` from element `start` at byte `offset`, padding to 4 bytes. */
export function put(
  queue: GPUQueue,
  buf: GPUBuffer,
  offset: number,
  src: Typed,
  start: number,
  count: number,
): void {
  const bpe = src.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(
    src.buffer as ArrayBuffer,
    src.byteOffset + start * bpe,
    count * bpe,
  );
  const main = bytes.length & ~3;
  if (main > 0) queue.writeBuffer(buf, offset, bytes, 0, main);
  if (main < bytes.length) {
    const tail = new Uint8Array(4);
    tail.set(bytes.subarray(main));
    queue.writeBuffer(buf, offset + main, tail);
  }
}

/** The device's loss info if it is lost within `ms` milliseconds, else null. */
export async function lostWithin(
  device: GPUDevice,
  ms: number,
): Promise<GPUDeviceLostInfo | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([device.lost, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The error of a call whose submission WebGPU reported (validation or out of
 * memory): not the caller's input, so not a typed input error.
 *
 * @param what What was being computed ("loss", "metrics").
 * @param e The error WebGPU reported.
 * @returns The error, to throw.
 */
export function reportedError(what: string, e: GPUError): Error {
  return new Error(
    `Cannot compute ${what}: WebGPU reported ${e.constructor.name}: ${e.message}`,
  );
}
