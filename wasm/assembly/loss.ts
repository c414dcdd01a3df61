// Kernels of the JDT loss: pass 1 (statistics per class of one image chunk) and
// pass 2 (gradient from per-class coefficients). A chunk is Lp pixels (a
// multiple of GROUP) of one image, planar: class c of pixel n at
// base + c * stride + 4 * n. The host either copies a chunk into wasm memory
// (stride 4 * Lp) or points into an image already there (stride 4 * N).
// Lanes are pixels; pass 1 sweeps each tile of TILE pixels once, pass 2 each
// group of GROUP pixels, with classes as the inner loop.

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
  lanes,
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

/** Pixels of a group: one 64-byte cache line of a class row, the unit of labels and of pass 2. */
const GROUP = 16;
/** Bytes of one class row of a group. */
const GLINE: usize = <usize> GROUP << 2;
/**
 * Pixels per tile of pass 1: four cache lines of each class row, so that each
 * row is read (and p written) in runs of 256 bytes rather than single lines.
 */
const TILE = 64;
/** Bytes of one class row of a tile. */
const LINE: usize = <usize> TILE << 2;
/** Bytes of a chunk's rows whose float32 partial sums are added before they go to float64 (128 pixels). */
const FLUSH_BYTES: usize = 512;
/** Bytes of the accumulators of one class in the tile scratch (6 f32x4). */
const ACC_BYTES: usize = 96;

// The tile scratch (`tile`, 352 C + 768 bytes, L1-resident): C lines of
// exponentials or probabilities (E), C blocks of accumulators (pass 1) or C
// group lines of coefficients (pass 2) (A), then one line each of labels (LT),
// keep masks (KEEP) and the softmax's 1 / Σ e (INV). Lines are LINE bytes
// apart; a tile uses the first `w` bytes of each (a multiple of GLINE).

/** Byte offset of the second region of the tile scratch. */
@inline
function regionA(tile: usize, C: i32): usize {
  return tile + <usize> C * LINE;
}

/** Byte offset of the labels line of the tile scratch. */
@inline
function lineLT(tile: usize, C: i32): usize {
  return tile + <usize> C * (LINE + ACC_BYTES);
}

/** Largest bit pattern of |z| in one f32x4, folded into `bits`. */
@inline
function absBits(bits: v128, z: v128, absMask: v128): v128 {
  return i32x4.max_u(bits, v128.and(z, absMask));
}

/**
 * Writes one vector of a tile's labels to LT (+ `o`; -1 where dropped) and
 * its keep mask to KEEP: kept when `keep` (the mask byte), before L and (hard) a class in
 * [0, C) other than the ignore index. Returns all-ones lanes where a hard
 * label of a pixel before L is outside [0, C) and not the ignore index.
 */
@inline
function labelLanes(
  l: v128,
  keep: v128,
  first: i32,
  L: i32,
  C: i32,
  ignore: i32,
  hasIgnore: bool,
  hard: bool,
  lt: usize,
  o: usize,
): v128 {
  const inL = i32x4.lt_s(i32x4.add(i32x4.splat(first), lanes()), i32x4.splat(L));
  let k = v128.and(keep, inL);
  let bad = fconst(K_ZERO);
  if (hard) {
    const inRange = i32x4.lt_u(l, i32x4.splat(C));
    const ignored = hasIgnore ? i32x4.eq(l, i32x4.splat(ignore)) : bad;
    bad = v128.andnot(inL, v128.or(inRange, ignored));
    k = v128.and(k, v128.andnot(inRange, ignored));
  }
  v128.store(lt + o, v128.bitselect(l, iconst(I_ALL), k));
  v128.store(lt + LINE + o, k);
  return bad;
}

/**
 * Reads the labels and keep mask of the group at pixel n as bytes, u16 or i32
 * straight from the caller's arrays (no separate sweep), and writes 16 label
 * lanes (class; 0 for soft labels; -1 where dropped) to LT and 16 keep masks (all ones: kept)
 * to KEEP. Returns 0 when a hard label of a pixel before L is outside [0, C)
 * and is not the ignore index, else 1.
 */
