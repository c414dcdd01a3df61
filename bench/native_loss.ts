/**
 * The native baseline of the whole loss (bench/native_loss.c): its builds for
 * this CPU (AVX-512 and AVX2 where /proc/cpuinfo lists them, and a 128-bit
 * build, wasm's width), compiled with gcc on first use into a temporary
 * folder; a server process per workload and build that reads the workload's
 * arrays from files written here and answers `time` and `dump` commands; and
 * the check of its value and gradient against jdt's js backend (the float64
 * reference), which throws on a mismatch.
 *
 * Run alone, it checks every build on W1, W2 and W3 and that each refuses the
 * invalid inputs jdt refuses: `deno run -A bench/native_loss.ts [--scale S]`
 * (S divides the sides of the images; default 1, the full workloads).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { jdtLoss } from "../mod.ts";
import { w1, w2, w3, type Workload } from "../tools/workloads.ts";

const SOURCE = new URL("./native_loss.c", import.meta.url);

/** A build of the native baseline: its name, vector width and gcc flags. */
export interface NativeBuild {
  /** "avx512", "avx2" or "128-bit". */
  name: string;
  /** Bytes per vector (VEC_BYTES of native_loss.c). */
  vecBytes: 64 | 32 | 16;
  /** Target flags for gcc. */
  flags: string[];
}

/** Tolerances of the check against the js backend. */
export const TOLERANCE = {
  /** |value − reference| / |reference|. */
  value: 1e-8,
  /** max_i |g_i − reference_i| / max_i |reference_i|. */
  grad: 1e-6,
  /** Share of pixels at most left out of the gradient check (kinks x = y). */
  kinks: 1e-4,
} as const;

/**
 * The builds this CPU runs, widest first (the first is the yardstick of
 * bench/compare.ts). On x86 the 128-bit build has no AVX (SSE up to 4.2, no
 * FMA), a conservative stand-in for wasm's 128-bit SIMD.
 */
export async function nativeBuilds(): Promise<NativeBuild[]> {
  const x86 = Deno.build.arch === "x86_64";
  const info = x86 ? await Deno.readTextFile("/proc/cpuinfo") : "";
  const flags = new Set(
    info.match(/^flags\s*:(.*)$/m)?.[1].trim().split(/\s+/),
  );
  const builds: NativeBuild[] = [];
  if (flags.has("avx512f")) {
    builds.push({ name: "avx512", vecBytes: 64, flags: ["-march=native"] });
  }
  if (flags.has("avx2") && flags.has("fma")) {
    const flags = ["-march=native", "-mno-avx512f"];
    builds.push({ name: "avx2", vecBytes: 32, flags });
  }
  const narrow = x86 ? ["-march=native", "-mno-avx"] : ["-march=native"];
  builds.push({ name: "128-bit", vecBytes: 16, flags: narrow });
  return builds;
}

const binaries = new Map<string, Promise<string>>();

/** Compiles a build (once per process); returns the executable's path. */
function compile(build: NativeBuild): Promise<string> {
  let made = binaries.get(build.name);
  if (made === undefined) {
    made = (async () => {
      const dir = await Deno.makeTempDir({ prefix: "jdt_native_" });
      const out = `${dir}/native_loss`;
      const args = ["-O3", ...build.flags, "-fopenmp"];
      args.push(`-DVEC_BYTES=${build.vecBytes}`, SOURCE.pathname, "-o", out);
      const r = await new Deno.Command("gcc", { args, stderr: "piped" })
        .output();
      if (r.code !== 0) {
        const err = new TextDecoder().decode(r.stderr);
        throw new Error(`gcc (${build.name}) failed: ${err}`);
      }
      return out;
    })();
    binaries.set(build.name, made);
  }
  return made;
}

/** The command-line arguments of native_loss.c for a workload, files written. */
async function writeInputs(w: Workload, dir: string): Promise<string[]> {
  const [B, C, ...spatial] = w.input.shape;
  const N = spatial.reduce((a, b) => a * b, 1);
  const pred = (w.input.logits ?? w.input.probs) as Float32Array;
  const labels = w.input.labels as Float32Array | Uint8Array;
  const soft = labels instanceof Float32Array;
  const bytes = (a: Float32Array | Uint8Array) =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  await Deno.writeFile(`${dir}/pred`, bytes(pred));
  await Deno.writeFile(`${dir}/labels`, bytes(labels));
  return [
    ...[B, C, N].map(String),
    w.input.logits ? "logits" : "probs",
    `${dir}/pred`,
    soft ? "soft" : "hard",
    `${dir}/labels`,
    String(w.options.ignoreIndex ?? -1),
    w.options.grad === false ? "0" : "1",
  ];
}

/** Reads lines from a byte stream. */
class Lines {
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = "";
  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  }
  /** The next line, or null at the end of the stream. */
  async next(): Promise<string | null> {
    while (!this.#buffer.includes("\n")) {
      const { value, done } = await this.#reader.read();
      if (done) return null;
      this.#buffer += value;
    }
    const i = this.#buffer.indexOf("\n");
    const line = this.#buffer.slice(0, i);
    this.#buffer = this.#buffer.slice(i + 1);
    return line;
  }
  /** Stops reading. */
  cancel(): Promise<void> {
    return this.#reader.cancel();
  }
}

