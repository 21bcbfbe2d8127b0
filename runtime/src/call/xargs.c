/* Per-thread overflow-argument buffers for calls with more than EXC_REG_ARGS
** arguments. Each buffer is uncollectable GC memory (a root the collector scans), so
** terms in transit between a caller and its callee stay visible to the collector (it
** does not promise to scan thread-local storage). A buffer lives as long as the
** program, as its thread does.
** Not a static array of buffer pointers: static data is scanned at every collection,
** and a slot per possible thread was 32 KiB of it. */
#include "exc/call.h"

#include "exc/alloc.h"

__thread exc_term *exci_xargs;

exc_term *exci_xargs_alloc(void)
{
    exc_term *x = exc_alloc_root((EXC_MAX_ARITY + 1) * sizeof(exc_term));
    exci_xargs = x;
    return x;
}
