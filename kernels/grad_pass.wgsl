// Pass 2: d loss / d prediction of every element, one pixel per invocation,
// from the per-group coefficients of the host step (three per (image, class):
// norm 1: dL/dx where x > y, x < y, x = y; norm 2: dL/dx = k0*x + k1*y), then
// through the activation. Dropped pixels get 0. Layouts as in stats_pass.wgsl.

override ACTIVATION: u32 = 1u;
override LABELS: u32 = 1u;
override HAS_MASK: bool = false;
override NORM: u32 = 1u;
override CHANNELS_LAST: bool = false;

const WG: u32 = 256u;

struct Params {
  classes: u32,
  len: u32,
  tiles: u32,
  has_ignore: u32,
  ignore_index: i32,
  temperature: f32,
  first_image: u32,
  images: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> pred: array<f32>;
@group(0) @binding(2) var<storage, read> labels: array<u32>;
@group(0) @binding(3) var<storage, read> mask: array<u32>;
@group(0) @binding(4) var<storage, read> coef: array<f32>;
@group(0) @binding(5) var<storage, read_write> grad: array<f32>;

fn hard_label(q: u32) -> i32 {
  if (LABELS == 1u) {
    return i32((labels[q >> 2u] >> ((q & 3u) * 8u)) & 0xffu);
  }
  if (LABELS == 2u) {
    return i32((labels[q >> 1u] >> ((q & 1u) * 16u)) & 0xffffu);
  }
  return bitcast<i32>(labels[q]);
}

fn kept(q: u32) -> bool {
  if (!HAS_MASK) {
    return true;
  }
  return ((mask[q >> 2u] >> ((q & 3u) * 8u)) & 0xffu) != 0u;
}

fn elem(img: u32, c: u32, n: u32) -> u32 {
  if (CHANNELS_LAST) {
    return (img * params.len + n) * params.classes + c;
  }
  return (img * params.classes + c) * params.len + n;
}

// The probability of element e, given the pixel's softmax max and sum.
fn prob(e: u32, m: f32, s: f32) -> f32 {
  let z = pred[e];
  if (ACTIVATION == 0u) {
    return z;
  }
  if (ACTIVATION == 1u) {
    let d = z / params.temperature - m;
    let ex = select(exp(d), 1.0, d == 0.0);
    return select(ex / s, ex, s == 1.0);
  }
  return 1.0 / (1.0 + exp(-z / params.temperature));
}

// dL/dx of element e (class c of pixel q, image img) with probability x.
fn dloss(e: u32, img: u32, c: u32, lab: i32, x: f32) -> f32 {
  var y: f32;
  if (LABELS == 0u) {
    y = bitcast<f32>(labels[e]);
  } else {
    y = select(0.0, 1.0, lab == i32(c));
  }
  let k = ((params.first_image + img) * params.classes + c) * 3u;
  if (NORM == 2u) {
    return coef[k] * x + coef[k + 1u] * y;
  }
  if (x > y) {
    return coef[k];
  }
  if (x < y) {
    return coef[k + 1u];
  }
  return coef[k + 2u];
}

@compute @workgroup_size(WG)
fn grad_pass(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) groups: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let q = (wid.y * groups.x + wid.x) * WG + lid;
  if (q >= params.images * params.len) {
    return;
  }
  let img = q / params.len;
  let n = q % params.len;
  let classes = params.classes;
  var keep = kept(q);
  var lab = -1;
  if (LABELS != 0u) {
    lab = hard_label(q);
    keep = keep && !(params.has_ignore != 0u && lab == params.ignore_index);
  }
  if (!keep) {
    for (var c = 0u; c < classes; c++) {
      grad[elem(img, c, n)] = 0.0;
    }
    return;
  }
  var m = 0.0;
  var s = 1.0;
  if (ACTIVATION == 1u) {
    m = pred[elem(img, 0u, n)] / params.temperature;
    for (var c = 1u; c < classes; c++) {
      m = max(m, pred[elem(img, c, n)] / params.temperature);
    }
    s = 0.0;
    for (var c = 0u; c < classes; c++) {
      let d = pred[elem(img, c, n)] / params.temperature - m;
      s += select(exp(d), 1.0, d == 0.0);
    }
  }
  var dot = 0.0;
  if (ACTIVATION == 1u) {
    for (var c = 0u; c < classes; c++) {
      let e = elem(img, c, n);
      let x = prob(e, m, s);
      dot += x * dloss(e, img, c, lab, x);
    }
  }
  for (var c = 0u; c < classes; c++) {
    let e = elem(img, c, n);
    let x = prob(e, m, s);
    let g = dloss(e, img, c, lab, x);
    var out: f32;
    if (ACTIVATION == 0u) {
      out = g;
    } else if (ACTIVATION == 1u) {
      out = x * (g - dot) / params.temperature;
    } else {
      out = g * x * (1.0 - x) / params.temperature;
    }
    grad[e] = out;
  }
}