/** One call of the baseline (gradient and probabilities empty without a gradient). */
export interface NativeResult {
  /** The loss. */
  value: number;
  /** The gradient. */
  grad: Float32Array;
  /** The probabilities pass 2 read (float32, to locate the kinks x = y). */
  x: Float32Array;
}

/** A running native_loss.c process holding one workload. */
export class NativeLoss {
  #child: Deno.ChildProcess;
  #lines: Lines;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  /** The js backend's value once checked: every later answer must agree. */
  #expected: number | null = null;
  /** The build it runs. */
  readonly build: NativeBuild;

  private constructor(child: Deno.ChildProcess, build: NativeBuild) {
    this.#child = child;
    this.build = build;
    this.#lines = new Lines(child.stdout);
    this.#writer = child.stdin.getWriter();
  }

  /**
   * Starts a build on a workload whose inputs `args` names (see
   * {@link NativeInputs}). Its idle OpenMP threads spin briefly
   * (GOMP_SPINCOUNT) so that they leave the cores to what runs next.
   */
  static async start(build: NativeBuild, args: string[]): Promise<NativeLoss> {
    const child = new Deno.Command(await compile(build), {
      args,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
      env: { GOMP_SPINCOUNT: "10000" },
    }).spawn();
    return new NativeLoss(child, build);
  }