@inline
function labelGroup(
  raw: usize,
  mask: usize,
  n: usize,
  L: i32,
  C: i32,
  kind: i32,
  ignore: i32,
  hasIgnore: bool,
  lt: usize,
): bool {
  const zero = fconst(K_ZERO);
  let m8 = iconst(I_ALL);
  if (mask != 0) m8 = v128.not(i8x16.eq(v128.load(mask + n), zero));
  const mLo = i16x8.extend_low_i8x16_s(m8), mHi = i16x8.extend_high_i8x16_s(m8);
  let l0 = zero, l1 = zero, l2 = zero, l3 = zero;
  if (kind == LABEL_U8) {
    const v = v128.load(raw + n);
    const lo = i16x8.extend_low_i8x16_u(v), hi = i16x8.extend_high_i8x16_u(v);
    l0 = i32x4.extend_low_i16x8_u(lo);
    l1 = i32x4.extend_high_i16x8_u(lo);
    l2 = i32x4.extend_low_i16x8_u(hi);
    l3 = i32x4.extend_high_i16x8_u(hi);
  } else if (kind == LABEL_U16) {
    const lo = v128.load(raw + (n << 1)), hi = v128.load(raw + (n << 1), 16);
    l0 = i32x4.extend_low_i16x8_u(lo);
    l1 = i32x4.extend_high_i16x8_u(lo);
    l2 = i32x4.extend_low_i16x8_u(hi);
    l3 = i32x4.extend_high_i16x8_u(hi);
  } else if (kind != LABEL_SOFT) {
    const p = raw + (n << 2);
    l0 = v128.load(p);
    l1 = v128.load(p, 16);
    l2 = v128.load(p, 32);
    l3 = v128.load(p, 48);
  }
  const hard = kind != LABEL_SOFT, f = <i32> n;
  // deno-fmt-ignore
  const bad = v128.or(
    v128.or(
      labelLanes(l0, i32x4.extend_low_i16x8_s(mLo), f, L, C, ignore, hasIgnore, hard, lt, 0),
      labelLanes(l1, i32x4.extend_high_i16x8_s(mLo), f + 4, L, C, ignore, hasIgnore, hard, lt, 16),
    ),
    v128.or(
      labelLanes(l2, i32x4.extend_low_i16x8_s(mHi), f + 8, L, C, ignore, hasIgnore, hard, lt, 32),
      labelLanes(l3, i32x4.extend_high_i16x8_s(mHi), f + 12, L, C, ignore, hasIgnore, hard, lt, 48),
    ),
  );
  return !v128.any_true(bad);
}

/**
 * Exponentials of the softmax of one tile (`w` bytes of the class rows at
 * `src` from byte offset `off`): E gets 2^((z - max) kA kB) per class line,
 * INV gets 1 / Σ e where the pixel is kept and 0 where it is dropped (so that
 * the probabilities e · INV of dropped pixels are 0). Each line of the
 * caller's rows is read once (rows a multiple of 4 KiB apart share cache
 * sets, so a second read may miss): a first sweep per group of 16 pixels
 * copies the class lines into E and takes the maxima in registers (kept in
 * INV); the exponentials then work on E in halves of 8 pixels, maxima and
 * sums in registers. Returns `bits` with the largest |z| bit pattern folded
 * in.
 */
@inline
function softmaxTile(
  src: usize,
  sStride: usize,
  off: usize,
  w: usize,
  tile: usize,
  C: i32,
  kA: f32,
  kB: f32,
  bits: v128,
): v128 {
  const zero = fconst(K_ZERO), negInf = fconst(K_NEG_INF);
  const absMask = iconst(I_ABS);
  const inv = lineLT(tile, C) + 2 * LINE;
  // Group by group (maxima in registers), each class line copied to E.
  for (let g: usize = 0; g < w; g += GLINE) {
    let m0 = negInf, m1 = negInf, m2 = negInf, m3 = negInf;
    let p = src + off + g, e = tile + g;
    for (let c = 0; c < C; c++) {
      const z0 = v128.load(p), z1 = v128.load(p, 16);
      const z2 = v128.load(p, 32), z3 = v128.load(p, 48);
      v128.store(e, z0);
      v128.store(e, z1, 16);
      v128.store(e, z2, 32);
      v128.store(e, z3, 48);
      bits = absBits(absBits(bits, z0, absMask), z1, absMask);
      bits = absBits(absBits(bits, z2, absMask), z3, absMask);
      m0 = f32x4.pmax(m0, z0);
      m1 = f32x4.pmax(m1, z1);
      m2 = f32x4.pmax(m2, z2);
      m3 = f32x4.pmax(m3, z3);
      p += sStride;
      e += LINE;
    }
    // The maxima wait in INV until the exponentials need them.
    v128.store(inv + g, m0);
    v128.store(inv + g, m1, 16);
    v128.store(inv + g, m2, 32);
    v128.store(inv + g, m3, 48);
  }
  let e = tile;
  const lo = fconst(K_EXP2_MIN), rnd = fconst(K_ROUND), one = fconst(K_ONE);
  const p1 = fconst(K_P1), p2 = fconst(K_P1 + 1), p3 = fconst(K_P1 + 2);
  const p4 = fconst(K_P1 + 3), p5 = fconst(K_P1 + 4);
  const a = f32x4.splat(kA), b = f32x4.splat(kB);
  for (let h: usize = 0; h < w; h += 32) {
    const n0 = v128.load(inv + h), n1 = v128.load(inv + h, 16);
    let s0 = zero, s1 = zero;
    e = tile + h;
    for (let c = 0; c < C; c++) {
      const t0 = f32x4.mul(f32x4.mul(f32x4.sub(v128.load(e), n0), a), b);
      const t1 = f32x4.mul(f32x4.mul(f32x4.sub(v128.load(e, 16), n1), a), b);
      const e0 = exp2_f32x4(t0, lo, rnd, one, p1, p2, p3, p4, p5);
      const e1 = exp2_f32x4(t1, lo, rnd, one, p1, p2, p3, p4, p5);
      v128.store(e, e0);
      v128.store(e, e1, 16);
      s0 = f32x4.add(s0, e0);
      s1 = f32x4.add(s1, e1);
      e += LINE;
    }
    const keep = inv - LINE + h;
    v128.store(inv + h, v128.and(f32x4.div(one, s0), v128.load(keep)));
    v128.store(inv + h, v128.and(f32x4.div(one, s1), v128.load(keep, 16)), 16);
  }
  return bits;
}

