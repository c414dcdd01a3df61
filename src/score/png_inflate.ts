/**
 * Bounded inflation of a PNG image stream, with the platform's native
 * `DecompressionStream("deflate")` or with a JavaScript inflater
 * (`npm:fflate`). Both feed the stream in small slices and stop as soon as
 * the output passes the bytes the header needs, so a decompression bomb
 * costs at most the work and memory of one honest image; once the image
 * bytes are all there, at most one more slice is read (to see that it adds
 * none) and anything after it is ignored.
 *
 * @module
 */

import { Unzlib } from "npm:fflate@0.8.3";

/** Which inflater runs: the platform's `DecompressionStream` or JavaScript. */
export type PngInflater = "native" | "js";

/** What inflating an image stream gave. */
export type InflateResult =
  | { kind: "ok"; data: Uint8Array }
  | { kind: "over" }
  | { kind: "short"; size: number }
  | { kind: "corrupt"; why: string };

/** Deflate's largest expansion: output bytes per input byte. */
const MAX_RATIO = 1032;
const MIN_SLICE = 16384;
const MAX_SLICE = 65536;

/**
 * Input bytes to feed next when `missing` output bytes are still needed: at
 * most what could produce them at deflate's largest ratio (16 KiB at least),
 * so that one slice overshoots the limit by at most ~16 MiB.
 */
function sliceSize(missing: number): number {
  const fit = Math.floor(missing / MAX_RATIO);
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, fit));
}

/** The inflater used when none is asked for: native where the platform has it. */
export function defaultInflater(): PngInflater {
  return typeof globalThis.DecompressionStream === "function" ? "native" : "js";
}

/**
 * Inflates a zlib stream into exactly `limit` bytes, bounded.
 *
 * The native inflater answers only when it produced the image; anything
 * else (a bomb, corrupt or short data, data after the stream's end, a
 * platform without it) is decided by the JavaScript inflater, so every
 * platform gives the same result and the same message (a bomb is inflated
 * twice, each time bounded).
 *
 * @param z The zlib stream (all IDAT data).
 * @param limit Bytes the header needs.
 * @param how Which inflater to try first.
 * @returns The image bytes, or why there are none.
 */
export async function inflateImage(
  z: Uint8Array<ArrayBuffer>,
  limit: number,
  how: PngInflater,
): Promise<InflateResult> {
  if (how === "native") {
    try {
      const r = await inflateNative(z, limit);
      if (r.kind === "ok") return r;
    } catch {
      // No usable DecompressionStream("deflate") here: JavaScript decides.
    }
  }
  return inflateJs(z, limit);
}

/** Inflates with `npm:fflate`'s streaming inflater, in slices. */
export function inflateJs(z: Uint8Array, limit: number): InflateResult {
  const out = new Uint8Array(limit);
  let size = 0;
  let over = false;
  const u = new Unzlib((chunk) => {
    if (size + chunk.length > limit) over = true;
    else out.set(chunk, size);
    size += chunk.length;
  });
  let fed = 0;
  try {
    while (fed < z.length && !over) {
      const full = size === limit;
      const n = sliceSize(limit - size);
      u.push(z.subarray(fed, fed + n), false);
      fed += n;
      if (full) break; // the one slice after the image: it added nothing
    }
  } catch (e) {
    if (!over && size !== limit) {
      return { kind: "corrupt", why: (e as Error).message };
    }
  }
  if (over) return { kind: "over" };
  return size === limit ? { kind: "ok", data: out } : { kind: "short", size };
}

/**
 * Inflates with the platform's `DecompressionStream("deflate")`, in slices.
 * "ok" only when the stream gave exactly `limit` bytes and then ended without
 * an error (the platform's own checks) within about one slice.
 */
export async function inflateNative(
  z: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<InflateResult> {
  const ds = new DecompressionStream("deflate");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const out = new Uint8Array(limit);
  let size = 0;
  let stop = false;
  const feed = async () => {
    for (let fed = 0; fed < z.length && !stop;) {
      const full = size === limit;
      const n = sliceSize(limit - size);
      await writer.write(z.subarray(fed, fed + n));
      fed += n;
      if (full) break; // the one slice after the image
    }
    if (!stop) await writer.close();
  };
  feed().catch(() => {}); // its errors reach the reader too
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (size + value.length > limit) return { kind: "over" };
      out.set(value, size);
      size += value.length;
    }
  } catch (e) {
    return { kind: "corrupt", why: (e as Error).message };
  } finally {
    stop = true;
    reader.cancel().catch(() => {});
  }
  return size === limit ? { kind: "ok", data: out } : { kind: "short", size };
}
