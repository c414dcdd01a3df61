/**
 * The `"webgpu"` counting pass of the scoring metrics: uploads probabilities
 * and labels in chunks that fit the device's bindings, runs
 * kernels/metrics_count.wgsl, reads the per-image counts and bins back once,
 * and finishes each image with the same host code as the js pass. A bad value
 * flagged by the kernel is named by running the js pass over the batch, so the
 * errors are the js errors.
 *
 * @module
 */

import {
  isInputError,
  type JdtRangeError,
  rangeError,
} from "../core/errors.ts";
import {
  addImage,
  type BatchCounts,
  BIN_K,
  binEdges,
  type CountConfig,
  countProbsJs,
  emptyCounts,
  trimCounts,
} from "../core/counts.ts";
import type { HardLabels } from "../core/types.ts";
import {
  bindingLimit,
  GpuClient,
  type GpuClientOptions,
  type GpuHandle,
} from "./device.ts";
import { recordDispatches } from "./bind.ts";
import type { Chunk } from "./chunks.ts";
import {
  countDispatch,
  type CountLayout,
  countParams,
  countProgram,
} from "./count_program.ts";
import {
  lostWithin,
  MAP_MODE_READ,
  put,
  READBACK,
  reportedError,
  STORAGE_IN,
  STORAGE_OUT,
  UNIFORM,
} from "./io.ts";
import { BufferPool } from "./pool.ts";

/** Fractional bits of the kernel's fixed-point confidence sums. */
const CONF_SCALE = 2 ** 24;
/** Most u32 words of an image's counts kept in workgroup memory (12 KiB). */
const MAX_LOCAL_WORDS = 3072;

/** Options of a {@link WebGpuCounter}. */
export interface WebGpuCounterOptions extends GpuClientOptions {
  /**
   * Count each tile in workgroup memory first when an image's counts fit
   * there. Default: on hardware adapters, not on fallback ones (llvmpipe runs
   * workgroup atomics several times slower than atomics on the output).
   */
  workgroupCounts?: boolean;
}

/** Pool and loss state of one device, shared by every counter on it. */
interface DeviceState {
  pool: BufferPool;
  lost: GPUDeviceLostInfo | null;
  /** Rejects the calls in flight when the device is lost. */
  inflight: Set<(info: GPUDeviceLostInfo) => void>;
}

const states = new WeakMap<GPUDevice, DeviceState>();

function stateOf(device: GPUDevice): DeviceState {
  let s = states.get(device);
  if (s === undefined) {
    const state: DeviceState = {
      pool: new BufferPool(device),
      lost: null,
      inflight: new Set(),
    };
    // One device.lost listener per device (not per call).
    device.lost.then((info) => {
      state.lost = info;
      state.pool.destroy();
      for (const fail of state.inflight) fail(info);
    });
    states.set(device, state);
    s = state;
  }
  return s;
}

function noAdapter(): JdtRangeError {
  return rangeError(
    "metrics",
    "options.backend",
    '"webgpu" needs a WebGPU adapter, and there is none',
  );
}

function deviceLost(info: GPUDeviceLostInfo): Error {
  return new Error(
    `Cannot compute metrics: the WebGPU device was lost (${info.reason}: ${info.message})`,
  );
}

/** Counts batches of probabilities on a WebGPU device. */
export class WebGpuCounter extends GpuClient {
  #workgroupCounts: boolean | undefined;

  /** @param options A caller's device, and settings for tests. */
  constructor(options: WebGpuCounterOptions = {}) {
    super(options);
    this.#workgroupCounts = options.workgroupCounts;
  }

