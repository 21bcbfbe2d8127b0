/* A 503-process ring passing 10,000,000 messages (the thread-ring benchmark). */
#include "test_proc_util.h"

#include <stdio.h>

#define RING 503
#ifndef HOPS
#define HOPS 10000000
#endif

static void node(void *next_pid)
{
    exc_term next = (exc_term)(uintptr_t)next_pid;
    if (next == 0) next = recv_any(EXC_INFINITY); /* the last node learns the first */
    for (;;) {
        exc_term m = recv_any(EXC_INFINITY);
        exc_send(next, m);
        if (m == exc_small(0)) return;
        EXC_REDUCE();
    }
}

static void body(void)
{
    exc_term last = exc_spawn(node, NULL), next = last;
    for (int i = 1; i < RING - 1; i++) next = exc_spawn(node, (void *)(uintptr_t)next);
    exc_term first_pid = exc_spawn(node, (void *)(uintptr_t)next);
    (void)first_pid;
    /* close the ring: the last node forwards to main, which counts hops */
    exc_send(last, exc_self());
    int64_t t0 = exc_monotonic_ns();
    long hops = 0;
    exc_send(first_pid, exc_small(1));
    for (;;) {
        exc_term m = recv_any(60000);
        REQUIRE(m != EXC_NONE);
        hops += RING;
        if (hops >= HOPS) {
            exc_send(first_pid, exc_small(0));
            break;
        }
        exc_send(first_pid, m);
    }
    int64_t dt = exc_monotonic_ns() - t0;
    printf("%ld hops in %.2f s: %.1f ns/hop\n", hops, (double)dt / 1e9, (double)dt / (double)hops);
    CHECK(hops >= HOPS);
}

int main(void)
{
    (void)check_cases, (void)check_ncases, (void)check_setup; /* harness unused here */
    int rc = run_main(body);
    return rc || check_failures;
}
