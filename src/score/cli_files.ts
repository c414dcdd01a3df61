/**
 * The files of the scoring CLI: walking input folders (nested, following
 * symbolic links, pairing by relative path without extension), checking every
 * output path before anything is scored, and writing outputs without ever
 * writing through a link: no input, no file an output link points to, and no
 * file this run did not write (without `--overwrite`) is changed. Uses
 * `node:fs` and `node:path` (Deno and Node).
 *
 * @module
 */

import {
  link,
  lstat,
  mkdir,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";

/** A usage error: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

/** What a run reads, to keep its outputs apart from it. */
export interface Inputs {
  /** `device:inode` of every input file (hard links share it). */
  files: Set<string>;
  /** The real path of every folder walked (links resolved). */
  folders: Set<string>;
}

type Stats = Awaited<ReturnType<typeof stat>>;

function errorCode(e: unknown): string {
  const { code, name } = e as { code?: unknown; name?: unknown };
  return typeof code === "string" ? code : String(name);
}

/**
 * A file-system error as a message that names the path and what is missing:
 * a permission the runtime withheld (Deno's `NotCapable`: the flag to pass),
 * or one the operating system refused. Other errors are returned as they are.
 *
 * @param e The error thrown.
 * @param path The path it concerns.
 * @param access Whether the path was being read or written.
 * @returns The error to throw.
 */
export function fsProblem(
  e: unknown,
  path: string,
  access: "read" | "write",
): Error {
  const code = errorCode(e);
  if (code === "NotCapable") {
    return new UsageError(
      `cannot ${access} ${path}: permission denied by the runtime; run with --allow-${access} (-${
        access === "read" ? "R" : "W"
      }) covering it`,
    );
  }
  if (code === "EACCES" || code === "EPERM" || code === "PermissionDenied") {
    return new UsageError(
      `cannot ${access} ${path}: permission denied by the operating system`,
    );
  }
  return e as Error;
}

/** `stat` (`lstat` when not `follow`); null when the path does not exist. */
async function statOrNull(path: string, follow = true): Promise<Stats | null> {
  try {
    return await (follow ? stat(path) : lstat(path));
  } catch (e) {
    const code = errorCode(e);
    // Missing, a dangling or looping link, or a file where a folder should be.
    if (code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP") {
      return null;
    }
    throw fsProblem(e, path, "read");
  }
}

/** `device:inode`, or null where the platform gives no inode number. */
function fileId(s: Stats): string | null {
  if (s === undefined || !s.ino) return null;
  return `${s.dev}:${s.ino}`;
}

/** Whether `s` is one of the input files (hard links included). */
function isInput(s: Stats, inputs: Inputs): boolean {
  const id = fileId(s);
  return id !== null && inputs.files.has(id);
}

/**
 * The files under `dir` with one of `exts`, by relative path without
 * extension (`/`-separated). Symbolic links are followed; a folder reached
 * twice (a link cycle) is walked once.
 *
 * @param dir The folder.
 * @param exts Extensions, lower case, without the dot (several parts allowed: `nii.gz`).
 * @param folders Where to add the real path of every folder walked, if given.
 * @returns Key → absolute path.
 * @throws {UsageError} When `dir` is not a folder, a path cannot be read for
 *   lack of permission, or two files share a key.
 */
export async function walk(
  dir: string,
  exts: string[],
  folders?: Set<string>,
): Promise<Map<string, string>> {
  const top = await statOrNull(dir);
  if (!top?.isDirectory()) throw new UsageError(`no such folder: ${dir}`);
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const visit = async (d: string): Promise<void> => {
    let real: string, names: string[];
    try {
      real = await realpath(d);
      names = (await readdir(d)).sort();
    } catch (e) {
      throw fsProblem(e, d, "read");
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of names) {
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
  for (const f of seen) folders?.add(f);
  return out;
}

/**
 * The identities of the input files, with the folders walked to find them.
 *
 * @param files Every input file.
 * @param folders The real paths of the folders walked.
 * @returns What the run reads.
 */
export async function inputsOf(
  files: string[],
  folders: Set<string>,
): Promise<Inputs> {
  const ids = await Promise.all(files.map(async (f) => {
    const s = await statOrNull(f);
    if (s === null) throw new UsageError(`input vanished: ${f}`);
    return fileId(s);
  }));
  return {
    files: new Set(ids.filter((id): id is string => id !== null)),
    folders,
  };
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

/** The input folder that holds (or is) `real`, or null. */
function inputFolderOf(real: string, folders: Set<string>): string | null {
  for (let d = real;; d = dirname(d)) {
    if (folders.has(d)) return d;
    if (dirname(d) === d) return null;
  }
}

/**
 * Checks the files a run will write, before it scores anything: none may be
 * an input (by device and inode, so hard links count), lie inside an input
 * folder (a later run would read it as an input), be a symbolic link, or
 * exist already unless `overwrite`; the JSON report's folder must exist.
 *
 * @param outputs The paths to write.
 * @param inputs What the run reads.
 * @param overwrite Whether existing files (not inputs) may be replaced.
 * @param jsonPath The JSON report's path, if any.
 * @returns Each output's folder by real path, as resolved now, for
 *   {@link writeOutput} to see a link that changes during the run.
 * @throws {UsageError} Naming the first path that fails.
 */
export async function checkOutputs(
  outputs: string[],
  inputs: Inputs,
  overwrite: boolean,
  jsonPath: string | null,
): Promise<Map<string, string>> {
  if (jsonPath !== null) {
    const parent = await statOrNull(dirname(jsonPath));
    if (!parent?.isDirectory()) {
      throw new UsageError(
        `--json: no such folder: ${dirname(jsonPath)}`,
      );
    }
  }
  const planned = new Set<string>();
  const folders = new Map<string, string>();
  for (const out of outputs) {
    const s = await statOrNull(out, false);
    if (s && isInput(s, inputs)) {
      throw new UsageError(
        `refusing to overwrite the input ${out}${
          s.nlink > 1 ? " (a hard link to an input file)" : ""
        }: choose an output folder apart from the inputs`,
      );
    }
    const real = await realTarget(out);
    const within = inputFolderOf(real, inputs.folders);
    if (within !== null) {
      throw new UsageError(
        `refusing to write ${out} inside the input folder ${within}: a later run would read it as an input; choose an output folder apart from --pred and --label`,
      );
    }
    if (planned.has(real)) {
      throw new UsageError(`two outputs would be written to ${out}`);
    }
    planned.add(real);
    folders.set(out, dirname(real));
    if (s?.isSymbolicLink()) {
      throw new UsageError(
        `${out} is a symbolic link: outputs are never written through links; remove it`,
      );
    }
    if (s?.isDirectory()) throw new UsageError(`${out} is a folder`);
    if (s && !overwrite) {
      throw new UsageError(
        `${out} exists; pass --overwrite to replace existing outputs`,
      );
    }
  }
  return folders;
}

/**
 * Writes an output without writing through links: the bytes go to a new
 * temporary file in the same folder, which is then moved into place (an
 * existing file is replaced, never truncated). Refused when the path is now
 * a symbolic link or an input, when its folder now resolves elsewhere than
 * when checked or lies inside an input folder, or, without `overwrite`, when
 * a file appeared there during the run.
 *
 * @param path Where to write.
 * @param data The bytes.
 * @param inputs What the run reads.
 * @param overwrite Whether an existing file may be replaced.
 * @param checked The folder's real path when it was checked, if known.
 * @throws {Error} Naming the path, on refusal or a file-system error.
 */
export async function writeOutput(
  path: string,
  data: Uint8Array | string,
  inputs: Inputs,
  overwrite: boolean,
  checked?: string,
): Promise<void> {
  const dir = dirname(path);
  let realDir: string;
  try {
    await mkdir(dir, { recursive: true });
    realDir = await realpath(dir);
  } catch (e) {
    throw fsProblem(e, dir, "write");
  }
  if (checked !== undefined && realDir !== checked) {
    throw new Error(
      `refusing to write ${path}: its folder now resolves to ${realDir}, not ${checked} as when checked (a link changed during the run)`,
    );
  }
  const within = inputFolderOf(realDir, inputs.folders);
  if (within !== null) {
    throw new Error(
      `refusing to write ${path}: its folder now lies inside the input folder ${within}`,
    );
  }
  const tmp = join(dir, `.${basename(path)}.${crypto.randomUUID()}.tmp`);
  try {
    // "wx": created new (O_EXCL), so never through a link planted at `tmp`.
    await writeFile(tmp, data, { flag: "wx" });
  } catch (e) {
    throw fsProblem(e, tmp, "write");
  }
  try {
    await place(tmp, path, inputs, overwrite);
  } finally {
    await unlink(tmp).catch(() => {}); // gone after a rename; left by a link
  }
}

/** Codes of a file system without hard links: `link` cannot be used there. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

function appeared(path: string): Error {
  return new Error(
    `refusing to replace ${path}: it appeared during the run (pass --overwrite to replace existing outputs)`,
  );
}

/** Moves the written `tmp` to `path`, refusing links, inputs and, without `overwrite`, any file there. */
async function place(
  tmp: string,
  path: string,
  inputs: Inputs,
  overwrite: boolean,
): Promise<void> {
  const old = await statOrNull(path, false);
  if (old?.isSymbolicLink()) {
    throw new Error(
      `refusing to write ${path}: it is a symbolic link (created during the run); outputs are never written through links`,
    );
  }
  if (old && isInput(old, inputs)) {
    throw new Error(`refusing to overwrite the input ${path}`);
  }
  if (old && !overwrite) throw appeared(path);
  if (!old && !overwrite) {
    try {
      await link(tmp, path); // fails if anything appeared there meanwhile
      return;
    } catch (e) {
      if (errorCode(e) === "EEXIST") throw appeared(path);
      if (!NO_HARD_LINKS.has(errorCode(e))) throw fsProblem(e, path, "write");
      if (await statOrNull(path, false)) throw appeared(path);
    }
  }
  try {
    await rename(tmp, path); // replaces the entry: never writes through it
  } catch (e) {
    throw fsProblem(e, path, "write");
  }
}
