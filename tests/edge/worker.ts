/**
 * The worker the edge checks bundle: the scoring handler (runs in the
 * Durable Object namespace `RUNS` when bound) and `/edge/loss`, which
 * computes the loss of a JSON input on the backend asked for.
 */
import {
  jdtLoss,
  jdtLossSync,
  type LossInput,
  useWasmModule,
  wasmUnavailableReason,
} from "../../mod.ts";
import {
  createScoreHandler,
  durableObjectRuns,
  type DurableRunsNamespace,
  type ScoreHandler,
} from "../../src/score/handler.ts";

export { RunsDurableObject } from "../../src/score/handler.ts";

/** The loss of the input in the body, as JSON; 422 with the error's fields. */
async function loss(req: Request, url: URL): Promise<Response> {
  const body = await req.json() as {
    logits: number[];
    shape: number[];
    labels: number[];
  };
  const input: LossInput = {
    logits: new Float32Array(body.logits),
    shape: body.shape,
    labels: new Uint8Array(body.labels),
  };
  const backend = (url.searchParams.get("backend") ?? "auto") as "auto";
  try {
    const r = url.searchParams.get("sync") === "1"
      ? jdtLossSync(input, { backend })
      : await jdtLoss(input, { backend });
    return Response.json({
      value: r.value,
      backend: r.backend,
      grad: Array.from(r.grad ?? []),
    });
  } catch (e) {
    const err = e as Error & { argument?: string };
    return Response.json({
      error: err.name,
      argument: err.argument,
      message: err.message,
    }, { status: 422 });
  }
}

/**
 * The worker: `module` (jdt's dist/jdt.wasm as a module) is given to the
 * library first when there is one.
 *
 * @param module The precompiled module, if the runtime provides it.
 * @returns An object with the worker's `fetch`.
 */
export function makeWorker(module?: WebAssembly.Module): {
  fetch(req: Request, env?: { RUNS?: DurableRunsNamespace }): Promise<Response>;
} {
  if (module !== undefined) useWasmModule(module);
  let handler: ScoreHandler | null = null;
  return {
    fetch(req, env = {}) {
      const url = new URL(req.url);
      if (url.pathname === "/edge/loss") return loss(req, url);
      if (url.pathname === "/edge/reason") {
        return Promise.resolve(
          Response.json({ reason: wasmUnavailableReason() }),
        );
      }
      handler ??= createScoreHandler(
        env.RUNS === undefined ? {} : { kv: durableObjectRuns(env.RUNS) },
      );
      return handler(req);
    },
  };
}
