/**
 * The `"webgpu"` backend: uploads the data once per chunk, runs the
 * statistics pass, adds the per-tile partials in float64 on the host, calls
 * the host step, and runs the gradient pass on the data still resident.
 *
 * @module
 */

import { isInputError, JdtRangeError } from "../core/errors.ts";
import { invalidResidentData } from "../core/data_check.ts";
import type {
  Backend,
  BackendOutput,
  HostStep,
  Problem,
} from "../core/problem.ts";
import { COEF_K, STAT_K } from "../core/problem.ts";
import { MAX_GROUPS, WORKGROUP_SIZE } from "./chunks.ts";
import type { Chunk } from "./chunks.ts";
import { bindingLimit, GpuClient, type GpuClientOptions } from "./device.ts";
import { pipeline } from "./pipelines.ts";
import type { KernelVariant } from "./pipelines.ts";
import {
  bindInOrder,
  lostWithin,
  MAP_MODE_READ,
  put,
  READBACK,
  STORAGE_IN,
  STORAGE_OUT,
  UNIFORM,
} from "./io.ts";
import { BufferPool } from "./pool.ts";

/** Bit set by pass 1 for an invalid prediction value. */
const BAD_PRED = 1;
/** Bit set by pass 1 for an invalid label. */
const BAD_LABELS = 2;

/** Options of a {@link WebGpuBackend}. */
export type WebGpuBackendOptions = GpuClientOptions;

/** The pool of one device, and what the backend knows of its loss. */
interface DeviceState {
  pool: BufferPool;
  lost: GPUDeviceLostInfo | null;
  inflight: Set<(info: GPUDeviceLostInfo) => void>;
}

/** Buffers of one chunk, resident from pass 1 to pass 2. */
interface ChunkBuffers {
  chunk: Chunk;
  params: GPUBuffer;
  pred: GPUBuffer;
  labels: GPUBuffer;
  mask: GPUBuffer;
}

/** True when a chunk's per-class data is one contiguous run of the input. */
function contiguous(p: Problem, ch: Chunk): boolean {
  return ch.len === p.N || p.layout === "channels-last";
}

/**
 * Calls `f(chunkElem, inputElem, count)` for each contiguous run of a chunk's
 * class-major data (prediction, soft labels, gradient).
 */
function runs(
  p: Problem,
  ch: Chunk,
  f: (chunkElem: number, inputElem: number, count: number) => void,
): void {
  const { C, N } = p;
  if (contiguous(p, ch)) {
    const start = p.layout === "channels-last"
      ? (ch.firstImage * N + ch.firstPixel) * C
      : ch.firstImage * C * N;
    f(0, start, ch.images * C * ch.len);
    return;
  }
  for (let c = 0; c < C; c++) {
    f(c * ch.len, (ch.firstImage * C + c) * N + ch.firstPixel, ch.len);
  }
}

function labelKind(labels: Problem["labels"]): KernelVariant["labels"] {
  if (labels instanceof Float32Array) return 0;
  if (labels instanceof Uint8Array) return 1;
  if (labels instanceof Uint16Array) return 2;
  return 3;
}

function deviceLost(info: GPUDeviceLostInfo, owned: boolean): Error {
  return new Error(
    `Cannot compute loss: the WebGPU device${
      owned ? "" : " given as options.device"
    } was lost during the call (${info.reason}: ${info.message})${
      owned ? "; the next call acquires a new device or falls back" : ""
    }`,
  );
}

async function checkScopes(device: GPUDevice, n: number): Promise<void> {
  const scopes: Promise<GPUError | null>[] = [];
  for (let i = 0; i < n; i++) scopes.push(device.popErrorScope());
  for (const e of await Promise.all(scopes)) {
    if (e !== null) {
      throw new Error(
        `Cannot compute loss: WebGPU reported ${e.constructor.name}: ${e.message}`,
      );
    }
  }
}

