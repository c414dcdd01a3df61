/**
 * The embedded jdt WebAssembly module: compiled once, lazily, on first use;
 * every caller gets its own instance (own memory) of the same module.
 *
 * @module
 */

import { JDT_WASM_BASE64 } from "../_wasm.generated.ts";

let compiled: WebAssembly.Module | null = null;

/** Decodes a base64 string to bytes. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * The compiled module (compiled on the first call, then cached).
 *
 * @returns The module; it has no imports.
 */
export function jdtWasmModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(decodeBase64(JDT_WASM_BASE64));
  return compiled;
}

/**
 * A fresh instance of the module, with its own memory.
 *
 * @returns The instance's exports.
 */
export function instantiateJdtWasm(): WebAssembly.Exports {
  return new WebAssembly.Instance(jdtWasmModule(), {}).exports;
}
