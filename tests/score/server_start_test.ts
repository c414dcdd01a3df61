// The server entry's start-up errors: one clear line, exit code 1, no stack
// trace; and `deno task serve` serving runs from the KV file at JDT_KV_PATH.
import assert from "node:assert/strict";

const ROOT = new URL("../..", import.meta.url).pathname;
const TASK: string =
  JSON.parse(Deno.readTextFileSync(`${ROOT}/deno.json`)).tasks.serve;

async function start(env: Record<string, string>) {
  const [, ...args] = TASK.split(" ");
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    env,
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code, err: new TextDecoder().decode(stderr) };
}

Deno.test("server start-up errors are one line on stderr and exit code 1", async () => {
  const busy = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (busy.addr as Deno.NetAddr).port;
  const dir = await Deno.makeTempDir();
  try {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { PORT: "http" },
        /^score server: PORT must be an integer in \[0, 65535\], got "http"\n$/,
      ],
      [{ PORT: "70000" }, /^score server: PORT must be/],
      [
        { PORT: "0", JDT_MAX_PIXELS: "-5" },
        /^score server: JDT_MAX_PIXELS must be a positive integer, got "-5"\n$/,
      ],
      [
        { PORT: "0", JDT_MIN_BODY_RATE: "1.5" },
        /^score server: JDT_MIN_BODY_RATE must be/,
      ],
      [
        { PORT: "0", JDT_WRITE_TOKEN: "short" },
        /^score server: Cannot create score handler: JDT_WRITE_TOKEN must be null or at least 16 .*got 5 characters\n$/,
      ],
      [
        { PORT: "0", JDT_ALLOWED_ORIGINS: "https://a.example/path" },
        /^score server: Cannot create score handler: JDT_ALLOWED_ORIGINS\[0\] must be/,
      ],
      [
        { PORT: String(port), JDT_KV_PATH: `${dir}/kv` },
        new RegExp(`^score server: port ${port} is busy\\n$`),
      ],
      [
        { PORT: "0", JDT_KV_PATH: `${dir}/no/such/folder/kv` },
        /^score server: cannot open the KV store/,
      ],
    ];
    for (const [env, message] of cases) {
      const r = await start(env);
      assert.equal(r.code, 1, `${JSON.stringify(env)}: ${r.err}`);
      assert.match(r.err, message, JSON.stringify(env));
      assert.equal(r.err.trim().split("\n").length, 1, r.err);
    }
  } finally {
    busy.close();
    await Deno.remove(dir, { recursive: true });
  }
});
