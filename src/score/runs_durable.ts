/**
 * Runs in Cloudflare Durable Objects: one object per run (named by the run
 * id) holds the run in its transactional storage and serialises its writes.
 * A Worker's handler reaches it through {@link durableObjectRuns}, a
 * `RunsStore` whose every call is one request to the run's object; the
 * object ({@link RunsDurableObject}) answers from
 * {@link durableObjectRunsStore}, whose commit is one storage transaction
 * that checks the head's version and that the batch is new.
 *
 * No Cloudflare package is needed: the types below are the few members of
 * the Durable Object API that are used.
 *
 * @module
 */

import type { RunHead, RunsStore, RunWrite } from "./runs.ts";

/** The members of a Durable Object storage transaction that runs use. */
export interface DurableRunsTransaction {
  /** Reads one key (undefined when absent). */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Writes up to 128 keys. */
  put(entries: Record<string, unknown>): Promise<void>;
  /** Deletes up to 128 keys. */
  delete(keys: string[]): Promise<number>;
}

/** The members of a Durable Object's storage (`ctx.storage`) that runs use. */
export interface DurableRunsStorage {
  /** Reads one key (undefined when absent). */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** The keys under `prefix` from `start` on, in key order. */
  list<T = unknown>(
    options: { prefix: string; start?: string },
  ): Promise<Map<string, T>>;
  /** Runs `f` as one transaction. */
  transaction<T>(f: (txn: DurableRunsTransaction) => Promise<T>): Promise<T>;
}

/** The members of a Durable Object namespace binding that runs use. */
export interface DurableRunsNamespace {
  /** The id of the object named `name`. */
  idFromName(name: string): unknown;
  /** A stub of the object `id`. */
  get(id: unknown): {
    fetch(input: string, init?: RequestInit): Promise<Response>;
  };
}

/** The stored head: the run's head and its version, counted up by each write. */
interface StoredHead {
  head: RunHead;
  version: number;
}

/** Keys sort as strings: part positions are zero-padded. */
const at = (i: number): string => String(i).padStart(10, "0");
const headKey = (run: string) => `${run}/head`;
const batchKey = (run: string, batch: string) => `${run}/batch/${batch}`;
const partPrefix = (run: string, part: string) => `${run}/${part}/`;

/** Largest number of keys a put or delete takes. */
const KEYS_PER_CALL = 128;

async function writeAll(
  txn: DurableRunsTransaction,
  entries: [string, unknown][],
  deletes: string[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += KEYS_PER_CALL) {
    await txn.put(Object.fromEntries(entries.slice(i, i + KEYS_PER_CALL)));
  }
  for (let i = 0; i < deletes.length; i += KEYS_PER_CALL) {
    await txn.delete(deletes.slice(i, i + KEYS_PER_CALL));
  }
}

/**
 * The runs kept in a Durable Object's storage (used inside the object: see
 * {@link RunsDurableObject}). Keys are prefixed with the run id, so one object
 * may also hold several runs.
 *
 * @param storage The object's storage (`ctx.storage`).
 * @returns The store of runs.
 */
export function durableObjectRunsStore(storage: DurableRunsStorage): RunsStore {
  return {
    async head(run, batch) {
      const h = await storage.get<StoredHead>(headKey(run));
      const seq = batch === undefined
        ? undefined
        : await storage.get<number>(batchKey(run, batch));
      return {
        head: h?.head ?? null,
        version: h === undefined ? null : String(h.version),
        seq: seq ?? null,
      };
    },
    async parts(run, part, from = 0) {
      const prefix = partPrefix(run, part);
      const m = await storage.list<string>({
        prefix,
        start: prefix + at(from),
      });
      return [...m.values()];
    },
    commit(run, version, w: RunWrite) {
      return storage.transaction(async (txn) => {
        const h = await txn.get<StoredHead>(headKey(run));
        if ((h === undefined ? null : String(h.version)) !== version) {
          return false;
        }
        if (await txn.get(batchKey(run, w.batch)) !== undefined) return false;
        const entries: [string, unknown][] = [
          [headKey(run), { head: w.head, version: (h?.version ?? 0) + 1 }],
          [batchKey(run, w.batch), w.head.batches - 1],
        ];
        const sums = partPrefix(run, "sums"), log = partPrefix(run, "log");
        w.sums.forEach((p, i) => entries.push([sums + at(i), p]));
        w.log.forEach((p, i) => entries.push([log + at(w.logFrom + i), p]));
        const deletes: string[] = [];
        for (let i = w.sums.length; i < w.previousSumsParts; i++) {
          deletes.push(sums + at(i));
        }
        await writeAll(txn, entries, deletes);
        return true;
      });
    },
  };
}

