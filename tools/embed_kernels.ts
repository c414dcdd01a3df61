/**
 * Embeds the WGSL kernels of `kernels/*.wgsl` into `src/webgpu/_kernels.generated.ts`
 * as string constants (`stats_pass.wgsl` → `STATS_PASS_WGSL`), so the library
 * loads its shaders without file permissions. A line `// @include _name.wgsl`
 * is replaced by that file (files whose name starts with `_` are shared code,
 * not kernels); the generated module holds each shared file once (its source
 * and the bindings it declares) and composes the kernels from them. Beside each source it writes the bindings the kernel's entry
 * point uses (`STATS_PASS_BINDINGS`: name → group, binding, address space and
 * access), and `KERNELS`, the record of every kernel's source and bindings,
 * so the TypeScript that builds bind groups is type-checked against the WGSL.
 * `--check` only compares and exits with status 1 when the generated file is
 * out of date.
 *
 * @module
 */

const root = new URL("../", import.meta.url);
const kernelDir = new URL("kernels/", root);
const target = new URL("src/webgpu/_kernels.generated.ts", root);

/** One `@group(g) @binding(b) var<...> name` of a kernel. */
export interface Binding {
  /** The variable's name in WGSL. */
  name: string;
  group: number;
  binding: number;
  /** Address space: "uniform" or "storage". */
  type: "uniform" | "storage";
  /** Access mode of a storage binding. */
  access?: "read" | "read_write";
}

/**
 * The WGSL source of one kernel file, its `// @include` lines expanded.
 *
 * @param name File name in `kernels/`.
 * @param dir The kernel folder (default: `kernels/`).
 * @returns The source.
 */
export function kernelSource(name: string, dir: URL = kernelDir): string {
  return Deno.readTextFileSync(new URL(name, dir)).replace(
    /^\/\/ @include (\S+)\n/gm,
    (_, file: string) => kernelSource(file, dir),
  );
}

const BINDING =
  /@group\((\d+)\)\s*@binding\((\d+)\)\s*var<(uniform|storage)(?:,\s*(read|read_write))?>\s*(\w+)/g;

/** Every function of a WGSL source: name → its text (signature and body). */
function functions(code: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of code.matchAll(/\bfn\s+(\w+)\s*\(/g)) {
    let i = code.indexOf("{", m.index);
    let depth = 0;
    const start = m.index;
    for (; i < code.length; i++) {
      if (code[i] === "{") depth++;
      else if (code[i] === "}" && --depth === 0) break;
    }
    out.set(m[1], code.slice(start, i + 1));
  }
  return out;
}

/**
 * The bindings a kernel's entry point statically uses (those a pipeline with
 * layout "auto" has): every binding named in a function reachable from the
 * entry point (named as the kernel), ordered by group and binding.
 *
 * @param code The kernel's source, includes expanded.
 * @param entry The entry point's name.
 * @returns The bindings; throws when two share a name or a slot, or when
 *   they span several bind groups (a kernel has one).
 */
export function kernelBindings(code: string, entry: string): Binding[] {
  const text = code.replace(/\/\/.*$/gm, "");
  const all = new Map<string, Binding>();
  const slots = new Set<string>();
  for (const b of kernelBindingsDeclared(text)) {
    const slot = `${b.group}/${b.binding}`;
    if (all.has(b.name) || slots.has(slot)) {
      throw new Error(`${entry}: binding ${b.name} (${slot}) declared twice`);
    }
    all.set(b.name, b);
    slots.add(slot);
  }
  const fns = functions(text);
  if (!fns.has(entry)) throw new Error(`${entry}: no entry point fn ${entry}`);
  const used = new Set<string>();
  const seen = new Set([entry]);
  const todo = [entry];
  while (todo.length > 0) {
    for (const m of fns.get(todo.pop()!)!.matchAll(/(?<![.\w])[A-Za-z_]\w*/g)) {
      if (all.has(m[0])) used.add(m[0]);
      if (fns.has(m[0]) && !seen.has(m[0])) {
        seen.add(m[0]);
        todo.push(m[0]);
      }
    }
  }
  const out = [...all.values()].filter((b) => used.has(b.name));
  if (new Set(out.map((b) => b.group)).size > 1) {
    throw new Error(`${entry}: its bindings span several bind groups`);
  }
  return out.sort((a, b) => a.binding - b.binding);
}

/** A binding as a one-line object literal. */
function bindingText({ group, binding, type, access }: Binding): string {
  return `{ group: ${group}, binding: ${binding}, type: "${type}"${
    access === undefined ? "" : `, access: "${access}"`
  } }`;
}

/** The constant of a shared file: `_loss_common.wgsl` → `LOSS_COMMON`. */
function sharedName(file: string): string {
  return file.replace(/^_/, "").replace(/\.wgsl$/, "").toUpperCase();
}

