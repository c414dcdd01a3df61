/**
 * Time of the first jdtLoss call after import on W3 (module compilation and
 * instantiation included), in a fresh process: prints one JSON line.
 */
import { w3 } from "../tools/workloads.ts";

const w = w3();
const t0 = performance.now();
const { jdtLoss } = await import("../mod.ts");
const t1 = performance.now();
const r = await jdtLoss(w.input, w.options);
const t2 = performance.now();
const again = performance.now();
await jdtLoss(w.input, w.options);
const t3 = performance.now();
console.log(JSON.stringify({
  workload: w.name,
  backend: r.backend,
  importMs: t1 - t0,
  firstCallMs: t2 - t1,
  secondCallMs: t3 - again,
}));