/** One call of the store, as sent to a run's object. */
type RunsCall =
  | { op: "head"; run: string; batch?: string }
  | { op: "parts"; run: string; part: "sums" | "log"; from?: number }
  | { op: "commit"; run: string; version: string | null; write: RunWrite };

/**
 * The Durable Object class of runs: export it from the Worker and bind a
 * namespace of it (e.g. `RUNS`); {@link durableObjectRuns} sends it one
 * request per store call. Each object serialises its run's writes.
 */
export class RunsDurableObject {
  readonly #store: RunsStore;

  /**
   * Made by the runtime, once per object.
   *
   * @param ctx The object's state (its `storage` is used).
   * @param _env The Worker's bindings (unused).
   */
  constructor(ctx: { storage: DurableRunsStorage }, _env?: unknown) {
    this.#store = durableObjectRunsStore(ctx.storage);
  }

  /**
   * Answers one store call (a JSON body from {@link durableObjectRuns}).
   *
   * @param req The request.
   * @returns The call's result as JSON; 400 on a call it does not know.
   */
  async fetch(req: Request): Promise<Response> {
    const call = await req.json() as RunsCall;
    switch (call.op) {
      case "head":
        return Response.json(await this.#store.head(call.run, call.batch));
      case "parts":
        return Response.json(
          await this.#store.parts(call.run, call.part, call.from),
        );
      case "commit":
        return Response.json(
          await this.#store.commit(call.run, call.version, call.write),
        );
      default:
        return Response.json({ error: "unknown call" }, { status: 400 });
    }
  }
}

/**
 * The store of runs of a Cloudflare Worker: each run lives in the Durable
 * Object named by its id, in the namespace `namespace` (a binding to
 * {@link RunsDurableObject}). Give it to the handler as its `kv` option.
 *
 * @param namespace The Durable Object namespace binding.
 * @returns The store of runs.
 * @example
 * ```ts
 * import { durableObjectRuns } from "@jdt/losses/score";
 * import assert from "node:assert/strict";
 * // In a Worker: export { RunsDurableObject } from "@jdt/losses/score", bind
 * // a namespace of it as RUNS, and serve
 * // createScoreHandler({ kv: durableObjectRuns(env.RUNS) }).
 * const asked: unknown[] = [];
 * const namespace = {
 *   idFromName: (name: string) => name,
 *   get: (id: unknown) => ({
 *     fetch: (_url: string, init?: RequestInit) => {
 *       asked.push([id, JSON.parse(String(init?.body)).op]);
 *       return Promise.resolve(
 *         Response.json({ head: null, version: null, seq: null }),
 *       );
 *     },
 *   }),
 * };
 * const store = durableObjectRuns(namespace);
 * assert.deepEqual(await store.head("r1"), { head: null, version: null, seq: null });
 * assert.deepEqual(asked, [["r1", "head"]]); // the object named by the run
 * ```
 */
export function durableObjectRuns(namespace: DurableRunsNamespace): RunsStore {
  async function call<T>(c: RunsCall): Promise<T> {
    const stub = namespace.get(namespace.idFromName(c.run));
    let res: Response;
    try {
      res = await stub.fetch("https://jdt-runs/", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(c),
      });
    } catch (e) {
      // Cloudflare marks transient errors (a reset object, an overloaded
      // one) `retryable` or `overloaded`: busy, so the merge retries them
      // with backoff, then answers 503.
      const flags = e as { retryable?: unknown; overloaded?: unknown };
      if (flags.retryable === true || flags.overloaded === true) {
        throw new Error(`runs object busy: ${(e as Error).message}`);
      }
      throw e;
    }
    if (!res.ok) {
      throw new Error(
        `runs object answered ${res.status}: ${await res.text()}`,
      );
    }
    return await res.json() as T;
  }
  return {
    head: (run, batch) => call({ op: "head", run, batch }),
    parts: (run, part, from) => call({ op: "parts", run, part, from }),
    commit: (run, version, write) =>
      call({ op: "commit", run, version, write }),
  };
}
