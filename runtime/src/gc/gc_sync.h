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

#include "platform/spin.h"

extern atomic_int exci_gc_pending;

static inline void exci_gc_switch_begin(atomic_int *in_switch)
{
#ifndef EXC_GC_NONE
    for (;;) {
        atomic_store_explicit(in_switch, 1, memory_order_seq_cst);
        if (!atomic_load_explicit(&exci_gc_pending, memory_order_seq_cst)) return;
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
