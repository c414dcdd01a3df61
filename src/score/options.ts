/**
 * Options of the scoring handler: its limits (each also an environment
 * variable of the server entry), who may write to runs, and the key-value
 * store of runs.
 *
 * @module
 */

import { typeError } from "../core/errors.ts";
import {
  type NumberSpec,
  resolveOptions,
  schemaDefaults,
} from "../core/option_schema.ts";
import { ACCESS_OPTIONS, type ScoreAccess } from "./access.ts";
import type { RunsKv, RunsStore } from "./runs.ts";

export type { ScoreAccess } from "./access.ts";

const WHAT = "Cannot create score handler";

/** Limits of the scoring handler; each has an environment variable. */
export interface ScoreLimits {
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
  /**
   * Requests decoded and scored at once; more get 503
   * (`JDT_MAX_CONCURRENT`, default 8). A request holds a slot only once its
   * body has arrived.
   */
  maxConcurrent: number;
  /**
   * Bodies received at once; more get 503 (`JDT_MAX_RECEIVING`, default 64).
   */
  maxReceiving: number;
  /**
   * Slowest accepted upload, bytes per second averaged from 2 s after the
   * request started (`JDT_MIN_BODY_RATE`, default 8192); slower gets 408.
   */
  minBodyRate: number;
}

/** Options of {@link createScoreHandler}. */
export interface ScoreHandlerOptions
  extends Partial<ScoreLimits>, Partial<ScoreAccess> {
  /**
   * The store of runs (`/runs/...`): a `Deno.Kv` (or anything with the same
   * `get`, `list` and `atomic` methods), or a `RunsStore` (a Durable Object
   * per run: `durableObjectRuns`). Without it those routes answer 501.
   */
  kv?: RunsKv | RunsStore;
}

/** A limit: a positive safe integer. */
function limit(dflt: number): NumberSpec {
  return {
    kind: "number",
    default: dflt,
    integer: true,
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    wrongType: "range",
    label: "a positive integer",
  };
}

/** Every limit: a positive integer, and its default. */
export const LIMIT_OPTIONS: Readonly<Record<keyof ScoreLimits, NumberSpec>> = {
  maxBodyBytes: limit(64 * 1024 * 1024),
  maxPixels: limit(4096 * 4096),
  maxClasses: limit(1024),
  maxValues: limit(32 * 1024 * 1024),
  bodyTimeoutMs: limit(30_000),
  maxConcurrent: limit(8),
  maxReceiving: limit(64),
  minBodyRate: limit(8192),
};

/** The default limits. */
export const DEFAULT_LIMITS: Readonly<ScoreLimits> = Object.freeze(
  schemaDefaults(LIMIT_OPTIONS) as unknown as ScoreLimits,
);

/** The environment variable of each limit. */
export const LIMIT_ENV: Readonly<Record<keyof ScoreLimits, string>> = Object
  .freeze({
    maxBodyBytes: "JDT_MAX_BODY_BYTES",
    maxPixels: "JDT_MAX_PIXELS",
    maxClasses: "JDT_MAX_CLASSES",
    maxValues: "JDT_MAX_VALUES",
    bodyTimeoutMs: "JDT_BODY_TIMEOUT_MS",
    maxConcurrent: "JDT_MAX_CONCURRENT",
    maxReceiving: "JDT_MAX_RECEIVING",
    minBodyRate: "JDT_MIN_BODY_RATE",
  });

/**
 * The limits and access rules of a handler: the defaults, overridden by the
 * options given.
 *
 * @param options The handler's options.
 * @returns Every limit, and who may write to runs.
 * @throws {JdtTypeError} On an unknown option or a wrong type.
 * @throws {JdtRangeError} On a limit that is not a positive safe integer, an
 *   allowed origin that is not an origin, a token too short.
 */
export function resolveHandlerOptions(
  options: ScoreHandlerOptions,
): { limits: ScoreLimits; access: ScoreAccess } {
  if (options === null || typeof options !== "object") {
    throw typeError(WHAT, "options", "must be an object");
  }
  const all = resolveOptions(
    WHAT,
    options,
    { ...LIMIT_OPTIONS, ...ACCESS_OPTIONS },
    ["kv"],
  );
  const { allowedOrigins, writeToken, kv: _kv, ...limits } = all;
  return {
    limits: limits as unknown as ScoreLimits,
    access: { allowedOrigins, writeToken } as ScoreAccess,
  };
}

/**
 * The limits of a handler: the defaults, overridden by the options given.
 *
 * @param options The handler's options.
 * @returns Every limit.
 * @throws {JdtTypeError} On an unknown option.
 * @throws {JdtRangeError} On a limit that is not a positive safe integer.
 */
export function resolveLimits(options: ScoreHandlerOptions): ScoreLimits {
  return resolveHandlerOptions(options).limits;
}
