// Kernels of the JDT loss: pass 1 (statistics per class of one image chunk) and
// pass 2 (gradient from per-class coefficients). The host copies a chunk of Lp
// pixels (Lp a multiple of 4) into wasm memory, planar: class c of pixel n at
// pred + 4 * (c * Lp + n). Lanes are pixels; classes are the inner loop.

import {
  abs_bits,
  exp_neg_f32x4,
  FINITE_MAX_BITS,
  max4_f64,
  max4_u32,
  sigmoid_f32x4,
  UNIT_MAX_BITS,
} from "./simd";

/** Activation codes (host side: src/wasm/backend.ts). */
const ACT_NONE = 0;
const ACT_SOFTMAX = 1;
const ACT_SIGMOID = 2;

/** Label kinds: soft float32 planar, or hard u8 / u16 / i32 per pixel. */
const LABEL_SOFT = 0;
const LABEL_U8 = 1;
const LABEL_U16 = 2;

/** Float64 statistics per class: P, Y, D (T for hard labels), maxY, maxX, maxXY, 2 spare. */
const SUM_STRIDE = 64;
/** Blocks of 4 pixels summed in float32 before the partial sums go to float64. */
const FLUSH_BLOCKS = 32;

/** Loads 4 consecutive labels of the kind as i32 lanes. */
@inline
function labels4(raw: usize, n: usize, kind: i32): v128 {
  if (kind == LABEL_U8) {
    return i32x4.extend_low_i16x8_u(
      i16x8.extend_low_i8x16_u(v128.load32_zero(raw + n)),
    );
  }
  if (kind == LABEL_U16) {
    return i32x4.extend_low_i16x8_u(v128.load64_zero(raw + (n << 1)));
  }
  return v128.load(raw + (n << 2));
}

/** Loads 4 keep-mask bytes as lanes of all ones (keep) or 0 (drop). */
@inline
function keep4(mask: usize, n: usize): v128 {
  const m = i32x4.extend_low_i16x8_u(
    i16x8.extend_low_i8x16_u(v128.load32_zero(mask + n)),
  );
  return v128.not(i32x4.eq(m, i32x4.splat(0)));
}

/**
 * Turns the raw labels and keep mask of a chunk into one i32 per pixel: the
 * class (hard) or 0 (soft) for a kept pixel, -1 for a dropped or padding pixel.
 * Counts kept pixels per class into `sums` (Y of hard labels) when `sums` != 0.
 * Returns 0 when a hard label is outside [0, C) and is not the ignore index.
 */
function prepare(
  raw: usize,
  mask: usize,
  lab: usize,
  L: i32,
  Lp: i32,
  C: i32,
  kind: i32,
  ignore: i32,
  hasIgnore: bool,
  sums: usize,
): i32 {
  const full = <usize> (L & ~3);
  const none = i32x4.splat(-1);
  let bad = i32x4.splat(0);
  for (let n: usize = 0; n < full; n += 4) {
    let keep = mask == 0 ? none : keep4(mask, n);
    let out = i32x4.splat(0);
    if (kind != LABEL_SOFT) {
      out = labels4(raw, n, kind);
      const inRange = i32x4.lt_u(out, i32x4.splat(C));
      const ignored = hasIgnore
        ? i32x4.eq(out, i32x4.splat(ignore))
        : i32x4.splat(0);
      bad = v128.or(bad, v128.not(v128.or(inRange, ignored)));
      keep = v128.and(keep, v128.andnot(inRange, ignored));
    }
    v128.store(lab + (n << 2), v128.bitselect(out, none, keep));
  }
  let ok: i32 = v128.any_true(bad) ? 0 : 1;
  for (let n = <i32> full; n < L; n++) {
    let keep = mask == 0 || load<u8>(mask + <usize> n) != 0;
    let v = 0;
    if (kind != LABEL_SOFT) {
      v = kind == LABEL_U8
        ? <i32> load<u8>(raw + <usize> n)
        : kind == LABEL_U16
        ? <i32> load<u16>(raw + (<usize> n << 1))
        : load<i32>(raw + (<usize> n << 2));
      if (hasIgnore && v == ignore) {
        keep = false;
      } else if (<u32> v >= <u32> C) {
        ok = 0;
        keep = false;
      }
    }
    store<i32>(lab + (<usize> n << 2), keep ? v : -1);
  }
  for (let n = L; n < Lp; n++) store<i32>(lab + (<usize> n << 2), -1);
  if (kind != LABEL_SOFT && sums != 0) {
    for (let n: usize = 0, end = <usize> L; n < end; n++) {
      const v = load<i32>(lab + (n << 2));
      if (v >= 0) {
        const s = sums + <usize> v * SUM_STRIDE + 8;
        store<f64>(s, load<f64>(s) + 1.0);
      }
    }
  }
  return ok;
}

