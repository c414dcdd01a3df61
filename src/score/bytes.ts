/**
 * Byte helpers shared by the body reader and the gzip reader.
 *
 * @module
 */

/**
 * The chunks joined into one array (the only chunk itself, uncopied).
 *
 * @param parts The chunks, in order.
 * @param total Their total length.
 * @returns The bytes.
 */
export function concatBytes(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
