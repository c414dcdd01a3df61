// Writes to runs from another site's page are refused (issue 20 item 5): a
// page can send a no-cors multipart POST to any server its visitor reaches
// (multipart needs no preflight), so the handler checks Origin and
// Sec-Fetch-Site, and optionally a bearer token.
import assert from "node:assert/strict";
import {
  createScoreHandler,
  type ScoreHandlerOptions,
} from "../../src/score/handler.ts";
import { accessFromEnv } from "../../src/score/server.ts";
import { form, png8 } from "../_score_files.ts";

const ALL_RIGHT = png8(new Uint8Array([0, 1, 1, 0]), 2, 2);
const HALF_WRONG = png8(new Uint8Array([1, 0, 1, 0]), 2, 2);
const TOKEN = "s3cret-token-of-32-characters-xx";

async function withHandler(
  options: ScoreHandlerOptions,
  fn: (h: (req: Request) => Promise<Response>) => Promise<void>,
): Promise<void> {
  const kv = await Deno.openKv(":memory:");
  try {
    await fn(createScoreHandler({ ...options, kv }));
  } finally {
    kv.close();
  }
}

/** A multipart batch POST to run r1 with these headers. */
function batch(id: string, headers: Record<string, string>, pred = HALF_WRONG) {
  return new Request(`http://localhost:8000/runs/r1/batches/${id}?classes=2`, {
    method: "POST",
    body: form(pred, ALL_RIGHT),
    headers,
  });
}

async function runOf(h: (req: Request) => Promise<Response>) {
  const r = await h(new Request("http://localhost:8000/runs/r1"));
  return { status: r.status, body: await r.json() };
}

async function statusOf(res: Response) {
  const body = await res.json();
  return { status: res.status, body, headers: res.headers };
}

Deno.test("a no-cors multipart POST from another site's page gets 403 and leaves the run unchanged", async () => {
  await withHandler({}, async (h) => {
    // The run's owner, from a script (no browser headers): Acc 100.
    const first = await statusOf(await h(batch("b1", {}, ALL_RIGHT)));
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const before = await runOf(h);
    assert.equal(before.body.metrics.Acc, 100);
    const evil = await statusOf(
      await h(batch("b2", {
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "no-cors",
      })),
    );
    assert.equal(evil.status, 403);
    assert.match(evil.body.error, /another site/);
    assert.match(evil.headers.get("content-type")!, /application\/json/);
    assert.equal(evil.headers.get("access-control-allow-origin"), null);
    // Same-site (another subdomain) and an old browser with Origin only.
    for (
      const headers of <Record<string, string>[]> [
        { origin: "https://a.localhost", "sec-fetch-site": "same-site" },
        { origin: "https://evil.example" },
        { origin: "null", "sec-fetch-site": "cross-site" },
      ]
    ) {
      assert.equal((await statusOf(await h(batch("b3", headers)))).status, 403);
    }
    assert.deepEqual(await runOf(h), before);
  });
});

Deno.test("same-origin pages, typed-in requests and non-browser clients may write", async () => {
  await withHandler({}, async (h) => {
    const cases: Record<string, string>[] = [
      {},
      { "sec-fetch-site": "same-origin", origin: "http://localhost:8000" },
      { "sec-fetch-site": "none" },
      { origin: "http://localhost:8000" }, // a browser without Fetch Metadata
    ];
    for (const [i, headers] of cases.entries()) {
      const r = await statusOf(await h(batch(`b${i}`, headers)));
      assert.equal(r.status, 200, JSON.stringify([headers, r.body]));
    }
    assert.equal((await runOf(h)).body.batches, cases.length);
  });
});

Deno.test("allowedOrigins lets listed pages write, with CORS answers and a preflight", async () => {
  await withHandler(
    { allowedOrigins: ["https://app.example"] },
    async (h) => {
      const app = {
        origin: "https://app.example",
        "sec-fetch-site": "cross-site",
      };
      const ok = await statusOf(await h(batch("b1", app)));
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(
        ok.headers.get("access-control-allow-origin"),
        "https://app.example",
      );
      const pre = await h(
        new Request("http://localhost:8000/runs/r1/batches/b2", {
          method: "OPTIONS",
          headers: {
            origin: "https://app.example",
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization",
          },
        }),
      );
      assert.equal(pre.status, 204);
      assert.match(
        pre.headers.get("access-control-allow-headers")!,
        /authorization/,
      );
      const other = await statusOf(
        await h(batch("b3", {
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
        })),
      );
      assert.equal(other.status, 403);
    },
  );
  await withHandler({ allowedOrigins: ["*"] }, async (h) => {
    const r = await h(batch("b1", {
      origin: "https://any.example",
      "sec-fetch-site": "cross-site",
    }));
    assert.equal(r.status, 200);
    await r.body?.cancel();
  });
});

Deno.test("writeToken: writes need Authorization: Bearer <token>; 401 otherwise, the run unchanged", async () => {
  await withHandler({ writeToken: TOKEN }, async (h) => {
    const ok = await statusOf(
      await h(batch("b1", { authorization: `Bearer ${TOKEN}` }, ALL_RIGHT)),
    );
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const before = await runOf(h);
    const wrong: Record<string, string>[] = [
      {},
      { authorization: "Bearer " },
      { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${btoa(`u:${TOKEN}`)}` },
    ];
    for (const headers of wrong) {
      const r = await statusOf(await h(batch("b2", headers)));
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.match(r.headers.get("www-authenticate")!, /^Bearer/);
    }
    assert.deepEqual(await runOf(h), before);
    // Reads and /score need no token.
    const read = await h(new Request("http://localhost:8000/runs/r1"));
    assert.equal(read.status, 200);
    await read.body?.cancel();
    // A cross-site page with the token is still refused by origin.
    const evil = await h(batch("b3", {
      authorization: `Bearer ${TOKEN}`,
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    }));
    assert.equal(evil.status, 403);
    await evil.body?.cancel();
  });
});

Deno.test("access options are checked; the server reads them from JDT_ALLOWED_ORIGINS and JDT_WRITE_TOKEN", () => {
  const bad: [unknown, unknown, RegExp][] = [
    ["https://app.example", null, /options\.allowedOrigins must be an array/],
    [["https://app.example/"], null, /options\.allowedOrigins\[0\] must be/],
    [["app.example"], null, /options\.allowedOrigins\[0\] must be/],
    [[], "short", /options\.writeToken must be null or at least 16/],
    [[], "has a space in the middle", /options\.writeToken/],
    [[], 42, /options\.writeToken/],
  ];
  for (const [allowedOrigins, writeToken, re] of bad) {
    assert.throws(
      () => createScoreHandler({ allowedOrigins, writeToken } as never),
      re,
    );
  }
  const env: Record<string, string> = {
    JDT_ALLOWED_ORIGINS: " https://a.example, http://localhost:5173 ,",
    JDT_WRITE_TOKEN: TOKEN,
  };
  assert.deepEqual(accessFromEnv((n) => env[n]), {
    allowedOrigins: ["https://a.example", "http://localhost:5173"],
    writeToken: TOKEN,
  });
  assert.deepEqual(accessFromEnv(() => undefined), {
    allowedOrigins: [],
    writeToken: null,
  });
});
