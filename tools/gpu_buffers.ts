/**
 * GPU buffers for the WebGPU tests, `deno task gpu-check` and the WebGPU
 * bench: a storage buffer made from host data, and a read-back of a buffer's
 * first bytes.
 *
 * @module
 */

/**
 * A GPUBuffer holding `data` (size padded to 4 bytes), usage STORAGE | COPY_SRC.
 *
 * @param device The device.
 * @param data The bytes to hold.
 * @returns The buffer (the caller destroys it).
 */
export function gpuBuffer(device: GPUDevice, data: ArrayBufferView): GPUBuffer {
  const buf = device.createBuffer({
    size: Math.max(4, Math.ceil(data.byteLength / 4) * 4),
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
    mappedAtCreation: true,
  });
  new Uint8Array(buf.getMappedRange()).set(
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  );
  buf.unmap();
  return buf;
}

/**
 * Copies the first `bytes` bytes of `src` (a COPY_SRC buffer) to the host.
 *
 * @param device The device that owns `src`.
 * @param src The buffer.
 * @param bytes How many bytes, a multiple of 4.
 * @returns A copy of the bytes.
 */
export async function readBytes(
  device: GPUDevice,
  src: GPUBuffer,
  bytes: number,
): Promise<ArrayBuffer> {
  const read = device.createBuffer({
    size: Math.max(16, bytes),
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const enc = device.createCommandEncoder();
  enc.copyBufferToBuffer(src, 0, read, 0, bytes);
  device.queue.submit([enc.finish()]);
  await read.mapAsync(GPUMapMode.READ);
  const out = read.getMappedRange().slice(0, bytes);
  read.destroy();
  return out;
}

/**
 * The first `length` float32 values of `src`.
 *
 * @param device The device that owns `src`.
 * @param src The buffer.
 * @param length How many values.
 * @returns A copy of the values.
 */
export async function readFloats(
  device: GPUDevice,
  src: GPUBuffer,
  length: number,
): Promise<Float32Array> {
  return new Float32Array(await readBytes(device, src, length * 4));
}
