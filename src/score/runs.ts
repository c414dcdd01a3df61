/**
 * Runs: one dataset scored by many requests, on many instances, merged
 * exactly in a store of runs ({@link RunsStore}): Deno KV (SQLite locally,
 * FoundationDB on Deno Deploy) through {@link kvRunsStore}, or a Cloudflare
 * Durable Object per run (`runs_durable.ts`).
 *
 * A run's state is its merged accumulator (`SegmentationMetrics.toJSON`),
 * stored in two parts so that a batch costs O(classes) to add however many
 * came before, and a read costs one pass over the state:
 * - `sums`: the JSON without its per-image rows (counts and calibration
 *   bins), rewritten by each batch;
 * - `log`: the per-image rows, one JSON line per batch, appended.
 * Both are split into values under the store's 64 KiB limit. A `head` value
 * (classes, ignore value, batch count, part counts) is written with them in
 * one atomic commit that checks the head's version and that the batch
 * id is new, so concurrent instances lose nothing and count nothing twice.
 * In a `Deno.Kv`, whose commit carries at most 800 KiB, `sums` parts too
 * large for one commit are first written under a key of their own that no
 * head names yet, then named by the head in the checked commit (see
 * {@link kvRunsStore}), so a run of thousands of classes keeps growing.
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
import type { IgnoreValues } from "../metrics/class_options.ts";
import type { BoundaryQuery } from "./boundary_query.ts";
import type { BoundaryClassJSON } from "../metrics/boundary/json.ts";

/** What every batch of a run must agree on. */
export interface RunQuery {
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignore: IgnoreValues;
  /** The boundary query when the run keeps boundary metrics, else null. */
  boundary?: BoundaryQuery | null;
}

/** One case's boundary metrics, as a run keeps them (JSON form). */
export interface RunBoundaryCase {
  /** The batch id. */
  case: string;
  /** Per-class results. */
  classes: BoundaryClassJSON[];
}

/** A key of a `Deno.Kv`-like store. */
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

/** A `Deno.Kv` (or anything with these methods) as a store of runs. */
export interface RunsKv {
  /** Reads one key. */
  get<T = unknown>(
    key: RunsKey,
  ): Promise<{ value: T | null; versionstamp: string | null }>;
  /** Lists the keys under a prefix from `start` (when given), in key order. */
  list<T = unknown>(
    selector: { prefix: RunsKey; start?: RunsKey },
  ): AsyncIterable<{ key: readonly unknown[]; value: T }>;
  /** Starts an atomic operation. */
  atomic(): RunsAtomic;
}

/** The head of a run: its query, its counts, and how many parts it has. */
export interface RunHead {
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignore: IgnoreValues;
  /** The boundary query of the run (absent or null: none kept). */
  boundary?: BoundaryQuery | null;
  /** Number of distinct batches. */
  batches: number;
  /** Number of images. */
  images: number;
  /** Number of `sums` parts. */
  sumsParts: number;
  /** Number of `log` parts. */
  logParts: number;
}

/** What one batch writes to its run, all at once. */
export interface RunWrite {
  /** The batch id, recorded with its position (`head.batches - 1`). */
  batch: string;
  /** The new head. */
  head: RunHead;
  /** Every `sums` part (the old ones past these are deleted). */
  sums: string[];
  /** The `log` parts from position `logFrom` on (those before are kept). */
  log: string[];
  /** Position of the first part in `log`. */
  logFrom: number;
  /** Number of `sums` parts before this write. */
  previousSumsParts: number;
}

/**
 * Where runs are kept: what the merge needs. {@link kvRunsStore} keeps them in
 * a `Deno.Kv`; `durableObjectRunsStore` (`src/score/runs_durable.ts`) in a
 * Cloudflare Durable Object per run.
 */
