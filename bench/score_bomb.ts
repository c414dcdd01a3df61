/**
 * Measures the scoring server under a PNG decompression bomb: resident
 * memory of the server process before and after, the answer, and the time
 * of `GET /health` requests sent while the bomb is handled, against a plain
 * request of the same run as the baseline.
 *
 *     deno run -A bench/score_bomb.ts [--root DIR] [--mib 1024]
 *
 * `--root` points to a checkout whose `src/score/server.ts` is measured
 * (default: this one); `--mib` is the inflated size of the 1×1 label's data.
 * Linux only (reads /proc/PID/status).
 */
import { parseArgs } from "node:util";
import { form, png8, pngBomb } from "../tests/_score_files.ts";

const args = parseArgs({
  args: Deno.args,
  options: { root: { type: "string" }, mib: { type: "string" } },
}).values;
const root = args.root ?? new URL("..", import.meta.url).pathname;
const mib = Number(args.mib ?? 1024);

function rssMiB(pid: number): number {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const probe = Deno.listen({ hostname: "127.0.0.1", port: 0 });
const port = (probe.addr as Deno.NetAddr).port;
probe.close();
const child = new Deno.Command(Deno.execPath(), {
  args: ["run", "-A", "src/score/server.ts"],
  cwd: root,
  env: { PORT: String(port) },
  stdout: "null",
  stderr: "null",
}).spawn();
const base = `http://127.0.0.1:${port}`;
async function health(): Promise<number> {
  const t = performance.now();
  const r = await fetch(`${base}/health`);
  await r.body?.cancel();
  return performance.now() - t;
}
try {
  for (let i = 0; i < 100; i++) {
    try {
      await health();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pred = png8(new Uint8Array([0]), 1, 1);
  const plain = await fetch(`${base}/score?classes=2`, {
    method: "POST",
    body: form(pred, pred),
  });
  await plain.body?.cancel();
  const baseline = await health();
  const bomb = pngBomb(mib * 1024 * 1024);
  const before = rssMiB(child.pid);
  const t = performance.now();
  const answer = fetch(`${base}/score?classes=2`, {
    method: "POST",
    body: form(pred, bomb),
  }).then(async (r) => ({ status: r.status, body: await r.text() }));
  const times: number[] = [];
  let done = false;
  answer.then(() => done = true);
  while (!done) {
    times.push(await health());
    await new Promise((r) => setTimeout(r, 20));
  }
  const res = await answer;
  const ms = performance.now() - t;
  const after = rssMiB(child.pid);
  console.log(`checkout: ${root}`);
  console.log(
    `bomb: 1×1 PNG, ${
      (bomb.length / 1e6).toFixed(2)
    } MB upload, inflates to ${mib} MiB`,
  );
  console.log(
    `answer: ${res.status} ${res.body.slice(0, 120)} in ${ms.toFixed(0)} ms`,
  );
  console.log(
    `server RSS: ${before.toFixed(0)} MiB before, ${
      after.toFixed(0)
    } MiB after`,
  );
  console.log(
    `GET /health during the bomb: ${times.length} requests, max ${
      Math.max(...times).toFixed(1)
    } ms (idle baseline ${baseline.toFixed(1)} ms)`,
  );
} finally {
  child.kill("SIGTERM");
  await child.status;
}
