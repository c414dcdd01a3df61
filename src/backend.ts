/**
 * Backend selection: a fixed backend on request, or the best available one.
 *
 * @module
 */

import { JdtRangeError } from "./errors.ts";
import type { Backend } from "./problem.ts";
import { jsBackend } from "./reference.ts";
import { wasmBackend } from "./wasm/backend.ts";
import type { BackendChoice } from "./types.ts";

/**
 * Below this many prediction values `"auto"` uses the js backend. Measured
 * (steady-state calls of jdtLoss, value + gradient, this 2-core
 * machine): at 2-4 values js took 4.1-4.5 µs and wasm 4.4-5.0 µs; at 16 they
 * tie; from 64 up wasm is faster (1.4x at 64, 2.2x at 256, 5.7x at 4864).
 * Tiny inputs on js also skip compiling the wasm module.
 */
export const AUTO_WASM_MIN_ELEMENTS = 16;

/**
 * Returns the backend for a choice and an input of `elements` prediction values.
 *
 * @param choice `"auto"` or a backend name.
 * @param elements Size of the prediction, for size-based choices.
 * @returns The backend.
 */
export function selectBackend(
  choice: BackendChoice,
  elements: number,
): Promise<Backend> {
  if (choice === "js") return Promise.resolve(jsBackend);
  if (choice === "wasm") return Promise.resolve(wasmBackend);
  if (choice === "auto") {
    return Promise.resolve(
      elements < AUTO_WASM_MIN_ELEMENTS ? jsBackend : wasmBackend,
    );
  }
  return Promise.reject(
    new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend "${choice}" is not available here`,
    ),
  );
}
