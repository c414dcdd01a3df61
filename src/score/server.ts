/**
 * The scoring server: {@link createScoreHandler} on `Deno.serve`, configured
 * by environment variables.
 *
 *     deno task serve   # HOST (default 127.0.0.1), PORT (default 8000),
 *                       # JDT_* limits, JDT_KV_PATH (runs store file),
 *                       # JDT_ALLOWED_ORIGINS, JDT_WRITE_TOKEN
 *     curl -F pred=@pred.png -F label=@label.png \
 *       "http://127.0.0.1:8000/score?classes=21&ignore=255"
 *
 * The store of runs is the Deno KV file at `JDT_KV_PATH`, or
 * `Deno.openKv()`'s default when unset (both need `--unstable-kv`; without
 * it, and without `JDT_KV_PATH`, the server runs without runs). A start-up
 * error (a bad variable, a busy port) is one line on stderr and exit code 1.
 *
 * Writes to runs from another site's page are refused; `JDT_ALLOWED_ORIGINS`
 * (comma-separated origins such as `https://app.example`, or `*`) allows
 * some, and `JDT_WRITE_TOKEN` (16 or more printable characters) makes every
 * write need `Authorization: Bearer <token>` (see `docs/scoring.md`).
 *
 * @module
 */

import { quote } from "../core/errors.ts";
import { createScoreHandler } from "./handler.ts";
import {
  DEFAULT_LIMITS,
  LIMIT_ENV,
  type ScoreAccess,
  type ScoreLimits,
} from "./options.ts";
import type { RunsKv } from "./runs.ts";

/** A start-up error: printed as one line, no stack trace. */
class StartError extends Error {}

/** Reads an environment variable. */
export type EnvGet = (name: string) => string | undefined;

const denoEnv: EnvGet = (n) => Deno.env.get(n);

function positiveInt(name: string, text: string): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v <= 0) {
    throw new StartError(
      `${name} must be a positive integer, got ${quote(text)}`,
    );
  }
  return v;
}

/**
 * Limits from environment variables (positive integers), defaults otherwise.
 *
 * @param get Reads a variable (default `Deno.env.get`).
 * @returns The limits.
 * @throws {Error} Naming the variable, when one is not a positive integer.
 */
export function limitsFromEnv(get: EnvGet = denoEnv): ScoreLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof ScoreLimits)[]) {
    const text = get(LIMIT_ENV[key]);
    if (text !== undefined && text !== "") {
      out[key] = positiveInt(LIMIT_ENV[key], text);
    }
  }
  return out;
}

/**
 * Who may write to runs, from `JDT_ALLOWED_ORIGINS` (comma-separated) and
 * `JDT_WRITE_TOKEN`; the handler checks the values.
 *
 * @param get Reads a variable (default `Deno.env.get`).
 * @returns The access options.
 */
export function accessFromEnv(get: EnvGet = denoEnv): ScoreAccess {
  const origins = get("JDT_ALLOWED_ORIGINS") ?? "";
  return {
    allowedOrigins: origins.split(",").map((o) => o.trim()).filter(Boolean),
    writeToken: get("JDT_WRITE_TOKEN") || null,
  };
}

/**
 * The port from `PORT` (default 8000; 0 picks a free one).
 *
 * @param get Reads a variable.
 * @returns The port.
 */
export function portFromEnv(get: EnvGet = denoEnv): number {
  const text = get("PORT") ?? "8000";
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v > 65535) {
    throw new StartError(
      `PORT must be an integer in [0, 65535], got ${quote(text)}`,
    );
  }
  return v;
}

async function openStore(get: EnvGet): Promise<RunsKv | undefined> {
  const path = get("JDT_KV_PATH");
  const open = (Deno as { openKv?: (p?: string) => Promise<RunsKv> }).openKv;
  if (typeof open !== "function") {
    if (path) throw new StartError("JDT_KV_PATH needs --unstable-kv");
    return undefined;
  }
  try {
    return await open(path || undefined);
  } catch (e) {
    throw new StartError(
      `cannot open the KV store ${path || "(default)"}: ${
        (e as Error).message
      }`,
    );
  }
}

/**
 * Starts the server.
 *
 * @param get Reads a variable.
 * @returns The exit code on a start-up error; otherwise it keeps serving.
 */
export async function main(get: EnvGet = denoEnv): Promise<number> {
  try {
    const limits = limitsFromEnv(get);
    const port = portFromEnv(get);
    const hostname = get("HOST") || "127.0.0.1";
    const access = accessFromEnv(get);
    const kv = await openStore(get);
    let handler;
    try {
      handler = createScoreHandler({ ...limits, ...access, kv });
    } catch (e) {
      const m = (e as Error).message;
      throw new StartError(
        m.replace("options.allowedOrigins", "JDT_ALLOWED_ORIGINS").replace(
          "options.writeToken",
          "JDT_WRITE_TOKEN",
        ),
      );
    }
    Deno.serve(
      {
        port,
        hostname,
        onListen: (a) =>
          console.error(`scoring server on http://${a.hostname}:${a.port}/`),
      },
      handler,
    );
    return 0;
  } catch (e) {
    const why = e instanceof Deno.errors.AddrInUse
      ? `port ${get("PORT") ?? 8000} is busy`
      : (e as Error).message;
    console.error(`score server: ${why}`);
    return 1;
  }
}

if (import.meta.main) {
  const code = await main();
  if (code !== 0) Deno.exit(code);
}
