// The statistics pass (pass 1), shared by its two entry points: stats_pass
// (lane partials reduced through workgroup memory) and stats_pass_subgroups
// (subgroupAdd / subgroupMax first). Each entry point defines
// `contribute(i, lid, v, vx)` (class i of the batch: P, Y, D, maxY; maxX,
// maxXY), `row_length()` and `reduction_setup(lid)`.
//
// A workgroup takes one tile of pixels of one image and a block of classes.
// Stage A: per pixel, the softmax max and 1/sum, each logit read once
// (an online softmax), kept in registers and written to `px` for pass 2 (or
// read from `px` when pixel_pass made it: C > CLASS_BLOCK). Stage B: class by
// class, lanes read coalesced (lanes over pixels) the logits just read,
// accumulate their pixels' P, Y, D (and the maxima the options need) and
// reduce them over the workgroup BATCH classes at a time: two barriers per
// batch, rows summed with four accumulators.
//
// Workgroup arrays are kept to a few hundred elements (vec4f): llvmpipe's
// compile time grows with the square of their element count (their zero
// initialisation), 27 s for 3072 floats. A partial record per (image,
// class, tile) goes to `partials`, [B, C, image_tiles, 6]: P, Y, D, maxY,
// maxX, maxXY (the last two 0 unless NEED_MAX_X). Every value read is checked
// (dropped pixels too); a bad one sets a bit in `flags` (1: prediction,
// 2: labels).
//
// Loop iterations per invocation stay far below llvmpipe's limit of 65535
// (it silently stops a loop there): about PPT * C in stage A, 7 per class of
// the block in stage B.

const WG: u32 = 64u;
const MAX_PPT: u32 = 4u;
const ROWS: u32 = 6u;
const BATCH: u32 = 4u;
const EXP_MASK: u32 = 0x7f800000u;
// Pixels per lane: 4, or 1 when channels-last data is staged.
override PPT: u32 = 4u;
// Stage A here: the workgroup takes all classes; else px comes from pixel_pass.
override FUSED: bool = true;
override CLASS_BLOCK: u32 = 512u;
override NEED_MAX_X: bool = false;
// Channels-last with C <= 8: the tile's [WG, C] block is loaded into
// workgroup memory by coalesced reads (STAGE_LEN = WG * C / 4 vec4f; 1: off,
// and PPT 1).
override STAGE_LEN: u32 = 1u;
// BATCH * WG when NEED_MAX_X, else 1.
override RED_X_LEN: u32 = 1u;

@group(0) @binding(4) var<storage, read_write> px: array<vec2f>;
@group(0) @binding(5) var<storage, read_write> partials: array<f32>;
@group(0) @binding(6) var<storage, read_write> flags: array<atomic<u32>, 1>;

// Per class of the batch and slot: P, Y, D, maxY; and maxX, maxXY.
var<workgroup> red: array<vec4f, BATCH * WG>;
var<workgroup> red_x: array<vec2f, RED_X_LEN>;
var<workgroup> stage: array<vec4f, STAGE_LEN>;

fn red_at(row: u32, i: u32) -> f32 {
  let k = row / BATCH;
  let slot = (row % BATCH) * WG + i;
  if (k < 4u) {
    return red[slot][k];
  }
  return red_x[slot][k - 4u];
}

fn is_finite(v: f32) -> bool {
  return (bitcast<u32>(v) & EXP_MASK) != EXP_MASK;
}

fn in_unit(v: f32) -> bool {
  return is_finite(v) && v >= 0.0 && v <= 1.0;
}

fn power(v: f32) -> f32 {
  if (NORM == 2u) {
    return v * v;
  }
  return v;
}

fn rows_used() -> u32 {
  return select(4u, 6u, NEED_MAX_X);
}

// The prediction of class c at pixel n of image img, lane slot j.
fn logit(img: u32, c: u32, n: u32, j: u32) -> f32 {
  if (STAGE_LEN > 1u) {
    let e = (n % WG) * params.classes + c;
    return stage[e >> 2u][e & 3u];
  }
  return pred[elem(img, c, n)];
}

// Stage A of one pixel: its softmax max and 1/sum.
fn pixel_softmax(img: u32, n: u32, j: u32) -> vec2f {
  if (ACTIVATION != 1u) {
    return vec2f(0.0, 1.0);
  }
  var ms = vec2f(logit(img, 0u, n, j), 1.0);
  for (var c = 1u; c < params.classes; c++) {
    ms = softmax_add(ms, logit(img, c, n, j));
  }
  return vec2f(ms.x, 1.0 / ms.y);
}