/** Scalar recheck of `count` floats: true when every value v satisfies 0 <= v <= 1. */
function allUnit(p: usize, count: usize): bool {
  for (let i: usize = 0; i < count; i++) {
    const v = load<f32>(p + (i << 2));
    if (!(v >= 0 && v <= 1)) return false;
  }
  return true;
}

/**
 * Softmax in place over the chunk: each value becomes e^((z - max) / T) of its
 * pixel, and `work` gets one float per pixel, 1 / Σ e (0 for dropped pixels).
 * Returns the largest |z| bit pattern (finiteness check).
 */
function softmaxInPlace(
  pred: usize,
  lab: usize,
  work: usize,
  C: i32,
  Lp: i32,
  invT: f32,
): u32 {
  const rowBytes = <usize> Lp << 2;
  const vinvT = f32x4.splat(invT);
  let bits = i32x4.splat(0);
  for (let off: usize = 0, end = rowBytes; off < end; off += 16) {
    let p = pred + off;
    let m = f32x4.splat(-Infinity);
    for (let c = 0; c < C; c++) {
      const z = v128.load(p);
      bits = i32x4.max_u(bits, abs_bits(z));
      m = f32x4.pmax(m, z);
      p += rowBytes;
    }
    p = pred + off;
    let s = f32x4.splat(0);
    for (let c = 0; c < C; c++) {
      const e = exp_neg_f32x4(f32x4.mul(f32x4.sub(v128.load(p), m), vinvT));
      v128.store(p, e);
      s = f32x4.add(s, e);
      p += rowBytes;
    }
    const kept = i32x4.ge_s(v128.load(lab + off), i32x4.splat(0));
    v128.store(work + off, v128.and(f32x4.div(f32x4.splat(1), s), kept));
  }
  return max4_u32(bits);
}

/**
 * Sigmoid in place over `count` values (a multiple of 4): z becomes
 * 1 / (1 + e^(-z / T)). Returns the largest |z| bit pattern.
 */
function sigmoidInPlace(pred: usize, count: usize, invT: f32): u32 {
  const vinvT = f32x4.splat(invT);
  let bits = i32x4.splat(0);
  for (let p = pred, end = pred + (count << 2); p < end; p += 16) {
    const z = v128.load(p);
    bits = i32x4.max_u(bits, abs_bits(z));
    v128.store(p, sigmoid_f32x4(f32x4.mul(z, vinvT)));
  }
  return max4_u32(bits);
}

/** The two float64 lanes of the low (`high` false) or high half of a f32x4. */
@inline
function half_f64x2(v: v128, high: bool): v128 {
  return f64x2.promote_low_f32x4(high ? i32x4.shuffle(v, v, 2, 3, 2, 3) : v);
}

/** Sum of the two lanes of two f64x2 vectors. */
@inline
function sum2x2_f64(a: v128, b: v128): f64 {
  const s = f64x2.add(a, b);
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}

