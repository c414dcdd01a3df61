/*
 * Native baseline of the whole loss for bench/compare.ts: what the machine can
 * do for W1, W2 and W3 when the loss is computed in full (docs/spec.md §2-§4),
 * not only streamed (bench/stream.c).
 *
 * Scope: channels-first [B, C, N] float32 input, softmax at temperature 1
 * (logits) or probabilities, hard uint8 labels (optional ignore index) or soft
 * float32 labels, and jdt's default options (alpha = beta = 1, smooth = 1e-3,
 * gamma 1, norm 1, threshold 0.01, the dataset part only; active classes
 * PRESENT for hard labels, ALL for soft ones). N must be a multiple of 16.
 *
 * The algorithm is jdt's: pass 1 checks the data as jdt does (finite logits,
 * probabilities and soft labels in [0, 1], hard labels in [0, C) or the ignore
 * index) and sums P = Σx, Y = Σy, D = Σ|x − y| per (image, class) in float32
 * partials flushed into float64 every FLUSH_TILES tiles; the host step turns
 * the sums into the value and per-class gradient coefficients in float64;
 * pass 2 writes the gradient p_c (g_c − Σ_k p_k g_k), 0 on ignored pixels. The softmax costs one exp2 per logit
 * (jdt's degree-5 polynomial, wasm/assembly/simd.ts): pass 1 keeps p in the
 * gradient array, pass 2 reads it back. Tiles of TILE pixels of one image are
 * handed to the threads from a shared counter (OpenMP dynamic schedule).
 *
 * Vectors are GCC vector extensions of VEC_BYTES bytes (16 = wasm's width, 32
 * AVX2, 64 AVX-512), chosen at build time: gcc -O3 -march=native -fopenmp
 * -DVEC_BYTES=64 native_loss.c -o native_loss (no -ffast-math: the data
 * checks rely on NaN comparisons). bench/native_loss.ts builds it and checks
 * it against jdt's js backend.
 *
 * Usage: native_loss B C N logits|probs PRED hard|soft LABELS IGNORE GRAD
 * (PRED and LABELS raw little-endian files; IGNORE -1 for none; GRAD 0 or 1).
 * Then commands on stdin, one JSON line answered per command:
 *   time R T  -> {"ms":[...R times...],"value":v} (R calls on T threads)
 *   dump PATH -> {"value":v}; the gradient written to PATH and the
 *                probabilities pass 2 read to PATH.x, raw float32 (empty
 *                files without a gradient).
 * Invalid data: {"error":"..."} naming the first invalid value; exit code 3.
 */
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef VEC_BYTES
#define VEC_BYTES 16
#endif
#define V (VEC_BYTES / 4)
#define TILE 128      /* pixels of one image per tile (a multiple of V) */
#define TILE_CHUNK 8  /* tiles taken from the shared counter at a time */
#define FLUSH_TILES 8 /* tiles summed in float32 before a flush to float64 */

typedef float vf __attribute__((vector_size(VEC_BYTES)));
typedef int32_t vi __attribute__((vector_size(VEC_BYTES)));
typedef uint8_t vb __attribute__((vector_size(V)));

/* The problem: sizes, inputs, gradient, and what kind each input is. */
typedef struct {
  size_t B, C, N;
  int logits, soft, grad, ignore;
  const float *pred;
  const uint8_t *hard;
  const float *ysoft;
  float *g;
} Problem;

static inline vf splat(float x) { return (vf){0} + x; }
static inline vi splati(int32_t x) { return (vi){0} + x; }
static inline vf sel(vi m, vf a, vf b) {
  return (vf)(((vi)a & m) | ((vi)b & ~m));
}
static inline vf vmax(vf a, vf b) { return sel(a > b, a, b); }
static inline vf vabs(vf a) { return (vf)((vi)a & splati(0x7fffffff)); }
static inline vf keep_only(vf a, vi keep) { return (vf)((vi)a & keep); }
static inline vi in_unit(vf a) { return (a >= splat(0)) & (a <= splat(1)); }
static inline double hsum(vf a) {
  double s = 0;
  for (int i = 0; i < V; i++) s += a[i];
  return s;
}

/*
 * 2^t for t <= 0 as in jdt: t = n + f (n the nearest integer), a degree-5
 * polynomial for 2^f on |f| <= 1/2, n added to the exponent bits; 0 below
 * t = -125 (and for NaN).
 */