// Loads the channels-last [WG, C] block of a tile into `stage`.
fn load_stage(img: u32, tile: u32, lid: u32) {
  let first = tile * WG;
  let count = min(WG, params.len - first) * params.classes;
  let base = (img * params.len + first) * params.classes;
  for (var e = lid; e < count; e += WG) {
    stage[e >> 2u][e & 3u] = pred[base + e];
  }
  workgroupBarrier();
}

// The sum (rows 0-2) or maximum (rows 3-5) of row `row` (value r of class
// i of the batch, row = r * BATCH + i) over `row_length()` slots.
fn reduce_row(row: u32, r: u32) -> f32 {
  let len = row_length();
  var a = vec4f(0.0);
  var i = 0u;
  for (; i + 4u <= len; i += 4u) {
    let v = vec4f(red_at(row, i), red_at(row, i + 1u), red_at(row, i + 2u), red_at(row, i + 3u));
    a = select(a + v, max(a, v), r >= 3u);
  }
  for (; i < len; i++) {
    let v = red_at(row, i);
    a.x = select(a.x + v, max(a.x, v), r >= 3u);
  }
  if (r >= 3u) {
    return max(max(a.x, a.y), max(a.z, a.w));
  }
  return (a.x + a.y) + (a.z + a.w);
}

fn stats_body(wid: vec3u, lid: u32) {
  let tile = wid.x;
  let img = wid.z;
  let classes = params.classes;
  let c0 = wid.y * CLASS_BLOCK;
  let c1 = min(c0 + CLASS_BLOCK, classes);
  reduction_setup(lid);
  if (STAGE_LEN > 1u) {
    load_stage(img, tile, lid);
  }
  var bad = 0u;
  var live: array<bool, MAX_PPT>;
  var keep: array<bool, MAX_PPT>;
  var lab: array<i32, MAX_PPT>;
  var msr: array<vec2f, MAX_PPT>;
  for (var j = 0u; j < PPT; j++) {
    let n = (tile * PPT + j) * WG + lid;
    live[j] = n < params.len;
    keep[j] = false;
    if (!live[j]) {
      continue;
    }
    let q = img * params.len + n;
    let pl = pixel_label(q);
    lab[j] = pl.x;
    keep[j] = pl.y != 0;
    let ignored = params.has_ignore != 0u && pl.x == params.ignore_index;
    if (LABELS != 0u && !ignored && (pl.x < 0 || u32(pl.x) >= classes)) {
      bad |= 2u;
    }
    if (FUSED) {
      msr[j] = pixel_softmax(img, n, j);
      px[q] = msr[j];
    } else {
      msr[j] = px[q];
    }
  }
  let rows = rows_used();
  for (var cb = c0; cb < c1; cb += BATCH) {
    let nb = min(BATCH, c1 - cb);
    for (var i = 0u; i < nb; i++) {
      let c = cb + i;
      var acc_sum = vec3f(0.0);
      var acc_max = vec3f(0.0);
      for (var j = 0u; j < PPT; j++) {
        if (!live[j]) {
          continue;
        }
        let n = (tile * PPT + j) * WG + lid;
        let z = logit(img, c, n, j);
        var x: f32;
        if (ACTIVATION == 0u) {
          bad |= select(1u, 0u, in_unit(z));
          x = z;
        } else {
          bad |= select(1u, 0u, is_finite(z));
          x = prob(z, msr[j].x, msr[j].y);
        }
        var y: f32;
        if (LABELS == 0u) {
          y = bitcast<f32>(labels[elem(img, c, n)]);
          bad |= select(2u, 0u, in_unit(y));
        } else {
          y = select(0.0, 1.0, lab[j] == i32(c));
        }
        if (keep[j]) {
          acc_sum += vec3f(power(x), power(y), power(abs(x - y)));
          acc_max = max(acc_max, vec3f(y, x, x + y));
        }
      }
      contribute(i, lid, vec4f(acc_sum, acc_max.x), acc_max.yz);
    }
    workgroupBarrier();
    if (lid < nb * rows) {
      let r = lid / nb;
      let i = lid % nb;
      let c = cb + i;
      let o = (((params.first_image + img) * classes + c) * params.image_tiles +
        params.tile_base + tile) * ROWS;
      partials[o + r] = reduce_row(r * BATCH + i, r);
      if (!NEED_MAX_X && r == 3u) {
        partials[o + 4u] = 0.0;
        partials[o + 5u] = 0.0;
      }
    }
    workgroupBarrier();
  }
  if (bad != 0u) {
    atomicOr(&flags[0], bad);
  }
}
