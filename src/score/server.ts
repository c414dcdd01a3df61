/**
 * Edge scoring server: grades a predicted mask against ground truth.
 *
 *     deno task serve   # HOST (default 127.0.0.1), PORT (default 8000), JDT_* limits
 *     curl -F pred=@pred.png -F label=@label.png \
 *       "http://127.0.0.1:8000/score?classes=21&ignore=255"
 *
 * - `POST /score?classes=N[&ignore=V]`, `multipart/form-data` with fields
 *   `pred` and `label`, or `application/json` `{ "pred": base64, "label":
 *   base64 }`. `label`: PNG label map (8/16-bit grayscale or palette; pixel
 *   value = class id). `pred`: PNG label map, or `.npy` float32 `[C, H, W]`
 *   probabilities (adds calibration and soft scores).
 * - `GET /health`.
 *
 * Client mistakes get 400 (malformed file, shape mismatch, label out of
 * range), 408 (body too slow), 413 (too large), 415 (content type), 422
 * (nothing to score), 503 (busy), each with a JSON `{ error }`; never 500.
 *
 * @module
 */

import {
  EmptyMetricsError,
  isInputError,
  type JdtRangeError,
  type JdtTypeError,
} from "../../mod.ts";
import {
  decodeLabelPng,
  decodePrediction,
  pngSize,
  scorePair,
  sniff,
} from "./io.ts";

/** Limits of the server; each has an environment variable. */
export interface ServerLimits {
  /** Largest request body in bytes (`JDT_MAX_BODY_BYTES`, default 64 MiB). */
  maxBodyBytes: number;
  /** Largest label map in pixels (`JDT_MAX_PIXELS`, default 16 Mi = 4096²). */
  maxPixels: number;
  /** Largest `classes` (`JDT_MAX_CLASSES`, default 1024). */
  maxClasses: number;
  /** Largest probability array C·H·W (`JDT_MAX_VALUES`, default 32 Mi). */
  maxValues: number;
  /** Time allowed to receive a body, ms (`JDT_BODY_TIMEOUT_MS`, default 30000). */
  bodyTimeoutMs: number;
  /** Requests handled at once; more get 503 (`JDT_MAX_CONCURRENT`, default 8). */
  maxConcurrent: number;
}

const DEFAULTS: ServerLimits = {
  maxBodyBytes: 64 * 1024 * 1024,
  maxPixels: 4096 * 4096,
  maxClasses: 1024,
  maxValues: 32 * 1024 * 1024,
  bodyTimeoutMs: 30_000,
  maxConcurrent: 8,
};

const ENV: Record<keyof ServerLimits, string> = {
  maxBodyBytes: "JDT_MAX_BODY_BYTES",
  maxPixels: "JDT_MAX_PIXELS",
  maxClasses: "JDT_MAX_CLASSES",
  maxValues: "JDT_MAX_VALUES",
  bodyTimeoutMs: "JDT_BODY_TIMEOUT_MS",
  maxConcurrent: "JDT_MAX_CONCURRENT",
};

/**
 * Limits from environment variables (positive integers), defaults otherwise.
 *
 * @param get Reads a variable (default `Deno.env.get`).
 * @returns The limits.
 */
export function limitsFromEnv(
  get: (name: string) => string | undefined = (n) => Deno.env.get(n),
): ServerLimits {
  const out = { ...DEFAULTS };
  for (const key of Object.keys(ENV) as (keyof ServerLimits)[]) {
    const text = get(ENV[key]);
    if (text === undefined || text === "") continue;
    const v = Number(text);
    if (!Number.isInteger(v) || v <= 0) {
      throw new RangeError(
        `${ENV[key]} must be a positive integer, got ${text}`,
      );
    }
    out[key] = v;
  }
  return out;
}