export interface RunsStore {
  /**
   * Reads a run's head with its version (both null: no run) and, when
   * `batch` is given, the position of that batch if the run has it.
   */
  head(run: string, batch?: string): Promise<{
    head: RunHead | null;
    version: string | null;
    seq: number | null;
  }>;
  /** Reads a run's `sums` or `log` parts from position `from` (default 0) on. */
  parts(run: string, part: "sums" | "log", from?: number): Promise<string[]>;
  /**
   * Writes `write` atomically if the head's version is still `version` and
   * the batch is not in the run; returns false (writing nothing) otherwise.
   */
  commit(
    run: string,
    version: string | null,
    write: RunWrite,
  ): Promise<boolean>;
}

/** Characters per stored value (JSON is ASCII: one byte each). */
export const PART_CHARS = 60_000;
/**
 * Most characters of values in one `Deno.Kv` commit (its limit is 800 KiB of
 * keys and values), leaving room for the head, markers and keys.
 */
export const KV_COMMIT_CHARS = 10 * PART_CHARS;
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
/**
 * Where a run's `sums` parts are: under the head's `sumsAt` (a fresh key per
 * write), or, for a head without one (written before `sumsAt`), under `sums`.
 */
const sumsPrefix = (run: string, at: string | undefined): RunsKey =>
  at === undefined ? [ROOT, run, "sums"] : [ROOT, run, "sumsAt", at];

/** The head as a `Deno.Kv` holds it: with where its `sums` parts are. */
interface KvHead extends RunHead {
  sumsAt?: string;
}

/** The head without where its `sums` parts are. */
function runHead(v: KvHead | null): RunHead | null {
  if (v === null) return null;
  const { sumsAt: _at, ...head } = v;
  return head;
}

