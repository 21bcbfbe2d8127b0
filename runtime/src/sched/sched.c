/* Scheduler threads and run queues (see sched.h). A process made runnable goes to
** the run queue of the scheduler that made it so (locality: the receiver of a
** message runs where its sender runs); idle schedulers steal from the others, spin
** for a while (a kernel wake-up costs 70-90 us here), then sleep on a futex with the
** next timer deadline as timeout. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* pthread_getattr_np */
#endif
#include "sched/sched.h"

#include <linux/futex.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "gc/gc_sync.h"
#include "platform/san.h"
#include "proc/hibernate.h"
#include "sched/timer.h"

#ifndef EXC_GC_NONE
#define GC_THREADS
#include <gc/gc.h>
#endif

exci_sched *exci_scheds;
int exci_nscheds;
__thread exci_sched *exci_sched_cur;
__thread int64_t exc_reds = EXC_REDUCTIONS;
__thread char *exc_stack_limit;
int exci_sched_trace;
/* EXC_DETERMINISTIC=seed: one scheduler, no `next` slot, and each dispatch takes a
** seeded pseudo-random runnable process: reproducible interleavings for tests
** (timers still follow the clock). 0 = off. */
static uint64_t det_seed;

__attribute__((noinline)) exci_sched *exci_sched_self(void) { return exci_sched_cur; }
__attribute__((noinline)) exci_proc *exci_proc_self(void) { return exci_proc_cur; }
__attribute__((noinline)) void exci_set_stack_limit(char *limit) { exc_stack_limit = limit; }

static atomic_uint wake_seq;     /* futex word sleeping schedulers wait on */
static atomic_int nsleeping;
static atomic_uint rr_next;      /* round robin for enqueues from outside schedulers */

#define SPIN_ROUNDS 300          /* ~10-30 us of polling before sleeping */
#define NEXT_STREAK 64           /* then the run queue gets a turn */

static void trace(exci_sched *s, const char *what, exci_proc *p)
{
    if (p) fprintf(stderr, "[sched %d] %s #PID<0.%llu.0>\n", s ? s->id : -1, what,
                   (unsigned long long)p->serial);
    else fprintf(stderr, "[sched %d] %s\n", s ? s->id : -1, what);
}

/* ---- run queues ---------------------------------------------------------- */

/* Append p; returns the number of sleeping schedulers seen while holding the lock
** (the lock's acquire orders this read after the sleeper's increment). */
static int rq_push(exci_sched *s, exci_proc *p, long *len_before)
{
    p->rq_next = NULL;
    exci_spin_lock(&s->rq_lock);
    p->rq_tick = atomic_load_explicit(&s->dispatches, memory_order_relaxed);
    if (s->rq_tail) s->rq_tail->rq_next = p;
    else {
        s->rq_head = p;
        atomic_store_explicit(&s->head_tick, p->rq_tick, memory_order_relaxed);
    }
    s->rq_tail = p;
    *len_before = atomic_fetch_add_explicit(&s->rq_len, 1, memory_order_relaxed);
    int sleepers = atomic_load_explicit(&nsleeping, memory_order_seq_cst);
    exci_spin_unlock(&s->rq_lock);
    return sleepers;
}

/* Append a stolen batch first..last (k processes linked through rq_next). */
static void rq_push_batch(exci_sched *s, exci_proc *first, exci_proc *last, long k)
{
    last->rq_next = NULL;
    exci_spin_lock(&s->rq_lock);
    unsigned long tick = atomic_load_explicit(&s->dispatches, memory_order_relaxed);
    for (exci_proc *p = first; p; p = p->rq_next) p->rq_tick = tick;
    if (s->rq_tail) s->rq_tail->rq_next = first;
    else {
        s->rq_head = first;
        atomic_store_explicit(&s->head_tick, tick, memory_order_relaxed);
    }
    s->rq_tail = last;
    atomic_fetch_add_explicit(&s->rq_len, k, memory_order_relaxed);
    exci_spin_unlock(&s->rq_lock);
}

/* Deterministic mode: unlink a seeded random element (lock held). */
static exci_proc *rq_pop_random(exci_sched *s)
{
    long len = atomic_load_explicit(&s->rq_len, memory_order_relaxed);
    det_seed ^= det_seed << 13, det_seed ^= det_seed >> 7, det_seed ^= det_seed << 17;
    long k = (long)(det_seed % (uint64_t)len);
    exci_proc *prev = NULL, *p = s->rq_head;
    while (k-- > 0) prev = p, p = p->rq_next;
    if (prev) prev->rq_next = p->rq_next;
    else s->rq_head = p->rq_next;
    if (s->rq_tail == p) s->rq_tail = prev;
    if (s->rq_head) atomic_store_explicit(&s->head_tick, s->rq_head->rq_tick, memory_order_relaxed);
    atomic_fetch_sub_explicit(&s->rq_len, 1, memory_order_relaxed);
    return p;
}

