/**
 * The embedded jdt WebAssembly module, in two builds: relaxed SIMD (fused
 * multiply-add), used wherever `WebAssembly.validate` accepts it, and plain
 * SIMD. Both import their memory (`env.memory`, declared shared); for an
 * unshared memory the import is declared unshared in a copy of the bytes.
 * Modules are compiled lazily, once; every caller gets its own instance.
 *
 * @module
 */

import {
  JDT_WASM_BASE64,
  JDT_WASM_RELAXED_BASE64,
} from "./_module.generated.ts";

/** The two builds of the module. */
export type WasmBuild = "relaxed" | "simd";

/** Largest memory the module accepts: 65536 pages of 64 KiB (4 GiB). */
export const WASM_MAX_PAGES = 65536;

const ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Decodes standard base64 (with `=` padding) to bytes: `Uint8Array.fromBase64`
 * where the runtime has it, else table lookups (`atob` costs tens of
 * milliseconds on its first call in Deno).
 *
 * @param text Base64 text.
 * @returns The bytes.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as {
    fromBase64?: (s: string) => Uint8Array<ArrayBuffer>;
  }).fromBase64;
  if (native !== undefined) return native(text);
  const value = new Uint8Array(128);
  for (let i = 0; i < 64; i++) value[ALPHABET.charCodeAt(i)] = i;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (value[text.charCodeAt(i)] << 18) |
      (value[text.charCodeAt(i + 1)] << 12) |
      (value[text.charCodeAt(i + 2)] << 6) |
      value[text.charCodeAt(i + 3)];
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(b: Uint8Array, at: number): [number, number] {
  let v = 0, shift = 0;
  for (;;) {
    const byte = b[at++];
    v += (byte & 127) * 2 ** shift;
    if (byte < 128) return [v, at];
    shift += 7;
  }
}

/**
 * A copy of module bytes whose memory import is declared unshared (limits
 * flag 0x03, shared with a maximum, becomes 0x01).
 *
 * @param bytes Module bytes importing one shared memory.
 * @returns The patched copy.
 */
export function unsharedMemoryImport(
  bytes: Uint8Array<ArrayBuffer>,
): Uint8Array<ArrayBuffer> {
  const b = bytes.slice();
  let at = 8;
  while (at < b.length) {
    const id = b[at];
    const [size, body] = leb(b, at + 1);
    if (id === 2) {
      let [count, p] = leb(b, body);
      for (; count > 0; count--) {
        const [modLen, m] = leb(b, p);
        const [nameLen, n] = leb(b, m + modLen);
        p = n + nameLen;
        if (b[p] === 2 && b[p + 1] === 3) {
          b[p + 1] = 1;
          return b;
        }
        throw new Error("jdt wasm: expected a shared memory import only");
      }
    }
    at = body + size;
  }
  throw new Error("jdt wasm: no memory import found");
}

let forced: WasmBuild | null = null;
let chosen: WasmBuild | null = null;
const compiled = new Map<string, WebAssembly.Module>();

function bytesOf(build: WasmBuild): Uint8Array<ArrayBuffer> {
  return decodeBase64(
    build === "relaxed" ? JDT_WASM_RELAXED_BASE64 : JDT_WASM_BASE64,
  );
}

/**
 * The build in use: relaxed SIMD when this runtime validates it, else plain
 * SIMD (or the one set by {@link setWasmBuild}).
 *
 * @returns The build's name.
 */
export function wasmBuild(): WasmBuild {
  if (forced !== null) return forced;
  chosen ??= WebAssembly.validate(bytesOf("relaxed")) ? "relaxed" : "simd";
  return chosen;
}

/**
 * Forces a build (internal: lets tests run both). Instances already made keep
 * theirs.
 *
 * @param build The build, or undefined to choose automatically again.
 */
export function setWasmBuild(build?: WasmBuild): void {
  forced = build ?? null;
}

/**
 * The compiled module of the build in use (compiled on first use, then cached).
 *
 * @param shared Whether its memory import is declared shared.
 * @returns The module; it imports `env.memory` only.
 */
export function jdtWasmModule(shared = false): WebAssembly.Module {
  const build = wasmBuild();
  const key = `${build}/${shared}`;
  let m = compiled.get(key);
  if (m === undefined) {
    const bytes = bytesOf(build);
    m = new WebAssembly.Module(shared ? bytes : unsharedMemoryImport(bytes));
    compiled.set(key, m);
  }
  return m;
}

/**
 * A memory for the module.
 *
 * @param pages Initial size in 64 KiB pages.
 * @param shared Whether it is shared (for workers and growth-proof views).
 * @returns The memory, growable to 4 GiB.
 */
export function createJdtMemory(
  pages: number,
  shared = false,
): WebAssembly.Memory {
  return new WebAssembly.Memory({
    initial: pages,
    maximum: WASM_MAX_PAGES,
    shared,
  });
}

/**
 * A fresh instance of the module on `memory` (a new unshared one by default).
 *
 * @param memory The memory to run on; shared memories get the shared module.
 * @returns The instance's exports (`memory` among them).
 */
export function instantiateJdtWasm(
  memory: WebAssembly.Memory = createJdtMemory(1),
): WebAssembly.Exports {
  const shared = typeof SharedArrayBuffer === "function" &&
    memory.buffer instanceof SharedArrayBuffer;
  return new WebAssembly.Instance(jdtWasmModule(shared), { env: { memory } })
    .exports;
}
