// Shared by the loss passes (pixel_pass, stats_pass, grad_pass), which include
// it: specialisation constants, parameters, the bindings of the inputs, label
// and mask reading, addressing, the softmax of a pixel and the probability of
// an element, so that every pass computes bit-identical probabilities.
//
// Chunk layout: `images` images of `len` pixels each; prediction and soft
// labels [images, C, len] (channels-first) or [images, len, C]
// (channels-last); hard labels and keep mask [images, len], packed into u32
// words. Per pixel of the chunk, `px` holds the softmax max (of the raw
// logits) and 1 / sum.
//
// Temperature: the host passes inv_t = 1/T rounded to float32, +inf when 1/T
// overflows. Logits are never divided: a softmax exponent is (z - max z) *
// inv_t, computed as a difference first (no overflow for any finite logits),
// 0 when z is the maximum (no 0 * inf), and -inf (probability 0) when the
// product overflows.

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
  // Pass-1 tiles per image in this chunk, the first one's index among the
  // image's tiles, and the image's tiles over all chunks.
  tiles: u32,
  tile_base: u32,
  image_tiles: u32,
  has_ignore: u32,
  ignore_index: i32,
  inv_t: f32,
  first_image: u32,
  images: u32,
  // Workgroups along x of the grad pass (its tiles are x + y * grad_x).
  grad_x: u32,
  pad: u32,
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

// Hard label of chunk pixel q (-1 for soft labels) and whether it is kept
// (mask, ignore index).
fn pixel_label(q: u32) -> vec2i {
  var k = kept(q);
  var lab = -1;
  if (LABELS != 0u) {
    lab = hard_label(q);
    k = k && !(params.has_ignore != 0u && lab == params.ignore_index);
  }
  return vec2i(lab, select(0, 1, k));
}

fn elem(img: u32, c: u32, n: u32) -> u32 {
  if (CHANNELS_LAST) {
    return (img * params.len + n) * params.classes + c;
  }
  return (img * params.classes + c) * params.len + n;
}

// exp((z - m) * inv_t), exactly 1 at the maximum.
fn softmax_term(z: f32, m: f32) -> f32 {
  let d = z - m;
  return select(exp(d * params.inv_t), 1.0, d == 0.0);
}

// Online softmax state of a pixel: running max m and sum s of
// exp((z - m) * inv_t) over the classes seen.
fn softmax_add(ms: vec2f, z: f32) -> vec2f {
  if (z > ms.x) {
    return vec2f(z, ms.y * softmax_term(ms.x, z) + 1.0);
  }
  return vec2f(ms.x, ms.y + softmax_term(z, ms.x));
}

// The softmax max and 1/sum of pixel n of image img over all classes (0 and
// 1 for the other activations).
fn softmax_pixel(img: u32, n: u32) -> vec2f {
  if (ACTIVATION != 1u) {
    return vec2f(0.0, 1.0);
  }
  var ms = vec2f(pred[elem(img, 0u, n)], 1.0);
  for (var c = 1u; c < params.classes; c++) {
    ms = softmax_add(ms, pred[elem(img, c, n)]);
  }
  return vec2f(ms.x, 1.0 / ms.y);
}

// The probability of an element whose prediction is z, given its pixel's
// softmax max m and 1/sum r.
fn prob(z: f32, m: f32, r: f32) -> f32 {
  if (ACTIVATION == 0u) {
    return z;
  }
  if (ACTIVATION == 1u) {
    return softmax_term(z, m) * r;
  }
  let e = select(-z * params.inv_t, 0.0, z == 0.0);
  return 1.0 / (1.0 + exp(e));
}

// dprob/dz of an element times g, through the activation, for a pixel whose
// softmax dot product is dot: never 0 * inf.
fn through_activation(x: f32, g: f32, dot: f32) -> f32 {
  if (ACTIVATION == 0u) {
    return g;
  }
  var q: f32;
  if (ACTIVATION == 1u) {
    q = x * (g - dot);
  } else {
    q = g * x * (1.0 - x);
  }
  return select(q * params.inv_t, 0.0, q == 0.0);
}
