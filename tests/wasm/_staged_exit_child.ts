/**
 * Child of staged_test.ts: one large call on plain arrays (staged on two
 * threads), then, with the argument "release", releaseWasmThreads(); prints
 * the milliseconds from then to the process's exit.
 */
import { jdtLoss, releaseWasmThreads } from "../../mod.ts";

const n = 1 << 16;
const logits = new Float32Array(19 * n).map((_, i) => (i % 13) / 4);
const labels = new Uint8Array(n).map((_, i) => i % 19);
await jdtLoss({ logits, labels, shape: [1, 19, n] }, { backend: "wasm" });
const t = performance.now();
if (Deno.args[0] === "release") await releaseWasmThreads();
addEventListener("unload", () => {
  console.log(Math.round(performance.now() - t));
});
