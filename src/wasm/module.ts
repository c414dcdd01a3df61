/**
 * The jdt WebAssembly module: the embedded one, in two builds: relaxed SIMD
 * (fused multiply-add), used wherever `WebAssembly.validate` accepts it, and
 * plain SIMD. Both import their memory (`env.memory`, declared shared); for an
 * unshared memory the import is declared unshared in a copy of the bytes.
 * Modules are compiled lazily, once; every caller gets its own instance.
 *
 * Runtimes that refuse to compile WebAssembly from bytes (Cloudflare Workers,
 * Vercel Edge, a page whose CSP lacks `'wasm-unsafe-eval'`) are detected once,
 * with an empty module; there the module given to {@link useWasmModule} (the
 * published `dist/jdt.wasm`, imported as a module) is instantiated instead.
 *
 * @module
 */

import { JdtRangeError, JdtTypeError, show } from "../core/errors.ts";
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

/**
 * The export names of module bytes, in order (from the export section).
 *
 * @param bytes Module bytes.
 * @returns Every export's name.
 */
export function exportNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const text = new TextDecoder();
  let at = 8;
  while (at < bytes.length) {
    const [size, body] = leb(bytes, at + 1);
    if (bytes[at] === 7) {
      let [count, p] = leb(bytes, body);
      for (; count > 0; count--) {
        const [len, n] = leb(bytes, p);
        names.push(text.decode(bytes.subarray(n, n + len)));
        p = leb(bytes, n + len + 1)[1]; // kind byte, then the index
      }
    }
    at = body + size;
  }
  return names;
}

let forced: WasmBuild | null = null;
let chosen: WasmBuild | null = null;
const compiled = new Map<string, WebAssembly.Module>();

/** The smallest valid module: its compilation tells whether compiling is allowed. */
const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

/** Undefined until probed; then null (allowed) or why it is refused. */
let refusal: string | null | undefined;

/** The module given to {@link useWasmModule}, and whether its memory is shared. */
let provided: { module: WebAssembly.Module; shared: boolean } | null = null;

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
  if (provided !== null && provided.shared === shared) return provided.module;
  const refused = wasmCompileRefusal();
  if (refused !== null) throw wasmUnavailableError(refused, shared);
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
  if (shared && provided?.shared !== true && wasmCompileRefusal() !== null) {
    // No module could run on it: callers fall back to unshared memory.
    throw new Error("jdt wasm: no module for a shared memory here");
  }
  return createMemoryUnchecked(pages, shared);
}

/**
 * A fresh instance of the module on `memory` (by default a new unshared one,
 * or a shared one where only a given shared-memory module can run).
 *
 * @param memory The memory to run on; shared memories get the shared module.
 * @returns The instance's exports (`memory` among them).
 */
export function instantiateJdtWasm(
  memory: WebAssembly.Memory = createJdtMemory(
    1,
    provided?.shared === true && wasmCompileRefusal() !== null,
  ),
): WebAssembly.Exports {
  const shared = typeof SharedArrayBuffer === "function" &&
    memory.buffer instanceof SharedArrayBuffer;
  return new WebAssembly.Instance(jdtWasmModule(shared), { env: { memory } })
    .exports;
}

/**
 * Why this runtime refuses to compile WebAssembly from bytes, or null when it
 * compiles it. Probed once, on first call, by compiling an empty module.
 *
 * @returns The runtime's reason (its error), or null.
 */
