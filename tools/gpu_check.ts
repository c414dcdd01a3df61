/**
 * `deno task gpu-check`: the WebGPU loss on W1/W2/W3 with GPU-resident inputs,
 * recorded by `encode()` into one encoder per step. Prints, per workload: the
 * GPU time of each pass from timestamp queries (when the device has
 * `timestamp-query`), the bytes each pass moves and the achieved GB/s (and
 * its share of the adapter's memory bandwidth where this table knows the
 * adapter), the CPU time of `encode()` and of a `compute()` round trip, the
 * GPU objects created and submits/maps made by steady-state `encode()` calls,
 * and the agreement of value and gradient with the js backend (gradient
 * elements beyond the golden tolerance are counted: with norm 1 an element
 * whose probability rounds to its soft label in float32 takes the other
 * branch of |x - y|, a kink).
 *
 * Run: deno task gpu-check [--scale N] (sides of W1/W2/W3 divided by N; CI
 * uses --scale 8 on llvmpipe as a smoke test). Exits with status 1 when a
 * workload disagrees with js or steady-state encode() creates, submits or
 * maps anything.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { gpuBuffer, readBytes } from "./gpu_buffers.ts";
import { createLoss, jdtLoss } from "../mod.ts";
import type { LossInput, LossOptions } from "../mod.ts";
import { resolveLossOptions } from "../src/core/options.ts";
import { toProblem } from "../src/core/input.ts";
import { hostStepPlan } from "../src/core/host_step.ts";
import { WebGpuBackend } from "../src/webgpu/backend.ts";
import { subgroupsUsable } from "../src/webgpu/pipelines.ts";
import { RING } from "../src/webgpu/plan.ts";
import { w1, w2, w3 } from "./workloads.ts";
import type { Workload } from "./workloads.ts";

/** Memory bandwidth in GB/s of adapters by a substring of their description. */
const BANDWIDTH: [string, number][] = [
  ["H200", 4800],
  ["H100", 3350],
  ["A100", 2039],
  ["L40S", 864],
  ["RTX 4090", 1008],
  ["RTX 3090", 936],
  ["MI300X", 5300],
  ["MI250", 3277],
];

const PASSES = ["pass 1", "step", "pass 2"];

/** Counts creations, submits and maps on `device` while `f` runs. */
function counted(device: GPUDevice, f: () => void): Record<string, number> {
  const counts: Record<string, number> = {};
  const d = device as unknown as Record<string, unknown>;
  const names = [
    "createBuffer",
    "createBindGroup",
    "createShaderModule",
    "createComputePipeline",
  ];
  for (const name of names) {
    const orig = (d[name] as (...a: unknown[]) => unknown).bind(device);
    counts[name] = 0;
    d[name] = (...a: unknown[]) => (counts[name]++, orig(...a));
  }
  const q = device.queue as unknown as Record<string, unknown>;
  const submit = (q.submit as (...a: unknown[]) => unknown).bind(q);
  counts.submit = 0;
  q.submit = (...a: unknown[]) => (counts.submit++, submit(...a));
  const proto = GPUBuffer.prototype, mapAsync = proto.mapAsync;
  counts.mapAsync = 0;
  proto.mapAsync = function (this: GPUBuffer, ...a) {
    counts.mapAsync++;
    return mapAsync.apply(this, a);
  };
  try {
    f();
  } finally {
    for (const name of names) delete d[name];
    delete q.submit;
    proto.mapAsync = mapAsync;
  }
  return counts;
}

/** Bytes read and written by pass 1 and pass 2 of a workload. */
function passBytes(w: Workload): number[] {
  const [B, C] = w.input.shape;
  const N = w.elements / (B * C);
  const pred = w.elements * 4;
  const labels = (w.input.labels as ArrayBufferView).byteLength;
  const px = B * N * 8;
  const grad = w.options.grad === false ? 0 : pred + labels + px + pred;
  return [pred + labels + px, 0, grad];
}

interface Row {
  name: string;
  gpuMs: (number | null)[];
  gbps: (number | null)[];
  encodeMs: number;
  computeMs: number;
  counts: Record<string, number>;
  valueDiff: number;
  gradDiff: number;
  /** Gradient elements beyond the golden tolerance (norm-1 kinks where x ≈ y). */
  gradOff: number;
  elements: number;
}