/**
 * Sums of one chunk, classes outer so that the accumulators stay in registers:
 * float32 partial sums over FLUSH_BLOCKS blocks, added into float64x2
 * accumulators. Inlined with constant flags: `scaled` (values are
 * e^(z - max), times `work`'s 1 / Σ), `hard`, `norm2`, `wantMax`. Returns the
 * largest bit pattern (as u32) of the values read, predictions and soft
 * labels: at most that of 1.0 when all lie in [0, 1] (-0 excepted).
 */
@inline
function accumulate(
  pred: usize,
  soft: usize,
  lab: usize,
  work: usize,
  C: i32,
  Lp: i32,
  sums: usize,
  scaled: bool,
  hard: bool,
  norm2: bool,
  wantMax: bool,
): u32 {
  const rowBytes = <usize> Lp << 2;
  const end = rowBytes;
  const span = <usize> FLUSH_BLOCKS << 4;
  const one = f32x4.splat(1);
  const zero = f32x4.splat(0);
  let bits = zero;
  for (let c = 0; c < C; c++) {
    const cv = i32x4.splat(c);
    const row = pred + <usize> c * rowBytes;
    const yrow = soft + <usize> c * rowBytes;
    let pLo = zero, pHi = zero, yLo = zero, yHi = zero, dLo = zero, dHi = zero;
    let mY = zero, mX = zero, mXY = zero;
    for (let o0: usize = 0; o0 < end; o0 += span) {
      const o1 = min(end, o0 + span);
      let sP = zero, sY = zero, sD = zero;
      for (let off = o0; off < o1; off += 16) {
        const l = v128.load(lab + off);
        let x = v128.load(row + off);
        bits = i32x4.max_u(bits, x);
        if (scaled) {
          x = f32x4.mul(x, v128.load(work + off));
        } else {
          x = v128.and(x, i32x4.ge_s(l, zero));
        }
        let y: v128;
        if (hard) {
          const ym = i32x4.eq(l, cv);
          y = v128.and(ym, one);
          sP = f32x4.add(sP, norm2 ? f32x4.mul(x, x) : x);
          sD = f32x4.add(sD, v128.and(x, ym));
        } else {
          const yr = v128.load(yrow + off);
          bits = i32x4.max_u(bits, yr);
          y = v128.and(yr, i32x4.ge_s(l, zero));
          const d = f32x4.abs(f32x4.sub(x, y));
          sP = f32x4.add(sP, norm2 ? f32x4.mul(x, x) : x);
          sY = f32x4.add(sY, norm2 ? f32x4.mul(y, y) : y);
          sD = f32x4.add(sD, norm2 ? f32x4.mul(d, d) : d);
          mY = f32x4.pmax(mY, y);
        }
        if (wantMax) {
          mX = f32x4.pmax(mX, x);
          mXY = f32x4.pmax(mXY, f32x4.add(x, y));
        }
      }
      pLo = f64x2.add(pLo, half_f64x2(sP, false));
      pHi = f64x2.add(pHi, half_f64x2(sP, true));
      dLo = f64x2.add(dLo, half_f64x2(sD, false));
      dHi = f64x2.add(dHi, half_f64x2(sD, true));
      if (!hard) {
        yLo = f64x2.add(yLo, half_f64x2(sY, false));
        yHi = f64x2.add(yHi, half_f64x2(sY, true));
      }
    }
    const s = sums + <usize> c * SUM_STRIDE;
    store<f64>(s, load<f64>(s) + sum2x2_f64(pLo, pHi));
    if (!hard) store<f64>(s + 8, load<f64>(s + 8) + sum2x2_f64(yLo, yHi));
    store<f64>(s + 16, load<f64>(s + 16) + sum2x2_f64(dLo, dHi));
    if (!hard) store<f64>(s + 24, max(load<f64>(s + 24), max4_f64(mY)));
    if (wantMax) {
      store<f64>(s + 32, max(load<f64>(s + 32), max4_f64(mX)));
      store<f64>(s + 40, max(load<f64>(s + 40), max4_f64(mXY)));
    }
  }
  return max4_u32(bits);
}

