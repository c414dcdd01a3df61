import assert from "node:assert/strict";
import { encode } from "npm:fast-png@8.0.0";
import {
  createScoreHandler,
  type ScoreLimits,
} from "../../src/score/handler.ts";
import { limitsFromEnv } from "../../src/score/server.ts";
import { encodeNpy } from "../../src/score/npy.ts";
import { createMetrics, softScores } from "../../mod.ts";
import { withScoreServer } from "../_score_files.ts";

const BASE: ScoreLimits = limitsFromEnv(() => undefined);

/** Starts the server on 127.0.0.1 on a free port, runs `fn`, shuts it down. */
function withServer(
  limits: Partial<ScoreLimits>,
  fn: (url: string) => Promise<void>,
): Promise<void> {
  return withScoreServer(
    createScoreHandler({ ...BASE, ...limits }),
    (port) => fn(`http://127.0.0.1:${port}`),
  );
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A random label map and a prediction that agrees with it on ~70% of pixels. */
function scene(seed: number, w: number, h: number, C: number, ignore = 255) {
  const rnd = seeded(seed);
  const label = new Uint8Array(w * h);
  const pred = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) {
    label[i] = rnd() < 0.05 ? ignore : Math.floor(rnd() * C);
    pred[i] = rnd() < 0.7 && label[i] !== ignore
      ? label[i]
      : Math.floor(rnd() * C);
  }
  return { label, pred };
}

function png8(data: Uint8Array, w: number, h: number): Uint8Array {
  return encode({ width: w, height: h, data, depth: 8, channels: 1 });
}

function form(pred: Uint8Array, label: Uint8Array): FormData {
  const f = new FormData();
  f.append("pred", new Blob([pred as Uint8Array<ArrayBuffer>]), "pred.png");
  f.append("label", new Blob([label as Uint8Array<ArrayBuffer>]), "label.png");
  return f;
}

/** Posts a streamed multipart body (no content-length) to /score. */
function postStream(
  url: string,
  stream: ReadableStream<Uint8Array>,
): Promise<Response> {
  return fetch(`${url}/score?classes=4`, {
    method: "POST",
    body: stream,
    headers: { "content-type": "multipart/form-data; boundary=b" },
  });
}

async function post(
  url: string,
  body: BodyInit,
  query = "classes=4&ignore=255",
  headers?: HeadersInit,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(`${url}/score?${query}`, {
    method: "POST",
    body,
    headers,
  });
  const text = await r.text();
  return { status: r.status, body: JSON.parse(text) };
}

/** Values as the library gives them, through JSON (NaN → null). */
function expected(pred: Uint8Array, label: Uint8Array, C: number) {
  const m = createMetrics({ numClasses: C, ignoreIndex: 255 });
  m.add({ pred, shape: [1, pred.length], labels: label });
  return JSON.parse(
    JSON.stringify({ metrics: m.value(), perClass: m.perClass() }),
  );
}

Deno.test("score server GET /health answers ok", async () => {
  await withServer({}, async (url) => {
    const r = await fetch(`${url}/health`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { status: "ok" });
  });
});

Deno.test("score server scores PNG label maps (8-bit, 16-bit, palette) like the library", async () => {
  const { label, pred } = scene(1, 40, 30, 4);
  const want = expected(pred, label, 4);
  await withServer({}, async (url) => {
    const r8 = await post(url, form(png8(pred, 40, 30), png8(label, 40, 30)));
    assert.equal(r8.status, 200);
    assert.deepEqual(r8.body.metrics, want.metrics);
    assert.deepEqual(r8.body.perClass, want.perClass);
    assert.equal(r8.body.width, 40);
    assert.ok(!("softScores" in r8.body));
    // 16-bit grayscale label, palette prediction: same pixels, same answer.
    const l16 = encode({
      width: 40,
      height: 30,
      data: Uint16Array.from(label),
      depth: 16,
      channels: 1,
    });
    const palette = Array.from(
      { length: 256 },
      (_, i) => [i, 255 - i, (i * 7) % 256],
    );
    const pPal = encode({
      width: 40,
      height: 30,
      data: pred,
      depth: 8,
      channels: 1,
      palette,
    });
    const r16 = await post(url, form(pPal, l16));
    assert.equal(r16.status, 200);
    assert.deepEqual(r16.body.metrics, want.metrics);
  });
});

