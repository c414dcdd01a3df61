"""MONAI's boundary computation with scipy's distance transform, timed.

Reads two raw uint8 class maps written by bench/boundary_bench.ts and, per
foreground class, does what MONAI 1.5's metrics do on CPU: crop to the union
bounding box plus one voxel, edges = mask & ~binary_erosion(mask, cross),
scipy.ndimage.distance_transform_edt(~edges, sampling=spacing) for each
direction, then HD, HD95 (max of the two directed linear 95th percentiles),
ASSD and NSD at each tolerance. The edges and distances are computed once per
class (MONAI's three metric calls would compute them three times).

usage: python3 boundary_scipy.py PRED LABEL SHAPE SPACING TAUS REPS
       (SHAPE, SPACING, TAUS comma-separated). Prints one JSON line.
"""
import json
import sys
import time

import numpy as np
from scipy import ndimage


def class_metrics(pred, label, c, spacing, taus):
    p = pred == c
    g = label == c
    if not p.any() or not g.any():
        return None
    both = p | g
    box = []
    for axis in range(both.ndim):
        other = tuple(k for k in range(both.ndim) if k != axis)
        hit = np.nonzero(both.any(axis=other))[0]
        box.append(slice(max(0, hit[0] - 1), min(both.shape[axis], hit[-1] + 2)))
    p = p[tuple(box)]
    g = g[tuple(box)]
    cross = ndimage.generate_binary_structure(p.ndim, 1)
    ep = p & ~ndimage.binary_erosion(p, structure=cross)
    eg = g & ~ndimage.binary_erosion(g, structure=cross)
    d_pg = ndimage.distance_transform_edt(~eg, sampling=spacing)[ep]
    d_gp = ndimage.distance_transform_edt(~ep, sampling=spacing)[eg]
    both_d = np.concatenate([d_pg, d_gp])
    return {
        "hd": float(both_d.max()),
        "hd95": float(max(np.quantile(d_pg, 0.95), np.quantile(d_gp, 0.95))),
        "assd": float(both_d.mean()),
        "nsd": [float((both_d <= t).sum() / both_d.size) for t in taus],
    }


def main():
    pred_path, label_path, shape, spacing, taus, reps = sys.argv[1:7]
    shape = tuple(int(x) for x in shape.split(","))
    spacing = tuple(float(x) for x in spacing.split(","))
    taus = [float(x) for x in taus.split(",")]
    pred = np.fromfile(pred_path, dtype=np.uint8).reshape(shape)
    label = np.fromfile(label_path, dtype=np.uint8).reshape(shape)
    classes = range(1, int(max(pred.max(), label.max())) + 1)
    times = []
    for _ in range(int(reps)):
        t0 = time.perf_counter()
        out = [class_metrics(pred, label, c, spacing, taus) for c in classes]
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"ms": times, "classes": out}))


if __name__ == "__main__":
    main()