function pushScopes(device: GPUDevice): number {
  device.pushErrorScope("validation");
  device.pushErrorScope("out-of-memory");
  return 2;
}

/** The WebGPU backend; keeps a buffer pool per device until `dispose()`. */
export class WebGpuBackend extends GpuClient implements Backend, Disposable {
  /** Backend name reported in results. */
  readonly name = "webgpu" as const;
  #state: DeviceState | null = null;

  /** Number of buffers held by the pool (for tests). */
  get pooledBuffers(): number {
    return this.#state?.pool.size ?? 0;
  }

  /**
   * Runs both passes around the host step.
   *
   * @param p The problem.
   * @param step The host step.
   * @returns Statistics, and the gradient when the host step gives coefficients.
   */
  async run(p: Problem, step: HostStep): Promise<BackendOutput> {
    const h = await this.available();
    if (h === null) {
      throw new JdtRangeError(
        "options.backend",
        'Cannot compute loss: options.backend "webgpu" needs a WebGPU adapter, and there is none',
      );
    }
    const device = h.device;
    const state = this.#stateFor(device);
    if (state.lost !== null) throw deviceLost(state.lost, h.owned);
    // One device.lost listener per device (not per call) rejects the calls
    // in flight, so a lost device never leaves a call hanging.
    let fail!: (info: GPUDeviceLostInfo) => void;
    const lost = new Promise<never>((_, reject) => {
      fail = (info) => reject(deviceLost(info, h.owned));
    });
    state.inflight.add(fail);
    try {
      return await Promise.race([
        this.#passes(device, state.pool, p, step),
        lost,
      ]);
    } catch (e) {
      if (isInputError(e)) throw e;
      // A command that fails because the device is going away may reject
      // before device.lost resolves: name the loss, not its symptom.
      const info = await lostWithin(device, 200);
      throw info === null ? e : deviceLost(info, h.owned);
    } finally {
      state.inflight.delete(fail);
    }
  }

