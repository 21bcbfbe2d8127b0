/* References and unique integers: process-wide atomic counters. */
#include "term_internal.h"

#include <stdatomic.h>

#include "exc/alloc.h"

static _Atomic uint64_t next_ref = 1;
static _Atomic int64_t next_unique = 0;

exc_term exc_make_ref(void)
{
    exc_term *p = exc_alloc_atomic(2 * sizeof(exc_term));
    p[0] = exc_header(1, EXC_T_REF);
    p[1] = atomic_fetch_add_explicit(&next_ref, 1, memory_order_relaxed);
    return (exc_term)(uintptr_t)p;
}

/* BEAM's plain unique integers start near -2^59 and grow; positive ones start at 1. */
#define UNIQUE_NEGATIVE_BASE (-((int64_t)1 << 59))

exc_term exc_unique_integer(int flags)
{
    int64_t n = atomic_fetch_add_explicit(&next_unique, 1, memory_order_relaxed);
    return exc_small((flags & EXC_UNIQUE_POSITIVE) ? n + 1 : UNIQUE_NEGATIVE_BASE + n);
}
