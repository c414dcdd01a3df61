// Small f32x4 helpers shared by the kernels.

const LOG2E: f32 = 1.4426950408889634;
// ln 2 split so that n * LN2_HI is exact for |n| < 2^15.
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.1219444005469057e-4;
// Inputs are clamped here: e^-87.3 is near the smallest normal float32.
const EXP_MIN: f32 = -87.3;
// 1.5 * 2^23: adding it rounds to an integer held in the low mantissa bits.
const ROUND: f32 = 12582912.0;
const ROUND_BITS: i32 = 0x4b400000;
// exp(r) = 1 + r + r^2 (E0 + E1 r + ... + E4 r^4) on |r| <= ln2 / 2, fitted
// for least maximum relative error (Lawson's reweighted least squares): 3.1e-9
// in exact arithmetic; with float32 rounding within 1 ulp (tests/wasm_test.ts).
const E0: f32 = 0.4999999333795715;
const E1: f32 = 0.16666519004614694;
const E2: f32 = 0.04166840719538607;
const E3: f32 = 0.0083689138214166;
const E4: f32 = 0.0013814190751908068;

/**
 * e^x per lane for x <= 0, within 1 ulp of float32; exp(0) is exactly 1.
 * Inputs below -87.3 are clamped there (result about 1.2e-38). Range reduction
 * x = n ln2 + r with n rounded by the 1.5·2^23 trick, then a degree-6 polynomial.
 */
@inline
export function exp_neg_f32x4(x: v128): v128 {
  const xc = f32x4.pmax(x, f32x4.splat(EXP_MIN));
  const t = f32x4.add(f32x4.mul(xc, f32x4.splat(LOG2E)), f32x4.splat(ROUND));
  const n = f32x4.sub(t, f32x4.splat(ROUND));
  let r = f32x4.sub(xc, f32x4.mul(n, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(LN2_LO)));
  let p = f32x4.add(f32x4.mul(f32x4.splat(E4), r), f32x4.splat(E3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(E2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(E1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(E0));
  const y = f32x4.add(
    f32x4.splat(1),
    f32x4.add(r, f32x4.mul(f32x4.mul(r, r), p)),
  );
  const scale = i32x4.shl(i32x4.add(t, i32x4.splat(127 - ROUND_BITS)), 23);
  return f32x4.mul(y, scale);
}

/** 1 / (1 + e^-x) per lane, through e^-|x| so that nothing overflows. */
@inline
export function sigmoid_f32x4(x: v128): v128 {
  const e = exp_neg_f32x4(f32x4.neg(f32x4.abs(x)));
  const d = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), e));
  return v128.bitselect(d, f32x4.mul(e, d), f32x4.ge(x, f32x4.splat(0)));
}

/** Largest of the four lanes, in float64. */
@inline
export function max4_f64(v: v128): f64 {
  const a = max(f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 1));
  const b = max(f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 3));
  return <f64> max(a, b);
}

/**
 * Bit pattern of |x| per lane; as unsigned integers these are at most
 * 0x7f7fffff exactly when x is finite (larger: infinity or NaN).
 */
@inline
export function abs_bits(x: v128): v128 {
  return v128.and(x, i32x4.splat(0x7fffffff));
}

/** Largest bit pattern of a float32 in [0, 1] (1.0); -0 is larger, as are negatives and NaN. */
export const UNIT_MAX_BITS: u32 = 0x3f800000;
/** Largest bit pattern of a finite float32's magnitude. */
export const FINITE_MAX_BITS: u32 = 0x7f7fffff;

/** Largest of the four unsigned 32-bit lanes. */
@inline
export function max4_u32(v: v128): u32 {
  const a = max(
    i32x4.extract_lane(v, 0) as u32,
    i32x4.extract_lane(v, 1) as u32,
  );
  const b = max(
    i32x4.extract_lane(v, 2) as u32,
    i32x4.extract_lane(v, 3) as u32,
  );
  return max(a, b);
}
