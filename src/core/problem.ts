/**
 * The validated, normalised description of one loss evaluation that every
 * backend consumes, and the layout of the arrays a backend exchanges with the
 * host step.
 *
 * @module
 */

import type { ResolvedLossOptions } from "./options.ts";
import type {
  Activation,
  BackendName,
  HardLabels,
  Layout,
  PerGroupLosses,
} from "./types.ts";

/** Statistics per group `(b, c)`: `[P, Y, D, maxY, maxX, maxXY]`. */
export const STAT_P = 0;
/** Index of `Y = Σ y^p` in a statistics record. */
export const STAT_Y = 1;
/** Index of `D = Σ |x − y|^p` in a statistics record. */
export const STAT_D = 2;
/** Index of `max y` over kept pixels in a statistics record. */
export const STAT_MAX_Y = 3;
/** Index of `max x` over kept pixels in a statistics record. */
export const STAT_MAX_X = 4;
/** Index of `max (x + y)` over kept pixels in a statistics record. */
export const STAT_MAX_XY = 5;
/** Number of float64 values per group in a statistics array. */
export const STAT_K = 6;

/** Number of float64 gradient coefficients per group `(b, c)`. */
export const COEF_K = 3;

/**
 * Inputs that already live on a GPU, and whether the gradient stays there
 * (read only by the `"webgpu"` backend). Where a buffer is given, the matching
 * host array of the problem is an empty placeholder of the right type.
 */
export interface GpuResidency {
  /** Prediction (float32), or null when `Problem.pred` holds it. */
  pred: GPUBuffer | null;
  /** Labels in the format of the `Problem.labels` placeholder, or null. */
  labels: GPUBuffer | null;
  /** Return the gradient as a `GPUBuffer` instead of a Float32Array. */
  gradToGpu: boolean;
  /** The caller's buffer for the GPU gradient (`input.gradBuffer`), or null. */
  gradBuffer?: GPUBuffer | null;
}

/**
 * One loss evaluation, validated. Sizes: `B` images, `C` classes, `N` pixels per
 * image. `pred` holds `B*C*N` values in `layout`; soft `labels` too; hard
 * `labels` and `keepMask` hold `B*N` values.
 */
export interface Problem {
  /** Images in the batch. */
  B: number;
  /** Classes (channels). */
  C: number;
  /** Pixels per image (product of the spatial dims). */
  N: number;
  /** Logits or probabilities. */
  pred: Float32Array;
  /** `"none"` for probabilities. */
  activation: Activation;
  /**
   * The argument that holds `pred`, for error messages (`input.logits` may
   * hold probabilities with `activation: "none"`); absent: from `activation`.
   */
  predArgument?: "input.logits" | "input.probs";
  /** Temperature `T` (`softmax(z / T)`, `sigmoid(z / T)`). */
  temperature: number;
  /** Where the channel axis is. */
  layout: Layout;
  /** Hard or soft labels. */
  labels: HardLabels | Float32Array;
  /** True when `labels` is a Float32Array of soft labels. */
  soft: boolean;
  /** Hard-label value dropped from every sum, or null. */
  ignoreIndex: number | null;
  /** Optional keep mask, nonzero = keep. */
  keepMask: Uint8Array | null;
  /** 1 or 2. */
  norm: 1 | 2;
  /** GPU-resident inputs or output; absent when everything is on the host. */
  gpu?: GpuResidency;
  /**
   * False when the active-class mode never reads `maxX`/`maxXY` (all but
   * `PROB`/`BOTH`): a backend may then leave those statistics 0. Absent = true.
   */
  needMaxX?: boolean;
  /** Where the gradient goes (every element written, 0 on dropped pixels); a new array if absent. */
  gradInto?: Float32Array;
  /**
   * True when `labels` (float32, `soft`) are 0/1 masks (binary, multilabel):
   * hard labels, so the hard-label active-class mode applies. Absent = false.
   */
  masks?: boolean;
  /**
   * The images and classes the host step groups the statistics by, when they
   * differ from `B`, `C`: independent sigmoid channels run as `B*C` one-channel
   * images, whose groups `(b*C + c, 0)` are the groups `(b, c)` in the same
   * order. Absent = `{ B, C }`.
   */
  stepShape?: { B: number; C: number };
  /**
   * The statistics of the whole batch this problem is part of (a record summed
   * over data-parallel workers, `stepGroups` sized, checked): the host step
   * reads them instead of this problem's own, and pass 2 applies their
   * coefficients to this problem's pixels. Absent = the problem's own.
   */
  statistics?: Float64Array;
}

