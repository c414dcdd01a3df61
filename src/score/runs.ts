/**
 * Runs: one dataset scored by many requests, on many instances, merged
 * exactly in a key-value store (Deno KV: SQLite locally, FoundationDB on
 * Deno Deploy).
 *
 * A run's state is its merged accumulator (`SegmentationMetrics.toJSON`),
 * stored in two parts so that a batch costs O(classes) to add however many
 * came before, and a read costs one pass over the state:
 * - `sums`: the JSON without its per-image rows (counts and calibration
 *   bins), rewritten by each batch;
 * - `log`: the per-image rows, one JSON line per batch, appended.
 * Both are split into values under the store's 64 KiB limit. A `head` value
 * (classes, ignore value, batch count, part counts) is written with them in
 * one atomic commit that checks the head's versionstamp and that the batch
 * id is new, so concurrent instances lose nothing and count nothing twice.
 * Conflicting and "database is locked" commits are retried with a bounded
 * backoff. The merge adds the sums in the accumulator's own order (running
 * sum + batch), so the state equals one accumulator that added the batches
 * in commit order (`seq`).
 *
 * @module
 */

import type { MetricsJSON } from "../metrics/json.ts";
import { FLOATS, ROWS } from "../metrics/tally.ts";
import { SegmentationMetrics } from "../metrics/accumulator.ts";
import { HttpError } from "./http.ts";

/** A key of the store. */
export type RunsKey = readonly (string | number)[];

/** The atomic operation of the store (a subset of `Deno.AtomicOperation`). */
export interface RunsAtomic {
  /** Fails the commit unless `key` has `versionstamp` (null: absent). */
  check(...checks: { key: RunsKey; versionstamp: string | null }[]): this;
  /** Sets a value. */
  set(key: RunsKey, value: unknown): this;
  /** Deletes a key. */
  delete(key: RunsKey): this;
  /** Commits; `ok` false when a check failed. */
  commit(): Promise<{ ok: boolean }>;
}

/** The store of runs: `Deno.Kv` fits, or anything with these methods. */
export interface RunsKv {
  /** Reads one key. */
  get<T = unknown>(
    key: RunsKey,
  ): Promise<{ value: T | null; versionstamp: string | null }>;
  /** Lists the keys under a prefix, in key order. */
  list<T = unknown>(
    selector: { prefix: RunsKey },
  ): AsyncIterable<{ key: readonly unknown[]; value: T }>;
  /** Starts an atomic operation. */
  atomic(): RunsAtomic;
}

/** The head of a run. */
interface Head {
  classes: number;
  ignore: number | null;
  batches: number;
  images: number;
  sumsParts: number;
  logParts: number;
}

/** Characters per stored value (JSON is ASCII: one byte each). */
export const PART_CHARS = 60_000;
const MAX_ATTEMPTS = 40;
const ROOT = "jdt-runs";

const headKey = (run: string): RunsKey => [ROOT, run, "head"];
const partKey = (run: string, part: string, i: number): RunsKey => [
  ROOT,
  run,
  part,
  i,
];
const batchKey = (run: string, batch: string): RunsKey => [
  ROOT,
  run,
  "batch",
  batch,
];

function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) {
    out.push(text.slice(i, i + PART_CHARS));
  }
  return out;
}

async function readParts(
  kv: RunsKv,
  run: string,
  part: string,
): Promise<string[]> {
  const out: string[] = [];
  for await (const e of kv.list<string>({ prefix: [ROOT, run, part] })) {
    out[e.key[3] as number] = e.value;
  }
  return out;
}

const PER_IMAGE = [...ROWS, ...FLOATS] as const;

/** The accumulator JSON without its per-image rows, and the rows as one line. */
function splitState(j: MetricsJSON): { sums: MetricsJSON; line: string } {
  const arrays = { ...j.arrays };
  const rows: Record<string, number[]> = {};
  for (const k of PER_IMAGE) {
    rows[k] = arrays[k] ?? [];
    arrays[k] = [];
  }
  return { sums: { ...j, arrays }, line: JSON.stringify(rows) + "\n" };
}

/** `a + b` as `SegmentationMetrics.merge` adds them (sums only). */
function addSums(a: MetricsJSON, b: MetricsJSON): MetricsJSON {
  const arrays: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(a.arrays)) {
    const w = b.arrays[k];
    arrays[k] = w.length ? v.map((x, i) => x + w[i]) : v;
  }
  return {
    ...a,
    predSeen: a.predSeen || b.predSeen,
    kept: a.kept + b.kept,
    images: a.images + b.images,
    arrays,
  };
}

const RETRY = Symbol("retry");

function isLocked(e: unknown): boolean {
  return e instanceof Error && /database is locked|busy/i.test(e.message);
}

