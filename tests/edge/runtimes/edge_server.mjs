// Serves a classic-script bundle in Vercel's open Edge Runtime (npm
// edge-runtime) on 127.0.0.1:PORT, with WebAssembly compilation from bytes
// refused as on Vercel Edge. With a .wasm path, the host compiles it and puts
// the module in the global JDT_WASM (what `import m from "./x.wasm?module"`
// gives there). Prints "listening URL" once it serves.
// Usage: node edge_server.mjs BUNDLE PORT [WASM]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Required, not imported: Deno type-checks this folder and does not install
// edge-runtime (npm does, from package-lock.json here).
const { EdgeRuntime, runServer } = createRequire(import.meta.url)(
  "edge-runtime",
);

const [bundle, port, wasm] = process.argv.slice(2);
const module = wasm ? new WebAssembly.Module(readFileSync(wasm)) : undefined;
const runtime = new EdgeRuntime({
  codeGeneration: { strings: false, wasm: false },
  extend: (context) => {
    if (module) context.JDT_WASM = module;
    return context;
  },
  initialCode: readFileSync(bundle, "utf8"),
});
const server = await runServer({
  runtime,
  host: "127.0.0.1",
  port: Number(port),
});
console.log(`listening ${server.url}`);
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
