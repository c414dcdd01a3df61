// The web page (GET /) in headless Chromium: upload two PNGs, read the
// tables and the error map, check them against /score, keep a screenshot.
import assert from "node:assert/strict";
import { type ERROR_CODES, MAP_COLOURS } from "../../src/score/error_map.ts";
import { describeMetric } from "../../src/score/keys.ts";
import { form, png8 } from "../_score_files.ts";
import { withPageServer } from "./_page.ts";

/** The part of a canvas the test reads (Deno's DOM types lack it). */
interface Canvas2d {
  width: number;
  height: number;
  getContext(kind: "2d"): {
    getImageData(x: number, y: number, w: number, h: number): {
      data: Iterable<number>;
    };
  };
}

/** A 48×32 scene, 4 classes, a band ignored (255 in both files). */
function scene() {
  const w = 48, h = 32;
  const label = new Uint8Array(w * h);
  const pred = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      label[i] = y < 4 ? 255 : x < 16 ? 0 : x < 32 ? 1 : y < 18 ? 2 : 3;
      // Shifted boundaries: some FP, FN, and a class mixed up.
      pred[i] = y < 4 ? 255 : x < 20 ? 0 : x < 30 ? 1 : y < 22 ? 2 : 3;
    }
  }
  return { w, h, label, pred };
}

Deno.test({
  name:
    "web page: uploads two PNGs, shows the /score metrics with units, the per-class table and the error map",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const { w, h, label, pred } = scene();
    const out = await Deno.makeTempDir({ prefix: "jdt-page-test-" });
    await Deno.writeFile(`${out}/pred.png`, png8(pred, w, h));
    await Deno.writeFile(`${out}/label.png`, png8(label, w, h));
    await withPageServer(async (browser, base) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 1000 });
      const external: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(base)) external.push(r.url());
      });
      await page.goto(`${base}/`);
      const pick = async (id: string, file: string) => {
        const input = await page.$(`#${id}`);
        assert.ok(input);
        await (input as unknown as { uploadFile(p: string): Promise<void> })
          .uploadFile(file);
      };
      await pick("pred", `${out}/pred.png`);
      await pick("label", `${out}/label.png`);
      await page.$eval(
        "#classes",
        (e) => (e as unknown as { value: string }).value = "4",
      );
      await page.click("#score");
      await page.waitForSelector("body[data-state=done]", { timeout: 30_000 });
      const rows = await page.$$eval(
        "#metrics tbody tr",
        (trs) => trs.map((r) => [...r.cells].map((c) => c.textContent)),
      );
      const classRows = await page.$$eval(
        "#classes-table tbody tr",
        (trs) => trs.map((r) => [...r.cells].map((c) => c.textContent)),
      );
      // The map's pixels, as drawn.
      const drawn = await page.$eval("#map", (c) => {
        const canvas = c as unknown as Canvas2d;
        const d = canvas.getContext("2d").getImageData(
          0,
          0,
          canvas.width,
          canvas.height,
        );
        return { w: canvas.width, h: canvas.height, rgba: [...d.data] };
      });
      await page.screenshot({ path: `${out}/page.png`, fullPage: true });
      console.log(`screenshot: ${out}/page.png`);

      // The same request to /score.
      const res = await fetch(`${base}/score?classes=4&ignore=255`, {
        method: "POST",
        body: form(png8(pred, w, h), png8(label, w, h)),
      });
      const want = await res.json();
      assert.equal(res.status, 200);
      const keys = Object.keys(want.metrics);
      assert.deepEqual(rows.map((r) => r[0]), keys);
      for (const [key, value, unit, meaning] of rows) {
        const v = want.metrics[key!];
        assert.equal(value, v === null ? "n/a" : v.toFixed(3), key!);
        assert.deepEqual([meaning, unit], describeMetric(key!), key!);
      }
      assert.equal(rows.find((r) => r[0] === "mIoUD")![2], "%");
      assert.equal(classRows.length, 4);
      classRows.forEach((r, c) => {
        const p = want.perClass[c];
        assert.deepEqual(r, [
          String(c),
          p.iou.toFixed(2),
          p.dice.toFixed(2),
          p.acc.toFixed(2),
          String(p.tp),
          String(p.fp),
          String(p.fn),
          String(p.labelPixels),
          String(p.predPixels),
        ]);
      });
      // Error map: each pixel's colour is its kind's, computed here.
      assert.deepEqual([drawn.w, drawn.h], [w, h]);
      const colour = (k: keyof typeof ERROR_CODES) => [...MAP_COLOURS[k], 255];
      for (let i = 0; i < w * h; i++) {
        const l = label[i], p = pred[i];
        const kind = l === 255
          ? "ignored"
          : p === l
          ? (l === 0 ? "background" : "tp")
          : p !== 0
          ? "fp"
          : "fn";
        assert.deepEqual(
          drawn.rgba.slice(4 * i, 4 * i + 4),
          colour(kind),
          `pixel ${i}`,
        );
      }
      assert.deepEqual(external, [], "the page loads nothing from elsewhere");
    });
  },
});
