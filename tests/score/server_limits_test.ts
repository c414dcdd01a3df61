// Regression tests of the scoring server's hardening (issue 13 items 1, 7, 12;
// issue 16 item 3): each failed on the code before its fix.
import assert from "node:assert/strict";
import {
  createScoreHandler,
  type ScoreLimits,
} from "../../src/score/handler.ts";
import { encodeNpy } from "../../src/score/npy.ts";
import { decodeLabelPng } from "../../src/score/png.ts";
import { isInputError } from "../../mod.ts";
import {
  form,
  npyWithHeader,
  png8,
  pngBomb,
  postHead,
  RawClient,
  withScoreServer,
} from "../_score_files.ts";

/** Serves the score handler with `limits`, runs `fn` with the port. */
function withServer(
  limits: Partial<ScoreLimits>,
  fn: (port: number) => Promise<void>,
): Promise<void> {
  return withScoreServer(createScoreHandler(limits), fn);
}

async function post(port: number, body: BodyInit, query: string) {
  const r = await fetch(`http://127.0.0.1:${port}/score?${query}`, {
    method: "POST",
    body,
  });
  return { status: r.status, body: await r.json() };
}

/** Resolves to "timeout" after `ms` (a guard against hangs, not a speed test). */
function guard(ms: number): Promise<"timeout"> {
  return new Promise((r) => setTimeout(() => r("timeout"), ms));
}

const label4 = png8(new Uint8Array([0, 1, 1, 255]), 2, 2);
const pred4 = png8(new Uint8Array([0, 1, 1, 0]), 2, 2); // in range everywhere

Deno.test("decompression bomb: a 1×1 PNG inflating to 256 MiB is refused without inflating it", async () => {
  const bomb = pngBomb(256 * 1024 * 1024); // ≈1.7 MB on the wire
  await withServer({}, async (port) => {
    const before = Deno.memoryUsage().rss;
    const pred1 = png8(new Uint8Array([0]), 1, 1);
    const r = await post(port, form(pred1, bomb), "classes=2&ignore=255");
    const grown = Deno.memoryUsage().rss - before;
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(r.body.error, /inflates to more than the 2 bytes/);
    // The old decoder inflated the whole stream: +256 MiB resident.
    assert.ok(grown < 64 * 1024 * 1024, `rss grew by ${grown} bytes`);
    const p = await post(port, form(bomb, label4), "classes=2&ignore=255");
    assert.equal(p.status, 400);
  });
  await assert.rejects(
    () => decodeLabelPng(bomb, "label", 4096 * 4096),
    (e: unknown) => isInputError(e) && /decompression bomb/.test(String(e)),
  );
});

Deno.test("a PNG with a bad chunk CRC is refused", async () => {
  const bad = label4.slice();
  // The IDAT chunk's CRC is the 4 bytes before the 12-byte IEND chunk.
  bad[bad.length - 13] ^= 0xff;
  await withServer({}, async (port) => {
    const r = await post(port, form(pred4, bad), "classes=2&ignore=255");
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(r.body.error, /crc/i);
    const ok = await post(port, form(pred4, label4), "classes=2&ignore=255");
    assert.equal(ok.status, 200);
  });
});

Deno.test(".npy headers numpy refuses are refused", async () => {
  const values = new Float32Array(2 * 2 * 2).fill(0.5);
  const f4 = new Uint8Array(values.buffer);
  const label = png8(new Uint8Array([0, 1, 1, 0]), 2, 2);
  const cases: [string, string][] = [
    [
      "dims written 2.0",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2.0, 2, 2), }",
    ],
    [
      "dims written 0x2",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (0x2, 2, 2), }",
    ],
    [
      "a decoy 'descr' inside another string",
      `{'note': "'descr': '<f4'", 'descr': '<u4', 'fortran_order': False, 'shape': (2, 2, 2), }`,
    ],
    [
      "a repeated key",
      "{'descr': '<f8', 'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 2), }",
    ],
    [
      "text after the dict",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 2), } x",
    ],
  ];
  await withServer({}, async (port) => {
    const good = await post(
      port,
      form(encodeNpy(values, [2, 2, 2]), label),
      "classes=2",
    );
    assert.equal(good.status, 200, JSON.stringify(good.body));
    for (const [name, header] of cases) {
      const r = await post(
        port,
        form(npyWithHeader(header, f4), label),
        "classes=2",
      );
      assert.equal(r.status, 400, `${name}: ${JSON.stringify(r.body)}`);
      assert.match(r.body.error, /not a valid \.npy file/, name);
    }
  });
});

