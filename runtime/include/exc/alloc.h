/* Allocation of terms. Every allocation in the runtime and in generated code goes
** through these wrappers, so the collector can be swapped for malloc in sanitizer
** builds (EXC_GC_NONE). The GC owns terms: nothing here is ever freed by hand. */
#ifndef EXC_EXC_ALLOC_H
#define EXC_EXC_ALLOC_H

#include <stddef.h>

/* Initialise the collector (threads + parallel marking). Idempotent; called by
** exc_runtime_init before anything else allocates. */
void exc_gc_init(void);

/* exc_gc_init for a batch job with a small live set (the compiler): MARKERS marking
** threads (1: the thread that collects marks alone) instead of one per core, where
** waking a helper marker costs more than it marks; and a first heap of HEAP bytes
** instead of EXC_GC_INITIAL_HEAP, which still grows as the collector needs (env
** GC_INITIAL_HEAP_SIZE overrides it as before). Only before anything else initialises
** the collector (docs/decisions.md). */
void exc_gc_init_batch(unsigned markers, size_t heap);

/* Run FN(ARG) on this thread as "blocked": the collector neither stops this thread
** nor scans its stack above the call while FN runs, so FN must not touch GC memory.
** For a thread that only waits (the compiler's main thread joining its worker): a
** stopped waiting thread costs every collection a signal round trip. */
void exc_gc_blocking(void (*fn)(void *), void *arg);

/* Memory that may hold pointers to other GC memory; zero-filled. */
void *exc_alloc(size_t bytes);

/* Memory of which the collector scans only the first word; the rest is never scanned
** and NOT zero-filled. For the compiler's AST chunks: their terms point within the
** chunk, at atoms and small integers, and at whatever else they reach through the
** first word (compiler/ast.c), so a collection marks a chunk without reading it. */
void *exc_alloc_chunk(size_t bytes);

/* Memory that never holds pointers (binary bytes, float boxes, bignum limbs);
** not zero-filled, never scanned. */
void *exc_alloc_atomic(size_t bytes);

/* Memory the collector scans but never frees (a root that lives in the heap, e.g. a
** per-thread pointer to GC memory); zero-filled. Freed only by exc_free_root. */
void *exc_alloc_root(size_t bytes);
void exc_free_root(void *p);

/* Force a full collection (tests, :erlang.garbage_collect). */
void exc_gc_collect(void);

/* Bytes currently in the GC heap and total bytes allocated since start. */
size_t exc_gc_heap_size(void);
size_t exc_gc_total_bytes(void);

#endif
