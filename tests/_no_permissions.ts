/**
 * Runs a script with no permission at all: `deno run` with no permission flag
 * grants none, and --no-prompt makes any permission request fail instead of
 * asking. Used by the tests that the library works with no permissions.
 */

/**
 * Runs `code` (a TypeScript module) in a fresh `deno run --no-prompt`.
 *
 * @param code The module's source; it imports the library by absolute URL.
 * @returns The exit code and the trimmed standard output and error.
 */
export async function runWithoutPermissions(
  code: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = await Deno.makeTempFile({ suffix: ".ts" });
  await Deno.writeTextFile(file, code);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", "--no-config", file],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output().finally(() => Deno.remove(file));
  const text = (b: Uint8Array) => new TextDecoder().decode(b).trim();
  return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
}
