/**
 * Bounded reading of a `.nii` or `.nii.gz` byte stream: the first bytes
 * (enough for a header) are read, the caller's function says from the header
 * how many bytes the whole file needs, and reading stops there. Gzip is
 * inflated with the platform's `DecompressionStream`, pulled chunk by chunk,
 * so a decompression bomb or a file longer than its header says costs at
 * most the work of the bytes the header declares, plus what one 16 KiB
 * compressed chunk inflates to (deflate's ratio is at most ~1032:1, so
 * under 17 MiB).
 *
 * @module
 */
import { isInputError } from "../core/errors.ts";
import { niftiError } from "./nifti_header.ts";
import { concatBytes } from "./bytes.ts";

/** Compressed bytes handed to the inflater per pull. */
const CHUNK = 1 << 14;

/**
 * Whether bytes start with the gzip magic.
 *
 * @param bytes A file.
 * @returns True for gzip.
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A stream of `bytes` in chunks (copies of 16 KiB), produced only as the
 * reader pulls.
 *
 * @param bytes The bytes.
 * @returns The stream.
 */
export function chunkedStream(
  bytes: Uint8Array,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(
        bytes.slice(at, Math.min(bytes.length, at + CHUNK)),
      );
      at += CHUNK;
    },
  }, { highWaterMark: 0 });
}

/**
 * Inflates a gzip stream up to the byte count the header asks for.
 *
 * @param compressed The gzip bytes, as a stream (pulled lazily).
 * @param headBytes How many bytes `total` needs to see.
 * @param total From the first `headBytes` (or fewer, if the stream is shorter): how many bytes the file needs in all.
 * @returns Exactly `total(head)` bytes.
 */
export async function inflateBounded(
  compressed: ReadableStream<BufferSource>,
  headBytes: number,
  total: (head: Uint8Array) => number,
): Promise<Uint8Array> {
  const reader = compressed
    .pipeThrough(new DecompressionStream("gzip"))
    .getReader();
  try {
    const head = await readAtLeast(reader, headBytes);
    const need = total(head.bytes);
    const out = new Uint8Array(need);
    out.set(head.bytes.subarray(0, Math.min(need, head.bytes.length)));
    let filled = Math.min(need, head.bytes.length);
    while (filled < need && !head.done) {
      const r = await reader.read();
      if (r.done) break;
      const n = Math.min(r.value.length, need - filled);
      out.set(r.value.subarray(0, n), filled);
      filled += n;
    }
    if (filled < need) {
      throw niftiError(
        false,
        "file",
        `is truncated: the header needs ${need} bytes, the gzip stream holds ${filled}`,
      );
    }
    return out;
  } catch (e) {
    if (isInputError(e)) throw e;
    throw niftiError(
      false,
      "file",
      `is not valid gzip (${e instanceof Error ? e.message : String(e)})`,
    );
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Reads chunks until at least `n` bytes are in (or the stream ends). */
async function readAtLeast(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  n: number,
): Promise<{ bytes: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let have = 0;
  while (have < n) {
    const r = await reader.read();
    if (r.done) return { bytes: concatBytes(parts, have), done: true };
    parts.push(r.value);
    have += r.value.length;
  }
  return { bytes: concatBytes(parts, have), done: false };
}
