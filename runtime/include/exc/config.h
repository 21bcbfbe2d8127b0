/* Build switches and tuning constants of the runtime, all in one place. */
#ifndef EXC_EXC_CONFIG_H
#define EXC_EXC_CONFIG_H

/* Reductions a process may spend before it yields its scheduler (BEAM: 4000). */
#ifndef EXC_REDUCTIONS
#define EXC_REDUCTIONS 4000
#endif

/* EXC_GC_NONE: allocate with malloc and never free (sanitizer builds only).
** EXC_DEBUG_GC_STRESS=N: force a collection every N allocations. */

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
