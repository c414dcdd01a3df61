/**
 * Hostile files and raw HTTP clients for the scoring tests: a PNG
 * decompression bomb built bit by bit, `.npy` files with hand-written
 * headers, a TCP client that sends a request head and trickles its body, and
 * an in-process run of the scoring CLI in a temporary folder.
 */
import assert from "node:assert/strict";
import { encode } from "npm:fast-png@8.0.0";
import { main } from "../src/score/cli.ts";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Concatenates byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A zlib stream that inflates to `bytes` zero bytes (one fixed-Huffman block:
 * a literal 0, then matches of 258 at distance 1), about 13 bits per 258 bytes.
 */
export function zeroBombZlib(bytes: number): Uint8Array {
  const out: number[] = [0x78, 0x01];
  let acc = 0, nbits = 0;
  const put = (v: number, n: number) => { // LSB-first bits
    acc |= v << nbits;
    nbits += n;
    while (nbits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      nbits -= 8;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (v: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) put((v >> i) & 1, 1);
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = 01, fixed Huffman
  code(0x30, 8); // literal 0
  for (let done = 1; done + 258 <= bytes; done += 258) {
    code(0b11000101, 8); // length code 285 = 258
    code(0, 5); // distance code 0 = 1
  }
  code(0, 7); // end of block
  if (nbits) put(0, 8 - nbits);
  out.push(0, 0, 0, 0); // adler32 (not checked before the size is)
  return new Uint8Array(out);
}

/** A 1×1 8-bit grayscale PNG whose image data inflates to `bytes` bytes. */
export function pngBomb(bytes: number): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zeroBombZlib(bytes)),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** An 8-bit grayscale PNG. */
export function png8(data: Uint8Array, w: number, h: number): Uint8Array {
  return encode({ width: w, height: h, data, depth: 8, channels: 1 });
}

/** A `.npy` file (version 1.0) with the given header text and data bytes. */
export function npyWithHeader(header: string, data: Uint8Array): Uint8Array {
  let h = header;
  h += " ".repeat((64 - ((10 + h.length + 1) % 64)) % 64) + "\n";
  const out = new Uint8Array(10 + h.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, h.length, true);
  out.set(new TextEncoder().encode(h), 10);
  out.set(data, 10 + h.length);
  return out;
}

/** A multipart body of the fields `pred` and `label`. */
export function form(pred: Uint8Array, label: Uint8Array): FormData {
  const f = new FormData();
  f.append("pred", new Blob([pred as Uint8Array<ArrayBuffer>]), "pred");
  f.append("label", new Blob([label as Uint8Array<ArrayBuffer>]), "label");
  return f;
}

/** The JSON answer of a batch post (error answers have `error` instead). */
export interface BatchAnswer {
  added: boolean;
  seq: number;
  batch: string;
  error?: string;
}

/**
 * Posts the pair `p` as batch `p.id` of `run` at `base`, retrying while the
 * service answers 503 (busy), as clients should.
 */
export async function postBatch(
  base: string,
  run: string,
  p: { id: string; pred: Uint8Array; label: Uint8Array },
  query: string,
): Promise<{ status: number; body: BatchAnswer }> {
  for (let attempt = 0;; attempt++) {
    const r = await fetch(`${base}/runs/${run}/batches/${p.id}?${query}`, {
      method: "POST",
      body: form(p.pred, p.label),
    });
    const body = await r.json();
    if (r.status === 503 && attempt < 50) {
      await new Promise((res) => setTimeout(res, 20 * (1 + attempt)));
      continue;
    }
    return { status: r.status, body };
  }
}

/**
 * Posts every pair to all `bases` at once (a client retry landing on another
 * instance), 8 pairs in flight; checks that each batch was added exactly once
 * and given one position, and returns the pairs in the order of the run.
 */
export async function postEverywhere<P extends Parameters<typeof postBatch>[2]>(
  bases: string[],
  run: string,
  pairs: P[],
  query: string,
): Promise<P[]> {
  const results: BatchAnswer[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < pairs.length) {
      const p = pairs[next++];
      const rs = await Promise.all(
        bases.map((b) => postBatch(b, run, p, query)),
      );
      for (const r of rs) {
        assert.equal(r.status, 200, JSON.stringify(r.body));
        results.push(r.body);
      }
    }
  }));
  assert.equal(results.filter((r) => r.added).length, pairs.length);
  const seq = new Map<string, number>();
  for (const r of results) {
    if (seq.has(r.batch)) assert.equal(seq.get(r.batch), r.seq, r.batch);
    seq.set(r.batch, r.seq);
  }
  assert.deepEqual([...seq.values()].sort((x, y) => x - y), [
    ...Array(pairs.length).keys(),
  ]);
  const order: P[] = [];
  for (const p of pairs) order[seq.get(p.id)!] = p;
  return order;
}