  async #ask(command: string): Promise<{ ms?: number[]; value: number }> {
    await this.#writer.write(new TextEncoder().encode(command + "\n"));
    const line = await this.#lines.next();
    const answer = line === null ? { error: "no answer" } : JSON.parse(line);
    if (answer.error !== undefined) {
      throw new Error(`native_loss (${this.build.name}): ${answer.error}`);
    }
    const e = this.#expected;
    if (
      e !== null &&
      !(Math.abs(answer.value - e) <= TOLERANCE.value * Math.abs(e))
    ) {
      throw new Error(
        `native_loss (${this.build.name}) computed ${answer.value}, js ${e}`,
      );
    }
    return answer;
  }

  /** Milliseconds of `reps` back-to-back calls on `threads` threads. */
  async time(reps: number, threads = 2): Promise<number[]> {
    return (await this.#ask(`time ${reps} ${threads}`)).ms!;
  }

  /** One call: the value, the gradient and the probabilities it used. */
  async compute(): Promise<NativeResult> {
    const dir = await Deno.makeTempDir({ prefix: "jdt_native_grad_" });
    const floats = async (path: string) => {
      const bytes = await Deno.readFile(path);
      return new Float32Array(bytes.buffer, 0, bytes.length / 4);
    };
    try {
      const { value } = await this.#ask(`dump ${dir}/grad`);
      const grad = await floats(`${dir}/grad`);
      return { value, grad, x: await floats(`${dir}/grad.x`) };
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }

  /** Marks the value as checked: later answers must agree with it. */
  expect(value: number): void {
    this.#expected = value;
  }

  /** Ends the process; returns its exit code. */
  async close(): Promise<number> {
    try {
      await this.#writer.close();
    } catch {
      // The process has exited already (after refusing its input).
    }
    const { code } = await this.#child.status;
    await this.#lines.cancel();
    return code;
  }
}

/** The input files of one workload, and the servers started on them. */
export class NativeInputs {
  /** The command-line arguments naming the files. */
  readonly args: string[];
  readonly #dir: string;
  readonly #servers: NativeLoss[] = [];

  private constructor(dir: string, args: string[]) {
    this.#dir = dir;
    this.args = args;
  }

  /** Writes a workload's arrays into a temporary folder. */
  static async write(w: Workload): Promise<NativeInputs> {
    const dir = await Deno.makeTempDir({ prefix: "jdt_native_in_" });
    return new NativeInputs(dir, await writeInputs(w, dir));
  }

  /** Starts a build on these inputs (closed by {@link close}). */
  async start(build: NativeBuild): Promise<NativeLoss> {
    const s = await NativeLoss.start(build, this.args);
    this.#servers.push(s);
    return s;
  }

  /** Ends the servers and removes the files. */
  async close(): Promise<void> {
    for (const s of this.#servers) await s.close();
    await Deno.remove(this.#dir, { recursive: true });
  }
}

/**
 * Whether each pixel of a workload holds a kink of the norm-1 loss (docs/spec.md
 * §4: x = y exactly in some class, x the baseline's float32 probability); there
 * the two backends may take different subgradients of the whole pixel.
 */
function kinkPixels(w: Workload, x: Float32Array): Uint8Array {
  const [B, C, ...spatial] = w.input.shape;
  const N = spatial.reduce((a, b) => a * b, 1);
  const labels = w.input.labels;
  const soft = labels instanceof Float32Array;
  const kink = new Uint8Array(B * N);
  for (let b = 0; b < B; b++) {
    for (let c = 0; c < C; c++) {
      for (let n = 0; n < N; n++) {
        const i = (b * C + c) * N + n;
        const y = soft ? labels[i] : labels[b * N + n] === c ? 1 : 0;
        if (x[i] === y) kink[b * N + n] = 1;
      }
    }
  }
  return kink;
}

/**
 * Largest |got_i − want_i| over max |want_i|, pixels at a kink left out (0
 * for two empty arrays); and how many pixels were left out.
 */
function gradError(
  w: Workload,
  got: NativeResult,
  want: Float32Array,
): { error: number; kinks: number } {
  if (got.grad.length !== want.length || got.x.length !== want.length) {
    throw new Error(`gradient length ${got.grad.length}, want ${want.length}`);
  }
  if (want.length === 0) return { error: 0, kinks: 0 };
  const kink = kinkPixels(w, got.x);
  const [B, C] = w.input.shape, N = want.length / (B * C);
  let diff = 0, scale = 0, kinks = 0;
  for (let i = 0; i < want.length; i++) {
    scale = Math.max(scale, Math.abs(want[i]));
    const pixel = Math.floor(i / (C * N)) * N + i % N;
    if (!kink[pixel]) diff = Math.max(diff, Math.abs(got.grad[i] - want[i]));
  }
  for (const k of kink) kinks += k;
  return { error: scale > 0 ? diff / scale : diff, kinks };
}

/** jdt's js backend (float64) on a workload: the reference value and gradient. */
export async function jsReference(
  w: Workload,
): Promise<{ value: number; grad: Float32Array }> {
  const r = await jdtLoss(w.input, { ...w.options, backend: "js" });
  return { value: r.value, grad: r.grad ?? new Float32Array(0) };
}

/**
 * Checks a server against the js reference of its workload and marks the
 * value as expected; throws when the value or the gradient is off by more
 * than {@link TOLERANCE}.
 *
 * @returns A one-line summary of the errors.
 */
export async function checkNative(
  server: NativeLoss,
  w: Workload,
  ref: { value: number; grad: Float32Array },
): Promise<string> {
  const got = await server.compute();
  const dv = Math.abs(got.value - ref.value) / Math.abs(ref.value);
  const dg = gradError(w, got, ref.grad);
  const summary = `${w.name} ${server.build.name}: value ${got.value} ` +
    `(js ${ref.value}, rel. error ${dv.toExponential(1)}), gradient error ` +
    `${dg.error.toExponential(1)} of max |g| (${dg.kinks} pixels at a kink ` +
    `x = y left out)`;
  const pixels = w.elements / w.input.shape[1];
  const ok = dv <= TOLERANCE.value && dg.error <= TOLERANCE.grad &&
    dg.kinks <= TOLERANCE.kinks * pixels;
  if (!ok) throw new Error(`native baseline MISMATCH: ${summary}`);
  server.expect(ref.value);
  return summary;
}

/** Small workloads with one invalid value each: jdt and the baseline must refuse them. */
function invalidInputs(): [string, Workload][] {
  const cases: [string, Workload, (w: Workload) => void][] = [
    ["NaN logit", w1(16), (w) => w.input.logits![5] = NaN],
    ["infinite logit", w1(16), (w) => w.input.logits![700] = -Infinity],
    ["class id = C", w1(16), (w) => (w.input.labels as Uint8Array)[3] = 19],
    [
      "soft label 1.5",
      w2(16),
      (w) => (w.input.labels as Float32Array)[9] = 1.5,
    ],
    [
      "soft label NaN",
      w2(16),
      (w) => (w.input.labels as Float32Array)[1] = NaN,
    ],
    ["probability < 0", w3(16), (w) => w.input.probs![42] = -0.25],
  ];
  return cases.map(([name, w, spoil]) => {
    spoil(w);
    return [name, w];
  });
}

/** Throws unless both jdt's js backend and the build refuse every invalid input. */
export async function checkRefusals(build: NativeBuild): Promise<string> {
  for (const [name, w] of invalidInputs()) {
    const jdtRefuses = await jsReference(w).then(() => false, () => true);
    const inputs = await NativeInputs.write(w);
    const server = await inputs.start(build);
    const refuses = await server.time(1).then(() => false, () => true);
    await inputs.close();
    if (!jdtRefuses || !refuses) {
      throw new Error(
        `native baseline (${build.name}) on ${name}: jdt refuses ${jdtRefuses}, native refuses ${refuses}`,
      );
    }
  }
  return `${build.name}: refuses the ${invalidInputs().length} invalid inputs jdt refuses`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: { scale: { type: "string", default: "1" } },
  });
  const scale = Number(values.scale);
  const builds = await nativeBuilds();
  for (const b of builds) console.log(await checkRefusals(b));
  for (const make of [w1, w2, w3]) {
    const w = make(scale);
    const ref = await jsReference(w);
    const inputs = await NativeInputs.write(w);
    try {
      for (const b of builds) {
        console.log(await checkNative(await inputs.start(b), w, ref));
      }
    } finally {
      await inputs.close();
    }
  }
}
