/**
 * Who may write to runs. A web page on another site can send a multipart
 * POST to any server its visitor reaches (multipart is CORS-safelisted: no
 * preflight), so writes to runs (`POST /runs/{run}/batches/{batch}`) are
 * refused when a browser says they come from elsewhere:
 * - `Sec-Fetch-Site` (every current browser sends it) must be `same-origin`
 *   or `none` (typed in the address bar);
 * - without it, an `Origin` header must be the server's own origin;
 * - an origin in `allowedOrigins` (`"*"`: any) is allowed either way, and gets
 *   CORS answers (a preflight, `access-control-allow-origin`);
 * - a request with neither header (curl, scripts, servers) is not a browser's
 *   and is allowed.
 * Refused: 403 with a JSON `{ error }`. With `writeToken` set, a write also
 * needs `Authorization: Bearer <token>` (401 otherwise), compared through
 * SHA-256 digests in time that does not depend on where they differ.
 *
 * @module
 */

import { quote, rangeError, show, typeError } from "../core/errors.ts";
import type { CustomSpec } from "../core/option_schema.ts";
import { HttpError } from "./http.ts";

/** Who may write to runs: options of the handler. */
export interface ScoreAccess {
  /**
   * Origins (`"https://app.example"`, scheme://host[:port]) whose pages may
   * write to runs from a browser, besides the server's own; `"*"` allows
   * any. Default none (`JDT_ALLOWED_ORIGINS`, comma-separated, for the
   * server).
   */
  allowedOrigins: readonly string[];
  /**
   * When set, writes to runs need `Authorization: Bearer <writeToken>`
   * (`JDT_WRITE_TOKEN` for the server). Default null: no token.
   */
  writeToken: string | null;
}

/** The options of {@link ScoreAccess}, for `resolveOptions`. */
export const ACCESS_OPTIONS: Readonly<Record<keyof ScoreAccess, CustomSpec>> = {
  allowedOrigins: { kind: "custom", default: [], check: checkOrigins },
  writeToken: { kind: "custom", default: null, check: checkToken },
};

function checkOrigins(what: string, v: unknown): readonly string[] {
  if (!Array.isArray(v)) {
    throw typeError(
      what,
      "options.allowedOrigins",
      `must be an array of origins, got ${show(v)}`,
    );
  }
  v.forEach((o, i) => {
    if (o !== "*" && !(typeof o === "string" && originOf(o) === o)) {
      throw rangeError(
        what,
        `options.allowedOrigins[${i}]`,
        `must be "*" or an origin such as "https://app.example" (scheme://host[:port], no path or trailing /), got ${
          show(o)
        }`,
      );
    }
  });
  return Object.freeze([...v]);
}

function checkToken(what: string, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== "string" || !/^[\x21-\x7e]{16,}$/.test(v)) {
    throw rangeError(
      what,
      "options.writeToken",
      `must be null or at least 16 printable ASCII characters without spaces, got ${
        typeof v === "string" ? `${v.length} characters` : show(v)
      }`,
    );
  }
  if (typeof globalThis.crypto?.subtle?.digest !== "function") {
    throw typeError(
      what,
      "options.writeToken",
      "needs Web Crypto (crypto.subtle), which this runtime or page lacks",
    );
  }
  return v;
}

function originOf(text: string): string | null {
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

/** Whether `origin` is in the allow-list. */
function listed(access: ScoreAccess, origin: string | null): boolean {
  if (origin === null) return false;
  return access.allowedOrigins.includes("*") ||
    access.allowedOrigins.includes(origin);
}

/**
 * Refuses a write that a browser says comes from a page of another origin
 * (403), unless that origin is allowed.
 *
 * @param access Who may write.
 * @param req The request.
 * @param url Its URL.
 * @throws {HttpError} 403.
 */
export function checkWriteOrigin(
  access: ScoreAccess,
  req: Request,
  url: URL,
): void {
  const origin = req.headers.get("origin");
  if (listed(access, origin)) return;
  const site = req.headers.get("sec-fetch-site");
  const ok = site !== null
    ? site === "same-origin" || site === "none"
    : origin === null || origin === url.origin;
  if (!ok) {
    throw new HttpError(
      403,
      `writes to runs from another site are refused (Origin ${
        origin === null ? "absent" : quote(origin)
      }, Sec-Fetch-Site ${
        site === null ? "absent" : quote(site)
      }); allow the page's origin with allowedOrigins (JDT_ALLOWED_ORIGINS)`,
    );
  }
}

async function sha256(text: string): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

/**
 * A check of the write token: resolves when `Authorization` carries it,
 * rejects with a 401 otherwise. Both sides are hashed first, so the
 * comparison takes the same time whatever the token sent.
 *
 * @param token The token writes need (null: none).
 * @returns The check.
 */
export function tokenCheck(
  token: string | null,
): (req: Request) => Promise<void> {
  if (token === null) return () => Promise.resolve();
  const want = sha256(token);
  return async (req) => {
    const m = /^Bearer +(\S+) *$/i.exec(req.headers.get("authorization") ?? "");
    const got = await sha256(m ? m[1] : "");
    const expected = await want;
    let diff = m ? 0 : 1;
    for (let i = 0; i < expected.length; i++) diff |= expected[i] ^ got[i];
    if (diff !== 0) {
      throw new HttpError(
        401,
        m
          ? "the bearer token is wrong"
          : "writes to runs need Authorization: Bearer <token>",
        { "www-authenticate": m ? 'Bearer error="invalid_token"' : "Bearer" },
      );
    }
  };
}

/**
 * The answer to a CORS preflight (`OPTIONS`) from an allowed origin, or null
 * when `req` is not one.
 *
 * @param access Who may write.
 * @param req The request.
 * @returns 204 with the CORS headers, or null.
 */
export function preflight(access: ScoreAccess, req: Request): Response | null {
  const origin = req.headers.get("origin");
  if (req.method !== "OPTIONS" || !listed(access, origin)) return null;
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": origin!,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "authorization, content-type",
      "access-control-max-age": "600",
      vary: "origin",
    },
  });
}

/**
 * Lets an allowed origin's page read `res` (CORS), in place.
 *
 * @param access Who may write.
 * @param req The request.
 * @param res The answer.
 * @returns `res`.
 */
export function withCors(
  access: ScoreAccess,
  req: Request,
  res: Response,
): Response {
  const origin = req.headers.get("origin");
  if (listed(access, origin)) {
    res.headers.set("access-control-allow-origin", origin!);
    res.headers.append("vary", "origin");
  }
  return res;
}
