// Entry of the jdt WebAssembly module: re-exports every kernel family.
// AssemblyScript, not Deno TypeScript (built by tools/build_wasm.ts).

export * from "./loss";
export * from "./metrics";

/** Memory offset where the module's static data ends; the host lays out its buffers above it. */
export function heapBase(): usize {
  return __heap_base;
}

/** The module's own abort (no host import): traps. */
function jdtAbort(
  message: usize,
  fileName: usize,
  line: u32,
  column: u32,
): void {
  unreachable();
}
