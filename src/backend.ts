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
 * Returns the backend for a choice and an input of `elements` prediction values.
 *
 * @param choice `"auto"` or a backend name.
 * @param _elements Size of the prediction, for size-based choices.
 * @returns The backend.
 */
export function selectBackend(
  choice: BackendChoice,
  _elements: number,
): Promise<Backend> {
  if (choice === "js") return Promise.resolve(jsBackend);
  if (choice === "auto" || choice === "wasm") {
    return Promise.resolve(wasmBackend);
  }
  return Promise.reject(
    new JdtRangeError(
      "options.backend",
      `Cannot compute loss: options.backend "${choice}" is not available here`,
    ),
  );
}
