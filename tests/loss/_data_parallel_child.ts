/**
 * Runs data-parallel jobs whose workers use WebGPU, in a process of their
 * own, and prints their results as JSON; then exits with the workers still
 * there. On Linux without Vulkan, Deno's WebGPU runs on OpenGL through
 * libglvnd's EGL, and a thread that used EGL can corrupt the heap when it
 * ends (gfx-rs/wgpu#4285 and #3250: "corrupted double-linked list" on
 * llvmpipe); a worker that is terminated is such a thread. Here no worker
 * thread ends before the process does, and the test process never runs
 * WebGPU off its main thread. This is a precaution, not a cure: the whole
 * suite still dies at exit now and then after every test has passed (see
 * .ci/run), with or without these workers in it.
 *
 * Usage: `deno run -A tests/loss/_data_parallel_child.ts '<jobs as JSON>'`.
 */
import type { LossOptions } from "../../mod.ts";
import { batch, dataParallel } from "./_data_parallel.ts";

/** One split run: the batch's seed and label kind, workers, options and backends. */
export interface ChildJob {
  seed: number;
  soft: boolean;
  W: number;
  options: LossOptions;
  statsBackend: LossOptions["backend"];
  lossBackend: LossOptions["backend"];
}

/** A job's answer as printed: the gradient as plain numbers. */
export interface ChildAnswer {
  values: number[];
  grad: number[];
  backends: string[];
}

if (import.meta.main) {
  const jobs = JSON.parse(Deno.args[0]) as ChildJob[];
  const answers: ChildAnswer[] = [];
  for (const j of jobs) {
    const x = batch(j.seed, j.soft);
    const r = await dataParallel(
      x,
      j.W,
      j.options,
      j.statsBackend,
      j.lossBackend,
      true,
    );
    answers.push({ ...r, grad: Array.from(r.grad) });
  }
  console.log(JSON.stringify(answers));
  Deno.exit(0);
}
