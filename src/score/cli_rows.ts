/**
 * Per-case rows of the scoring CLI (`--rows out.csv|out.json`): one row per
 * (case, class) with its Dice, IoU, voxel counts and, with `--boundary`,
 * HD, HD95, ASSD and NSD per τ; and the boundary summary printed at the end
 * (mean of the finite values, counts of undefined and infinite ones).
 *
 * @module
 */

import type { BoundaryClassResult } from "../metrics/boundary/boundary_metrics.ts";
import type { BoundaryClassSummary } from "../metrics/boundary/cases.ts";
import { encodeBoundaryValue } from "../metrics/boundary/json.ts";
import type { ClassScore } from "../metrics/values.ts";
import { ignoreList } from "../metrics/class_options.ts";
import { UsageError } from "./cli_files.ts";
import type { IgnoreValues } from "../metrics/class_options.ts";

/** One (case, class) row; `null` = undefined, `Infinity` = infinite. */
export interface CaseRow {
  /** The case (relative path without extension). */
  case: string;
  /** The class id. */
  class: number;
  /** Voxels labelled as the class. */
  labelVoxels: number;
  /** Voxels predicted as the class. */
  predVoxels: number;
  /** Dice in [0, 1] (null when the class is neither labelled nor predicted). */
  dice: number | null;
  /** IoU in [0, 1] (null likewise). */
  iou: number | null;
  /** Boundary metrics (with `--boundary`, classes ≥ 1). */
  hd?: number | null;
  hd95?: number | null;
  assd?: number | null;
  /** NSD, one value per τ. */
  nsd?: (number | null)[];
}

/**
 * The format of a rows file from its extension.
 *
 * @param path The path given to `--rows`.
 * @returns `"csv"` or `"json"`.
 * @throws {UsageError} On another extension.
 */
export function rowsFormat(path: string): "csv" | "json" {
  const m = /\.(csv|json)$/i.exec(path);
  if (m === null) {
    throw new UsageError(`--rows must end in .csv or .json, got ${path}`);
  }
  return m[1].toLowerCase() as "csv" | "json";
}

/**
 * Reads `--tolerance` (comma-separated τ ≥ 0, default 1).
 *
 * @param text The option's value, if given.
 * @returns The tolerances.
 * @throws {UsageError} On a bad list.
 */
export function tolerancesArg(text: string | undefined): number[] {
  const parts = (text ?? "1").split(",");
  const taus = parts.map((p) => p.trim() === "" ? NaN : Number(p));
  if (parts.length > 16 || taus.some((t) => !Number.isFinite(t) || t < 0)) {
    throw new UsageError(
      `--tolerance must be 1 to 16 numbers >= 0 separated by commas, got "${text}"`,
    );
  }
  return taus;
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/**
 * The rows of one case: every class but the ignore value.
 *
 * @param name The case.
 * @param perClass Its per-class counts (one-case accumulator).
 * @param boundary Its boundary results, or null.
 * @param ignore The ignore value(s), or null.
 * @returns The rows, in class order.
 */
export function caseRows(
  name: string,
  perClass: ClassScore[],
  boundary: BoundaryClassResult[] | null,
  ignore: IgnoreValues,
): CaseRow[] {
  const byClass = new Map(boundary?.map((b) => [b.class, b]));
  const ignored = ignoreList(ignore);
  return perClass.filter((r) => !ignored.includes(r.classId)).map((r) => {
    const row: CaseRow = {
      case: name,
      class: r.classId,
      labelVoxels: r.labelPixels,
      predVoxels: r.predPixels,
      dice: ratio(2 * r.tp, 2 * r.tp + r.fp + r.fn),
      iou: ratio(r.tp, r.tp + r.fp + r.fn),
    };
    const b = byClass.get(r.classId);
    if (boundary !== null) {
      row.hd = b?.hd ?? null;
      row.hd95 = b?.hd95 ?? null;
      row.assd = b?.assd ?? null;
      row.nsd = b === undefined ? [] : Array.isArray(b.nsd) ? b.nsd : [b.nsd];
    }
    return row;
  });
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v === Infinity) return "Infinity";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The rows as CSV (empty cell = undefined, `Infinity` = infinite) or JSON
 * (`null` = undefined, `"Infinity"` = infinite).
 *
 * @param rows The rows.
 * @param format `"csv"` or `"json"`.
 * @param taus The NSD tolerances (column names), or null without boundary.
 * @returns The file's text.
 */
export function rowsText(
  rows: CaseRow[],
  format: "csv" | "json",
  taus: number[] | null,
): string {
  if (format === "json") {
    const enc = rows.map((r) => ({
      ...r,
      ...(r.nsd === undefined ? {} : {
        hd: encodeBoundaryValue(r.hd ?? null),
        hd95: encodeBoundaryValue(r.hd95 ?? null),
        assd: encodeBoundaryValue(r.assd ?? null),
        nsd: r.nsd.map(encodeBoundaryValue),
      }),
    }));
    return JSON.stringify({ tolerance: taus, rows: enc }, null, 1) + "\n";
  }
  const head = ["case", "class", "label_voxels", "pred_voxels", "dice", "iou"];
  if (taus !== null) {
    head.push("hd", "hd95", "assd", ...taus.map((t) => `nsd_${t}`));
  }
  const lines = rows.map((r) => {
    const cells: unknown[] = [
      r.case,
      r.class,
      r.labelVoxels,
      r.predVoxels,
      r.dice,
      r.iou,
    ];
    if (taus !== null) {
      cells.push(r.hd, r.hd95, r.assd, ...taus.map((_, k) => r.nsd?.[k]));
    }
    return cells.map(csvCell).join(",");
  });
  return [head.join(","), ...lines].join("\n") + "\n";
}

function statCell(
  s: { mean: number | null; undefined: number; infinite: number },
) {
  const mean = s.mean === null ? "n/a" : s.mean.toFixed(3);
  const extra = [
    s.undefined ? `${s.undefined} undef` : "",
    s.infinite ? `${s.infinite} inf` : "",
  ].filter(Boolean).join(", ");
  return extra ? `${mean} (${extra})` : mean;
}

/**
 * The boundary summary table printed by the CLI: per class, the mean of the
 * finite values over cases with the counts of undefined and infinite ones.
 *
 * @param summary The accumulator's summary.
 * @param taus The NSD tolerances.
 * @returns The table.
 */
export function boundaryTable(
  summary: BoundaryClassSummary[],
  taus: number[],
): string {
  const head = [
    "class",
    "cases",
    "HD",
    "HD95",
    "ASSD",
    ...taus.map((t) => `NSD@${t}`),
  ];
  const body = summary.map((s) => [
    String(s.class),
    String(s.cases),
    statCell(s.hd),
    statCell(s.hd95),
    statCell(s.assd),
    ...(Array.isArray(s.nsd) ? s.nsd : [s.nsd]).map(statCell),
  ]);
  return textTable(head, body);
}

/**
 * A plain-text table: right-aligned columns under a header and a rule.
 *
 * @param head The column names.
 * @param body The rows' cells.
 * @returns The table's lines joined by newlines.
 */
export function textTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0))
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => c.padStart(widths[i])).join("  ");
  return [
    line(head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map(line),
  ].join("\n");
}
