/* Links and exit signals, one test per Erlang rule (reference behaviour checked
** with Elixir 1.14 by tests/runtime/signal_rules.exs). */
#include "test_proc_util.h"

#define BOOM exc_atom("boom")

/* A non-trapping process linked to one that exits abnormally dies with that reason. */
static void b_link_abnormal(void)
{
    exc_term a = start_agent(false);
    exc_monitor(a);
    exc_send(a, cmd("spawn_link_exit", BOOM));
    CHECK(down_reason(a, 2000) == BOOM);
}
TEST(link_abnormal_exit_kills) { CHECK(run_main(b_link_abnormal) == 0); }

/* A linked process exiting :normal does not kill a non-trapping process. */
static void b_link_normal(void)
{
    exc_term a = start_agent(false);
    exc_monitor(a);
    exc_send(a, cmd("spawn_link_exit", EXC_A(normal)));
    CHECK(down_reason(a, 200) == EXC_NONE);
    CHECK(exc_is_alive(a));
}
TEST(link_normal_exit_ignored) { CHECK(run_main(b_link_normal) == 0); }

/* Links are bidirectional: the process that linked dies, the other one follows. */
static void b_bidir(void)
{
    exc_term a = start_agent(false), b = start_agent(false);
    exc_monitor(b);
    agent_cmd(a, "link", b);
    recv_any(1000); /* link's result */
    exc_send(a, cmd("die", BOOM));
    CHECK(down_reason(b, 2000) == BOOM);
}
TEST(link_bidirectional) { CHECK(run_main(b_bidir) == 0); }

/* trap_exit turns a linked exit into {:EXIT, pid, reason}. */
static void b_trap(void)
{
    exc_term a = start_agent(true);
    exc_send(a, cmd("spawn_link_exit", BOOM));
    exc_term child = recv_where(NULL, NULL, 2000);
    REQUIRE(exc_is_pid(child));
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)child, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == BOOM);
    CHECK(exc_is_alive(a));
}
TEST(trap_exit_message) { CHECK(run_main(b_trap) == 0); }

/* A trapping process gets {:EXIT, pid, :normal} from a linked normal exit. */
static void b_trap_normal(void)
{
    exc_term a = start_agent(true);
    exc_send(a, cmd("spawn_link_exit", EXC_A(normal)));
    exc_term child = recv_any(2000);
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)child, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(normal));
}
TEST(trap_exit_normal_message) { CHECK(run_main(b_trap_normal) == 0); }

/* exit(pid, :kill) kills even a trapping process, with reason :killed. */
static void b_kill(void)
{
    exc_term a = start_agent(true);
    exc_monitor(a);
    exc_exit_signal(a, EXC_A(kill));
    CHECK(down_reason(a, 2000) == EXC_A(killed));
}
TEST(kill_untrappable) { CHECK(run_main(b_kill) == 0); }

/* A killed process's links see :killed (trappable, kills non-trappers). */
static void b_killed_propagates(void)
{
    exc_term a = start_agent(false), b = start_agent(false), c = start_agent(true);
    exc_monitor(b);
    agent_cmd(a, "link", b);
    recv_any(1000);
    agent_cmd(a, "link", c);
    recv_any(1000);
    exc_exit_signal(a, EXC_A(kill));
    CHECK(down_reason(b, 2000) == EXC_A(killed));
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)a, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(killed));
}
TEST(killed_propagates_as_killed) { CHECK(run_main(b_killed_propagates) == 0); }

/* A process exiting with reason :kill itself sends a trappable :kill over links. */
static void b_exit_kill_link(void)
{
    exc_term a = start_agent(true), b = start_agent(false);
    exc_monitor(b);
    exc_send(a, cmd("spawn_link_exit", EXC_A(kill)));
    exc_term child = recv_any(2000);
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)child, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(kill));
    exc_send(b, cmd("spawn_link_exit", EXC_A(kill)));
    CHECK(down_reason(b, 2000) == EXC_A(kill));
}
TEST(exit_reason_kill_over_link_is_trappable) { CHECK(run_main(b_exit_kill_link) == 0); }

/* exit(other, :normal) is ignored by a non-trapping process. */
static void b_other_normal(void)
{
    exc_term a = start_agent(false);
    exc_monitor(a);
    exc_exit_signal(a, EXC_A(normal));
    CHECK(down_reason(a, 200) == EXC_NONE);
    CHECK(exc_is_alive(a));
}
TEST(exit_other_normal_ignored) { CHECK(run_main(b_other_normal) == 0); }

/* exit(other, :normal) reaches a trapping process as {:EXIT, from, :normal}. */
static void b_other_normal_trap(void)
{
    exc_term a = start_agent(true);
    exc_exit_signal(a, EXC_A(normal));
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)exc_self(), 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(normal));
}
TEST(exit_other_normal_trapping_message) { CHECK(run_main(b_other_normal_trap) == 0); }

