/**
 * Runs the smoke checks on the browser bundle of mod.ts in headless Chromium
 * (js, wasm and webgpu through SwiftShader), driven by puppeteer-core. The
 * page and the bundle are served from 127.0.0.1 on a free port.
 *
 * Usage: `deno run -A --lock=deno.lock tests/smoke/browser_smoke.ts BUNDLE.js`
 * (Chromium from `CHROMIUM`, default `/usr/bin/chromium`).
 *
 * @module
 */
import puppeteer from "npm:puppeteer-core@24.43.1";
import { report } from "./checks.mjs";
import { quietChromiumArgs } from "../_chromium.ts";

const bundle = Deno.args[0];
if (!bundle) {
  console.error("usage: browser_smoke.ts BUNDLE.js");
  Deno.exit(2);
}
const chromium = Deno.env.get("CHROMIUM") ?? "/usr/bin/chromium";
const checks = new URL("./checks.mjs", import.meta.url);

const PAGE = `<!doctype html><meta charset="utf-8"><title>jdt smoke</title>
<script type="module">
try {
  const lib = await import("/jdt.js");
  const { runChecks } = await import("/checks.mjs");
  window.smokeResults = await runChecks(lib, ["js", "wasm", "webgpu"]);
} catch (e) {
  window.smokeResults = [{ name: "load the bundle", ok: false, detail: String(e?.stack ?? e) }];
}
</script>`;

const FILES: Record<string, () => Promise<[string, string]>> = {
  "/": () => Promise.resolve([PAGE, "text/html"]),
  "/jdt.js": async () => [await Deno.readTextFile(bundle), "text/javascript"],
  "/checks.mjs": async () => [
    await Deno.readTextFile(checks),
    "text/javascript",
  ],
};

const server = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: () => {} },
  async (req) => {
    const file = FILES[new URL(req.url).pathname];
    if (!file) return new Response("not found", { status: 404 });
    const [body, type] = await file();
    return new Response(body, { headers: { "content-type": type } });
  },
);
const profile = await Deno.makeTempDir({ prefix: "jdt-chromium-" });
const label = "chromium";
let results: { name: string; ok: boolean; detail: string }[];
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    "--no-sandbox",
    "--enable-unsafe-webgpu",
    "--enable-features=Vulkan",
    "--use-angle=swiftshader",
    "--use-webgpu-adapter=swiftshader",
    "--disable-gpu-sandbox",
    ...quietChromiumArgs(profile),
  ],
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e}`));
  await page.goto(`http://127.0.0.1:${server.addr.port}/`);
  await page.waitForFunction("window.smokeResults !== undefined", {
    timeout: 120_000,
  });
  const version = await browser.version();
  results = await page.evaluate("window.smokeResults") as typeof results;
  console.log(`${version}`);
} catch (e) {
  results = [{ name: "run the page", ok: false, detail: String(e) }];
} finally {
  await browser.close();
  await server.shutdown();
  await Deno.remove(profile, { recursive: true });
}
Deno.exit(report(label, results) === 0 ? 0 : 1);
