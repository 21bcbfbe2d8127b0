/* Unit tests of the allocation wrappers (exc/alloc.h). */
#include "check.h"
#include "exc.h"

#include <stdint.h>

TEST(alloc_zeroed_and_aligned)
{
    exc_gc_init();
    uint64_t *p = exc_alloc(64);
    CHECK(((uintptr_t)p & 7) == 0);
    for (int i = 0; i < 8; i++) CHECK(p[i] == 0);
}

TEST(alloc_atomic_usable)
{
    exc_gc_init();
    char *s = exc_alloc_atomic(100);
    memset(s, 'x', 100);
    CHECK(s[99] == 'x');
    CHECK(exc_gc_total_bytes() >= 100 || exc_gc_total_bytes() == 0);
}

TEST_MAIN()
