/* The cost of the calling convention (docs/backend-abi.md): fib(32) written as the back
** end will emit it (uniform six-argument prototype, EXC_REDUCE and the stack check in
** the prologue, tagged terms with inline small-integer paths), against plain C on
** int64_t and the same term code without the prologue. Runs in a process.
** Usage: bench_rt_call_fib [n] (default 32). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "exc.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

__attribute__((noinline)) static int64_t fib_c(int64_t n) { return n < 2 ? n : fib_c(n - 1) + fib_c(n - 2); }

/* Terms, no prologue. */
__attribute__((noinline)) static exc_term fib_terms(exc_term n)
{
    if (exc_truthy(exc_k_lt(n, exc_small(2)))) return n;
    return exc_k_add(fib_terms(exc_k_sub(n, exc_small(1))), fib_terms(exc_k_sub(n, exc_small(2))));
}

/* What the back end emits for
**   def fib(n) when n < 2, do: n
**   def fib(n), do: fib(n - 1) + fib(n - 2)                                             */
static exc_term fib_gen(EXC_PARAMS);
static void fib_gen_regrow(void *p)
{
    exc_term *a = p;
    a[1] = fib_gen(a[0], 0, 0, 0, 0, 0);
}
static exc_term fib_gen(EXC_PARAMS)
{
    (void)a1, (void)a2, (void)a3, (void)a4, (void)a5;
    EXC_REDUCE();
    if (EXC_UNLIKELY(exc_stack_low())) {
        exc_term c[2] = {a0, 0};
        exc_stack_grow(fib_gen_regrow, c);
        return c[1];
    }
    if (exc_truthy(exc_k_lt(a0, exc_small(2)))) return a0;
    exc_term x = fib_gen(exc_k_sub(a0, exc_small(1)), 0, 0, 0, 0, 0);
    exc_term y = fib_gen(exc_k_sub(a0, exc_small(2)), 0, 0, 0, 0, 0);
    return exc_k_add(x, y);
}

static int64_t arg_n = 32;

#define REPS 7

static void body(void *unused)
{
    (void)unused;
    double best[3] = {1e9, 1e9, 1e9};
    int64_t r0 = 0;
    exc_term r1 = 0, r2 = 0;
    for (int rep = 0; rep < REPS; rep++) { /* best of REPS: the machine is shared */
        double t0 = now();
        r0 = fib_c(arg_n);
        double t1 = now();
        r1 = fib_terms(exc_small(arg_n));
        double t2 = now();
        r2 = fib_gen(exc_small(arg_n), 0, 0, 0, 0, 0);
        double t3 = now();
        double t[3] = {t1 - t0, t2 - t1, t3 - t2};
        for (int i = 0; i < 3; i++)
            if (t[i] < best[i]) best[i] = t[i];
    }
    printf("fib(%lld) = %lld, best of %d\n", (long long)arg_n, (long long)r0, REPS);
    printf("%-36s %8.2f ms\n", "plain C int64", best[0] * 1e3);
    printf("%-36s %8.2f ms\n", "terms, no prologue", best[1] * 1e3);
    printf("%-36s %8.2f ms\n", "generated convention (reds + stack)", best[2] * 1e3);
    if (exc_small_val(r1) != r0 || exc_small_val(r2) != r0) {
        puts("MISMATCH");
        exit(1);
    }
}

int main(int argc, char **argv)
{
    if (argc > 1) arg_n = atoll(argv[1]);
    exc_runtime_init(argc, argv);
    return exc_runtime_run(body, NULL);
}
