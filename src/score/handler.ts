/**
 * The scoring service as a standard fetch handler: `Deno.serve`,
 * `deno serve`, Deno Deploy, Supabase Edge Functions, or any runtime with
 * `Request` and `Response`. It uses no runtime API beyond those (the store of
 * runs is passed in).
 *
 * Routes: `GET /` (a web page), `GET /health`,
 * `POST /score?classes=N[&ignore=V[,V…]][&map=1][&boundary=1&tolerance=τ,…]`
 * (PNG, `.npy` or NIfTI `.nii`/`.nii.gz` volumes with their spacing),
 * `POST /runs/{run}/batches/{batch}?classes=N[&ignore=V[,V…]]`, `GET /runs/{run}`.
 * Client mistakes get 400, 401 (a write without its token), 403 (a write
 * from another site's page), 404, 405 (with `Allow`), 408, 409, 413, 415,
 * 422, 501 (runs without a store) or 503 (busy, with `Retry-After`), each
 * with a JSON `{ error }`; never a 500. Who may write to runs:
 * `allowedOrigins` and `writeToken` (see `access.ts`).
 *
 * @example
 * ```ts
 * import { createScoreHandler } from "@jdt/losses/score";
 * import assert from "node:assert/strict";
 * const handler = createScoreHandler({ maxPixels: 1024 * 1024 });
 * const res = await handler(new Request("http://localhost/health"));
 * assert.deepEqual(await res.json(), { status: "ok" });
 * // Serve it with Deno.serve(handler), or `export default { fetch: handler }`.
 * ```
 *
 * @module
 */

import { EmptyMetricsError, isInputError, quote } from "../core/errors.ts";
import { checkDeclaredLength, readBody } from "./body.ts";
import { HttpError, json } from "./http.ts";
import { errorCodes } from "./error_map.ts";
import { type PairReport, scorePair } from "./pair_score.ts";
import { predictedIds } from "./prediction.ts";
import {
  resolveHandlerOptions,
  type ScoreHandlerOptions,
  type ScoreLimits,
} from "./options.ts";
import {
  checkWriteOrigin,
  preflight,
  type ScoreAccess,
  tokenCheck,
  withCors,
} from "./access.ts";
import { PAGE_HTML } from "./page.ts";
import {
  checkContentType,
  type DecodedPair,
  decodeFiles,
  filesOf,
  type PairFiles,
  readBackground,
  readQuery,
  type ScoreQuery,
} from "./request.ts";
import { addBatch, readRun, type RunsStore, runsStoreOf } from "./runs.ts";
import { imageBoundary, readBoundaryQuery } from "./boundary_query.ts";
import { runBatch, runBoundary } from "./runs_batch.ts";
import { isNifti, scoreVolumes, volumeExtras } from "./volume_score.ts";

export type {
  ScoreAccess,
  ScoreHandlerOptions,
  ScoreLimits,
} from "./options.ts";
export { DEFAULT_LIMITS, LIMIT_ENV } from "./options.ts";
export type {
  RunHead,
  RunsAtomic,
  RunsKey,
  RunsKv,
  RunsStore,
  RunWrite,
} from "./runs.ts";
export { kvRunsStore } from "./runs.ts";
export { durableObjectRuns, RunsDurableObject } from "./runs_durable.ts";
export type {
  DurableRunsNamespace,
  DurableRunsStorage,
  DurableRunsTransaction,
} from "./runs_durable.ts";
export type { PairReport } from "./pair_score.ts";
export type { BoundaryQuery } from "./boundary_query.ts";
export type { IgnoreValues } from "../metrics/class_options.ts";
export type { ClassScore, MetricValues } from "../metrics/values.ts";

