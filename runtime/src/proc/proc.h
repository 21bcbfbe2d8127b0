/* Process control blocks, the process table (serial -> process) and the life of a
** process: spawn, run, exit. Internal to the runtime (public API: exc/proc.h). */
#ifndef EXC_PROC_PROC_H
#define EXC_PROC_PROC_H

#include <setjmp.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "exc/proc.h"
#include "platform/ctx.h"
#include "platform/spin.h"
#include "proc/mailbox.h"
#include "proc/stack.h"

/* Process states. RUNNABLE: in exactly one run queue. RUNNING: on a scheduler.
** WAITING: parked, woken by a CAS WAITING -> RUNNABLE by whoever enqueues it.
** EXITING: running its exit; no longer in the table. */
enum exci_pstate { EXCI_P_RUNNABLE, EXCI_P_RUNNING, EXCI_P_WAITING, EXCI_P_EXITING };

/* Why a process gave its scheduler back. */
enum exci_yield_why { EXCI_Y_YIELD, EXCI_Y_WAIT, EXCI_Y_EXIT };

typedef struct exci_monitor { exc_term ref; exc_term pid; } exci_monitor;

/* The saved stack of a hibernated waiting process (proc/hibernate.c): the bytes
** [sp, end of its first slot), put back at the same addresses before it resumes. */
typedef struct exci_hib {
    char *sp;
    uint32_t len;
    uint32_t cls;                   /* size class of the buffer */
    struct exci_hib *next_free;
    char data[];
} exci_hib;

/* A process. GC-allocated and reachable from the table while alive (and from its
** scheduler while running), so pointers to a dead process stay valid: a send to it
** just lands in a queue nobody reads. */
typedef struct exci_proc {
    exci_mbox mbox;                 /* first: its producer end has its own line */
    uint64_t serial;
    exc_term pid;
    _Atomic int state;
    atomic_int wake_pending;        /* a timer fired for this process */
    int why;                        /* enum exci_yield_why, set before switching out */
    int running_on;                 /* scheduler id while RUNNING, else -1 */
    exci_ctx ctx;
    exci_seg *seg_first, *seg;      /* stack segments; seg is the current one */
    exci_hib *hib;                  /* saved stack while hibernated, else NULL */
    char *stack_limit;              /* exci_stack_limit_of(seg), cached */
    char *stack_top;                /* seg->top, cached (saves the collector a miss) */
    size_t stack_total;
    void (*entry)(void *);
    void *arg;
    struct exci_proc *rq_next;      /* run-queue link */
    uint64_t rq_tick;               /* the queue owner's dispatch count at enqueue */

    /* Links and monitors: guarded by `lock` (other processes edit them). */
    exci_spin lock;
    exc_term *links;                /* pids */
    uint32_t nlinks, caplinks;
    exci_monitor *mon_by;           /* who monitors me: {ref, watcher} */
    uint32_t nmon_by, capmon_by;
    exci_monitor *mon_out;          /* whom I monitor: {ref, target}; owner only */
    uint32_t nmon_out, capmon_out;

    bool trap_exit;
    bool is_main;
    exc_term reg_name;              /* registered name or nil */
    exc_term dict;                  /* process dictionary: list of {k, v} */
    exc_term exit_reason;
    exc_term exit_from;             /* sender of the exit signal that killed it, or 0 */
    exc_catch *catch_top;
    sigjmp_buf *base;               /* where a process exit unwinds to (on its stack) */
    struct exci_timer *wait_timer;  /* receive/sleep timeout armed, or NULL */
    uint64_t alloc_bytes;           /* for Process.info :total_heap_size */
    uint64_t reductions;            /* reductions of finished slices (Process.info) */
    void *san_save;                 /* ASan fake stack while switched out */
    void *tsan_fiber;               /* TSan fiber of this process */
    bool san_jumped;                /* a longjmp changed stack segment */
} exci_proc;

/* The running process of this thread (NULL outside processes). */
extern __thread exci_proc *exci_proc_cur;

/* Look a pid up: the process if alive (not yet exiting), else NULL. */
exci_proc *exci_proc_lookup(exc_term pid);

/* Entry point of every process stack (the context's boot function). */
void exci_proc_boot(void);

/* Terminate the running process with `reason` (unwinds to its base, skipping catch
** frames: exit signals are not exceptions). */
EXC_NORETURN void exci_proc_die(exc_term reason);

/* Move every incoming signal into the private list / act on it (owner only). May
** not return if an exit signal kills the process. */
void exci_proc_drain(exci_proc *p);

/* Queue a signal to p and wake it if it waits. */
void exci_proc_signal(exci_proc *p, uint32_t kind, exc_term from, exc_term ref, exc_term term);

/* The exit sequence: links, monitors, name; called on the process's own stack. */
void exci_proc_exit_signals(exci_proc *p, exc_term reason);

/* Register/unregister hooks used at exit. */
void exci_registry_drop(exci_proc *p);

/* Call push(lo, hi) for each run of process-table chunks holding live entries (GC
** root pushing, world stopped). */
void exci_proc_table_ranges(void (*push)(void *lo, void *hi));

/* Arm/cancel the running process's wake-up timer at deadline_ns. */
void exci_proc_arm_timer(exci_proc *p, int64_t deadline_ns);
void exci_proc_disarm_timer(exci_proc *p);

/* Main-process completion (runtime lifecycle). */
void exci_runtime_main_done(int status);

#endif
