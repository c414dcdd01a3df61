/**
 * The Worker of `bench/png_decode_workerd.ts`: `POST /?mode=M&reps=N` with
 * the pair as body (label length as 4 bytes big-endian, label, prediction)
 * decodes both files N times in mode M: `native` or `js` (the whole decode
 * with that inflater), `check`, `inflate-native`, `inflate-js` or `pixels`
 * (one stage), `count` (the metrics of the decoded pair as `/score` counts
 * them, and their JSON), `count-js` or `count-wasm` (the counting alone on
 * that backend), `copy` (only the copies of the inflated pair that `pixels`
 * works on), `noop` (nothing). Every mode first checks and inflates the
 * pair once (the stages' inputs), so the driver subtracts `noop`'s time.
 * `useWasmModule` is re-exported for a host that must give the module.
 */
import { decodeLabelPng } from "../src/score/png.ts";
import { checkLabelPng, streamBytes } from "../src/score/png_check.ts";
import { inflateJs, inflateNative } from "../src/score/png_inflate.ts";
import { pixelsOf } from "../src/score/png_pixels.ts";
import { addPair, scorePair } from "../src/score/pair_score.ts";
import { createMetrics } from "../src/metrics/accumulator.ts";
import type { LabelMap } from "../src/score/png.ts";

export { useWasmModule } from "../mod.ts";

/** One decode (or stage) of file `i` of the pair in `mode`. */
type Step = (i: number, r: number) => Promise<unknown> | unknown;

export default {
  /** Answers the number of decode steps it ran. */
  async fetch(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const mode = url.searchParams.get("mode") ?? "noop";
    const reps = Number(url.searchParams.get("reps") ?? 1);
    const body = new Uint8Array(await req.arrayBuffer());
    const n = new DataView(body.buffer).getUint32(0);
    const files = [body.subarray(4, 4 + n), body.subarray(4 + n)];
    const checked = files.map((f) => checkLabelPng(f, "label", 1 << 24));
    const limits = checked.map((c) => streamBytes(c.header));
    const inflated = checked.map((c, i) => {
      const r = inflateJs(c.idat, limits[i]);
      if (r.kind !== "ok") throw new Error(r.kind);
      return r.data;
    });
    const copies = mode === "pixels" || mode === "copy"
      ? Array.from({ length: reps }, () => inflated.map((d) => d.slice()))
      : [];
    const maps: LabelMap[] = !mode.startsWith("count") ? [] : inflated.map(
      (d, i) => ({
        width: checked[i].header.width,
        height: checked[i].header.height,
        data: pixelsOf(d.slice(), checked[i].header, Error),
      }),
    );
    const counted = (backend: "js" | "wasm") => () => {
      const m = createMetrics({ numClasses: 19, ignoreIndex: 255, backend });
      addPair(m, { kind: "png", map: maps[1] }, maps[0]);
      return m.value();
    };
    const steps: Record<string, Step> = {
      noop: () => {},
      copy: () => {}, // the copies that "pixels" unfilters, alone
      native: (i) =>
        decodeLabelPng(files[i], "l", 1 << 24, { inflater: "native" }),
      js: (i) => decodeLabelPng(files[i], "l", 1 << 24, { inflater: "js" }),
      check: (i) => checkLabelPng(files[i], "l", 1 << 24),
      "inflate-native": (i) => inflateNative(checked[i].idat, limits[i]),
      "inflate-js": (i) => inflateJs(checked[i].idat, limits[i]),
      pixels: (i, r) => pixelsOf(copies[r][i], checked[i].header, Error),
      count: (i) =>
        i === 0 && JSON.stringify(
          scorePair({ kind: "png", map: maps[1] }, maps[0], 19, 255),
        ),
      "count-js": (i) => i === 0 && counted("js")(),
      "count-wasm": (i) => i === 0 && counted("wasm")(),
    };
    const step = steps[mode];
    if (!step) return new Response(`unknown mode ${mode}`, { status: 400 });
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < files.length; i++) await step(i, r);
    }
    return new Response(String(reps * files.length));
  },
};