static exci_proc *rq_pop_locked(exci_sched *s)
{
    exci_proc *p = s->rq_head;
    if (!p) return NULL;
    if (det_seed) return rq_pop_random(s);
    s->rq_head = p->rq_next;
    if (!s->rq_head) s->rq_tail = NULL;
    else atomic_store_explicit(&s->head_tick, s->rq_head->rq_tick, memory_order_relaxed);
    atomic_fetch_sub_explicit(&s->rq_len, 1, memory_order_relaxed);
    return p;
}

static exci_proc *rq_pop(exci_sched *s)
{
    if (atomic_load_explicit(&s->rq_len, memory_order_relaxed) == 0) return NULL;
    exci_spin_lock(&s->rq_lock);
    exci_proc *p = rq_pop_locked(s);
    exci_spin_unlock(&s->rq_lock);
    return p;
}

static exci_proc *steal(exci_sched *s)
{
    int n = exci_nscheds;
    s->rng = s->rng * 6364136223846793005ULL + 1442695040888963407ULL;
    int start = (int)((s->rng >> 33) % (uint64_t)n);
    for (int i = 0; i < n; i++) {
        exci_sched *v = &exci_scheds[(start + i) % n];
        if (v == s || atomic_load_explicit(&v->rq_len, memory_order_relaxed) == 0) continue;
        /* Nothing stealable yet (see below): do not take the lock. Hammering it
        ** while a process spawned in a loop cost the spawner's pushes 26% of the
        ** time in lock contention. */
        if (atomic_load_explicit(&v->head_tick, memory_order_relaxed) ==
                atomic_load_explicit(&v->dispatches, memory_order_relaxed) &&
            atomic_load_explicit(&v->current, memory_order_relaxed))
            continue;
        if (!exci_spin_trylock(&v->rq_lock)) continue;
        /* Like BEAM, a process queued during the victim's current dispatch stays
        ** there until the victim switches (or idles): `pid = spawn(f);
        ** Process.monitor(pid)` then monitors before f runs, as Elixir programs
        ** expect. */
        /* Half the stealable processes at once (Go's rule): one lock round trip and
        ** one migration of queue lines per batch instead of per process; stealing one
        ** at a time kept both schedulers bouncing the victim's lock in a spawn loop. */
        unsigned long vd = atomic_load_explicit(&v->dispatches, memory_order_relaxed);
        bool idle = !atomic_load_explicit(&v->current, memory_order_relaxed);
        long want = (atomic_load_explicit(&v->rq_len, memory_order_relaxed) + 1) / 2;
        exci_proc *first = NULL, *last = NULL;
        long k = 0;
        while (k < want && v->rq_head && (idle || v->rq_head->rq_tick != vd)) {
            exci_proc *p = rq_pop_locked(v);
            if (first) last->rq_next = p;
            else first = p;
            last = p;
            k++;
        }
        exci_spin_unlock(&v->rq_lock);
        if (!first) continue;
        if (k > 1) rq_push_batch(s, first->rq_next, last, k - 1);
        return first;
    }
    return NULL;
}

static bool any_work(void)
{
    for (int i = 0; i < exci_nscheds; i++)
        if (atomic_load_explicit(&exci_scheds[i].rq_len, memory_order_relaxed)) return true;
    return false;
}

/* ---- waking and sleeping -------------------------------------------------- */

