// Counting pass of the scoring metrics (src/metrics_counts.ts is the oracle),
// one image at a time. AssemblyScript; compiled with --enable simd
// --runtime stub. No imports: nothing here can call abort.
//
// Memory is laid out by the host (src/wasm/metrics.ts) from metrics_base():
//   probs  f32[C*N]  channel-first probabilities of one image
//   labels i32[N]    class ids, -1 for dropped pixels (checked by the host)
//   maxv   f32[N]    scratch: max probability per pixel
//   arg    i32[N]    scratch: argmax per pixel (first maximum wins)
//   edges  f64[nb+1] left edges of the calibration bins, then a sentinel
//   counts f64[3*C]  out: tp, pred, label per class
//   eceB   f64[nb*3] out: total, correct, confidence per bin
//   sceB   f64[C*nb*3] out: the same per class
//   hist   f64[4*nb*3] scratch: four interleaved histograms of one class,
//          then two lists of 1024 + 4 words (metrics_sce_class)
// Sums run in the same order as the js pass, so the results are identical.

/** First byte the host may use, 16-byte aligned. */
export function metrics_base(): usize {
  return (__heap_base + 15) & ~(<usize>15);
}

/** Grows memory to hold `bytes` bytes in all; returns 0 when it cannot. */
export function metrics_reserve(bytes: usize): i32 {
  const need = <i32>((bytes + 0xffff) >>> 16);
  const have = memory.size();
  if (need > have && memory.grow(need - have) < 0) return 0;
  return 1;
}

// @ts-ignore: decorator
@inline
function binOf(v: f64, nb: i32, edges: usize): i32 {
  let k = <i32>Math.floor(v * <f64>nb);
  if (k > nb - 1) k = nb - 1;
  if (k < 0) k = 0;
  while (k < nb - 1 && v >= load<f64>(edges + ((<usize>(k + 1)) << 3))) k++;
  while (k > 0 && v < load<f64>(edges + ((<usize>k) << 3))) k--;
  return k;
}

/**
 * Index of the first value (class-major order) outside [0, 1] at a kept
 * pixel (label >= 0), or -1: an ignored pixel's probabilities are not scored.
 */
function firstBad(probs: usize, labels: usize, C: i32, N: i32): i32 {
  for (let c = 0; c < C; c++) {
    const base = probs + ((<usize>c * <usize>N) << 2);
    for (let i = 0; i < N; i++) {
      if (load<i32>(labels + ((<usize>i) << 2)) < 0) continue;
      const v = load<f32>(base + ((<usize>i) << 2));
      if (!(v >= 0 && v <= 1)) return c * N + i;
    }
  }
  return -1;
}

/**
 * Argmax, max and validation over C channels of N pixels (SIMD, 4 lanes).
 * Returns the index of the first probability outside [0, 1] at a kept pixel,
 * or -1.
 */
function argmax(
  probs: usize,
  labels: usize,
  C: i32,
  N: i32,
  maxv: usize,
  arg: usize,
): i32 {
  const zero = f32x4.splat(0);
  const one = f32x4.splat(1);
  let bad = i32x4.splat(0);
  let badTail = false;
  const N4 = N & ~3;
  for (let i = 0; i < N4; i += 4) {
    const o = (<usize>i) << 2;
    const v = v128.load(probs + o);
    bad = v128.or(bad, v128.not(v128.and(f32x4.ge(v, zero), f32x4.le(v, one))));
    v128.store(maxv + o, v);
    v128.store(arg + o, i32x4.splat(0));
  }
  for (let i = N4; i < N; i++) {
    const o = (<usize>i) << 2;
    const v = load<f32>(probs + o);
    if (!(v >= 0 && v <= 1)) badTail = true;
    store<f32>(maxv + o, v);
    store<i32>(arg + o, 0);
  }
  for (let c = 1; c < C; c++) {
    const base = probs + ((<usize>c * <usize>N) << 2);
    const cv = i32x4.splat(c);
    for (let i = 0; i < N4; i += 4) {
      const o = (<usize>i) << 2;
      const v = v128.load(base + o);
      bad = v128.or(
        bad,
        v128.not(v128.and(f32x4.ge(v, zero), f32x4.le(v, one))),
      );
      const m = v128.load(maxv + o);
      const gt = f32x4.gt(v, m);
      v128.store(maxv + o, v128.bitselect(v, m, gt));
      v128.store(arg + o, v128.bitselect(cv, v128.load(arg + o), gt));
    }
    for (let i = N4; i < N; i++) {
      const o = (<usize>i) << 2;
      const v = load<f32>(base + o);
      if (!(v >= 0 && v <= 1)) badTail = true;
      if (v > load<f32>(maxv + o)) {
        store<f32>(maxv + o, v);
        store<i32>(arg + o, c);
      }
    }
  }
  // Rare: something is out of range somewhere; only kept pixels count.
  if (badTail || v128.any_true(bad)) return firstBad(probs, labels, C, N);
  return -1;
}

