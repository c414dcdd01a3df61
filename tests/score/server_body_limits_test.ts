/**
 * Second guards of the scoring server (issue 16): a request that declares a
 * Content-Length over the limit and never sends its body is answered 413 at
 * once, not 408 after the body timeout. Checked over raw TCP (only the
 * headers are sent) and on the handler with a body stream that never yields.
 */
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import type { ScoreLimits } from "../../src/score/options.ts";
import { limitsFromEnv } from "../../src/score/server.ts";

/** A body timeout far beyond the test's patience: a 408 could not come in time. */
const LIMITS: ScoreLimits = {
  ...limitsFromEnv(() => undefined),
  maxBodyBytes: 1 << 20,
  bodyTimeoutMs: 120_000,
};
/** How long the test waits for the answer. */
const PATIENCE_MS = 5_000;

/** Resolves with `p`, or with "timeout" after `ms`. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads from `conn` until the end of the status line. */
async function statusLine(conn: Deno.Conn): Promise<string> {
  const buf = new Uint8Array(4096);
  let text = "";
  while (!text.includes("\r\n")) {
    const n = await conn.read(buf);
    if (n === null) break;
    text += new TextDecoder().decode(buf.subarray(0, n));
  }
  return text.split("\r\n")[0];
}

Deno.test("score server answers 413 at once over TCP to a declared 1 GiB body that never comes", async () => {
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createScoreHandler(LIMITS),
  );
  const conn = await Deno.connect({
    hostname: "127.0.0.1",
    port: server.addr.port,
  });
  try {
    await conn.write(
      new TextEncoder().encode(
        "POST /score?classes=4 HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
          "Content-Type: application/json\r\n" +
          `Content-Length: ${2 ** 30}\r\n\r\n`,
      ),
    );
    const line = await within(statusLine(conn), PATIENCE_MS);
    assert.notEqual(line, "timeout", "no answer before the body arrived");
    assert.match(line as string, /^HTTP\/1\.1 413 /);
  } finally {
    conn.close();
    await server.shutdown();
  }
});

Deno.test("score handler answers 413 without reading a body declared over the limit", async () => {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let pulled = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    pull() {
      pulled = true;
      return new Promise(() => {}); // the body never comes
    },
  }, { highWaterMark: 0 }); // pulled only when read
  const req = new Request("http://127.0.0.1/score?classes=4", {
    method: "POST",
    body,
    headers: {
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(LIMITS.maxBodyBytes + 1),
    },
  });
  const answer = createScoreHandler(LIMITS)(req);
  const r = await within(answer, PATIENCE_MS);
  if (r === "timeout") {
    // Let the handler finish (its read fails) before failing the test.
    controller.error(new Error("test over"));
    await answer;
    assert.fail("no answer before the body arrived");
  }
  assert.equal(r.status, 413);
  assert.match((await r.json()).error, /over the limit/);
  assert.equal(pulled, false, "the body was read");
});

/** A request whose declared 10-byte body never comes, and a way to end it. */
function heldRequest() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    pull: () => new Promise(() => {}),
  }, { highWaterMark: 0 });
  const req = new Request("http://127.0.0.1/score?classes=4", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "content-length": "10" },
  });
  return { req, release: () => controller.error(new Error("test over")) };
}

Deno.test("score handler answers 503 beyond maxReceiving bodies at once, and admits again after", async () => {
  // Bodies being received hold receiving slots (not scoring slots).
  const handler = createScoreHandler({
    ...LIMITS,
    maxReceiving: 2,
    minBodyRate: 1, // 2 s of grace: far longer than this test
  });
  const held = [heldRequest(), heldRequest()];
  const pending = held.map((h) => handler(h.req));
  const third = heldRequest();
  const busy = await within(handler(third.req), PATIENCE_MS);
  if (busy === "timeout" || busy.status !== 503) {
    third.release();
    held.forEach((h) => h.release());
    await Promise.all(pending);
    assert.fail(`the third request was admitted`);
  }
  assert.equal(busy.headers.get("retry-after"), "1");
  await busy.body?.cancel();
  // One held request ends (its body fails: 400): a new one is admitted.
  held[0].release();
  assert.equal((await pending[0]).status, 400);
  const next = heldRequest();
  const admitted = handler(next.req);
  assert.equal(await within(admitted, 200), "timeout", "not admitted");
  next.release();
  held[1].release();
  assert.equal((await admitted).status, 400);
  assert.equal((await pending[1]).status, 400);
});