/**
 * Sigmoid of 4 logits: 1 / (1 + 2^(-z kA kB)), through 2^(-|z| kA kB) so that
 * nothing overflows.
 */
@inline
function sigmoid4(z: v128, a: v128, b: v128): v128 {
  const zero = fconst(K_ZERO), sign = iconst(I_SIGN);
  const lo = fconst(K_EXP2_MIN), rnd = fconst(K_ROUND), one = fconst(K_ONE);
  const p1 = fconst(K_P1), p2 = fconst(K_P1 + 1), p3 = fconst(K_P1 + 2);
  const p4 = fconst(K_P1 + 3), p5 = fconst(K_P1 + 4);
  const t = f32x4.mul(f32x4.mul(v128.or(z, sign), a), b);
  const e = exp2_f32x4(t, lo, rnd, one, p1, p2, p3, p4, p5);
  const r = f32x4.div(one, f32x4.add(one, e));
  return v128.bitselect(r, f32x4.mul(e, r), f32x4.ge(z, zero));
}

/** The two float64 lanes of the low (`high` false) or high half of a f32x4. */
@inline
function half_f64x2(v: v128, high: bool): v128 {
  return f64x2.promote_low_f32x4(high ? i32x4.shuffle(v, v, 2, 3, 2, 3) : v);
}

/** Sum of the four float32 lanes of `v`, in float64. */
@inline
function sum4_f64(v: v128): f64 {
  const s = f64x2.add(half_f64x2(v, false), half_f64x2(v, true));
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}

/** Sum of the four int32 lanes of `v`, in float64. */
@inline
function sum4i_f64(v: v128): f64 {
  const s = f64x2.add(
    f64x2.convert_low_i32x4_s(v),
    f64x2.convert_low_i32x4_s(i32x4.shuffle(v, v, 2, 3, 2, 3)),
  );
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}

/**
 * Adds the float32 partial sums of every class (P, Y or the hard-label count,
 * D) to the float64 sums and clears them; with `last`, also the maxima (maxY
 * for soft labels; maxX, maxXY when `wantMax`).
 */
@inline
function flushSums(
  acc: usize,
  sums: usize,
  C: i32,
  hard: bool,
  wantMax: bool,
  last: bool,
): void {
  const zero = fconst(K_ZERO);
  for (let c = 0; c < C; c++) {
    const a = acc + <usize> c * ACC_BYTES, s = sums + <usize> c * SUM_STRIDE;
    store<f64>(s, load<f64>(s) + sum4_f64(v128.load(a)));
    const y = v128.load(a, 16);
    store<f64>(s + 8, load<f64>(s + 8) + (hard ? sum4i_f64(y) : sum4_f64(y)));
    store<f64>(s + 16, load<f64>(s + 16) + sum4_f64(v128.load(a, 32)));
    v128.store(a, zero);
    v128.store(a, zero, 16);
    v128.store(a, zero, 32);
    if (last) {
      if (!hard) store<f64>(s + 24, max(load<f64>(s + 24), max4_f64(v128.load(a, 48))));
      if (wantMax) {
        store<f64>(s + 32, max(load<f64>(s + 32), max4_f64(v128.load(a, 64))));
        store<f64>(s + 40, max(load<f64>(s + 40), max4_f64(v128.load(a, 80))));
      }
    }
  }
}

/**
 * Pass 1's sweep over the classes of one tile: per class line, the
 * probabilities x (softmax: E · INV; sigmoid of the logits; or the input
 * probabilities), written once to `dst` when `dst` != 0 (activations only),
 * and added to the class's float32 accumulators in A: P (Σ x or Σ x²), for
 * hard labels the count of pixels labelled c and T = Σ x over them, for soft
 * labels Y and D (|x - y| or its square) and maxY; maxX and maxXY when
 * `wantMax`. Dropped pixels count as x = y = 0. Inlined with constant `act`,
 * `hard`, `norm2`, `wantMax`. Returns `bits` with the bit patterns of the
 * values read from the caller (probabilities, soft labels) folded in. Each
 * line of the caller's rows is read once.
 */
