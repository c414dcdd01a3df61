/**
 * The generated binding tables tie the WGSL to the TypeScript that builds bind
 * groups: the tables list what each entry point uses, and a kernel whose
 * binding is renamed no longer type-checks against the program builders.
 */
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { generate, kernelBindings } from "../../tools/embed_kernels.ts";

const root = new URL("../../", import.meta.url);

Deno.test("kernelBindings lists the bindings reachable from the entry point, by number, ignoring comments", () => {
  const code = `
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(0) var<uniform> params: P;
@group(0) @binding(1) var<storage, read> unused: array<f32>;
// @group(0) @binding(3) var<storage, read> commented: array<f32>;
fn helper() -> f32 { return params.x; }
fn other() -> f32 { return unused[0]; }
@compute @workgroup_size(1)
fn main() { out[0] = helper(); }
`;
  assert.deepEqual(kernelBindings(code, "main"), [
    { name: "params", group: 0, binding: 0, type: "uniform" },
    {
      name: "out",
      group: 0,
      binding: 2,
      type: "storage",
      access: "read_write",
    },
  ]);
  assert.throws(
    () =>
      kernelBindings(
        code.replace(
          "binding(1) var<storage, read> unused",
          "binding(2) var<storage, read> twice",
        ),
        "main",
      ),
    /declared twice/,
  );
});

/** Copies a folder recursively. */
async function copyDir(from: URL, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (e.isDirectory) {
      await copyDir(new URL(`${e.name}/`, from), `${to}/${e.name}`);
    } else if (e.isFile) {
      await Deno.copyFile(new URL(e.name, from), `${to}/${e.name}`);
    }
  }
}

/** Copies src/ and kernels/ into a temporary folder. */
async function copyTree(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jdt-bindings-" });
  for (const folder of ["src", "kernels"]) {
    await copyDir(new URL(`${folder}/`, root), `${dir}/${folder}`);
  }
  return dir;
}

/** Regenerates the kernels module of a copy and type-checks its WebGPU code. */
async function checkCopy(dir: string): Promise<{ code: number; text: string }> {
  const generated = generate(pathToFileURL(`${dir}/kernels/`));
  await Deno.writeTextFile(
    `${dir}/src/webgpu/_kernels.generated.ts`,
    generated,
  );
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "check",
      "--no-config",
      "--no-lock",
      `${dir}/src/webgpu/backend.ts`,
      `${dir}/src/webgpu/metrics.ts`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, text: decode(out.stdout) + decode(out.stderr) };
}

Deno.test("a binding renamed in the WGSL fails the type check of the program builders", async () => {
  const dir = await copyTree();
  try {
    const same = await checkCopy(dir);
    assert.equal(same.code, 0, same.text);
    const file = `${dir}/kernels/grad_pass.wgsl`;
    const wgsl = await Deno.readTextFile(file);
    assert.match(wgsl, /var<storage, read> coef:/);
    await Deno.writeTextFile(file, wgsl.replace(/\bcoef\b/g, "coefs"));
    const renamed = await checkCopy(dir);
    assert.notEqual(renamed.code, 0);
    assert.match(renamed.text, /loss_programs\.ts/);
    assert.match(renamed.text, /coefs/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
