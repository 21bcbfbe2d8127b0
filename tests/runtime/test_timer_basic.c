/* Timers: send_after, cancel_timer, sleep, monotonic time. */
#include "test_proc_util.h"

static void b_send_after(void)
{
    int64_t t0 = exc_monotonic_ms();
    exc_term ref = exc_send_after(exc_self(), exc_atom("t"), 80);
    CHECK(exc_is_ref(ref));
    CHECK(recv_any(10) == EXC_NONE);
    CHECK(recv_any(2000) == exc_atom("t"));
    CHECK(exc_monotonic_ms() - t0 >= 80);
}
TEST(send_after_delivers_later) { CHECK(run_main(b_send_after) == 0); }

static void b_cancel(void)
{
    exc_term ref = exc_send_after(exc_self(), exc_atom("t"), 1000);
    exc_term left = exc_cancel_timer(ref);
    REQUIRE(exc_is_small(left));
    CHECK(exc_small_val(left) > 900 && exc_small_val(left) <= 1000);
    CHECK(exc_cancel_timer(ref) == EXC_A_false);
    CHECK(recv_any(100) == EXC_NONE);
}
TEST(cancel_timer_remaining) { CHECK(run_main(b_cancel) == 0); }

static void b_cancel_fired(void)
{
    exc_term ref = exc_send_after(exc_self(), exc_atom("t"), 10);
    CHECK(recv_any(1000) == exc_atom("t"));
    CHECK(exc_cancel_timer(ref) == EXC_A_false);
    CHECK(exc_cancel_timer(exc_make_ref()) == EXC_A_false);
}
TEST(cancel_fired_timer_false) { CHECK(run_main(b_cancel_fired) == 0); }

static void b_order(void)
{
    exc_send_after(exc_self(), exc_small(3), 60);
    exc_send_after(exc_self(), exc_small(1), 20);
    exc_send_after(exc_self(), exc_small(2), 40);
    for (int i = 1; i <= 3; i++) CHECK(recv_any(1000) == exc_small(i));
}
TEST(timers_fire_in_deadline_order) { CHECK(run_main(b_order) == 0); }

static void b_sleep(void)
{
    exc_send(exc_self(), exc_atom("kept"));
    int64_t t0 = exc_monotonic_ms();
    exc_sleep(100);
    int64_t dt = exc_monotonic_ms() - t0;
    CHECK(dt >= 100 && dt < 1000);
    CHECK(recv_any(0) == exc_atom("kept"));
}
TEST(sleep_keeps_mailbox) { CHECK(run_main(b_sleep) == 0); }

static void sleeper(void *arg) { (void)arg; exc_sleep(100000); }
static void b_kill_sleeper(void)
{
    exc_term p = exc_spawn(sleeper, NULL);
    exc_monitor(p);
    exc_sleep(10);
    exc_exit_signal(p, exc_atom("wake_up"));
    CHECK(down_reason(p, 1000) == exc_atom("wake_up"));
}
TEST(exit_signal_interrupts_sleep) { CHECK(run_main(b_kill_sleeper) == 0); }

static void b_named(void)
{
    exc_register(exc_atom("me"), exc_self());
    exc_send_after(exc_atom("me"), exc_atom("by_name"), 10);
    CHECK(recv_any(1000) == exc_atom("by_name"));
}
TEST(send_after_to_name) { CHECK(run_main(b_named) == 0); }

static void b_mono(void)
{
    int64_t a = exc_monotonic_ns();
    exc_sleep(5);
    CHECK(exc_monotonic_ns() - a >= 5000000);
}
TEST(monotonic_time) { CHECK(run_main(b_mono) == 0); }

/* Many waiting receives with timeouts that end by a message do not leave timers
** behind (each receive cancels its own). */
static void b_many_timeouts(void)
{
    for (int i = 0; i < 20000; i++) {
        exc_send(exc_self(), exc_small(i));
        exc_recv_begin();
        while (exc_recv_peek() == EXC_NONE) exc_recv_wait(5000);
        exc_recv_take();
    }
    CHECK(recv_any(1) == EXC_NONE);
}
TEST(receive_timeouts_cleaned_up) { CHECK(run_main(b_many_timeouts) == 0); }

TEST_MAIN()
