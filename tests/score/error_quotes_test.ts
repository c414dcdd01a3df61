// Errors that quote input cut it to 200 characters (issue 20 item 11): a
// `.npy` header of millions of shape entries is refused at once without
// being echoed, and no message of the service or the library repeats a huge
// input back.
import assert from "node:assert/strict";
import { createScoreHandler } from "../../src/score/handler.ts";
import { parseNpy } from "../../src/score/npy.ts";
import { parseNpyHeader } from "../../src/score/npy_header.ts";
import { limitsFromEnv } from "../../src/score/server.ts";
import { quote } from "../../src/core/errors.ts";
import { form, npyWithHeader, png8 } from "../_score_files.ts";

/** A version-2 `.npy` file whose header is `dict` (any length), no data. */
function npyV2(dict: string): Uint8Array {
  const hdr = new TextEncoder().encode(dict);
  const bytes = new Uint8Array(12 + hdr.length);
  bytes.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0]);
  new DataView(bytes.buffer).setUint32(8, hdr.length, true);
  bytes.set(hdr, 12);
  return bytes;
}

const LABEL = png8(new Uint8Array(4), 2, 2);
/** Longest message allowed: a sentence plus one 200-character quote. */
const SHORT = 600;

async function errorOf(req: Request): Promise<[number, string]> {
  const res = await createScoreHandler()(req);
  const body = await res.json();
  return [res.status, body.error];
}

Deno.test("a .npy header of 3 M shape entries: 400 at once, the header not echoed", async () => {
  const big = npyV2(
    `{'descr': '<f4', 'fortran_order': False, 'shape': (${
      "1,".repeat(3_000_000)
    }), }`,
  );
  const [status, error] = await errorOf(
    new Request("http://x/score?classes=2", {
      method: "POST",
      body: form(big, LABEL),
    }),
  );
  assert.equal(status, 400);
  assert.ok(error.length < SHORT, `${error.length} characters`);
  assert.match(error, /header of 6000055 bytes is over numpy's limit of 10000/);
});

Deno.test(".npy shape parsing stops at the first entry past the dimensions accepted", () => {
  const dict = (n: number) =>
    `{'descr': '<f4', 'fortran_order': False, 'shape': (${"2, ".repeat(n)}), }`;
  // Within the header bound: a 4th entry is refused as such.
  assert.throws(
    () => parseNpy(npyWithHeader(dict(3000), new Uint8Array(0)), "pred"),
    (e: Error) =>
      /shape has more than 3 entries/.test(e.message) &&
      e.message.length < SHORT,
  );
  assert.throws(() => parseNpyHeader(dict(65)), /more than 64 entries/);
  assert.deepEqual(parseNpyHeader(dict(64)).shape.length, 64);
});

Deno.test("a long dtype or repeated key in a .npy header is quoted cut", () => {
  const descr = "x".repeat(5000);
  assert.throws(
    () =>
      parseNpy(
        npyWithHeader(
          `{'descr': '${descr}', 'fortran_order': False, 'shape': (1, 1, 1), }`,
          new Uint8Array(4),
        ),
        "pred",
      ),
    (e: Error) => e.message.includes(quote(descr)) && e.message.length < SHORT,
  );
  const key = "k".repeat(5000);
  assert.throws(
    () => parseNpyHeader(`{'${key}': 'a', '${key}': 'b'}`),
    (e: Error) => e.message.includes(quote(key)) && e.message.length < SHORT,
  );
});

Deno.test("query parameters, content types and option names are quoted cut", async () => {
  const long = "9".repeat(20_000) + "x";
  const [s1, e1] = await errorOf(
    new Request(`http://x/score?classes=${long}`, {
      method: "POST",
      body: form(LABEL, LABEL),
    }),
  );
  assert.equal(s1, 400);
  assert.ok(e1.length < SHORT, `${e1.length} characters`);
  const [s2, e2] = await errorOf(
    new Request("http://x/score?classes=2", {
      method: "POST",
      body: "x",
      headers: { "content-type": `text/${"p".repeat(20_000)}` },
    }),
  );
  assert.equal(s2, 415);
  assert.ok(e2.length < SHORT, `${e2.length} characters`);
  const [s3, e3] = await errorOf(new Request(`http://x/${"r".repeat(20_000)}`));
  assert.equal(s3, 404);
  assert.ok(e3.length < SHORT, `${e3.length} characters`);
  assert.throws(
    () => createScoreHandler({ ["o".repeat(100_000)]: 1 } as never),
    (e: Error & { argument: string }) =>
      e.message.length < SHORT + 200 && e.argument.length < 300,
  );
  assert.throws(
    () => limitsFromEnv((n) => n === "JDT_MAX_PIXELS" ? long : undefined),
    (e: Error) => e.message.length < SHORT,
  );
});
