/**
 * Counting wrappers around WebGPU, shared by the TF.js GPU-path tests:
 * `mapAsync` calls and live `GPUBuffer`s (created minus destroyed), over
 * every device of the test file's isolate.
 */

/** The counts; read them before and after the steps under test. */
export const gpuCount = { maps: 0, live: 0 };

/** Installs the wrappers; call once per test file. */
export function countGpu(): void {
  const map = GPUBuffer.prototype.mapAsync;
  GPUBuffer.prototype.mapAsync = function (...a) {
    gpuCount.maps++;
    return map.apply(this, a);
  };
  const create = GPUDevice.prototype.createBuffer;
  GPUDevice.prototype.createBuffer = function (d) {
    gpuCount.live++;
    return create.call(this, d);
  };
  const destroy = GPUBuffer.prototype.destroy;
  GPUBuffer.prototype.destroy = function () {
    gpuCount.live--;
    return destroy.call(this);
  };
}
