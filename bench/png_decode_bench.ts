/**
 * Decoding a 2048×1024 class-id PNG pair (19 classes, ignore 255; label with
 * smooth region boundaries, prediction with shifted boundaries and 1 %
 * scattered errors, both 8-bit grayscale encoded by fast-png): the platform's
 * `DecompressionStream("deflate")` against the JavaScript inflater (fflate),
 * interleaved in one run, with the stages of the decode (chunk walk and CRCs,
 * inflate, unfilter and unpack), fast-png's own decoder as a reference, and a
 * whole in-process `POST /score` of the pair. Medians of `--reps` rounds; the
 * ratios are js / native. Then the memory one decode of the pair allocates
 * and keeps (`Deno.memoryUsage`, heap + external, around a forced GC).
 *
 *     deno run -A --v8-flags=--expose-gc bench/png_decode_bench.ts [--reps N]
 */
import { parseArgs } from "node:util";
import { decode } from "npm:fast-png@8.0.0";
import { decodeLabelPng } from "../src/score/png.ts";
import { checkLabelPng, streamBytes } from "../src/score/png_check.ts";
import {
  inflateJs,
  inflateNative,
  type PngInflater,
} from "../src/score/png_inflate.ts";
import { pixelsOf } from "../src/score/png_pixels.ts";
import { createScoreHandler } from "../src/score/handler.ts";
import { CLASSES, H, pngPair, W } from "./_png_pair.ts";

const { values: flags, positionals } = parseArgs({
  args: Deno.args,
  options: {
    reps: { type: "string", default: "30" },
    child: { type: "string" },
  },
  allowPositionals: true,
});
const REPS = Number(flags.reps);
if (!Number.isInteger(REPS) || REPS < 1) {
  throw new Error(`--reps must be a positive integer, got ${flags.reps}`);
}
const MAX_PIXELS = 1 << 24;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Milliseconds of `f`. */
async function time(f: () => unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

if (flags.child) {
  await child(flags.child, positionals[0]);
  Deno.exit(0);
}
const { label, pred } = pngPair();
const files = [label, pred];
const checked = files.map((f) => checkLabelPng(f, "label", MAX_PIXELS));
const limits = checked.map((c) => streamBytes(c.header));
const handler = createScoreHandler();
const scoreRequest = () => {
  const body = new FormData();
  body.append("pred", new Blob([pred]));
  body.append("label", new Blob([label]));
  return handler(
    new Request("http://x/score?classes=19&ignore=255", {
      method: "POST",
      body,
    }),
  ).then(async (r) => {
    if (r.status !== 200) throw new Error(await r.text());
  });
};
const decodePair = (inflater: PngInflater) =>
  Promise.all(
    files.map((f) => decodeLabelPng(f, "label", MAX_PIXELS, { inflater })),
  );
const inflated = checked.map((c, i) => {
  const r = inflateJs(c.idat, limits[i]);
  if (r.kind !== "ok") throw new Error(`inflate: ${r.kind}`);
  return r.data;
});
/** Unfilters and unpacks copies of the inflated streams; times only that. */
function unpackMs(): number {
  const copies = inflated.map((d) => d.slice());
  const t = performance.now();
  checked.forEach((c, i) => pixelsOf(copies[i], c.header, Error));
  return performance.now() - t;
}
const timed = (f: () => unknown) => () => time(f);
const stages: Record<string, () => Promise<number> | number> = {
  "decode pair, native inflate": timed(() => decodePair("native")),
  "decode pair, js inflate": timed(() => decodePair("js")),
  "  chunk walk + CRC": timed(() =>
    files.forEach((f) => checkLabelPng(f, "label", MAX_PIXELS))
  ),
  "  inflate, native": timed(() =>
    Promise.all(checked.map((c, i) => inflateNative(c.idat, limits[i])))
  ),
  "  inflate, js": timed(() =>
    checked.forEach((c, i) => inflateJs(c.idat, limits[i]))
  ),
  "  unfilter + unpack": unpackMs,
  "fast-png 8.0.0 decode (reference)": timed(() =>
    files.forEach((f) => decode(f))
  ),
  "POST /score of the pair (in process)": timed(scoreRequest),
};
const times: Record<string, number[]> = {};
for (const name in stages) times[name] = [];
for (let r = 0; r < REPS + 2; r++) { // 2 warm-up rounds, interleaved
  for (const [name, f] of Object.entries(stages)) {
    const ms = await f();
    if (r >= 2) times[name].push(ms);
  }
}

console.log(
  `PNG pair ${W}×${H}, ${CLASSES} classes: label ${label.length} B, pred ${pred.length} B compressed, ${
    limits.join(" + ")
  } B inflated; medians of ${REPS} (ms), ${Deno.build.os} ${Deno.version.deno}`,
);
for (const name in times) {
  console.log(`${name.padEnd(40)} ${median(times[name]).toFixed(2)}`);
}
const ratio = (a: string, b: string) =>
  (median(times[a]) / median(times[b])).toFixed(2);
console.log(
  `ratio js / native: decode ${
    ratio("decode pair, js inflate", "decode pair, native inflate")
  }, inflate alone ${ratio("  inflate, js", "  inflate, native")}`,
);
await memory();

/** Peak resident memory of one decode (or request) in a fresh process. */
async function memory(): Promise<void> {
  if (Deno.build.os !== "linux") {
    console.log("memory: measured on Linux only (/proc/self/status)");
    return;
  }
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/label.png`, label);
    await Deno.writeFile(`${dir}/pred.png`, pred);
    for (const mode of ["native", "js", "score"]) {
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", import.meta.filename!, "--child", mode, dir],
        stderr: "inherit",
      }).output();
      console.log(new TextDecoder().decode(out.stdout).trim());
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** KiB of a /proc/self/status field. */
function status(field: string): number {
  const text = Deno.readTextFileSync("/proc/self/status");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)![1]);
}

/** One decode of the pair (or one `POST /score`): its peak resident memory. */
async function child(mode: string, dir: string): Promise<void> {
  const label = new Uint8Array(await Deno.readFile(`${dir}/label.png`));
  const pred = new Uint8Array(await Deno.readFile(`${dir}/pred.png`));
  const rss = status("VmRSS"), hwm = status("VmHWM");
  if (mode === "score") {
    const body = new FormData();
    body.append("pred", new Blob([pred]));
    body.append("label", new Blob([label]));
    const r = await createScoreHandler()(
      new Request("http://x/score?classes=19&ignore=255", {
        method: "POST",
        body,
      }),
    );
    if (r.status !== 200) throw new Error(await r.text());
  } else {
    const inflater = mode as PngInflater;
    for (const f of [label, pred]) {
      await decodeLabelPng(f, "label", MAX_PIXELS, { inflater });
    }
  }
  const peak = status("VmHWM");
  const what = mode === "score" ? "POST /score" : `decode, ${mode} inflate`;
  console.log(
    `peak memory, ${what}: +${((peak - rss) / 1024).toFixed(1)} MiB over ${
      (rss / 1024).toFixed(1)
    } MiB resident before${peak === hwm ? " (no new peak: at most this)" : ""}`,
  );
}
