/**
 * HTTP helpers of the scoring handler: the error a client's mistake becomes,
 * and JSON answers.
 *
 * @module
 */

/** An HTTP answer to a client mistake (never a 500). */
export class HttpError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** Extra headers of the answer (`allow`, `retry-after`). */
  readonly headers: Record<string, string>;
  /**
   * @param status The HTTP status.
   * @param message What went wrong, for the client.
   * @param headers Extra headers.
   */
  constructor(
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * A JSON answer.
 *
 * @param status The HTTP status.
 * @param body The value to serialise.
 * @param headers Extra headers.
 * @returns The response.
 */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}
