// f32x4 helpers shared by the loss kernels, and their constants.
//
// V8 rematerialises every v128.const at each use inside a loop (about three
// instructions each), so the kernels read their vector constants from the
// tables below once per call (`fconst`, `iconst`) and pass them down; no loop
// holds a v128.const or a splat of a constant (tests/wasm/build_test.ts checks
// the built .wat).

/** Float constants, by index (K_*). */
const FLOATS = memory.data<f32>([
  0.0,
  1.0,
  -Infinity,
  // exp2 is 0 below this: 2^-125 is still a normal float32.
  -125.0,
  // 1.5 * 2^23: t + ROUND rounds t to an integer held in the low mantissa bits.
  12582912.0,
  // 2^f = 1 + f (P1 + f (P2 + f (P3 + f (P4 + f P5)))) on |f| <= 1/2, fitted
  // for least maximum relative error (Lawson): 9.2e-8 in exact arithmetic,
  // about 2 ulp of float32 with rounding (tests/wasm/backend_test.ts).
  0.6931470036506653,
  0.24022242426872253,
  0.05550733581185341,
  0.009671516716480255,
  0.0013264736626297235,
]);
export const K_ZERO = 0;
export const K_ONE = 1;
export const K_NEG_INF = 2;
export const K_EXP2_MIN = 3;
export const K_ROUND = 4;
export const K_P1 = 5;

/** Integer constants, by index (I_*). */
const INTS = memory.data<i32>([-1, 0x7fffffff, -2147483648]);
export const I_ALL = 0;
export const I_ABS = 1;
export const I_SIGN = 2;

/** Lane numbers 0, 1, 2, 3 as i32. */
const LANES = memory.data<i32>([0, 1, 2, 3], 16);

/** The lane numbers 0, 1, 2, 3 as an i32x4, read from memory. */
@inline
export function lanes(): v128 {
  return v128.load(LANES);
}

/** Float constant `i` in all four lanes, read from memory. */
@inline
export function fconst(i: i32): v128 {
  return v128.load32_splat(FLOATS + (<usize> i << 2));
}

/** Integer constant `i` in all four lanes, read from memory. */
@inline
export function iconst(i: i32): v128 {
  return v128.load32_splat(INTS + (<usize> i << 2));
}

/** a * b + c per lane: one fused multiply-add where relaxed SIMD is enabled. */
@inline
export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/**
 * 2^t per lane for t <= 0, about 2 ulp of float32; 2^0 is exactly 1, and
 * 2^t is 0 below t = -125 (where it would leave the normal range; -inf and
 * NaN give 0 too). t = n + f with n the nearest integer (t - n is exact), a
 * degree-5 polynomial for 2^f, n added to the exponent bits.
 */
@inline
export function exp2_f32x4(
  t: v128,
  lo: v128,
  round: v128,
  one: v128,
  p1: v128,
  p2: v128,
  p3: v128,
  p4: v128,
  p5: v128,
): v128 {
  const inRange = f32x4.ge(t, lo);
  const r = f32x4.add(t, round);
  const f = f32x4.sub(t, f32x4.sub(r, round));
  let p = madd(p5, f, p4);
  p = madd(p, f, p3);
  p = madd(p, f, p2);
  p = madd(p, f, p1);
  p = madd(p, f, one);
  // The low bits of r hold n; shifted by 23 they land on the exponent field
  // (the bits of ROUND itself shift out).
  return v128.and(i32x4.add(p, i32x4.shl(r, 23)), inRange);
}

/** Largest of the four lanes, in float64. */
@inline
export function max4_f64(v: v128): f64 {
  const a = max(f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 1));
  const b = max(f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 3));
  return <f64> max(a, b);
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