/**
 * Counts one image: argmax, tp / pred / label per class and, with `flags`
 * 1, the ECE bins (`edges` must then be binEdges(nb)). Returns -1, or the
 * index (class-major) of the first bad probability.
 */
export function metrics_count_image(
  probs: usize,
  labels: usize,
  C: i32,
  N: i32,
  nb: i32,
  edges: usize,
  maxv: usize,
  arg: usize,
  counts: usize,
  eceB: usize,
  flags: i32,
): i32 {
  const bad = argmax(probs, labels, C, N, maxv, arg);
  if (bad >= 0) return bad;
  memory.fill(counts, 0, (<usize>C * 3) << 3);
  memory.fill(eceB, 0, (<usize>nb * 3) << 3);
  if ((flags & 1) == 0) {
    for (let i = 0; i < N; i++) countPixel(i, labels, arg, maxv, counts, C, -1, eceB);
    return -1;
  }
  // The bins of four pixels at once (bins4); the sums still run pixel by
  // pixel, in the js pass's order.
  const nbf = f32x4.splat(<f32>nb), top = i32x4.splat(nb - 1);
  const zero = i32x4.splat(0), one = i32x4.splat(1);
  const N4 = N & ~3;
  for (let i = 0; i < N4; i += 4) {
    const bins = bins4(v128.load(maxv + ((<usize>i) << 2)), nbf, top, zero, one);
    countPixel(i, labels, arg, maxv, counts, C, i32x4.extract_lane(bins, 0), eceB);
    countPixel(i + 1, labels, arg, maxv, counts, C, i32x4.extract_lane(bins, 1), eceB);
    countPixel(i + 2, labels, arg, maxv, counts, C, i32x4.extract_lane(bins, 2), eceB);
    countPixel(i + 3, labels, arg, maxv, counts, C, i32x4.extract_lane(bins, 3), eceB);
  }
  for (let i = N4; i < N; i++) {
    const bin = binOf(<f64>load<f32>(maxv + ((<usize>i) << 2)), nb, edges);
    countPixel(i, labels, arg, maxv, counts, C, bin, eceB);
  }
  return -1;
}

/**
 * Adds pixel i to the counts (tp, pred, label per class) and, when `bin` is
 * not -1, to ECE bin `bin` (total, correct, confidence); dropped pixels
 * (label < 0) add nothing.
 */
// @ts-ignore: decorator
@inline
function countPixel(
  i: i32,
  labels: usize,
  arg: usize,
  maxv: usize,
  counts: usize,
  C: i32,
  bin: i32,
  eceB: usize,
): void {
  const o = (<usize>i) << 2;
  const l = load<i32>(labels + o);
  if (l < 0) return;
  const a = load<i32>(arg + o);
  const pa = counts + ((<usize>(C + a)) << 3);
  store<f64>(pa, load<f64>(pa) + 1);
  const pl = counts + ((<usize>(2 * C + l)) << 3);
  store<f64>(pl, load<f64>(pl) + 1);
  const ok: f64 = a == l ? 1 : 0;
  const pt = counts + ((<usize>l) << 3);
  store<f64>(pt, load<f64>(pt) + ok);
  if (bin < 0) return;
  const b = eceB + (<usize>(bin * 3) << 3);
  store<f64>(b, load<f64>(b) + 1);
  store<f64>(b + 8, load<f64>(b + 8) + ok);
  store<f64>(b + 16, load<f64>(b + 16) + <f64>load<f32>(maxv + o));
}

