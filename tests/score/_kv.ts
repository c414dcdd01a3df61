/** An in-memory Deno KV for the runs tests. */

/** Runs `fn` with a fresh in-memory `Deno.Kv`, closed afterwards. */
export async function withMemoryKv(
  fn: (kv: Deno.Kv) => Promise<void>,
): Promise<void> {
  const kv = await Deno.openKv(":memory:");
  try {
    await fn(kv);
  } finally {
    kv.close();
  }
}
