/**
 * The GPU program of the scoring metrics (kernels/metrics_count.wgsl): its
 * pipeline per workgroup-memory size, the parameters of one chunk, and what
 * one chunk binds and dispatches, typed by the kernel's generated bindings.
 *
 * @module
 */

import { type Dispatch, dispatchOf, type Program } from "./bind.ts";
import type { Chunk } from "./chunks.ts";
import { program } from "./pipelines.ts";

/** Bytes of the kernel's `Params` that it reads. */
const PARAMS_BYTES = 36;

/** What the counting kernel counts, shared by every chunk of a batch. */
export interface CountLayout {
  /** Classes. */
  C: number;
  /** Calibration bins. */
  numBins: number;
  /** The ignored label, or null. */
  ignoreIndex: number | null;
  /** Whether ECE bins are filled. */
  ece: boolean;
  /** Whether SCE bins are filled. */
  sce: boolean;
  /** u32 words of the counts of one image. */
  stride: number;
}

/** Buffers shared by the chunks of one batch, by their WGSL names. */
export interface CountBuffers {
  edges: GPUBuffer;
  out: GPUBufferBinding;
  flags: GPUBufferBinding;
}

/**
 * The cached program of the counting kernel on a device.
 *
 * @param device The device.
 * @param localWords Size of its workgroup copy of an image's counts, in u32
 *   words (1: count in the output directly).
 * @returns The program.
 */
export function countProgram(
  device: GPUDevice,
  localWords: number,
): Program<"metrics_count"> {
  return program(device, "metrics_count", { LOCAL_WORDS: localWords });
}

/**
 * The kernel's parameters for one chunk.
 *
 * @param l What is counted.
 * @param ch The chunk.
 * @returns The words to write into the chunk's uniform buffer.
 */
export function countParams(
  l: CountLayout,
  ch: Chunk,
): Uint32Array<ArrayBuffer> {
  const ig = l.ignoreIndex;
  const hasIgnore = ig !== null && ig >= -(2 ** 31) && ig < 2 ** 31;
  return new Uint32Array([
    l.C,
    ch.len,
    hasIgnore ? 1 : 0,
    hasIgnore ? ig : 0,
    l.numBins,
    ch.firstImage,
    l.ece ? 1 : 0,
    l.sce ? 1 : 0,
    l.stride,
  ]);
}

/**
 * What one chunk binds and dispatches: a workgroup per tile of each image.
 *
 * @param device The device.
 * @param prog The counting program.
 * @param ch The chunk.
 * @param params The chunk's parameters (uniform).
 * @param probs The chunk's probabilities, class-major per image.
 * @param labels The chunk's labels (int32).
 * @param shared The batch's bin edges, counts and flags.
 * @returns The dispatch.
 */
export function countDispatch(
  device: GPUDevice,
  prog: Program<"metrics_count">,
  ch: Chunk,
  params: GPUBuffer,
  probs: GPUBuffer,
  labels: GPUBuffer,
  shared: CountBuffers,
): Dispatch {
  return dispatchOf(device, prog, {
    params: { buffer: params, size: PARAMS_BYTES },
    probs,
    labels,
    ...shared,
  }, [ch.tiles, ch.images, 1]);
}