static inline vf exp2v(vf t) {
  const vf round = splat(12582912.0f);
  vi in = t >= splat(-125.0f);
  vf r = t + round;
  vf f = t - (r - round);
  vf p = splat(0.0013264736626297235f) * f + splat(0.009671516716480255f);
  p = p * f + splat(0.05550733581185341f);
  p = p * f + splat(0.24022242426872253f);
  p = p * f + splat(0.6931470036506653f);
  p = p * f + splat(1.0f);
  return (vf)(((vi)p + ((vi)r << 23)) & in);
}

/* Labels of a tile (hard): label vectors, keep masks; returns a bad mask. */
static vi tile_labels(const Problem *pb, size_t at, size_t L, vi *lab, vi *keep) {
  vi bad = splati(0), C = splati((int32_t)pb->C), ig = splati(pb->ignore);
  for (size_t j = 0; j < L / V; j++) {
    vb raw;
    memcpy(&raw, pb->hard + at + j * V, V);
    vi l = __builtin_convertvector(raw, vi);
    bad |= ~((l < C) | (l == ig));
    lab[j] = l;
    keep[j] = l != ig;
  }
  return bad;
}

/*
 * Softmax of a tile: e = 2^((z - max) log2 e) into rows of dst (stride ds),
 * 1/Σe per pixel into inv. Returns a mask of non-finite logits.
 */
static vi tile_softmax(const float *z, size_t N, size_t C, size_t L, float *dst,
                       size_t ds, vf *inv) {
  vf m[TILE / V], s[TILE / V];
  vi bad = splati(0);
  for (size_t j = 0; j < L / V; j++) m[j] = splat(-__builtin_inff());
  for (size_t c = 0; c < C; c++) {
    const vf *row = (const vf *)(z + c * N);
    for (size_t j = 0; j < L / V; j++) {
      bad |= ((vi)row[j] & splati(0x7fffffff)) >= splati(0x7f800000);
      m[j] = vmax(m[j], row[j]);
    }
  }
  const vf log2e = splat(1.4426950408889634f);
  for (size_t j = 0; j < L / V; j++) s[j] = splat(0);
  for (size_t c = 0; c < C; c++) {
    const vf *row = (const vf *)(z + c * N);
    vf *out = (vf *)(dst + c * ds);
    for (size_t j = 0; j < L / V; j++) {
      vf e = exp2v((row[j] - m[j]) * log2e);
      out[j] = e;
      s[j] += e;
    }
  }
  for (size_t j = 0; j < L / V; j++) inv[j] = splat(1) / s[j];
  return bad;
}

/*
 * Sums of one tile added to acc (C × 3 float32 vectors: P, Y, D). x rows at stride xs; with
 * inv, x holds exp values, normalised here and written back as p. Hard labels
 * come as lab/keep, soft ones as rows of y (stride N). Returns a bad mask
 * (probabilities or soft labels outside [0, 1]).
 */
static vi tile_sums(const Problem *pb, float *x, size_t xs, const vf *inv,
                    const float *y, const vi *lab, const vi *keep, size_t L,
                    vf *acc) {
  vi bad = splati(0);
  for (size_t c = 0; c < pb->C; c++) {
    vf *xr = (vf *)(x + c * xs);
    const vf *yr = y ? (const vf *)(y + c * pb->N) : NULL;
    vf P = acc[c * 3], Y = acc[c * 3 + 1], D = acc[c * 3 + 2];
    for (size_t j = 0; j < L / V; j++) {
      vf xv = xr[j];
      if (inv) {
        xv *= inv[j];
        xr[j] = xv;
      } else {
        bad |= ~in_unit(xv);
      }
      if (yr) {
        vf yv = yr[j];
        bad |= ~in_unit(yv);
        P += xv;
        Y += yv;
        D += vabs(xv - yv);
      } else {
        vi yk = (lab[j] == splati((int32_t)c)) & keep[j];
        vf yv = (vf)(yk & (vi)splat(1));
        P += keep_only(xv, keep[j]);
        Y += yv;
        D += keep_only(vabs(xv - yv), keep[j]);
      }
    }
    acc[c * 3] = P;
    acc[c * 3 + 1] = Y;
    acc[c * 3 + 2] = D;
  }
  return bad;
}