/** `accumulate` with its flags fixed per call site (16 specialised loops). */
// deno-fmt-ignore
function accumulateAny(
  pred: usize, soft: usize, lab: usize, work: usize, C: i32, Lp: i32, sums: usize,
  scaled: bool, hard: bool, norm2: bool, wantMax: bool,
): u32 {
  if (scaled && hard && norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, true, true, true);
  if (scaled && hard && norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, true, true, false);
  if (scaled && hard && !norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, true, false, true);
  if (scaled && hard && !norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, true, false, false);
  if (scaled && !hard && norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, false, true, true);
  if (scaled && !hard && norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, false, true, false);
  if (scaled && !hard && !norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, false, false, true);
  if (scaled && !hard && !norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, true, false, false, false);
  if (!scaled && hard && norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, true, true, true);
  if (!scaled && hard && norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, true, true, false);
  if (!scaled && hard && !norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, true, false, true);
  if (!scaled && hard && !norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, true, false, false);
  if (!scaled && !hard && norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, false, true, true);
  if (!scaled && !hard && norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, false, true, false);
  if (!scaled && !hard && !norm2 && wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, false, false, true);
  if (!scaled && !hard && !norm2 && !wantMax) return accumulate(pred, soft, lab, work, C, Lp, sums, false, false, false, false);
  unreachable();
  return 0;
}

/**
 * Pass 1 on one chunk: adds the statistics of its kept pixels to `sums` (per
 * class, float64: P, Y, D, maxY, maxX, maxXY; for hard labels the D slot gets
 * T = Σ x over pixels labelled c, the Y slot the pixel count, and maxY is left
 * to the host). maxX and maxXY only when `wantMax`. Checks every value,
 * dropped pixels included; returns 1 when all are valid, 0 otherwise. The
 * chunk's predictions are overwritten (softmax / sigmoid in place); `work`
 * holds Lp floats.
 */
export function lossStats(
  pred: usize,
  soft: usize,
  raw: usize,
  mask: usize,
  lab: usize,
  C: i32,
  L: i32,
  Lp: i32,
  kind: i32,
  ignore: i32,
  hasIgnore: bool,
  act: i32,
  invT: f32,
  norm: i32,
  wantMax: bool,
  work: usize,
  sums: usize,
): i32 {
  if (!prepare(raw, mask, lab, L, Lp, C, kind, ignore, hasIgnore, sums)) {
    return 0;
  }
  const count = <usize> C * <usize> Lp;
  const hard = kind != LABEL_SOFT;
  if (act == ACT_SOFTMAX) {
    if (softmaxInPlace(pred, lab, work, C, Lp, invT) > FINITE_MAX_BITS) {
      return 0;
    }
  } else if (act == ACT_SIGMOID) {
    if (sigmoidInPlace(pred, count, invT) > FINITE_MAX_BITS) return 0;
  }
  const bits = accumulateAny(
    pred,
    soft,
    lab,
    work,
    C,
    Lp,
    sums,
    act == ACT_SOFTMAX,
    hard,
    norm == 2,
    wantMax,
  );
  // Values in [0, 1] have bit patterns up to 1.0's; others (or -0) are
  // rechecked exactly. Activated values always lie in [0, 1].
  if (bits > UNIT_MAX_BITS) {
    if (act == ACT_NONE && !allUnit(pred, count)) return 0;
    if (!hard && !allUnit(soft, count)) return 0;
  }
  return 1;
}

/**
 * Probabilities of the 4 pixels at byte offset `off` into `scratch` (one v128
 * per class): softmax leaves e^((z - max) / T) and returns 1 / Σ; sigmoid
 * leaves the probabilities and returns 1.
 */