@inline
function statsTile(
  src: usize,
  sStride: usize,
  dst: usize,
  dStride: usize,
  soft: usize,
  yStride: usize,
  off: usize,
  w: usize,
  tile: usize,
  C: i32,
  kA: f32,
  kB: f32,
  bits: v128,
  act: i32,
  hard: bool,
  norm2: bool,
  wantMax: bool,
): v128 {
  const one = fconst(K_ONE), absMask = iconst(I_ABS);
  const a = f32x4.splat(kA), b = f32x4.splat(kB);
  const lt = lineLT(tile, C), keeps = lt + LINE, inv = lt + 2 * LINE;
  let acc = regionA(tile, C), e = tile;
  let z = src + off, d = dst + off, yr = soft + off;
  // Sigmoid: the largest |z| bit pattern, kept in the INV line between tiles.
  let zBits = act == ACT_SIGMOID ? v128.load(inv) : bits;
  for (let c = 0; c < C; c++) {
    const cv = i32x4.splat(c);
    let sP = v128.load(acc), sY = v128.load(acc, 16), sD = v128.load(acc, 32);
    let mY = v128.load(acc, 48), mX = v128.load(acc, 64), mXY = v128.load(acc, 80);
    for (let i: usize = 0; i < w; i += 16) {
      // The keep mask only where it is used (a wasm load is never dropped).
      const keep = act != ACT_SOFTMAX || !hard ? v128.load(keeps + i) : one;
      let x: v128;
      if (act == ACT_SOFTMAX) {
        x = f32x4.mul(v128.load(e + i), v128.load(inv + i));
      } else if (act == ACT_SIGMOID) {
        const zv = v128.load(z + i);
        zBits = absBits(zBits, zv, absMask);
        x = v128.and(sigmoid4(zv, a, b), keep);
      } else {
        x = v128.load(z + i);
        bits = i32x4.max_u(bits, x);
        x = v128.and(x, keep);
      }
      const ym = hard ? i32x4.eq(v128.load(lt + i), cv) : x;
      if (act != ACT_NONE && dst != 0) v128.store(d + i, x);
      sP = norm2 ? madd(x, x, sP) : f32x4.add(sP, x);
      let y: v128;
      if (hard) {
        sD = f32x4.add(sD, v128.and(x, ym));
        sY = i32x4.sub(sY, ym);
        y = v128.and(ym, one);
      } else {
        const raw = v128.load(yr + i);
        bits = i32x4.max_u(bits, raw);
        y = v128.and(raw, keep);
        const dv = v128.and(f32x4.sub(x, y), absMask);
        sY = norm2 ? madd(y, y, sY) : f32x4.add(sY, y);
        sD = norm2 ? madd(dv, dv, sD) : f32x4.add(sD, dv);
        mY = f32x4.pmax(mY, y);
      }
      if (wantMax) {
        mX = f32x4.pmax(mX, x);
        mXY = f32x4.pmax(mXY, f32x4.add(x, y));
      }
    }
    v128.store(acc, sP);
    v128.store(acc, sY, 16);
    v128.store(acc, sD, 32);
    if (!hard) v128.store(acc, mY, 48);
    if (wantMax) {
      v128.store(acc, mX, 64);
      v128.store(acc, mXY, 80);
    }
    acc += ACC_BYTES;
    e += LINE;
    z += sStride;
    d += dStride;
    yr += yStride;
  }
  if (act == ACT_SIGMOID) v128.store(inv, zBits);
  return bits;
}

/**
 * Pass 1 over the tiles of one chunk, inlined with constant flags: labels,
 * activation and sums in one sweep per tile; float32 sums go to float64
 * every FLUSH_BYTES bytes of the rows. Returns 0 when a hard label is invalid or a
 * logit is not finite, else the largest bit pattern (as u32, at least 1) of
 * the probabilities and soft labels read.
 */
@inline
function statsChunk(
  src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize,
  yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32,
  Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32,
  sums: usize, act: i32, hard: bool, norm2: bool, wantMax: bool,
): u32 {
  const lt = lineLT(tile, C), acc = regionA(tile, C);
  memory.fill(acc, 0, <usize> C * ACC_BYTES);
  let zBits = fconst(K_ZERO), xBits = zBits;
  // Sigmoid: statsTile keeps the largest |z| bit pattern in the INV line.
  const zSlot = lt + 2 * LINE;
  if (act == ACT_SIGMOID) v128.store(zSlot, zBits);
  const end = <usize> Lp << 2;
  // Probabilities (no activation) sweep groups, not tiles: W3's pass 1 took
  // 2.8 ms with groups against 3.2 with tiles (one image, interleaved runs).
  const width = act == ACT_NONE ? GLINE : LINE;
  for (let off: usize = 0; off < end; off += width) {
    const n = off >> 2, w = act == ACT_NONE ? GLINE : min(LINE, end - off);
    for (let j: usize = 0; j < w; j += GLINE) {
      // deno-fmt-ignore
      if (!labelGroup(raw, mask, n + (j >> 2), L, C, kind, ignore, hasIgnore, lt + j)) return 0;
    }
    if (act == ACT_SOFTMAX) {
      zBits = softmaxTile(src, sStride, off, w, tile, C, kA, kB, zBits);
    }
    // deno-fmt-ignore
    xBits = statsTile(src, sStride, dst, dStride, soft, yStride, off, w, tile, C, kA, kB, xBits, act, hard, norm2, wantMax);
    const next = off + w;
    if (next == end || (next & (FLUSH_BYTES - 1)) == 0) {
      flushSums(acc, sums, C, hard, wantMax, next == end);
    }
  }
  if (act == ACT_SIGMOID) zBits = v128.load(zSlot);
  if (max4_u32(zBits) > FINITE_MAX_BITS) return 0;
  return max(1, max4_u32(xBits));
}

