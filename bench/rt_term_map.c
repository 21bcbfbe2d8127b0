/* Micro-benchmark of the term layer: persistent map build and lookups (the map_ops
** workload of research/machine-costs.md), small-map updates with atom keys, atom
** interning and bignum arithmetic. Prints one line per measure: name, total, per op. */
#include <stdio.h>
#include <time.h>

#include "exc.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void report(const char *name, double secs, long ops)
{
    printf("%-28s %8.2f ms  %7.1f ns/op\n", name, secs * 1e3, secs * 1e9 / (double)ops);
}

static exc_term build(long n)
{
    exc_term m = exc_map_empty();
    for (long i = 0; i < n; i++) m = exc_map_put(m, exc_small(i), exc_small(i));
    return m;
}

int main(void)
{
    exc_gc_init();
    exc_term_init();
    enum { N = 100000, LOOKUPS = 1000000 };

    double t = now();
    exc_term m = build(N);
    report("hamt build 100k int keys", now() - t, N);

    static exc_term ks[N];
    for (long i = 0; i < N; i++) ks[i] = exc_small(i);
    t = now();
    exc_term bulk = exc_map_from_arrays(ks, ks, N);
    report("hamt from_arrays 100k", now() - t, N);

    t = now();
    long found = exc_map_size(bulk) != N;
    for (long i = 0; i < LOOKUPS; i++) found += exc_map_get(m, exc_small(i % N)) != EXC_NONE;
    report("hamt 1M lookups", now() - t, LOOKUPS);

    exc_term keys[16];
    char buf[16];
    for (int i = 0; i < 16; i++) {
        snprintf(buf, sizeof buf, "field%d", i);
        keys[i] = exc_atom(buf);
    }
    exc_term s = exc_map_empty();
    for (int i = 0; i < 16; i++) s = exc_map_put(s, keys[i], exc_small(i));
    t = now();
    for (long i = 0; i < LOOKUPS; i++) s = exc_map_put(s, keys[i & 15], exc_small(i));
    report("small map update (16 atoms)", now() - t, LOOKUPS);

    t = now();
    for (long i = 0; i < LOOKUPS; i++) found += exc_map_get(s, keys[i & 15]) != EXC_NONE;
    report("small map get (16 atoms)", now() - t, LOOKUPS);

    t = now();
    for (long i = 0; i < LOOKUPS; i++) found += exc_atom(i & 1 ? "field3" : "ok") != EXC_NONE;
    report("atom intern (existing)", now() - t, LOOKUPS);

    t = now();
    exc_term f = exc_small(1);
    for (int i = 1; i <= 2000; i++) f = exc_int_mul(f, exc_small(i));
    report("2000! by bignum multiply", now() - t, 2000);

    return found == 0;
}
