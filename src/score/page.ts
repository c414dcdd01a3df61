/**
 * The web page of the scoring service (`GET /`): one self-contained HTML
 * document, no external assets. Pick or drop a prediction (PNG label map,
 * `.npy` probabilities or a NIfTI volume) and a label (PNG or NIfTI), set
 * classes and the ignore value, and optionally ask for boundary metrics; the
 * page posts them to `/score?map=1` and shows the metrics with their units,
 * the per-class table, the boundary table and the error map, drawn on a
 * canvas (for volumes one slice at a time, chosen with a slider).
 *
 * @module
 */

import { describeMetric } from "./keys.ts";
import { ERROR_CODES, MAP_COLOURS } from "./error_map.ts";

const LEGEND: [keyof typeof ERROR_CODES, string][] = [
  ["tp", "true positive"],
  ["fp", "false positive (wrong foreground class)"],
  ["fn", "false negative (predicted background)"],
  ["background", "true background"],
  ["ignored", "ignored"],
];

const rgb = (c: readonly number[]) => `rgb(${c.join(",")})`;

const COLOURS: number[][] = [];
for (const [k, code] of Object.entries(ERROR_CODES)) {
  COLOURS[code] = [...MAP_COLOURS[k as keyof typeof ERROR_CODES]];
}

const SCRIPT = `
const COLOURS = ${JSON.stringify(COLOURS)};
${describeMetric.toString()}
const $ = (id) => document.getElementById(id);
const files = { pred: null, label: null };
function pick(kind, file) {
  files[kind] = file || null;
  $(kind + "-name").textContent = file ? file.name : "none";
}
for (const kind of ["pred", "label"]) {
  $(kind).addEventListener("change", (e) => pick(kind, e.target.files[0]));
  const zone = $(kind + "-zone");
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    pick(kind, e.dataTransfer.files[0]);
  });
}
const fmt = (v, d = 2) => (v === null || v === undefined ? "n/a" : v.toFixed(d));
function cell(row, text, cls) {
  const td = row.insertCell();
  td.textContent = text;
  if (cls) td.className = cls;
}
function showMetrics(metrics) {
  const body = $("metrics").tBodies[0];
  body.replaceChildren();
  for (const [key, v] of Object.entries(metrics)) {
    const [meaning, unit] = describeMetric(key);
    const row = body.insertRow();
    row.dataset.key = key;
    cell(row, key, "key");
    cell(row, fmt(v, 3), "num");
    cell(row, unit);
    cell(row, meaning, "meaning");
  }
}
function showClasses(rows) {
  const body = $("classes-table").tBodies[0];
  body.replaceChildren();
  for (const r of rows) {
    const row = body.insertRow();
    for (const v of [r.classId, fmt(r.iou), fmt(r.dice), fmt(r.acc), r.tp, r.fp, r.fn, r.labelPixels, r.predPixels]) {
      cell(row, String(v), "num");
    }
  }
}
const boundaryValue = (v) => v === "Infinity" ? "∞" : fmt(v, 3);
function showBoundary(rows, taus) {
  const table = $("boundary-table");
  $("boundary-section").hidden = !rows;
  if (!rows) return;
  const head = table.tHead.rows[0];
  head.replaceChildren();
  for (const h of ["class", "HD", "HD95", "ASSD", ...taus.map((t) => "NSD@" + t)]) {
    head.appendChild(document.createElement("th")).textContent = h;
  }
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const r of rows) {
    const row = body.insertRow();
    cell(row, String(r.class), "num");
    for (const v of [r.hd, r.hd95, r.assd, ...[].concat(r.nsd)]) {
      cell(row, boundaryValue(v), "num");
    }
  }
}
let shownMap = null;
function drawSlice(k) {
  const map = shownMap;
  const canvas = $("map");
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext("2d");
  const img = ctx.createImageData(map.width, map.height);
  const n = map.width * map.height;
  const codes = map.bytes.subarray(k * n, (k + 1) * n);
  for (let i = 0; i < codes.length; i++) {
    img.data.set(COLOURS[codes[i]], 4 * i);
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  $("slice-label").textContent = "slice " + (k + 1) + " of " + (map.depth || 1);
}
function showMap(map) {
  shownMap = { ...map, bytes: Uint8Array.from(atob(map.codes), (c) => c.charCodeAt(0)) };
  const depth = map.depth || 1;
  const slider = $("slice");
  slider.max = String(depth - 1);
  slider.value = String(Math.floor(depth / 2));
  $("slice-box").hidden = depth === 1;
  drawSlice(Number(slider.value));
  const canvas = $("map");
  const scale = Math.max(1, Math.floor(384 / Math.max(map.width, map.height)));
  canvas.style.width = map.width * scale + "px";
  canvas.style.height = map.height * scale + "px";
}
async function score() {
  const status = $("status");
  document.body.dataset.state = "busy";
  if (!files.pred || !files.label) {
    status.textContent = "Pick a prediction and a label file first.";
    document.body.dataset.state = "error";
    return;
  }
  const q = new URLSearchParams({ classes: $("classes").value, map: "1" });
  if ($("ignore").value !== "") q.set("ignore", $("ignore").value);
  if ($("background").value !== "") q.set("background", $("background").value);
  const taus = $("tolerance").value.split(",").map((t) => t.trim());
  if ($("boundary").checked) {
    q.set("boundary", "1");
    q.set("tolerance", taus.join(","));
  }
  const form = new FormData();
  form.append("pred", files.pred, files.pred.name);
  form.append("label", files.label, files.label.name);
  status.textContent = "Scoring...";
  try {
    const res = await fetch("/score?" + q, { method: "POST", body: form });
    const report = await res.json();
    if (!res.ok) throw new Error(res.status + ": " + report.error);
    showMetrics(report.metrics);
    showClasses(report.perClass);
    showBoundary(report.boundary, taus);
    showMap(report.errorMap);
    const size = report.shape
      ? report.shape.join("×") + " voxels (spacing " + report.spacing.join(" × ") + ")"
      : report.width + "×" + report.height + " pixels";
    status.textContent = size + ", " + report.classes + " classes, prediction: " + report.pred;
    $("results").hidden = false;
    document.body.dataset.state = "done";
  } catch (e) {
    status.textContent = "Error " + e.message;
    document.body.dataset.state = "error";
  }
}
$("score").addEventListener("click", score);
$("slice").addEventListener("input", (e) => drawSlice(Number(e.target.value)));
`;

