// Run and batch ids in the path: a malformed percent escape is the client's
// mistake (400 naming the id), never a 500 with a stack trace in the log.
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import { form, png8 } from "../_score_files.ts";

/** Runs `fn` with console.error captured; returns what was logged. */
async function logged(fn: () => Promise<void>): Promise<unknown[][]> {
  const lines: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => lines.push(args);
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return lines;
}

Deno.test("a malformed percent escape in a run or batch id gets 400 naming the id, nothing logged", async () => {
  const kv = await Deno.openKv(":memory:");
  try {
    const handler = createScoreHandler({ kv });
    const pair = png8(new Uint8Array([0, 1, 1, 0]), 2, 2);
    const bad = ["%", "%ZZ", "%E0%A4%A", "a%"];
    const log = await logged(async () => {
      for (const id of bad) {
        const reqs: [string, Request][] = [
          ["run", new Request(`http://x/runs/${id}`)],
          [
            "run",
            new Request(`http://x/runs/${id}/batches/b1?classes=2`, {
              method: "POST",
              body: form(pair, pair),
            }),
          ],
          [
            "batch",
            new Request(`http://x/runs/r1/batches/${id}?classes=2`, {
              method: "POST",
              body: form(pair, pair),
            }),
          ],
        ];
        for (const [what, req] of reqs) {
          const res = await handler(req);
          const body = await res.json();
          assert.equal(res.status, 400, `${req.url}: ${JSON.stringify(body)}`);
          assert.ok(
            body.error.startsWith(`${what} id is not valid percent-encoding`),
            body.error,
          );
          assert.ok(body.error.includes(JSON.stringify(id)), body.error);
        }
      }
    });
    assert.deepEqual(log, []);
    // Nothing was written: the run does not exist.
    const r = await handler(new Request("http://x/runs/r1"));
    assert.equal(r.status, 404);
    await r.body?.cancel();
  } finally {
    kv.close();
  }
});

Deno.test("an id over the limit is quoted cut to 200 characters", async () => {
  const kv = await Deno.openKv(":memory:");
  try {
    const handler = createScoreHandler({ kv });
    const res = await handler(new Request(`http://x/runs/${"a".repeat(5000)}`));
    const body = await res.json();
    assert.equal(res.status, 400);
    assert.ok(body.error.length < 400, `${body.error.length} characters`);
    assert.match(body.error, /\(5000 characters\)$/);
  } finally {
    kv.close();
  }
});