/** A key no other write uses: the time and 64 random bits. */
function freshAt(): string {
  const r = crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36)}-${r[0].toString(36)}${r[1].toString(36)}`;
}

/** Sets `parts` under `prefix` in commits of at most KV_COMMIT_CHARS. */
async function stage(kv: RunsKv, prefix: RunsKey, parts: string[]) {
  const per = Math.floor(KV_COMMIT_CHARS / PART_CHARS);
  for (let i = 0; i < parts.length; i += per) {
    const op = kv.atomic();
    parts.slice(i, i + per).forEach((p, j) => op.set([...prefix, i + j], p));
    await op.commit();
  }
}

/** Deletes parts `0..n-1` under `prefix`, many per commit. */
async function unstage(kv: RunsKv, prefix: RunsKey, n: number) {
  for (let i = 0; i < n; i += 500) {
    const op = kv.atomic();
    for (let j = i; j < Math.min(n, i + 500); j++) op.delete([...prefix, j]);
    await op.commit();
  }
}

/**
 * A store of runs in a `Deno.Kv` (SQLite locally, FoundationDB on Deno
 * Deploy): a commit is one atomic operation that checks the head's
 * versionstamp and that the batch's key is absent. Each write puts the
 * `sums` parts under a fresh key named by the new head (`sumsAt`) and
 * deletes the old ones in that commit; when they are too many for one commit
 * (800 KiB), they are written first, in commits of their own, under that
 * fresh key, which no head names until the checked commit does; a write that
 * loses the race deletes them again. (A process that dies between the two
 * leaves its unnamed parts behind: garbage that no read sees.)
 *
 * @param kv The key-value store.
 * @returns The store of runs.
 * @example
 * ```ts
 * import { kvRunsStore } from "@jdt/losses/score";
 * import assert from "node:assert/strict";
 * const kv = await Deno.openKv(":memory:");
 * const store = kvRunsStore(kv);
 * assert.deepEqual(await store.head("r1"), { head: null, version: null, seq: null });
 * kv.close();
 * ```
 */
export function kvRunsStore(kv: RunsKv): RunsStore {
  return {
    async head(run, batch) {
      const h = await kv.get<KvHead>(headKey(run));
      const marker = batch === undefined
        ? null
        : (await kv.get<{ seq: number }>(batchKey(run, batch))).value;
      return {
        head: runHead(h.value),
        version: h.versionstamp,
        seq: marker?.seq ?? null,
      };
    },
    async parts(run, part, from = 0) {
      const out: string[] = [];
      const prefix = part === "sums"
        ? sumsPrefix(run, (await kv.get<KvHead>(headKey(run))).value?.sumsAt)
        : [ROOT, run, part];
      const start = [...prefix, from];
      for await (const e of kv.list<string>({ prefix, start })) {
        out[(e.key[prefix.length] as number) - from] = e.value;
      }
      return out;
    },
    async commit(run, version, w) {
      const now = await kv.get<KvHead>(headKey(run));
      if (now.versionstamp !== version) return false;
      const oldSums = sumsPrefix(run, now.value?.sumsAt);
      const at = freshAt();
      const sums = sumsPrefix(run, at);
      const chars = [...w.sums, ...w.log].reduce((n, p) => n + p.length, 0);
      const staged = chars > KV_COMMIT_CHARS;
      if (staged) await stage(kv, sums, w.sums);
      const op = kv.atomic()
        .check({ key: headKey(run), versionstamp: version })
        .check({ key: batchKey(run, w.batch), versionstamp: null })
        .set(headKey(run), { ...w.head, sumsAt: at })
        .set(batchKey(run, w.batch), { seq: w.head.batches - 1 });
      if (!staged) w.sums.forEach((p, i) => op.set([...sums, i], p));
      for (let i = 0; i < w.previousSumsParts; i++) op.delete([...oldSums, i]);
      w.log.forEach((p, i) => op.set(partKey(run, "log", w.logFrom + i), p));
      let ok = false;
      try {
        ok = (await op.commit()).ok;
      } finally {
        if (staged && !ok) await unstage(kv, sums, w.sums.length);
      }
      return ok;
    },
  };
}

/**
 * The store of runs behind `store`: itself when it is a {@link RunsStore},
 * else the {@link kvRunsStore} of a `Deno.Kv`-like one.
 *
 * @param store A `Deno.Kv`-like store or a store of runs.
 * @returns The store of runs.
 */
export function runsStoreOf(store: RunsKv | RunsStore): RunsStore {
  return "atomic" in store && typeof store.atomic === "function"
    ? kvRunsStore(store as RunsKv)
    : store as RunsStore;
}

function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) {
    out.push(text.slice(i, i + PART_CHARS));
  }
  return out;
}

const PER_IMAGE = [...ROWS, ...FLOATS] as const;

/** The accumulator JSON without its per-image rows, and the rows as one line. */
function splitState(
  j: MetricsJSON,
  extra: { case?: string; boundary?: BoundaryClassJSON[] },
): { sums: MetricsJSON; line: string } {
  const arrays = { ...j.arrays };
  const rows: Record<string, number[]> = {};
  for (const k of PER_IMAGE) {
    rows[k] = arrays[k] ?? [];
    arrays[k] = [];
  }
  const line = JSON.stringify({ ...rows, ...extra }) + "\n";
  return { sums: { ...j, arrays }, line };
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

/** The write that adds `mine` to a run whose head is `h` (null: a new run). */
async function batchWrite(
  store: RunsStore,
  run: string,
  batch: string,
  h: RunHead | null,
  mine: { sums: MetricsJSON; line: string },
  query: RunQuery,
): Promise<RunWrite | typeof RETRY> {
  let sums = mine.sums;
  let log = [mine.line];
  if (h) {
    const parts = await store.parts(run, "sums");
    const last = await store.parts(run, "log", h.logParts - 1);
    if (parts.length !== h.sumsParts || last.length !== 1) return RETRY;
    try {
      sums = addSums(JSON.parse(parts.join("")), mine.sums);
    } catch {
      return RETRY; // parts of two versions: the commit's check fails too
    }
    log = split(last[0] + mine.line);
  }
  const sumParts = split(JSON.stringify(sums));
  const logFrom = h ? h.logParts - 1 : 0;
  return {
    batch,
    head: {
      classes: query.classes,
      ignore: query.ignore,
      boundary: query.boundary ?? null,
      batches: (h?.batches ?? 0) + 1,
      images: sums.images,
      sumsParts: sumParts.length,
      logParts: logFrom + log.length,
    },
    sums: sumParts,
    log,
    logFrom,
    previousSumsParts: h?.sumsParts ?? 0,
  };
}

/**
 * Adds one batch to a run, once per batch id.
 *
 * @param store The store of runs.
 * @param run The run id.
 * @param batch The batch id.
 * @param m The batch's accumulator.
 * @param query Its classes, ignore value(s) and boundary query.
 * @param boundary Its boundary metrics (with `query.boundary`), else null.
 * @returns Whether it was added and its position.
 * @throws {HttpError} 409 when classes, ignore or the boundary query differ
 *   from the run's.
 */
export function addBatch(
  store: RunsStore,
  run: string,
  batch: string,
  m: SegmentationMetrics,
  query: RunQuery,
  boundary: BoundaryClassJSON[] | null = null,
): Promise<BatchResult> {
  const extra = boundary === null ? {} : { case: batch, boundary };
  const mine = splitState(m.toJSON(), extra);
  return retrying(async () => {
    const { head: h, version, seq } = await store.head(run, batch);
    if (h) checkSameQuery(run, h, query);
    if (seq !== null) return { added: false, seq };
    const write = await batchWrite(store, run, batch, h, mine, query);
    if (write === RETRY) return RETRY;
    const ok = await store.commit(run, version, write);
    return ok ? { added: true, seq: write.head.batches - 1 } : RETRY;
  });
}

/** Refuses (409) a batch whose query differs from its run's. */
function checkSameQuery(run: string, h: RunHead, query: RunQuery): void {
  const b = (q: BoundaryQuery | null | undefined) => JSON.stringify(q ?? null);
  if (
    h.classes !== query.classes || String(h.ignore) !== String(query.ignore) ||
    b(h.boundary) !== b(query.boundary)
  ) {
    throw new HttpError(
      409,
      `run ${run} has classes=${h.classes}, ignore=${h.ignore} and boundary=${
        b(h.boundary)
      }; this batch has classes=${query.classes}, ignore=${query.ignore} and boundary=${
        b(query.boundary)
      }`,
    );
  }
}

/** A run as read back. */
export interface RunState {
  /** Number of classes. */
  classes: number;
  /** The ignore value(s), or null. */
  ignore: IgnoreValues;
  /** Number of distinct batches. */
  batches: number;
  /** The merged accumulator. */
  metrics: SegmentationMetrics;
  /** The boundary query and every case's results, when the run keeps them. */
  boundary: { query: BoundaryQuery; cases: RunBoundaryCase[] } | null;
}

/**
 * Reads a run: one consistent state (the head's version is the same before
 * and after the parts are read).
 *
 * @param store The store of runs.
 * @param run The run id.
 * @returns The run, or null when there is none.
 */
export function readRun(
  store: RunsStore,
  run: string,
): Promise<RunState | null> {
  return retrying(async () => {
    const before = await store.head(run);
    const h = before.head;
    if (h === null) return null;
    const sums = await store.parts(run, "sums");
    const log = await store.parts(run, "log");
    const after = await store.head(run);
    if (after.version !== before.version) return RETRY;
    if (sums.length !== h.sumsParts || log.length !== h.logParts) return RETRY;
    const json: MetricsJSON = JSON.parse(sums.join(""));
    const rows: Record<string, number[]> = {};
    for (const k of PER_IMAGE) rows[k] = [];
    const cases: RunBoundaryCase[] = [];
    for (const line of log.join("").split("\n")) {
      if (line === "") continue;
      const r = JSON.parse(line);
      for (const k of PER_IMAGE) for (const x of r[k]) rows[k].push(x);
      if (r.boundary) cases.push({ case: r.case, classes: r.boundary });
    }
    json.arrays = { ...json.arrays, ...rows };
    return {
      classes: h.classes,
      ignore: h.ignore,
      batches: h.batches,
      metrics: SegmentationMetrics.fromJSON(json),
      boundary: h.boundary ? { query: h.boundary, cases } : null,
    };
  });
}
