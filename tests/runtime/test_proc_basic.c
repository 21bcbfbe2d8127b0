/* Processes: spawning, self, messages, alive?, exit status of the main process. */
#include "test_proc_util.h"

static void echo(void *arg)
{
    (void)arg;
    exc_term m = recv_any(EXC_INFINITY);
    exc_send(elem(m, 0), exc_tuple2(exc_self(), elem(m, 1)));
}

static void body_ping(void)
{
    exc_term pid = exc_spawn(echo, NULL);
    CHECK(exc_is_pid(pid));
    CHECK(pid != exc_self());
    exc_send(pid, exc_tuple2(exc_self(), exc_small(42)));
    exc_term r = recv_any(2000);
    REQUIRE(r != EXC_NONE);
    CHECK(elem(r, 0) == pid);
    CHECK(elem(r, 1) == exc_small(42));
}

TEST(spawn_and_reply) { CHECK(run_main(body_ping) == 0); }

static void body_alive(void)
{
    exc_term p = exc_spawn(wait_forever, NULL);
    CHECK(exc_is_alive(p));
    CHECK(exc_is_alive(exc_self()));
    exc_term q = exc_spawn(exit_with, REASON(normal));
    exc_sleep(50);
    CHECK(!exc_is_alive(q));
    exc_exit_signal(p, EXC_A(kill));
    exc_sleep(20);
    CHECK(!exc_is_alive(p));
}

TEST(alive) { CHECK(run_main(body_alive) == 0); }

static void body_crash(void) { exc_exit(EXC_A(badarg)); }

TEST(main_status_abnormal) { CHECK(run_main(body_crash) == 1); }

static void body_order(void)
{
    exc_term me = exc_self();
    for (int i = 0; i < 1000; i++) exc_send(me, exc_small(i));
    for (int i = 0; i < 1000; i++) CHECK(recv_any(0) == exc_small(i));
    CHECK(recv_any(0) == EXC_NONE);
}

TEST(messages_in_order) { CHECK(run_main(body_order) == 0); }

/* Process.list: every live process once, in ascending pid order; the dead are gone. */
static bool in_list(exc_term list, exc_term pid)
{
    for (; exc_is_cons(list); list = exc_tl(list))
        if (exc_hd(list) == pid) return true;
    return false;
}

static void body_list(void)
{
    exc_term a = exc_spawn(wait_forever, NULL);
    exc_term b = exc_spawn(wait_forever, NULL);
    exc_term l = exc_process_list();
    CHECK(in_list(l, exc_self()) && in_list(l, a) && in_list(l, b));
    for (exc_term t = l; exc_is_cons(t) && exc_is_cons(exc_tl(t)); t = exc_tl(t))
        CHECK(exc_pid_serial(exc_hd(t)) < exc_pid_serial(exc_hd(exc_tl(t))));
    exc_exit_signal(a, EXC_A(kill));
    exc_sleep(20);
    l = exc_process_list();
    CHECK(!in_list(l, a) && in_list(l, b));
    exc_exit_signal(b, EXC_A(kill));
}

TEST(process_list) { CHECK(run_main(body_list) == 0); }

TEST_MAIN()
