/*
 * Streaming baseline "C2" of bench/compare.ts: the least any backend must do
 * for W1, W2 and W3, on 2 threads. It reads the prediction and the labels
 * once and (W1, W2) writes a gradient-sized array that it reuses, as a
 * training loop with `gradInto` would.
 *
 * Build: gcc -O3 -march=native -ffast-math -fopenmp stream.c -o stream
 * (-ffast-math lets the float sums vectorise.)
 * Usage: stream W1|W2|W3 REPS [THREADS]; prints one JSON line with the
 * milliseconds of each repetition.
 */
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Sum of n floats; when g is not NULL also writes g[i] = x[i] (+ y[i]). */
static float stream(const float *x, const float *y, float *g, size_t n) {
  float acc = 0;
  if (g != NULL && y != NULL) {
#pragma omp parallel for reduction(+ : acc) schedule(static)
    for (size_t i = 0; i < n; i++) {
      float v = x[i] + y[i];
      acc += v;
      g[i] = v;
    }
  } else if (g != NULL) {
#pragma omp parallel for reduction(+ : acc) schedule(static)
    for (size_t i = 0; i < n; i++) {
      acc += x[i];
      g[i] = x[i];
    }
  } else {
#pragma omp parallel for reduction(+ : acc) schedule(static)
    for (size_t i = 0; i < n; i++) acc += x[i];
  }
  return acc;
}

/* Sum of n label bytes. */
static unsigned labels(const uint8_t *l, size_t n) {
  unsigned acc = 0;
#pragma omp parallel for reduction(+ : acc) schedule(static)
  for (size_t i = 0; i < n; i++) acc += l[i];
  return acc;
}

/* Fills n floats (first touch on the threads that stream them later). */
static float *floats(size_t n) {
  float *a = aligned_alloc(64, (n * sizeof(float) + 63) / 64 * 64);
#pragma omp parallel for schedule(static)
  for (size_t i = 0; i < n; i++) a[i] = (float)(i % 1000) / 1000.0f;
  return a;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: stream W1|W2|W3 REPS [THREADS]\n");
    return 2;
  }
  const char *w = argv[1];
  int reps = atoi(argv[2]);
  omp_set_num_threads(argc > 3 ? atoi(argv[3]) : 2);
  int soft = strcmp(w, "W2") == 0, grad = strcmp(w, "W3") != 0;
  size_t B = grad ? 8 : 1, C = grad ? 19 : 21, N = grad ? 256 * 512 : 512 * 512;
  size_t n = B * C * N, pixels = B * N;
  float *x = floats(n), *y = soft ? floats(n) : NULL, *g = grad ? floats(n) : NULL;
  uint8_t *l = soft ? NULL : malloc(pixels);
  if (l != NULL) memset(l, 3, pixels);
  double check = 0;
  printf("{\"workload\":\"%s\",\"threads\":%d,\"ms\":[", w, omp_get_max_threads());
  for (int r = 0; r < reps; r++) {
    double t0 = now_ms();
    check += stream(x, y, g, n);
    if (l != NULL) check += labels(l, pixels);
    printf("%s%.4f", r ? "," : "", now_ms() - t0);
  }
  printf("],\"check\":%g}\n", check);
  return 0;
}
