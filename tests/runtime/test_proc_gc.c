/* The collector and process stacks: data only reachable from suspended stacks
** survives forced collections, also while other schedulers switch processes. */
#include "test_proc_util.h"

#include <stdio.h>

#define CELLS 5000

static exc_term build(int n)
{
    exc_term l = EXC_NIL_LIST;
    for (int i = 0; i < n; i++) l = exc_cons(exc_small(i), l);
    return l;
}

static int64_t sum(exc_term l)
{
    int64_t s = 0;
    for (; exc_is_cons(l); l = exc_tl(l)) s += exc_small_val(exc_hd(l));
    return s;
}

/* The list lives only in this process's locals while it waits. */
static void holder(void *parent)
{
    exc_term l = build(CELLS);
    exc_term m = recv_any(EXC_INFINITY);
    (void)m;
    exc_send((exc_term)(uintptr_t)parent, exc_small(sum(l)));
}

static void b_suspended(void)
{
    enum { N = 200 };
    exc_term pids[N];
    for (int i = 0; i < N; i++) pids[i] = exc_spawn(holder, (void *)(uintptr_t)exc_self());
    exc_sleep(50);
    for (int k = 0; k < 5; k++) {
        build(100000); /* garbage */
        exc_gc_collect();
    }
    for (int i = 0; i < N; i++) exc_send(pids[i], exc_atom("check"));
    int64_t want = (int64_t)CELLS * (CELLS - 1) / 2;
    for (int i = 0; i < N; i++) CHECK(recv_any(5000) == exc_small(want));
}
TEST(suspended_stacks_survive_collections) { CHECK(run_main(b_suspended) == 0); }

/* Ping-pong of lists between processes while collections run: the switch
** handshake keeps collections out of half-done switches. */
static void ponger(void *arg)
{
    (void)arg;
    for (;;) {
        exc_term m = recv_any(EXC_INFINITY);
        if (m == exc_atom("stop")) return;
        exc_term back = build(50);
        exc_send(elem(m, 0), exc_tuple2(elem(m, 1), back));
    }
}
static void pinger(void *parent)
{
    exc_term peer = exc_spawn(ponger, NULL);
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        exc_term mine = build(20);
        exc_send(peer, exc_tuple2(exc_self(), mine));
        exc_term r = recv_any(EXC_INFINITY);
        if (sum(elem(r, 0)) != 190 || sum(elem(r, 1)) != 1225) bad++;
    }
    exc_send(peer, exc_atom("stop"));
    exc_send((exc_term)(uintptr_t)parent, exc_small(bad));
}
static void b_concurrent(void)
{
    for (int i = 0; i < 4; i++) exc_spawn(pinger, (void *)(uintptr_t)exc_self());
    int done = 0;
    while (done < 4) {
        exc_gc_collect();
        exc_term m = recv_any(1);
        if (m != EXC_NONE) {
            CHECK(m == exc_small(0));
            done++;
        }
    }
}
TEST(collections_during_switches)
{
    exc_set_schedulers(2);
    CHECK(run_main(b_concurrent) == 0);
}

/* Hibernation: a collection releases the stack pages of waiting processes (their
** saved stacks are kept aside); their lists, reachable only from those saved stacks,
** survive more collections with garbage in between; woken, they run on. */
static void small_holder(void *parent)
{
    exc_term l = build(100);
    recv_any(EXC_INFINITY);
    exc_send((exc_term)(uintptr_t)parent, exc_small(sum(l)));
}
static void b_hibernated(void)
{
    enum { N = 2000 };
    static exc_term pids[N];
    for (int i = 0; i < N; i++) pids[i] = exc_spawn(small_holder, (void *)(uintptr_t)exc_self());
    exc_sleep(100);
    exc_gc_collect(); /* hibernates them; the next one sees only the saved stacks */
    long before = rss_bytes();
    for (int i = 0; i < N; i++) exc_spawn(wait_forever, NULL); /* N fresh stack pages */
    exc_sleep(100);
    long grown = rss_bytes() - before;
    exc_gc_collect();
    long shrunk = rss_bytes() - before;
    /* The fresh waiters' pages (4 KiB each) went back to the kernel: at least half
    ** of what they took is gone, whatever the heap did meanwhile. */
    CHECK(grown > (long)N * 3000);
    CHECK(shrunk < grown / 2);
    for (int k = 0; k < 3; k++) {
        build(100000); /* garbage reusing whatever the lists would occupy if freed */
        exc_gc_collect();
    }
    for (int i = 0; i < N; i++) exc_send(pids[i], exc_atom("check"));
    int64_t want = 100 * 99 / 2;
    int bad = 0;
    for (int i = 0; i < N; i++) bad += recv_any(5000) != exc_small(want);
    CHECK(bad == 0);
}
TEST(hibernated_stacks_released_and_kept)
{
#ifdef EXC_GC_NONE
    fprintf(stderr, "skipped without a collector (EXC_GC_NONE)\n");
    return;
#endif
    exc_set_schedulers(2);
    CHECK(run_main(b_hibernated) == 0);
}

TEST_MAIN()
