enable subgroups;

// Pass 1, statistics (see _stats_body.wgsl), on a device with subgroups:
// each subgroup reduces its lanes' partials with subgroupAdd / subgroupMax
// and its leader writes one slot, so a row holds one value per subgroup.
// Slots are ranked by the leaders' lane indices once per workgroup, so the
// sums do not depend on how the device forms subgroups, and are repeatable.

// @include _loss_common.wgsl
// @include _stats_body.wgsl

var<workgroup> leaders: array<u32, WG>;
var<private> is_leader: bool;
var<private> slot: u32;
var<private> slots: u32;

fn reduction_setup(lid: u32) {
  let first = subgroupBroadcastFirst(lid);
  is_leader = first == lid;
  leaders[lid] = select(0u, 1u, is_leader);
  workgroupBarrier();
  slot = 0u;
  slots = 0u;
  for (var i = 0u; i < WG; i++) {
    slot += select(0u, leaders[i], i < first);
    slots += leaders[i];
  }
}

fn row_length() -> u32 {
  return slots;
}

fn contribute(i: u32, lid: u32, v: vec4f, vx: vec2f) {
  let s = vec4f(subgroupAdd(v.xyz), subgroupMax(v.w));
  var sx = vec2f(0.0);
  if (NEED_MAX_X) {
    sx = subgroupMax(vx);
  }
  if (is_leader) {
    red[i * WG + slot] = s;
    if (NEED_MAX_X) {
      red_x[i * WG + slot] = sx;
    }
  }
}

@compute @workgroup_size(WG)
fn stats_pass_subgroups(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  stats_body(wid, lid);
}