// Pass 1's specialised sweeps, one function each, so that each is compiled
// (and tiered up by the engine) on its own: activation, labels, norm, maxima.
// deno-fmt-ignore
function statsSoftmaxHardN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, true, true, true); }
// deno-fmt-ignore
function statsSoftmaxHardN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, true, true, false); }
// deno-fmt-ignore
function statsSoftmaxHardN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, true, false, true); }
// deno-fmt-ignore
function statsSoftmaxHardN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, true, false, false); }
// deno-fmt-ignore
function statsSoftmaxSoftN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, false, true, true); }
// deno-fmt-ignore
function statsSoftmaxSoftN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, false, true, false); }
// deno-fmt-ignore
function statsSoftmaxSoftN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, false, false, true); }
// deno-fmt-ignore
function statsSoftmaxSoftN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SOFTMAX, false, false, false); }
// deno-fmt-ignore
function statsSigmoidHardN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, true, true, true); }
// deno-fmt-ignore
function statsSigmoidHardN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, true, true, false); }
// deno-fmt-ignore
function statsSigmoidHardN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, true, false, true); }
// deno-fmt-ignore
function statsSigmoidHardN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, true, false, false); }
// deno-fmt-ignore
function statsSigmoidSoftN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, false, true, true); }
// deno-fmt-ignore
function statsSigmoidSoftN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, false, true, false); }
// deno-fmt-ignore
function statsSigmoidSoftN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, false, false, true); }
// deno-fmt-ignore
function statsSigmoidSoftN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_SIGMOID, false, false, false); }
// deno-fmt-ignore
function statsProbsHardN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, true, true, true); }
// deno-fmt-ignore
function statsProbsHardN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, true, true, false); }
// deno-fmt-ignore
function statsProbsHardN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, true, false, true); }
// deno-fmt-ignore
function statsProbsHardN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, true, false, false); }
// deno-fmt-ignore
function statsProbsSoftN2Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, false, true, true); }
// deno-fmt-ignore
function statsProbsSoftN2(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, false, true, false); }
// deno-fmt-ignore
function statsProbsSoftN1Max(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, false, false, true); }
// deno-fmt-ignore
function statsProbsSoftN1(src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sums: usize): u32 { return statsChunk(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, ACT_NONE, false, false, false); }

/** Pass 1's sweep for the flags of a call. */
// deno-fmt-ignore
function statsAny(
  src: usize, sStride: usize, dst: usize, dStride: usize, soft: usize,
  yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32,
  Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32,
  sums: usize, act: i32, norm2: bool, wantMax: bool,
): u32 {
  const hard = kind != LABEL_SOFT;
  if (act == ACT_SOFTMAX) {
    return hard == true && norm2 == true && wantMax == true ? statsSoftmaxHardN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == true && wantMax == false ? statsSoftmaxHardN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == false && wantMax == true ? statsSoftmaxHardN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == false && wantMax == false ? statsSoftmaxHardN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == true && wantMax == true ? statsSoftmaxSoftN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == true && wantMax == false ? statsSoftmaxSoftN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == false && wantMax == true ? statsSoftmaxSoftN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : statsSoftmaxSoftN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums);
  }
  if (act == ACT_SIGMOID) {
    return hard == true && norm2 == true && wantMax == true ? statsSigmoidHardN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == true && wantMax == false ? statsSigmoidHardN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == false && wantMax == true ? statsSigmoidHardN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == true && norm2 == false && wantMax == false ? statsSigmoidHardN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == true && wantMax == true ? statsSigmoidSoftN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == true && wantMax == false ? statsSigmoidSoftN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : hard == false && norm2 == false && wantMax == true ? statsSigmoidSoftN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
      : statsSigmoidSoftN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums);
  }
  return hard == true && norm2 == true && wantMax == true ? statsProbsHardN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == true && norm2 == true && wantMax == false ? statsProbsHardN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == true && norm2 == false && wantMax == true ? statsProbsHardN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == true && norm2 == false && wantMax == false ? statsProbsHardN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == false && norm2 == true && wantMax == true ? statsProbsSoftN2Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == false && norm2 == true && wantMax == false ? statsProbsSoftN2(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : hard == false && norm2 == false && wantMax == true ? statsProbsSoftN1Max(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums)
    : statsProbsSoftN1(src, sStride, dst, dStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums);
}

