/**
 * The edge-runtime entry (a classic script): the worker answers fetch
 * events, with the module the host put in `JDT_WASM` when there is one (as
 * `import m from "./jdt.wasm?module"` gives it on Vercel Edge).
 */
import { makeWorker } from "./worker.ts";

interface FetchEventLike extends Event {
  request: Request;
  respondWith(r: Promise<Response>): void;
}

const given = (globalThis as { JDT_WASM?: WebAssembly.Module }).JDT_WASM;
const worker = makeWorker(given);
addEventListener("fetch", (e) => {
  const event = e as FetchEventLike;
  event.respondWith(worker.fetch(event.request));
});