export function wasmCompileRefusal(): string | null {
  if (refusal !== undefined) return refusal;
  if (typeof WebAssembly !== "object" || WebAssembly === null) {
    refusal = "this runtime has no WebAssembly";
    return refusal;
  }
  try {
    new WebAssembly.Module(EMPTY_MODULE);
    refusal = null;
  } catch (e) {
    refusal = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return refusal;
}

/**
 * Why the wasm backend cannot run here, or null when it can: it can where the
 * runtime compiles WebAssembly or a module was given to
 * {@link useWasmModule}. The wasm backend refuses every problem then, and
 * `backend: "auto"` runs on js (src/choose/backend.ts).
 *
 * @returns The reason, or null.
 * @example
 * ```ts
 * import { wasmUnavailableReason } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * assert.equal(wasmUnavailableReason(), null); // Deno compiles WebAssembly
 * ```
 */
export function wasmUnavailableReason(): string | null {
  return provided === null ? wasmCompileRefusal() : null;
}

/**
 * What is wrong when the wasm backend cannot run here (the runtime refuses
 * to compile WebAssembly from bytes and no module was given), and what to do.
 *
 * @param reason The runtime's refusal.
 * @param shared Whether a shared-memory module was wanted.
 * @returns The sentence, after "options.backend".
 */
export function wasmUnavailableMessage(
  reason: string,
  shared = false,
): string {
  const which = shared
    ? "a module with a shared memory (wasm/build/jdt.wasm); this runtime cannot build one from the embedded bytes"
    : 'the precompiled module: the package\'s dist/jdt.wasm imported as a module (`import jdtWasm from "./jdt.wasm"` on Cloudflare Workers, `"./jdt.wasm?module"` on Vercel Edge), then `useWasmModule(jdtWasm)` before first use';
  return `"wasm" cannot run here: this runtime refuses to compile WebAssembly from bytes (${reason}); give it ${which}, or use backend "js" (or "auto", which falls back to js)`;
}

/** The typed error of an explicit wasm backend where no module can be had. */
function wasmUnavailableError(reason: string, shared: boolean): JdtRangeError {
  return new JdtRangeError(
    "options.backend",
    `Cannot run the wasm backend: options.backend ${
      wasmUnavailableMessage(reason, shared)
    }`,
  );
}

/**
 * Whether `module` links against a memory of the given kind.
 *
 * @param module A module importing one memory.
 * @param shared Whether the memory is shared.
 * @returns True when it instantiates on such a memory.
 */
function linksTo(module: WebAssembly.Module, shared: boolean): boolean {
  try {
    new WebAssembly.Instance(module, {
      env: { memory: createMemoryUnchecked(1, shared) },
    });
    return true;
  } catch {
    return false; // a LinkError, or no shared memory in this runtime
  }
}

function createMemoryUnchecked(
  pages: number,
  shared: boolean,
): WebAssembly.Memory {
  return new WebAssembly.Memory({
    initial: pages,
    maximum: WASM_MAX_PAGES,
    shared,
  });
}

/**
 * Whether `x` is a `WebAssembly.Module`, of this realm or another (a host may
 * compile the module outside a sandbox's realm and hand it in).
 *
 * @param x Anything.
 * @returns True for a module.
 */
function isWasmModule(x: unknown): x is WebAssembly.Module {
  try {
    WebAssembly.Module.exports(x as WebAssembly.Module); // a brand check
    return true;
  } catch {
    return false;
  }
}

/** Why `module` is not jdt's, or null when its imports and exports are. */
function notJdtModule(module: WebAssembly.Module): string | null {
  const imports = WebAssembly.Module.imports(module);
  const imp = imports[0];
  if (
    imports.length !== 1 || imp.module !== "env" || imp.name !== "memory" ||
    imp.kind !== "memory"
  ) {
    return `imports ${
      imports.map((i) => `${i.module}.${i.name} (${i.kind})`).join(", ") ||
      "nothing"
    }; jdt's imports env.memory only`;
  }
  const have = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const missing = exportNames(bytesOf("simd")).filter((n) => !have.has(n));
  if (missing.length > 0) {
    return `lacks the exports ${
      show(missing)
    } of this version of jdt's module (a module of another version, or not jdt's)`;
  }
  return null;
}

/**
 * Gives the wasm backend a precompiled jdt module, for runtimes that refuse to
 * compile WebAssembly from bytes (Cloudflare Workers, Vercel Edge, pages whose
 * CSP lacks `'wasm-unsafe-eval'`). Call it before the first computation;
 * instances made before keep their module. The published package holds the
 * module at `dist/jdt.wasm` (plain SIMD, unshared memory); the shared-memory
 * build (`wasm/build/jdt.wasm`) is accepted too.
 *
 * @param module The module, as `import jdtWasm from ".../dist/jdt.wasm"` gives it.
 * @throws {JdtTypeError} When `module` is not a `WebAssembly.Module` of this
 *   version of jdt (checked by its imports, exports and memory).
 * @example
 * ```ts
 * // A Cloudflare Worker imports the package's dist/jdt.wasm as a module (a
 * // default import of ./jdt.wasm; on Vercel Edge of ./jdt.wasm?module) and
 * // passes it on before the first computation: useWasmModule(jdtWasm).
 * import { useWasmModule } from "@jdt/losses";
 * import assert from "node:assert/strict";
 * assert.throws(
 *   () => useWasmModule(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))),
 *   /module imports nothing/,
 * );
 * ```
 */
export function useWasmModule(module: WebAssembly.Module): void {
  if (typeof WebAssembly !== "object" || !isWasmModule(module)) {
    throw new JdtTypeError(
      "module",
      `useWasmModule: module must be a WebAssembly.Module (jdt's dist/jdt.wasm imported as a module), got ${
        show(module)
      }`,
    );
  }
  const wrong = notJdtModule(module);
  if (wrong !== null) {
    throw new JdtTypeError(
      "module",
      `useWasmModule: module ${wrong}; give it jdt's dist/jdt.wasm`,
    );
  }
  const shared = !linksTo(module, false);
  if (shared && !linksTo(module, true)) {
    throw new JdtTypeError(
      "module",
      "useWasmModule: module links to neither an unshared nor a shared memory of up to 4 GiB; give it jdt's dist/jdt.wasm",
    );
  }
  provided = { module, shared };
}