static void futex_wake_one(void)
{
    atomic_fetch_add_explicit(&wake_seq, 1, memory_order_seq_cst);
    syscall(SYS_futex, &wake_seq, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Deadline the sleeping schedulers wake up at (INT64_MAX: none). A sleeper that
** wakes earlier recomputes its timeout, so a stale smaller value is harmless. */
static _Atomic int64_t sleep_until = INT64_MAX;

void exci_sched_kick(int64_t deadline_ns)
{
    if (atomic_load_explicit(&nsleeping, memory_order_seq_cst) &&
        deadline_ns < atomic_load_explicit(&sleep_until, memory_order_relaxed))
        futex_wake_one();
}

void exci_sched_enqueue(exci_proc *p)
{
    exci_sched *s = exci_sched_cur;
    bool outsider = !s;
    if (outsider)
        s = &exci_scheds[atomic_fetch_add_explicit(&rr_next, 1, memory_order_relaxed) %
                         (unsigned)exci_nscheds];
    long before;
    int sleepers = rq_push(s, p, &before);
    /* Surplus work (or work from outside) is worth a kernel wake-up; a single
    ** runnable process will be run by this scheduler as soon as the sender blocks. */
    if (sleepers && (outsider || before > 0)) futex_wake_one();
}

/* A process woken by the running process runs right after it on this scheduler
** (the receiver of a message runs where the sender ran, with warm caches); the one
** it displaces goes to the run queue. */
void exci_sched_wake(exci_proc *p)
{
    int w = EXCI_P_WAITING;
    if (atomic_load_explicit(&p->state, memory_order_seq_cst) != EXCI_P_WAITING ||
        !atomic_compare_exchange_strong(&p->state, &w, EXCI_P_RUNNABLE))
        return;
    /* p will run soon, on a stack nobody touched since it parked: start loading the
    ** lines the switch pops its registers from and its receive reads, while the
    ** waker still works (the switch's cache miss was 20-30% of a ring hop). */
    char *sp = p->ctx.sp;
    __builtin_prefetch(sp);
    __builtin_prefetch(sp + 64);
    __builtin_prefetch(&p->mbox.in_head);
    exci_sched *s = exci_sched_cur;
    if (s && exci_proc_cur && !det_seed) {
        exci_proc *old = s->next;
        s->next = p;
        if (old) exci_sched_enqueue(old);
        return;
    }
    exci_sched_enqueue(p);
}

static void sleep_until_work(exci_sched *s)
{
    unsigned seq = atomic_load_explicit(&wake_seq, memory_order_seq_cst);
    atomic_fetch_add_explicit(&nsleeping, 1, memory_order_seq_cst);
    /* Lock/unlock each queue: orders our increment before any later push's read. */
    bool work = false;
    for (int i = 0; i < exci_nscheds && !work; i++) {
        exci_spin_lock(&exci_scheds[i].rq_lock);
        work = exci_scheds[i].rq_head != NULL;
        exci_spin_unlock(&exci_scheds[i].rq_lock);
    }
    if (!work && !exci_timer_due()) {
        int64_t next = exci_timer_next_ns();
        atomic_store_explicit(&sleep_until, next, memory_order_relaxed);
        struct timespec ts, *tsp = NULL;
        if (next != INT64_MAX) {
            int64_t d = next - exc_monotonic_ns();
            if (d < 0) d = 0;
            ts.tv_sec = d / 1000000000;
            ts.tv_nsec = d % 1000000000;
            tsp = &ts;
        }
        if (exci_sched_trace) trace(s, "sleep", NULL);
        syscall(SYS_futex, &wake_seq, FUTEX_WAIT_PRIVATE, seq, tsp, NULL, 0);
    }
    atomic_fetch_sub_explicit(&nsleeping, 1, memory_order_seq_cst);
}

/* ---- the loop ------------------------------------------------------------- */

static exci_proc *take_next(exci_sched *s)
{
    exci_proc *p = s->next;
    s->next = NULL;
    s->streak++;
    return p;
}

/* Timers are looked at every 16 dispatches (a clock read costs ~20 ns) and at
** every round of an idle scheduler. */
static exci_proc *next_proc(exci_sched *s)
{
    unsigned long d = atomic_load_explicit(&s->dispatches, memory_order_relaxed) + 1;
    atomic_store_explicit(&s->dispatches, d, memory_order_relaxed);
    if ((d & 15) == 0 && exci_timer_due()) exci_timer_run();
    if (s->next && s->streak < NEXT_STREAK) return take_next(s);
    for (;;) {
        for (int spin = 0; spin < SPIN_ROUNDS; spin++) {
            if (exci_timer_due()) exci_timer_run();
            exci_proc *p = rq_pop(s);
            if (p) s->streak = 0;
            else if (s->next) return take_next(s);
            else p = steal(s);
            if (p) return p;
            if (spin > 16 && !any_work()) exci_cpu_relax();
        }
        sleep_until_work(s);
    }
}

/* After a process switched back: requeue, park or bury it. */
static void after_run(exci_sched *s, exci_proc *p)
{
    switch (p->why) {
    case EXCI_Y_YIELD:
        atomic_store_explicit(&p->state, EXCI_P_RUNNABLE, memory_order_relaxed);
        exci_sched_enqueue(p);
        break;
    case EXCI_Y_WAIT: {
        atomic_store_explicit(&p->state, EXCI_P_WAITING, memory_order_seq_cst);
        if (exci_mbox_has_incoming(&p->mbox) ||
            atomic_load_explicit(&p->wake_pending, memory_order_seq_cst))
            exci_sched_wake(p);
        break;
    }
    case EXCI_Y_EXIT: {
        exci_tsan_fiber_free(p->tsan_fiber);
        p->tsan_fiber = NULL;
        exci_seg *first = p->seg_first;
        p->seg_first = p->seg = NULL; /* before the release: the marker checks seg */
        exci_stack_release(first);
        s->live--;
        if (exci_sched_trace) trace(s, "buried", p);
        break;
    }
    }
}

static void run(exci_sched *s, exci_proc *p)
{
    if (exci_sched_trace) trace(s, "run", p);
    atomic_store_explicit(&p->state, EXCI_P_RUNNING, memory_order_relaxed);
    exci_gc_switch_begin(&s->in_switch);
    if (EXC_UNLIKELY(p->hib != NULL)) exci_hib_restore(p);
    p->running_on = s->id;
    atomic_store_explicit(&s->current, p, memory_order_relaxed);
    exci_proc_cur = p;
    exc_reds = EXC_REDUCTIONS;
    exc_stack_limit = p->stack_limit;
    exci_san_leave(&s->san_save, p->seg->lo, p->seg->size);
    exci_tsan_switch(p->tsan_fiber);
    exci_ctx_swap(&s->ctx, &p->ctx);
    p->reductions += (uint64_t)(EXC_REDUCTIONS - exc_reds); /* 0 after exc_yield */
    exci_san_arrive(s->san_save);
    exci_proc_cur = NULL;
    exc_stack_limit = NULL;
    atomic_store_explicit(&s->current, NULL, memory_order_relaxed);
    p->running_on = -1;
    exci_gc_switch_end(&s->in_switch);
    after_run(s, p);
}

static void *sched_main(void *arg)
{
    exci_sched *s = arg;
    exci_sched_cur = s;
    exci_gc_register_sched(s);
    pthread_attr_t a;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &a) == 0) {
        pthread_attr_getstack(&a, &lo, &size);
        pthread_attr_destroy(&a);
    }
    s->stack_lo = lo;
    if (!s->stack_bottom) s->stack_bottom = (char *)lo + size;
    s->tsan_fiber = exci_tsan_fiber_current();
    for (;;) run(s, next_proc(s));
    return NULL;
}

