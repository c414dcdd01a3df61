/** The scoring service's web page in headless Chromium, for the page tests. */
import puppeteer, { type Browser } from "npm:puppeteer-core@24.43.1";
import { createScoreHandler } from "../../src/score/handler.ts";
import { quietChromiumArgs } from "../_chromium.ts";

/**
 * Serves the scoring handler on a free port and starts headless Chromium;
 * runs `fn`, then closes the browser, the server and the browser profile.
 */
export async function withPageServer(
  fn: (browser: Browser, base: string) => Promise<void>,
): Promise<void> {
  const profile = await Deno.makeTempDir({ prefix: "jdt-chromium-" });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createScoreHandler(),
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    ignoreDefaultArgs: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      ...quietChromiumArgs(profile),
    ],
  });
  try {
    await fn(browser, base);
  } finally {
    await browser.close();
    await server.shutdown();
    await Deno.remove(profile, { recursive: true });
  }
}