/**
 * Bins of four confidences v in [0, 1] with the edges of binEdges (left edge
 * k is fround(k / nb), which float32 division gives exactly for nb < 2^28):
 * trunc(v nb) is within one of the bin, then one step up and one down.
 */
// @ts-ignore: decorator
@inline
function bins4(v: v128, nbf: v128, top: v128, zero: v128, one: v128): v128 {
  let k = i32x4.trunc_sat_f32x4_s(f32x4.mul(v, nbf));
  k = i32x4.min_s(i32x4.max_s(k, zero), top);
  const next = f32x4.div(f32x4.convert_i32x4_s(i32x4.add(k, one)), nbf);
  k = i32x4.sub(k, v128.and(i32x4.lt_s(k, top), f32x4.ge(v, next)));
  const left = f32x4.div(f32x4.convert_i32x4_s(k), nbf);
  return i32x4.add(k, v128.and(i32x4.gt_s(k, zero), f32x4.lt(v, left)));
}

/** Pixels of one block of the SCE pass's compacted lists. */
const SCE_BLOCK = 1024;

/**
 * Byte shuffles that move the lanes set in a 4-bit mask to the front, in
 * order (mask m at 16 m).
 */
const COMPACT = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0,
  12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0,
  8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
  4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
], 16);

/**
 * Adds the SCE bins of class `c` of one image (after metrics_count_image).
 * `edges` must be binEdges(nb). One call per class keeps calls short, so V8
 * moves the loop to its optimising tier after the first classes instead of
 * after whole images. Four interleaved histograms (pixel i goes to copy
 * i & 3) break the store-to-load chains of consecutive pixels in one bin;
 * they are merged as h0 + h1 + h2 + h3 (left to right), the order the js
 * pass uses. Bin 0 (most probabilities of most classes) is summed in SIMD
 * registers, lane j being copy j. For the other bins, each block of
 * SCE_BLOCK pixels first lists its pixels outside bin 0 without a branch
 * (bins found in SIMD by bins4, lanes compacted by a shuffle): the byte
 * offset of the copy's bin + 1 where the pixel is right, and the confidence;
 * then adds the list in order, counts in a u64 per bin (pixels, + 2^32 per
 * right one) and confidences in float64. Every sum sees its values in the
 * js pass's order, so the results are identical.
 */
export function metrics_sce_class(
  probs: usize,
  labels: usize,
  arg: usize,
  N: i32,
  nb: i32,
  edges: usize,
  sceB: usize,
  hist: usize,
  c: i32,
): void {
  const stride = (<usize>nb * 3) << 3;
  const base = probs + ((<usize>c * <usize>N) << 2);
  const keys = hist + (stride << 2), xs = keys + (SCE_BLOCK << 2) + 16;
  memory.fill(hist, 0, stride << 2);
  const e1 = f32x4.splat(nb > 1 ? <f32>load<f64>(edges + 8) : Infinity);
  const cv = i32x4.splat(c);
  const none = i32x4.splat(-1);
  const zero = i32x4.splat(0), one = i32x4.splat(1);
  const nbf = f32x4.splat(<f32>nb), top = i32x4.splat(nb - 1);
  const bin3 = i32x4.splat(24);
  const copies = i32x4.add(
    i32x4.splat(<i32>hist),
    i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(<i32>stride)),
  );
  let cnt = zero;
  let acc = zero;
  let c01 = f64x2.splat(0);
  let c23 = f64x2.splat(0);
  const N4 = N & ~3;
  for (let i0 = 0; i0 < N4; i0 += SCE_BLOCK) {
    let end: usize = 0;
    for (let i = i0, i1 = min(i0 + SCE_BLOCK, N4); i < i1; i += 4) {
      const o = (<usize>i) << 2;
      const v = v128.load(base + o);
      const l = v128.load(labels + o);
      const keep = i32x4.gt_s(l, none);
      const in0 = v128.and(keep, f32x4.lt(v, e1));
      const ok = v128.and(i32x4.eq(l, cv), i32x4.eq(v128.load(arg + o), cv));
      cnt = i32x4.sub(cnt, in0);
      acc = i32x4.sub(acc, v128.and(in0, ok));
      c01 = f64x2.add(
        c01,
        v128.and(f64x2.promote_low_f32x4(v), i64x2.extend_low_i32x4_s(in0)),
      );
      const hi = v128.shuffle<i32>(v, v, 2, 3, 2, 3);
      c23 = f64x2.add(
        c23,
        v128.and(f64x2.promote_low_f32x4(hi), i64x2.extend_high_i32x4_s(in0)),
      );
      const bin = bins4(v, nbf, top, zero, one);
      const key = v128.or(i32x4.add(copies, i32x4.mul(bin, bin3)), v128.and(ok, one));
      const m = i32x4.bitmask(v128.andnot(keep, in0));
      const sh = v128.load(COMPACT + ((<usize>m) << 4));
      v128.store(keys + end, i8x16.swizzle(key, sh));
      v128.store(xs + end, i8x16.swizzle(v, sh));
      end += (<usize>popcnt(m)) << 2;
    }
    for (let e: usize = 0; e < end; e += 4) {
      const key = load<u32>(keys + e);
      const b = <usize>(key & ~7);
      store<u64>(b, load<u64>(b) + 1 + ((<u64>(key & 1)) << 32));
      store<f64>(b + 16, load<f64>(b + 16) + <f64>load<f32>(xs + e));
    }
  }
  sceFinish(probs, labels, arg, N, nb, edges, sceB, hist, c, cnt, acc, c01, c23);
}

