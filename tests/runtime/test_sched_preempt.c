/* Schedulers: preemption by reductions, work spread over all schedulers, fairness. */
#include "test_proc_util.h"

#include <stdatomic.h>
#include <time.h>

static atomic_int stop_loops;

static void looper(void *arg)
{
    (void)arg;
    while (!stop_loops) EXC_REDUCE();
}

/* Every scheduler busy with an endless loop: a timer message still gets through. */
static void b_preempt(void)
{
    int n = exc_schedulers_online();
    for (int i = 0; i < n; i++) exc_spawn(looper, NULL);
    exc_sleep(20);
    int64_t t0 = exc_monotonic_ms();
    exc_send_after(exc_self(), exc_atom("tick"), 50);
    CHECK(recv_any(5000) == exc_atom("tick"));
    int64_t dt = exc_monotonic_ms() - t0;
    CHECK(dt >= 50 && dt < 1000);
    stop_loops = 1;
}
TEST(loops_do_not_block_timer)
{
    exc_set_schedulers(2);
    CHECK(run_main(b_preempt) == 0);
}

/* CPU-bound work in many processes runs on every scheduler. */
static atomic_uint seen_mask;
static void cruncher(void *parent)
{
    volatile uint64_t x = 1;
    int64_t until = exc_monotonic_ms() + 150;
    while (exc_monotonic_ms() < until) {
        for (int i = 0; i < 1000; i++) x = x * 6364136223846793005ULL + 1;
        atomic_fetch_or(&seen_mask, 1u << exc_scheduler_id());
        EXC_REDUCE();
    }
    exc_send((exc_term)(uintptr_t)parent, exc_atom("done"));
}
static void b_spread(void)
{
    int n = exc_schedulers_online();
    for (int i = 0; i < 4 * n; i++) exc_spawn(cruncher, (void *)(uintptr_t)exc_self());
    for (int i = 0; i < 4 * n; i++) CHECK(recv_any(10000) == exc_atom("done"));
    CHECK(atomic_load(&seen_mask) == (1u << n) - 1);
}
TEST(cpu_work_uses_all_schedulers)
{
    exc_set_schedulers(2);
    CHECK(run_main(b_spread) == 0);
}

/* On a single scheduler two endless loops both make progress (round robin). */
static atomic_long counters[2];
static void counter(void *idx)
{
    while (!stop_loops) {
        atomic_fetch_add_explicit(&counters[(uintptr_t)idx], 1, memory_order_relaxed);
        EXC_REDUCE();
    }
}
static void b_fair(void)
{
    exc_spawn(counter, (void *)0);
    exc_spawn(counter, (void *)1);
    exc_sleep(100);
    long a = atomic_load(&counters[0]), b = atomic_load(&counters[1]);
    CHECK(a > 0 && b > 0);
    CHECK(a < 4 * b && b < 4 * a);
    stop_loops = 1;
}
TEST(single_scheduler_round_robin)
{
    exc_set_schedulers(1);
    CHECK(run_main(b_fair) == 0);
    CHECK(exc_schedulers_online() == 1);
}

/* Idle schedulers sleep and are woken by new work (no spinning forever). */
static void b_idle(void)
{
    exc_sleep(1000); /* every scheduler goes to sleep */
    exc_term p = exc_spawn(exit_with, REASON(normal));
    exc_monitor(p);
    CHECK(down_reason(p, 2000) == EXC_A(normal));
}
TEST(idle_schedulers_sleep_and_wake)
{
    exc_set_schedulers(2);
    struct timespec c0, c1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    CHECK(run_main(b_idle) == 0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    if (cpu >= 0.5) fprintf(stderr, "cpu %.3f s\n", cpu);
    /* 1 s idle on 2 schedulers: spinning would take 2 s of CPU. A long idle period
    ** keeps start-up costs (GC and thread creation) small beside the bound. */
    CHECK(cpu < 0.5);
}

TEST_MAIN()
