/* The process table, spawning, the start and the end of a process, catch frames and
** stack growth (see proc.h and exc/proc.h). */
#include "proc/proc.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "exc/alloc.h"
#include "exc/error.h"
#include "error/error_int.h"
#include "gc/gc_sync.h"
#include "platform/san.h"
#include "sched/sched.h"

__thread exci_proc *exci_proc_cur;

/* serial -> process, BEAM-style: slot = serial & mask; a serial is only handed out
** when its slot is free, so the slot of a live process is its own. The array is not
** GC memory: the root pusher scans only its chunks that hold live entries (see
** exci_proc_table_ranges). Serials only grow, so after a few million spawns live
** processes are scattered over the whole table; scanning all of it (32 MB) at every
** collection made spawn+exit cost grow with the number of spawns (0.38 us each over
** 100k spawns, 2.8 us over 1M). */
static exci_proc *_Atomic *table;
static atomic_uint_fast64_t next_serial = 1;
static atomic_size_t high_water;
static atomic_long outside_live; /* spawned from non-scheduler threads */
#define MASK ((uint64_t)EXC_MAX_PROCESSES - 1)
#define CHUNK_SHIFT 12          /* 4096 entries (32 KB) per chunk */
#define NCHUNKS ((EXC_MAX_PROCESSES + (1u << CHUNK_SHIFT) - 1) >> CHUNK_SHIFT)
static atomic_uint chunk_live[NCHUNKS];

void exci_proc_table_init(void)
{
    if (table) return;
    void *t = mmap(NULL, sizeof(*table) * EXC_MAX_PROCESSES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t == MAP_FAILED) { perror("exc: process table"); abort(); }
    table = t;
}

exci_proc *exci_proc_lookup(exc_term pid)
{
    if (!exc_is_pid(pid)) return NULL;
    uint64_t serial = exc_pid_serial(pid);
    exci_proc *p = atomic_load_explicit(&table[serial & MASK], memory_order_acquire);
    if (!p || p->serial != serial) return NULL;
    if (atomic_load_explicit(&p->state, memory_order_acquire) == EXCI_P_EXITING) return NULL;
    return p;
}

void exci_proc_table_ranges(void (*push)(void *lo, void *hi))
{
    size_t hw = atomic_load_explicit(&high_water, memory_order_acquire);
    size_t last = hw >> CHUNK_SHIFT, run = SIZE_MAX;
    for (size_t c = 0; c <= last + 1; c++) {
        bool live = c <= last && atomic_load_explicit(&chunk_live[c], memory_order_relaxed);
        if (live && run == SIZE_MAX) run = c;
        if (!live && run != SIZE_MAX) {
            push((void *)(table + (run << CHUNK_SHIFT)), (void *)(table + (c << CHUNK_SHIFT)));
            run = SIZE_MAX;
        }
    }
}

/* Process.list(): the pids of live processes in table order (ascending serials
** until the serials wrap around the table, as on BEAM). */
exc_term exc_process_list(void)
{
    size_t hw = atomic_load_explicit(&high_water, memory_order_acquire);
    exc_term acc = EXC_NIL_LIST;
    for (size_t i = hw + 1; i-- > 0;) {
        exci_proc *p = atomic_load_explicit(&table[i], memory_order_acquire);
        if (p) acc = exc_cons(p->pid, acc);
    }
    return acc;
}

static void publish(exci_proc *p)
{
    for (;;) {
        uint64_t s = atomic_fetch_add_explicit(&next_serial, 1, memory_order_relaxed);
        exci_proc *expected = NULL;
        p->serial = s;
        p->pid = exc_pid_from_serial(s);
        if (atomic_compare_exchange_strong(&table[s & MASK], &expected, p)) break;
    }
    /* Counted after the entry is set: until then p is only in the spawner's frame,
    ** which the collector scans anyway. */
    atomic_fetch_add_explicit(&chunk_live[(p->serial & MASK) >> CHUNK_SHIFT], 1,
                              memory_order_relaxed);
    size_t slot = p->serial & MASK, hw = atomic_load(&high_water);
    while (slot > hw && !atomic_compare_exchange_weak(&high_water, &hw, slot)) {}
}

static void unpublish(exci_proc *p)
{
    exci_proc *expected = p;
    if (atomic_compare_exchange_strong(&table[p->serial & MASK], &expected, NULL))
        atomic_fetch_sub_explicit(&chunk_live[(p->serial & MASK) >> CHUNK_SHIFT], 1,
                                  memory_order_relaxed);
}

/* ---- spawning ------------------------------------------------------------- */

