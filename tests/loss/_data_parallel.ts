/**
 * The data-parallel setup shared by tests/loss/data_parallel_test.ts and its
 * child process (tests/loss/_data_parallel_child.ts): a seeded batch, its
 * shards, and the run of a batch split across real workers.
 */
import {
  type HostLossInput,
  type LossOptions,
  type LossStatistics,
  mergeStatistics,
} from "../../mod.ts";
import { seeded } from "../../tools/workloads.ts";
import type { ShardAnswer, ShardRequest } from "./_data_parallel_worker.ts";

/** Classes, pixels per image and images of a batch. */
export const C = 3, N = 40, B = 8;

/** A batch of B images: logits and hard labels, or probabilities and soft labels. */
export function batch(seed: number, soft: boolean): HostLossInput {
  const rand = seeded(seed);
  const pred = Float32Array.from({ length: B * C * N }, () => rand() * 6 - 3);
  if (!soft) {
    const labels = Uint8Array.from({ length: B * N }, () => (rand() * C) | 0);
    return { logits: pred, shape: [B, C, N], labels };
  }
  const probs = pred.map((v) => 1 / (1 + Math.exp(-v)));
  const labels = Float32Array.from({ length: B * C * N }, () => rand());
  return { probs, shape: [B, C, N], labels };
}

/** Images [b0, b1) of a batch. */
export function shard(x: HostLossInput, b0: number, b1: number): HostLossInput {
  const per = C * N;
  const pred = (x.logits ?? x.probs)!.slice(b0 * per, b1 * per);
  const soft = x.labels instanceof Float32Array;
  const labels = soft
    ? (x.labels as Float32Array).slice(b0 * per, b1 * per)
    : (x.labels as Uint8Array).slice(b0 * N, b1 * N);
  const out: HostLossInput = { shape: [b1 - b0, C, N], labels };
  return x.logits ? { ...out, logits: pred } : { ...out, probs: pred };
}

/** Sends one request to a worker and waits for its answer. */
function ask(w: Worker, req: ShardRequest): Promise<ShardAnswer> {
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<ShardAnswer>) => resolve(e.data);
    w.postMessage(req);
  });
}

/** Throws the worker's error, if it answered one. */
function ok(a: ShardAnswer): ShardAnswer {
  if (a.error !== undefined) throw new Error(`worker: ${a.error}`);
  return a;
}

/** What a data-parallel run answers: each worker's value and backend, the gradient of the batch. */
export interface ParallelResult {
  values: number[];
  grad: Float32Array;
  backends: string[];
}

/**
 * The value and concatenated gradient of a batch split across `W` workers:
 * statistics on `statsBackend`, summed, then the loss on `lossBackend`. The
 * workers end afterwards unless `keepWorkers` (see
 * tests/loss/_data_parallel_child.ts for why).
 */
export async function dataParallel(
  x: HostLossInput,
  W: number,
  options: LossOptions,
  statsBackend: LossOptions["backend"],
  lossBackend: LossOptions["backend"],
  keepWorkers = false,
): Promise<ParallelResult> {
  const url = new URL("./_data_parallel_worker.ts", import.meta.url);
  const workers = Array.from(
    { length: W },
    () => new Worker(url.href, { type: "module" }),
  );
  try {
    const per = B / W;
    const inputs = workers.map((_, w) => shard(x, w * per, (w + 1) * per));
    const askAll = (op: ShardRequest["op"], backend: LossOptions["backend"]) =>
      Promise.all(workers.map(async (wk, w) =>
        ok(
          await ask(wk, {
            op,
            input: inputs[w],
            options: { ...options, backend },
            statistics: op === "loss" ? summed : undefined,
          }),
        )
      ));
    const records = await askAll("statistics", statsBackend);
    const summed: LossStatistics = records.map((r) => r.statistics!).reduce((
      a,
      b,
    ) => mergeStatistics(a, b));
    const answers = await askAll("loss", lossBackend);
    const grad = new Float32Array(B * C * N);
    answers.forEach((a, w) => grad.set(a.grad!, w * per * C * N));
    return {
      values: answers.map((a) => a.value!),
      grad,
      backends: answers.map((a) => a.backend!),
    };
  } finally {
    if (!keepWorkers) { for (const w of workers) w.terminate(); }
  }
}
