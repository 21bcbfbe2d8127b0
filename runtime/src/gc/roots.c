/* Collector integration of process stacks (the Crystal scheme, see
** /work/shared/research/boehm-with-coroutines.md):
** - before the world stops, wait until no scheduler is in a context switch;
** - with the world stopped, point every scheduler thread's stack bottom at the
**   stack it is running on (a process segment or its own), chain Boehm's default
**   root pusher (which scans thread stacks), push the scheduler loops' own stacks
**   while a process runs on them, and the process table's chunks holding live
**   processes;
** - control blocks are a GC kind whose mark procedure pushes the process's
**   suspended stack segments, so they are scanned as the marker reaches them, or
**   hibernates a waiting process and pushes its saved stack (proc/hibernate.c);
** - after marking, world still stopped: release the hibernated slots' pages. */
#include "gc/gc_sync.h"

#include <stdatomic.h>

#include "exc/alloc.h"
#include "platform/san.h"
#include "proc/hibernate.h"
#include "proc/proc.h"
#include "sched/sched.h"

atomic_int exci_gc_pending;
int exci_gc_asym;

#ifdef EXC_GC_NONE

void exci_gc_install_hooks(void) {}
void *exci_gc_alloc_proc(size_t bytes) { return exc_alloc(bytes); }
void exci_gc_register_sched(void *sched) { (void)sched; }

#else

#define GC_THREADS
#define NOT_GCBUILD 1 /* we push range entries: need the mark-stack entry layout */
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <linux/membarrier.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Boehm's mark stack entry (mark.c's `mse`): start and descriptor words. */
struct GC_ms_entry {
    void *mse_start;
    GC_word mse_descr;
};

/* Allocation between two collections per live process. A collection costs ~0.3-0.5 us
** per hibernated waiting process (control block and compact saved stack) and 1-2 us
** per one whose stack page it must visit (a TLB and cache miss in this VM). Before
** hibernation this was 1 KB; 384 B keeps the share of not yet hibernated processes
** right after a mass spawn under ~45% (spawning allocates ~460 B each), so a
** waiting process averages under BEAM's 2.7 KB (docs/runtime.md). */
#define EXCI_GC_BYTES_PER_PROCESS 384
/* ...but never less than this: with few processes Boehm's own heap-based spacing is
** small, and a 503-process ring passing 5M messages (bench/ring.exs) ran 482
** collections at 384 B x 503 against 306 at the former 1 KB x 503 (12% slower). */
#define EXCI_GC_MIN_SPACING ((size_t)1 << 20)

static GC_push_other_roots_proc default_push;
static GC_on_collection_event_proc prev_event;

/* Older segments of p: each from where its newer segment was entered. */
static void push_older_segments(exci_proc *p)
{
    for (exci_seg *s = p->seg ? p->seg->prev : NULL; s; s = s->prev)
        GC_push_all_eager(s->resume_sp, s->top);
}

/* ---- control blocks: a GC kind with its own mark procedure ------------------
** A million waiting processes must not be pushed one by one from the root hook:
** eager pushes overflowed Boehm's 4096-entry mark stack on every collection and each
** overflow rescanned the heap (a collection with 300k processes took 0.6 s). Instead
** the table is pushed as one lazily scanned range, and marking a control block
** (this procedure, run by the markers like any object) pushes its suspended stack
** segments as ranges: the mark stack drains as it fills. */

static unsigned proc_kind;

/* Push [lo, hi) as one range entry, or word by word when the stack is full
** (GC_MARK_AND_PUSH handles overflow). */
static struct GC_ms_entry *push_range(void *lo, void *hi, struct GC_ms_entry *msp,
                                      struct GC_ms_entry *lim)
{
    uintptr_t l = ((uintptr_t)lo + 7) & ~(uintptr_t)7, h = (uintptr_t)hi & ~(uintptr_t)7;
    if (h <= l) return msp;
    if (msp + 1 < lim) {
        msp++;
        msp->mse_start = (void *)l;
        msp->mse_descr = (GC_word)(h - l) | GC_DS_LENGTH;
        return msp;
    }
    for (GC_word *w = (GC_word *)l; w < (GC_word *)h; w++)
        msp = GC_MARK_AND_PUSH((void *)*w, msp, lim, (void **)w);
    return msp;
}

