// Shared by the step kernels (stats_reduce, step_classes, step_images,
// step_value, step_coef), which include it: the step's options, the buffers
// they exchange, float-float sums, and the float32 mirror of the host step
// (src/core/host_step.ts): group loss and derivatives, active classes.
//
// The statistics record (read back) is a header of 4 words (stamp, pass-1
// flags, 2 unused) and 9 floats per group (b, c): P, Y, D as float-float
// (hi, lo) pairs, then maxY, maxX, maxXY. The host adds hi + lo in float64.

struct StepParams {
  images: u32,
  classes: u32,
  image_tiles: u32,
  stamp: u32,
  // 0: ALL, 1: PRESENT / LABEL, 2: PROB, 3: BOTH, 4: a list of classes.
  mode: u32,
  norm: u32,
  log_loss: u32,
  // Image-level groups are needed (mIoUI > 0 or mIoUC > 0).
  need_image: u32,
  miou_d: f32,
  miou_i: f32,
  miou_c: f32,
  alpha: f32,
  beta: f32,
  gamma: f32,
  smoothing: f32,
  // The largest float32 <= the threshold: v > it iff v > the threshold.
  threshold: f32,
}

// A group's loss and its derivatives with respect to tp, fp, fn, and
// whether it is active.
struct Group {
  d: vec4f,
  on: u32,
}

const REC_HEAD: u32 = 4u;
const REC_K: u32 = 9u;
const MAX_X: u32 = 65535u;

@group(0) @binding(0) var<uniform> sp: StepParams;

// The index of a workgroup of a dispatch of (min(n, 65535), ceil(n / 65535)).
fn wg_index(wid: vec3u) -> u32 {
  return wid.x + wid.y * MAX_X;
}

// Knuth's two-sum: s + e == a + b exactly.
fn two_sum(a: f32, b: f32) -> vec2f {
  let s = a + b;
  let bb = s - a;
  return vec2f(s, (a - (s - bb)) + (b - bb));
}

// Float-float addition (hi, lo) + (hi, lo).
fn ff_add(x: vec2f, y: vec2f) -> vec2f {
  let s = two_sum(x.x, y.x);
  let e = s.y + (x.y + y.y);
  let h = s.x + e;
  return vec2f(h, e - (h - s.x));
}

fn ff_neg(x: vec2f) -> vec2f {
  return -x;
}

// v^g for g >= 0: real for v >= 0, and for v < 0 when g is an integer; NaN
// otherwise (the host step then refuses the options).
fn pow_real(v: f32, g: f32) -> f32 {
  if (g == 0.0) {
    return 1.0;
  }
  if (v > 0.0) {
    return pow(v, g);
  }
  if (v == 0.0) {
    return 0.0;
  }
  if (fract(g) != 0.0) {
    // A run-time NaN: a constant one is a shader-creation error in Dawn.
    var nan_bits = 0x7fc00000u;
    return bitcast<f32>(nan_bits);
  }
  let m = pow(-v, g);
  return select(m, -m, fract(g * 0.5) != 0.0);
}

// groupLoss() of host_step.ts in float32: (l, dl/dtp, dl/dfp, dl/dfn).
fn group_loss(tp0: f32, fp0: f32, fn0: f32, weight: f32) -> vec4f {
  let mag = max(max(abs(tp0), abs(fp0)), max(abs(fn0), sp.smoothing));
  // Tiny groups are lifted by an exact power of two (the score is scale-free).
  let k = select(1.0, 0x1p60, mag > 0.0 && mag < 0x1p-40);
  let tp = tp0 * k;
  let fp = fp0 * k;
  let fn_ = fn0 * k;
  let sm = sp.smoothing * k;
  let num = tp + sm;
  let den = tp + sp.alpha * fp + sp.beta * fn_ + sm;
  if (den == 0.0 && num == 0.0) {
    return vec4f(0.0);
  }
  let score = num / den;
  var l0 = 1.0 - score;
  var dl = -1.0;
  if (sp.log_loss != 0u) {
    l0 = -log(score);
    dl = -1.0 / score;
  }
  var l = l0;
  if (sp.gamma > 1.0) {
    l = pow_real(l0, sp.gamma);
    dl *= sp.gamma * pow_real(l0, sp.gamma - 1.0);
  }
  l *= weight;
  dl *= weight;
  let den2 = den * den / k;
  return vec4f(
    l,
    dl * (sp.alpha * fp + sp.beta * fn_) / den2,
    dl * (-sp.alpha * num) / den2,
    dl * (-sp.beta * num) / den2,
  );
}

// groupLossFromSums(): tp, fp, fn from float-float P, Y, D (norm 1: clamped
// at 0), then group_loss().
fn group_loss_sums(P: vec2f, Y: vec2f, D: vec2f, weight: f32) -> vec4f {
  var tp = ff_add(ff_add(P, Y), ff_neg(D)) * 0.5;
  var fp = ff_add(P, ff_neg(tp));
  var fn_ = ff_add(Y, ff_neg(tp));
  if (sp.norm == 1u) {
    tp = select(tp, vec2f(0.0), tp.x + tp.y < 0.0);
    fp = select(fp, vec2f(0.0), fp.x + fp.y < 0.0);
    fn_ = select(fn_, vec2f(0.0), fn_.x + fn_.y < 0.0);
  }
  return group_loss(tp.x + tp.y, fp.x + fp.y, fn_.x + fn_.y, weight);
}

// isActive() of host_step.ts; `listed` is the class's entry of a list mode.
fn is_active(m: vec3f, listed: bool) -> bool {
  switch (sp.mode) {
    case 0u: {
      return true;
    }
    case 1u: {
      return m.x > sp.threshold;
    }
    case 2u: {
      return m.y > sp.threshold;
    }
    case 3u: {
      return m.z > sp.threshold;
    }
    default: {
      return listed;
    }
  }
}

@group(0) @binding(1) var<storage, read> partials: array<f32>;
@group(0) @binding(2) var<storage, read_write> record: array<f32>;
@group(0) @binding(3) var<storage, read_write> image_groups: array<Group>;
// [0] active classes (dataset level), [1] images with an active class,
// [2] classes active in some image, [3] unused, then per image and per class
// the number of active image-level groups.
@group(0) @binding(4) var<storage, read_write> counts: array<atomic<u32>>;
@group(0) @binding(5) var<storage, read_write> class_groups: array<Group>;
// Per image, then per class: the sum of its image-level group losses.
@group(0) @binding(6) var<storage, read_write> loss_sums: array<f32>;
// Per class: weight, and 1 where a list mode lists it.
@group(0) @binding(7) var<storage, read> class_info: array<vec2f>;

fn record_at(g: u32) -> u32 {
  return REC_HEAD + g * REC_K;
}

fn record_sum(g: u32, k: u32) -> vec2f {
  let o = record_at(g) + 2u * k;
  return vec2f(record[o], record[o + 1u]);
}

fn record_max(g: u32) -> vec3f {
  let o = record_at(g) + 6u;
  return vec3f(record[o], record[o + 1u], record[o + 2u]);
}
