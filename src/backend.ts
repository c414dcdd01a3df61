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
 * `"auto"` picks wasm at every size: js is not faster even on tiny inputs
 * (`deno task bench`, groups "small", min per call, value + gradient, js /
 * wasm: 4 values 3.10 / 3.05 µs, 16: 5.32 / 3.25 µs, 64: 5.24 / 5.16 µs,
 * 256: 11.2 / 4.9 µs, 4864: 170 / 24 µs), so there is no size threshold
 * between them.
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