/**
 * The end of metrics_sce_class: the packed counts to float64, bin 0 of each
 * copy from the registers, the last N % 4 pixels in order, and the copies
 * merged into class c's SCE bins.
 */
// deno-fmt-ignore
function sceFinish(
  probs: usize, labels: usize, arg: usize, N: i32, nb: i32, edges: usize,
  sceB: usize, hist: usize, c: i32, cnt: v128, acc: v128, c01: v128, c23: v128,
): void {
  const stride = (<usize>nb * 3) << 3;
  const base = probs + ((<usize>c * <usize>N) << 2);
  for (let j: usize = 0; j < stride << 2; j += 24) {
    const packed = load<u64>(hist + j);
    store<f64>(hist + j, <f64>(<u32>packed));
    store<f64>(hist + j + 8, <f64>(<u32>(packed >>> 32)));
  }
  store<f64>(hist, <f64>i32x4.extract_lane(cnt, 0));
  store<f64>(hist + 8, <f64>i32x4.extract_lane(acc, 0));
  store<f64>(hist + 16, f64x2.extract_lane(c01, 0));
  store<f64>(hist + stride, <f64>i32x4.extract_lane(cnt, 1));
  store<f64>(hist + stride + 8, <f64>i32x4.extract_lane(acc, 1));
  store<f64>(hist + stride + 16, f64x2.extract_lane(c01, 1));
  store<f64>(hist + 2 * stride, <f64>i32x4.extract_lane(cnt, 2));
  store<f64>(hist + 2 * stride + 8, <f64>i32x4.extract_lane(acc, 2));
  store<f64>(hist + 2 * stride + 16, f64x2.extract_lane(c23, 0));
  store<f64>(hist + 3 * stride, <f64>i32x4.extract_lane(cnt, 3));
  store<f64>(hist + 3 * stride + 8, <f64>i32x4.extract_lane(acc, 3));
  store<f64>(hist + 3 * stride + 16, f64x2.extract_lane(c23, 1));
  for (let i = N & ~3; i < N; i++) {
    const o = (<usize>i) << 2;
    const l = load<i32>(labels + o);
    if (l < 0) continue;
    const v = <f64>load<f32>(base + o);
    const b = hist + (<usize>(i & 3)) * stride +
      (<usize>(binOf(v, nb, edges) * 3) << 3);
    store<f64>(b, load<f64>(b) + 1);
    if (l == c && load<i32>(arg + o) == c) {
      store<f64>(b + 8, load<f64>(b + 8) + 1);
    }
    store<f64>(b + 16, load<f64>(b + 16) + v);
  }
  const cb = sceB + (<usize>c) * stride;
  for (let j: usize = 0; j < stride; j += 8) {
    const h = hist + j;
    store<f64>(
      cb + j,
      load<f64>(h) + load<f64>(h + stride) + load<f64>(h + 2 * stride) +
        load<f64>(h + 3 * stride),
    );
  }
}