/** Runs `step` until it returns a value; bounded, with backoff and jitter. */
async function retrying<T>(step: () => Promise<T | typeof RETRY>): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const r = await step();
      if (r !== RETRY) return r;
    } catch (e) {
      if (e instanceof Error && /too large|exceed/i.test(e.message)) {
        throw new HttpError(413, `the run's state is too large for the store`);
      }
      if (!isLocked(e)) throw e;
    }
    const ms = Math.min(200, 2 * 1.5 ** attempt) * (0.5 + Math.random());
    await new Promise((r) => setTimeout(r, ms));
  }
  throw new HttpError(
    503,
    "the run store stayed busy; retry (a batch id is counted once)",
    { "retry-after": "1" },
  );
}

/** Where a batch landed. */
export interface BatchResult {
  /** False when the batch id was already in the run (counted once). */
  added: boolean;
  /** Its position in the run (0-based commit order). */
  seq: number;
}

/**
 * Adds one batch to a run, once per batch id.
 *
 * @param kv The store.
 * @param run The run id.
 * @param batch The batch id.
 * @param m The batch's accumulator.
 * @param query Its classes and ignore value.
 * @returns Whether it was added and its position.
 * @throws {HttpError} 409 when classes or ignore differ from the run's.
 */
export function addBatch(
  kv: RunsKv,
  run: string,
  batch: string,
  m: SegmentationMetrics,
  query: { classes: number; ignore: number | null },
): Promise<BatchResult> {
  const mine = splitState(m.toJSON());
  return retrying(async () => {
    const head = await kv.get<Head>(headKey(run));
    const h = head.value;
    if (h && (h.classes !== query.classes || h.ignore !== query.ignore)) {
      throw new HttpError(
        409,
        `run ${run} has classes=${h.classes} and ignore=${h.ignore}; this batch has classes=${query.classes} and ignore=${query.ignore}`,
      );
    }
    const marker = await kv.get<{ seq: number }>(batchKey(run, batch));
    if (marker.value) return { added: false, seq: marker.value.seq };
    let sums = mine.sums;
    let log = [mine.line];
    if (h) {
      const parts = await readParts(kv, run, "sums");
      const last = await kv.get<string>(partKey(run, "log", h.logParts - 1));
      if (parts.length !== h.sumsParts || last.value === null) return RETRY;
      try {
        sums = addSums(JSON.parse(parts.join("")), mine.sums);
      } catch {
        return RETRY; // parts of two versions: the head check fails too
      }
      log = split(last.value + mine.line);
    }
    const sumParts = split(JSON.stringify(sums));
    const firstLog = h ? h.logParts - 1 : 0;
    const next: Head = {
      classes: query.classes,
      ignore: query.ignore,
      batches: (h?.batches ?? 0) + 1,
      images: sums.images,
      sumsParts: sumParts.length,
      logParts: firstLog + log.length,
    };
    const op = kv.atomic()
      .check({ key: headKey(run), versionstamp: head.versionstamp })
      .check({ key: batchKey(run, batch), versionstamp: null })
      .set(headKey(run), next)
      .set(batchKey(run, batch), { seq: next.batches - 1 });
    sumParts.forEach((p, i) => op.set(partKey(run, "sums", i), p));
    for (let i = sumParts.length; i < (h?.sumsParts ?? 0); i++) {
      op.delete(partKey(run, "sums", i));
    }
    log.forEach((p, i) => op.set(partKey(run, "log", firstLog + i), p));
    const res = await op.commit();
    return res.ok ? { added: true, seq: next.batches - 1 } : RETRY;
  });
}

/** A run as read back. */
export interface RunState {
  /** Number of classes. */
  classes: number;
  /** The ignore value, or null. */
  ignore: number | null;
  /** Number of distinct batches. */
  batches: number;
  /** The merged accumulator. */
  metrics: SegmentationMetrics;
}

/**
 * Reads a run: one consistent state (the head's versionstamp is the same
 * before and after the parts are read).
 *
 * @param kv The store.
 * @param run The run id.
 * @returns The run, or null when there is none.
 */
export function readRun(kv: RunsKv, run: string): Promise<RunState | null> {
  return retrying(async () => {
    const before = await kv.get<Head>(headKey(run));
    const h = before.value;
    if (h === null) return null;
    const sums = await readParts(kv, run, "sums");
    const log = await readParts(kv, run, "log");
    const after = await kv.get<Head>(headKey(run));
    if (after.versionstamp !== before.versionstamp) return RETRY;
    const json: MetricsJSON = JSON.parse(sums.join(""));
    const rows: Record<string, number[]> = {};
    for (const k of PER_IMAGE) rows[k] = [];
    for (const line of log.join("").split("\n")) {
      if (line === "") continue;
      const r = JSON.parse(line) as Record<string, number[]>;
      for (const k of PER_IMAGE) for (const x of r[k]) rows[k].push(x);
    }
    json.arrays = { ...json.arrays, ...rows };
    return {
      classes: h.classes,
      ignore: h.ignore,
      batches: h.batches,
      metrics: SegmentationMetrics.fromJSON(json),
    };
  });
}
