/**
 * The files of the scoring CLI: walking input folders (nested, following
 * symbolic links, pairing by relative path without extension) and checking
 * every output path before anything is scored, so that no input and no file
 * this run did not write is ever overwritten. Uses `node:fs` and `node:path`
 * (Deno and Node).
 *
 * @module
 */

import { realpath, stat } from "node:fs/promises";
import { readdir } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";

/** A usage error: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

async function statOrNull(path: string) {
  try {
    return await stat(path); // follows symbolic links
  } catch {
    return null;
  }
}

/**
 * The files under `dir` with one of `exts`, by relative path without
 * extension (`/`-separated). Symbolic links are followed; a folder reached
 * twice (a link cycle) is walked once.
 *
 * @param dir The folder.
 * @param exts Extensions, lower case, without the dot (several parts allowed: `nii.gz`).
 * @returns Key → absolute path.
 * @throws {UsageError} When `dir` is not a folder, or two files share a key.
 */
export async function walk(
  dir: string,
  exts: string[],
): Promise<Map<string, string>> {
  const top = await statOrNull(dir);
  if (!top?.isDirectory()) throw new UsageError(`no such folder: ${dir}`);
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const visit = async (d: string): Promise<void> => {
    const real = await realpath(d);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of (await readdir(d)).sort()) {
      const path = join(d, name);
      const s = await statOrNull(path);
      if (s?.isDirectory()) {
        await visit(path);
        continue;
      }
      // The longest listed extension that ends the name (".nii.gz" before ".gz").
      const ext = exts.filter((e) => name.toLowerCase().endsWith(`.${e}`))
        .sort((a, b) => b.length - a.length)[0];
      if (!s?.isFile() || ext === undefined) continue;
      const rel = relative(dir, path);
      const key = rel.slice(0, rel.length - ext.length - 1).split(sep).join(
        "/",
      );
      if (out.has(key)) {
        throw new UsageError(
          `${dir}: two files for "${key}": ${out.get(key)} and ${path}`,
        );
      }
      out.set(key, path);
    }
  };
  await visit(dir);
  return out;
}

/** The real path of a file that may not exist yet (its folder's, joined). */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    const base = parent === path ? parent : await realTarget(parent);
    return join(base, basename(path));
  }
}

/**
 * Checks the files a run will write, before it scores anything: none may be
 * an input, none may exist already unless `overwrite` (inputs never), and
 * the JSON report's folder must exist.
 *
 * @param outputs The paths to write.
 * @param inputs Every input file.
 * @param overwrite Whether existing files (not inputs) may be replaced.
 * @param jsonPath The JSON report's path, if any.
 * @throws {UsageError} Naming the first path that fails.
 */
export async function checkOutputs(
  outputs: string[],
  inputs: string[],
  overwrite: boolean,
  jsonPath: string | null,
): Promise<void> {
  if (jsonPath !== null) {
    const parent = await statOrNull(dirname(jsonPath));
    if (!parent?.isDirectory()) {
      throw new UsageError(
        `--json: no such folder: ${dirname(jsonPath)}`,
      );
    }
  }
  const taken = new Set(await Promise.all(inputs.map((p) => realTarget(p))));
  const planned = new Set<string>();
  for (const out of outputs) {
    const real = await realTarget(out);
    if (taken.has(real)) {
      throw new UsageError(
        `refusing to overwrite the input ${out}: choose an output folder apart from the inputs`,
      );
    }
    if (planned.has(real)) {
      throw new UsageError(`two outputs would be written to ${out}`);
    }
    planned.add(real);
    const s = await statOrNull(out);
    if (s?.isDirectory()) throw new UsageError(`${out} is a folder`);
    if (s && !overwrite) {
      throw new UsageError(
        `${out} exists; pass --overwrite to replace existing outputs`,
      );
    }
  }
}
