/**
 * Scores a folder of predictions against a folder of label maps.
 *
 *     deno task score -- --pred preds/ --label labels/ --classes 21 \
 *       [--ignore 255] [--json report.json] [--maps maps/] [--background 0]
 *
 * Files pair by name without extension: `preds/a.png` or `preds/a.npy` (float32
 * probabilities `[C, H, W]`) with `labels/a.png`. Prints a per-class table and
 * the summary metrics, writes a JSON report, and with `--maps` one PNG error
 * map per image (true positives green, false positives red, false negatives
 * blue, ground-truth class boundaries white, ignored pixels black).
 * Exit codes: 0 done, 1 a file failed (named), 2 bad usage or unpaired files.
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  type ClassScore,
  createMetrics,
  EmptyMetricsError,
  type MetricValues,
  softScores,
} from "../../mod.ts";
import {
  addPair,
  argmaxIds,
  checkPair,
  decodeLabelPng,
  decodePrediction,
  errorMapPng,
} from "./io.ts";

/** Where the CLI writes. */
export interface CliIO {
  /** Standard output (tables, summary). */
  out: (text: string) => void;
  /** Standard error (progress, errors). */
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress redrawn in place). */
  tty: boolean;
}

const USAGE =
  `usage: score --pred DIR --label DIR --classes N [--ignore V] [--json FILE] [--maps DIR] [--background K]`;

class UsageError extends Error {}

function intArg(
  v: string | undefined,
  name: string,
  required: boolean,
): number | null {
  if (v === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return null;
  }
  const n = Number(v);
  if (!Number.isInteger(n)) {
    throw new UsageError(`--${name} must be an integer, got ${v}`);
  }
  return n;
}

async function listFiles(
  dir: string,
  exts: string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile) continue;
      const dot = e.name.lastIndexOf(".");
      const ext = dot < 0 ? "" : e.name.slice(dot + 1).toLowerCase();
      if (!exts.includes(ext)) continue;
      const key = e.name.slice(0, dot);
      if (out.has(key)) {
        throw new UsageError(
          `${dir}: two files for "${key}": ${out.get(key)} and ${e.name}`,
        );
      }
      out.set(key, e.name);
    }
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new UsageError(`no such folder: ${dir}`);
    }
    throw e;
  }
  return out;
}

function fmt(v: number, digits = 2): string {
  return Number.isNaN(v) ? "n/a" : v.toFixed(digits);
}