  /**
   * Counts one batch of probabilities `[B, C, N]` against labels `[B, N]`,
   * like `countProbsJs`, with the same errors.
   *
   * @param probs Probabilities, length B·C·N.
   * @param labels Class ids, length B·N.
   * @param B Batch size.
   * @param N Pixels per image.
   * @param cfg What to count.
   * @returns The batch's counts.
   */
  async count(
    probs: Float32Array,
    labels: HardLabels,
    B: number,
    N: number,
    cfg: CountConfig,
  ): Promise<BatchCounts> {
    const h = await this.available();
    if (h === null) throw noAdapter();
    const device = h.device;
    const state = stateOf(device);
    if (state.lost !== null) throw deviceLost(state.lost);
    let fail!: (info: GPUDeviceLostInfo) => void;
    const lost = new Promise<never>((_, reject) => {
      fail = (info) => reject(deviceLost(info));
    });
    state.inflight.add(fail);
    const taken: GPUBuffer[] = [];
    try {
      const words = await Promise.race([
        this.#run(h, state.pool, taken, probs, labels, B, N, cfg),
        lost,
      ]);
      if (words === null) {
        // The kernel saw a bad value: the js pass names it.
        countProbsJs(probs, labels, B, N, cfg);
        throw new Error(
          "Cannot compute metrics: the WebGPU pass flagged a value the js pass accepts",
        );
      }
      return finish(words, B, cfg);
    } catch (e) {
      if (isInputError(e)) throw e;
      // A command that fails because the device is going away may throw
      // before device.lost resolves: name the loss, not its symptom.
      const info = state.lost ?? await lostWithin(device, 200);
      throw info === null ? e : deviceLost(info);
    } finally {
      state.inflight.delete(fail);
      for (const b of taken) if (b.mapState === "mapped") b.unmap();
      if (state.lost === null) state.pool.give(taken);
    }
  }

  /** Runs the kernel; the per-image words, or null when a value was flagged. */
  async #run(
    h: GpuHandle,
    pool: BufferPool,
    taken: GPUBuffer[],
    probs: Float32Array,
    labels: HardLabels,
    B: number,
    N: number,
    cfg: CountConfig,
  ): Promise<Uint32Array | null> {
    const l = layoutOf(cfg);
    const device = h.device;
    const outBytes = B * l.stride * 4;
    if (outBytes > bindingLimit(device)) {
      throw rangeError(
        "metrics",
        "input.shape",
        `has ${B} images of ${l.C} classes and ${l.numBins} bins, too many counts (${outBytes} bytes) for one buffer of this WebGPU device; add smaller batches`,
      );
    }
    const chunks = this.planChunks(device, B, l.C, N, "metrics");
    const take = (size: number, usage: number): GPUBuffer => {
      const b = pool.take(size, usage);
      taken.push(b);
      return b;
    };
    device.pushErrorScope("validation");
    device.pushErrorScope("out-of-memory");
    const prog = countProgram(device, this.#localWords(h, l.stride));
    const edges = take((l.numBins + 1) * 4, STORAGE_IN);
    device.queue.writeBuffer(edges, 0, Float32Array.from(binEdges(l.numBins)));
    const out = take(outBytes, STORAGE_OUT);
    const flags = take(4, STORAGE_OUT);
    const shared = {
      edges,
      out: { buffer: out, size: outBytes },
      flags: { buffer: flags, size: 4 },
    };
    const lab = labels instanceof Int32Array ? labels : Int32Array.from(labels);
    const dispatches = chunks.map((ch) => {
      const params = take(48, UNIFORM);
      device.queue.writeBuffer(params, 0, countParams(l, ch));
      const [p, lb] = uploadChunk(device.queue, take, probs, lab, N, l.C, ch);
      return countDispatch(device, prog, ch, params, p, lb, shared);
    });
    const outRead = take(outBytes, READBACK);
    const flagsRead = take(4, READBACK);
    const encoder = device.createCommandEncoder({ label: "jdt metrics" });
    encoder.clearBuffer(out, 0, outBytes);
    encoder.clearBuffer(flags, 0, 4);
    const pass = encoder.beginComputePass();
    recordDispatches(pass, dispatches);
    pass.end();
    encoder.copyBufferToBuffer(out, 0, outRead, 0, outBytes);
    encoder.copyBufferToBuffer(flags, 0, flagsRead, 0, 4);
    device.queue.submit([encoder.finish()]);
    await checkScopes(device);
    return await readWords(outRead, flagsRead, outBytes);
  }

  /** Words of the kernel's workgroup copy of an image's counts (1: none). */
  #localWords(h: GpuHandle, stride: number): number {
    const localMax = Math.min(
      MAX_LOCAL_WORDS,
      Math.floor(h.device.limits.maxComputeWorkgroupStorageSize / 4),
    );
    const local = (this.#workgroupCounts ?? !h.fallback) && stride <= localMax;
    // Sizes rounded up to 256 words keep the number of pipelines small.
    return local ? Math.min(localMax, Math.ceil(stride / 256) * 256) : 1;
  }
}

