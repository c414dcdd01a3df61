import assert from "node:assert/strict";
import {
  JDT_WASM_BASE64,
  JDT_WASM_SHA256,
} from "../src/wasm/_module.generated.ts";
import { decodeBase64, jdtWasmModule } from "../src/wasm/module.ts";

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.test("_module.generated.ts embeds the bytes its header's sha256 names", async () => {
  const bytes = decodeBase64(JDT_WASM_BASE64);
  const hash = await sha256Hex(bytes);
  assert.equal(hash, JDT_WASM_SHA256);
  const text = await Deno.readTextFile(
    new URL("../src/wasm/_module.generated.ts", import.meta.url),
  );
  assert.match(
    text,
    new RegExp(`^// sha256 of the module bytes: ${hash}$`, "m"),
  );
  const built = await Deno.readFile(
    new URL("../wasm/build/jdt.wasm", import.meta.url),
  );
  assert.deepEqual(built, bytes);
});

Deno.test("jdtWasmModule() has no imports and exports the loss kernels", () => {
  const m = jdtWasmModule();
  assert.deepEqual(WebAssembly.Module.imports(m), []);
  const names = WebAssembly.Module.exports(m).map((e) => e.name);
  for (const n of ["memory", "heapBase", "lossStats", "lossGrad"]) {
    assert.ok(names.includes(n), n);
  }
});

Deno.test("jdtLoss() on the wasm backend needs no read or net permission", async () => {
  const code = `
    import { jdtLoss } from ${
    JSON.stringify(new URL("../mod.ts", import.meta.url).href)
  };
    const r = await jdtLoss({
      logits: new Float32Array([2, -1, -1, 2]), shape: [1, 2, 2],
      labels: new Uint8Array([0, 1]),
    }, { backend: "wasm" });
    console.log(r.backend, r.value > 0 && r.grad.length === 4);
  `;
  // `deno run` with no permission flag grants none; --no-prompt makes any
  // permission request fail instead of asking.
  const file = await Deno.makeTempFile({ suffix: ".ts" });
  await Deno.writeTextFile(file, code);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", "--no-config", file],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output().finally(() => Deno.remove(file));
  const stdout = new TextDecoder().decode(out.stdout).trim();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.equal(stdout, "wasm true");
});