/**
 * Pass 1 on one chunk: adds the statistics of its kept pixels to `sums` (per
 * class, float64: P, Y, D, maxY, maxX, maxXY; for hard labels the D slot gets
 * T = Σ x over pixels labelled c, the Y slot the pixel count, and maxY is left
 * to the host). maxX and maxXY only when `wantMax`. Checks every value,
 * dropped pixels included; returns 1 when all are valid, 0 otherwise. With an
 * activation, the probabilities go to `dst` when it is not 0 (dropped pixels
 * get 0); kA kB = log2(e) / T, split in two factors so that tiny
 * temperatures stay finite. `tile`: the tile scratch, 352 C + 768 bytes.
 * Lp is a multiple of GROUP.
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
  tile: usize,
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
  // deno-fmt-ignore
  const bits = statsAny(src, srcStride, dst, dstStride, soft, softStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sums, act, norm == 2, wantMax);
  if (bits == 0) return 0;
  // Values in [0, 1] have bit patterns up to 1.0's; others (or -0) are
  // rechecked exactly. Activated values always lie in [0, 1].
  if (bits > UNIT_MAX_BITS) {
    if (act == ACT_NONE && !allUnit(src, srcStride, C, Lp)) return 0;
    if (kind == LABEL_SOFT && !allUnit(soft, softStride, C, Lp)) return 0;
  }
  return 1;
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

/** Class c's 3 float32 coefficients at `k`, each in all four lanes. */
@inline
function coefVec(k: usize, i: usize): v128 {
  return v128.load32_splat(k + i);
}

/**
 * The derivative dL/dx of the 4 lanes (x, y) of a class from its coefficients
 * k0, k1, k2 (norm 1: where x > y, x < y, x = y; norm 2: k0 x + k1 y).
 */
@inline
function coefficient(
  x: v128,
  y: v128,
  k0: v128,
  k1: v128,
  k2: v128,
  norm2: bool,
): v128 {
  if (norm2) return f32x4.add(f32x4.mul(k0, x), f32x4.mul(k1, y));
  return v128.bitselect(
    k0,
    v128.bitselect(
      k1,
      k2,
      f32x4.lt(x, y),
    ),
    f32x4.gt(x, y),
  );
}

/** The label vector y of class c at byte `i` of a tile: 1 where labelled c (hard), else the soft label. */
@inline
function labelVec(
  lt: usize,
  yr: usize,
  i: usize,
  cv: v128,
  one: v128,
  hard: bool,
): v128 {
  if (hard) return v128.and(i32x4.eq(v128.load(lt + i), cv), one);
  return v128.load(yr + i);
}

/**
 * One vector (byte `i` of a class line) of pass 2's first softmax sweep: the
 * probability x (stored, or E · INV; kept in E for the second sweep, so that
 * the caller's rows are read once), its coefficient g (kept in A); returns
 * dot + x g.
 */
@inline
function softmaxGradVec(
  p: usize, e: usize, inv: usize, gl: usize, lt: usize, yr: usize, i: usize,
  cv: v128, one: v128, c0: v128, c1: v128, c2: v128, dot: v128,
  stored: bool, hard: bool, norm2: bool,
): v128 {
  const y = labelVec(lt, yr, i, cv, one, hard);
  const x = stored
    ? v128.load(p + i)
    : f32x4.mul(v128.load(e + i), v128.load(inv + i));
  v128.store(e + i, x);
  const g = coefficient(x, y, c0, c1, c2, norm2);
  v128.store(gl + i, g);
  return madd(x, g, dot);
}

/**
 * Pass 2 through the softmax on one group: one sweep over the class lines
 * that reads p (stored by pass 1, or E · INV; kept in E), builds each
 * coefficient g (kept in A) and Σ p_k g_k; then one sweep writing
 * p (g - Σ p_k g_k) / T, 0 where dropped.
 */
