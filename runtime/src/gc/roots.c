/* Collector integration of process stacks (the Crystal scheme, see
** /work/shared/research/boehm-with-coroutines.md):
** - before the world stops, wait until no scheduler is in a context switch;
** - with the world stopped, point every scheduler thread's stack bottom at the
**   stack it is running on (a process segment or its own), chain Boehm's default
**   root pusher (which scans thread stacks), then push every suspended stack: each
**   waiting process's segments, running processes' older segments, and the
**   scheduler loops' own stacks while a process runs on them. */
#include "gc/gc_sync.h"

#include <stdatomic.h>

#include "proc/proc.h"
#include "sched/sched.h"

atomic_int exci_gc_pending;

#ifdef EXC_GC_NONE

void exci_gc_install_hooks(void) {}
void exci_gc_register_sched(void *sched) { (void)sched; }

#else

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

static GC_push_other_roots_proc default_push;
static GC_on_collection_event_proc prev_event;

/* Older segments of p: each from where its newer segment was entered. */
static void push_older_segments(exci_proc *p)
{
    for (exci_seg *s = p->seg ? p->seg->prev : NULL; s; s = s->prev)
        GC_push_all_eager(s->resume_sp, s->top);
}

/* Returns the stack bytes pushed. */
static size_t push_proc(exci_proc *p)
{
    GC_push_all_eager(&p, &p + 1); /* the table itself is not scanned */
    if (!p->seg || p->running_on >= 0) return 0; /* running: see push_sched_stacks */
    GC_push_all_eager(p->ctx.sp, p->stack_top);
    if (p->seg != p->seg_first) push_older_segments(p);
    return (size_t)(p->stack_top - (char *)p->ctx.sp);
}

/* Every live process, with prefetching: a million waiting processes are a million
** control blocks and stack pages, and the misses dominate a collection. */
static void push_processes(void)
{
    size_t hw;
    exci_proc *_Atomic *t = exci_proc_table(&hw), *ring[8] = {0};
    size_t n = 0, bytes = 0, nproc = 0;
    for (size_t i = 0; i <= hw + 8; i++) {
        exci_proc *p = i <= hw ? atomic_load_explicit(&t[i], memory_order_relaxed) : NULL;
        if (i + 16 <= hw) __builtin_prefetch(atomic_load_explicit(&t[i + 16], memory_order_relaxed));
        if (p) {
            __builtin_prefetch(p->ctx.sp);
            __builtin_prefetch((char *)p->ctx.sp + 64);
        }
        exci_proc *q = ring[n % 8];
        ring[n % 8] = p;
        n++;
        if (q) {
            bytes += push_proc(q);
            nproc++;
        }
    }
    /* Boehm paces collections by heap and root size; process stacks are roots it
    ** does not count, and each costs a TLB and cache miss (~1-2 us measured here),
    ** so ask for allocation proportional to that work between two collections. */
    GC_set_min_bytes_allocd(bytes + nproc * 1024 + 1);
}

static void set_bottoms(void)
{
    for (int i = 0; i < exci_nscheds; i++) {
        exci_sched *s = &exci_scheds[i];
        if (!s->gc_handle) continue;
        exci_proc *p = atomic_load_explicit(&s->current, memory_order_relaxed);
        struct GC_stack_base sb = {0};
        sb.mem_base = p ? (void *)p->seg->top : (void *)s->stack_bottom;
        GC_set_stackbottom(s->gc_handle, &sb);
    }
}

static void push_sched_stacks(void)
{
    for (int i = 0; i < exci_nscheds; i++) {
        exci_sched *s = &exci_scheds[i];
        exci_proc *p = atomic_load_explicit(&s->current, memory_order_relaxed);
        if (p) {
            GC_push_all_eager(s->ctx.sp, s->stack_bottom);
            GC_push_all_eager(&s->current, (char *)&s->current + sizeof s->current);
            push_older_segments(p);
        }
    }
}

static void push_roots(void)
{
    set_bottoms();
    if (default_push) default_push();
    push_sched_stacks();
    push_processes();
}

/* PRE_STOP_WORLD: no scheduler may be mid-switch when threads get stopped.
** POST_START_WORLD: switches may go on. Runs with the allocation lock held. */
static void on_event(GC_EventType e)
{
    if (e == GC_EVENT_PRE_STOP_WORLD) {
        atomic_store_explicit(&exci_gc_pending, 1, memory_order_seq_cst);
        for (int i = 0; i < exci_nscheds; i++)
            while (atomic_load_explicit(&exci_scheds[i].in_switch, memory_order_seq_cst))
                exci_cpu_relax();
    } else if (e == GC_EVENT_POST_START_WORLD) {
        atomic_store_explicit(&exci_gc_pending, 0, memory_order_release);
    }
    if (prev_event) prev_event(e);
}

void exci_gc_install_hooks(void)
{
    default_push = GC_get_push_other_roots();
    GC_set_push_other_roots(push_roots);
    prev_event = GC_get_on_collection_event();
    GC_set_on_collection_event(on_event);
}

void exci_gc_register_sched(void *sched)
{
    exci_sched *s = sched;
    struct GC_stack_base sb;
    s->gc_handle = GC_get_my_stackbottom(&sb);
    s->stack_bottom = sb.mem_base;
}

#endif
