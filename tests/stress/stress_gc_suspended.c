/* 20,000 suspended processes each hold a private list only on their stack while
** the main process forces 50 collections and churns garbage; every list is intact
** afterwards. */
#include "test_proc_util.h"

#include <stdio.h>

#define N 20000
#define CELLS 200

static void holder(void *parent)
{
    exc_term l = EXC_NIL_LIST;
    for (int i = 0; i < CELLS; i++) l = exc_cons(exc_small(i), l);
    recv_any(EXC_INFINITY);
    int64_t s = 0;
    for (; exc_is_cons(l); l = exc_tl(l)) s += exc_small_val(exc_hd(l));
    exc_send((exc_term)(uintptr_t)parent, exc_small(s));
}

static void body(void)
{
    static exc_term pids[N];
    for (int i = 0; i < N; i++) pids[i] = exc_spawn(holder, (void *)(uintptr_t)exc_self());
    exc_sleep(200);
    for (int k = 0; k < 50; k++) {
        exc_term g = EXC_NIL_LIST;
        for (int i = 0; i < 200000; i++) g = exc_cons(exc_small(i), g);
        exc_gc_collect();
    }
    for (int i = 0; i < N; i++) exc_send(pids[i], exc_atom("go"));
    long bad = 0;
    for (int i = 0; i < N; i++) {
        exc_term m = recv_any(20000);
        REQUIRE(m != EXC_NONE);
        if (m != exc_small(CELLS * (CELLS - 1) / 2)) bad++;
    }
    printf("%d processes checked, %ld corrupted\n", N, bad);
    CHECK(bad == 0);
}

int main(void)
{
    (void)check_cases, (void)check_ncases, (void)check_setup; /* harness unused here */
    int rc = run_main(body);
    return rc || check_failures;
}