/* Pass 1 over one tile (image b, pixels n0 .. n0 + L); returns a bad mask. */
static vi pass1_tile(const Problem *pb, size_t b, size_t n0, size_t L,
                     float *scratch, vf *acc) {
  size_t CN = pb->C * pb->N, at = b * CN + n0;
  vi lab[TILE / V], keep[TILE / V];
  vf inv[TILE / V];
  vi bad = splati(0);
  if (!pb->soft) bad |= tile_labels(pb, b * pb->N + n0, L, lab, keep);
  const float *y = pb->soft ? pb->ysoft + at : NULL;
  if (pb->logits) {
    float *dst = pb->grad ? pb->g + at : scratch;
    size_t ds = pb->grad ? pb->N : TILE;
    bad |= tile_softmax(pb->pred + at, pb->N, pb->C, L, dst, ds, inv);
    bad |= tile_sums(pb, dst, ds, inv, y, lab, keep, L, acc);
  } else {
    float *x = (float *)(pb->pred + at); /* read only: inv is NULL */
    bad |= tile_sums(pb, x, pb->N, NULL, y, lab, keep, L, acc);
  }
  return bad;
}

/* One thread's float32 partial sums of image b, and its float64 sums. */
typedef struct {
  vf *acc;
  size_t b, tiles;
  double *st;
} Partials;

/* Adds the partial sums into the float64 sums and clears them. */
static void flush(Partials *a, size_t C) {
  for (size_t i = 0; i < C * 3; i++) {
    a->st[a->b * C * 3 + i] += hsum(a->acc[i]);
    a->acc[i] = splat(0);
  }
  a->tiles = 0;
}

/* Pass 1: the B × C × 3 sums; returns whether any value was invalid. */
static int pass1(const Problem *pb, double *stats) {
  size_t per = (pb->N + TILE - 1) / TILE, tiles = pb->B * per;
  size_t nst = pb->B * pb->C * 3;
  int bad = 0;
  memset(stats, 0, nst * sizeof(double));
#pragma omp parallel
  {
    Partials a = {aligned_alloc(64, pb->C * 3 * sizeof(vf)), 0, 0,
                  calloc(nst, sizeof(double))};
    float *scratch = aligned_alloc(64, pb->C * TILE * sizeof(float));
    vi mine = splati(0);
    for (size_t i = 0; i < pb->C * 3; i++) a.acc[i] = splat(0);
#pragma omp for schedule(dynamic, TILE_CHUNK) nowait
    for (size_t t = 0; t < tiles; t++) {
      size_t b = t / per, n0 = (t % per) * TILE;
      size_t L = pb->N - n0 < TILE ? pb->N - n0 : TILE;
      if (b != a.b || a.tiles == FLUSH_TILES) flush(&a, pb->C);
      a.b = b;
      a.tiles++;
      mine |= pass1_tile(pb, b, n0, L, scratch, a.acc);
    }
    flush(&a, pb->C);
    double *st = a.st;
    int any = 0;
    for (int i = 0; i < V; i++) any |= mine[i] != 0;
#pragma omp critical
    {
      for (size_t i = 0; i < nst; i++) stats[i] += st[i];
      bad |= any;
    }
    free(scratch);
    free(a.acc);
    free(st);
  }
  return bad;
}

/*
 * Host step (docs/spec.md §3-§4, dataset part, jdt's defaults): the value,
 * and per class the coefficients for x > y, x < y and x = y into coef.
 */