Deno.test("score server scores .npy probabilities with calibration and soft scores", async () => {
  const C = 3, w = 16, h = 8, n = w * h;
  const rnd = seeded(5);
  const probs = new Float32Array(C * n);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = [rnd(), rnd(), rnd()];
    const t = e[0] + e[1] + e[2];
    for (let c = 0; c < C; c++) probs[c * n + i] = e[c] / t;
    label[i] = rnd() < 0.1 ? 255 : Math.floor(rnd() * C);
  }
  const m = createMetrics({ numClasses: C, ignoreIndex: 255 }).add({
    probs,
    shape: [1, C, n],
    labels: label,
  });
  const s = softScores({ pred: probs, target: label, shape: [1, C, n] }, {
    ignoreIndex: 255,
  });
  await withServer({}, async (url) => {
    const f = new FormData();
    f.append(
      "pred",
      new Blob([encodeNpy(probs, [C, h, w]) as Uint8Array<ArrayBuffer>]),
      "pred.npy",
    );
    f.append(
      "label",
      new Blob([png8(label, w, h) as Uint8Array<ArrayBuffer>]),
      "label.png",
    );
    const r = await post(url, f, "classes=3&ignore=255");
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.metrics, JSON.parse(JSON.stringify(m.value())));
    assert.ok(
      typeof (r.body.metrics as Record<string, number>).SCEI === "number",
    );
    const soft = r.body.softScores as Record<string, unknown>;
    assert.equal(soft.mJaccardD, s.mJaccardD);
    assert.deepEqual(soft.dice, Array.from(s.diceD));
  });
});

Deno.test("score server accepts application/json with base64 fields", async () => {
  const { label, pred } = scene(2, 10, 10, 4);
  const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
  await withServer({}, async (url) => {
    const r = await post(
      url,
      JSON.stringify({
        pred: b64(png8(pred, 10, 10)),
        label: b64(png8(label, 10, 10)),
      }),
      "classes=4&ignore=255",
      { "content-type": "application/json" },
    );
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.metrics, expected(pred, label, 4).metrics);
    const bad = await post(url, "{not json", "classes=4", {
      "content-type": "application/json",
    });
    assert.equal(bad.status, 400);
    const badB64 = await post(
      url,
      JSON.stringify({ pred: "@@@", label: "@@@" }),
      "classes=4",
      {
        "content-type": "application/json",
      },
    );
    assert.equal(badB64.status, 400);
  });
});

Deno.test("score server answers 400 for truncated, corrupted and foreign files", async () => {
  const { label, pred } = scene(3, 32, 32, 4);
  const good = png8(label, 32, 32);
  const corrupt = good.slice();
  for (let i = 40; i < corrupt.length - 12; i += 3) corrupt[i] ^= 0x5a;
  const npy = encodeNpy(new Float32Array(4 * 32 * 32).fill(0.25), [4, 32, 32]);
  await withServer({}, async (url) => {
    for (
      const [name, p, l] of [
        ["truncated label", png8(pred, 32, 32), good.slice(0, good.length / 2)],
        ["label cut inside the header", png8(pred, 32, 32), good.slice(0, 20)],
        ["corrupted label", png8(pred, 32, 32), corrupt],
        [
          "label not a PNG",
          png8(pred, 32, 32),
          new TextEncoder().encode("hello, world, not a png file at all"),
        ],
        ["truncated npy", npy.slice(0, npy.length - 7), good],
        ["npy header only", npy.slice(0, 9), good],
        ["pred not a PNG or npy", new Uint8Array([1, 2, 3, 4]), good],
        [
          "RGB label",
          png8(pred, 32, 32),
          encode({
            width: 2,
            height: 1,
            data: new Uint8Array(6),
            depth: 8,
            channels: 3,
          }),
        ],
      ] as const
    ) {
      const r = await post(url, form(p, l));
      assert.equal(r.status, 400, `${name}: ${JSON.stringify(r.body)}`);
      assert.equal(typeof r.body.error, "string", name);
    }
    // Still serving.
    assert.equal(
      (await fetch(`${url}/health`).then((r) => r.json())).status,
      "ok",
    );
  });
});

