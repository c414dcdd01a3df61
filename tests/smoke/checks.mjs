// Smoke checks of the bundled library, shared by the Node and browser runs.
// Plain JavaScript so that every runtime loads it as it is. Expected values
// are worked out by hand from docs/spec.md §3, §4 and §6, not by the library.

// One image, C = 2 classes, N = 2 pixels, channels first: class 0 then class 1.
const PROBS = [0.75, 0.5, 0.25, 0.5];
const LABELS = [0, 1];
// Jaccard, smooth s = 1e-3, both classes present (mean over 2):
// class 0: tp 0.75, fp 0.5, fn 0.25; class 1: tp 0.5, fp 0.25, fn 0.5.
const VALUE = (0.75 / 1.501 + 0.75 / 1.251) / 2;
// d loss / d prob, norm 1: x < y gives -(1/De)/2, x > y gives +(Nu/De^2)/2.
const GRAD_PROBS = [
  -1 / (2 * 1.501),
  0.751 / (2 * 1.501 ** 2),
  0.501 / (2 * 1.251 ** 2),
  -1 / (2 * 1.251),
];
// Through the softmax of logits z = log p: dL/dz_c = p_c (g_c - sum_k p_k g_k).
const GRAD_LOGITS = [0, 1].flatMap((n) => [0, 1].map((c) => ({ c, n })))
  .map(({ c, n }) => {
    const p = (k) => PROBS[k * 2 + n], g = (k) => GRAD_PROBS[k * 2 + n];
    return { i: c * 2 + n, v: p(c) * (g(c) - (p(0) * g(0) + p(1) * g(1))) };
  })
  .sort((a, b) => a.i - b.i).map((e) => e.v);

// Metrics: one image of 4 pixels; argmax [0, 0, 1, 1], labels [0, 1, 1, 1].
// Top confidences 0.95 (right), 0.85 (wrong), 0.65 (right), 0.85 (right):
// ECE = (1·0.05 + 2·0.35 + 1·0.35) / 4 = 27.5 %. IoU 1/2 and 2/3: mIoUD 58.33 %.
const M_PROBS = [0.95, 0.85, 0.35, 0.15, 0.05, 0.15, 0.65, 0.85];
const M_LABELS = [0, 1, 1, 1];
const METRICS = { Acc: 75, mIoUD: (50 + 200 / 3) / 2, ECED: 27.5 };

function close(got, want, tol) {
  return Math.abs(got - want) <= tol;
}

function allClose(got, want, tol) {
  return got !== undefined && got.length === want.length &&
    want.every((w, i) => close(got[i], w, tol));
}

async function lossCheck(lib, backend, logits) {
  const input = {
    shape: [1, 2, 2],
    labels: new Uint8Array(LABELS),
    [logits ? "logits" : "probs"]: new Float32Array(
      logits ? PROBS.map(Math.log) : PROBS,
    ),
  };
  const r = await lib.jdtLoss(input, { backend });
  const want = logits ? GRAD_LOGITS : GRAD_PROBS;
  const ok = r.backend === backend && close(r.value, VALUE, 1e-6) &&
    allClose(r.grad, want, 1e-6);
  return {
    ok,
    detail: `backend ${r.backend}, value ${r.value} (want ${VALUE}), grad [${
      Array.from(r.grad ?? []).map((v) => v.toFixed(6))
    }] (want [${want.map((v) => v.toFixed(6))}])`,
    value: r.value,
  };
}

async function metricsCheck(lib, backend) {
  const m = lib.createMetrics({ numClasses: 2, backend });
  const batch = {
    probs: new Float32Array(M_PROBS),
    shape: [1, 2, 4],
    labels: new Uint8Array(M_LABELS),
  };
  if (backend === "webgpu") await m.addAsync(batch);
  else m.add(batch);
  const v = m.value();
  const ok = m.lastBackend === backend &&
    Object.entries(METRICS).every(([k, want]) => close(v[k], want, 1e-4));
  return {
    ok,
    detail: `backend ${m.lastBackend}, ${
      Object.keys(METRICS).map((k) => `${k} ${v[k]}`).join(", ")
    } (want ${JSON.stringify(METRICS)})`,
  };
}

/**
 * Runs every check on each backend; a backend's value is also compared with
 * the js backend's. Never throws: a failure is a result.
 *
 * @param lib The bundled library's module namespace.
 * @param backends Backends to check, "js" first.
 * @returns One `{ name, ok, detail }` per check.
 */
export async function runChecks(lib, backends) {
  const results = [];
  let jsValue = null;
  async function check(name, f) {
    try {
      const r = await f();
      results.push({ name, ok: r.ok, detail: r.detail });
      return r;
    } catch (e) {
      results.push({ name, ok: false, detail: String(e?.stack ?? e) });
      return null;
    }
  }
  results.push({
    name: "jml distance",
    ok: close(lib.jml([1, 0], [0.5, 0.5]), 2 / 3, 1e-15),
    detail: `jml([1, 0], [0.5, 0.5]) = ${lib.jml([1, 0], [0.5, 0.5])}`,
  });
  for (const backend of backends) {
    const r = await check(
      `${backend}: loss value and gradient (probabilities)`,
      () => lossCheck(lib, backend, false),
    );
    if (backend === "js") jsValue = r?.value ?? null;
    else if (r) {
      results.push({
        name: `${backend}: loss value equals js within 1e-6`,
        ok: jsValue !== null && close(r.value, jsValue, 1e-6),
        detail: `${r.value} vs js ${jsValue}`,
      });
    }
    await check(
      `${backend}: loss value and gradient (logits, softmax)`,
      () => lossCheck(lib, backend, true),
    );
    await check(
      `${backend}: metrics Acc, mIoUD, ECED`,
      () => metricsCheck(lib, backend),
    );
  }
  return results;
}

/**
 * Prints results, one line each, and a summary line `<label>: N passed, M failed`.
 *
 * @param label What ran (runtime and version).
 * @param results As from `runChecks`.
 * @returns The number of failures.
 */
export function report(label, results) {
  for (const r of results) {
    console.log(
      `${r.ok ? "ok    " : "FAILED"} ${label} ${r.name}: ${r.detail}`,
    );
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    `smoke ${label}: ${results.length - failed} passed, ${failed} failed`,
  );
  return failed;
}
