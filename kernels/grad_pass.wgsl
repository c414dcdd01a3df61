// Pass 2: d loss / d prediction of every element, one pixel per invocation,
// from the per-group coefficients of the step (three per (image, class):
// norm 1: dL/dx where x > y, x < y, x = y; norm 2: dL/dx = k0*x + k1*y),
// staged in workgroup memory, then through the activation with the pixel's
// softmax max and 1/sum from pass 1. Dropped pixels get 0. Layouts as in
// _loss_common.wgsl; a workgroup takes WG pixels of one image.
//
// With FIXED_C (C <= 32) each element is read and exponentiated once, its
// probability and dL/dx kept in registers; else the softmax dot product and
// the output take a loop each. Channels-last with small C goes through
// workgroup memory both ways, so loads and stores are coalesced.

// @include _loss_common.wgsl

const WG: u32 = 64u;
const MAX_FIXED_C: u32 = 32u;
override FIXED_C: u32 = 0u;
// C when the image's coefficients are staged in workgroup memory (one vec4f
// per class; C <= 128), else 1.
override COEF_STAGE: u32 = 1u;
// WG * C / 4 when channels-last data is staged (C <= 8), else 1.
override STAGE_LEN: u32 = 1u;

@group(0) @binding(4) var<storage, read> px: array<vec2f>;
@group(0) @binding(5) var<storage, read> coef: array<f32>;
@group(0) @binding(6) var<storage, read_write> grad: array<f32>;

var<workgroup> wcoef: array<vec4f, COEF_STAGE>;
var<workgroup> stage: array<vec4f, STAGE_LEN>;

fn coef_at(base: u32, i: u32) -> f32 {
  if (COEF_STAGE > 1u) {
    return wcoef[i / 3u][i % 3u];
  }
  return coef[base + i];
}

// dL/dx of class c with probability x and label y.
fn dloss(base: u32, c: u32, x: f32, y: f32) -> f32 {
  let k = c * 3u;
  if (NORM == 2u) {
    return coef_at(base, k) * x + coef_at(base, k + 1u) * y;
  }
  if (x > y) {
    return coef_at(base, k);
  }
  if (x < y) {
    return coef_at(base, k + 1u);
  }
  return coef_at(base, k + 2u);
}

fn logit(img: u32, c: u32, n: u32) -> f32 {
  if (STAGE_LEN > 1u) {
    let e = (n % WG) * params.classes + c;
    return stage[e >> 2u][e & 3u];
  }
  return pred[elem(img, c, n)];
}

fn store(img: u32, c: u32, n: u32, v: f32) {
  if (STAGE_LEN > 1u) {
    let e = (n % WG) * params.classes + c;
    stage[e >> 2u][e & 3u] = v;
  } else {
    grad[elem(img, c, n)] = v;
  }
}

fn label(img: u32, c: u32, n: u32, lab: i32) -> f32 {
  if (LABELS == 0u) {
    return bitcast<f32>(labels[elem(img, c, n)]);
  }
  return select(0.0, 1.0, lab == i32(c));
}

fn pixel(img: u32, n: u32, base: u32) {
  let classes = params.classes;
  let q = img * params.len + n;
  let pl = pixel_label(q);
  if (pl.y == 0) {
    for (var c = 0u; c < classes; c++) {
      store(img, c, n, 0.0);
    }
    return;
  }
  let ms = px[q];
  if (FIXED_C > 0u) {
    var xs: array<f32, MAX_FIXED_C>;
    var gs: array<f32, MAX_FIXED_C>;
    var dot = 0.0;
    for (var c = 0u; c < FIXED_C; c++) {
      let x = prob(logit(img, c, n), ms.x, ms.y);
      let g = dloss(base, c, x, label(img, c, n, pl.x));
      xs[c] = x;
      gs[c] = g;
      dot += x * g;
    }
    for (var c = 0u; c < FIXED_C; c++) {
      store(img, c, n, through_activation(xs[c], gs[c], dot));
    }
    return;
  }
  var dot = 0.0;
  if (ACTIVATION == 1u) {
    for (var c = 0u; c < classes; c++) {
      let x = prob(logit(img, c, n), ms.x, ms.y);
      dot += x * dloss(base, c, x, label(img, c, n, pl.x));
    }
  }
  for (var c = 0u; c < classes; c++) {
    let x = prob(logit(img, c, n), ms.x, ms.y);
    let g = dloss(base, c, x, label(img, c, n, pl.x));
    store(img, c, n, through_activation(x, g, dot));
  }
}

@compute @workgroup_size(WG)
fn grad_pass(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let img = wid.z;
  let tile = wid.x + wid.y * params.grad_x;
  let first = tile * WG;
  let base = (params.first_image + img) * params.classes * 3u;
  if (COEF_STAGE > 1u) {
    for (var c = lid; c < COEF_STAGE; c += WG) {
      let k = base + 3u * c;
      wcoef[c] = vec4f(coef[k], coef[k + 1u], coef[k + 2u], 0.0);
    }
  }
  var block = 0u;
  if (STAGE_LEN > 1u && first < params.len) {
    block = (img * params.len + first) * params.classes;
    let count = min(WG, params.len - first) * params.classes;
    for (var e = lid; e < count; e += WG) {
      stage[e >> 2u][e & 3u] = pred[block + e];
    }
  }
  workgroupBarrier();
  let n = first + lid;
  if (n < params.len) {
    pixel(img, n, base);
  }
  if (STAGE_LEN > 1u && first < params.len) {
    workgroupBarrier();
    let count = min(WG, params.len - first) * params.classes;
    for (var e = lid; e < count; e += WG) {
      grad[block + e] = stage[e >> 2u][e & 3u];
    }
  }
}