/** Uploads one chunk's probabilities (class-major per image) and labels. */
function uploadChunk(
  queue: GPUQueue,
  take: (size: number, usage: number) => GPUBuffer,
  probs: Float32Array,
  labels: Int32Array,
  N: number,
  C: number,
  ch: Chunk,
): [GPUBuffer, GPUBuffer] {
  const pixels = ch.images * ch.len;
  const p = take(pixels * C * 4, STORAGE_IN);
  if (ch.len === N) {
    put(queue, p, 0, probs, ch.firstImage * C * N, pixels * C);
  } else {
    for (let c = 0; c < C; c++) {
      const from = (ch.firstImage * C + c) * N + ch.firstPixel;
      put(queue, p, c * ch.len * 4, probs, from, ch.len);
    }
  }
  const l = take(pixels * 4, STORAGE_IN);
  put(queue, l, 0, labels, ch.firstImage * N + ch.firstPixel, pixels);
  return [p, l];
}

/** Throws the first error of the two scopes the counting pass pushed. */
async function checkScopes(device: GPUDevice): Promise<void> {
  const errors = await Promise.all([
    device.popErrorScope(),
    device.popErrorScope(),
  ]);
  for (const e of errors) if (e !== null) throw reportedError("metrics", e);
}

/** Maps the read-back counts and flags: the words, or null when flagged. */
async function readWords(
  outRead: GPUBuffer,
  flagsRead: GPUBuffer,
  outBytes: number,
): Promise<Uint32Array | null> {
  await Promise.all([
    outRead.mapAsync(MAP_MODE_READ, 0, outBytes),
    flagsRead.mapAsync(MAP_MODE_READ, 0, 4),
  ]);
  const bad = new Uint32Array(flagsRead.getMappedRange(0, 4))[0];
  const words = bad === 0
    ? new Uint32Array(outRead.getMappedRange(0, outBytes)).slice()
    : null;
  outRead.unmap();
  flagsRead.unmap();
  return words;
}

/**
 * What the kernel counts: which bins it fills, and its u32 words per image:
 * `[C][3]` counts, then `[numBins][4]` ECE and `[C][numBins][4]` SCE bins when
 * asked for.
 */
function layoutOf(cfg: CountConfig): CountLayout {
  const C = cfg.numClasses;
  const nb = cfg.numBins;
  const ece = cfg.eceD || cfg.eceI;
  const sce = cfg.sceD || cfg.sceI;
  return {
    C,
    numBins: nb,
    ignoreIndex: cfg.ignoreIndex,
    ece,
    sce,
    stride: 3 * C + (ece ? 4 * nb : 0) + (sce ? 4 * C * nb : 0),
  };
}

/** Turns the kernel's per-image words into the batch's counts. */
function finish(words: Uint32Array, B: number, cfg: CountConfig): BatchCounts {
  const C = cfg.numClasses;
  const nb = cfg.numBins;
  const { ece, sce, stride } = layoutOf(cfg);
  const out = emptyCounts(cfg, B);
  const tp = new Float64Array(C);
  const pred = new Float64Array(C);
  const label = new Float64Array(C);
  const eceB = new Float64Array(ece ? nb * BIN_K : 0);
  const sceB = new Float64Array(sce ? C * nb * BIN_K : 0);
  const bins = (dst: Float64Array, at: number) => {
    for (let k = 0, o = at; k < dst.length; k += BIN_K, o += 4) {
      dst[k] = words[o];
      dst[k + 1] = words[o + 1];
      dst[k + 2] = (words[o + 2] + words[o + 3] * 2 ** 32) / CONF_SCALE;
    }
  };
  for (let b = 0; b < B; b++) {
    const at = b * stride;
    let kept = 0;
    for (let c = 0; c < C; c++) {
      tp[c] = words[at + 3 * c];
      pred[c] = words[at + 3 * c + 1];
      label[c] = words[at + 3 * c + 2];
      kept += label[c];
    }
    if (kept === 0) continue;
    if (ece) bins(eceB, at + 3 * C);
    if (sce) bins(sceB, at + 3 * C + (ece ? 4 * nb : 0));
    addImage(out, cfg, kept, tp, pred, label, eceB, sceB);
  }
  return trimCounts(out, C);
}
