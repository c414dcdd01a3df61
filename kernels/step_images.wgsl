// Step 2 (images): per image, the sum of its image-level group losses, and
// the count of images with an active group. One workgroup per image, lanes
// over classes.

// @include _step_common.wgsl

const WG: u32 = 64u;

var<workgroup> red: array<f32, WG>;

@compute @workgroup_size(WG)
fn step_images(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let b = wg_index(wid);
  if (b >= sp.images) {
    return;
  }
  var s = 0.0;
  for (var c = lid; c < sp.classes; c += WG) {
    s += image_groups[b * sp.classes + c].d.x;
  }
  red[lid] = s;
  workgroupBarrier();
  for (var k = WG / 2u; k > 0u; k >>= 1u) {
    if (lid < k) {
      red[lid] += red[lid + k];
    }
    workgroupBarrier();
  }
  if (lid == 0u) {
    loss_sums[b] = red[0];
    if (atomicLoad(&counts[4u + b]) > 0u) {
      atomicAdd(&counts[1], 1u);
    }
  }
}
