// Pass 1: per (image, class) statistics of one tile of pixels, reduced over
// the workgroup by a tree in workgroup memory, written as one partial record
// per (image, tile, class): [P, Y, D, maxY, maxX, maxXY]. The host adds the
// partials of all tiles in float64. Every value read is also checked (dropped
// pixels too); a bad one sets a bit in `flags` (1: prediction, 2: labels).

// @include _loss_common.wgsl

const WG: u32 = 64u;
const PPT: u32 = 8u;
const EXP_MASK: u32 = 0x7f800000u;

@group(0) @binding(4) var<storage, read_write> partials: array<f32>;
@group(0) @binding(5) var<storage, read_write> flags: array<atomic<u32>, 1>;

var<workgroup> red_sum: array<vec3f, WG>;
var<workgroup> red_max: array<vec3f, WG>;

fn is_finite(v: f32) -> bool {
  return (bitcast<u32>(v) & EXP_MASK) != EXP_MASK;
}

fn in_unit(v: f32) -> bool {
  return is_finite(v) && v >= 0.0 && v <= 1.0;
}

fn power(v: f32) -> f32 {
  if (NORM == 2u) {
    return v * v;
  }
  return v;
}

@compute @workgroup_size(WG)
fn stats_pass(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let tile = wid.x;
  let img = wid.y;
  let classes = params.classes;
  var bad = 0u;
  // Per pixel of this thread: in range, kept, hard label (-1 soft), softmax max and sum.
  var live: array<bool, PPT>;
  var keep: array<bool, PPT>;
  var lab: array<i32, PPT>;
  var mx: array<f32, PPT>;
  var sm: array<f32, PPT>;
  for (var j = 0u; j < PPT; j++) {
    let n = (tile * PPT + j) * WG + lid;
    live[j] = n < params.len;
    keep[j] = false;
    lab[j] = -1;
    mx[j] = 0.0;
    sm[j] = 1.0;
    if (!live[j]) {
      continue;
    }
    let q = img * params.len + n;
    var k = kept(q);
    if (LABELS != 0u) {
      let l = hard_label(q);
      let ignored = params.has_ignore != 0u && l == params.ignore_index;
      if (!ignored && (l < 0 || u32(l) >= classes)) {
        bad |= 2u;
      }
      k = k && !ignored;
      lab[j] = l;
    }
    keep[j] = k;
    let ms = softmax_max_sum(img, n);
    mx[j] = ms.x;
    sm[j] = ms.y;
  }

  for (var c = 0u; c < classes; c++) {
    var acc_sum = vec3f(0.0);
    var acc_max = vec3f(0.0);
    for (var j = 0u; j < PPT; j++) {
      if (!live[j]) {
        continue;
      }
      let n = (tile * PPT + j) * WG + lid;
      let e = elem(img, c, n);
      let z = pred[e];
      var x: f32;
      if (ACTIVATION == 0u) {
        if (!in_unit(z)) {
          bad |= 1u;
        }
        x = z;
      } else {
        if (!is_finite(z)) {
          bad |= 1u;
        }
        x = prob(z, mx[j], sm[j]);
      }
      var y: f32;
      if (LABELS == 0u) {
        y = bitcast<f32>(labels[e]);
        if (!in_unit(y)) {
          bad |= 2u;
        }
      } else {
        y = select(0.0, 1.0, lab[j] == i32(c));
      }
      if (keep[j]) {
        acc_sum += vec3f(power(x), power(y), power(abs(x - y)));
        acc_max = max(acc_max, vec3f(y, x, x + y));
      }
    }
    red_sum[lid] = acc_sum;
    red_max[lid] = acc_max;
    workgroupBarrier();
    for (var stride = WG / 2u; stride > 0u; stride >>= 1u) {
      if (lid < stride) {
        red_sum[lid] += red_sum[lid + stride];
        red_max[lid] = max(red_max[lid], red_max[lid + stride]);
      }
      workgroupBarrier();
    }
    if (lid == 0u) {
      let o = ((img * params.tiles + tile) * classes + c) * 6u;
      let s = red_sum[0];
      let m = red_max[0];
      partials[o] = s.x;
      partials[o + 1u] = s.y;
      partials[o + 2u] = s.z;
      partials[o + 3u] = m.x;
      partials[o + 4u] = m.y;
      partials[o + 5u] = m.z;
    }
    workgroupBarrier();
  }
  if (bad != 0u) {
    atomicOr(&flags[0], bad);
  }
}