@inline
function activate(
  pred: usize,
  off: usize,
  rowBytes: usize,
  C: i32,
  softmax: bool,
  invT: v128,
  scratch: usize,
): v128 {
  let p = pred + off;
  if (softmax) {
    let m = f32x4.splat(-Infinity);
    for (let c = 0; c < C; c++) {
      m = f32x4.pmax(m, v128.load(p));
      p += rowBytes;
    }
    p = pred + off;
    let s = f32x4.splat(0);
    for (let c = 0; c < C; c++) {
      const e = exp_neg_f32x4(f32x4.mul(f32x4.sub(v128.load(p), m), invT));
      v128.store(scratch + (<usize> c << 4), e);
      s = f32x4.add(s, e);
      p += rowBytes;
    }
    return f32x4.div(f32x4.splat(1), s);
  }
  for (let c = 0; c < C; c++) {
    v128.store(
      scratch + (<usize> c << 4),
      sigmoid_f32x4(f32x4.mul(v128.load(p), invT)),
    );
    p += rowBytes;
  }
  return f32x4.splat(1);
}

/** Pass 2 over the blocks of a chunk, inlined with constant `act`, `hard`, `norm2`. */
@inline
function gradient(
  pred: usize,
  soft: usize,
  lab: usize,
  C: i32,
  Lp: i32,
  invT: f32,
  scratch: usize,
  coef: usize,
  act: i32,
  hard: bool,
  norm2: bool,
): void {
  const rowBytes = <usize> Lp << 2;
  const vinvT = f32x4.splat(invT);
  const one = f32x4.splat(1);
  const gs = scratch + (<usize> C << 4);
  for (let off: usize = 0; off < rowBytes; off += 16) {
    const l = v128.load(lab + off);
    const kept = i32x4.ge_s(l, i32x4.splat(0));
    let inv = one;
    if (act != ACT_NONE) {
      inv = activate(
        pred,
        off,
        rowBytes,
        C,
        act == ACT_SOFTMAX,
        vinvT,
        scratch,
      );
    }
    let dot = f32x4.splat(0);
    let p = pred + off;
    let ys = soft + off;
    for (let c = 0; c < C; c++) {
      const q = scratch + (<usize> c << 4);
      let x: v128;
      if (act == ACT_NONE) {
        x = v128.load(p);
      } else if (act == ACT_SOFTMAX) {
        x = f32x4.mul(v128.load(q), inv);
        v128.store(q, x);
      } else {
        x = v128.load(q);
      }
      let y: v128;
      if (hard) {
        y = v128.and(i32x4.eq(l, i32x4.splat(c)), one);
      } else {
        y = v128.load(ys);
        ys += rowBytes;
      }
      const k = coef + <usize> c * 12;
      let g: v128;
      if (norm2) {
        g = f32x4.add(
          f32x4.mul(v128.load32_splat(k), x),
          f32x4.mul(v128.load32_splat(k, 4), y),
        );
      } else {
        g = v128.bitselect(
          v128.load32_splat(k),
          v128.bitselect(
            v128.load32_splat(k, 4),
            v128.load32_splat(k, 8),
            f32x4.lt(x, y),
          ),
          f32x4.gt(x, y),
        );
      }
      if (act == ACT_SOFTMAX) {
        v128.store(gs + (<usize> c << 4), g);
        dot = f32x4.add(dot, f32x4.mul(x, g));
      } else if (act == ACT_SIGMOID) {
        const d = f32x4.mul(f32x4.mul(g, x), f32x4.sub(one, x));
        v128.store(p, v128.and(d, kept));
      } else {
        v128.store(p, v128.and(g, kept));
      }
      p += rowBytes;
    }
    if (act == ACT_SOFTMAX) {
      p = pred + off;
      for (let c = 0; c < C; c++) {
        const x = v128.load(scratch + (<usize> c << 4));
        const g = v128.load(gs + (<usize> c << 4));
        v128.store(p, v128.and(f32x4.mul(x, f32x4.sub(g, dot)), kept));
        p += rowBytes;
      }
    }
  }
}

