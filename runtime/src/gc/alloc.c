/* The allocation wrappers of exc/alloc.h over Boehm GC (or malloc with EXC_GC_NONE).
** Each allocation is also counted for the running process (Process.info
** :total_heap_size is this estimate, in words). */
#include "exc/alloc.h"
#include "exc/config.h"

#include <stdlib.h>
#include <string.h>

#include "proc/proc.h"

static inline void account(size_t bytes)
{
    exci_proc *p = exci_proc_cur;
    if (p) p->alloc_bytes += bytes;
}

#ifdef EXC_GC_NONE

void exc_gc_init(void) {}
void exc_gc_init_batch(unsigned markers, size_t heap) { (void)markers; (void)heap; }
void exc_gc_blocking(void (*fn)(void *), void *arg) { fn(arg); }
void *exc_alloc(size_t bytes)
{
    account(bytes);
    return calloc(1, bytes ? bytes : 1);
}
void *exc_alloc_atomic(size_t bytes)
{
    account(bytes);
    return malloc(bytes ? bytes : 1);
}
void *exc_alloc_chunk(size_t bytes)
{
    account(bytes);
    return malloc(bytes ? bytes : 1);
}
void *exc_alloc_root(size_t bytes) { return calloc(1, bytes ? bytes : 1); }
void exc_free_root(void *p) { free(p); }
void exc_gc_collect(void) {}
size_t exc_gc_heap_size(void) { return 0; }
size_t exc_gc_total_bytes(void) { return 0; }

#else

#define GC_THREADS
#include <gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>

static pthread_once_t gc_once = PTHREAD_ONCE_INIT;
static unsigned gc_markers;     /* 0: Boehm's default, one per core */
static size_t gc_heap = EXC_GC_INITIAL_HEAP;

static void gc_init_once(void)
{
    if (gc_markers)
        GC_set_markers_count(gc_markers);
    GC_INIT();
    GC_allow_register_threads();
    /* Debian's libgc starts marker threads lazily; start them now so the first
    ** collection is already parallel. */
    GC_start_mark_threads();
    /* Boehm collects when a third of the heap has been allocated since the last
    ** collection; starting from its default ~256 KB heap, a message-passing program
    ** stops the world every few thousand messages, and the stop signals cost more
    ** than the messages (ping-pong 1M: 217 ms -> 122 ms with an 8 MB start, see
    ** docs/decisions.md). The env variable keeps Boehm's own override working. */
    if (!getenv("GC_INITIAL_HEAP_SIZE"))
        GC_expand_hp(gc_heap);
}

void exc_gc_init(void) { pthread_once(&gc_once, gc_init_once); }

void exc_gc_init_batch(unsigned markers, size_t heap)
{
    gc_markers = markers;
    gc_heap = heap;
    exc_gc_init();
}

/* GC_do_blocking wants a function returning a pointer. */
typedef struct Blocking {
    void (*fn)(void *);
    void *arg;
} Blocking;

static void *run_blocking(void *p)
{
    Blocking *b = p;
    b->fn(b->arg);
    return NULL;
}

void exc_gc_blocking(void (*fn)(void *), void *arg)
{
    Blocking b = {fn, arg};
    GC_do_blocking(run_blocking, &b);
}

void *exc_alloc(size_t bytes)
{
    account(bytes);
    return GC_MALLOC(bytes);
}

void *exc_alloc_atomic(size_t bytes)
{
    account(bytes);
    return GC_MALLOC_ATOMIC(bytes);
}

/* A kind whose objects the collector scans only in their first word (a length
** descriptor of 8 bytes, not adjusted to the object's size), and does not clear. */
static pthread_once_t chunk_once = PTHREAD_ONCE_INIT;
static int chunk_kind;

static void chunk_kind_init(void)
{
    chunk_kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH | sizeof(void *), 0, 0);
}

void *exc_alloc_chunk(size_t bytes)
{
    account(bytes);
    pthread_once(&chunk_once, chunk_kind_init);
    return GC_generic_malloc(bytes, chunk_kind);
}

void *exc_alloc_root(size_t bytes) { return GC_MALLOC_UNCOLLECTABLE(bytes); }
void exc_free_root(void *p) { GC_FREE(p); }

void exc_gc_collect(void) { GC_gcollect(); }

size_t exc_gc_heap_size(void) { return GC_get_heap_size(); }

size_t exc_gc_total_bytes(void) { return GC_get_total_bytes(); }

#endif
