// Step 4: per group (b, c), the gradient coefficients of pass 2 (SPEC
// section 4), as the host step's coefficients(): dL/dtp, dL/dfp, dL/dfn
// added over the dataset, image and class levels, then per norm. One
// invocation per group.

// @include _step_common.wgsl

const WG: u32 = 256u;

@group(0) @binding(8) var<storage, read_write> coef: array<f32>;

@compute @workgroup_size(WG)
fn step_coef(
  @builtin(workgroup_id) wid: vec3u,
  @builtin(local_invocation_index) lid: u32,
) {
  let g = wg_index(wid) * WG + lid;
  let B = sp.images;
  let C = sp.classes;
  if (g >= B * C) {
    return;
  }
  let b = g / C;
  let c = g % C;
  let n = vec3u(atomicLoad(&counts[0]), atomicLoad(&counts[1]), atomicLoad(&counts[2]));
  var d = vec3f(0.0);
  let dataset = class_groups[c];
  if (sp.miou_d > 0.0 && n.x > 0u && dataset.on != 0u) {
    d += sp.miou_d / f32(n.x) * dataset.d.yzw;
  }
  if (sp.need_image != 0u) {
    let image = image_groups[g];
    if (image.on != 0u) {
      if (sp.miou_i > 0.0 && n.y > 0u) {
        let k = f32(n.y) * f32(atomicLoad(&counts[4u + b]));
        d += sp.miou_i / k * image.d.yzw;
      }
      if (sp.miou_c > 0.0 && n.z > 0u) {
        let k = f32(n.z) * f32(atomicLoad(&counts[4u + B + c]));
        d += sp.miou_c / k * image.d.yzw;
      }
    }
  }
  let o = g * 3u;
  if (sp.norm == 1u) {
    coef[o] = d.y;
    coef[o + 1u] = d.x - d.z;
    coef[o + 2u] = (d.x + d.y - d.z) * 0.5;
  } else {
    coef[o] = 2.0 * d.y;
    coef[o + 1u] = d.x - d.y - d.z;
    coef[o + 2u] = 0.0;
  }
}