  #stateFor(device: GPUDevice): DeviceState {
    if (this.#state?.pool.device !== device) {
      this.#state?.pool.destroy();
      const state: DeviceState = {
        pool: new BufferPool(device),
        lost: null,
        inflight: new Set(),
      };
      device.lost.then((info) => {
        state.lost = info;
        for (const fail of state.inflight) fail(info);
      });
      this.#state = state;
    }
    return this.#state;
  }

  /** Destroys the pooled buffers; a caller's device is left alone. */
  dispose(): void {
    this.#state?.pool.destroy();
    this.#state = null;
  }

  /** Same as `dispose()`. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  async #passes(
    device: GPUDevice,
    pool: BufferPool,
    p: Problem,
    step: HostStep,
  ): Promise<BackendOutput> {
    const { B, C, N } = p;
    const gpu = p.gpu;
    const chunks = this.planChunks(device, B, C, N, "loss");
    if (B * C * COEF_K * 4 > bindingLimit(device)) {
      throw new JdtRangeError(
        "input.shape",
        `Cannot compute loss: input.shape has ${
          B * C
        } (image, class) groups, too many for one buffer of this WebGPU device`,
      );
    }
    const labelBytes = p.labels.BYTES_PER_ELEMENT;
    if (gpu?.labels && chunks.length > 1 && !p.soft && labelBytes < 4) {
      // Chunks of resident packed labels are copied on the GPU, which needs
      // 4-byte aligned offsets and sizes.
      const src = gpu.labels;
      for (const ch of chunks) {
        const start = (ch.firstImage * N + ch.firstPixel) * labelBytes;
        const size = Math.ceil(ch.images * ch.len * labelBytes / 4) * 4;
        if (start % 4 !== 0 || start + size > src.size) {
          throw new JdtRangeError(
            "input.labels",
            `Cannot compute loss: input.labels (GPUBuffer) is larger than one binding of this device (${
              this.maxBindingBytes(device)
            } bytes) and its chunks do not fall on 4-byte boundaries; pass "int32" labels or a typed array`,
          );
        }
      }
    }
    if (gpu?.gradToGpu && B * C * N * 4 > device.limits.maxBufferSize) {
      throw new JdtRangeError(
        "options.gradOutput",
        `Cannot compute loss: options.gradOutput "gpu" needs one buffer of ${
          B * C * N * 4
        } bytes, over this device's maxBufferSize (${device.limits.maxBufferSize})`,
      );
    }
    const variant: KernelVariant = {
      activation: p.activation === "softmax"
        ? 1
        : p.activation === "sigmoid"
        ? 2
        : 0,
      labels: labelKind(p.labels),
      mask: p.keepMask !== null,
      norm: p.norm,
      channelsLast: p.layout === "channels-last",
    };
    const taken: GPUBuffer[] = [];
    const take = (size: number, usage: number): GPUBuffer => {
      const b = pool.take(size, usage);
      taken.push(b);
      return b;
    };
    let gradBuffer: GPUBuffer | undefined;
    try {
      const stats = await this.#statistics(device, take, p, chunks, variant);
      if (stats.bad !== 0) {
        if (stats.bad & BAD_PRED && gpu?.pred) {
          throw invalidResidentData(p, "pred");
        }
        if (stats.bad & BAD_LABELS && gpu?.labels && !(stats.bad & BAD_PRED)) {
          throw invalidResidentData(p, "labels");
        }
        return { stats: stats.stats, invalid: true };
      }
      const coef = step(stats.stats);
      if (coef === null) return { stats: stats.stats };
      if (gpu?.gradToGpu) {
        gradBuffer = device.createBuffer({
          label: "jdt gradient",
          size: Math.max(4, B * C * N * 4),
          usage: STORAGE_OUT,
        });
      }
      const grad = await this.#gradient(
        device,
        take,
        p,
        stats.buffers,
        variant,
        coef,
        gradBuffer,
      );
      if (gradBuffer !== undefined) {
        const out = { stats: stats.stats, gradBuffer };
        gradBuffer = undefined;
        return out;
      }
      return { stats: stats.stats, grad };
    } finally {
      gradBuffer?.destroy();
      for (const b of taken) if (b.mapState === "mapped") b.unmap();
      pool.give(taken);
    }
  }

  async #statistics(
    device: GPUDevice,
    take: (size: number, usage: number) => GPUBuffer,
    p: Problem,
    chunks: Chunk[],
    variant: KernelVariant,
  ): Promise<{ stats: Float64Array; bad: number; buffers: ChunkBuffers[] }> {
    const { C } = p;
    const queue = device.queue;
    const scopes = pushScopes(device);
    const statsPipe = pipeline(device, "stats_pass", variant);
    const flags = take(4, STORAGE_OUT);
    const flagsRead = take(4, READBACK);
    const encoder = device.createCommandEncoder({ label: "jdt statistics" });
    encoder.clearBuffer(flags, 0, 4);
    const single = chunks.length === 1;
    const buffers = chunks.map((ch) =>
      this.#upload(device, encoder, take, p, ch, single)
    );
    const reads: { buf: GPUBuffer; partials: GPUBuffer; chunk: Chunk }[] = [];
    const pass = encoder.beginComputePass();
    pass.setPipeline(statsPipe);
    const layout = statsPipe.getBindGroupLayout(0);
    for (const cb of buffers) {
      const ch = cb.chunk;
      const partialBytes = ch.images * ch.tiles * C * STAT_K * 4;
      const partials = take(partialBytes, STORAGE_OUT);
      pass.setBindGroup(
        0,
        bindInOrder(device, layout, [
          cb.params,
          cb.pred,
          cb.labels,
          cb.mask,
          partials,
          { buffer: flags, size: 4 },
        ]),
      );
      pass.dispatchWorkgroups(ch.tiles, ch.images);
      reads.push({ buf: take(partialBytes, READBACK), partials, chunk: ch });
    }
    pass.end();
    for (const r of reads) {
      const ch = r.chunk;
      const bytes = ch.images * ch.tiles * C * STAT_K * 4;
      encoder.copyBufferToBuffer(r.partials, 0, r.buf, 0, bytes);
    }
    encoder.copyBufferToBuffer(flags, 0, flagsRead, 0, 4);
    queue.submit([encoder.finish()]);
    await checkScopes(device, scopes);
    await Promise.all([
      flagsRead.mapAsync(MAP_MODE_READ, 0, 4),
      ...reads.map((r) => r.buf.mapAsync(MAP_MODE_READ)),
    ]);
    const bad = new Uint32Array(flagsRead.getMappedRange(0, 4))[0];
    flagsRead.unmap();
    const stats = new Float64Array(p.B * C * STAT_K);
    for (const r of reads) {
      const ch = r.chunk;
      const part = new Float32Array(
        r.buf.getMappedRange(0, ch.images * ch.tiles * C * STAT_K * 4),
      );
      for (let i = 0; i < ch.images; i++) {
        for (let t = 0; t < ch.tiles; t++) {
          for (let c = 0; c < C; c++) {
            const s = ((ch.firstImage + i) * C + c) * STAT_K;
            const o = ((i * ch.tiles + t) * C + c) * STAT_K;
            stats[s] += part[o];
            stats[s + 1] += part[o + 1];
            stats[s + 2] += part[o + 2];
            stats[s + 3] = Math.max(stats[s + 3], part[o + 3]);
            stats[s + 4] = Math.max(stats[s + 4], part[o + 4]);
            stats[s + 5] = Math.max(stats[s + 5], part[o + 5]);
          }
        }
      }
      r.buf.unmap();
    }
    return { stats, bad, buffers };
  }

  /**
   * Uploads one chunk; a caller's resident buffer is bound as it is when it
   * is the only chunk, else the chunk's part is copied on the GPU.
   */
  #upload(
    device: GPUDevice,
    encoder: GPUCommandEncoder,
    take: (size: number, usage: number) => GPUBuffer,
    p: Problem,
    ch: Chunk,
    single: boolean,
  ): ChunkBuffers {
    const { C, N } = p;
    const queue = device.queue;
    const pixels = ch.images * ch.len;
    const firstPixel = ch.firstImage * N + ch.firstPixel;
    const params = take(32, UNIFORM);
    const ig = p.ignoreIndex;
    const hasIgnore = ig !== null && ig >= -(2 ** 31) && ig < 2 ** 31;
    const head = new Uint32Array([
      C,
      ch.len,
      ch.tiles,
      hasIgnore ? 1 : 0,
      hasIgnore ? ig! : 0,
      0,
      ch.firstImage,
      ch.images,
    ]);
    new Float32Array(head.buffer, 20, 1)[0] = p.temperature;
    queue.writeBuffer(params, 0, head);
    const gpuPred = p.gpu?.pred ?? null;
    let pred: GPUBuffer;
    if (gpuPred !== null && single) {
      pred = gpuPred;
    } else {
      const buf = take(pixels * C * 4, STORAGE_IN);
      runs(p, ch, (at, from, n) => {
        if (gpuPred === null) put(queue, buf, at * 4, p.pred, from, n);
        else encoder.copyBufferToBuffer(gpuPred, from * 4, buf, at * 4, n * 4);
      });
      pred = buf;
    }
    const gpuLabels = p.gpu?.labels ?? null;
    let labels: GPUBuffer;
    if (gpuLabels !== null && single) {
      labels = gpuLabels;
    } else {
      const src = p.labels;
      const bpe = src.BYTES_PER_ELEMENT;
      const buf = take((p.soft ? pixels * C : pixels) * bpe, STORAGE_IN);
      if (p.soft) {
        runs(p, ch, (at, from, n) => {
          if (gpuLabels === null) put(queue, buf, at * 4, src, from, n);
          else {encoder.copyBufferToBuffer(
              gpuLabels,
              from * 4,
              buf,
              at * 4,
              n * 4,
            );}
        });
      } else if (gpuLabels === null) {
        put(queue, buf, 0, src, firstPixel, pixels);
      } else {
        // Offsets and sizes were checked for 4-byte alignment in #passes.
        const size = Math.ceil(pixels * bpe / 4) * 4;
        encoder.copyBufferToBuffer(gpuLabels, firstPixel * bpe, buf, 0, size);
      }
      labels = buf;
    }
    const mask = take(p.keepMask === null ? 4 : pixels, STORAGE_IN);
    if (p.keepMask !== null) {
      put(queue, mask, 0, p.keepMask, firstPixel, pixels);
    }
    return { chunk: ch, params, pred, labels, mask };
  }

  async #gradient(
    device: GPUDevice,
    take: (size: number, usage: number) => GPUBuffer,
    p: Problem,
    buffers: ChunkBuffers[],
    variant: KernelVariant,
    coef: Float64Array,
    gradBuffer: GPUBuffer | undefined,
  ): Promise<Float32Array | undefined> {
    const { B, C, N } = p;
    const scopes = pushScopes(device);
    const gradPipe = pipeline(device, "grad_pass", variant);
    const coefBuf = take(B * C * COEF_K * 4, STORAGE_IN);
    device.queue.writeBuffer(coefBuf, 0, Float32Array.from(coef));
    const encoder = device.createCommandEncoder({ label: "jdt gradient" });
    const pass = encoder.beginComputePass();
    pass.setPipeline(gradPipe);
    const layout = gradPipe.getBindGroupLayout(0);
    const direct = buffers.length === 1 && gradBuffer !== undefined;
    const outs: GPUBuffer[] = [];
    for (const cb of buffers) {
      const ch = cb.chunk;
      const bytes = ch.images * ch.len * C * 4;
      const out = direct ? gradBuffer! : take(bytes, STORAGE_OUT);
      outs.push(out);
      pass.setBindGroup(
        0,
        bindInOrder(device, layout, [
          cb.params,
          cb.pred,
          cb.labels,
          cb.mask,
          coefBuf,
          out,
        ]),
      );
      const groups = Math.ceil(ch.images * ch.len / WORKGROUP_SIZE);
      const x = Math.min(groups, MAX_GROUPS);
      pass.dispatchWorkgroups(x, Math.ceil(groups / x));
    }
    pass.end();
    const reads: GPUBuffer[] = [];
    if (gradBuffer !== undefined) {
      if (!direct) {
        buffers.forEach((cb, i) =>
          runs(
            p,
            cb.chunk,
            (at, from, n) =>
              encoder.copyBufferToBuffer(
                outs[i],
                at * 4,
                gradBuffer,
                from * 4,
                n * 4,
              ),
          )
        );
      }
    } else {
      buffers.forEach((cb, i) => {
        const ch = cb.chunk;
        const bytes = ch.images * ch.len * C * 4;
        const read = take(bytes, READBACK);
        encoder.copyBufferToBuffer(outs[i], 0, read, 0, bytes);
        reads.push(read);
      });
    }
    device.queue.submit([encoder.finish()]);
    await checkScopes(device, scopes);
    if (gradBuffer !== undefined) return undefined;
    await Promise.all(reads.map((r) => r.mapAsync(MAP_MODE_READ)));
    const grad = p.gradInto ?? new Float32Array(B * C * N);
    buffers.forEach((cb, i) => {
      const ch = cb.chunk;
      const data = new Float32Array(
        reads[i].getMappedRange(0, ch.images * ch.len * C * 4),
      );
      runs(p, ch, (at, from, n) => grad.set(data.subarray(at, at + n), from));
      reads[i].unmap();
    });
    return grad;
  }
}
