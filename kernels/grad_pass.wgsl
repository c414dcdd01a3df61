// Pass 2: d loss / d prediction of every element, one pixel per invocation,
// from the per-group coefficients of the host step (three per (image, class):
// norm 1: dL/dx where x > y, x < y, x = y; norm 2: dL/dx = k0*x + k1*y), then
// through the activation. Dropped pixels get 0. Layouts as in _loss_common.wgsl.

// @include _loss_common.wgsl

const WG: u32 = 256u;

@group(0) @binding(4) var<storage, read> coef: array<f32>;
@group(0) @binding(5) var<storage, read_write> grad: array<f32>;

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
  let ms = softmax_max_sum(img, n);
  let m = ms.x;
  let s = ms.y;
  var dot = 0.0;
  if (ACTIVATION == 1u) {
    for (var c = 0u; c < classes; c++) {
      let e = elem(img, c, n);
      let x = prob(pred[e], m, s);
      dot += x * dloss(e, img, c, lab, x);
    }
  }
  for (var c = 0u; c < classes; c++) {
    let e = elem(img, c, n);
    let x = prob(pred[e], m, s);
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
