// Kernels of the JDT loss: pass 1 (statistics per class of one image chunk) and
// pass 2 (gradient from per-class coefficients). A chunk is Lp pixels (a
// multiple of BLOCK) of one image, planar: class c of pixel n at
// base + c * stride + 4 * n. The host either copies a chunk into wasm memory
// (stride 4 * Lp) or points into an image already there (stride 4 * N).
// Lanes are pixels; classes are the inner loop of the activations.

import {
  exp2_f32x4,
  fconst,
  FINITE_MAX_BITS,
  I_ABS,
  I_ALL,
  I_SIGN,
  iconst,
  K_EXP2_MIN,
  K_NEG_INF,
  K_ONE,
  K_P1,
  K_ROUND,
  K_ZERO,
  madd,
  max4_f64,
  max4_u32,
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
function keep4(mask: usize, n: usize, zero: v128): v128 {
  const m = i32x4.extend_low_i16x8_u(
    i16x8.extend_low_i8x16_u(v128.load32_zero(mask + n)),
  );
  return v128.not(i32x4.eq(m, zero));
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
  const zero = fconst(K_ZERO);
  const none = iconst(I_ALL);
  const vC = i32x4.splat(C);
  const vIgnore = i32x4.splat(ignore);
  let bad = zero;
  for (let n: usize = 0; n < full; n += 4) {
    let keep = mask == 0 ? none : keep4(mask, n, zero);
    let out = zero;
    if (kind != LABEL_SOFT) {
      out = labels4(raw, n, kind);
      const inRange = i32x4.lt_u(out, vC);
      const ignored = hasIgnore ? i32x4.eq(out, vIgnore) : zero;
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

/** Scalar recheck of C rows of Lp floats: true when every value v satisfies 0 <= v <= 1. */
function allUnit(p: usize, stride: usize, C: i32, Lp: i32): bool {
  for (let c = 0; c < C; c++) {
    const row = p + <usize> c * stride;
    for (let i: usize = 0, end = <usize> Lp; i < end; i++) {
      const v = load<f32>(row + (i << 2));
      if (!(v >= 0 && v <= 1)) return false;
    }
  }
  return true;
}

/**
 * Softmax over the chunk, 8 pixels (two vectors) at a time: dst gets
 * 2^((z - max) kA kB) / Σ, one exp2 per logit (kA kB = log2(e) / T). src and
 * dst may be the same. Returns the largest |z| bit pattern (finiteness check).
 */
function softmaxRows(
  src: usize,
  sStride: usize,
  dst: usize,
  dStride: usize,
  C: i32,
  Lp: i32,
  kA: f32,
  kB: f32,
): u32 {
  const zero = fconst(K_ZERO), negInf = fconst(K_NEG_INF);
  const absMask = iconst(I_ABS);
  const lo = fconst(K_EXP2_MIN), rnd = fconst(K_ROUND), one = fconst(K_ONE);
  const p1 = fconst(K_P1), p2 = fconst(K_P1 + 1), p3 = fconst(K_P1 + 2);
  const p4 = fconst(K_P1 + 3), p5 = fconst(K_P1 + 4);
  const a = f32x4.splat(kA), b = f32x4.splat(kB);
  let bits = zero;
  for (let off: usize = 0, end = <usize> Lp << 2; off < end; off += 32) {
    let m0 = negInf, m1 = negInf;
    let p = src + off;
    for (let c = 0; c < C; c++) {
      const z0 = v128.load(p), z1 = v128.load(p, 16);
      bits = i32x4.max_u(
        bits,
        i32x4.max_u(v128.and(z0, absMask), v128.and(z1, absMask)),
      );
      m0 = f32x4.pmax(m0, z0);
      m1 = f32x4.pmax(m1, z1);
      p += sStride;
    }
    let s0 = zero, s1 = zero;
    p = src + off;
    let q = dst + off;
    for (let c = 0; c < C; c++) {
      const t0 = f32x4.mul(f32x4.mul(f32x4.sub(v128.load(p), m0), a), b);
      const t1 = f32x4.mul(f32x4.mul(f32x4.sub(v128.load(p, 16), m1), a), b);
      const e0 = exp2_f32x4(t0, lo, rnd, one, p1, p2, p3, p4, p5);
      const e1 = exp2_f32x4(t1, lo, rnd, one, p1, p2, p3, p4, p5);
      v128.store(q, e0);
      v128.store(q, e1, 16);
      s0 = f32x4.add(s0, e0);
      s1 = f32x4.add(s1, e1);
      p += sStride;
      q += dStride;
    }
    const i0 = f32x4.div(one, s0), i1 = f32x4.div(one, s1);
    q = dst + off;
    for (let c = 0; c < C; c++) {
      v128.store(q, f32x4.mul(v128.load(q), i0));
      v128.store(q, f32x4.mul(v128.load(q, 16), i1), 16);
      q += dStride;
    }
  }
  return max4_u32(bits);
}

/**
 * Sigmoid over the chunk: dst gets 1 / (1 + 2^(-z kA kB)), through 2^(-|z| kA kB)
 * so that nothing overflows. Returns the largest |z| bit pattern.
 */
function sigmoidRows(
  src: usize,
  sStride: usize,
  dst: usize,
  dStride: usize,
  C: i32,
  Lp: i32,
  kA: f32,
  kB: f32,
): u32 {
  const zero = fconst(K_ZERO), absMask = iconst(I_ABS), sign = iconst(I_SIGN);
  const lo = fconst(K_EXP2_MIN), rnd = fconst(K_ROUND), one = fconst(K_ONE);
  const p1 = fconst(K_P1), p2 = fconst(K_P1 + 1), p3 = fconst(K_P1 + 2);
  const p4 = fconst(K_P1 + 3), p5 = fconst(K_P1 + 4);
  const a = f32x4.splat(kA), b = f32x4.splat(kB);
  let bits = zero;
  const end = <usize> Lp << 2;
  for (let c = 0; c < C; c++) {
    const s = src + <usize> c * sStride, d = dst + <usize> c * dStride;
    for (let off: usize = 0; off < end; off += 16) {
      const z = v128.load(s + off);
      bits = i32x4.max_u(bits, v128.and(z, absMask));
      const t = f32x4.mul(f32x4.mul(v128.or(z, sign), a), b);
      const e = exp2_f32x4(t, lo, rnd, one, p1, p2, p3, p4, p5);
      const r = f32x4.div(one, f32x4.add(one, e));
      v128.store(d + off, v128.bitselect(r, f32x4.mul(e, r), f32x4.ge(z, zero)));
    }
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
 * Sums of one chunk of probabilities x (rows at `px`, `pStride` apart), classes
 * outer so that the accumulators stay in registers: float32 partial sums over
 * FLUSH_BLOCKS blocks, added into float64x2 accumulators. Inlined with
 * constant flags `hard`, `norm2`, `wantMax`. Returns the largest bit pattern
 * (as u32) of the values read, probabilities and soft labels: at most that of
 * 1.0 when all lie in [0, 1] (-0 excepted).
 */
@inline
function accumulate(
  px: usize,
  pStride: usize,
  soft: usize,
  yStride: usize,
  lab: usize,
  C: i32,
  Lp: i32,
  sums: usize,
  hard: bool,
  norm2: bool,
  wantMax: bool,
): u32 {
  const end = <usize> Lp << 2;
  const span = <usize> FLUSH_BLOCKS << 4;
  const one = fconst(K_ONE);
  const zero = fconst(K_ZERO);
  const absMask = iconst(I_ABS);
  let bits = zero;
  for (let c = 0; c < C; c++) {
    const cv = i32x4.splat(c);
    const row = px + <usize> c * pStride;
    const yrow = soft + <usize> c * yStride;
    let pLo = zero, pHi = zero, yLo = zero, yHi = zero, dLo = zero, dHi = zero;
    let mY = zero, mX = zero, mXY = zero;
    for (let o0: usize = 0; o0 < end; o0 += span) {
      const o1 = min(end, o0 + span);
      let sP = zero, sY = zero, sD = zero;
      for (let off = o0; off < o1; off += 16) {
        const l = v128.load(lab + off);
        let x = v128.load(row + off);
        bits = i32x4.max_u(bits, x);
        x = v128.and(x, i32x4.ge_s(l, zero));
        let y: v128;
        if (hard) {
          const ym = i32x4.eq(l, cv);
          y = v128.and(ym, one);
          sP = norm2 ? madd(x, x, sP) : f32x4.add(sP, x);
          sD = f32x4.add(sD, v128.and(x, ym));
        } else {
          const yr = v128.load(yrow + off);
          bits = i32x4.max_u(bits, yr);
          y = v128.and(yr, i32x4.ge_s(l, zero));
          const d = v128.and(f32x4.sub(x, y), absMask);
          sP = norm2 ? madd(x, x, sP) : f32x4.add(sP, x);
          sY = norm2 ? madd(y, y, sY) : f32x4.add(sY, y);
          sD = norm2 ? madd(d, d, sD) : f32x4.add(sD, d);
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

/** `accumulate` with its flags fixed per call site (8 specialised loops). */
// deno-fmt-ignore
function accumulateAny(
  px: usize, pStride: usize, soft: usize, yStride: usize, lab: usize, C: i32,
  Lp: i32, sums: usize, hard: bool, norm2: bool, wantMax: bool,
): u32 {
  if (hard && norm2 && wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, true, true, true);
  if (hard && norm2 && !wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, true, true, false);
  if (hard && !norm2 && wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, true, false, true);
  if (hard && !norm2 && !wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, true, false, false);
  if (!hard && norm2 && wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, false, true, true);
  if (!hard && norm2 && !wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, false, true, false);
  if (!hard && !norm2 && wantMax) return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, false, false, true);
  return accumulate(px, pStride, soft, yStride, lab, C, Lp, sums, false, false, false);
}

/** Softmax or sigmoid of the chunk into dst; returns the largest |z| bit pattern. */
function activate(
  src: usize,
  sStride: usize,
  dst: usize,
  dStride: usize,
  C: i32,
  Lp: i32,
  act: i32,
  kA: f32,
  kB: f32,
): u32 {
  return act == ACT_SOFTMAX
    ? softmaxRows(src, sStride, dst, dStride, C, Lp, kA, kB)
    : sigmoidRows(src, sStride, dst, dStride, C, Lp, kA, kB);
}

/**
 * Pass 1 on one chunk: adds the statistics of its kept pixels to `sums` (per
 * class, float64: P, Y, D, maxY, maxX, maxXY; for hard labels the D slot gets
 * T = Σ x over pixels labelled c, the Y slot the pixel count, and maxY is left
 * to the host). maxX and maxXY only when `wantMax`. Checks every value,
 * dropped pixels included; returns 1 when all are valid, 0 otherwise. With an
 * activation, the probabilities go to `dst` (which may be `src`); kA kB =
 * log2(e) / T, split in two factors so that tiny temperatures stay finite.
 */
export function lossStats(
  src: usize,
  srcStride: usize,
  dst: usize,
  dstStride: usize,
  soft: usize,
  softStride: usize,
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
  kA: f32,
  kB: f32,
  norm: i32,
  wantMax: bool,
  sums: usize,
): i32 {
  if (!prepare(raw, mask, lab, L, Lp, C, kind, ignore, hasIgnore, sums)) {
    return 0;
  }
  const hard = kind != LABEL_SOFT;
  let px = src, pStride = srcStride;
  if (act != ACT_NONE) {
    const bits = activate(src, srcStride, dst, dstStride, C, Lp, act, kA, kB);
    if (bits > FINITE_MAX_BITS) return 0;
    px = dst;
    pStride = dstStride;
  }
  const bits = accumulateAny(
    px, pStride, soft, softStride, lab, C, Lp, sums, hard, norm == 2, wantMax,
  );
  // Values in [0, 1] have bit patterns up to 1.0's; others (or -0) are
  // rechecked exactly. Activated values always lie in [0, 1].
  if (bits > UNIT_MAX_BITS) {
    if (act == ACT_NONE && !allUnit(src, srcStride, C, Lp)) return 0;
    if (!hard && !allUnit(soft, softStride, C, Lp)) return 0;
  }
  return 1;
}

/** The derivative dL/dx of the 4 lanes (x, y) of class c: coefficients at k. */
@inline
function coefficient(x: v128, y: v128, k: usize, norm2: bool): v128 {
  if (norm2) {
    return f32x4.add(
      f32x4.mul(v128.load32_splat(k), x),
      f32x4.mul(v128.load32_splat(k, 4), y),
    );
  }
  return v128.bitselect(
    v128.load32_splat(k),
    v128.bitselect(
      v128.load32_splat(k, 4),
      v128.load32_splat(k, 8),
      f32x4.lt(x, y),
    ),
    f32x4.gt(x, y),
  );
}

/**
 * Pass 2 from probabilities (rows at px, pStride apart) into `out` (which may
 * be px), 8 pixels at a time; inlined with constant `act`, `hard`, `norm2`.
 * Through softmax or sigmoid the result is scaled by sA sB = 1 / T.
 */
@inline
function gradient(
  px: usize,
  pStride: usize,
  out: usize,
  oStride: usize,
  soft: usize,
  yStride: usize,
  lab: usize,
  C: i32,
  Lp: i32,
  scratch: usize,
  coef: usize,
  sA: f32,
  sB: f32,
  act: i32,
  hard: bool,
  norm2: bool,
): void {
  const zero = fconst(K_ZERO), one = fconst(K_ONE);
  const a = f32x4.splat(sA), b = f32x4.splat(sB);
  for (let off: usize = 0, end = <usize> Lp << 2; off < end; off += 32) {
    const l0 = v128.load(lab + off), l1 = v128.load(lab + off, 16);
    const k0 = i32x4.ge_s(l0, zero), k1 = i32x4.ge_s(l1, zero);
    let dot0 = zero, dot1 = zero;
    let p = px + off, o = out + off, ys = soft + off;
    for (let c = 0; c < C; c++) {
      const x0 = v128.load(p), x1 = v128.load(p, 16);
      let y0: v128, y1: v128;
      if (hard) {
        const cv = i32x4.splat(c);
        y0 = v128.and(i32x4.eq(l0, cv), one);
        y1 = v128.and(i32x4.eq(l1, cv), one);
      } else {
        y0 = v128.load(ys);
        y1 = v128.load(ys, 16);
        ys += yStride;
      }
      const k = coef + <usize> c * 12;
      const g0 = coefficient(x0, y0, k, norm2);
      const g1 = coefficient(x1, y1, k, norm2);
      if (act == ACT_SOFTMAX) {
        const s = scratch + (<usize> c << 5);
        v128.store(s, g0);
        v128.store(s, g1, 16);
        dot0 = madd(x0, g0, dot0);
        dot1 = madd(x1, g1, dot1);
      } else if (act == ACT_SIGMOID) {
        const d0 = f32x4.mul(f32x4.mul(g0, x0), f32x4.sub(one, x0));
        const d1 = f32x4.mul(f32x4.mul(g1, x1), f32x4.sub(one, x1));
        v128.store(o, v128.and(f32x4.mul(f32x4.mul(d0, a), b), k0));
        v128.store(o, v128.and(f32x4.mul(f32x4.mul(d1, a), b), k1), 16);
      } else {
        v128.store(o, v128.and(g0, k0));
        v128.store(o, v128.and(g1, k1), 16);
      }
      p += pStride;
      o += oStride;
    }
    if (act == ACT_SOFTMAX) {
      p = px + off;
      o = out + off;
      for (let c = 0; c < C; c++) {
        const s = scratch + (<usize> c << 5);
        const r0 = f32x4.mul(v128.load(p), f32x4.sub(v128.load(s), dot0));
        const r1 = f32x4.mul(v128.load(p, 16), f32x4.sub(v128.load(s, 16), dot1));
        v128.store(o, v128.and(f32x4.mul(f32x4.mul(r0, a), b), k0));
        v128.store(o, v128.and(f32x4.mul(f32x4.mul(r1, a), b), k1), 16);
        p += pStride;
        o += oStride;
      }
    }
  }
}

/**
 * Pass 2 on one chunk: writes d loss / d pred into `out` (which may be `src`).
 * With an activation, `src` holds logits unless `stored` (then probabilities
 * that pass 1 left there); the probabilities are computed into `out` first.
 * `coef` holds 3 float32 per class: with norm 1 the derivative where x > y,
 * x < y and x = y; with norm 2, dL/dx = k0 x + k1 y. Dropped pixels get 0.
 */
export function lossGrad(
  src: usize,
  srcStride: usize,
  stored: bool,
  out: usize,
  outStride: usize,
  soft: usize,
  softStride: usize,
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
  kA: f32,
  kB: f32,
  norm: i32,
  sA: f32,
  sB: f32,
  scratch: usize,
  coef: usize,
): void {
  prepare(raw, mask, lab, L, Lp, C, kind, ignore, hasIgnore, 0);
  let px = src, ps = srcStride;
  if (act != ACT_NONE && !stored) {
    activate(src, srcStride, out, outStride, C, Lp, act, kA, kB);
    px = out;
    ps = outStride;
  }
  const hard = kind != LABEL_SOFT;
  const n2 = norm == 2;
  const o = out, os = outStride, y = soft, ys = softStride, s = scratch, k = coef;
  // One specialised loop per activation, label kind and norm.
  // deno-fmt-ignore
  {
    if (act == ACT_SOFTMAX && hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SOFTMAX, true, true);
    else if (act == ACT_SOFTMAX && hard && !n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SOFTMAX, true, false);
    else if (act == ACT_SOFTMAX && !hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SOFTMAX, false, true);
    else if (act == ACT_SOFTMAX && !hard && !n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SOFTMAX, false, false);
    else if (act == ACT_SIGMOID && hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SIGMOID, true, true);
    else if (act == ACT_SIGMOID && hard && !n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SIGMOID, true, false);
    else if (act == ACT_SIGMOID && !hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SIGMOID, false, true);
    else if (act == ACT_SIGMOID && !hard && !n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_SIGMOID, false, false);
    else if (act == ACT_NONE && hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_NONE, true, true);
    else if (act == ACT_NONE && hard && !n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_NONE, true, false);
    else if (act == ACT_NONE && !hard && n2) gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_NONE, false, true);
    else gradient(px, ps, o, os, y, ys, lab, C, Lp, s, k, sA, sB, ACT_NONE, false, false);
  }
}

/** 2^t of `n` float32 values t <= 0 (n a multiple of 4), for tests of the vector exp2. */
export function exp2Batch(src: usize, dst: usize, n: i32): void {
  const lo = fconst(K_EXP2_MIN), rnd = fconst(K_ROUND), one = fconst(K_ONE);
  const p1 = fconst(K_P1), p2 = fconst(K_P1 + 1), p3 = fconst(K_P1 + 2);
  const p4 = fconst(K_P1 + 3), p5 = fconst(K_P1 + 4);
  for (let i: usize = 0, end = <usize> n << 2; i < end; i += 16) {
    const t = v128.load(src + i);
    v128.store(dst + i, exp2_f32x4(t, lo, rnd, one, p1, p2, p3, p4, p5));
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
