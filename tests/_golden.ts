/**
 * Loads the float64 reference vectors of tests/data/golden and checks results
 * against them; {@link runGoldenCases} runs every loss case on one backend.
 */
import assert from "node:assert/strict";
import { createLoss, jdtLoss } from "../mod.ts";
import type {
  HardLabels,
  HostLossInput,
  LossInput,
  LossOptions,
} from "../src/core/types.ts";
import { toChannelsLast } from "./_layout.ts";

/** One case of jdt_loss.json. */
export interface GoldenLossCase {
  name: string;
  family: string;
  options: Record<string, unknown>;
  shape: number[];
  logits: number[];
  labelKind: "hard" | "soft";
  label: number[];
  keepMask?: number[];
  loss: number;
  gradLogits: number[];
  nonDifferentiable?: boolean;
  referenceArtifacts?: Record<string, string[]>;
  notes?: string;
}

/** Folder of the golden vectors (reference data, see its README). */
export const GOLDEN_DIR: URL = new URL("data/golden/", import.meta.url);

/** One case of metrics.json. */
export interface GoldenMetricCase {
  name: string;
  options: {
    numClasses: number;
    ignoreIndex: number;
    q: number;
    binary: boolean;
    numBins: number;
  };
  shape: number[];
  prob: number[];
  label: number[];
  expected: Record<string, Record<string, number | null> | null>;
  referenceArtifacts?: Record<string, string[]>;
}

/** All metrics cases. */
export function loadMetricCases(): GoldenMetricCase[] {
  return JSON.parse(Deno.readTextFileSync(new URL("metrics.json", GOLDEN_DIR)))
    .cases;
}

/** All loss cases. */
export function loadLossCases(): GoldenLossCase[] {
  return JSON.parse(Deno.readTextFileSync(new URL("jdt_loss.json", GOLDEN_DIR)))
    .cases;
}

/** A type of hard labels. */
export type LabelType = "u8" | "u16" | "i32";

/** The library input of a golden case; hard labels as `labelType`. */
export function caseInput(
  c: GoldenLossCase,
  labelType: LabelType = "i32",
): HostLossInput {
  const labels: HardLabels | Float32Array = c.labelKind === "soft"
    ? Float32Array.from(c.label)
    : labelType === "u8"
    ? Uint8Array.from(c.label)
    : labelType === "u16"
    ? Uint16Array.from(c.label)
    : Int32Array.from(c.label);
  const input: HostLossInput = {
    logits: Float32Array.from(c.logits),
    shape: c.shape,
    labels,
  };
  if (c.keepMask) input.keepMask = Uint8Array.from(c.keepMask);
  return input;
}

/** The library options of a golden case (the reference's names are the library's). */
export function caseOptions(c: GoldenLossCase): LossOptions {
  return { ...c.options } as LossOptions;
}

/** Throws unless `got` is within the float32 tolerance of the golden README. */
export function assertLossClose(got: number, want: number, what: string): void {
  if (!(Math.abs(got - want) <= 1e-6 + 1e-5 * Math.abs(want))) {
    throw new Error(`${what}: loss ${got} differs from ${want}`);
  }
}

/**
 * Throws unless every gradient entry is within 1e-7 + 1e-3·max|want| (plus
 * `floor`, for a bound the caller derives from the problem).
 */
export function assertGradClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  what: string,
  floor = 0,
): void {
  if (got.length !== want.length) {
    throw new Error(`${what}: gradient length ${got.length} != ${want.length}`);
  }
  let maxAbs = 0;
  for (let i = 0; i < want.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(want[i]));
  }
  const tol = 1e-7 + 1e-3 * maxAbs + floor;
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= tol)) {
      throw new Error(
        `${what}: grad[${i}] = ${got[i]} differs from ${want[i]} (tol ${tol})`,
      );
    }
  }
}

/**
 * The expectation of a golden case: its vectors, or the js oracle where the
 * case records a reference quirk the library does not copy (the mask
 * precedence of docs/spec.md §1).
 */
export async function goldenExpectation(
  c: GoldenLossCase,
  input: LossInput,
): Promise<{ loss: number; grad: ArrayLike<number> }> {
  if (c.referenceArtifacts) {
    const r = await jdtLoss(input, { ...caseOptions(c), backend: "js" });
    return { loss: r.value, grad: r.grad! };
  }
  return { loss: c.loss, grad: c.gradLogits };
}

