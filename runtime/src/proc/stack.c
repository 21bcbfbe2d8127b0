/* Stack segments (see stack.h). Slots of EXC_STACK_SLOT bytes come from 1 GiB
** MAP_NORESERVE reservations: pages are committed by first touch only, a million
** slots take 64 reservations (not a million mappings), and a freed slot stays warm
** in a LIFO pool so the next spawn reuses its touched pages. Beyond EXC_WARM_SLOTS
** pooled slots the pages are given back to the kernel (MADV_DONTNEED). */
#include "exc/config.h"
#include "proc/stack.h"
#include "platform/spin.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define REGION_BYTES ((size_t)1 << 30)
#define EXC_WARM_SLOTS 4096

static exci_spin pool_lock;
static exci_seg *warm;          /* intrusive LIFO through ->next */
static size_t nwarm;
static char **cold;             /* slot addresses whose pages were released */
static size_t ncold, capcold;
static char *region_next, *region_end;

static void lock(void) { exci_spin_lock(&pool_lock); }
static void unlock(void) { exci_spin_unlock(&pool_lock); }

static char *map_noreserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* A never-used slot address from the current reservation (lock held). */
static char *carve_slot(void)
{
    if (region_next == region_end) {
        region_next = map_noreserve(REGION_BYTES);
        if (!region_next) { region_end = NULL; return NULL; }
        region_end = region_next + REGION_BYTES;
    }
    char *s = region_next;
    region_next += EXC_STACK_SLOT;
    return s;
}

static exci_seg *init_seg(char *lo, size_t size, bool slot)
{
    exci_seg *s = (exci_seg *)(lo + size - sizeof(exci_seg));
    s->lo = lo;
    s->top = (char *)((uintptr_t)s & ~(uintptr_t)63);
    s->size = size;
    s->prev = s->next = NULL;
    s->resume_sp = NULL;
    s->slot = slot;
    return s;
}

exci_seg *exci_stack_new(void)
{
    lock();
    exci_seg *s = warm;
    if (s) {
        warm = s->next;
        nwarm--;
        unlock();
        s->next = s->prev = NULL;
        s->resume_sp = NULL;
        return s;
    }
    char *lo = ncold ? cold[--ncold] : carve_slot();
    unlock();
    if (!lo) return NULL;
    return init_seg(lo, EXC_STACK_SLOT, true);
}

exci_seg *exci_stack_new_big(size_t size)
{
    size = (size + 4095) & ~(size_t)4095;
    char *lo = map_noreserve(size);
    return lo ? init_seg(lo, size, false) : NULL;
}

/* Pool a slot: warm while the pool is small, else release its pages. */
static void free_slot(exci_seg *s)
{
    lock();
    if (nwarm < EXC_WARM_SLOTS) {
        s->next = warm;
        warm = s;
        nwarm++;
        unlock();
        return;
    }
    unlock();
    char *lo = s->lo;
    madvise(lo, EXC_STACK_SLOT, MADV_DONTNEED);
    lock();
    if (ncold == capcold) {
        size_t cap = capcold ? capcold * 2 : 1024;
        char **n = realloc(cold, cap * sizeof *n);
        if (!n) { unlock(); return; } /* leak the slot's address range, not memory */
        cold = n;
        capcold = cap;
    }
    cold[ncold++] = lo;
    unlock();
}

void exci_stack_release(exci_seg *first)
{
    while (first) {
        exci_seg *next = first->next;
        if (first->slot) free_slot(first);
        else munmap(first->lo, first->size);
        first = next;
    }
}

size_t exci_stack_max(void)
{
    static size_t max;
    if (!max) {
        const char *e = getenv("EXC_MAX_STACK_MB");
        max = e && atol(e) > 0 ? (size_t)atol(e) << 20 : EXC_MAX_STACK;
    }
    return max;
}
