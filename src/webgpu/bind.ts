/**
 * Bind groups typed by the kernels' generated bindings: a program is a kernel
 * and its pipeline, and `bindGroup(device, program, { name: buffer, ... })`
 * takes exactly the names the kernel's entry point uses (a missing, extra or
 * renamed binding is a type error), at the numbers the WGSL declares.
 *
 * @module
 */

import { KERNELS } from "./_kernels.generated.ts";

/** A kernel: the name of its file in `kernels/` and of its entry point. */
export type Kernel = keyof typeof KERNELS;

/** The names of the bindings a kernel's entry point uses. */
export type BindingName<K extends Kernel> =
  & keyof (typeof KERNELS)[K]["bindings"]
  & string;

/** What a binding takes: a whole buffer or a range of one. */
export type Resource = GPUBuffer | GPUBufferBinding;

/** One resource per binding of a kernel, by its WGSL name. */
export type Resources<K extends Kernel> = {
  readonly [N in BindingName<K>]: Resource;
};

/** A kernel and its compiled pipeline (layout "auto"). */
export interface Program<K extends Kernel> {
  readonly kernel: K;
  readonly pipeline: GPUComputePipeline;
}

/** A bind group and the workgroup counts of one dispatch of a program. */
export interface Dispatch {
  readonly program: Program<Kernel>;
  /** The bind group and its index (the kernel's one group). */
  readonly group: GPUBindGroup;
  readonly index: number;
  /** Workgroups along x, y and z. */
  readonly size: readonly [number, number, number];
}

/** Names in `R` that are not bindings of `K`: each must then be `never`. */
type NoExtra<K extends Kernel, R> = {
  readonly [X in Exclude<keyof R, BindingName<K>>]: never;
};

function tableOf(
  kernel: Kernel,
): Record<string, { group: number; binding: number }> {
  return KERNELS[kernel].bindings;
}

/**
 * The index of a kernel's one bind group (the generator refuses kernels
 * whose bindings span several).
 *
 * @param kernel The kernel.
 * @returns The group index.
 */
export function groupIndex(kernel: Kernel): number {
  return Object.values(tableOf(kernel))[0]?.group ?? 0;
}

/**
 * The bind group of a program: each resource at the group and binding its
 * kernel declares for that name.
 *
 * @param device The device.
 * @param program The kernel and its pipeline.
 * @param resources Exactly one resource per binding the kernel uses.
 * @returns The bind group (of the kernel's one group).
 */
export function bindGroup<K extends Kernel, R extends Resources<K>>(
  device: GPUDevice,
  program: Program<K>,
  resources: R & NoExtra<K, R>,
): GPUBindGroup {
  const table = tableOf(program.kernel);
  const entries = Object.entries(resources as Record<string, Resource>).map(
    ([name, r]) => ({
      binding: table[name].binding,
      resource: "buffer" in r ? r : { buffer: r },
    }),
  );
  return device.createBindGroup({
    label: program.kernel,
    layout: program.pipeline.getBindGroupLayout(groupIndex(program.kernel)),
    entries,
  });
}

/**
 * A dispatch of a program over its bind group.
 *
 * @param device The device.
 * @param program The kernel and its pipeline.
 * @param resources Exactly one resource per binding the kernel uses.
 * @param size Workgroups along x, y and z.
 * @returns What to record.
 */
export function dispatchOf<K extends Kernel, R extends Resources<K>>(
  device: GPUDevice,
  program: Program<K>,
  resources: R & NoExtra<K, R>,
  size: readonly [number, number, number],
): Dispatch {
  return {
    program,
    group: bindGroup(device, program, resources),
    index: groupIndex(program.kernel),
    size,
  };
}

/**
 * Records dispatches into a compute pass, setting each pipeline only when it
 * changes.
 *
 * @param pass The pass.
 * @param dispatches What to record, in order.
 */
export function recordDispatches(
  pass: GPUComputePassEncoder,
  dispatches: readonly Dispatch[],
): void {
  let current: GPUComputePipeline | null = null;
  for (const d of dispatches) {
    if (d.program.pipeline !== current) {
      current = d.program.pipeline;
      pass.setPipeline(current);
    }
    pass.setBindGroup(d.index, d.group);
    pass.dispatchWorkgroups(...d.size);
  }
}
