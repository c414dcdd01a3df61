/** The embedded kernels are the current kernels/*.wgsl, one constant per file. */
import assert from "node:assert/strict";
import { generate, kernelSource } from "../../tools/embed_kernels.ts";
import * as kernels from "../../src/webgpu/_kernels.generated.ts";

Deno.test("generate() reproduces src/webgpu/_kernels.generated.ts byte for byte", () => {
  const file = Deno.readTextFileSync(
    new URL("../../src/webgpu/_kernels.generated.ts", import.meta.url),
  );
  assert.equal(generate(), file);
});

Deno.test("src/webgpu/_kernels.generated.ts has one entry point per kernel, named as its file", () => {
  for (const [name, code] of Object.entries(kernels)) {
    const entry = name.replace(/_WGSL$/, "").toLowerCase();
    assert.equal(code, kernelSource(`${entry}.wgsl`));
    assert.doesNotMatch(code, /@include/);
    assert.equal(code.match(/@compute/g)?.length, 1, name);
    assert.match(code, new RegExp(`fn ${entry}\\(`));
  }
});
