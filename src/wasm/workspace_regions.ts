/**
 * Where a loss's workspaces and its calls' scratch sit in its wasm memory,
 * and which views are still live. A workspace is placed in the first gap that
 * fits among the live workspaces and the held ranges: the scratch of the call
 * running and the workspaces disposed while a call may still read them. So a
 * workspace made while a call runs (filling batch k+1 while batch k's loss
 * runs) never lands on bytes that call uses, and a workspace never moves.
 *
 * @module
 */

import { typeError } from "../core/errors.ts";
import type { Problem } from "../core/problem.ts";
import { namedViews } from "./kernels.ts";

/** Byte range of one workspace's arrays or of one call's scratch. */
export interface Region {
  /** First byte (64-aligned). */
  start: number;
  /** First byte after it (64-aligned). */
  end: number;
  /** False once its workspace was disposed. */
  live: boolean;
}

/** The workspace each view handed out belongs to. */
const viewRegions = new WeakMap<ArrayBufferView, Region>();

/** The live workspaces of each memory buffer that workspaces were made on. */
const bufferRegions = new WeakMap<ArrayBufferLike, ReadonlySet<Region>>();

/** The byte ranges of one loss's memory in use. */
export class Regions {
  /** Live workspaces. */
  readonly #live = new Set<Region>();
  /** Ranges not to reuse yet: a running call's scratch, workspaces disposed during calls. */
  readonly #held = new Set<Region>();
  /** Bytes from here up were never used (still zero). */
  #clean = 0;

  /** Number of live workspaces. */
  get size(): number {
    return this.#live.size;
  }

  /**
   * The first 64-aligned offset from `base` where `bytes` fit beside every
   * live and held range.
   *
   * @param base First usable byte (64-aligned).
   * @param bytes Bytes wanted.
   * @returns The offset.
   */
  place(base: number, bytes: number): number {
    const used = [...this.#live, ...this.#held].sort((a, b) =>
      a.start - b.start
    );
    let at = base;
    for (const r of used) {
      if (r.start - at >= bytes) return at;
      at = Math.max(at, r.end);
    }
    return at;
  }

  /**
   * End of the bytes of `[start, end)` that earlier workspaces or scratch
   * used (to be zeroed), or `start` when all are fresh.
   *
   * @param start First byte.
   * @param end First byte after the range.
   * @returns The end of its used part.
   */
  usedUpTo(start: number, end: number): number {
    return Math.max(start, Math.min(end, this.#clean));
  }

  /**
   * Records a new workspace and the views handed out for it.
   *
   * @param start First byte.
   * @param end First byte after it.
   * @param views Its arrays (all on one buffer of the memory).
   * @returns Its region.
   */
  addWorkspace(
    start: number,
    end: number,
    views: readonly ArrayBufferView[],
  ): Region {
    const region = { start, end, live: true };
    this.#live.add(region);
    this.#clean = Math.max(this.#clean, end);
    for (const v of views) {
      viewRegions.set(v, region);
      bufferRegions.set(v.buffer, this.#live);
    }
    return region;
  }

  /**
   * Holds a range (a call's scratch) until {@link Regions.release}.
   *
   * @param start First byte.
   * @param end First byte after it.
   * @returns The range.
   */
  hold(start: number, end: number): Region {
    const region = { start, end, live: false };
    this.#held.add(region);
    this.#clean = Math.max(this.#clean, end);
    return region;
  }

  /**
   * Ends a held range.
   *
   * @param region What {@link Regions.hold} gave.
   */
  release(region: Region): void {
    this.#held.delete(region);
  }

  /**
   * Marks a workspace disposed; its bytes stay held while a call may read them.
   *
   * @param region The workspace.
   * @param busy Whether calls are in flight.
   * @returns False when it was already disposed.
   */
  retire(region: Region, busy: boolean): boolean {
    if (!this.#live.delete(region)) return false;
    region.live = false;
    if (busy) this.#held.add(region);
    return true;
  }

  /**
   * Marks every workspace disposed.
   *
   * @param busy Whether calls are in flight.
   */
  retireAll(busy: boolean): void {
    for (const r of [...this.#live]) this.retire(r, busy);
  }

  /** Frees the bytes held for disposed workspaces (no call is in flight). */
  releaseRetired(): void {
    this.#held.clear();
  }

  /**
   * Byte offset of a view inside a live workspace of this memory, or -1.
   *
   * @param a A view (or nothing).
   * @returns The offset, or -1.
   */
  offset(a: ArrayBufferView | null | undefined): number {
    if (!a || bufferRegions.get(a.buffer) !== this.#live) return -1;
    return liveRegionOf(a, this.#live) === null ? -1 : a.byteOffset;
  }
}

/** The live region holding every byte of `a`, or null. */
function liveRegionOf(
  a: ArrayBufferView,
  live: ReadonlySet<Region>,
): Region | null {
  for (const r of live) {
    if (a.byteOffset >= r.start && a.byteOffset + a.byteLength <= r.end) {
      return r;
    }
  }
  return null;
}

/**
 * Whether `a` is a view of a disposed workspace: one handed out for a
 * workspace since disposed, or any other view of a workspace memory that lies
 * in no live workspace.
 *
 * @param a A view.
 * @returns True when it must not be used.
 */
function isDisposedView(a: ArrayBufferView): boolean {
  const region = viewRegions.get(a);
  if (region !== undefined) return !region.live;
  const live = bufferRegions.get(a.buffer);
  return live !== undefined && liveRegionOf(a, live) === null;
}

/**
 * Throws a typed error naming the first array of a problem that is a view of
 * a disposed workspace (its bytes may now hold another workspace's data).
 *
 * @param p The validated problem.
 * @param what What is being computed, for the message.
 * @throws {JdtTypeError} Naming `input.logits`, `input.probs`,
 *   `input.labels`, `input.keepMask` or `input.gradInto`.
 */
export function assertLiveViews(p: Problem, what = "loss"): void {
  for (const [argument, a] of namedViews(p)) {
    if (a && isDisposedView(a)) {
      throw typeError(
        what,
        argument,
        "is a view of a disposed workspace: its bytes may hold another workspace's data now; use the arrays of a live workspace",
      );
    }
  }
}