@inline
function softmaxGradTile(
  src: usize, sStride: usize, stored: bool, out: usize, oStride: usize,
  soft: usize, yStride: usize, off: usize, tile: usize, C: i32, coef: usize,
  sA: f32, sB: f32, hard: bool, norm2: bool,
): void {
  const lt = lineLT(tile, C), keeps = lt + LINE, inv = lt + 2 * LINE;
  const g = regionA(tile, C), zero = fconst(K_ZERO), one = fconst(K_ONE);
  let dot0 = zero, dot1 = zero, dot2 = zero, dot3 = zero;
  let e = tile, gl = g, p = src + off, yr = soft + off, k = coef;
  for (let c = 0; c < C; c++) {
    const cv = i32x4.splat(c);
    const c0 = coefVec(k, 0), c1 = coefVec(k, 4), c2 = norm2 ? c0 : coefVec(k, 8);
    // One vector at a time, so that few values are live (no spills).
    // deno-fmt-ignore
    {
      dot0 = softmaxGradVec(p, e, inv, gl, lt, yr, 0, cv, one, c0, c1, c2, dot0, stored, hard, norm2);
      dot1 = softmaxGradVec(p, e, inv, gl, lt, yr, 16, cv, one, c0, c1, c2, dot1, stored, hard, norm2);
      dot2 = softmaxGradVec(p, e, inv, gl, lt, yr, 32, cv, one, c0, c1, c2, dot2, stored, hard, norm2);
      dot3 = softmaxGradVec(p, e, inv, gl, lt, yr, 48, cv, one, c0, c1, c2, dot3, stored, hard, norm2);
    }
    e += LINE;
    gl += GLINE;
    p += sStride;
    yr += yStride;
    k += 12;
  }
  const a = f32x4.splat(sA), b = f32x4.splat(sB);
  e = tile;
  gl = g;
  let o = out + off;
  for (let c = 0; c < C; c++) {
    // deno-fmt-ignore
    {
      const r0 = f32x4.mul(v128.load(e), f32x4.sub(v128.load(gl), dot0));
      const r1 = f32x4.mul(v128.load(e, 16), f32x4.sub(v128.load(gl, 16), dot1));
      const r2 = f32x4.mul(v128.load(e, 32), f32x4.sub(v128.load(gl, 32), dot2));
      const r3 = f32x4.mul(v128.load(e, 48), f32x4.sub(v128.load(gl, 48), dot3));
      v128.store(o, v128.and(f32x4.mul(f32x4.mul(r0, a), b), v128.load(keeps)));
      v128.store(o, v128.and(f32x4.mul(f32x4.mul(r1, a), b), v128.load(keeps, 16)), 16);
      v128.store(o, v128.and(f32x4.mul(f32x4.mul(r2, a), b), v128.load(keeps, 32)), 32);
      v128.store(o, v128.and(f32x4.mul(f32x4.mul(r3, a), b), v128.load(keeps, 48)), 48);
    }
    e += LINE;
    gl += GLINE;
    o += oStride;
  }
}

/**
 * Pass 2 without a softmax on one group, one sweep: the coefficient of each
 * class line, through the sigmoid's Jacobian and scaled by 1 / T (recomputing
 * the sigmoid unless `stored`), 0 where dropped.
 */
@inline
function plainGradTile(
  src: usize, sStride: usize, stored: bool, out: usize, oStride: usize,
  soft: usize, yStride: usize, off: usize, tile: usize, C: i32, coef: usize,
  kA: f32, kB: f32, sA: f32, sB: f32, act: i32, hard: bool, norm2: bool,
): void {
  const lt = lineLT(tile, C), keeps = lt + LINE, one = fconst(K_ONE);
  const ka = f32x4.splat(kA), kb = f32x4.splat(kB);
  const a = f32x4.splat(sA), b = f32x4.splat(sB);
  let p = src + off, o = out + off, yr = soft + off, k = coef;
  for (let c = 0; c < C; c++) {
    const cv = i32x4.splat(c);
    const c0 = coefVec(k, 0), c1 = coefVec(k, 4), c2 = norm2 ? c0 : coefVec(k, 8);
    for (let i: usize = 0; i < GLINE; i += 16) {
      let x = v128.load(p + i);
      if (act == ACT_SIGMOID && !stored) x = sigmoid4(x, ka, kb);
      let r = coefficient(x, labelVec(lt, yr, i, cv, one, hard), c0, c1, c2, norm2);
      if (act == ACT_SIGMOID) {
        r = f32x4.mul(f32x4.mul(r, x), f32x4.sub(one, x));
        r = f32x4.mul(f32x4.mul(r, a), b);
      }
      v128.store(o + i, v128.and(r, v128.load(keeps + i)));
    }
    p += sStride;
    o += oStride;
    yr += yStride;
    k += 12;
  }
}

/** Pass 2 over the groups of one chunk, inlined with constant flags. */
@inline
function gradChunk(
  src: usize, sStride: usize, stored: bool, out: usize, oStride: usize,
  soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32,
  L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32,
  sA: f32, sB: f32, coef: usize, act: i32, hard: bool, norm2: bool,
): void {
  const lt = lineLT(tile, C);
  for (let off: usize = 0, end = <usize> Lp << 2; off < end; off += GLINE) {
    labelGroup(raw, mask, off >> 2, L, C, kind, ignore, hasIgnore, lt);
    if (act == ACT_SOFTMAX) {
      if (!stored) softmaxTile(src, sStride, off, GLINE, tile, C, kA, kB, fconst(K_ZERO));
      // deno-fmt-ignore
      softmaxGradTile(src, sStride, stored, out, oStride, soft, yStride, off, tile, C, coef, sA, sB, hard, norm2);
    } else {
      // deno-fmt-ignore
      plainGradTile(src, sStride, stored, out, oStride, soft, yStride, off, tile, C, coef, kA, kB, sA, sB, act, hard, norm2);
    }
  }
}

