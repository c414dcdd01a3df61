// Step 2: per class, the dataset-level group (its statistics summed over the
// images in float-float), its loss, derivatives and activity; the count of
// active classes, of classes active in some image, and the class's sum of
// image-level losses. One workgroup per class, lanes over images.

// @include _step_common.wgsl

const WG: u32 = 64u;

var<workgroup> red_p: array<vec2f, WG>;
var<workgroup> red_y: array<vec2f, WG>;
var<workgroup> red_d: array<vec2f, WG>;
var<workgroup> red_m: array<vec4f, WG>;

@compute @workgroup_size(WG)
fn step_classes(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let c = wg_index(wid);
  let classes = sp.classes;
  if (c >= classes) {
    return;
  }
  var p = vec2f(0.0);
  var y = vec2f(0.0);
  var d = vec2f(0.0);
  var m = vec4f(0.0);
  for (var b = lid; b < sp.images; b += WG) {
    let g = b * classes + c;
    p = ff_add(p, record_sum(g, 0u));
    y = ff_add(y, record_sum(g, 1u));
    d = ff_add(d, record_sum(g, 2u));
    m = vec4f(max(m.xyz, record_max(g)), m.w + image_groups[g].d.x);
  }
  red_p[lid] = p;
  red_y[lid] = y;
  red_d[lid] = d;
  red_m[lid] = m;
  workgroupBarrier();
  for (var s = WG / 2u; s > 0u; s >>= 1u) {
    if (lid < s) {
      red_p[lid] = ff_add(red_p[lid], red_p[lid + s]);
      red_y[lid] = ff_add(red_y[lid], red_y[lid + s]);
      red_d[lid] = ff_add(red_d[lid], red_d[lid + s]);
      let a = red_m[lid];
      let b = red_m[lid + s];
      red_m[lid] = vec4f(max(a.xyz, b.xyz), a.w + b.w);
    }
    workgroupBarrier();
  }
  if (lid != 0u) {
    return;
  }
  let info = class_info[c];
  var group = Group(vec4f(0.0), 0u);
  if (is_active(red_m[0].xyz, info.y != 0.0)) {
    group = Group(group_loss_sums(red_p[0], red_y[0], red_d[0], info.x), 1u);
    atomicAdd(&counts[0], 1u);
  }
  class_groups[c] = group;
  loss_sums[sp.images + c] = red_m[0].w;
  if (atomicLoad(&counts[4u + sp.images + c]) > 0u) {
    atomicAdd(&counts[2], 1u);
  }
}
