/* 1,000,000 processes alive at once, each waiting for a message; all are messaged
** and all reply. Prints time and resident memory. */
#include "test_proc_util.h"

#include <stdio.h>
#include <unistd.h>

#define N 1000000

static void replier(void *arg)
{
    (void)arg;
    exc_term from = recv_any(EXC_INFINITY);
    exc_send(from, exc_small(1));
}

static long rss_mb(void) { return rss_bytes() >> 20; }

static void body(void)
{
    static exc_term pids[N];
    int64_t t0 = exc_monotonic_ms();
    for (int i = 0; i < N; i++) {
        pids[i] = exc_spawn(replier, NULL);
        if ((i & 1023) == 0) exc_yield();
    }
    int64_t t1 = exc_monotonic_ms();
    exc_sleep(100);
    int64_t t2 = exc_monotonic_ms();
    exc_gc_collect();
    int64_t t3 = exc_monotonic_ms();
    printf("spawned %d in %lld ms, rss %ld MB, full collection with all waiting %lld ms\n", N,
           (long long)(t1 - t0), rss_mb(), (long long)(t3 - t2));
    for (int i = 0; i < N; i++) exc_send(pids[i], exc_self());
    long got = 0;
    while (got < N) {
        exc_term m = recv_any(30000);
        REQUIRE(m == exc_small(1));
        got++;
    }
    printf("all %ld replied in %lld ms\n", got, (long long)(exc_monotonic_ms() - t3));
}

int main(void)
{
    (void)check_cases, (void)check_ncases, (void)check_setup; /* harness unused here */
    int rc = run_main(body);
    return rc || check_failures;
}