static exci_proc *new_proc(void (*entry)(void *), void *arg)
{
    exci_proc *p = exci_gc_alloc_proc(sizeof *p);
    p->alloc_bytes = sizeof *p;
    exci_mbox_init(&p->mbox);
    p->entry = entry;
    p->arg = arg;
    p->running_on = -1;
    p->reg_name = EXC_A_nil;
    p->dict = EXC_NIL_LIST;
    p->exit_reason = EXC_A(normal);
    p->seg = p->seg_first = exci_stack_new();
    if (!p->seg) { fputs("exc: out of memory for process stacks\n", stderr); abort(); }
    p->stack_total = p->seg->size;
    p->stack_limit = exci_stack_limit_of(p->seg);
    p->stack_top = p->seg->top;
    exci_ctx_make(&p->ctx, p->seg->lo, p->seg->top, exci_proc_boot);
    p->tsan_fiber = exci_tsan_fiber_new();
    return p;
}

void exci_link_add(exci_proc *p, exc_term pid);
void exci_monitor_add(exci_monitor **v, uint32_t *n, uint32_t *cap, exc_term ref, exc_term pid);

exc_term exci_spawn(void (*entry)(void *), void *arg, int flags, exc_term *mref, bool is_main)
{
    exci_proc *p = new_proc(entry, arg), *parent = exci_proc_cur;
    p->is_main = is_main;
    publish(p);
    if (exci_sched_cur) exci_sched_cur->live++;
    else atomic_fetch_add(&outside_live, 1);
    if (parent && (flags & EXC_SPAWN_LINK)) {
        exci_link_add(p, parent->pid);
        exci_spin_lock(&parent->lock);
        exci_link_add(parent, p->pid);
        exci_spin_unlock(&parent->lock);
    }
    if (parent && (flags & EXC_SPAWN_MONITOR)) {
        exc_term ref = exc_make_ref();
        exci_monitor_add(&p->mon_by, &p->nmon_by, &p->capmon_by, ref, parent->pid);
        exci_monitor_add(&parent->mon_out, &parent->nmon_out, &parent->capmon_out, ref, p->pid);
        if (mref) *mref = ref;
    }
    atomic_store_explicit(&p->state, EXCI_P_RUNNABLE, memory_order_release);
    exci_sched_enqueue(p);
    return p->pid;
}

exc_term exc_spawn_opt(void (*entry)(void *), void *arg, int flags, exc_term *monitor_ref)
{
    return exci_spawn(entry, arg, flags, monitor_ref, false);
}

exc_term exc_spawn(void (*entry)(void *), void *arg) { return exci_spawn(entry, arg, 0, NULL, false); }

exc_term exc_spawn_link(void (*entry)(void *), void *arg)
{
    return exci_spawn(entry, arg, EXC_SPAWN_LINK, NULL, false);
}

exc_term exc_self(void) { return exci_proc_cur ? exci_proc_cur->pid : EXC_NONE; }

bool exc_is_alive(exc_term pid) { return exci_proc_lookup(pid) != NULL; }

bool exc_trap_exit(bool on)
{
    exci_proc *p = exci_proc_cur;
    bool old = p->trap_exit;
    p->trap_exit = on;
    return old;
}

/* ---- the life of a process ---------------------------------------------------- */

static EXC_NORETURN void finish(exci_proc *p)
{
    exc_term reason = p->exit_reason;
    exci_spin_lock(&p->lock);
    atomic_store_explicit(&p->state, EXCI_P_EXITING, memory_order_seq_cst);
    exci_spin_unlock(&p->lock);
    unpublish(p);
    if (p->wait_timer) exci_proc_disarm_timer(p);
    exci_proc_exit_signals(p, reason);
    if (p->is_main) {
        /* Like the elixir CLI: "** (EXIT from #PID<..>) reason" and status 1. */
        if (p->exit_from && exc_is_pid(p->exit_from)) exc_report_exit_from(p->exit_from, reason);
        exci_runtime_main_done(reason == EXC_A(normal) && !p->exit_from ? 0 : 1);
    }
    exci_sched_switch_out(p, EXCI_Y_EXIT);
    abort(); /* a dead process is never resumed */
}

/* After a longjmp that changed segment (see jump_segment). */
static void landed(exci_proc *p)
{
    if (p->san_jumped) exci_san_arrive(NULL);
    p->san_jumped = false;
    exci_gc_switch_end(&exci_sched_self()->in_switch);
}

/* Make `seg` current before a longjmp into it (switch handshake held). */
static void jump_segment(exci_proc *p, exci_seg *seg)
{
    exci_gc_switch_begin(&exci_sched_cur->in_switch);
    p->san_jumped = seg != p->seg;
    if (p->san_jumped) exci_san_leave(NULL, seg->lo, seg->size);
    p->seg = seg;
    p->stack_top = seg->top;
    exc_stack_limit = p->stack_limit = exci_stack_limit_of(seg);
}

