/* The handshake that keeps a collection from starting while a scheduler is between
** stacks: a context switch marks its scheduler `in_switch` (own cache line, no
** shared write); the collector raises `exci_gc_pending` and waits for every
** scheduler to be out of a switch before stopping the world. This replaces
** Crystal's shared read/write lock (measured in docs/runtime.md). */
#ifndef EXC_GC_GC_SYNC_H
#define EXC_GC_GC_SYNC_H

#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>

#include "exc/config.h"
#include "platform/spin.h"

extern atomic_int exci_gc_pending;

/* The handshake is a Dekker pair (switch: store in_switch, load pending; collector:
** store pending, load in_switch). Switches happen millions of times a second and
** collections rarely, so the fence is moved to the collector: with Linux's
** membarrier (private expedited), the collector forces a full barrier on every
** running thread and the switch side needs only a compiler barrier (the asymmetric
** Dekker of liburcu and Folly). Without membarrier, or under TSan (which does not
** model it), both sides use sequentially consistent operations. Measured: two
** locked instructions less per message hop (docs/decisions.md). */
extern int exci_gc_asym;

static inline void exci_gc_switch_begin(atomic_int *in_switch)
{
#ifndef EXC_GC_NONE
    for (;;) {
        if (EXC_LIKELY(exci_gc_asym)) {
            atomic_store_explicit(in_switch, 1, memory_order_relaxed);
            atomic_signal_fence(memory_order_seq_cst);
            if (!atomic_load_explicit(&exci_gc_pending, memory_order_relaxed)) return;
        } else {
            atomic_store_explicit(in_switch, 1, memory_order_seq_cst);
            if (!atomic_load_explicit(&exci_gc_pending, memory_order_seq_cst)) return;
        }
        atomic_store_explicit(in_switch, 0, memory_order_release);
        while (atomic_load_explicit(&exci_gc_pending, memory_order_acquire)) sched_yield();
    }
#else
    (void)in_switch;
#endif
}

static inline void exci_gc_switch_end(atomic_int *in_switch)
{
#ifndef EXC_GC_NONE
    atomic_store_explicit(in_switch, 0, memory_order_release);
#else
    (void)in_switch;
#endif
}

/* Install the collector hooks (called once schedulers exist). */
void exci_gc_install_hooks(void);

/* A zeroed process control block, of the GC kind whose mark procedure pushes the
** process's suspended stack segments. */
void *exci_gc_alloc_proc(size_t bytes);

/* Register the calling scheduler thread's stack with the collector. */
void exci_gc_register_sched(void *sched);

#endif
