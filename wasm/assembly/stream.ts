// Streaming baseline for the benchmarks: reads memory once, as fast as f32x4 allows.

/** Sum of `n` float32 at `ptr` (n a multiple of 16), lanes added in float32. */
export function streamSum(ptr: usize, n: i32): f32 {
  let a = f32x4.splat(0);
  let b = f32x4.splat(0);
  let c = f32x4.splat(0);
  let d = f32x4.splat(0);
  for (let p = ptr, end = ptr + (<usize> n << 2); p < end; p += 64) {
    a = f32x4.add(a, v128.load(p));
    b = f32x4.add(b, v128.load(p, 16));
    c = f32x4.add(c, v128.load(p, 32));
    d = f32x4.add(d, v128.load(p, 48));
  }
  const s = f32x4.add(f32x4.add(a, b), f32x4.add(c, d));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) +
    f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}
