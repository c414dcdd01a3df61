/**
 * Scores a folder of predictions against a folder of label maps.
 *
 *     deno run -R -W jsr:@jdt/losses/cli --pred preds/ --label labels/ --classes 21
 *     deno task score --pred preds/ --label labels/ --classes 21 \
 *       [--ignore 255] [--json report.json] [--maps maps/] [--background 0]
 *
 * Files pair by relative path without extension, in nested folders too
 * (symbolic links followed): `preds/city/a.png` or `preds/city/a.npy` (float32
 * probabilities `[C, H, W]`) with `labels/city/a.png`. Prints a per-class
 * table and the summary metrics with their meaning and unit, writes a JSON
 * report, and with `--maps` one PNG error map per image. Every argument and
 * output path is checked before scoring; no input and no existing file is
 * overwritten (existing outputs only with `--overwrite`), no output is written
 * through a link (each is written beside its path and moved into place) or
 * inside an input folder. Relative paths are taken from the caller's folder
 * (`INIT_CWD`, set by `deno task`, else the working folder). Exit codes: 0
 * done, 1 a file failed or an output could not be written (named), 2 bad
 * usage, unpaired files, an unsafe output or an input the runtime may not
 * read (named with its flag).
 *
 * @example
 * ```ts
 * import { main } from "@jdt/losses/cli";
 * import assert from "node:assert/strict";
 * let out = "";
 * const code = await main(["--help"], {
 *   out: (t) => (out += t),
 *   err: () => {},
 *   tty: false,
 * });
 * assert.equal(code, 0);
 * assert.match(out, /--classes N/);
 * ```
 *
 * @module
 */

import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { EmptyMetricsError, quote } from "../core/errors.ts";
import type { ClassScore, MetricValues } from "../metrics/values.ts";
import {
  checkOutputs,
  type Inputs,
  inputsOf,
  UsageError,
  walk,
  writeOutput,
} from "./cli_files.ts";
import { errorMapPng } from "./error_map.ts";
import {
  caseBoundary,
  caseMetrics,
  LABEL_EXTS,
  PRED_EXTS,
  scoreCase,
  stackedLabel,
} from "./cli_case.ts";
import {
  boundaryTable,
  type CaseRow,
  caseRows,
  rowsFormat,
  rowsText,
  textTable,
  tolerancesArg,
} from "./cli_rows.ts";
import { createBoundaryAccumulator } from "../metrics/boundary/cases.ts";
import { describeMetric } from "./keys.ts";
import {
  CHOICE_RULES,
  type MetricChoice,
  parseMetricChoice,
} from "./metric_choice.ts";
import { IGNORE_RULE, MAX_LABEL_VALUE, parseIgnore } from "./request.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";

/** Where the CLI writes, and the folder relative paths start from. */
export interface CliIO {
  /** Standard output (tables, summary). */
  out: (text: string) => void;
  /** Standard error (progress, errors). */
  err: (text: string) => void;
  /** Whether stderr is a terminal (then, and only then, a progress bar is drawn). */
  tty: boolean;
  /** The caller's folder (default: the working folder). */
  cwd?: string;
}

