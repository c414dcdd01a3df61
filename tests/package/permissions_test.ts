import assert from "node:assert/strict";

Deno.test("the library imports and computes with no permissions (deno run examples/demo.ts)", async () => {
  const demo = new URL("../../examples/demo.ts", import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", demo.pathname],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.match(text, /backend: (js|wasm|webgpu)/);
  assert.match(text, /= soft label\s+\S+\s+\S+\s+\S+\s+0\.0000\s+0\.0000/);
});
