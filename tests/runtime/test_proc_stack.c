/* Process stacks: million-frame body recursion through segment growth, runaway
** recursion killing only its process, catch frames and exits across segments. */
#include "test_proc_util.h"

/* ThreadSanitizer's longjmp interception and shadow stack assume one contiguous
** stack per thread: deep segmented recursion and longjmps across segments are out
** of its reach (SEGV inside the runtime of TSan). These cases run under ASan. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SKIP_UNDER_TSAN()                                                      \
    do {                                                                       \
        fprintf(stderr, "skipped under ThreadSanitizer\n");                    \
        return;                                                                \
    } while (0)
#endif
#endif
#ifndef SKIP_UNDER_TSAN
#define SKIP_UNDER_TSAN() do {} while (0)
#endif

/* Body recursion with the prologue check generated code will emit. Each frame
** keeps a freshly allocated cons alive until it returns, so older segments must
** be scanned by the collector too. */
struct dctx { int64_t n; int64_t r; };
static int64_t depth(int64_t n);
static void depth_thunk(void *c) { struct dctx *d = c; d->r = depth(d->n); }

__attribute__((noinline)) static int64_t depth(int64_t n)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct dctx d = {n, 0};
        exc_stack_grow(depth_thunk, &d);
        return d.r;
    }
    if (n == 0) {
        exc_gc_collect();
        return 0;
    }
    volatile exc_term cell = exc_cons(exc_small(n), EXC_NIL_LIST);
    if (n % 4096 == 0) exc_alloc(64); /* some garbage on the way down */
    int64_t r = depth(n - 1);
    return r + (exc_small_val(exc_hd(cell)) == n ? 1 : 0);
}

static void b_deep(void) { CHECK(depth(1000000) == 1000000); }
TEST(recursion_million_frames) { SKIP_UNDER_TSAN(); CHECK(run_main(b_deep) == 0); }

/* Deep recursion in many processes at once (segments are per process). */
static void deep_child(void *parent)
{
    exc_send((exc_term)(uintptr_t)parent, exc_small(depth(200000)));
}
static void b_deep_many(void)
{
    for (int i = 0; i < 4; i++) exc_spawn(deep_child, (void *)(uintptr_t)exc_self());
    for (int i = 0; i < 4; i++) CHECK(recv_any(20000) == exc_small(200000));
}
TEST(recursion_in_parallel_processes) { SKIP_UNDER_TSAN(); CHECK(run_main(b_deep_many) == 0); }

static int64_t runaway(int64_t n);
static void runaway_thunk(void *c) { struct dctx *d = c; d->r = runaway(d->n); }
__attribute__((noinline)) static int64_t runaway(int64_t n)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct dctx d = {n, 0};
        exc_stack_grow(runaway_thunk, &d);
        return d.r;
    }
    volatile int64_t keep = n;
    return runaway(n + 1) + keep;
}
static void runaway_proc(void *arg) { (void)arg; runaway(0); }

static void b_overflow(void)
{
    setenv("EXC_MAX_STACK_MB", "64", 1);
    exc_term p = exc_spawn(runaway_proc, NULL);
    exc_monitor(p);
    CHECK(down_reason(p, 20000) == EXC_A(stack_overflow));
    CHECK(depth(1000) == 1000); /* the rest of the system goes on */
}
TEST(runaway_recursion_kills_only_it) { SKIP_UNDER_TSAN(); CHECK(run_main(b_overflow) == 0); }

static void b_catch(void)
{
    exc_catch f;
    if (EXC_TRY(f)) {
        exc_exit(exc_atom("boom"));
        CHECK(0);
    } else {
        CHECK(f.kind == EXC_A(exit));
        CHECK(f.value == exc_atom("boom"));
    }
    exc_catch outer, inner;
    int reached = 0;
    if (EXC_TRY(outer)) {
        if (EXC_TRY(inner)) {
            exc_catch_pop(&inner);
            exc_raise(EXC_A(throw), exc_small(7), EXC_A_nil);
        } else {
            CHECK(0);
        }
    } else {
        reached = 1;
        CHECK(outer.kind == EXC_A(throw) && outer.value == exc_small(7));
    }
    CHECK(reached);
}
TEST(catch_frames) { CHECK(run_main(b_catch) == 0); }

/* An exit raised 500k frames deep (on a grown segment) lands in a frame on the
** first segment; the process then recurses deep again. */
static int64_t deep_raise(int64_t n);
static void deep_raise_thunk(void *c) { struct dctx *d = c; d->r = deep_raise(d->n); }
__attribute__((noinline)) static int64_t deep_raise(int64_t n)
{
    if (EXC_UNLIKELY(exc_stack_low())) {
        struct dctx d = {n, 0};
        exc_stack_grow(deep_raise_thunk, &d);
        return d.r;
    }
    if (n == 0) exc_exit(exc_atom("deep"));
    volatile int64_t keep = n;
    return deep_raise(n - 1) + keep;
}
static void b_catch_deep(void)
{
    exc_catch f;
    if (EXC_TRY(f)) {
        deep_raise(500000);
        CHECK(0);
    } else {
        CHECK(f.value == exc_atom("deep"));
    }
    CHECK(!exc_stack_low());
    CHECK(depth(300000) == 300000);
}
TEST(catch_across_segments) { SKIP_UNDER_TSAN(); CHECK(run_main(b_catch_deep) == 0); }

/* An uncaught exit from deep down ends the process with its reason. */
static void deep_exit_proc(void *arg) { (void)arg; deep_raise(300000); }
static void b_exit_deep(void)
{
    exc_term p = exc_spawn(deep_exit_proc, NULL);
    exc_monitor(p);
    CHECK(down_reason(p, 10000) == exc_atom("deep"));
}
TEST(exit_from_deep_segment) { SKIP_UNDER_TSAN(); CHECK(run_main(b_exit_deep) == 0); }

TEST_MAIN()
