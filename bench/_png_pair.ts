/**
 * The PNG pair of the decode benchmarks: a 2048×1024 class-id label map (19
 * classes, wavy region boundaries, an ignored band of 255) and a prediction
 * with shifted boundaries and 1 % scattered errors, both 8-bit grayscale
 * encoded by fast-png (what a user would upload).
 */
import { encode } from "npm:fast-png@8.0.0";
import { seeded } from "../tools/workloads.ts";

/** Width, height and classes of the pair. */
export const W = 2048, H = 1024, CLASSES = 19;

/** Wavy blocks of 19 classes with an ignored band; `shift` moves the boundaries. */
function labelMap(shift: number, w: number, h: number): Uint8Array {
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const bx = Math.floor((x + 40 * Math.sin((y + shift) / 50)) / 160);
      const by = Math.floor((y + 30 * Math.cos((x + shift) / 70)) / 120);
      const id = (((bx * 7 + by * 3) % CLASSES) + CLASSES) % CLASSES;
      out[y * w + x] = y > h - 40 ? 255 : id;
    }
  }
  return out;
}

/**
 * The pair: label and prediction PNG files (`w`×`h`, 2048×1024 unless
 * given).
 */
export function pngPair(w = W, h = H): {
  label: Uint8Array<ArrayBuffer>;
  pred: Uint8Array<ArrayBuffer>;
} {
  const rand = seeded(20);
  const predIds = labelMap(6, w, h);
  for (let i = 0; i < predIds.length; i++) {
    if (rand() < 0.01) predIds[i] = Math.floor(rand() * CLASSES);
  }
  const png = (data: Uint8Array) =>
    encode({ width: w, height: h, data, depth: 8, channels: 1 });
  const own = (b: Uint8Array) => new Uint8Array(b); // an ArrayBuffer of its own
  return { label: own(png(labelMap(0, w, h))), pred: own(png(predIds)) };
}

/**
 * The pair as one body for `bench/png_decode_worker.ts`: the label's length
 * (4 bytes, big-endian), the label, the prediction.
 */
export function packedPair(
  label: Uint8Array,
  pred: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(4 + label.length + pred.length);
  new DataView(body.buffer).setUint32(0, label.length);
  body.set(label, 4);
  body.set(pred, 4 + label.length);
  return body;
}