async function check(
  device: GPUDevice,
  w: Workload,
  timestamps: GPUQuerySet | undefined,
  runs: number,
): Promise<Row> {
  const { input, options } = w;
  const pred = (input.logits ?? input.probs)!;
  const labels = input.labels as Uint8Array | Float32Array;
  const resident: LossInput = {
    ...input,
    [input.logits ? "logits" : "probs"]: gpuBuffer(device, pred),
    labels: gpuBuffer(device, labels),
    labelFormat: labels instanceof Float32Array ? "float32" : "uint8",
  };
  const opts: LossOptions = { ...options, backend: "webgpu", device };
  const o = resolveLossOptions(opts);
  const p = toProblem(resident, o, "loss", true);
  const backend = new WebGpuBackend({ device, timestamps });
  const step = hostStepPlan(p, o);
  // Warm-up: the plan, then each slot of the ring once.
  for (let i = 0; i < RING; i++) {
    const enc = device.createCommandEncoder();
    const e = backend.encode(enc, p, step);
    device.queue.submit([enc.finish()]);
    await e.value();
  }
  const encoders = Array.from(
    { length: runs },
    () => device.createCommandEncoder(),
  );
  let encodeMs = 0;
  let last!: ReturnType<WebGpuBackend["encode"]>;
  const counts = counted(device, () => {
    for (const enc of encoders) {
      const t = performance.now();
      last = backend.encode(enc, p, step);
      encodeMs += performance.now() - t;
    }
  });
  const times = timestamps
    ? device.createBuffer({
      size: 48,
      usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
    })
    : null;
  const gpuMs: (number | null)[] = [null, null, null];
  if (times !== null) {
    encoders.forEach((enc) => enc.resolveQuerySet(timestamps!, 0, 6, times, 0));
  }
  device.queue.submit(encoders.map((e) => e.finish()));
  const got = await last.value();
  if (times !== null) {
    // The passes of the last encoder (each resolve writes the latest values).
    const t = new BigUint64Array(await readBytes(device, times, 48));
    for (let i = 0; i < (options.grad === false ? 2 : 3); i++) {
      if (t[2 * i + 1] > t[2 * i]) {
        gpuMs[i] = Number(t[2 * i + 1] - t[2 * i]) / 1e6;
      }
    }
    times.destroy();
  }
  const js = await jdtLoss(input, { ...options, backend: "js" });
  let gradDiff = 0, gradOff = 0;
  if (js.grad && last.gradBuffer) {
    const g = new Float32Array(
      await readBytes(device, last.gradBuffer, pred.byteLength),
    );
    let max = 0;
    for (const v of js.grad) max = Math.max(max, Math.abs(v));
    const tol = 1e-7 + 1e-3 * max;
    for (let i = 0; i < g.length; i++) {
      const d = Math.abs(g[i] - js.grad[i]);
      gradDiff = Math.max(gradDiff, d);
      if (!(d <= tol)) gradOff++;
    }
    gradDiff /= max || 1;
  }
  const loss = createLoss({ ...opts, gradOutput: o.grad ? "gpu" : "cpu" });
  await loss.compute(resident);
  const t0 = performance.now();
  await loss.compute(resident);
  const computeMs = performance.now() - t0;
  loss.dispose();
  backend.dispose();
  for (const b of [resident.logits, resident.probs, resident.labels]) {
    if (b instanceof GPUBuffer) b.destroy();
  }
  const bytes = passBytes(w);
  return {
    name: w.group,
    gpuMs,
    gbps: gpuMs.map((ms, i) => ms && bytes[i] ? bytes[i] / ms / 1e6 : null),
    encodeMs: encodeMs / runs,
    computeMs,
    counts,
    valueDiff: Math.abs(got - js.value) / Math.max(1e-12, Math.abs(js.value)),
    gradDiff,
    gradOff,
    elements: w.elements,
  };
}

function fmt(v: number | null, digits = 3): string {
  return v === null ? "n/a" : v.toPrecision(digits);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      scale: { type: "string", default: "1" },
      runs: { type: "string", default: "5" },
    },
  });
  const scale = Number(values.scale), runs = Number(values.runs);
  const adapter = "gpu" in navigator
    ? await navigator.gpu.requestAdapter()
    : null;
  if (adapter === null) {
    console.error("gpu-check: no WebGPU adapter");
    Deno.exit(1);
  }
  const features = (["timestamp-query", "subgroups"] as GPUFeatureName[])
    .filter((f) => adapter.features.has(f));
  const device = await adapter.requestDevice({
    requiredFeatures: features,
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  const info = adapter.info;
  const bandwidth = BANDWIDTH.find(([k]) =>
    info.description.includes(k)
  )?.[1] ?? null;
  const timestamps = device.features.has("timestamp-query")
    ? device.createQuerySet({ type: "timestamp", count: 6 })
    : undefined;
  console.log(
    `adapter: ${info.description || info.vendor} (fallback: ${
      (info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true
    }); timestamps: ${
      timestamps !== undefined
    }; subgroups: ${await subgroupsUsable(device)}; memory bandwidth: ${
      bandwidth === null ? "unknown" : `${bandwidth} GB/s`
    }; scale 1/${scale}, ${runs} encodes per workload`,
  );
  console.log(
    `| workload | ${
      PASSES.map((p) => `${p} ms`).join(" | ")
    } | pass 1 GB/s | pass 2 GB/s | encode() CPU ms | compute() ms | created / submits / maps in ${runs} encode() | value rel. diff | grad max diff / max | grad elements beyond tol. |`,
  );
  console.log(`|${" --- |".repeat(12)}`);
  let ok = true;
  for (const w of [w1(scale), w2(scale), w3(scale)]) {
    const r = await check(device, w, timestamps, runs);
    const created = r.counts.createBuffer + r.counts.createBindGroup +
      r.counts.createShaderModule + r.counts.createComputePipeline;
    const share = (g: number | null) =>
      g === null
        ? "n/a"
        : bandwidth === null
        ? fmt(g)
        : `${fmt(g)} (${(100 * g / bandwidth).toFixed(0)}%)`;
    console.log(
      `| ${r.name} | ${r.gpuMs.map((m) => fmt(m)).join(" | ")} | ${
        share(r.gbps[0])
      } | ${share(r.gbps[2])} | ${fmt(r.encodeMs)} | ${
        fmt(r.computeMs)
      } | ${created} / ${r.counts.submit} / ${r.counts.mapAsync} | ${
        r.valueDiff.toExponential(1)
      } | ${r.gradDiff.toExponential(1)} | ${r.gradOff} |`,
    );
    ok &&= created + r.counts.submit + r.counts.mapAsync === 0 &&
      r.valueDiff <= 1e-5 && r.gradOff <= 1e-5 * r.elements;
  }
  timestamps?.destroy();
  device.destroy();
  if (!ok) {
    console.error(
      "gpu-check: FAILED (disagreement with js, or work in steady-state encode())",
    );
    Deno.exit(1);
  }
}