Deno.test("an ignore value outside a PNG label's range (1e20, 70000, -1) is refused", async () => {
  await withServer({}, async (port) => {
    for (const v of ["1e20", "70000", "-1", "2.5"]) {
      const r = await post(port, form(pred4, pred4), `classes=2&ignore=${v}`);
      assert.equal(r.status, 400, `${v}: ${JSON.stringify(r.body)}`);
      assert.match(r.body.error, /ignore/);
    }
  });
});

Deno.test("a declared content-length over the limit gets 413 at once, before any body", async () => {
  // The body never comes, and the body timeout is a minute: only the check of
  // the declared length can answer (within the guard, 20 s).
  await withServer(
    { maxBodyBytes: 1000, bodyTimeoutMs: 60_000, minBodyRate: 1 },
    async (port) => {
      const c = await RawClient.open(port, postHead("/score?classes=2", 1e9));
      try {
        const status = await Promise.race([c.status(), guard(20_000)]);
        assert.equal(status, 413);
      } finally {
        c.close();
      }
    },
  );
});

Deno.test("slow uploads hold no scoring slot: a valid request succeeds while 8 clients trickle, and they get 408", async () => {
  const body = new TextEncoder().encode("--zz\r\n");
  await withServer(
    { maxConcurrent: 8, bodyTimeoutMs: 30_000, minBodyRate: 100 },
    async (port) => {
      const slow = await Promise.all(
        Array.from(
          { length: 8 },
          () => RawClient.open(port, postHead("/score?classes=2", 100_000)),
        ),
      );
      let trickling = true;
      const trickle = (async () => {
        for (let i = 0; trickling; i++) {
          for (const c of slow) await c.send(body.subarray(i % 6, i % 6 + 1));
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      try {
        await new Promise((r) => setTimeout(r, 300)); // all 8 are receiving
        const r = await post(
          port,
          form(label4, label4),
          "classes=2&ignore=255",
        );
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(r.body.metrics.Acc, 100);
        // Below 100 bytes/s after the 2 s grace: 408, long before the 30 s timeout.
        const statuses = await Promise.race([
          Promise.all(slow.map((c) => c.status())),
          guard(20_000),
        ]);
        assert.deepEqual(statuses, Array(8).fill(408));
      } finally {
        trickling = false;
        await trickle;
        for (const c of slow) c.close();
      }
    },
  );
});

Deno.test("receivers have their own bound: past maxReceiving, 503 with retry-after", async () => {
  await withServer({ maxReceiving: 2, minBodyRate: 1 }, async (port) => {
    const held = await Promise.all(
      [0, 1].map(() => RawClient.open(port, postHead("/score?classes=2", 500))),
    );
    try {
      await new Promise((r) => setTimeout(r, 200));
      const r = await fetch(`http://127.0.0.1:${port}/score?classes=2`, {
        method: "POST",
        body: form(pred4, label4),
      });
      assert.equal(r.status, 503);
      assert.equal(r.headers.get("retry-after"), "1");
      await r.body?.cancel();
    } finally {
      for (const c of held) c.close();
    }
  });
});

Deno.test("405 answers carry Allow", async () => {
  await withServer({}, async (port) => {
    for (
      const [method, path, allow] of [
        ["GET", "/score", "POST"],
        ["POST", "/health", "GET"],
        ["POST", "/", "GET"],
        ["DELETE", "/runs/r1", "GET"],
        ["GET", "/runs/r1/batches/b1", "POST"],
      ]
    ) {
      const r = await fetch(`http://127.0.0.1:${port}${path}`, { method });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.get("allow"), allow, `${method} ${path}`);
      await r.body?.cancel();
    }
  });
});

Deno.test("identical masks with ignored pixels score 100; a fully ignored label gets 422", async () => {
  const ids = new Uint8Array([0, 1, 255, 2, 255, 1]);
  await withServer({}, async (port) => {
    const r = await post(
      port,
      form(png8(ids, 3, 2), png8(ids, 3, 2)),
      "classes=3&ignore=255",
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.metrics.Acc, 100);
    assert.equal(r.body.metrics.mIoUD, 100);
    const all = png8(new Uint8Array(6).fill(255), 3, 2);
    const e = await post(
      port,
      form(png8(ids, 3, 2), all),
      "classes=3&ignore=255",
    );
    assert.equal(e.status, 422, JSON.stringify(e.body));
  });
});
