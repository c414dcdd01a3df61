/**
 * Writes the published precompiled module, `dist/jdt.wasm`: the embedded
 * plain-SIMD build (`src/wasm/_module.generated.ts`) with its memory import
 * declared unshared, for runtimes that refuse to compile WebAssembly from
 * bytes and take the module as an import (Cloudflare Workers, Vercel Edge;
 * see `useWasmModule`). Run by `deno task build` after the wasm build.
 *
 * Usage: `deno run -A tools/write_dist_wasm.ts [--check]`. With `--check`
 * nothing is written; it exits with status 1 when `dist/jdt.wasm` differs.
 *
 * @module
 */

import { JDT_WASM_BASE64 } from "../src/wasm/_module.generated.ts";
import { decodeBase64, unsharedMemoryImport } from "../src/wasm/module.ts";

/** Where the published module lies, relative to the package root. */
export const DIST_WASM = "dist/jdt.wasm";

/**
 * The bytes of `dist/jdt.wasm`.
 *
 * @returns The plain-SIMD module, importing an unshared `env.memory`.
 */
export function distWasmBytes(): Uint8Array<ArrayBuffer> {
  return unsharedMemoryImport(decodeBase64(JDT_WASM_BASE64));
}

if (import.meta.main) {
  const url = new URL(`../${DIST_WASM}`, import.meta.url);
  const bytes = distWasmBytes();
  if (Deno.args.includes("--check")) {
    const old = await Deno.readFile(url).catch(() => null);
    if (
      old === null || old.length !== bytes.length ||
      old.some((v, i) => v !== bytes[i])
    ) {
      console.error(`out of date: ${DIST_WASM}; run deno task build`);
      Deno.exit(1);
    }
    console.log(`${DIST_WASM} is current`);
  } else {
    await Deno.mkdir(new URL(".", url), { recursive: true });
    await Deno.writeFile(url, bytes);
    console.log(`wrote ${DIST_WASM} (${bytes.length} bytes)`);
  }
}