/** A raw HTTP/1.1 client on one connection. */
export class RawClient {
  readonly conn: Deno.TcpConn;
  constructor(conn: Deno.TcpConn) {
    this.conn = conn;
  }
  /** Connects and sends a request head. */
  static async open(port: number, head: string): Promise<RawClient> {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port });
    await conn.write(new TextEncoder().encode(head));
    return new RawClient(conn);
  }
  /** Writes body bytes; false once the server has closed. */
  async send(bytes: Uint8Array): Promise<boolean> {
    try {
      await this.conn.write(bytes);
      return true;
    } catch {
      return false;
    }
  }
  /** The status of the response, or 0 when the connection closed first. */
  async status(): Promise<number> {
    const buf = new Uint8Array(4096);
    let text = "";
    while (!text.includes("\r\n")) {
      let n: number | null;
      try {
        n = await this.conn.read(buf);
      } catch {
        n = null;
      }
      if (n === null) return 0;
      text += new TextDecoder().decode(buf.subarray(0, n));
    }
    return Number(text.split(" ")[1]);
  }
  /** Closes the connection. */
  close(): void {
    try {
      this.conn.close();
    } catch { /* already closed */ }
  }
}

/** A request head for `POST path` declaring a multipart body of `length`. */
export function postHead(path: string, length: number): string {
  return `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n` +
    `content-type: multipart/form-data; boundary=zz\r\n` +
    `content-length: ${length}\r\n\r\n`;
}

/** Runs `f` in a fresh temporary folder, removed afterwards. */
export async function withTempDir(
  f: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await f(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Runs the scoring CLI in-process; returns its exit code and output. */
export async function runCli(args: string[], cwd?: string) {
  let out = "", err = "";
  const code = await main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    tty: false,
    cwd,
  });
  return { code, out, err };
}

/** What a scoring CLI run reads and writes; each field given becomes its option. */
export interface CliRun {
  /** The prediction folder (`--pred`). */
  pred: string;
  /** The label folder (`--label`). */
  label: string;
  /** The class count (`--classes`), a string to pass a bad value. */
  classes?: number | string;
  /** The ignore value (`--ignore`). */
  ignore?: number;
  /** The JSON report's path (`--json`). */
  json?: string;
  /** The error maps' folder (`--maps`). */
  maps?: string;
}

/**
 * The scoring CLI's argument list: `--pred`, `--label`, then `--classes`,
 * `--ignore`, `--json` and `--maps` where given, then `extra` as it is.
 */
export function cliArgs(run: CliRun, ...extra: string[]): string[] {
  const args = ["--pred", run.pred, "--label", run.label];
  for (const key of ["classes", "ignore", "json", "maps"] as const) {
    if (run[key] !== undefined) args.push(`--${key}`, String(run[key]));
  }
  return [...args, ...extra];
}

/** {@link cliArgs} for the folders `dir/pred` and `dir/label`. */
export function cliArgsIn(
  dir: string,
  more: Omit<CliRun, "pred" | "label"> = {},
  ...extra: string[]
): string[] {
  return cliArgs(
    { pred: `${dir}/pred`, label: `${dir}/label`, ...more },
    ...extra,
  );
}

/** Serves `handler` on 127.0.0.1 at a free port, runs `fn` with the port, shuts the server down. */
export async function withScoreServer(
  handler: (request: Request) => Response | Promise<Response>,
  fn: (port: number) => Promise<void>,
): Promise<void> {
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    handler,
  );
  try {
    await fn(server.addr.port);
  } finally {
    await server.shutdown();
  }
}
