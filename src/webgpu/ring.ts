/**
 * The ring of call slots of a loss plan: each slot holds one call's step
 * parameters, keep mask, value, readback buffer, gradient and step
 * dispatches, so a returned gradient or value stays valid for `RING`
 * calls.
 *
 * @module
 */

import type { Dispatch } from "./bind.ts";
import { READBACK, STORAGE_IN, STORAGE_OUT, UNIFORM } from "./io.ts";
import type { OwnedBuffers } from "./owned.ts";
import { STEP_PARAMS_BYTES } from "./step_params.ts";

/** Call slots per plan: a returned gradient or value stays valid for this many calls. */
export const RING = 3;

/** One call slot of the ring. */
export interface Slot {
  /** The step's parameters of the call. */
  stepParams: GPUBuffer;
  /** Keep mask regions, one per chunk. */
  mask: GPUBuffer | null;
  /** The float32 loss value the GPU step computed (4 bytes used). */
  value: GPUBuffer;
  /** Where the statistics record is copied. */
  readback: GPUBuffer;
  /**
   * Where an `encode()` call copies its record on the GPU: `value()` copies
   * it into `readback` in its own submission, so the caller's encoder never
   * uses a buffer that `value()` maps.
   */
  record: GPUBuffer;
  /** The readback buffer is being mapped or read. */
  claimed: boolean;
  /** The gradient of the slot's calls with `gradOutput: "gpu"`, made on first use. */
  grad: GPUBuffer | null;
  /** The reduction and the GPU step, bound to this slot's buffers. */
  step: Dispatch[];
}

/** The slots of a plan and its spare readback buffers. */
export class Ring {
  /** The slots. */
  readonly slots: Slot[] = [];
  readonly #owned: OwnedBuffers;
  readonly #recordBytes: number;
  readonly #gradBytes: number;
  readonly #spare: GPUBuffer[] = [];
  #next = 0;

  /**
   * Makes the `RING` slots.
   *
   * @param owned Where the buffers are made.
   * @param recordBytes Bytes of a statistics record.
   * @param maskBytes Bytes of a keep mask over all chunks, or null without one.
   * @param gradBytes Bytes of a whole gradient.
   * @param step The step's dispatches of a slot, given its parameters and value.
   */
  constructor(
    owned: OwnedBuffers,
    recordBytes: number,
    maskBytes: number | null,
    gradBytes: number,
    step: (stepParams: GPUBuffer, value: GPUBuffer) => Dispatch[],
  ) {
    this.#owned = owned;
    this.#recordBytes = recordBytes;
    this.#gradBytes = gradBytes;
    for (let i = 0; i < RING; i++) {
      const stepParams = owned.create(
        STEP_PARAMS_BYTES,
        UNIFORM,
        "step params",
      );
      const value = owned.create(4, STORAGE_OUT, "value");
      this.slots.push({
        stepParams,
        mask: maskBytes === null
          ? null
          : owned.create(maskBytes, STORAGE_IN, "keep mask"),
        value,
        readback: this.#newReadback(),
        record: owned.create(recordBytes, STORAGE_OUT, "encoded record"),
        claimed: false,
        grad: null,
        step: step(stepParams, value),
      });
    }
  }

  #newReadback(): GPUBuffer {
    return this.#owned.create(this.#recordBytes, READBACK, "record readback");
  }

  /** Takes the next slot of the ring, its readback buffer free for the call. */
  takeSlot(): Slot {
    const slot = this.slots[this.#next];
    this.#next = (this.#next + 1) % RING;
    if (slot.claimed) {
      slot.readback = this.#spare.pop() ?? this.#newReadback();
      slot.claimed = false;
    }
    return slot;
  }

  /**
   * Gives back a readback buffer a value was read from: to its slot if it is
   * still the slot's, else to the spares.
   *
   * @param slot The slot it was taken from.
   * @param readback The buffer.
   */
  releaseReadback(slot: Slot, readback: GPUBuffer): void {
    if (slot.readback === readback) slot.claimed = false;
    else if (this.#owned.has(readback)) this.#spare.push(readback);
  }

  /**
   * The slot's own gradient buffer (`gradOutput: "gpu"`), made on first use.
   *
   * @param slot The slot.
   * @returns The buffer.
   */
  slotGradient(slot: Slot): GPUBuffer {
    slot.grad ??= this.#owned.create(this.#gradBytes, STORAGE_OUT, "gradient");
    return slot.grad;
  }
}
