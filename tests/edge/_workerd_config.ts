/**
 * The workerd configuration of the edge checks: three workers on loopback
 * ports, all running the bundled worker (`worker.js` in the folder):
 * - `with`: gets jdt's dist/jdt.wasm as a wasm module (`import m from
 *   "./jdt.wasm"`) and owns the Durable Object namespace of runs, stored on
 *   local disk in the folder (SQLite-backed objects, what new classes on
 *   Cloudflare get);
 * - `with2`: the same code in a second isolate, bound to `with`'s namespace
 *   (two worker instances sharing one object per run);
 * - `without`: no module, no store (what a Worker without the module sees).
 */

/** The entry of a worker: the bundle made into a module worker. */
function entry(module: boolean): string {
  return [
    module ? `import jdtWasm from "./jdt.wasm";` : "",
    `import { makeWorker } from "./worker.js";`,
    `export { RunsDurableObject } from "./worker.js";`,
    `export default makeWorker(${module ? "jdtWasm" : ""});`,
  ].join("\n");
}

function modules(module: boolean): string {
  const main = module ? "main_with.js" : "main_without.js";
  return `[
    (name = "main.js", esModule = embed "${main}"),
    (name = "worker.js", esModule = embed "worker.js"),${
    module ? `\n    (name = "jdt.wasm", wasm = embed "jdt.wasm"),` : ""
  }
  ]`;
}

const DATE = `compatibilityDate = "2026-11-01"`;

/**
 * Writes the entries, a copy of the module and `config.capnp` into `dir`.
 *
 * @param dir A folder holding `worker.js`.
 * @param ports The loopback port of each worker.
 * @param wasm Where jdt's dist/jdt.wasm is.
 * @returns The path of the config file.
 */
export async function writeWorkerdConfig(
  dir: string,
  ports: { with: number; with2: number; without: number },
  wasm: URL,
): Promise<string> {
  await Deno.writeTextFile(`${dir}/main_with.js`, entry(true));
  await Deno.writeTextFile(`${dir}/main_without.js`, entry(false));
  await Deno.copyFile(wasm, `${dir}/jdt.wasm`);
  await Deno.mkdir(`${dir}/do`, { recursive: true });
  const socket = (name: string, port: number) =>
    `(name = "${name}", address = "127.0.0.1:${port}", http = (), service = "${name}")`;
  const config = `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "with", worker = .withWorker),
    (name = "with2", worker = .with2Worker),
    (name = "without", worker = .withoutWorker),
    (name = "do-disk", disk = (path = "${dir}/do", writable = true)),
  ],
  sockets = [
    ${socket("with", ports.with)},
    ${socket("with2", ports.with2)},
    ${socket("without", ports.without)},
  ],
);

const withWorker :Workerd.Worker = (
  modules = ${modules(true)},
  ${DATE},
  bindings = [(name = "RUNS", durableObjectNamespace = "RunsDurableObject")],
  durableObjectNamespaces = [
    (className = "RunsDurableObject", uniqueKey = "jdt-edge-check-runs", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "do-disk"),
);

const with2Worker :Workerd.Worker = (
  modules = ${modules(true)},
  ${DATE},
  bindings = [(
    name = "RUNS",
    durableObjectNamespace = (serviceName = "with", className = "RunsDurableObject"),
  )],
);

const withoutWorker :Workerd.Worker = (
  modules = ${modules(false)},
  ${DATE},
);
`;
  const path = `${dir}/config.capnp`;
  await Deno.writeTextFile(path, config);
  return path;
}
