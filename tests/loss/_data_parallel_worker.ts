/**
 * A data-parallel worker for tests/loss/data_parallel_test.ts: it holds one
 * shard of a batch and answers two requests, `computeStatistics` of its shard
 * and the loss of its shard given the statistics of the whole batch.
 */
import { computeStatistics, jdtLoss } from "../../mod.ts";
import type { HostLossInput, LossOptions, LossStatistics } from "../../mod.ts";

/** A request from the test. */
export interface ShardRequest {
  /** `"statistics"` of the shard, or its `"loss"` given `statistics`. */
  op: "statistics" | "loss";
  input: HostLossInput;
  /** Options of `computeStatistics` (op "statistics") or `jdtLoss`. */
  options: LossOptions;
  statistics?: LossStatistics;
}

/** The answer: the record, or the value and gradient, or the error's name and message. */
export interface ShardAnswer {
  statistics?: LossStatistics;
  value?: number;
  grad?: Float32Array;
  backend?: string;
  error?: string;
}

const scope = self as unknown as {
  onmessage: (e: MessageEvent<ShardRequest>) => void;
  postMessage(m: ShardAnswer): void;
};

scope.onmessage = async (e) => {
  const { op, input, options, statistics } = e.data;
  try {
    if (op === "statistics") {
      const s = await computeStatistics(input, options);
      scope.postMessage({ statistics: s });
    } else {
      const r = await jdtLoss({ ...input, statistics }, options);
      scope.postMessage({ value: r.value, grad: r.grad, backend: r.backend });
    }
  } catch (err) {
    scope.postMessage({
      error: `${(err as Error).name}: ${(err as Error).message}`,
    });
  }
};
