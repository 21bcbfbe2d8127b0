/* Build switches and tuning constants of the runtime, all in one place. */
#ifndef EXC_EXC_CONFIG_H
#define EXC_EXC_CONFIG_H

/* Reductions a process may spend before it yields its scheduler (BEAM: 4000). */
#ifndef EXC_REDUCTIONS
#define EXC_REDUCTIONS 4000
#endif

/* Heap Boehm starts with (env GC_INITIAL_HEAP_SIZE overrides): collections start
** once a third of it has been allocated, so a too small start heap means a
** stop-the-world every few hundred KB. */
#ifndef EXC_GC_INITIAL_HEAP
#define EXC_GC_INITIAL_HEAP ((size_t)8 * 1024 * 1024)
#endif

/* EXC_GC_NONE: allocate with malloc and never free (sanitizer builds only).
** EXC_DEBUG_GC_STRESS=N: force a collection every N allocations. */

/* ---- processes and schedulers (runtime/src/proc, runtime/src/sched) ---- */

/* First stack segment of a process (carved from shared reservations) and the part of
** every segment kept free for C natives and signal frames below the limit that
** generated code checks (exc_stack_low). */
#ifndef EXC_STACK_SLOT
#define EXC_STACK_SLOT (256 * 1024)
#endif
#ifndef EXC_STACK_RESERVE
#define EXC_STACK_RESERVE (64 * 1024)
#endif
/* Most stack a process may use before it exits with :stack_overflow (env
** EXC_MAX_STACK_MB overrides). */
#ifndef EXC_MAX_STACK
#define EXC_MAX_STACK ((size_t)1024 * 1024 * 1024)
#endif
/* Process table size (power of two): the most processes alive at once. */
#ifndef EXC_MAX_PROCESSES
#define EXC_MAX_PROCESSES (1u << 22)
#endif
/* EXC_SCHED_TRACE: log scheduling events to stderr (also env EXC_SCHED_TRACE=1).
** Env EXC_DETERMINISTIC=seed (non-zero): one scheduler picking runnable processes in
** a seeded pseudo-random order, for reproducible actor tests.
** Env EXC_SCHEDULERS=n: scheduler threads (default: online cores). */

#if defined(__GNUC__)
#define EXC_LIKELY(x) __builtin_expect(!!(x), 1)
#define EXC_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define EXC_NORETURN __attribute__((noreturn))
#define EXC_INLINE static inline __attribute__((always_inline))
#else
#define EXC_LIKELY(x) (x)
#define EXC_UNLIKELY(x) (x)
#define EXC_NORETURN
#define EXC_INLINE static inline
#endif

#endif
