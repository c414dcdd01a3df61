// The web page (GET /) in headless Chromium with NIfTI volumes and boundary
// metrics: the boundary table equals /score's, the slider draws each slice
// of the error map.
import assert from "node:assert/strict";
import { type ERROR_CODES, MAP_COLOURS } from "../../src/score/error_map.ts";
import { form } from "../_score_files.ts";
import { withPageServer } from "./_page.ts";
import { writeNifti } from "./_nifti_files.ts";

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

// 4 × 3 × 3 volumes (i, j, k), spacing 0.5 × 1 × 2: class 1 on slice 0 of
// the label, slices 1 and 2 of the prediction.
const vox = (ks: number[]) =>
  Array.from({ length: 36 }, (_, n) => ks.includes(Math.floor(n / 12)) ? 1 : 0);
const nifti = (ks: number[]) =>
  writeNifti({
    dim: [3, 4, 3, 3],
    datatype: 2,
    bitpix: 8,
    pixdim: [1, 0.5, 1, 2],
    voxels: vox(ks),
  });

Deno.test({
  name:
    "web page: NIfTI volumes show the boundary table and a slider over error-map slices",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const out = await Deno.makeTempDir({ prefix: "jdt-page-volume-" });
    await Deno.writeFile(`${out}/pred.nii`, nifti([1, 2]));
    await Deno.writeFile(`${out}/label.nii`, nifti([0]));
    try {
      await withPageServer(async (browser, base) => {
        const page = await browser.newPage();
        await page.goto(`${base}/`);
        for (const id of ["pred", "label"]) {
          const input = await page.$(`#${id}`);
          await (input as unknown as { uploadFile(p: string): Promise<void> })
            .uploadFile(`${out}/${id}.nii`);
        }
        await page.$eval(
          "#ignore",
          (e) => (e as unknown as { value: string }).value = "",
        );
        await page.$eval(
          "#tolerance",
          (e) => (e as unknown as { value: string }).value = "1,2",
        );
        await page.click("#boundary");
        await page.click("#score");
        await page.waitForSelector("body[data-state=done]", {
          timeout: 30_000,
        });
        const cells = await page.$$eval(
          "#boundary-table tr",
          (trs) => trs.map((r) => [...r.cells].map((c) => c.textContent)),
        );
        const slice = () =>
          page.$eval("#map", (c) => {
            const canvas = c as unknown as Canvas2d;
            const d = canvas.getContext("2d").getImageData(
              0,
              0,
              canvas.width,
              canvas.height,
            );
            return { w: canvas.width, h: canvas.height, rgba: [...d.data] };
          });
        const middle = await slice();
        await page.$eval("#slice", (e) => {
          const el = e as unknown as {
            value: string;
            dispatchEvent(ev: Event): void;
          };
          el.value = "0";
          el.dispatchEvent(new Event("input"));
        });
        const first = await slice();
        const label = await page.$eval("#slice-label", (e) => e.textContent);
        const status = await page.$eval("#status", (e) => e.textContent);

        const res = await fetch(
          `${base}/score?classes=2&boundary=1&tolerance=1,2`,
          {
            method: "POST",
            body: form(nifti([1, 2]), nifti([0])),
          },
        );
        const want = (await res.json()).boundary[0];
        // Hand-worked: prediction slices 1, 2 vs label slice 0 (dk = 2): HD 4;
        // the label's boundary is 2 away, the prediction's 2 or 4.
        assert.equal(want.hd, 4);
        const show = (v: number | null) => v === null ? "n/a" : v.toFixed(3);
        assert.deepEqual(cells, [
          ["class", "HD", "HD95", "ASSD", "NSD@1", "NSD@2"],
          ["1", ...[want.hd, want.hd95, want.assd, ...want.nsd].map(show)],
        ]);
        assert.match(status!, /3×3×4 voxels \(spacing 2 × 1 × 0\.5\)/);
        const rgba = (k: keyof typeof ERROR_CODES) => [...MAP_COLOURS[k], 255];
        assert.deepEqual([middle.w, middle.h], [4, 3]);
        // Slice 1 (the middle): prediction 1 over label 0 → false positive.
        assert.deepEqual(middle.rgba.slice(0, 4), rgba("fp"));
        // Slice 0: label 1, prediction 0 → false negative.
        assert.deepEqual(first.rgba.slice(0, 4), rgba("fn"));
        assert.equal(label, "slice 1 of 3");
      });
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