/** An HTTP answer to a client mistake. */
class HttpError extends Error {
  /** The HTTP status of the answer. */
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

async function readBody(
  req: Request,
  limits: ServerLimits,
): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > limits.maxBodyBytes) {
    throw new HttpError(
      413,
      `body of ${declared} bytes is over the limit of ${limits.maxBodyBytes}`,
    );
  }
  if (!req.body) throw new HttpError(422, "empty body: nothing to score");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(408, "body not received in time")),
      limits.bodyTimeoutMs,
    );
  });
  try {
    while (true) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) break;
      size += value.length;
      if (size > limits.maxBodyBytes) {
        throw new HttpError(
          413,
          `body is over the limit of ${limits.maxBodyBytes} bytes`,
        );
      }
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => {});
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, `body could not be read: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function intParam(
  url: URL,
  name: string,
  required: boolean,
): number | null {
  const text = url.searchParams.get(name);
  if (text === null || text === "") {
    if (required) {
      throw new HttpError(400, `query parameter ${name} is required`);
    }
    return null;
  }
  const v = Number(text);
  if (!Number.isInteger(v)) {
    throw new HttpError(
      400,
      `query parameter ${name} must be an integer, got ${text}`,
    );
  }
  return v;
}

function fromBase64(text: unknown, field: string): Uint8Array {
  if (typeof text !== "string") {
    throw new HttpError(400, `JSON field ${field} must be a base64 string`);
  }
  try {
    const bin = atob(text);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    throw new HttpError(400, `JSON field ${field} is not valid base64`);
  }
}

async function filesOf(
  req: Request,
  body: Uint8Array,
): Promise<{ pred: Uint8Array; label: Uint8Array }> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Request("http://local/", {
        method: "POST",
        headers: { "content-type": req.headers.get("content-type")! },
        body: body as Uint8Array<ArrayBuffer>,
      }).formData();
    } catch {
      throw new HttpError(400, "malformed multipart/form-data body");
    }
    const get = async (name: string) => {
      const v = form.get(name);
      if (v === null) throw new HttpError(400, `missing form field ${name}`);
      if (typeof v === "string") {
        throw new HttpError(400, `form field ${name} must be a file`);
      }
      return new Uint8Array(await v.arrayBuffer());
    };
    return { pred: await get("pred"), label: await get("label") };
  }
  if (type.startsWith("application/json")) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new HttpError(400, "malformed JSON body");
    }
    if (obj === null || typeof obj !== "object") {
      throw new HttpError(400, "JSON body must be an object { pred, label }");
    }
    return {
      pred: fromBase64(obj.pred, "pred"),
      label: fromBase64(obj.label, "label"),
    };
  }
  throw new HttpError(
    415,
    `content type must be multipart/form-data or application/json, got ${
      type || "none"
    }`,
  );
}

async function score(
  req: Request,
  url: URL,
  limits: ServerLimits,
): Promise<Response> {
  const classes = intParam(url, "classes", true)!;
  if (classes < 1) {
    throw new HttpError(400, `classes must be >= 1, got ${classes}`);
  }
  if (classes > limits.maxClasses) {
    throw new HttpError(
      413,
      `classes (${classes}) is over the limit of ${limits.maxClasses}`,
    );
  }
  const ignore = intParam(url, "ignore", false);
  const type = req.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/json)/i.test(type)) {
    throw new HttpError(
      415,
      `content type must be multipart/form-data or application/json, got ${
        type || "none"
      }`,
    );
  }
  const body = await readBody(req, limits);
  const files = await filesOf(req, body);
  if (files.label.length === 0 || files.pred.length === 0) {
    throw new HttpError(
      422,
      "pred and label must not be empty: nothing to score",
    );
  }
  const { width, height } = pngSize(files.label, "label");
  if (width * height > limits.maxPixels) {
    throw new HttpError(
      413,
      `label has ${
        width * height
      } pixels, over the limit of ${limits.maxPixels}`,
    );
  }
  if (sniff(files.pred) === "png") {
    const p = pngSize(files.pred, "pred");
    if (p.width * p.height > limits.maxPixels) {
      throw new HttpError(
        413,
        `pred has ${
          p.width * p.height
        } pixels, over the limit of ${limits.maxPixels}`,
      );
    }
  } else if (files.pred.length > 4 * limits.maxValues + 4096) {
    throw new HttpError(413, `pred holds more than ${limits.maxValues} values`);
  }
  const label = decodeLabelPng(files.label, "label");
  const pred = decodePrediction(files.pred, "pred");
  return json(200, scorePair(pred, label, classes, ignore));
}

/**
 * The request handler of the scoring server. Every request is answered; a
 * client's mistake never becomes a 500.
 *
 * @param limits The limits (see {@link limitsFromEnv}).
 * @returns A handler for `Deno.serve`.
 */
export function createScoreHandler(
  limits: ServerLimits = DEFAULTS,
): (req: Request) => Promise<Response> {
  let active = 0;
  return async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname === "/health") {
      if (req.method !== "GET") return json(405, { error: "use GET /health" });
      return json(200, { status: "ok" });
    }
    if (url.pathname !== "/score") {
      return json(404, {
        error: `no route ${url.pathname}; use POST /score or GET /health`,
      });
    }
    if (req.method !== "POST") return json(405, { error: "use POST /score" });
    if (active >= limits.maxConcurrent) {
      req.body?.cancel().catch(() => {});
      return new Response(JSON.stringify({ error: "busy, retry shortly" }), {
        status: 503,
        headers: { "content-type": "application/json", "retry-after": "1" },
      });
    }
    active++;
    try {
      return await score(req, url, limits);
    } catch (e) {
      if (e instanceof HttpError) return json(e.status, { error: e.message });
      if (e instanceof EmptyMetricsError) {
        return json(422, { error: e.message });
      }
      if (isInputError(e)) {
        const err = e as JdtTypeError | JdtRangeError;
        return json(400, { error: err.message, argument: err.argument });
      }
      console.error("score_server: unexpected error", e);
      return json(500, { error: "internal error" });
    } finally {
      active--;
    }
  };
}

if (import.meta.main) {
  const limits = limitsFromEnv();
  const port = Number(Deno.env.get("PORT") ?? 8000);
  const hostname = Deno.env.get("HOST") ?? "127.0.0.1";
  Deno.serve({ port, hostname }, createScoreHandler(limits));
}