void exci_proc_boot(void)
{
    exci_san_arrive(NULL);
    exci_gc_switch_end(&exci_sched_cur->in_switch);
    exci_proc *p = exci_proc_cur;
    sigjmp_buf base;
    p->base = &base;
    if (sigsetjmp(base, 0) == 0) {
        p->entry(p->arg);
        p = exci_proc_self();
        p->exit_reason = EXC_A(normal);
    } else {
        p = exci_proc_self();
        landed(p);
    }
    finish(p);
}

void exci_proc_die(exc_term reason)
{
    exci_proc *p = exci_proc_cur;
    if (!p) {
        fputs("exc: process exit outside of any process\n", stderr);
        abort();
    }
    p->exit_reason = reason;
    p->catch_top = NULL;
    jump_segment(p, p->seg_first);
    siglongjmp(*p->base, 1);
}

/* ---- catch frames ------------------------------------------------------------ */

void exci_catch_push(exc_catch *f)
{
    exci_proc *p = exci_proc_cur;
    f->prev = p->catch_top;
    f->segment = p->seg;
    f->kind = f->value = f->stack = EXC_A_nil;
    f->quiet = false;
    p->catch_top = f;
}

void exc_catch_pop(exc_catch *f) { exci_proc_cur->catch_top = f->prev; }

void exci_catch_landed(exc_catch *f)
{
    (void)f;
    landed(exci_proc_self());
}

void exc_raise_stack(exc_term kind, exc_term value, exc_term stack, exc_term reason)
{
    exci_proc *p = exci_proc_cur;
    if (p && p->catch_top) p->catch_top->stack = stack;
    exc_raise(kind, value, reason);
}

void exc_raise(exc_term kind, exc_term value, exc_term reason)
{
    exci_proc *p = exci_proc_cur;
    if (!p) {
        fputs("exc: exception raised outside of any process\n", stderr);
        abort();
    }
    exc_catch *f = p->catch_top;
    if (!f) exci_proc_die(kind == EXC_A(exit) ? value : reason);
    p->catch_top = f->prev;
    f->kind = kind;
    f->value = value;
    jump_segment(p, f->segment);
    siglongjmp(f->jb, 1);
}

/* exit/1 carries a stack trace too (the CLI prints it; __STACKTRACE__ in `catch :exit`). */
void exc_exit(exc_term reason)
{
    exc_raise_stack(EXC_A(exit), reason, exci_trace_capture(EXC_NIL_LIST), reason);
}

/* ---- stack growth -------------------------------------------------------------- */

struct grow_call { void (*fn)(void *); void *ctx; exci_seg *back; };

static void on_segment(void *arg)
{
    struct grow_call *g = arg;
    void *save = NULL;
    exci_san_arrive(NULL);
    exci_gc_switch_end(&exci_sched_self()->in_switch);
    g->fn(g->ctx);
    exci_gc_switch_begin(&exci_sched_self()->in_switch);
    exci_san_leave(&save, g->back->lo, g->back->size);
}

/* The next segment above p->seg: the cached one, or a new one twice as large. */
static exci_seg *next_segment(exci_proc *p)
{
    exci_seg *old = p->seg;
    if (old->next) return old->next;
    size_t size = old->size * 2 < 256 * 1024 ? 256 * 1024 : old->size * 2;
    if (p->stack_total + size > exci_stack_max()) size = exci_stack_max() - p->stack_total;
    if (size < 64 * 1024) exci_proc_die(EXC_A(stack_overflow));
    exci_seg *n = exci_stack_new_big(size);
    if (!n) exci_proc_die(EXC_A(stack_overflow));
    n->prev = old;
    old->next = n;
    p->stack_total += n->size;
    return n;
}

void exc_stack_grow(void (*fn)(void *), void *ctx)
{
    exci_proc *p = exci_proc_cur;
    if (!p) { fn(ctx); return; }
    exci_seg *old = p->seg, *n = next_segment(p);
    struct grow_call g = {fn, ctx, old};
    void *save = NULL;
    exci_gc_switch_begin(&exci_sched_cur->in_switch);
    char *sp = (char *)__builtin_frame_address(0) - 512;
    old->resume_sp = sp < old->lo ? old->lo : sp;
    p->seg = n;
    p->stack_top = n->top;
    exc_stack_limit = p->stack_limit = exci_stack_limit_of(n);
    exci_san_leave(&save, n->lo, n->size);
    exci_ctx_call_on(n->top, on_segment, &g, n->lo);
    exci_san_arrive(save);
    p->seg = old;
    p->stack_top = old->top;
    p->stack_limit = exci_stack_limit_of(old);
    exci_set_stack_limit(p->stack_limit);
    exci_gc_switch_end(&exci_sched_self()->in_switch);
    /* Keep one segment cached above (no thrashing at a boundary), free the rest. */
    if (n->next) {
        for (exci_seg *s = n->next; s; s = s->next) p->stack_total -= s->size;
        exci_stack_release(n->next);
        n->next = NULL;
    }
}