// Pass 2's specialised sweeps, one function each: activation, stored
// probabilities, labels, norm.
// deno-fmt-ignore
function gradSoftmaxStoredHardN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, true, true); }
// deno-fmt-ignore
function gradSoftmaxStoredHardN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, true, false); }
// deno-fmt-ignore
function gradSoftmaxStoredSoftN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, false, true); }
// deno-fmt-ignore
function gradSoftmaxStoredSoftN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, false, false); }
// deno-fmt-ignore
function gradSoftmaxHardN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, true, true); }
// deno-fmt-ignore
function gradSoftmaxHardN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, true, false); }
// deno-fmt-ignore
function gradSoftmaxSoftN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, false, true); }
// deno-fmt-ignore
function gradSoftmaxSoftN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SOFTMAX, false, false); }
// deno-fmt-ignore
function gradSigmoidStoredHardN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, true, true); }
// deno-fmt-ignore
function gradSigmoidStoredHardN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, true, false); }
// deno-fmt-ignore
function gradSigmoidStoredSoftN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, false, true); }
// deno-fmt-ignore
function gradSigmoidStoredSoftN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, true, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, false, false); }
// deno-fmt-ignore
function gradSigmoidHardN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, true, true); }
// deno-fmt-ignore
function gradSigmoidHardN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, true, false); }
// deno-fmt-ignore
function gradSigmoidSoftN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, false, true); }
// deno-fmt-ignore
function gradSigmoidSoftN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_SIGMOID, false, false); }
// deno-fmt-ignore
function gradProbsHardN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_NONE, true, true); }
// deno-fmt-ignore
function gradProbsHardN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_NONE, true, false); }
// deno-fmt-ignore
function gradProbsSoftN2(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_NONE, false, true); }
// deno-fmt-ignore
function gradProbsSoftN1(src: usize, sStride: usize, out: usize, oStride: usize, soft: usize, yStride: usize, raw: usize, mask: usize, tile: usize, C: i32, L: i32, Lp: i32, kind: i32, ignore: i32, hasIgnore: bool, kA: f32, kB: f32, sA: f32, sB: f32, coef: usize): void { gradChunk(src, sStride, false, out, oStride, soft, yStride, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef, ACT_NONE, false, false); }

/**
 * Pass 2 on one chunk: writes d loss / d pred into `out` (which may be `src`).
 * With an activation, `src` holds logits unless `stored` (then probabilities
 * that pass 1 left there). `coef` holds 3 float32 per class: with norm 1 the
 * derivative where x > y, x < y and x = y; with norm 2, dL/dx = k0 x + k1 y.
 * Dropped pixels get 0. `tile`: the tile scratch, 352 C + 768 bytes.
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
  tile: usize,
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
  coef: usize,
): void {
  const hard = kind != LABEL_SOFT, n2 = norm == 2, st = stored && act != ACT_NONE;
  const s = src, ss = srcStride, o = out, os = outStride, y = soft, ys = softStride;
  // deno-fmt-ignore
  {
    if (act == ACT_SOFTMAX && st && hard && n2) gradSoftmaxStoredHardN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && st && hard && !n2) gradSoftmaxStoredHardN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && st && !hard && n2) gradSoftmaxStoredSoftN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && st && !hard && !n2) gradSoftmaxStoredSoftN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && !st && hard && n2) gradSoftmaxHardN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && !st && hard && !n2) gradSoftmaxHardN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && !st && !hard && n2) gradSoftmaxSoftN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SOFTMAX && !st && !hard && !n2) gradSoftmaxSoftN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && st && hard && n2) gradSigmoidStoredHardN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && st && hard && !n2) gradSigmoidStoredHardN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && st && !hard && n2) gradSigmoidStoredSoftN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && st && !hard && !n2) gradSigmoidStoredSoftN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && !st && hard && n2) gradSigmoidHardN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && !st && hard && !n2) gradSigmoidHardN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && !st && !hard && n2) gradSigmoidSoftN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (act == ACT_SIGMOID && !st && !hard && !n2) gradSigmoidSoftN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (hard && n2) gradProbsHardN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (hard && !n2) gradProbsHardN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (!hard && n2) gradProbsSoftN2(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
    else if (!hard && !n2) gradProbsSoftN1(s, ss, o, os, y, ys, raw, mask, tile, C, L, Lp, kind, ignore, hasIgnore, kA, kB, sA, sB, coef);
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
