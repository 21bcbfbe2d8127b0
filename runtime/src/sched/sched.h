/* Schedulers: one thread per core, a run queue each, work stealing, spin-then-sleep
** idling; and the switch between a scheduler and its processes. */
#ifndef EXC_SCHED_SCHED_H
#define EXC_SCHED_SCHED_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "platform/ctx.h"
#include "platform/spin.h"
#include "proc/proc.h"

/* One scheduler. `in_switch` is on its own cache line: the GC waits for it to be 0
** before stopping the world (see gc/gc_sync.h). */
typedef struct exci_sched {
    atomic_int in_switch;
    char pad0[60];
    int id;
    exci_ctx ctx;                  /* the scheduler loop, while a process runs */
    char *stack_bottom;            /* highest address of the thread's own stack */
    char *stack_lo;                /* its lowest address (sanitizer annotations) */
    void *san_save;                /* ASan fake stack of the loop while away */
    void *tsan_fiber;              /* TSan fiber of the loop */
    void *gc_handle;               /* Boehm's handle of this thread */
    exci_proc *_Atomic current;    /* running process or NULL */
    exci_proc *next;               /* woken by the running process: runs next, not
                                   ** stealable (Go's runnext); owner thread only */
    int streak;                    /* consecutive dispatches from `next` */
    exci_spin rq_lock;
    exci_proc *rq_head, *rq_tail;
    atomic_long rq_len;
    pthread_t thread;
    uint64_t rng;
    atomic_ulong dispatches;       /* processes dispatched here; written by the owner
                                   ** only, read by thieves (see steal) */
    atomic_ulong head_tick;        /* rq_tick of rq_head (written under rq_lock), so
                                   ** thieves can see without the lock that nothing is
                                   ** stealable yet */
    long live;                     /* spawned minus exited here (sum = live count) */
    char pad1[64];
} exci_sched;

extern exci_sched *exci_scheds;
extern int exci_nscheds;
extern __thread exci_sched *exci_sched_cur;

/* Create the scheduler structures (n threads) and start the threads. */
void exci_sched_start(int n);

/* Make a RUNNABLE process run soon (its state is already RUNNABLE). */
void exci_sched_enqueue(exci_proc *p);

/* WAITING -> RUNNABLE + enqueue, if p waits. */
void exci_sched_wake(exci_proc *p);

/* From process context: give the scheduler back for reason `why`. Returns when the
** process is resumed (never for EXCI_Y_EXIT). */
void exci_sched_switch_out(exci_proc *p, int why);

/* A timer was added that is earlier than all others: wake a sleeping scheduler
** if the sleepers would wake up later than deadline_ns. */
void exci_sched_kick(int64_t deadline_ns);

/* Fresh reads of the thread-locals, for use after anything that may have switched
** process (the process may resume on another thread, and a compiler may keep a
** thread-local's address from before the call; these are out of line so it cannot). */
exci_sched *exci_sched_self(void);
exci_proc *exci_proc_self(void);
void exci_set_stack_limit(char *limit);

/* Trace switch: env EXC_SCHED_TRACE=1 or -DEXC_SCHED_TRACE. */
extern int exci_sched_trace;

#endif
