/* One process allocates 10 GB in total while keeping little live data: resident
** memory must stay under 300 MB. */
#include "test_proc_util.h"

#include <stdio.h>
#include <unistd.h>

static long rss_mb(void) { return rss_bytes() >> 20; }

static void body(void)
{
    const uint64_t total = 10ULL << 30;
    uint64_t done = 0;
    long peak = 0;
    exc_term keep = EXC_NIL_LIST; /* a sliding window of ~1 MB live data */
    int kept = 0;
    int64_t t0 = exc_monotonic_ms();
    while (done < total) {
        exc_term l = EXC_NIL_LIST;
        for (int i = 0; i < 1000; i++) l = exc_cons(exc_small(i), l); /* 16 KB */
        done += 1000 * 16;
        if (++kept == 64) { keep = EXC_NIL_LIST; kept = 0; }
        keep = exc_cons(l, keep);
        if ((done & ((1 << 26) - 1)) < 16000) {
            long r = rss_mb();
            if (r > peak) peak = r;
        }
        EXC_REDUCE();
    }
    printf("allocated %llu MB in %lld ms, peak rss %ld MB\n", (unsigned long long)(done >> 20),
           (long long)(exc_monotonic_ms() - t0), peak);
    CHECK(peak < 300);
}

int main(void)
{
    (void)check_cases, (void)check_ncases, (void)check_setup; /* harness unused here */
    int rc = run_main(body);
    return rc || check_failures;
}