static double host_step(const Problem *pb, const double *stats, float *coef) {
  const double smooth = 1e-3;
  size_t B = pb->B, C = pb->C;
  double value = 0, l[256], dtp[256], dfp[256], dfn[256];
  int active[256], nActive = 0;
  for (size_t c = 0; c < C; c++) {
    double P = 0, Y = 0, D = 0;
    for (size_t b = 0; b < B; b++) {
      P += stats[(b * C + c) * 3];
      Y += stats[(b * C + c) * 3 + 1];
      D += stats[(b * C + c) * 3 + 2];
    }
    /* PRESENT: a kept pixel labelled c (max y = 1 > threshold); soft: ALL. */
    active[c] = pb->soft || Y > 0;
    if (!active[c]) continue;
    nActive++;
    double t = (P + Y - D) / 2;
    double tp = t > 0 ? t : 0, fp = P - t > 0 ? P - t : 0;
    double fn = Y - t > 0 ? Y - t : 0;
    double num = tp + smooth, den = tp + fp + fn + smooth, den2 = den * den;
    l[c] = 1 - num / den;
    dtp[c] = -(fp + fn) / den2;
    dfp[c] = num / den2;
    dfn[c] = num / den2;
  }
  for (size_t c = 0; c < C; c++) {
    double k = active[c] ? 1.0 / nActive : 0;
    if (active[c]) value += l[c] * k;
    coef[c * 3] = (float)(k * dfp[c]);
    coef[c * 3 + 1] = (float)(k * (dtp[c] - dfn[c]));
    coef[c * 3 + 2] = (float)(k * (dtp[c] + dfp[c] - dfn[c]) / 2);
  }
  return value;
}

/* dL/dx of class c at one vector of pixels: the coefficient for x vs y. */
static inline vf dx(vf x, vf y, const float *k) {
  return sel(x > y, splat(k[0]), sel(x < y, splat(k[1]), splat(k[2])));
}

/* Pass 2 over one tile: g holds p, overwritten by the gradient. */
static void pass2_tile(const Problem *pb, size_t b, size_t n0, size_t L,
                       const float *coef) {
  size_t N = pb->N, C = pb->C, at = b * C * N + n0;
  vi lab[TILE / V], keep[TILE / V];
  vf dot[TILE / V];
  const float *y = pb->soft ? pb->ysoft + at : NULL;
  if (!pb->soft) tile_labels(pb, b * N + n0, L, lab, keep);
  for (size_t j = 0; j < L / V; j++) {
    dot[j] = splat(0);
    if (pb->soft) keep[j] = splati(-1);
  }
  for (int out = 0; out < 2; out++) {
    for (size_t c = 0; c < C; c++) {
      vf *xr = (vf *)(pb->g + at + c * N);
      const vf *yr = y ? (const vf *)(y + c * N) : NULL;
      for (size_t j = 0; j < L / V; j++) {
        vf yv = yr ? yr[j]
                   : (vf)(((lab[j] == splati((int32_t)c)) & keep[j]) &
                          (vi)splat(1));
        vf gv = dx(xr[j], yv, coef + c * 3);
        if (!pb->logits) {
          xr[j] = keep_only(gv, keep[j]);
        } else if (out) {
          xr[j] = keep_only(xr[j] * (gv - dot[j]), keep[j]);
        } else {
          dot[j] += xr[j] * gv;
        }
      }
    }
    if (!pb->logits) break;
  }
}

/* Pass 2: the gradient, from p kept in g (logits) or the probabilities. */
static void pass2(const Problem *pb, const float *coef) {
  size_t per = (pb->N + TILE - 1) / TILE, tiles = pb->B * per;
  if (!pb->logits) memcpy(pb->g, pb->pred, pb->B * pb->C * pb->N * 4);
#pragma omp parallel for schedule(dynamic, TILE_CHUNK)
  for (size_t t = 0; t < tiles; t++) {
    size_t b = t / per, n0 = (t % per) * TILE;
    size_t L = pb->N - n0 < TILE ? pb->N - n0 : TILE;
    pass2_tile(pb, b, n0, L, coef);
  }
}

/* Prints the first invalid value, as jdt's data check names it; exits 3. */
static void invalid(const Problem *pb) {
  size_t n = pb->B * pb->C * pb->N;
  char msg[200] = "no invalid value found (internal error)";
  for (size_t i = 0; i < n; i++) {
    float v = pb->pred[i];
    if (pb->logits ? !(v - v == 0) : !(v >= 0 && v <= 1)) {
      snprintf(msg, sizeof msg, "input.%s: got %g at index %zu",
               pb->logits ? "logits must be finite" : "probs must lie in [0, 1]",
               v, i);
      goto done;
    }
  }
  for (size_t i = 0; i < (pb->soft ? n : pb->B * pb->N); i++) {
    float v = pb->soft ? pb->ysoft[i] : pb->hard[i];
    int ok = pb->soft ? v >= 0 && v <= 1 : v < pb->C || v == pb->ignore;
    if (!ok) {
      snprintf(msg, sizeof msg, "input.labels: invalid %s %g at index %zu",
               pb->soft ? "soft label" : "class id", v, i);
      goto done;
    }
  }
done:
  printf("{\"error\":\"%s\"}\n", msg);
  fflush(stdout);
  exit(3);
}

