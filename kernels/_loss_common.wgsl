// Shared by the loss kernels (stats_pass.wgsl, grad_pass.wgsl), which
// include it: specialisation constants, parameters, the bindings of the
// inputs, label and mask reading, addressing, and the probability of an
// element, so that both passes compute bit-identical probabilities.
//
// Chunk layout: `nb` images of `len` pixels each; prediction and soft labels
// [nb, C, len] (channels-first) or [nb, len, C] (channels-last); hard labels
// and keep mask [nb, len], packed into u32 words.

// 0: probabilities as given, 1: softmax, 2: sigmoid.
override ACTIVATION: u32 = 1u;
// 0: soft float32 labels, 1: u8, 2: u16, 3: i32 hard labels.
override LABELS: u32 = 1u;
override HAS_MASK: bool = false;
override NORM: u32 = 1u;
override CHANNELS_LAST: bool = false;

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

// The softmax max and sum of pixel n of image img (0 and 1 for the other
// activations).
fn softmax_max_sum(img: u32, n: u32) -> vec2f {
  if (ACTIVATION != 1u) {
    return vec2f(0.0, 1.0);
  }
  var m = pred[elem(img, 0u, n)] / params.temperature;
  for (var c = 1u; c < params.classes; c++) {
    m = max(m, pred[elem(img, c, n)] / params.temperature);
  }
  var s = 0.0;
  for (var c = 0u; c < params.classes; c++) {
    let d = pred[elem(img, c, n)] / params.temperature - m;
    s += select(exp(d), 1.0, d == 0.0);
  }
  return vec2f(m, s);
}

// The probability of an element whose prediction is z, given its pixel's
// softmax max m and sum s.
fn prob(z: f32, m: f32, s: f32) -> f32 {
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