Deno.test("score server answers 400 for mismatched sizes, labels out of range and bad queries", async () => {
  const a = scene(4, 8, 8, 4);
  const b = scene(4, 8, 9, 4);
  await withServer({}, async (url) => {
    const mism = await post(url, form(png8(a.pred, 8, 8), png8(b.label, 8, 9)));
    assert.equal(mism.status, 400);
    assert.match(mism.body.error as string, /8×8.*8×9/);
    // Labels hold 255 and 3, neither allowed with classes=3 and no ignore value.
    const out = await post(
      url,
      form(png8(new Uint8Array(64), 8, 8), png8(a.label, 8, 8)),
      "classes=3",
    );
    assert.equal(out.body.argument, "input.labels");
    const predOut = await post(
      url,
      form(png8(a.label, 8, 8), png8(a.pred, 8, 8)),
      "classes=4",
    ); // pred holds 255
    assert.equal(predOut.status, 400);
    const npy = encodeNpy(new Float32Array(3 * 64).fill(0.3), [3, 8, 8]);
    const chan = await post(url, form(npy, png8(a.label, 8, 8)));
    assert.equal(chan.status, 400);
    assert.match(chan.body.error as string, /channels/);
    const badProb = await post(
      url,
      form(
        encodeNpy(new Float32Array(4 * 64).fill(2), [4, 8, 8]),
        png8(a.label, 8, 8),
      ),
    );
    assert.equal(badProb.status, 400);
    for (const q of ["", "classes=abc", "classes=0", "classes=4&ignore=x"]) {
      assert.equal(
        (await post(url, form(png8(a.pred, 8, 8), png8(a.label, 8, 8)), q))
          .status,
        400,
        q,
      );
    }
    const missing = new FormData();
    missing.append(
      "pred",
      new Blob([png8(a.pred, 8, 8) as Uint8Array<ArrayBuffer>]),
    );
    assert.equal((await post(url, missing)).status, 400);
    const malformed = await post(url, "--x\r\ngarbage", "classes=4", {
      "content-type": "multipart/form-data; boundary=zzz",
    });
    assert.equal(malformed.status, 400);
  });
});

Deno.test("score server answers 415, 413, 422 and 404/405 with JSON errors", async () => {
  const { label, pred } = scene(6, 64, 64, 4);
  await withServer({
    maxBodyBytes: 20_000,
    maxPixels: 64 * 64,
    maxClasses: 100,
  }, async (url) => {
    const t = await post(url, "hello", "classes=4", {
      "content-type": "text/plain",
    });
    assert.equal(t.status, 415);
    const none = await post(url, new Uint8Array([1, 2, 3]), "classes=4", {
      "content-type": "",
    });
    assert.equal(none.status, 415);
    const big = new FormData();
    big.append("pred", new Blob([new Uint8Array(30_000)]));
    big.append("label", new Blob([new Uint8Array(10)]));
    assert.equal((await post(url, big)).status, 413);
    // A streamed body without content-length that grows past the limit.
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 30; i++) c.enqueue(new Uint8Array(1000));
        c.close();
      },
    });
    const r = await postStream(url, stream);
    assert.equal(r.status, 413);
    await r.body?.cancel();
    const wide = scene(7, 65, 64, 4);
    assert.equal(
      (await post(url, form(png8(wide.pred, 65, 64), png8(wide.label, 65, 64))))
        .status,
      413,
    );
    assert.equal(
      (await post(
        url,
        form(png8(pred, 64, 64), png8(label, 64, 64)),
        "classes=101",
      )).status,
      413,
    );
    const allIgnored = new Uint8Array(64 * 64).fill(255);
    const e = await post(
      url,
      form(png8(pred, 64, 64), png8(allIgnored, 64, 64)),
    );
    assert.equal(e.status, 422);
    assert.match(e.body.error as string, /no kept pixel/);
    assert.equal(
      (await post(url, form(new Uint8Array(0), new Uint8Array(0)))).status,
      422,
    );
    const nf = await fetch(`${url}/nope`);
    assert.equal(nf.status, 404);
    await nf.body?.cancel();
    const get = await fetch(`${url}/score`);
    assert.equal(get.status, 405);
    await get.body?.cancel();
  });
});