void exci_sched_switch_out(exci_proc *p, int why)
{
    exci_sched *s = exci_sched_cur;
    p->why = why;
    exci_gc_switch_begin(&s->in_switch);
    exci_san_leave(why == EXCI_Y_EXIT ? NULL : &p->san_save, s->stack_lo,
                   (size_t)(s->stack_bottom - s->stack_lo));
    exci_tsan_switch(s->tsan_fiber);
    exci_ctx_swap(&p->ctx, &s->ctx);
    /* Resumed, possibly by another scheduler thread. */
    exci_san_arrive(p->san_save);
    exci_gc_switch_end(&exci_sched_self()->in_switch);
}

void exc_yield(void)
{
    exci_proc *p = exci_proc_cur;
    if (p) p->reductions += (uint64_t)(EXC_REDUCTIONS - exc_reds);
    exc_reds = EXC_REDUCTIONS;
    if (!p) return;
    exci_sched_switch_out(p, EXCI_Y_YIELD);
    exci_proc_drain(p);
}



int exc_scheduler_id(void) { return exci_sched_cur ? exci_sched_cur->id : -1; }

int exc_schedulers_online(void) { return exci_nscheds; }

void exci_sched_start(int n)
{
    const char *t = getenv("EXC_SCHED_TRACE");
#ifdef EXC_SCHED_TRACE
    exci_sched_trace = 1;
#endif
    if (t && *t && *t != '0') exci_sched_trace = 1;
    const char *d = getenv("EXC_DETERMINISTIC");
    if (d && strtoull(d, NULL, 10)) {
        det_seed = strtoull(d, NULL, 10);
        n = 1;
    }
    exci_nscheds = n;
    if (posix_memalign((void **)&exci_scheds, 64, sizeof(exci_sched) * (size_t)n)) abort();
    memset(exci_scheds, 0, sizeof(exci_sched) * (size_t)n);
    for (int i = 0; i < n; i++) {
        exci_scheds[i].id = i;
        exci_scheds[i].rng = 0x9E3779B97F4A7C15ULL * (uint64_t)(i + 1);
    }
    exci_gc_install_hooks();
    for (int i = 0; i < n; i++) {
        pthread_attr_t a;
        pthread_attr_init(&a);
        pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&exci_scheds[i].thread, &a, sched_main, &exci_scheds[i])) abort();
        pthread_attr_destroy(&a);
    }
}
