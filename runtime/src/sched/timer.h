/* Timers: one binary min-heap of deadlines shared by all schedulers (a scheduler
** fires due timers between slices; a sleeping one wakes at the next deadline).
** Kinds: deliver a message (send_after) or wake a waiting process (receive
** timeouts, sleep). */
#ifndef EXC_SCHED_TIMER_H
#define EXC_SCHED_TIMER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "exc/term.h"

struct exci_proc;

enum exci_timer_kind { EXCI_TIMER_SEND, EXCI_TIMER_WAKE };

/* GC-allocated; `index` is its heap position, or SIZE_MAX once fired/cancelled. */
typedef struct exci_timer {
    int64_t deadline_ns;
    size_t index;
    int kind;
    exc_term dest, msg, ref;
    struct exci_proc *proc;
} exci_timer;

exci_timer *exci_timer_add(int kind, int64_t deadline_ns, exc_term dest, exc_term msg,
                           exc_term ref, struct exci_proc *proc);

/* Remove t if still pending; returns whether it was. */
bool exci_timer_cancel(exci_timer *t);

/* Fast check (one atomic load, a clock read only when a timer exists). */
bool exci_timer_due(void);

/* Fire every due timer. */
void exci_timer_run(void);

/* Earliest deadline, INT64_MAX when none. */
int64_t exci_timer_next_ns(void);

#endif