/** How one backend runs the golden loss cases. */
export interface GoldenRun {
  /** The backend under test. */
  backend: "js" | "wasm" | "webgpu";
  /** Runs `f` once per configuration (a wasm build, a GPU device); default once. */
  configs?: (
    f: (tag: string, extra: LossOptions) => Promise<void>,
  ) => Promise<void>;
  /** The hard-label types case `c` (index `i`) runs with; none skips it. Default `["i32"]`. */
  labelTypes?: (c: GoldenLossCase, i: number) => LabelType[];
  /** Whether each case runs channels-first; default true. */
  channelsFirst?: boolean;
  /** Which cases also run channels-last; default none. */
  channelsLast?: (c: GoldenLossCase, i: number) => boolean;
  /** Channels-last through a reusable `createLoss()` instead of `jdtLoss()`. */
  channelsLastReused?: boolean;
}

/** What a golden run checked: cases channels-first, of them with a reference quirk, and channels-last. */
export interface GoldenCounts {
  /** (case, label type, configuration) runs checked channels-first. */
  checked: number;
  /** Of them, cases checked against the js oracle. */
  artifacts: number;
  /** Runs checked channels-last. */
  channelsLast: number;
}

/** Asserts a result's value and (where the case is differentiable) gradient. */
function assertResult(
  c: GoldenLossCase,
  got: { value: number; grad?: ArrayLike<number> },
  want: { loss: number; grad: ArrayLike<number> },
  what: string,
): void {
  assertLossClose(got.value, want.loss, what);
  if (!c.nonDifferentiable) assertGradClose(got.grad!, want.grad, what);
}

/** Checks case `c` channels-last: inputs, expected gradient and shape with the class axis moved last. */
async function checkChannelsLast(
  c: GoldenLossCase,
  input: LossInput,
  want: { loss: number; grad: ArrayLike<number> },
  options: LossOptions,
  reused: boolean,
): Promise<void> {
  const [B, C] = c.shape;
  const N = c.logits.length / (B * C);
  const last: LossInput = {
    ...input,
    logits: toChannelsLast(c.logits, B, C, N),
    shape: [B, ...c.shape.slice(2), C],
  };
  if (input.labels instanceof Float32Array) {
    last.labels = toChannelsLast(c.label, B, C, N);
  }
  const opts: LossOptions = { ...options, layout: "channels-last" };
  let r;
  if (reused) {
    const loss = createLoss(opts);
    r = await loss.compute(last);
    loss.dispose();
  } else {
    r = await jdtLoss(last, opts);
  }
  assert.equal(r.backend, options.backend);
  const grad = toChannelsLast(want.grad, B, C, N);
  assertResult(c, r, { loss: want.loss, grad }, `${c.name} channels-last`);
}

/**
 * Runs every golden loss case on `run.backend`, in each configuration and
 * label type `run` asks for, and checks value and gradient against the
 * vectors (or the js oracle, see {@link goldenExpectation}).
 */
export async function runGoldenCases(run: GoldenRun): Promise<GoldenCounts> {
  const counts = { checked: 0, artifacts: 0, channelsLast: 0 };
  const cases = loadLossCases();
  const configs = run.configs ?? ((f) => f(run.backend, {}));
  await configs(async (tag, extra) => {
    for (const [i, c] of cases.entries()) {
      for (const t of run.labelTypes?.(c, i) ?? ["i32" as const]) {
        const input = caseInput(c, t);
        const want = await goldenExpectation(c, input);
        const options = { ...caseOptions(c), ...extra, backend: run.backend };
        if (run.channelsFirst ?? true) {
          const r = await jdtLoss(input, options);
          assert.equal(r.backend, run.backend);
          assertResult(c, r, want, `${c.name} (${t}, ${tag})`);
          counts.checked++;
          if (c.referenceArtifacts) counts.artifacts++;
        }
        if (run.channelsLast?.(c, i)) {
          await checkChannelsLast(
            c,
            input,
            want,
            options,
            !!run.channelsLastReused,
          );
          counts.channelsLast++;
        }
      }
    }
  });
  return counts;
}
