/**
 * The C streaming baseline "C2" (bench/stream.c): built with gcc on first use
 * into a temporary folder, then run per workload.
 */

const SOURCE = new URL("./stream.c", import.meta.url);
/** The compiler flags of the baseline. */
export const C_FLAGS = [
  "-O3",
  "-march=native",
  "-ffast-math",
  "-fopenmp",
] as const;

let binary: string | null = null;

/** Builds bench/stream.c (once per process); returns the executable's path. */
async function build(): Promise<string> {
  if (binary !== null) return binary;
  const dir = await Deno.makeTempDir({ prefix: "jdt_stream_" });
  const out = `${dir}/stream`;
  const r = await new Deno.Command("gcc", {
    args: [...C_FLAGS, SOURCE.pathname, "-o", out],
    stderr: "piped",
  }).output();
  if (r.code !== 0) {
    throw new Error(`gcc failed: ${new TextDecoder().decode(r.stderr)}`);
  }
  binary = out;
  return out;
}

/**
 * Milliseconds of each of `reps` passes of the baseline over a workload.
 *
 * @param workload "W1", "W2" or "W3".
 * @param reps Repetitions.
 * @param threads OpenMP threads (2 = "C2").
 * @returns The times.
 */
export async function cBaseline(
  workload: string,
  reps: number,
  threads = 2,
): Promise<number[]> {
  const r = await new Deno.Command(await build(), {
    args: [workload, String(reps), String(threads)],
    stdout: "piped",
  }).output();
  if (r.code !== 0) throw new Error(`stream ${workload} failed`);
  return JSON.parse(new TextDecoder().decode(r.stdout)).ms;
}
