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
  const sources = Object.entries(kernels).filter(([name]) =>
    name.endsWith("_WGSL")
  ) as [string, string][];
  assert.equal(sources.length, Object.keys(kernels.KERNELS).length);
  for (const [name, code] of sources) {
    const entry = name.replace(/_WGSL$/, "").toLowerCase();
    assert.equal(
      kernels.KERNELS[entry as keyof typeof kernels.KERNELS].code,
      code,
    );
    assert.equal(code, kernelSource(`${entry}.wgsl`));
    assert.doesNotMatch(code, /@include/);
    assert.equal(code.match(/@compute/g)?.length, 1, name);
    assert.match(code, new RegExp(`fn ${entry}\\(`));
  }
});
