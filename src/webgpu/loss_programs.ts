/**
 * The GPU programs of a loss call, one small builder each: pass 1 (softmax
 * and statistics per chunk), the reduction of its partials, the GPU step
 * (class and image sums, value, coefficients) and pass 2 (gradient per
 * chunk). Each builder returns what to bind and dispatch; bindings are typed
 * by the kernels' generated tables (bind.ts), so a renamed WGSL binding does
 * not type-check here.
 *
 * @module
 */

import { type Dispatch, dispatchOf, type Program } from "./bind.ts";
import { type ChunkInputs, type ChunkPlan, grid } from "./chunk_plan.ts";
import { STORAGE_IN, STORAGE_OUT } from "./io.ts";
import type { OwnedBuffers } from "./owned.ts";
import { program } from "./pipelines.ts";
import {
  CLASS_BLOCK,
  COEF_STAGE_C,
  type PlanSpec,
  SMALL_C,
  WG,
} from "./plan_spec.ts";

/** The programs of one plan. */
export interface LossPrograms {
  /** The softmax pass, run before the statistics when C > CLASS_BLOCK. */
  pixel: Program<"pixel_pass"> | null;
  stats: Program<"stats_pass" | "stats_pass_subgroups">;
  reduce: Program<"stats_reduce">;
  classes: Program<"step_classes">;
  images: Program<"step_images">;
  value: Program<"step_value">;
  coef: Program<"step_coef">;
  grad: Program<"grad_pass"> | null;
}

/** Buffers shared by the calls of a plan, by their WGSL names. */
export interface SharedBuffers {
  partials: GPUBuffer;
  flags: GPUBuffer;
  record: GPUBuffer;
  image_groups: GPUBuffer;
  class_groups: GPUBuffer;
  counts: GPUBuffer;
  loss_sums: GPUBuffer;
  class_info: GPUBuffer;
  coef: GPUBuffer;
  /** Bound as `mask` when the call has no keep mask. */
  noMask: GPUBuffer;
}

/**
 * Compiles (or takes from the cache) the programs of a plan.
 *
 * @param device The device.
 * @param s The plan's spec.
 * @param staged Whether channels-last data is staged in workgroup memory.
 * @param tilePixels Pixels of one pass-1 tile.
 * @returns The programs.
 */
export function lossPrograms(
  device: GPUDevice,
  s: PlanSpec,
  staged: boolean,
  tilePixels: number,
): LossPrograms {
  const common = {
    ACTIVATION: s.activation,
    LABELS: s.labels,
    HAS_MASK: s.mask ? 1 : 0,
    NORM: s.norm,
    CHANNELS_LAST: s.channelsLast ? 1 : 0,
  };
  const fused = s.C <= CLASS_BLOCK;
  const stageLen = staged ? WG * s.C / 4 : 1;
  return {
    pixel: fused ? null : program(device, "pixel_pass", common),
    stats: program(
      device,
      s.subgroups ? "stats_pass_subgroups" : "stats_pass",
      {
        ...common,
        PPT: tilePixels / WG,
        FUSED: fused ? 1 : 0,
        CLASS_BLOCK,
        NEED_MAX_X: s.needMaxX ? 1 : 0,
        RED_X_LEN: s.needMaxX ? 4 * WG : 1,
        STAGE_LEN: stageLen,
      },
    ),
    reduce: program(device, "stats_reduce"),
    classes: program(device, "step_classes"),
    images: program(device, "step_images"),
    value: program(device, "step_value"),
    coef: program(device, "step_coef"),
    grad: s.grad
      ? program(device, "grad_pass", {
        ...common,
        FIXED_C: s.C <= SMALL_C ? s.C : 0,
        COEF_STAGE: s.C <= COEF_STAGE_C ? s.C : 1,
        STAGE_LEN: stageLen,
      })
      : null,
  };
}

/**
 * Makes the buffers shared by the calls of a plan.
 *
 * @param owned Where they are made.
 * @param s The plan's spec.
 * @param imageTiles Pass-1 tiles per image over all chunks.
 * @param recordBytes Bytes of the statistics record.
 * @returns The buffers.
 */
export function sharedBuffers(
  owned: OwnedBuffers,
  s: PlanSpec,
  imageTiles: number,
  recordBytes: number,
): SharedBuffers {
  const G = s.B * s.C, B = s.stepB, C = s.stepC;
  const out = (bytes: number, what: string) =>
    owned.create(bytes, STORAGE_OUT, what);
  return {
    partials: out(G * imageTiles * 24, "partials"),
    flags: out(4, "flags"),
    record: out(recordBytes, "record"),
    image_groups: out(G * 32, "image groups"),
    class_groups: out(C * 32, "class groups"),
    counts: out((4 + B + C) * 4, "counts"),
    loss_sums: out((B + C) * 4, "loss sums"),
    class_info: owned.create(C * 8, STORAGE_IN, "class info"),
    coef: out(G * 12, "coefficients"),
    noMask: owned.create(4, STORAGE_IN, "no mask"),
  };
}