/**
 * Emits the shared files a file includes (each once, before its first use)
 * into `out`, and returns the file's source as a concatenation of string
 * literals and the shared files' constants.
 */
function composed(
  file: string,
  dir: URL,
  out: { text: string; emitted: Set<string> },
): string {
  const parts = Deno.readTextFileSync(new URL(file, dir)).split(
    /^\/\/ @include (\S+)\n/m,
  );
  const terms: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== "") terms.push(JSON.stringify(part));
      return;
    }
    const name = sharedName(part);
    if (!out.emitted.has(part)) {
      out.emitted.add(part);
      const code = composed(part, dir, out);
      const own = declaredBindings(part, dir);
      out.text +=
        `\n/** Shared WGSL of kernels/${part}. */\nconst ${name}_WGSL = ${code};\n`;
      if (own.length > 0) {
        out.text +=
          `/** Bindings declared in kernels/${part}. */\nconst ${name}_DECLARED = { ${
            own.map((b) => `${b.name}: ${bindingText(b)}`).join(", ")
          } } as const;\n`;
      }
    }
    terms.push(`${name}_WGSL`);
  });
  return terms.join(" + ");
}

/** The bindings declared in one file (its includes not expanded). */
function declaredBindings(file: string, dir: URL): Binding[] {
  const text = Deno.readTextFileSync(new URL(file, dir));
  return kernelBindingsDeclared(text.replace(/\/\/.*$/gm, ""));
}

/** Every binding declaration of a WGSL text (comments already stripped). */
function kernelBindingsDeclared(text: string): Binding[] {
  return [...text.matchAll(BINDING)].map((m) => {
    const b: Binding = {
      name: m[5],
      group: Number(m[1]),
      binding: Number(m[2]),
      type: m[3] as Binding["type"],
    };
    if (m[4] !== undefined) b.access = m[4] as Binding["access"];
    return b;
  });
}

/**
 * A kernel's bindings as a one-line object: a binding declared in a shared
 * file refers to that file's constant, one declared in the kernel is written
 * out.
 */
function kernelBindingsText(name: string, code: string, dir: URL): string {
  const raw = Deno.readTextFileSync(new URL(`${name}.wgsl`, dir));
  const shared = new Map<string, string>();
  for (const m of raw.matchAll(/^\/\/ @include (\S+)$/gm)) {
    for (const b of declaredBindings(m[1], dir)) {
      shared.set(b.name, `${sharedName(m[1])}_DECLARED.${b.name}`);
    }
  }
  const rows = kernelBindings(code, name).map((b) =>
    `${b.name}: ${shared.get(b.name) ?? bindingText(b)}`
  );
  return `{ ${rows.join(", ")} } as const`;
}

/**
 * The generated module text for the kernels in a folder, sorted by name:
 * each shared file's source (and the bindings it declares) once, each
 * kernel's source composed from them.
 *
 * @param dir The kernel folder (default: `kernels/`).
 * @returns The module's text.
 */
export function generate(dir: URL = kernelDir): string {
  const names = [...Deno.readDirSync(dir)]
    .filter((e) =>
      e.isFile && e.name.endsWith(".wgsl") && !e.name.startsWith("_")
    )
    .map((e) => e.name.replace(/\.wgsl$/, ""))
    .sort();
  const out = {
    text:
      "// @generated by tools/embed_kernels.ts from kernels/*.wgsl; do not edit.\n" +
      "/** WGSL sources of the WebGPU backend and the bindings of each kernel. @module */\n",
    emitted: new Set<string>(),
  };
  for (const name of names) {
    const parts = composed(`${name}.wgsl`, dir, out);
    const code = kernelSource(`${name}.wgsl`, dir);
    const upper = name.toUpperCase();
    out.text +=
      `\n/** Source of kernels/${name}.wgsl. */\nexport const ${upper}_WGSL: string = ${parts};\n` +
      `/** Bindings used by the entry point of kernels/${name}.wgsl. */\nexport const ${upper}_BINDINGS = ${
        kernelBindingsText(name, code, dir)
      };\n`;
  }
  out.text +=
    "\n/** Every kernel (named as its file and entry point): source and bindings. */\nexport const KERNELS = {\n";
  for (const name of names) {
    const upper = name.toUpperCase();
    out.text +=
      `  ${name}: { code: ${upper}_WGSL, bindings: ${upper}_BINDINGS },\n`;
  }
  return out.text + "} as const;\n";
}

if (import.meta.main) {
  const text = generate();
  if (Deno.args.includes("--check")) {
    let current = "";
    try {
      current = Deno.readTextFileSync(target);
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(
        "src/webgpu/_kernels.generated.ts is out of date: run deno task build",
      );
      Deno.exit(1);
    }
  } else {
    Deno.writeTextFileSync(target, text);
  }
}
