// Per pixel of a chunk, the softmax max and 1/sum over all classes, for the
// other passes when C is too large for the statistics pass to compute them
// itself (its workgroups then take a block of classes each). One pixel per
// invocation, C loop iterations.

// @include _loss_common.wgsl

const WG: u32 = 64u;

@group(0) @binding(4) var<storage, read_write> px: array<vec2f>;

@compute @workgroup_size(WG)
fn pixel_pass(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let n = (wid.x + wid.y * params.grad_x) * WG + lid;
  if (n >= params.len) {
    return;
  }
  px[wid.z * params.len + n] = softmax_pixel(wid.z, n);
}