/**
 * Pass 1 of one chunk: the softmax pass where it runs apart, then the
 * statistics pass.
 *
 * @param device The device.
 * @param progs The plan's programs.
 * @param shared The plan's shared buffers.
 * @param C Classes.
 * @param cp The chunk.
 * @param inputs The chunk's inputs.
 * @returns The dispatches, in order.
 */
export function statsDispatches(
  device: GPUDevice,
  progs: LossPrograms,
  shared: SharedBuffers,
  C: number,
  cp: ChunkPlan,
  inputs: ChunkInputs,
): Dispatch[] {
  const images = cp.chunk.images;
  const out: Dispatch[] = [];
  if (progs.pixel !== null) {
    const { params, pred, px } = inputs;
    const size = [...cp.grid, images] as const;
    out.push(dispatchOf(device, progs.pixel, { params, pred, px }, size));
  }
  const { partials, flags } = shared;
  out.push(
    dispatchOf(device, progs.stats, { ...inputs, partials, flags }, [
      cp.statsTiles,
      Math.ceil(C / CLASS_BLOCK),
      images,
    ]),
  );
  return out;
}

/**
 * Pass 2 of one chunk: d loss / d prediction from the step's coefficients.
 *
 * @param device The device.
 * @param grad The gradient program.
 * @param shared The plan's shared buffers.
 * @param cp The chunk.
 * @param inputs The chunk's inputs.
 * @param target Where the chunk's gradient goes.
 * @returns The dispatch.
 */
export function gradDispatch(
  device: GPUDevice,
  grad: Program<"grad_pass">,
  shared: SharedBuffers,
  cp: ChunkPlan,
  inputs: ChunkInputs,
  target: GPUBuffer | GPUBufferBinding,
): Dispatch {
  return dispatchOf(
    device,
    grad,
    { ...inputs, coef: shared.coef, grad: target },
    [...cp.grid, cp.chunk.images],
  );
}

/**
 * The reduction of pass 1's partials into the statistics record, one
 * workgroup per (image, class) group.
 *
 * @param device The device.
 * @param reduce The reduction program.
 * @param shared The plan's shared buffers.
 * @param sp The slot's step parameters.
 * @param G (Image, class) groups of the step.
 * @returns The dispatch.
 */
export function reduceDispatch(
  device: GPUDevice,
  reduce: Program<"stats_reduce">,
  shared: SharedBuffers,
  sp: GPUBuffer,
  G: number,
): Dispatch {
  const { partials, record, image_groups, counts, class_info } = shared;
  return dispatchOf(
    device,
    reduce,
    { sp, partials, record, image_groups, counts, class_info },
    [...grid(G), 1],
  );
}

/**
 * The GPU step after the reduction: class sums, image sums, the float32
 * value and, when pass 2 runs, the gradient coefficients.
 *
 * @param device The device.
 * @param progs The plan's programs.
 * @param shared The plan's shared buffers.
 * @param sp The slot's step parameters.
 * @param value The slot's value buffer.
 * @param s The plan's spec.
 * @returns The dispatches, in order.
 */
export function stepDispatches(
  device: GPUDevice,
  progs: LossPrograms,
  shared: SharedBuffers,
  sp: GPUBuffer,
  value: GPUBuffer,
  s: PlanSpec,
): Dispatch[] {
  const B = s.stepB, C = s.stepC;
  const { record, image_groups, counts, class_groups, loss_sums } = shared;
  const out = [
    dispatchOf(device, progs.classes, {
      sp,
      record,
      image_groups,
      counts,
      class_groups,
      loss_sums,
      class_info: shared.class_info,
    }, [...grid(C), 1]),
    dispatchOf(device, progs.images, { sp, image_groups, counts, loss_sums }, [
      ...grid(B),
      1,
    ]),
    dispatchOf(device, progs.value, {
      sp,
      record,
      counts,
      class_groups,
      loss_sums,
      value,
      flags: shared.flags,
    }, [1, 1, 1]),
  ];
  if (s.grad) {
    out.push(
      dispatchOf(device, progs.coef, {
        sp,
        image_groups,
        counts,
        class_groups,
        coef: shared.coef,
      }, [...grid(Math.ceil(B * C / 256)), 1]),
    );
  }
  return out;
}