/**
 * Pass 2 on one chunk: overwrites the chunk's predictions with d loss / d pred.
 * `coef` holds 3 float32 per class: with norm 1 the derivative where x > y,
 * x < y and x = y; with norm 2, dL/dx = k0 x + k1 y. For softmax and sigmoid
 * the host has already divided them by the temperature. Dropped pixels get 0.
 */
export function lossGrad(
  pred: usize,
  soft: usize,
  raw: usize,
  mask: usize,
  lab: usize,
  C: i32,
  L: i32,
  Lp: i32,
  kind: i32,
  ignore: i32,
  hasIgnore: bool,
  act: i32,
  invT: f32,
  norm: i32,
  scratch: usize,
  coef: usize,
): void {
  prepare(raw, mask, lab, L, Lp, C, kind, ignore, hasIgnore, 0);
  const hard = kind != LABEL_SOFT;
  const n2 = norm == 2;
  const s = scratch, k = coef;
  // One specialised loop per activation, label kind and norm.
  // deno-fmt-ignore
  {
    if (act == ACT_SOFTMAX && hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SOFTMAX, true, true);
    else if (act == ACT_SOFTMAX && hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SOFTMAX, true, false);
    else if (act == ACT_SOFTMAX && !hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SOFTMAX, false, true);
    else if (act == ACT_SOFTMAX && !hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SOFTMAX, false, false);
    else if (act == ACT_SIGMOID && hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SIGMOID, true, true);
    else if (act == ACT_SIGMOID && hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SIGMOID, true, false);
    else if (act == ACT_SIGMOID && !hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SIGMOID, false, true);
    else if (act == ACT_SIGMOID && !hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_SIGMOID, false, false);
    else if (act == ACT_NONE && hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_NONE, true, true);
    else if (act == ACT_NONE && hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_NONE, true, false);
    else if (act == ACT_NONE && !hard && n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_NONE, false, true);
    else if (act == ACT_NONE && !hard && !n2) gradient(pred, soft, lab, C, Lp, invT, s, k, ACT_NONE, false, false);
  }
}

/** e^x of `n` float32 values x <= 0 (n a multiple of 4), for tests of the vector exp. */
export function expNegBatch(src: usize, dst: usize, n: i32): void {
  for (let i: usize = 0, end = <usize> n << 2; i < end; i += 16) {
    v128.store(dst + i, exp_neg_f32x4(v128.load(src + i)));
  }
}

/** Copies a channels-last chunk `[L][C]` into planar `[C][Lp]`, zero padding. */
export function planarFromInterleaved(
  src: usize,
  dst: usize,
  C: i32,
  L: i32,
  Lp: i32,
): void {
  const step = <usize> C << 2;
  for (let c = 0; c < C; c++) {
    const row = dst + ((<usize> c * <usize> Lp) << 2);
    let s = src + (<usize> c << 2);
    for (let n = 0; n < L; n++) {
      store<f32>(row + (<usize> n << 2), load<f32>(s));
      s += step;
    }
    for (let n = L; n < Lp; n++) store<f32>(row + (<usize> n << 2), 0);
  }
}

/** Copies planar `[C][Lp]` back to a channels-last chunk `[L][C]`. */
export function interleavedFromPlanar(
  src: usize,
  dst: usize,
  C: i32,
  L: i32,
  Lp: i32,
): void {
  const step = <usize> C << 2;
  for (let c = 0; c < C; c++) {
    const row = src + ((<usize> c * <usize> Lp) << 2);
    let d = dst + (<usize> c << 2);
    for (let n = 0; n < L; n++) {
      store<f32>(d, load<f32>(row + (<usize> n << 2)));
      d += step;
    }
  }
}