function table(rows: ClassScore[]): string {
  const head = ["class", "IoU", "Dice", "Acc", "label px", "pred px", "images"];
  const body = rows.map((r) => [
    String(r.classId),
    fmt(r.iou),
    fmt(r.dice),
    fmt(r.acc),
    String(r.labelPixels),
    String(r.predPixels),
    String(r.images),
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((b) => b[i].length))
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => c.padStart(widths[i])).join("  ");
  return [
    line(head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map(line),
  ].join("\n");
}

function progress(io: CliIO, done: number, total: number, name: string): void {
  const width = 30;
  const fill = Math.round((done / total) * width);
  const bar = `[${"#".repeat(fill)}${
    ".".repeat(width - fill)
  }] ${done}/${total} ${name}`;
  if (io.tty) io.err(`\r${bar.padEnd(80)}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) {
    io.err(`${bar}\n`);
  }
}

/** One image of the JSON report. */
interface ImageRow {
  name: string;
  pred: string;
  label: string;
  keptPixels: number;
  mIoU: number | null;
  Acc: number | null;
  softJaccard?: number;
  softDice?: number;
}

/**
 * Runs the CLI.
 *
 * @param args Command-line arguments (without the program).
 * @param io Where to write.
 * @returns The exit code.
 */
export async function main(args: string[], io: CliIO): Promise<number> {
  let opts;
  try {
    opts = parseArgs({
      args,
      options: {
        pred: { type: "string" },
        label: { type: "string" },
        classes: { type: "string" },
        ignore: { type: "string" },
        json: { type: "string" },
        maps: { type: "string" },
        background: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  let pairs: { key: string; pred: string; label: string }[];
  let classes: number;
  let ignore: number | null;
  let background: number;
  try {
    if (!opts.pred) throw new UsageError("--pred is required");
    if (!opts.label) throw new UsageError("--label is required");
    classes = intArg(opts.classes, "classes", true)!;
    if (classes < 1) {
      throw new UsageError(`--classes must be >= 1, got ${classes}`);
    }
    ignore = intArg(opts.ignore, "ignore", false);
    background = intArg(opts.background, "background", false) ?? 0;
    const preds = await listFiles(opts.pred, ["png", "npy"]);
    const labels = await listFiles(opts.label, ["png"]);
    const onlyPred = [...preds.keys()].filter((k) => !labels.has(k)).sort();
    const onlyLabel = [...labels.keys()].filter((k) => !preds.has(k)).sort();
    if (onlyPred.length || onlyLabel.length) {
      const lines = [
        ...onlyPred.map((k) =>
          `  ${opts.pred}/${preds.get(k)}: no label in ${opts.label}`
        ),
        ...onlyLabel.map((k) =>
          `  ${opts.label}/${labels.get(k)}: no prediction in ${opts.pred}`
        ),
      ];
      throw new UsageError(
        `unpaired files (pairing is by name without extension):\n${
          lines.join("\n")
        }`,
      );
    }
    if (preds.size === 0) {
      throw new UsageError(`no .png or .npy files in ${opts.pred}`);
    }
    pairs = [...preds.keys()].sort().map((key) => ({
      key,
      pred: `${opts.pred}/${preds.get(key)}`,
      label: `${opts.label}/${labels.get(key)}`,
    }));
    if (opts.maps) await Deno.mkdir(opts.maps, { recursive: true });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`error: ${(e as Error).message}\n`);
    return 2;
  }

  const total = createMetrics({ numClasses: classes, ignoreIndex: ignore });
  const images: ImageRow[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    progress(io, i, pairs.length, p.key);
    try {
      const label = decodeLabelPng(
        await Deno.readFile(p.label),
        p.label,
        2 ** 26,
      );
      const pred = decodePrediction(await Deno.readFile(p.pred), p.pred, {
        maxPixels: 2 ** 26,
        maxValues: 2 ** 28,
      });
      checkPair(pred, label, classes);
      const one = createMetrics({ numClasses: classes, ignoreIndex: ignore });
      addPair(one, pred, label);
      const row: ImageRow = {
        name: p.key,
        pred: p.pred,
        label: p.label,
        keptPixels: one.keptPixels,
        mIoU: null,
        Acc: null,
      };
      if (one.keptPixels > 0) {
        const v = one.value();
        row.mIoU = v.mIoUI;
        row.Acc = v.Acc;
      }
      if (pred.kind === "npy" && one.keptPixels > 0) {
        const s = softScores({
          pred: pred.probs.data,
          target: label.data,
          shape: [1, classes, label.width * label.height],
        }, { ignoreIndex: ignore });
        row.softJaccard = s.mJaccardD;
        row.softDice = s.mDiceD;
      }
      total.merge(one);
      images.push(row);
      if (opts.maps) {
        const ids = pred.kind === "png" ? pred.map.data : argmaxIds(pred.probs);
        await Deno.writeFile(
          `${opts.maps}/${p.key}.png`,
          errorMapPng(ids, label, ignore, background),
        );
      }
    } catch (e) {
      io.err(
        `${io.tty ? "\n" : ""}error: ${p.pred} / ${p.label}: ${
          (e as Error).message
        }\n` +
          `stopped after ${i} of ${pairs.length} images; no report was written\n`,
      );
      return 1;
    }
  }
  progress(io, pairs.length, pairs.length, "done");
  if (io.tty) io.err("\n");

  let metrics: MetricValues;
  try {
    metrics = total.value();
  } catch (e) {
    if (e instanceof EmptyMetricsError) {
      io.err(
        `error: every pixel of every label is ignored: nothing to score\n`,
      );
      return 1;
    }
    throw e;
  }
  const perClass = total.perClass();
  io.out(`${table(perClass)}\n\n`);
  const keys = Object.keys(metrics);
  const w = Math.max(11, ...keys.map((k) => k.length));
  io.out(`${images.length} images, ${total.keptPixels} scored pixels\n`);
  for (const k of keys) io.out(`${k.padEnd(w)}  ${fmt(metrics[k], 3)}\n`);
  const soft = images.filter((r) => r.softJaccard !== undefined);
  if (soft.length && soft.length < images.length) {
    io.err(
      `note: calibration and soft scores need .npy probabilities; ${
        images.length - soft.length
      } predictions are PNG label maps, so calibration is left out and soft scores cover ${soft.length} images\n`,
    );
  }
  if (soft.length) {
    const mean = (f: (r: ImageRow) => number) =>
      soft.reduce((s, r) => s + f(r), 0) / soft.length;
    io.out(
      `${"softJaccard".padEnd(w)}  ${
        fmt(mean((r) => r.softJaccard!), 3)
      }  (mean over images)\n`,
    );
    io.out(
      `${"softDice".padEnd(w)}  ${
        fmt(mean((r) => r.softDice!), 3)
      }  (mean over images)\n`,
    );
  }
  if (opts.json) {
    const report = {
      pred: opts.pred,
      label: opts.label,
      classes,
      ignoreIndex: ignore,
      metrics,
      perClass,
      images,
      accumulator: total.toJSON(),
    };
    await Deno.writeTextFile(opts.json, JSON.stringify(report, null, 2) + "\n");
    io.err(`wrote ${opts.json}\n`);
  }
  if (opts.maps) io.err(`wrote ${images.length} error maps to ${opts.maps}\n`);
  return 0;
}

function writeAll(f: { writeSync(p: Uint8Array): number }, text: string): void {
  let bytes = new TextEncoder().encode(text);
  while (bytes.length) bytes = bytes.subarray(f.writeSync(bytes));
}

if (import.meta.main) {
  // `deno task score -- --pred ...` may pass the separator through.
  const args = Deno.args[0] === "--" ? Deno.args.slice(1) : Deno.args;
  const code = await main(args, {
    out: (t) => writeAll(Deno.stdout, t),
    err: (t) => writeAll(Deno.stderr, t),
    tty: Deno.stderr.isTerminal(),
  });
  Deno.exit(code);
}