/** The error map of `/score?map=1`. */
export interface ErrorMap {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** The background class used. */
  background: number;
  /**
   * Base64 of one byte per pixel, row-major: 0 true background, 1 true
   * positive, 2 false positive, 3 false negative, 4 ignored.
   */
  codes: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** A fetch handler. */
export type ScoreHandler = (req: Request) => Promise<Response>;

const ID = /^[A-Za-z0-9._~-]{1,128}$/;

/** Counts what is in progress, refusing past a bound. */
class Slots {
  n = 0;
  readonly max: number;
  readonly what: string;
  constructor(max: number, what: string) {
    this.max = max;
    this.what = what;
  }
  async with<T>(f: () => Promise<T>): Promise<T> {
    if (this.n >= this.max) {
      throw new HttpError(503, `busy (${this.what}), retry shortly`, {
        "retry-after": "1",
      });
    }
    this.n++;
    try {
      return await f();
    } finally {
      this.n--;
    }
  }
}

function methodIs(req: Request, method: string): void {
  if (req.method !== method) {
    throw new HttpError(405, `use ${method}`, { allow: method });
  }
}

/**
 * The id in a path segment: percent-decoded, then checked. A malformed
 * escape (`%`, `%ZZ`, a cut UTF-8 sequence) is the client's mistake: 400.
 */
function idOf(text: string, what: string): string {
  let id: string;
  try {
    id = decodeURIComponent(text);
  } catch {
    throw new HttpError(
      400,
      `${what} id is not valid percent-encoding (a % must start an escape of UTF-8 bytes), got ${
        quote(text)
      }`,
    );
  }
  if (!ID.test(id)) {
    throw new HttpError(
      400,
      `${what} id must be 1 to 128 letters, digits or . _ ~ -, got ${
        quote(id)
      }`,
    );
  }
  return id;
}

function errorResponse(e: unknown): Response {
  if (e instanceof HttpError) {
    return json(e.status, { error: e.message }, e.headers);
  }
  if (e instanceof EmptyMetricsError) return json(422, { error: e.message });
  if (isInputError(e)) {
    const err = e as Error & { argument: string };
    return json(400, { error: err.message, argument: err.argument });
  }
  console.error("score handler: unexpected error", e);
  return json(500, { error: "internal error" });
}

/**
 * Creates the scoring service's fetch handler.
 *
 * @param options Limits (see {@link ScoreLimits}; defaults in
 *   {@link DEFAULT_LIMITS}), who may write to runs (`allowedOrigins`,
 *   `writeToken`: see {@link ScoreAccess}) and `kv`, the store of runs.
 * @returns The handler.
 * @throws {JdtTypeError} On an unknown option.
 * @throws {JdtRangeError} On a limit that is not a positive integer, an
 *   allowed origin that is not one, a token under 16 characters.
 *
 * @example
 * ```ts
 * import { createScoreHandler } from "@jdt/losses/score";
 * import { encode } from "npm:fast-png@8.0.0";
 * import assert from "node:assert/strict";
 * const handler = createScoreHandler();
 * const png = (data: number[]) =>
 *   new Blob([encode({
 *     width: 2,
 *     height: 2,
 *     data: new Uint8Array(data),
 *     depth: 8,
 *     channels: 1,
 *   }) as Uint8Array<ArrayBuffer>]);
 * const form = new FormData();
 * form.append("pred", png([0, 1, 1, 255]));
 * form.append("label", png([0, 1, 0, 255])); // 255: ignored
 * const res = await handler(new Request(
 *   "http://localhost/score?classes=2&ignore=255",
 *   { method: "POST", body: form },
 * ));
 * const report = await res.json();
 * assert.equal(res.status, 200);
 * assert.equal(Math.round(report.metrics.Acc), 67); // 2 of 3 kept pixels right
 * ```
 */
export function createScoreHandler(
  options: ScoreHandlerOptions = {},
): ScoreHandler {
  const { limits, access } = resolveHandlerOptions(options);
  const service: Service = {
    limits,
    access,
    checkToken: tokenCheck(access.writeToken),
    kv: options.kv === undefined ? null : runsStoreOf(options.kv),
    receiving: new Slots(limits.maxReceiving, "receiving"),
    computing: new Slots(limits.maxConcurrent, "scoring"),
  };
  return async (req: Request): Promise<Response> => {
    let res: Response;
    try {
      res = preflight(access, req) ??
        await route(service, req, new URL(req.url));
    } catch (e) {
      req.body?.cancel().catch(() => {});
      res = errorResponse(e);
    }
    return withCors(access, req, res);
  };
}

/**
 * What one handler holds: its limits, who may write, its store of runs and
 * its slots.
 */
interface Service {
  limits: ScoreLimits;
  access: ScoreAccess;
  checkToken: (req: Request) => Promise<void>;
  kv: RunsStore | null;
  receiving: Slots;
  computing: Slots;
}

/** Query, body and undecoded files of a scoring request; a compute slot for `f`. */
async function withFiles<T>(
  s: Service,
  req: Request,
  url: URL,
  f: (files: PairFiles, q: ScoreQuery) => Promise<T> | T,
): Promise<T> {
  const q = readQuery(url, s.limits);
  checkContentType(req);
  checkDeclaredLength(req, s.limits);
  const body = await s.receiving.with(() => readBody(req, s.limits));
  return s.computing.with(async () => {
    const files = await filesOf(req.headers.get("content-type")!, body);
    return await f(files, q);
  });
}

function needKv(s: Service): RunsStore {
  if (s.kv === null) {
    throw new HttpError(
      501,
      "runs need a key-value store: createScoreHandler({ kv })",
    );
  }
  return s.kv;
}

async function route(s: Service, req: Request, url: URL): Promise<Response> {
  const path = url.pathname;
  if (path === "/") {
    methodIs(req, "GET");
    return new Response(PAGE_HTML, {
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  if (path === "/health") {
    methodIs(req, "GET");
    return json(200, { status: "ok" });
  }
  if (path === "/score") {
    methodIs(req, "POST");
    return await withFiles(
      s,
      req,
      url,
      async (files, q) =>
        isNifti(files.pred) || isNifti(files.label)
          ? scoreVolumes(files, q, volumeExtras(url, q), s.limits)
          : scoreReport(await decodeFiles(files, s.limits), q, url),
    );
  }
  const batch = /^\/runs\/([^/]+)\/batches\/([^/]+)$/.exec(path);
  if (batch) return await addBatchRoute(s, req, url, batch[1], batch[2]);
  const runPath = /^\/runs\/([^/]+)$/.exec(path);
  if (runPath) return await readRunRoute(s, req, runPath[1]);
  throw new HttpError(
    404,
    `no route ${
      quote(path)
    }; use GET /, GET /health, POST /score, POST /runs/{run}/batches/{batch} or GET /runs/{run}`,
  );
}

/** `POST /score`: the pair's report, with its error map when `map=1`. */
function scoreReport(
  { pred, label }: DecodedPair,
  q: ScoreQuery,
  url: URL,
): Response {
  const report: PairReport & { errorMap?: ErrorMap; boundary?: unknown } =
    scorePair(pred, label, q.classes, q.ignore, q.choice);
  const bq = readBoundaryQuery(url.searchParams);
  if (bq !== null) {
    report.boundary = imageBoundary(pred, label, q.classes, q.ignore, bq);
  }
  if (url.searchParams.get("map") === "1") {
    const background = readBackground(url, q.classes);
    const codes = errorCodes(predictedIds(pred), label, q.ignore, background);
    report.errorMap = {
      width: label.width,
      height: label.height,
      background,
      codes: toBase64(codes),
    };
  }
  return json(200, report);
}

/** `POST /runs/{run}/batches/{batch}`: adds the pair to the run once. */
async function addBatchRoute(
  s: Service,
  req: Request,
  url: URL,
  runText: string,
  batchText: string,
): Promise<Response> {
  methodIs(req, "POST");
  checkWriteOrigin(s.access, req, url);
  await s.checkToken(req);
  const store = needKv(s);
  const run = idOf(runText, "run");
  const id = idOf(batchText, "batch");
  const bq = readBoundaryQuery(url.searchParams);
  return await withFiles(s, req, url, async (files, q) => {
    const b = await runBatch(files, q, bq, s.limits);
    if (b instanceof Response) return b;
    const query = { ...q, boundary: bq };
    const r = await addBatch(store, run, id, b.metrics, query, b.boundary);
    return json(200, { run, batch: id, ...r });
  });
}

/** `GET /runs/{run}`: the run's metrics so far. */
async function readRunRoute(
  s: Service,
  req: Request,
  runText: string,
): Promise<Response> {
  methodIs(req, "GET");
  const run = idOf(runText, "run");
  const state = await readRun(needKv(s), run);
  if (state === null) throw new HttpError(404, `no run ${run}`);
  const m = state.metrics;
  return json(200, {
    run,
    classes: state.classes,
    ignoreIndex: state.ignore,
    batches: state.batches,
    images: m.images,
    keptPixels: m.keptPixels,
    metrics: m.value(),
    perClass: m.perClass(),
    ...(state.boundary && { boundary: runBoundary(state.boundary) }),
  });
}