Deno.test("score server answers 408 when a body does not arrive in time", async () => {
  await withServer({ bodyTimeoutMs: 150 }, async (url) => {
    let ctrl!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        ctrl = c;
        c.enqueue(new Uint8Array(10));
      },
    });
    const r = await postStream(url, stream);
    assert.equal(r.status, 408);
    await r.body?.cancel();
    ctrl.close();
  });
});

Deno.test("score server answers a bounded concurrent burst correctly with steady memory", async () => {
  const W = 48, H = 32, C = 5;
  const scenes = Array.from({ length: 8 }, (_, i) => scene(100 + i, W, H, C));
  const files = scenes.map((s) => ({
    p: png8(s.pred, W, H),
    l: png8(s.label, W, H),
  }));
  const wants = scenes.map((s) => expected(s.pred, s.label, C).metrics);
  await withServer({ maxConcurrent: 32 }, async (url) => {
    const burst = async (total: number) => {
      let next = 0;
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const k = i % files.length;
          const r = await post(
            url,
            form(files[k].p, files[k].l),
            `classes=${C}&ignore=255`,
          );
          assert.equal(r.status, 200, JSON.stringify(r.body));
          assert.deepEqual(r.body.metrics, wants[k]);
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
    };
    await burst(100);
    const heap1 = Deno.memoryUsage().heapUsed;
    await burst(100);
    const heap2 = Deno.memoryUsage().heapUsed;
    // 100 more requests must not keep growing the heap (no per-request leak).
    assert.ok(
      heap2 - heap1 < 32 * 1024 * 1024,
      `heap grew by ${(heap2 - heap1) / 1e6} MB`,
    );
  });
});

Deno.test("limitsFromEnv() reads positive integers and rejects others", () => {
  const env: Record<string, string> = {
    JDT_MAX_PIXELS: "100",
    JDT_MAX_CLASSES: "7",
  };
  const l = limitsFromEnv((n) => env[n]);
  assert.equal(l.maxPixels, 100);
  assert.equal(l.maxClasses, 7);
  assert.equal(l.maxBodyBytes, BASE.maxBodyBytes);
  assert.throws(
    () => limitsFromEnv((n) => (n === "JDT_MAX_PIXELS" ? "-1" : undefined)),
    /JDT_MAX_PIXELS/,
  );
});

Deno.test("score server runs as `deno task serve` with its permissions on PORT", async () => {
  const root = new URL("../..", import.meta.url).pathname;
  const task: string =
    JSON.parse(Deno.readTextFileSync(`${root}/deno.json`)).tasks.serve;
  const [deno, ...args] = task.split(" ");
  assert.equal(deno, "deno");
  const probe = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (probe.addr as Deno.NetAddr).port;
  probe.close();
  const kvDir = await Deno.makeTempDir();
  const child = new Deno.Command(Deno.execPath(), {
    args,
    cwd: root,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      JDT_KV_PATH: `${kvDir}/runs.sqlite`,
    },
    stdout: "null",
    stderr: "null",
  }).spawn();
  try {
    let health: unknown = null;
    for (let i = 0; i < 100 && health === null; i++) {
      try {
        health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    assert.deepEqual(health, { status: "ok" });
  } finally {
    child.kill("SIGTERM");
    await child.status;
    await Deno.remove(kvDir, { recursive: true });
  }
});
