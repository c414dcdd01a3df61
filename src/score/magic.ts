/**
 * Recognising a file by its first bytes (its magic number), shared by the
 * PNG and `.npy` readers.
 *
 * @module
 */

/**
 * Whether `bytes` starts with `magic`.
 *
 * @param bytes The file.
 * @param magic The signature of the format.
 * @returns True when every byte of `magic` starts `bytes`.
 */
export function startsWithMagic(
  bytes: Uint8Array,
  magic: readonly number[],
): boolean {
  return bytes.length >= magic.length &&
    magic.every((b, i) => bytes[i] === b);
}
