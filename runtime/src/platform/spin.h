/* A test-and-test-and-set spinlock for short critical sections (run queues, process
** link sets, the stack pool) and the CPU's spin-wait hint. */
#ifndef EXC_PLATFORM_SPIN_H
#define EXC_PLATFORM_SPIN_H

#include <stdatomic.h>
#include <stdbool.h>

static inline void exci_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

typedef struct { atomic_int v; } exci_spin;

static inline bool exci_spin_trylock(exci_spin *l)
{
    return atomic_load_explicit(&l->v, memory_order_relaxed) == 0 &&
           !atomic_exchange_explicit(&l->v, 1, memory_order_acquire);
}

static inline void exci_spin_lock(exci_spin *l)
{
    while (!exci_spin_trylock(l))
        while (atomic_load_explicit(&l->v, memory_order_relaxed)) exci_cpu_relax();
}

static inline void exci_spin_unlock(exci_spin *l)
{
    atomic_store_explicit(&l->v, 0, memory_order_release);
}

#endif
