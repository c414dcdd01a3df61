/**
 * The errors of the WebGPU loss backend: a lost device, a disposed loss, and
 * the typed checks of a call's inputs (detached host arrays, resident buffers
 * the plan cannot bind or copy, `encode()` without GPU inputs).
 *
 * @module
 */

import {
  type JdtRangeError,
  type JdtTypeError,
  rangeError,
  typeError,
} from "../core/errors.ts";
import { predArgumentOf } from "../core/data_check.ts";
import type { Problem } from "../core/problem.ts";
import type { LossPlan } from "./plan.ts";

/**
 * The error of a call whose device was lost.
 *
 * @param info What the device said.
 * @param owned Whether the library made the device (else the caller's).
 * @returns The error.
 */
export function deviceLost(info: GPUDeviceLostInfo, owned: boolean): Error {
  return new Error(
    `Cannot compute loss: the WebGPU device${
      owned ? "" : " given as options.device"
    } was lost during the call (${info.reason}: ${info.message})${
      owned ? "; the next call acquires a new device or falls back" : ""
    }`,
  );
}

/**
 * The error of a call on a disposed loss (typed: the caller's mistake).
 *
 * @returns The error, naming the argument `loss`.
 */
export function disposedError(): JdtTypeError {
  return typeError(
    "loss",
    "loss",
    "was disposed: create a new one with createLoss",
  );
}

/**
 * The error of an encoded call's `value()` read after its plan's buffers
 * were released (more shapes than the loss keeps were computed since).
 *
 * @returns The error, naming the argument `value`.
 */
export function valueGone(): JdtRangeError {
  return rangeError(
    "loss",
    "value",
    "was called after the buffers of its shape were released (this loss keeps the two most recent shapes); call it before computing other shapes",
  );
}

/**
 * Throws a typed error for resident hard labels too small for the plan's
 * 4-byte reads.
 *
 * @param p The problem.
 * @param labels The resident labels, or null.
 */
export function checkResident(p: Problem, labels: GPUBuffer | null): void {
  if (labels === null || p.soft) return;
  const bpe = p.labels.BYTES_PER_ELEMENT;
  const need = Math.ceil(p.B * p.N * bpe / 4) * 4;
  if (labels.size < need) {
    throw rangeError(
      "loss",
      "input.labels",
      `(GPUBuffer, ${
        bpe === 1 ? "uint8" : "uint16"
      }) is read in 4-byte words and needs ${need} bytes, but has ${labels.size}: pad its size to a multiple of 4`,
    );
  }
}

/**
 * Throws a typed error when resident hard labels split into several chunks
 * cannot be copied chunk by chunk (4-byte copies).
 *
 * @param p The problem.
 * @param labels The resident labels, or null.
 * @param plan The plan of the call.
 */
export function checkChunkLabels(
  p: Problem,
  labels: GPUBuffer | null,
  plan: LossPlan,
): void {
  if (labels === null || p.soft || plan.chunkGradients.length === 1) return;
  const bpe = p.labels.BYTES_PER_ELEMENT;
  for (const { chunk: ch } of plan.chunkGradients) {
    const start = (ch.firstImage * p.N + ch.firstPixel) * bpe;
    const size = Math.ceil(ch.images * ch.len * bpe / 4) * 4;
    if (start % 4 !== 0 || start + size > labels.size) {
      throw rangeError(
        "loss",
        "input.labels",
        `(GPUBuffer) is larger than one binding of this device and its chunks do not fall on 4-byte boundaries; pass "int32" labels or a typed array`,
      );
    }
  }
}

/**
 * Throws a typed error when `encode()` is given host arrays or no device.
 *
 * @param p The problem.
 * @param device The caller's device, or null.
 */
export function checkEncodeInputs(p: Problem, device: GPUDevice | null): void {
  if (device === null) {
    throw typeError(
      "loss",
      "options.device",
      "is needed by encode(): the device of the encoder",
    );
  }
  const buffers = [
    [p.predArgument ?? predArgumentOf(p.activation), p.gpu?.pred],
    ["input.labels", p.gpu?.labels],
  ] as const;
  if (p.statistics !== undefined) {
    throw typeError(
      "loss",
      "input.statistics",
      "is read by compute(), not by encode()",
    );
  }
  for (const [name, buf] of buffers) {
    if (buf == null) {
      throw typeError(
        "loss",
        name,
        "must be a GPUBuffer for encode() (use compute() for host arrays)",
      );
    }
  }
}

/**
 * The typed error of a resident input the device cannot bind (a destroyed
 * GPUBuffer, or one of another device), found by binding each alone after a
 * call failed validation.
 *
 * @param device The call's device.
 * @param p The problem.
 * @returns The error naming the first such input, or null when all bind.
 */
export async function unusableInput(
  device: GPUDevice,
  p: Problem,
): Promise<JdtTypeError | null> {
  const layout = device.createBindGroupLayout({
    label: "jdt input probe",
    entries: [{
      binding: 0,
      visibility: 4, // GPUShaderStage.COMPUTE
      buffer: { type: "read-only-storage" },
    }],
  });
  const inputs = [
    [p.predArgument ?? predArgumentOf(p.activation), p.gpu?.pred],
    ["input.labels", p.gpu?.labels],
    ["input.gradBuffer", p.gpu?.gradBuffer],
  ] as const;
  for (const [name, buffer] of inputs) {
    if (buffer == null || buffer.size < 4) continue;
    device.pushErrorScope("validation");
    device.createBindGroup({
      layout,
      entries: [{ binding: 0, resource: { buffer, size: 4 } }],
    });
    if (await device.popErrorScope() !== null) {
      return typeError(
        "loss",
        name,
        "(GPUBuffer) cannot be used on this device: it was destroyed, or it belongs to another device than options.device",
      );
    }
  }
  return null;
}
