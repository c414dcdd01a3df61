/**
 * The embedded jdt WebAssembly module: compiled once, lazily, on first use;
 * every caller gets its own instance (own memory) of the same module.
 *
 * @module
 */

import { JDT_WASM_BASE64 } from "./_module.generated.ts";

let compiled: WebAssembly.Module | null = null;

const ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Decodes standard base64 (with `=` padding) to bytes. Plain table lookups:
 * `atob` costs tens of milliseconds on its first call in Deno.
 *
 * @param text Base64 text.
 * @returns The bytes.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
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
