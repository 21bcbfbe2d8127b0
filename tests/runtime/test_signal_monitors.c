/* Monitors: DOWN messages, noproc, demonitor with and without flush, spawn_monitor. */
#include "test_proc_util.h"

static void b_down(void)
{
    exc_term a = start_agent(false);
    exc_term ref = exc_monitor(a);
    exc_send(a, cmd("die", exc_atom("boom")));
    exc_term m = recv_where(is_down_of, (void *)(uintptr_t)a, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(exc_eq(elem(m, 1), ref));
    CHECK(elem(m, 2) == EXC_A(process));
    CHECK(elem(m, 4) == exc_atom("boom"));
}
TEST(monitor_down_message) { CHECK(run_main(b_down) == 0); }

static void b_noproc(void)
{
    exc_term dead = exc_spawn(exit_with, REASON(normal));
    exc_monitor(dead);
    CHECK(down_reason(dead, 2000) == EXC_A(normal));
    exc_term ref = exc_monitor(dead);
    exc_term m = recv_where(is_down_of, (void *)(uintptr_t)dead, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(exc_eq(elem(m, 1), ref));
    CHECK(elem(m, 4) == EXC_A(noproc));
}
TEST(monitor_dead_noproc) { CHECK(run_main(b_noproc) == 0); }

static void b_demonitor(void)
{
    exc_term a = start_agent(false);
    exc_term ref = exc_monitor(a);
    CHECK(exc_demonitor(ref, false));
    exc_exit_signal(a, EXC_A(kill));
    CHECK(down_reason(a, 200) == EXC_NONE);
}
TEST(demonitor_stops_down) { CHECK(run_main(b_demonitor) == 0); }

/* The DOWN is already queued: demonitor(ref, [:flush]) removes it, keeps others. */
static void b_flush(void)
{
    exc_term a = exc_spawn(exit_with, REASON(normal));
    exc_term ref = exc_monitor(a);
    exc_send(exc_self(), exc_atom("before"));
    exc_sleep(100); /* the DOWN arrives meanwhile */
    exc_send(exc_self(), exc_atom("after"));
    CHECK(exc_demonitor(ref, true));
    CHECK(recv_any(0) == exc_atom("before"));
    CHECK(recv_any(0) == exc_atom("after"));
    CHECK(recv_any(0) == EXC_NONE);
}
TEST(demonitor_flush_removes_down) { CHECK(run_main(b_flush) == 0); }

/* Without :flush, a DOWN that already arrived stays in the mailbox (Erlang). */
static void b_demonitor_queued(void)
{
    exc_term a = exc_spawn(exit_with, REASON(normal));
    exc_term ref = exc_monitor(a);
    exc_sleep(100);
    CHECK(exc_demonitor(ref, false));
    exc_term m = recv_any(50);
    CHECK(is_tuple_tagged(m, EXC_A(DOWN), 5) && exc_eq(elem(m, 1), ref));
}
TEST(demonitor_keeps_arrived_down) { CHECK(run_main(b_demonitor_queued) == 0); }

static void b_spawn_monitor(void)
{
    exc_term ref = 0;
    exc_term pid = exc_spawn_opt(exit_with, REASON(badarg), EXC_SPAWN_MONITOR, &ref);
    REQUIRE(exc_is_ref(ref));
    exc_term m = recv_where(is_down_of, (void *)(uintptr_t)pid, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(exc_eq(elem(m, 1), ref));
    CHECK(elem(m, 4) == EXC_A(badarg));
}
TEST(spawn_monitor_down) { CHECK(run_main(b_spawn_monitor) == 0); }

/* Two monitors on one process: two DOWN messages with their own refs. */
static void b_two(void)
{
    exc_term a = start_agent(false);
    exc_term r1 = exc_monitor(a), r2 = exc_monitor(a);
    exc_exit_signal(a, EXC_A(kill));
    exc_term m1 = recv_where(is_down_of, (void *)(uintptr_t)a, 2000);
    exc_term m2 = recv_where(is_down_of, (void *)(uintptr_t)a, 2000);
    REQUIRE(m1 != EXC_NONE && m2 != EXC_NONE);
    CHECK(exc_eq(elem(m1, 1), r1) || exc_eq(elem(m1, 1), r2));
    CHECK(!exc_eq(elem(m1, 1), elem(m2, 1)));
}
TEST(monitor_twice_two_downs) { CHECK(run_main(b_two) == 0); }

TEST_MAIN()
