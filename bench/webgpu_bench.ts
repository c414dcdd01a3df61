/**
 * The WebGPU backend on W1/W2/W3, with the transfers timed apart from the
 * kernels: "upload" (the input arrays to GPU buffers), "kernels" (both passes
 * on resident GPUBuffer inputs, gradient left on the GPU: only the small
 * statistics record comes back, one submission and one map per call), "readback" (a gradient-sized buffer back to
 * the host), and "round trip" (host arrays in, Float32Array gradient out).
 * The js backend of the same run is the baseline of each group.
 *
 * Run: deno bench -A bench/webgpu_bench.ts
 * On a software adapter (llvmpipe) the figures only show that it works.
 */
import { createLoss } from "../src/loss/loss.ts";
import type { LossInput } from "../src/core/types.ts";
import { w1, w2, w3 } from "../tools/workloads.ts";
import type { Workload } from "../tools/workloads.ts";
import { gpuBuffer } from "../tools/gpu_buffers.ts";

const adapter = "gpu" in navigator
  ? await navigator.gpu.requestAdapter()
  : null;
const device = adapter === null ? null : await adapter.requestDevice({
  requiredLimits: {
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
  },
});

function register(gpu: GPUDevice, w: Workload): void {
  const { input, options, group } = w;
  const pred = (input.logits ?? input.probs) as Float32Array;
  const labels = input.labels as ArrayBufferView;
  const host = createLoss({ ...options, backend: "webgpu", device: gpu });
  const js = createLoss({ ...options, backend: "js" });
  const resident: LossInput = {
    ...input,
    [input.logits ? "logits" : "probs"]: gpuBuffer(gpu, pred),
    labels: gpuBuffer(gpu, labels),
    labelFormat: labels instanceof Float32Array ? "float32" : "uint8",
  };
  const onGpu = createLoss({
    ...options,
    backend: "webgpu",
    device: gpu,
    gradOutput: options.grad === false ? "cpu" : "gpu",
  });
  const gradBytes = options.grad === false ? 0 : pred.byteLength;
  const gradSrc = gpu.createBuffer({
    size: Math.max(4, gradBytes),
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC,
  });
  const gradRead = gpu.createBuffer({
    size: Math.max(4, gradBytes),
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  // Its own groups: bench/loss_bench.ts has the CPU groups of the same workloads.
  const opts = { group: `${group} (webgpu)`, n: 3, warmup: 1 };

  Deno.bench({ ...opts, name: "js", baseline: true, n: 2 }, async () => {
    await js.compute(input);
  });
  Deno.bench({ ...opts, name: "webgpu round trip" }, async () => {
    await host.compute(input);
  });
  Deno.bench({ ...opts, name: "webgpu upload" }, async () => {
    const bufs = [gpuBuffer(gpu, pred), gpuBuffer(gpu, labels)];
    await gpu.queue.onSubmittedWorkDone();
    for (const b of bufs) b.destroy();
  });
  Deno.bench({ ...opts, name: "webgpu kernels (resident)" }, async () => {
    // One submission; the gradient stays in the loss's ring (not destroyed).
    await onGpu.compute(resident);
  });
  if (gradBytes > 0) {
    Deno.bench({ ...opts, name: "webgpu readback (gradient)" }, async () => {
      const enc = gpu.createCommandEncoder();
      enc.copyBufferToBuffer(gradSrc, 0, gradRead, 0, gradBytes);
      gpu.queue.submit([enc.finish()]);
      await gradRead.mapAsync(GPUMapMode.READ);
      new Float32Array(gradRead.getMappedRange()).slice();
      gradRead.unmap();
    });
  }
}

/**
 * The fixed cost of one call, on a 2-element input: what `"auto"` weighs
 * against the CPU's per-element time (see WEBGPU_AUTO_MIN_ELEMENTS).
 */
function registerLatency(gpu: GPUDevice): void {
  const input: LossInput = {
    logits: new Float32Array([1, -1]),
    shape: [1, 2, 1],
    labels: new Uint8Array([0]),
  };
  const group = "latency 1x2x1";
  const js = createLoss({ backend: "js" });
  const both = createLoss({ backend: "webgpu", device: gpu });
  const value = createLoss({ backend: "webgpu", device: gpu, grad: false });
  Deno.bench({ group, name: "js", baseline: true }, async () => {
    await js.compute(input);
  });
  Deno.bench({ group, name: "webgpu value + gradient" }, async () => {
    await both.compute(input);
  });
  Deno.bench({ group, name: "webgpu value only" }, async () => {
    await value.compute(input);
  });
}

if (device !== null) {
  registerLatency(device);
  for (const w of [w1(), w2(), w3()]) register(device, w);
  // Tear the device down before exit rather than leave it to process teardown.
  globalThis.addEventListener("unload", () => device.destroy());
} else {
  console.error("webgpu_bench: no WebGPU adapter, nothing to measure");
}
