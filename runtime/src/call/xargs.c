/* Per-thread overflow-argument buffers for calls with more than EXC_REG_ARGS
** arguments. Each buffer is GC memory kept reachable from a static array, so terms in
** transit between a caller and its callee stay visible to the collector. */
#include "exc/call.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "exc/alloc.h"

__thread exc_term *exci_xargs;

#define MAX_THREADS 4096
static exc_term *all_buffers[MAX_THREADS]; /* static data: a GC root */
static size_t nbuffers;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

exc_term *exci_xargs_alloc(void)
{
    exc_term *x = exc_alloc((EXC_MAX_ARITY + 1) * sizeof(exc_term));
    pthread_mutex_lock(&lock);
    if (nbuffers == MAX_THREADS) {
        fputs("exc: too many threads for overflow-argument buffers\n", stderr);
        abort();
    }
    all_buffers[nbuffers++] = x;
    pthread_mutex_unlock(&lock);
    exci_xargs = x;
    return x;
}
