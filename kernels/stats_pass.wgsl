// Pass 1, statistics (see _stats_body.wgsl), on any device: each lane's
// partial goes to workgroup memory and a row of WG partials is reduced.

// @include _loss_common.wgsl
// @include _stats_body.wgsl

fn reduction_setup(lid: u32) {}

fn row_length() -> u32 {
  return WG;
}

fn contribute(i: u32, lid: u32, v: vec4f, vx: vec2f) {
  red[i * WG + lid] = v;
  if (NEED_MAX_X) {
    red_x[i * WG + lid] = vx;
  }
}

@compute @workgroup_size(WG)
fn stats_pass(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  stats_body(wid, lid);
}
