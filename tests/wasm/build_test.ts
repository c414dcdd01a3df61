import assert from "node:assert/strict";
import {
  JDT_WASM_BASE64,
  JDT_WASM_RELAXED_BASE64,
  JDT_WASM_RELAXED_SHA256,
  JDT_WASM_SHA256,
} from "../../src/wasm/_module.generated.ts";
import {
  decodeBase64,
  jdtWasmModule,
  setWasmBuild,
} from "../../src/wasm/module.ts";
import { runWithoutPermissions } from "../_no_permissions.ts";

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}

const EMBEDDED = [
  ["jdt", JDT_WASM_BASE64, JDT_WASM_SHA256, ""],
  [
    "jdt_relaxed",
    JDT_WASM_RELAXED_BASE64,
    JDT_WASM_RELAXED_SHA256,
    "relaxed-SIMD ",
  ],
] as const;

Deno.test("_module.generated.ts embeds the bytes its header's sha256 names, both builds", async () => {
  const text = await Deno.readTextFile(
    new URL("../../src/wasm/_module.generated.ts", import.meta.url),
  );
  for (const [name, base64, sha, label] of EMBEDDED) {
    const bytes = decodeBase64(base64);
    const hash = await sha256Hex(bytes);
    assert.equal(hash, sha);
    assert.match(
      text,
      new RegExp(`^// sha256 of the ${label}module bytes: ${hash}$`, "m"),
    );
    const built = await Deno.readFile(
      new URL(`../../wasm/build/${name}.wasm`, import.meta.url),
    );
    assert.deepEqual(built, bytes);
  }
});

Deno.test("decodeBase64() without Uint8Array.fromBase64 gives the same bytes", () => {
  const native = (Uint8Array as unknown as { fromBase64?: unknown })
    .fromBase64;
  const want = decodeBase64(JDT_WASM_BASE64);
  try {
    delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
    assert.deepEqual(decodeBase64(JDT_WASM_BASE64), want);
    assert.deepEqual(decodeBase64("YQ=="), new Uint8Array([97]));
  } finally {
    if (native !== undefined) {
      (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 = native;
    }
  }
});

Deno.test("jdtWasmModule() imports only its memory and exports the loss kernels, both builds", () => {
  for (const build of ["relaxed", "simd"] as const) {
    setWasmBuild(build);
    try {
      for (const shared of [false, true]) {
        const m = jdtWasmModule(shared);
        assert.deepEqual(WebAssembly.Module.imports(m), [
          { module: "env", name: "memory", kind: "memory" },
        ]);
        const names = WebAssembly.Module.exports(m).map((e) => e.name);
        for (const n of ["memory", "heapBase", "lossStats", "lossGrad"]) {
          assert.ok(names.includes(n), n);
        }
      }
    } finally {
      setWasmBuild();
    }
  }
});

/**
 * Loop bodies of the loss kernels in a .wat (stack form) that materialise a
 * vector constant: a v128.const, or a splat of a constant.
 */
function constantsInLoops(wat: string): string[] {
  const found: string[] = [];
  let fn = "", prev = "";
  let depth: string[] = [];
  for (const raw of wat.split("\n")) {
    const line = raw.trim();
    const head = line.match(/^\(func \$(\S+)/);
    if (head) {
      [fn, prev, depth] = [head[1], "", []];
      continue;
    }
    const op = line.split(/\s+/)[0];
    if (depth.includes("loop") && /assembly\/(loss|simd)\//.test(fn)) {
      const splatOfConst = op.endsWith(".splat") && /\.const\b/.test(prev);
      if (op === "v128.const" || splatOfConst) found.push(`${fn}: ${line}`);
    }
    if (op === "block" || op === "loop" || op === "if") depth.push(op);
    else if (op === "end") depth.pop();
    prev = line;
  }
  return found;
}

Deno.test("the loss kernels of both builds read vector constants from memory, never inside a loop", async () => {
  for (const name of ["jdt", "jdt_relaxed"]) {
    const wat = await Deno.readTextFile(
      new URL(`../../wasm/build/${name}.wat`, import.meta.url),
    );
    assert.ok(/\(func \$wasm\/assembly\/loss\/lossGrad/.test(wat), name);
    assert.deepEqual(constantsInLoops(wat), [], name);
  }
  // The check sees what it looks for.
  const bad = [
    " (func $wasm/assembly/loss/f",
    "  loop $l",
    "   f32.const 1",
    "   f32x4.splat",
    "   v128.const i32x4 0x0 0x0 0x0 0x0",
    "  end",
  ].join("\n");
  assert.equal(constantsInLoops(bad).length, 2);
});

Deno.test("jdtLoss() on the wasm backend needs no read or net permission", async () => {
  const code = `
    import { jdtLoss } from ${
    JSON.stringify(new URL("../../mod.ts", import.meta.url).href)
  };
    const r = await jdtLoss({
      logits: new Float32Array([2, -1, -1, 2]), shape: [1, 2, 2],
      labels: new Uint8Array([0, 1]),
    }, { backend: "wasm" });
    console.log(r.backend, r.value > 0 && r.grad.length === 4);
  `;
  const out = await runWithoutPermissions(code);
  assert.equal(out.code, 0, out.stderr);
  assert.equal(out.stdout, "wasm true");
});