/*
 * The whole loss once: pass 1, host step, pass 2; returns the value. With
 * `x` (and a gradient), copies the probabilities pass 2 reads into it.
 */
static double loss(const Problem *pb, double *stats, float *x) {
  float coef[256 * 3];
  if (pass1(pb, stats)) invalid(pb);
  double value = host_step(pb, stats, coef);
  if (x != NULL && pb->grad) {
    const float *p = pb->logits ? pb->g : pb->pred;
    memcpy(x, p, pb->B * pb->C * pb->N * sizeof(float));
  }
  if (pb->grad) pass2(pb, coef);
  return value;
}

/* Writes n floats to a file, or exits. */
static void save(const char *path, const float *a, size_t n) {
  FILE *f = fopen(path, "wb");
  if (f == NULL || fwrite(a, 4, n, f) != n || fclose(f) != 0) {
    fprintf(stderr, "native_loss: cannot write %s\n", path);
    exit(2);
  }
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Reads `bytes` bytes of a file into 64-byte aligned memory, or exits. */
static void *load(const char *path, size_t bytes) {
  void *a = aligned_alloc(64, (bytes + 63) / 64 * 64);
  FILE *f = fopen(path, "rb");
  if (a == NULL || f == NULL || fread(a, 1, bytes, f) != bytes) {
    fprintf(stderr, "native_loss: cannot read %zu bytes of %s\n", bytes, path);
    exit(2);
  }
  fclose(f);
  return a;
}

/* Answers the commands on stdin (see the top of this file). */
static void serve(const Problem *pb) {
  double *stats = malloc(pb->B * pb->C * 3 * sizeof(double));
  char line[4096];
  while (fgets(line, sizeof line, stdin) != NULL) {
    int reps, threads;
    char path[4000];
    if (sscanf(line, "time %d %d", &reps, &threads) == 2) {
      omp_set_num_threads(threads);
      double value = 0;
      printf("{\"ms\":[");
      for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        value = loss(pb, stats, NULL);
        printf("%s%.4f", r ? "," : "", now_ms() - t0);
      }
      printf("],\"value\":%.17g}\n", value);
    } else if (sscanf(line, "dump %3994s", path) == 1) {
      size_t n = pb->grad ? pb->B * pb->C * pb->N : 0;
      float *x = malloc(n * sizeof(float) + 1);
      double value = loss(pb, stats, x);
      save(path, pb->g, n);
      strcat(path, ".x");
      save(path, x, n);
      free(x);
      printf("{\"value\":%.17g}\n", value);
    } else {
      fprintf(stderr, "native_loss: unknown command %s", line);
      exit(2);
    }
    fflush(stdout);
  }
  free(stats);
}

int main(int argc, char **argv) {
  if (argc != 10) {
    fprintf(stderr, "usage: native_loss B C N logits|probs PRED hard|soft "
                    "LABELS IGNORE GRAD\n");
    return 2;
  }
  Problem pb = {0};
  pb.B = strtoul(argv[1], NULL, 10);
  pb.C = strtoul(argv[2], NULL, 10);
  pb.N = strtoul(argv[3], NULL, 10);
  pb.logits = strcmp(argv[4], "logits") == 0;
  pb.soft = strcmp(argv[6], "soft") == 0;
  pb.ignore = atoi(argv[8]);
  pb.grad = atoi(argv[9]) != 0;
  if (pb.B < 1 || pb.C < 1 || pb.C > 256 || pb.N < 1 || pb.N % 16 != 0) {
    fprintf(stderr, "native_loss: need B >= 1, 1 <= C <= 256, N a multiple of 16\n");
    return 2;
  }
  size_t n = pb.B * pb.C * pb.N;
  pb.pred = load(argv[5], n * 4);
  if (pb.soft) pb.ysoft = load(argv[7], n * 4);
  else pb.hard = load(argv[7], pb.B * pb.N);
  if (pb.grad) {
    pb.g = aligned_alloc(64, n * 4);
    memset(pb.g, 0, n * 4); /* first touch before any timing */
  }
  serve(&pb);
  return 0;
}