/* exit(self(), :normal) ends a non-trapping process with reason :normal. */
static void b_self_normal(void)
{
    exc_term a = start_agent(false);
    exc_monitor(a);
    exc_send(a, cmd("exit_self", EXC_A(normal)));
    CHECK(down_reason(a, 2000) == EXC_A(normal));
}
TEST(exit_self_normal_exits) { CHECK(run_main(b_self_normal) == 0); }

/* exit(self(), :normal) in a trapping process delivers {:EXIT, self, :normal}. */
static void b_self_normal_trap(void)
{
    exc_term a = start_agent(true);
    exc_send(a, cmd("exit_self", EXC_A(normal)));
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)a, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(normal));
    CHECK(exc_is_alive(a));
}
TEST(exit_self_normal_trapping_message) { CHECK(run_main(b_self_normal_trap) == 0); }

/* exit(other, reason) kills a non-trapping process with that reason. */
static void b_other_reason(void)
{
    exc_term a = start_agent(false);
    exc_monitor(a);
    exc_exit_signal(a, BOOM);
    CHECK(down_reason(a, 2000) == BOOM);
}
TEST(exit_other_reason_kills) { CHECK(run_main(b_other_reason) == 0); }

/* exit(other, reason) reaches a trapping process as a message. */
static void b_other_reason_trap(void)
{
    exc_term a = start_agent(true);
    exc_exit_signal(a, BOOM);
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)exc_self(), 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == BOOM);
}
TEST(exit_other_reason_trapping_message) { CHECK(run_main(b_other_reason_trap) == 0); }

/* unlink: a later exit of the former partner has no effect. */
static void b_unlink(void)
{
    exc_term a = start_agent(false), b = start_agent(false);
    exc_monitor(a);
    agent_cmd(a, "link", b);
    recv_any(1000);
    agent_cmd(a, "unlink", b);
    exc_exit_signal(b, BOOM);
    CHECK(down_reason(a, 200) == EXC_NONE);
    CHECK(exc_is_alive(a));
}
TEST(unlink_removes_link) { CHECK(run_main(b_unlink) == 0); }

/* link to a dead pid, not trapping: fails (the caller raises noproc). */
static void b_link_dead(void)
{
    exc_term dead = exc_spawn(exit_with, REASON(normal));
    exc_monitor(dead);
    down_reason(dead, 2000);
    CHECK(!exc_link(dead));
}
TEST(link_dead_not_trapping_fails) { CHECK(run_main(b_link_dead) == 0); }

/* link to a dead pid while trapping: true and {:EXIT, pid, :noproc}. */
static void b_link_dead_trap(void)
{
    exc_term dead = exc_spawn(exit_with, REASON(normal));
    exc_monitor(dead);
    down_reason(dead, 2000);
    exc_trap_exit(true);
    CHECK(exc_link(dead));
    exc_term m = recv_where(is_exit_from, (void *)(uintptr_t)dead, 2000);
    REQUIRE(m != EXC_NONE);
    CHECK(elem(m, 2) == EXC_A(noproc));
}
TEST(link_dead_trapping_noproc_message) { CHECK(run_main(b_link_dead_trap) == 0); }

/* spawn_link links both ways at once (Process.info :links on both sides). */
static void b_spawn_link(void)
{
    exc_term c = exc_spawn_link(wait_forever, NULL);
    exc_term mine = elem(exc_process_info(exc_self(), EXC_A(links)), 1);
    exc_term theirs = elem(exc_process_info(c, EXC_A(links)), 1);
    CHECK(exc_is_cons(mine) && exc_hd(mine) == c);
    CHECK(exc_is_cons(theirs) && exc_hd(theirs) == exc_self());
    exc_unlink(c);
    exc_exit_signal(c, EXC_A(kill));
}
TEST(spawn_link_links_both) { CHECK(run_main(b_spawn_link) == 0); }

/* Messages a process sent before exiting arrive before its {:EXIT} (signal order). */
static void sender_then_exit(void *parent)
{
    exc_send((exc_term)(uintptr_t)parent, exc_atom("last_words"));
    exc_exit(BOOM);
}
static void b_order(void)
{
    exc_trap_exit(true);
    exc_spawn_link(sender_then_exit, (void *)(uintptr_t)exc_self());
    exc_term m1 = recv_any(2000), m2 = recv_any(2000);
    CHECK(m1 == exc_atom("last_words"));
    CHECK(is_tuple_tagged(m2, EXC_A(EXIT), 3) && elem(m2, 2) == BOOM);
}
TEST(signal_order_kept) { CHECK(run_main(b_order) == 0); }

TEST_MAIN()
