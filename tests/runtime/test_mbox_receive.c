/* Mailboxes: selective receive keeps unmatched messages in order; timeouts 0, N ms,
** infinity; the receive mark; many concurrent senders. */
#include "test_proc_util.h"

static bool is_b(exc_term m, void *ctx) { (void)ctx; return m == exc_atom("b"); }

static void b_selective(void)
{
    exc_term me = exc_self();
    exc_send(me, exc_atom("a"));
    exc_send(me, exc_atom("b"));
    exc_send(me, exc_atom("c"));
    CHECK(recv_where(is_b, NULL, 0) == exc_atom("b"));
    CHECK(recv_any(0) == exc_atom("a"));
    CHECK(recv_any(0) == exc_atom("c"));
}
TEST(selective_keeps_order) { CHECK(run_main(b_selective) == 0); }

static void b_timeout0(void)
{
    exc_send(exc_self(), exc_atom("a"));
    int64_t t0 = exc_monotonic_ms();
    CHECK(recv_where(is_b, NULL, 0) == EXC_NONE);
    CHECK(exc_monotonic_ms() - t0 < 20);
    CHECK(recv_any(0) == exc_atom("a"));
}
TEST(after_zero_does_not_block) { CHECK(run_main(b_timeout0) == 0); }

static void b_timeoutN(void)
{
    int64_t t0 = exc_monotonic_ms();
    CHECK(recv_any(100) == EXC_NONE);
    int64_t dt = exc_monotonic_ms() - t0;
    CHECK(dt >= 100 && dt < 1000);
}
TEST(after_n_ms) { CHECK(run_main(b_timeoutN) == 0); }

/* Unmatched arrivals do not restart the timeout (the deadline is fixed). */
static void spammer(void *to)
{
    for (int i = 0; i < 30; i++) {
        exc_send((exc_term)(uintptr_t)to, exc_atom("noise"));
        exc_sleep(10);
    }
}
static void b_deadline(void)
{
    exc_spawn(spammer, (void *)(uintptr_t)exc_self());
    int64_t t0 = exc_monotonic_ms();
    CHECK(recv_where(is_b, NULL, 100) == EXC_NONE);
    int64_t dt = exc_monotonic_ms() - t0;
    CHECK(dt >= 100 && dt < 250);
}
TEST(after_deadline_fixed) { CHECK(run_main(b_deadline) == 0); }

static void late_sender(void *to)
{
    exc_sleep(100);
    exc_send((exc_term)(uintptr_t)to, exc_atom("b"));
}
static void b_infinity(void)
{
    exc_spawn(late_sender, (void *)(uintptr_t)exc_self());
    CHECK(recv_where(is_b, NULL, EXC_INFINITY) == exc_atom("b"));
}
TEST(after_infinity_waits) { CHECK(run_main(b_infinity) == 0); }

/* A receive after exc_recv_mark only examines messages that came after the mark. */
static int examined;
static bool count_is_ref(exc_term m, void *ref)
{
    examined++;
    return exc_is_tuple(m) && exc_eq(elem(m, 0), (exc_term)(uintptr_t)ref);
}
static void replier(void *to)
{
    exc_term ref = recv_any(EXC_INFINITY);
    exc_send((exc_term)(uintptr_t)to, exc_tuple2(ref, exc_atom("reply")));
}
static void b_mark(void)
{
    for (int i = 0; i < 100; i++) exc_send(exc_self(), exc_small(i));
    exc_term p = exc_spawn(replier, (void *)(uintptr_t)exc_self());
    recv_any(0); /* drain the queue into the private list (100 -> 99 left) */
    exc_term ref = exc_make_ref();
    exc_recv_mark();
    exc_send(p, ref);
    examined = 0;
    exc_term m = recv_where(count_is_ref, (void *)(uintptr_t)ref, 2000);
    CHECK(m != EXC_NONE);
    CHECK(examined == 1);
    examined = 0;
    CHECK(recv_any(0) == exc_small(1)); /* older messages are still there, in order */
}
TEST(receive_mark_skips_old) { CHECK(run_main(b_mark) == 0); }

/* Many producers at once: every message arrives, per-sender order kept. */
#define SENDERS 8
#define PER 20000
static void producer(void *arg)
{
    exc_term to = exc_tuple_elems((exc_term)(uintptr_t)arg)[0];
    exc_term id = exc_tuple_elems((exc_term)(uintptr_t)arg)[1];
    for (int i = 0; i < PER; i++) {
        exc_send(to, exc_tuple2(id, exc_small(i)));
        EXC_REDUCE();
    }
}
static void b_mpsc(void)
{
    int64_t next[SENDERS] = {0};
    for (int s = 0; s < SENDERS; s++)
        exc_spawn(producer, (void *)(uintptr_t)exc_tuple2(exc_self(), exc_small(s)));
    for (int i = 0; i < SENDERS * PER; i++) {
        exc_term m = recv_any(5000);
        REQUIRE(m != EXC_NONE);
        int64_t s = exc_small_val(elem(m, 0));
        CHECK(exc_small_val(elem(m, 1)) == next[s]);
        next[s]++;
    }
}
TEST(many_senders) { CHECK(run_main(b_mpsc) == 0); }

static void b_info(void)
{
    exc_term me = exc_self();
    exc_send(me, exc_small(1));
    exc_send(me, exc_small(2));
    exc_term len = exc_process_info(me, EXC_A(message_queue_len));
    CHECK(elem(len, 1) == exc_small(2));
    exc_term msgs = elem(exc_process_info(me, EXC_A(messages)), 1);
    CHECK(exc_hd(msgs) == exc_small(1) && exc_hd(exc_tl(msgs)) == exc_small(2));
    exc_term p = exc_spawn(wait_forever, NULL);
    exc_sleep(20);
    CHECK(elem(exc_process_info(p, EXC_A(status)), 1) == EXC_A(waiting));
    CHECK(elem(exc_process_info(me, EXC_A(status)), 1) == EXC_A(running));
    CHECK(exc_is_small(elem(exc_process_info(me, EXC_A(total_heap_size)), 1)));
    exc_exit_signal(p, EXC_A(kill));
    exc_sleep(20);
    CHECK(exc_process_info(p, EXC_A(status)) == EXC_A_nil);
}
TEST(process_info_keys) { CHECK(run_main(b_info) == 0); }

TEST_MAIN()