/**
 * Index of the first kept pixel (label != ignore) whose label or predicted
 * class id is >= C, or -1. The rare path of metrics_count_pred_u8.
 */
function firstBadPred(
  pred: usize,
  labels: usize,
  N: i32,
  C: i32,
  ignore: i32,
): i32 {
  for (let i = 0; i < N; i++) {
    const l = <i32>load<u8>(labels + <usize>i);
    if (l == ignore) continue;
    if (l >= C || <i32>load<u8>(pred + <usize>i) >= C) return i;
  }
  return -1;
}

/** Adds 1 to the cell of (label byte l, prediction byte a) of one histogram. */
// @ts-ignore: decorator
@inline
function bump(tables: usize, hist: usize, l: u32, a: u32): void {
  const r = load<u32>(tables + ((<usize>l) << 2));
  const h = hist + ((<usize>(r + load<u32>(tables + 1024 + ((<usize>a) << 2)))) << 2);
  store<u32>(h, load<u32>(h) + 1);
}

/**
 * Counts one image of byte class ids in one sweep into a joint histogram:
 * `hist` is u32[4][(C+2)·(C+1)] (four copies, pixel i in copy i & 3, summed
 * into copy 0 at the end), row = label (C: ignored, C+1: label >= C),
 * column = prediction (C: prediction >= C); tp, pred and label counts are
 * its diagonal, column and row sums (the host takes them). One read-modify-
 * write per pixel, through two 256-entry tables (u32 each, at `tables`) that
 * map a byte to its row offset and its column. `ignore` is -1 for none.
 * Returns -1, or the index of the first kept pixel whose label or prediction
 * is >= C.
 */
export function metrics_count_pred_u8(
  pred: usize,
  labels: usize,
  N: i32,
  C: i32,
  ignore: i32,
  tables: usize,
  hist: usize,
): i32 {
  const W = C + 1;
  for (let v = 0; v < 256; v++) {
    const row = v == ignore ? C : v < C ? v : C + 1;
    store<u32>(tables + ((<usize>v) << 2), <u32>(row * W));
    store<u32>(tables + 1024 + ((<usize>v) << 2), <u32>(v < C ? v : C));
  }
  const cells = (<usize>(C + 2) * <usize>W) << 2;
  memory.fill(hist, 0, cells << 2);
  const N4 = N & ~3;
  for (let i = 0; i < N4; i += 4) {
    const l4 = load<u32>(labels + <usize>i);
    const a4 = load<u32>(pred + <usize>i);
    // Pixel i + j counts in copy j: runs of one class do not chain stores.
    bump(tables, hist, l4 & 255, a4 & 255);
    bump(tables, hist + cells, (l4 >>> 8) & 255, (a4 >>> 8) & 255);
    bump(tables, hist + 2 * cells, (l4 >>> 16) & 255, (a4 >>> 16) & 255);
    bump(tables, hist + 3 * cells, l4 >>> 24, a4 >>> 24);
  }
  for (let i = N4; i < N; i++) {
    const l = <u32>load<u8>(labels + <usize>i);
    bump(tables, hist, l, <u32>load<u8>(pred + <usize>i));
  }
  // Copy 0 += copies 1..3; then kept pixels with a label >= C, or a
  // prediction >= C.
  for (let o: usize = 0; o < cells; o += 4) {
    const h = hist + o;
    store<u32>(
      h,
      load<u32>(h) + load<u32>(h + cells) + load<u32>(h + 2 * cells) +
        load<u32>(h + 3 * cells),
    );
  }
  let bad: u32 = 0;
  for (let a = 0; a < W; a++) {
    bad |= load<u32>(hist + ((<usize>((C + 1) * W + a)) << 2));
  }
  for (let l = 0; l < C; l++) {
    bad |= load<u32>(hist + ((<usize>(l * W + C)) << 2));
  }
  return bad != 0 ? firstBadPred(pred, labels, N, C, ignore) : -1;
}
