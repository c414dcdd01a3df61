/**
 * Receiving a request body within the handler's limits: a size limit
 * (declared `content-length` refused at once, streamed bytes counted), a
 * deadline, and a minimum transfer rate, so a client trickling bytes is let
 * go early instead of holding the server.
 *
 * @module
 */

import { concatBytes } from "./bytes.ts";
import { HttpError } from "./http.ts";
import type { ScoreLimits } from "./options.ts";

/** Time before the minimum rate applies, ms. */
export const RATE_GRACE_MS = 2000;
const TICK_MS = 250;

/**
 * Refuses a body whose declared `content-length` is over the limit, before
 * any of it is read.
 *
 * @param req The request.
 * @param limits The limits.
 * @throws {HttpError} 413.
 */
export function checkDeclaredLength(req: Request, limits: ScoreLimits): void {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > limits.maxBodyBytes) {
    throw new HttpError(
      413,
      `body of ${declared} bytes is over the limit of ${limits.maxBodyBytes}`,
    );
  }
}

/**
 * Reads the whole body.
 *
 * @param req The request.
 * @param limits The limits.
 * @returns The bytes.
 * @throws {HttpError} 413 (too large), 408 (too slow), 400 (broken), 422 (no body).
 */
export async function readBody(
  req: Request,
  limits: ScoreLimits,
): Promise<Uint8Array> {
  checkDeclaredLength(req, limits);
  if (!req.body) throw new HttpError(422, "empty body: nothing to score");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const start = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const slow = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const ms = Date.now() - start;
      const need = (limits.minBodyRate * (ms - RATE_GRACE_MS)) / 1000;
      if (ms >= limits.bodyTimeoutMs) {
        reject(new HttpError(408, "body not received in time"));
      } else if (size < need) {
        reject(
          new HttpError(
            408,
            `body arrives slower than ${limits.minBodyRate} bytes/s`,
          ),
        );
      }
    }, Math.min(TICK_MS, limits.bodyTimeoutMs));
  });
  slow.catch(() => {}); // handled through the race below
  try {
    while (true) {
      const { done, value } = await Promise.race([reader.read(), slow]);
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
    clearInterval(timer);
  }
  return concatBytes(chunks, size);
}