/** How the host step (and its GPU mirror) reads a problem's statistics. */
export interface StepGroups {
  /** Images of the groups. */
  B: number;
  /** Classes of the groups. */
  C: number;
  /**
   * Whether the soft-label active-class mode applies: soft labels that are
   * not 0/1 masks (masks and class ids take the hard-label mode).
   */
  soft: boolean;
}

/**
 * The groups of a problem and its active-class mode as the host step sees
 * them.
 *
 * @param p The problem.
 * @returns `p.stepShape` (or `p.B`, `p.C`) and the label kind.
 */
export function stepGroups(p: Problem): StepGroups {
  const { B, C } = p.stepShape ?? p;
  return { B, C, soft: p.soft && p.masks !== true };
}

/**
 * The host step as a value handed to a backend: what it reads besides the
 * statistics. Built by `hostStepPlan` (host_step.ts); run by `runHostStep`.
 */
export interface HostStepPlan {
  /** Resolved options (the webgpu backend mirrors the host step from them). */
  readonly options: ResolvedLossOptions;
  /** The groups of the statistics and their active-class mode. */
  readonly groups: StepGroups;
  /** Statistics to read instead of pass 1's ({@link Problem.statistics}), or null. */
  readonly statistics: Float64Array | null;
  /** False for pass 1 alone (statistics only): no host step, no gradient. */
  readonly loss: boolean;
}

/**
 * What the host step gives: the loss value, per-group losses and the gradient
 * coefficients. The coefficient array has `B*C*COEF_K` values, group `(b, c)`
 * at `(b*C + c)*COEF_K`. With norm 1 they are `dL/dx` where `x > y`, where
 * `x < y` and where `x = y`; with norm 2, `dL/dx = k0*x + k1*y` (k2 = 0).
 */
export interface HostResult {
  /** The scalar loss. */
  value: number;
  /** Per-group losses and active masks. */
  perGroup: PerGroupLosses;
  /** `B*C*COEF_K` coefficients, or null when no gradient was asked for. */
  coef: Float64Array | null;
}

/** What a backend returns: the statistics, and the gradient when asked for. */
export interface BackendOutput {
  /** `B*C*STAT_K` statistics (of this problem's pixels). */
  stats: Float64Array;
  /** The host step's result; absent for pass 1 alone or invalid data. */
  host?: HostResult;
  /** d loss / d pred in the layout of `pred`, when the host step gave coefficients. */
  grad?: Float32Array;
  /** The gradient left on the GPU, when `Problem.gpu.gradToGpu`. */
  gradBuffer?: GPUBuffer;
  /**
   * True when pass 1 met an invalid value (non-finite logit, probability or
   * soft label outside [0, 1], hard label out of range); the host step was
   * then not run and the caller names the fault with `findInvalidData`.
   */
  invalid?: boolean;
}

/**
 * Why a backend cannot take a problem: the argument at fault and what it
 * expects, to read after "Cannot compute loss: <argument> ".
 */
export interface BackendRefusal {
  /** The argument at fault (`"input.shape"`, `"input.statistics"`, ...). */
  argument: string;
  /** What is wrong, after the argument's name. */
  reason: string;
}

/**
 * A compute backend: pass 1 (statistics, and a check of every data value, also
 * on dropped pixels), the host step, pass 2 (gradient through the activation;
 * 0 on dropped pixels). Backends are chosen by src/choose/backend.ts.
 */
export interface Backend {
  /** Backend name reported in results. */
  readonly name: BackendName;
  /**
   * Whether this backend can take a problem: null, or why not (limits that
   * live with the backend).
   */
  accepts(problem: Problem): BackendRefusal | null;
  /** Runs pass 1, the host step of `step` and (when it asks) pass 2. */
  run(problem: Problem, step: HostStepPlan): Promise<BackendOutput>;
}

/** A backend that can also run synchronously (js, wasm). */
export interface SyncBackend extends Backend {
  /** As `run`, synchronously; throws a typed error on invalid data. */
  runSync(problem: Problem, step: HostStepPlan): BackendOutput;
}

/**
 * A {@link SyncBackend} from its synchronous run: `run` is `runSync` made a
 * promise (a thrown error becomes a rejection).
 *
 * @param name Backend name.
 * @param accepts Whether it takes a problem (null, or why not).
 * @param runSync Both passes, synchronously.
 * @returns The backend.
 */
export function syncBackend(
  name: BackendName,
  accepts: (problem: Problem) => BackendRefusal | null,
  runSync: (problem: Problem, step: HostStepPlan) => BackendOutput,
): SyncBackend {
  return {
    name,
    accepts,
    run(problem, step) {
      try {
        return Promise.resolve(runSync(problem, step));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    runSync,
  };
}