static struct GC_ms_entry *mark_proc(GC_word *addr, struct GC_ms_entry *msp,
                                     struct GC_ms_entry *lim, GC_word env)
{
    (void)env;
    exci_proc *p = (exci_proc *)addr;
    /* The block's own words first (this is the "work" Boehm asks for). */
    for (GC_word *w = addr; w < (GC_word *)(p + 1); w++)
        msp = GC_MARK_AND_PUSH((void *)*w, msp, lim, (void **)w);
    /* A block on a free list is zeroed (seg NULL); a running process's current
    ** segment is its thread's stack (see set_bottoms). */
    if (!p->seg || !p->ctx.sp) return msp;
    exci_hib *h = exci_hib_mark(p); /* NULL for running or ineligible processes */
    if (h) return push_range(h->data, h->data + h->len, msp, lim);
    if (p->running_on < 0) msp = push_range(p->ctx.sp, p->stack_top, msp, lim);
    if (p->seg != p->seg_first)
        for (exci_seg *s = p->seg->prev; s; s = s->prev)
            msp = push_range(s->resume_sp, s->top, msp, lim);
    return msp;
}

void *exci_gc_alloc_proc(size_t bytes)
{
    return GC_generic_malloc(bytes, (int)proc_kind);
}

static void make_proc_kind(void)
{
    proc_kind = GC_new_kind(GC_new_free_list(), GC_MAKE_PROC(GC_new_proc(mark_proc), 0), 0, 1);
}

/* Live processes, counted per scheduler (no shared counter on spawn/exit). */
static size_t live_processes(void)
{
    long n = 0;
    for (int i = 0; i < exci_nscheds; i++) n += exci_scheds[i].live;
    return n > 0 ? (size_t)n : 0;
}

static void push_processes(void)
{
    exci_proc_table_ranges(GC_push_all);
    /* Boehm paces collections by heap and root size; process stacks are roots it
    ** does not count, so ask for allocation proportional to that work between two
    ** collections. The factor also bounds how many waiting processes are not yet
    ** hibernated (see EXCI_GC_BYTES_PER_PROCESS). */
    size_t want = live_processes() * EXCI_GC_BYTES_PER_PROCESS;
    GC_set_min_bytes_allocd(want > EXCI_GC_MIN_SPACING ? want : EXCI_GC_MIN_SPACING);
}

static void set_bottoms(void)
{
    for (int i = 0; i < exci_nscheds; i++) {
        exci_sched *s = &exci_scheds[i];
        if (!s->gc_handle) continue;
        exci_proc *p = atomic_load_explicit(&s->current, memory_order_relaxed);
        struct GC_stack_base sb = {0};
        sb.mem_base = p ? (void *)p->stack_top : (void *)s->stack_bottom;
        GC_set_stackbottom(s->gc_handle, &sb);
    }
}

/* While a process runs on a scheduler: the loop's own stack, the running control
** block, and the process's older segments. */
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

/* The process table goes first: GC_push_all aborts ("Unexpected mark stack overflow")
** when the stack is full, and the eager pushes of thread stacks and older segments
** before it could fill it (4 processes 200k frames deep did, once frames grew by a
** frame pointer: test_proc_stack.recursion_in_parallel_processes). */
static void push_roots(void)
{
    push_processes();
    set_bottoms();
    if (default_push) default_push();
    push_sched_stacks();
}

/* The heavy side of the asymmetric handshake (gc_sync.h): every thread of the
** process that is running now executes a full barrier before this returns. */
static void asym_heavy_barrier(void)
{
    syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
}

static void asym_init(void)
{
#ifndef EXCI_TSAN
    if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0)
        exci_gc_asym = 1;
#endif
}

/* PRE_STOP_WORLD: no scheduler may be mid-switch when threads get stopped.
** POST_START_WORLD: switches may go on. Runs with the allocation lock held. */
static void on_event(GC_EventType e)
{
    if (e == GC_EVENT_PRE_STOP_WORLD) {
        atomic_store_explicit(&exci_gc_pending, 1, memory_order_seq_cst);
        if (exci_gc_asym) asym_heavy_barrier();
        for (int i = 0; i < exci_nscheds; i++)
            while (atomic_load_explicit(&exci_scheds[i].in_switch, memory_order_seq_cst))
                exci_cpu_relax();
    } else if (e == GC_EVENT_PRE_START_WORLD) {
        exci_hib_release();
    } else if (e == GC_EVENT_POST_START_WORLD) {
        atomic_store_explicit(&exci_gc_pending, 0, memory_order_release);
    }
    if (prev_event) prev_event(e);
}

void exci_gc_install_hooks(void)
{
    make_proc_kind();
    asym_init();
    exci_hib_init();
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
