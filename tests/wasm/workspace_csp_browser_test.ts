/**
 * In headless Chromium, on a cross-origin-isolated page whose CSP blocks
 * `blob:` workers (`default-src 'self'`), a threaded-size workspace call runs
 * on one thread and gives the copy path's value.
 */
import assert from "node:assert/strict";
import puppeteer from "npm:puppeteer-core@24.43.1";
import { quietChromiumArgs } from "../_chromium.ts";

const CHROMIUM = "/usr/bin/chromium";

/** The page's script: two workspace calls of 2^20 logits and the copy path's value. */
const MAIN = `
const lib = await import("/jdt.js");
try {
  using loss = lib.createLoss({ backend: "wasm" });
  const shape = [1, 4, 512, 512];
  const ws = loss.workspace(shape, { labels: "uint8", prediction: "logits" });
  for (let i = 0; i < ws.logits.length; i++) ws.logits[i] = Math.cos(i);
  for (let i = 0; i < ws.labels.length; i++) ws.labels[i] = (i * 5) % 4;
  const input = { logits: ws.logits, labels: ws.labels, shape, gradInto: ws.grad };
  const copy = { ...input, logits: Float32Array.from(ws.logits), labels: Uint8Array.from(ws.labels), gradInto: undefined };
  const want = await lib.jdtLoss(copy, { backend: "wasm" });
  const got = [(await loss.compute(input)).value, (await loss.compute(input)).value];
  window.result = { shared: ws.logits.buffer instanceof SharedArrayBuffer, want: want.value, got };
} catch (e) {
  window.result = { error: String(e) };
}
`;

/** Serves the bundle and the page, cross-origin isolated, with `csp` when given. */
function serve(bundle: string) {
  return Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    (req) => {
      const url = new URL(req.url);
      const headers: Record<string, string> = {
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      };
      const csp = url.searchParams.get("csp");
      if (csp) headers["content-security-policy"] = csp;
      const page = `<!doctype html><meta charset="utf-8">
<script type="module" src="/main.js"></script>`;
      const files: Record<string, [string, string]> = {
        "/": [page, "text/html"],
        "/main.js": [MAIN, "text/javascript"],
        "/jdt.js": [bundle, "text/javascript"],
      };
      const file = files[url.pathname];
      if (!file) return new Response("not found", { status: 404, headers });
      return new Response(file[0], {
        headers: { ...headers, "content-type": file[1] },
      });
    },
  );
}

Deno.test({
  name:
    "Chromium, a CSP that blocks blob: workers: threaded workspace calls run on one thread",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "jdt-csp-test-" });
    const built = await new Deno.Command(Deno.execPath(), {
      args: ["bundle", "-q", "--platform", "browser", "--format", "esm"]
        .concat(["-o", `${dir}/jdt.js`, "mod.ts"]),
      cwd: new URL("../..", import.meta.url),
    }).output();
    assert.equal(built.code, 0, new TextDecoder().decode(built.stderr));
    const server = serve(await Deno.readTextFile(`${dir}/jdt.js`));
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      ignoreDefaultArgs: true,
      args: ["--headless", "--no-sandbox", ...quietChromiumArgs(dir)],
    });
    try {
      const policies = [
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
        "",
      ];
      for (const csp of policies) {
        const page = await browser.newPage();
        const refusals: string[] = [];
        page.on("console", (m) => refusals.push(m.text()));
        const q = csp ? `?csp=${encodeURIComponent(csp)}` : "";
        await page.goto(`http://127.0.0.1:${server.addr.port}/${q}`);
        await page.waitForFunction("window.result !== undefined", {
          timeout: 120_000,
        });
        const r = await page.evaluate("window.result") as {
          error?: string;
          shared: boolean;
          want: number;
          got: number[];
        };
        assert.equal(r.error, undefined, `CSP "${csp}": ${r.error}`);
        assert.ok(r.shared, "the page is cross-origin isolated");
        for (const v of r.got) assert.ok(Math.abs(v - r.want) < 1e-6, csp);
        const blockedWorker = refusals.some((t) =>
          /blob:.*Content Security/.test(t)
        );
        assert.equal(
          blockedWorker,
          csp !== "",
          `worker blocked (CSP "${csp}")`,
        );
        await page.close();
      }
    } finally {
      await browser.close();
      await server.shutdown();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