const USAGE = `usage: score --pred DIR --label DIR --classes N [options]

  --pred DIR        predictions: PNG label maps, .npy float probabilities
                    [C, H, W] or NIfTI label volumes (.nii, .nii.gz), in
                    nested folders; pairs by relative path without extension
  --label DIR       label maps (PNG, pixel value = class id) or NIfTI label
                    volumes (same dimensions and affine as the prediction;
                    their spacing is used)
  --classes N       number of classes (1 to 65536)
  --ignore V[,V..]  label value(s) left out of scoring (0 to 65535 each)
  --subset C[,C..]  classes the per-class means average over (default all)
  --include-background 0|1
                    whether class 0 counts in those means (default 1)
  --empty RULE      what a class with no labelled pixel scores: reference
                    (default), skip or one (see docs/metrics_mapping.md)
  --json FILE       write a JSON report (metrics, per-class table, one row
                    per image, the accumulator for
                    SegmentationMetrics.fromJSON), outside --pred and --label
  --maps DIR        write one RGB error map PNG per image: true positives
                    green, false positives red, false negatives blue, true
                    background dark grey, ignored black, label boundaries
                    white; outside --pred and --label (refused inside: a
                    later run would read the maps as inputs)
  --background K    the background class of the error maps (default 0);
                    a volume's map stacks its slices top to bottom
  --boundary        also compute HD, HD95, ASSD and NSD per case and class
                    (classes 1 to N-1, in spacing units) and print their
                    means with the counts of undefined / infinite values
  --tolerance T     NSD tolerances, comma-separated (default 1)
  --rows FILE       write one row per (case, class) to FILE.csv or FILE.json:
                    voxel counts, Dice, IoU (and the boundary metrics),
                    outside --pred and --label
  --max-pixels N    largest image, width x height (default 67108864 = 8192²)
  --overwrite       replace existing output files (never inputs)
  -h, --help        this text

Outputs are checked before scoring and never written through links: each is
written to a new file beside it and moved into place, so a symbolic link at an
output path, or a hard link to an input, is refused (never followed), and an
existing file is replaced, not truncated. A permission the runtime withholds
is named with its flag (-R for the inputs, -W for the outputs).`;

const DEFAULT_MAX_PIXELS = 8192 * 8192;

function intArg(
  v: string | undefined,
  name: string,
  lo: number,
  hi: number,
): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || n < lo || n > hi) {
    throw new UsageError(
      `--${name} must be an integer in [${lo}, ${hi}], got ${quote(v)}`,
    );
  }
  return n;
}

/** `--ignore V[,V...]`: see {@link parseIgnore}. */
function ignoreArg(v: string | undefined): IgnoreValues {
  if (v === undefined) return null;
  const values = parseIgnore(v);
  if (values === null) {
    throw new UsageError(`--ignore must be ${IGNORE_RULE}, got ${quote(v)}`);
  }
  return values;
}

/** `--subset`, `--include-background`, `--empty`: see {@link parseMetricChoice}. */
function choiceArgs(
  opts: { subset?: string; "include-background"?: string; empty?: string },
  classes: number,
): MetricChoice {
  const text = {
    subset: opts.subset,
    includeBackground: opts["include-background"],
    empty: opts.empty,
  };
  return parseMetricChoice(text, classes, (name) => {
    const flag = name === "includeBackground" ? "include-background" : name;
    throw new UsageError(
      `--${flag} must be ${CHOICE_RULES[name]}, got ${quote(text[name]!)}`,
    );
  });
}

function fmt(v: number, digits = 2): string {
  return Number.isNaN(v) ? "n/a" : v.toFixed(digits);
}

function table(rows: ClassScore[]): string {
  const head = [
    "class",
    "IoU %",
    "Dice %",
    "Acc %",
    "label px",
    "pred px",
    "images",
  ];
  const body = rows.map((r) => [
    String(r.classId),
    fmt(r.iou),
    fmt(r.dice),
    fmt(r.acc),
    String(r.labelPixels),
    String(r.predPixels),
    String(r.images),
  ]);
  return textTable(head, body);
}

function summary(metrics: MetricValues): string {
  const keys = Object.keys(metrics) as (keyof MetricValues)[];
  const w = Math.max(11, ...keys.map((k) => k.length));
  return keys.map((k) => {
    const [meaning, unit] = describeMetric(k);
    return `${k.padEnd(w)}  ${fmt(metrics[k] ?? NaN, 3).padStart(8)} ${
      unit.padEnd(1)
    }  ${meaning}\n`;
  }).join("");
}

