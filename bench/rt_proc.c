/* Micro-benchmarks of the process runtime: context switch (yield), spawn+exit,
** message send+receive (ping-pong), spawn of waiting processes and resident bytes
** per waiting process. Prints one "name value unit" line each (bench/rt.sh
** compares them with bench/beam_proc.exs). Usage: bench_rt_proc [waiting_count]. */
#include "exc.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long waiting_n = 1000000;

static long rss_bytes(void)
{
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    if (fscanf(f, "%ld %ld", &pages, &res) != 2) res = 0;
    fclose(f);
    return res * sysconf(_SC_PAGESIZE);
}

static exc_term recv1(void)
{
    exc_recv_begin();
    exc_term m;
    while ((m = exc_recv_peek()) == EXC_NONE) exc_recv_wait(EXC_INFINITY);
    exc_recv_take();
    return m;
}

/* ---- context switch: two processes yielding to each other ---------------- */

#define YIELDS 2000000
static void yielder(void *parent)
{
    for (int i = 0; i < YIELDS; i++) exc_yield();
    exc_send((exc_term)(uintptr_t)parent, EXC_A(ok));
}

static void bench_switch(void)
{
    exc_spawn(yielder, (void *)(uintptr_t)exc_self());
    exc_spawn(yielder, (void *)(uintptr_t)exc_self());
    int64_t t0 = exc_monotonic_ns();
    recv1();
    recv1();
    double ns = (double)(exc_monotonic_ns() - t0) / (2.0 * YIELDS);
    printf("context_switch_ns %.1f\n", ns);
}

/* ---- spawn + exit --------------------------------------------------------- */

#define SPAWNS 300000
/* One counter per scheduler, each on its own cache line: the BEAM side counts with
** :counters and write_concurrency (per-scheduler slots), so one shared atomic here
** would measure cache-line ping-pong between cores instead of spawn and exit. */
static struct { atomic_long n; char pad[56]; } exited[256];
static void quick(void *arg)
{
    (void)arg;
    atomic_fetch_add_explicit(&exited[exc_scheduler_id() & 255].n, 1, memory_order_relaxed);
}
static long exited_total(void)
{
    long t = 0;
    for (int i = 0; i < 256; i++) t += atomic_load_explicit(&exited[i].n, memory_order_relaxed);
    return t;
}

static void bench_spawn_exit(void)
{
    int64_t t0 = exc_monotonic_ns();
    for (int i = 0; i < SPAWNS; i++) {
        exc_spawn(quick, NULL);
        if ((i & 63) == 0) exc_yield();
    }
    while (exited_total() < SPAWNS) exc_yield();
    double ns = (double)(exc_monotonic_ns() - t0) / SPAWNS;
    printf("spawn_exit_ns %.1f\n", ns);
}

/* ---- send + receive ---------------------------------------------------------- */

#define PINGS 1000000
static void ponger(void *arg)
{
    (void)arg;
    for (;;) {
        exc_term m = recv1();
        if (!exc_is_pid(m)) return;
        exc_send(m, EXC_A(ok));
    }
}

static void bench_pingpong(void)
{
    exc_term p = exc_spawn(ponger, NULL), me = exc_self();
    int64_t t0 = exc_monotonic_ns();
    for (int i = 0; i < PINGS; i++) {
        exc_send(p, me);
        recv1();
    }
    double ns = (double)(exc_monotonic_ns() - t0) / (2.0 * PINGS);
    exc_send(p, EXC_A(ok));
    printf("send_receive_ns %.1f\n", ns);
}

/* ---- waiting processes ----------------------------------------------------------- */

static void waiter(void *arg)
{
    (void)arg;
    recv1();
}

static void bench_waiting(void)
{
    exc_gc_collect();
    long rss0 = rss_bytes();
    exc_term *pids = malloc(sizeof *pids * (size_t)waiting_n);
    int64_t t0 = exc_monotonic_ns();
    for (long i = 0; i < waiting_n; i++) {
        pids[i] = exc_spawn(waiter, NULL);
        if ((i & 255) == 0) exc_yield();
    }
    exc_sleep(200); /* let every process reach its receive */
    double spawn_us = (double)(exc_monotonic_ns() - t0 - 200000000) / 1e3 / (double)waiting_n;
    long rss1 = rss_bytes();
    printf("spawn_waiting_us %.2f\n", spawn_us);
    printf("bytes_per_waiting_process %.0f\n", (double)(rss1 - rss0) / (double)waiting_n);
    for (long i = 0; i < waiting_n; i++) exc_send(pids[i], EXC_A(ok));
    free(pids);
}

static void bench_main(void *arg)
{
    (void)arg;
    bench_switch();
    bench_spawn_exit();
    bench_pingpong();
    bench_waiting();
}

int main(int argc, char **argv)
{
    if (argc > 1) waiting_n = atol(argv[1]);
    exc_runtime_main(argc, argv, bench_main, NULL);
}
