// Step 1: per group (b, c), the float-float sum of its tiles' partials (the
// error does not grow with the number of tiles) and the maxima, written to
// the statistics record; with image-level weights, the group's loss,
// derivatives and activity, counted per image and per class. One workgroup
// per group, lanes over tiles, then a tree.

// @include _step_common.wgsl

const WG: u32 = 64u;

var<workgroup> red_p: array<vec2f, WG>;
var<workgroup> red_y: array<vec2f, WG>;
var<workgroup> red_d: array<vec2f, WG>;
var<workgroup> red_m: array<vec3f, WG>;

@compute @workgroup_size(WG)
fn stats_reduce(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let g = wg_index(wid);
  if (g >= sp.images * sp.classes) {
    return;
  }
  let tiles = sp.image_tiles;
  var p = vec2f(0.0);
  var y = vec2f(0.0);
  var d = vec2f(0.0);
  var m = vec3f(0.0);
  for (var t = lid; t < tiles; t += WG) {
    let o = (g * tiles + t) * 6u;
    p = ff_add(p, vec2f(partials[o], 0.0));
    y = ff_add(y, vec2f(partials[o + 1u], 0.0));
    d = ff_add(d, vec2f(partials[o + 2u], 0.0));
    m = max(m, vec3f(partials[o + 3u], partials[o + 4u], partials[o + 5u]));
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
      red_m[lid] = max(red_m[lid], red_m[lid + s]);
    }
    workgroupBarrier();
  }
  if (lid != 0u) {
    return;
  }
  let o = record_at(g);
  record[o] = red_p[0].x;
  record[o + 1u] = red_p[0].y;
  record[o + 2u] = red_y[0].x;
  record[o + 3u] = red_y[0].y;
  record[o + 4u] = red_d[0].x;
  record[o + 5u] = red_d[0].y;
  record[o + 6u] = red_m[0].x;
  record[o + 7u] = red_m[0].y;
  record[o + 8u] = red_m[0].z;
  if (sp.need_image == 0u) {
    return;
  }
  let c = g % sp.classes;
  let info = class_info[c];
  var group = Group(vec4f(0.0), 0u);
  if (is_active(red_m[0], info.y != 0.0)) {
    group = Group(group_loss_sums(red_p[0], red_y[0], red_d[0], info.x), 1u);
    atomicAdd(&counts[4u + g / sp.classes], 1u);
    atomicAdd(&counts[4u + sp.images + c], 1u);
  }
  image_groups[g] = group;
}