/** The progress bar, redrawn in place on stderr; only when stderr is a TTY. */
function progress(io: CliIO, done: number, total: number, name: string): void {
  if (!io.tty) return;
  const width = 30;
  const fill = Math.round((done / total) * width);
  const bar = `[${"#".repeat(fill)}${
    ".".repeat(width - fill)
  }] ${done}/${total} ${name}`;
  io.err(`\r${bar.padEnd(80)}`);
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

/** A checked plan: what to read and write. */
interface Plan {
  pairs: { key: string; pred: string; label: string; map: string | null }[];
  classes: number;
  ignore: IgnoreValues;
  /** Metric options: `--subset`, `--include-background`, `--empty`. */
  choice: MetricChoice;
  background: number;
  maxPixels: number;
  json: string | null;
  /** The rows file and its format, or null. */
  rows: { path: string; format: "csv" | "json" } | null;
  /** The NSD tolerances with `--boundary`, else null. */
  taus: number[] | null;
  predDir: string;
  labelDir: string;
  /** What the run reads, kept apart from what it writes. */
  inputs: Inputs;
  overwrite: boolean;
  /** Each output's folder by real path, when checked. */
  folders: Map<string, string>;
}

/** The flags that take a value. */
export const VALUE_FLAGS = [
  "pred",
  "label",
  "classes",
  "ignore",
  "subset",
  "include-background",
  "empty",
  "json",
  "maps",
  "background",
  "tolerance",
  "rows",
  "max-pixels",
] as const;

/** The command line's options, parsed (a usage error on an unknown one). */
function readArgs(args: string[]) {
  try {
    return parseArgs({
      args: args[0] === "--" ? args.slice(1) : args,
      options: {
        ...Object.fromEntries(
          VALUE_FLAGS.map((f) => [f, { type: "string" }]),
        ) as Record<(typeof VALUE_FLAGS)[number], { type: "string" }>,
        boundary: { type: "boolean" },
        overwrite: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function plan(args: string[], cwd: string): Promise<Plan | "help"> {
  const opts = readArgs(args);
  if (opts.help) return "help";
  if (!opts.pred) throw new UsageError("--pred is required");
  if (!opts.label) throw new UsageError("--label is required");
  if (opts.classes === undefined) throw new UsageError("--classes is required");
  const classes = intArg(opts.classes, "classes", 1, MAX_LABEL_VALUE + 1)!;
  const ignore = ignoreArg(opts.ignore);
  const choice = choiceArgs(opts, classes);
  const background = intArg(opts.background, "background", 0, classes - 1) ??
    0;
  const maxPixels = intArg(opts["max-pixels"], "max-pixels", 1, 2 ** 32) ??
    DEFAULT_MAX_PIXELS;
  const predDir = resolve(cwd, opts.pred);
  const labelDir = resolve(cwd, opts.label);
  const json = opts.json === undefined ? null : resolve(cwd, opts.json);
  const mapsDir = opts.maps === undefined ? null : resolve(cwd, opts.maps);
  const rows = opts.rows === undefined ? null : {
    path: resolve(cwd, opts.rows),
    format: rowsFormat(opts.rows),
  };
  if (opts.tolerance !== undefined && !opts.boundary) {
    throw new UsageError("--tolerance needs --boundary");
  }
  const taus = opts.boundary ? tolerancesArg(opts.tolerance) : null;
  const { pairs, inputs } = await pairFiles(predDir, labelDir, mapsDir);
  const outputs = pairs.flatMap((p) => p.map ? [p.map] : []);
  if (json !== null) outputs.push(json);
  if (rows !== null) {
    const folder = await stat(dirname(rows.path)).catch(() => null);
    if (!folder?.isDirectory()) {
      throw new UsageError(`--rows: no such folder: ${dirname(rows.path)}`);
    }
    outputs.push(rows.path);
  }
  const overwrite = opts.overwrite === true;
  const folders = await checkOutputs(outputs, inputs, overwrite, json);
  return {
    pairs,
    classes,
    ignore,
    choice,
    background,
    maxPixels,
    json,
    rows,
    taus,
    predDir,
    labelDir,
    inputs,
    overwrite,
    folders,
  };
}

/**
 * The prediction / label pairs of two folders (by relative path without
 * extension), each with its map path; a usage error on an unpaired file.
 */
async function pairFiles(
  predDir: string,
  labelDir: string,
  mapsDir: string | null,
): Promise<{ pairs: Plan["pairs"]; inputs: Inputs }> {
  const folders = new Set<string>();
  const preds = await walk(predDir, PRED_EXTS, folders);
  const labels = await walk(labelDir, LABEL_EXTS, folders);
  const lines = [
    ...[...preds.keys()].filter((k) => !labels.has(k)).sort().map((k) =>
      `  ${preds.get(k)}: no label in ${labelDir}`
    ),
    ...[...labels.keys()].filter((k) => !preds.has(k)).sort().map((k) =>
      `  ${labels.get(k)}: no prediction in ${predDir}`
    ),
  ];
  if (lines.length) {
    throw new UsageError(
      `unpaired files (pairing is by relative path without extension):\n${
        lines.join("\n")
      }`,
    );
  }
  if (preds.size === 0) {
    throw new UsageError(`no .png, .npy, .nii or .nii.gz files in ${predDir}`);
  }
  const pairs = [...preds.keys()].sort().map((key) => ({
    key,
    pred: preds.get(key)!,
    label: labels.get(key)!,
    map: mapsDir === null ? null : join(mapsDir, ...`${key}.png`.split("/")),
  }));
  const files = [...preds.values(), ...labels.values()];
  return { pairs, inputs: await inputsOf(files, folders) };
}

/** Scores every pair; the accumulator and rows, or the exit code 1. */
async function scoreAll(p: Plan, io: CliIO) {
  const total = caseMetrics(p);
  const images: ImageRow[] = [];
  const rows: CaseRow[] = [];
  const boundary = createBoundaryAccumulator();
  for (let i = 0; i < p.pairs.length; i++) {
    const f = p.pairs[i];
    progress(io, i, p.pairs.length, f.key);
    try {
      const files = {
        pred: await readFile(f.pred),
        label: await readFile(f.label),
      };
      const c = await scoreCase(files, f.pred, f.label, p);
      const one = c.metrics;
      const row: ImageRow = {
        name: f.key,
        pred: f.pred,
        label: f.label,
        keptPixels: one.keptPixels,
        mIoU: null,
        Acc: null,
      };
      if (one.keptPixels > 0) {
        const v = one.value();
        row.mIoU = v.mIoUI ?? null;
        row.Acc = v.Acc ?? null;
        if (c.soft) {
          row.softJaccard = c.soft.mJaccardD;
          row.softDice = c.soft.mDiceD;
        }
      }
      total.merge(one);
      images.push(row);
      const b = p.taus === null ? null : caseBoundary(c, p, p.taus);
      if (b !== null) boundary.add(f.key, b);
      if (p.rows !== null) {
        rows.push(
          ...caseRows(f.key, one.perClass(), b?.classes ?? null, p.ignore),
        );
      }
      if (f.map) {
        const png = errorMapPng(
          c.pred,
          stackedLabel(c),
          p.ignore,
          p.background,
        );
        const at = p.folders.get(f.map);
        await writeOutput(f.map, png, p.inputs, p.overwrite, at);
      }
    } catch (e) {
      io.err(
        `${io.tty ? "\n" : ""}error: ${f.pred} / ${f.label}: ${
          (e as Error).message
        }\n` +
          `stopped after ${i} of ${p.pairs.length} images; no report was written\n`,
      );
      return null;
    }
  }
  progress(io, p.pairs.length, p.pairs.length, "done");
  if (io.tty) io.err("\n");
  return { total, images, rows, boundary };
}

async function report(p: Plan, io: CliIO): Promise<number> {
  const done = await scoreAll(p, io);
  if (done === null) return 1;
  const { total, images, rows, boundary } = done;
  let metrics: MetricValues;
  try {
    metrics = total.value();
  } catch (e) {
    if (!(e instanceof EmptyMetricsError)) throw e;
    io.err(`error: every pixel of every label is ignored: nothing to score\n`);
    return 1;
  }
  const perClass = total.perClass();
  io.out(`${table(perClass)}\n\n`);
  io.out(`${images.length} images, ${total.keptPixels} scored pixels\n`);
  io.out(summary(metrics));
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
      fmt(soft.reduce((s, r) => s + f(r), 0) / soft.length, 3);
    io.out(
      `${"softJaccard".padEnd(11)}  ${
        mean((r) => r.softJaccard!).padStart(8)
      } %  soft Jaccard score (100·(1 − JML)), mean over images\n`,
    );
    io.out(
      `${"softDice".padEnd(11)}  ${
        mean((r) => r.softDice!).padStart(8)
      } %  soft Dice score (100·(1 − DML)), mean over images\n`,
    );
  }
  if (p.taus !== null) {
    io.out(`\nboundary metrics (spacing units), mean over cases:\n`);
    io.out(`${boundaryTable(boundary.summary(), p.taus)}\n`);
  }
  if (p.rows !== null) {
    const text = rowsText(rows, p.rows.format, p.taus);
    const at = p.folders.get(p.rows.path);
    await writeOutput(p.rows.path, text, p.inputs, p.overwrite, at);
    io.err(`wrote ${p.rows.path}\n`);
  }
  if (p.json !== null) {
    const out = {
      pred: p.predDir,
      label: p.labelDir,
      classes: p.classes,
      ignoreIndex: p.ignore,
      metrics,
      perClass,
      images,
      accumulator: total.toJSON(),
      ...(p.taus === null ? {} : {
        boundary: {
          tolerance: p.taus,
          summary: boundary.summary(),
          cases: boundary.toJSON(),
        },
      }),
    };
    const text = JSON.stringify(out, null, 2) + "\n";
    const at = p.folders.get(p.json);
    await writeOutput(p.json, text, p.inputs, p.overwrite, at);
    io.err(`wrote ${p.json}\n`);
  }
  const maps = p.pairs.filter((f) => f.map).length;
  if (maps) io.err(`wrote ${maps} error maps\n`);
  return 0;
}

/**
 * Runs the CLI.
 *
 * @param args Command-line arguments (without the program).
 * @param io Where to write, and the caller's folder.
 * @returns The exit code.
 * @example
 * ```ts
 * import { main } from "@jdt/losses/cli";
 * import assert from "node:assert/strict";
 * let out = "";
 * const io = { out: (t: string) => out += t, err: () => {}, tty: false };
 * assert.equal(await main(["--help"], io), 0);
 * assert.match(out, /--classes N/);
 * ```
 */
export async function main(args: string[], io: CliIO): Promise<number> {
  try {
    const p = await plan(args, io.cwd ?? process.cwd());
    if (p === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    return await report(p, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(
        `error: ${e.message}\n${
          USAGE.split("\n")[0]
        } (--help lists the options)\n`,
      );
      return 2;
    }
    io.err(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

/** The caller's folder: `INIT_CWD` (set by `deno task`, npm) if readable. */
function callerDir(): string {
  const deno = (globalThis as {
    Deno?: { permissions: { querySync(d: object): { state: string } } };
  }).Deno;
  const granted = !deno ||
    deno.permissions.querySync({ name: "env", variable: "INIT_CWD" }).state ===
      "granted";
  return (granted ? process.env.INIT_CWD : undefined) || process.cwd();
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    tty: process.stderr.isTTY === true,
    cwd: callerDir(),
  });
  process.exitCode = code;
}
