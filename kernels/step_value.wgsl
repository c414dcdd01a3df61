// Step 3: the loss value in float32, by the same weighted means as the host
// step (dataset level over active classes, image level over images, class
// level over classes), into `value`; the call's stamp and the pass-1 flags
// into the record's header. One workgroup.

// @include _step_common.wgsl

const WG: u32 = 64u;

@group(0) @binding(9) var<storage, read_write> value: array<f32>;
@group(0) @binding(10) var<storage, read> flags: array<u32>;

var<workgroup> red: array<vec3f, WG>;

// The mean of `sum / count` over units with a positive count.
fn unit_term(sum: f32, count: u32) -> f32 {
  return select(0.0, sum / f32(count), count > 0u);
}

@compute @workgroup_size(WG)
fn step_value(@builtin(local_invocation_index) lid: u32) {
  let B = sp.images;
  var s = vec3f(0.0);
  for (var c = lid; c < sp.classes; c += WG) {
    let dataset = class_groups[c];
    s.x += select(0.0, dataset.d.x, dataset.on != 0u);
    s.z += unit_term(loss_sums[B + c], atomicLoad(&counts[4u + B + c]));
  }
  for (var b = lid; b < B; b += WG) {
    s.y += unit_term(loss_sums[b], atomicLoad(&counts[4u + b]));
  }
  red[lid] = s;
  workgroupBarrier();
  for (var k = WG / 2u; k > 0u; k >>= 1u) {
    if (lid < k) {
      red[lid] += red[lid + k];
    }
    workgroupBarrier();
  }
  if (lid != 0u) {
    return;
  }
  let n = vec3u(atomicLoad(&counts[0]), atomicLoad(&counts[1]), atomicLoad(&counts[2]));
  var v = 0.0;
  if (sp.miou_d > 0.0 && n.x > 0u) {
    v += sp.miou_d * red[0].x / f32(n.x);
  }
  if (sp.need_image != 0u) {
    if (sp.miou_i > 0.0 && n.y > 0u) {
      v += sp.miou_i * red[0].y / f32(n.y);
    }
    if (sp.miou_c > 0.0 && n.z > 0u) {
      v += sp.miou_c * red[0].z / f32(n.z);
    }
  }
  value[0] = v;
  record[0] = bitcast<f32>(sp.stamp);
  record[1] = bitcast<f32>(flags[0]);
}
