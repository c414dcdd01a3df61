// Counting pass of the scoring metrics: per pixel, the argmax of the class
// probabilities (first maximum wins) and, for kept pixels, per (image, class)
// tp / predicted / labelled counts, the ECE bins of the top confidence and the
// SCE bins of every class's probability. Every label is checked, and the
// probabilities of kept pixels (an ignored pixel's are not scored); a bad one
// sets a bit in `flags` (1: probability, 2: label) and the host then names the
// fault with the js pass.
//
// When an image's words fit in the workgroup copy (LOCAL_WORDS words, set
// per pipeline; 1 turns it off), a workgroup counts its tile there and adds
// the nonzero words to the output once; else it adds to the output directly.
// Counts are u32 atomics, exact. A bin's summed confidence is a 64-bit fixed
// point number with 24 fractional bits, kept in two u32 words (low, high) by
// atomics with carry: exact and independent of the order of the adds; each
// value is rounded to a multiple of 2^-24 (an error of at most 2^-25 each).
//
// Chunk layout: `images` images of `len` pixels; probabilities [images, C, len]
// (channels-first), labels [images, len] as i32. Output per image of the
// batch, `stride` u32 words from image `first_image + y`:
//   [C][3] tp, pred, label | [bins][4] ECE | [C][bins][4] SCE
// (each bin part only when asked for), a bin being count, correct, confidence low word, confidence high word.

const LANES: u32 = 128u;
const PER_LANE: u32 = 4u;
const SCALE: f32 = 16777216.0;
override LOCAL_WORDS: u32 = 1u;

struct Params {
  classes: u32,
  len: u32,
  has_ignore: u32,
  ignore_index: i32,
  bins: u32,
  first_image: u32,
  ece: u32,
  sce: u32,
  stride: u32,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> probs: array<f32>;
@group(0) @binding(2) var<storage, read> labels: array<i32>;
@group(0) @binding(3) var<storage, read> edges: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<atomic<u32>>;
@group(0) @binding(5) var<storage, read_write> flags: array<atomic<u32>, 1>;

var<workgroup> local: array<atomic<u32>, LOCAL_WORDS>;

// A probability in [0, 1] (or -0), judged on its bits: NaN compares are not
// reliable in WGSL.
fn valid(v: f32) -> bool {
  let bits = bitcast<u32>(v);
  return bits <= 0x3f800000u || bits == 0x80000000u;
}

// The bin of v: the last left edge <= v (edges as the js pass makes them).
fn bin_of(v: f32) -> u32 {
  let nb = params.bins;
  var k = min(u32(v * f32(nb)), nb - 1u);
  while (k + 1u < nb && v >= edges[k + 1u]) {
    k += 1u;
  }
  while (k > 0u && v < edges[k]) {
    k -= 1u;
  }
  return k;
}

// Adds `v` to word `i` of the image's words (workgroup copy or output);
// returns the old value.
fn bump(is_local: bool, at: u32, i: u32, v: u32) -> u32 {
  if (is_local) {
    return atomicAdd(&local[i], v);
  }
  return atomicAdd(&out[at + i], v);
}

// Adds one pixel to the bin whose first word is word `i`.
fn add_bin(is_local: bool, at: u32, i: u32, ok: bool, v: f32) {
  bump(is_local, at, i, 1u);
  if (ok) {
    bump(is_local, at, i + 1u, 1u);
  }
  let q = u32(round(v * SCALE));
  let old = bump(is_local, at, i + 2u, q);
  if (old + q < old) {
    bump(is_local, at, i + 3u, 1u);
  }
}

@compute @workgroup_size(128)
fn metrics_count(
  @builtin(workgroup_id) wg: vec3<u32>,
  @builtin(local_invocation_index) lane: u32,
) {
  let C = params.classes;
  let len = params.len;
  let nb = params.bins;
  let image = wg.y;
  let stride = params.stride;
  let at = (params.first_image + image) * stride;
  let is_local = stride <= LOCAL_WORDS;
  if (is_local) {
    for (var i = lane; i < stride; i += LANES) {
      atomicStore(&local[i], 0u);
    }
  }
  workgroupBarrier();
  let ece_at = 3u * C;
  let sce_at = ece_at + 4u * nb * params.ece;
  for (var j = 0u; j < PER_LANE; j += 1u) {
    let n = (wg.x * PER_LANE + j) * LANES + lane;
    if (n >= len) {
      break;
    }
    let base = image * C * len + n;
    var best = probs[base];
    var arg = 0u;
    var bad = !valid(best);
    for (var c = 1u; c < C; c += 1u) {
      let v = probs[base + c * len];
      bad = bad || !valid(v);
      if (v > best) {
        best = v;
        arg = c;
      }
    }
    let l = labels[image * len + n];
    if (params.has_ignore == 1u && l == params.ignore_index) {
      continue;
    }
    if (l < 0 || u32(l) >= C) {
      atomicOr(&flags[0], 2u);
      continue;
    }
    if (bad) {
      atomicOr(&flags[0], 1u);
      continue;
    }
    let lab = u32(l);
    let ok = arg == lab;
    bump(is_local, at, 3u * arg + 1u, 1u);
    bump(is_local, at, 3u * lab + 2u, 1u);
    if (ok) {
      bump(is_local, at, 3u * lab, 1u);
    }
    if (params.ece == 1u) {
      add_bin(is_local, at, ece_at + 4u * bin_of(best), ok, best);
    }
    if (params.sce == 1u) {
      for (var c = 0u; c < C; c += 1u) {
        let v = probs[base + c * len];
        let i = sce_at + 4u * (c * nb + bin_of(v));
        add_bin(is_local, at, i, ok && lab == c, v);
      }
    }
  }
  workgroupBarrier();
  if (!is_local) {
    return;
  }
  // Flush: low confidence words carry into their high word.
  for (var i = lane; i < stride; i += LANES) {
    let v = atomicLoad(&local[i]);
    if (v == 0u) {
      continue;
    }
    let old = atomicAdd(&out[at + i], v);
    if (i >= 3u * C && (i - 3u * C) % 4u == 2u && old + v < old) {
      atomicAdd(&out[at + i + 1u], 1u);
    }
  }
}