const LEGEND_HTML = LEGEND.map(([k, text]) =>
  `<li><span class="swatch" style="background:${
    rgb(MAP_COLOURS[k])
  }"></span>${text}</li>`
).join("");

/** The page's HTML. */
export const PAGE_HTML: string = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Segmentation scoring</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; margin: 0 0 .6em; }
.inputs { display: flex; flex-wrap: wrap; gap: 1em; align-items: stretch; }
.zone { border: 2px dashed #999; border-radius: 8px; padding: .8em 1em; min-width: 15em; }
.zone.over { border-color: #2a7; background: #efe; }
label.num { display: flex; flex-direction: column; gap: .2em; }
input[type=number] { width: 6em; }
button { font-size: 1em; padding: .5em 1.4em; align-self: end; }
#status { margin: .8em 0; color: #555; }
.results { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
table { border-collapse: collapse; }
th, td { padding: .15em .6em; border-bottom: 1px solid #ddd; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.meaning { color: #555; font-size: .9em; }
canvas { image-rendering: pixelated; border: 1px solid #999; }
.legend { list-style: none; padding: 0; }
.swatch { display: inline-block; width: 1em; height: 1em; margin-right: .4em; vertical-align: middle; border: 1px solid #888; }
</style>
</head>
<body data-state="idle">
<h1>Segmentation scoring</h1>
<div class="inputs">
  <div class="zone" id="pred-zone"><strong>Prediction</strong> (PNG label map, .npy probabilities [C, H, W] or NIfTI volume)<br>
    <input type="file" id="pred" accept=".png,.npy,.nii,.gz"> <small>or drop it here; chosen: <span id="pred-name">none</span></small></div>
  <div class="zone" id="label-zone"><strong>Label</strong> (PNG label map or NIfTI volume: value = class id)<br>
    <input type="file" id="label" accept=".png,.nii,.gz"> <small>or drop it here; chosen: <span id="label-name">none</span></small></div>
  <label class="num">classes <input type="number" id="classes" min="1" value="2"></label>
  <label class="num">ignore value <input type="number" id="ignore" min="0" max="65535" value="255"></label>
  <label class="num">background class <input type="number" id="background" min="0" value="0"></label>
  <label class="num">boundary metrics <span><input type="checkbox" id="boundary">
    NSD τ <input type="text" id="tolerance" value="1" size="6"></span></label>
  <button id="score">Score</button>
</div>
<p id="status">Pick a prediction and a label, then Score.</p>
<div class="results" id="results" hidden>
  <section><h2>Metrics</h2>
    <table id="metrics"><thead><tr><th>key</th><th>value</th><th>unit</th><th>meaning</th></tr></thead><tbody></tbody></table>
  </section>
  <section><h2>Per class</h2>
    <table id="classes-table"><thead><tr><th>class</th><th>IoU %</th><th>Dice %</th><th>Acc %</th><th>TP px</th><th>FP px</th><th>FN px</th><th>label px</th><th>pred px</th></tr></thead><tbody></tbody></table>
    <div id="boundary-section" hidden><h2>Boundary (spacing units)</h2>
      <table id="boundary-table"><thead><tr></tr></thead><tbody></tbody></table>
      <small>n/a: undefined (both masks empty, or HD95 with one empty); ∞: one mask empty</small></div>
    <h2>Error map</h2>
    <div id="slice-box" hidden><input type="range" id="slice" min="0" max="0" value="0"> <span id="slice-label"></span></div>
    <canvas id="map" width="1" height="1"></canvas>
    <ul class="legend">${LEGEND_HTML}</ul>
  </section>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
