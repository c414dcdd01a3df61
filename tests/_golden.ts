/** Loads the float64 reference vectors of tests/data/golden and checks results against them. */
import type {
  HardLabels,
  HostLossInput,
  LossOptions,
} from "../src/core/types.ts";

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

/** All loss cases. */
export function loadLossCases(): GoldenLossCase[] {
  return JSON.parse(Deno.readTextFileSync(new URL("jdt_loss.json", GOLDEN_DIR)))
    .cases;
}

/** The library input of a golden case; hard labels as `labelType`. */
export function caseInput(
  c: GoldenLossCase,
  labelType: "u8" | "u16" | "i32" = "i32",
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

/** Throws unless every gradient entry is within 1e-7 + 1e-3·max|want|. */
export function assertGradClose(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  what: string,
): void {
  if (got.length !== want.length) {
    throw new Error(`${what}: gradient length ${got.length} != ${want.length}`);
  }
  let maxAbs = 0;
  for (let i = 0; i < want.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(want[i]));
  }
  const tol = 1e-7 + 1e-3 * maxAbs;
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= tol)) {
      throw new Error(
        `${what}: grad[${i}] = ${got[i]} differs from ${want[i]} (tol ${tol})`,
      );
    }
  }
}
