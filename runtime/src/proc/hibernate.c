/* Hibernation of waiting processes' stacks (see hibernate.h).
**
** Exclusion without a lock between the sweep and the schedulers: the sweep runs with
** the world stopped and exci_gc_pending raised, so no scheduler is inside a switch
** (gc/gc_sync.h) and none can enter one until the world restarts; restores happen
** inside switches. Buffers hold the saved stack words and are pushed by the control
** block's mark procedure in place of the stack (gc/roots.c). Only processes on their
** first slot are eligible (segments of their own mapping are left alone), and only
** with the hand-written context switch, whose saved sp bounds everything live. */
#include "proc/hibernate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "platform/spin.h"

#if defined(EXCI_CTX_ASM) && !defined(EXC_GC_NONE)

/* Waiting processes use ~400 bytes of stack; deeper waiters still save a page as
** long as their copy is well under one. */
#define HIB_MAX 3072
#define CLASS 64
#define NCLASS ((HIB_MAX + sizeof(exci_hib) + CLASS - 1) / CLASS)
#define CHUNK ((size_t)1 << 20)

static exci_spin buf_lock;      /* restores run on several schedulers at once */
static exci_hib *free_bufs[NCLASS + 1];
static char *chunk_next, *chunk_end;

static unsigned class_of(size_t len) { return (unsigned)((sizeof(exci_hib) + len + CLASS - 1) / CLASS); }

static exci_hib *buf_get(size_t len)
{
    unsigned c = class_of(len);
    exci_spin_lock(&buf_lock);
    exci_hib *h = free_bufs[c];
    if (h) {
        free_bufs[c] = h->next_free;
    } else {
        size_t bytes = (size_t)c * CLASS;
        if (chunk_end - chunk_next < (ptrdiff_t)bytes) {
            void *m = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            chunk_next = chunk_end = NULL;
            if (m != MAP_FAILED) chunk_next = m, chunk_end = chunk_next + CHUNK;
        }
        if (chunk_next) {
            h = (exci_hib *)chunk_next;
            chunk_next += bytes;
        }
    }
    exci_spin_unlock(&buf_lock);
    if (h) h->cls = c;
    return h;
}

static void buf_put(exci_hib *h)
{
    exci_spin_lock(&buf_lock);
    h->next_free = free_bufs[h->cls];
    free_bufs[h->cls] = h;
    exci_spin_unlock(&buf_lock);
}

/* Slots hibernated during the current collection, released together once marking
** is done (world still stopped). Appended by parallel markers. */
static char **released;
static atomic_size_t nreleased;

static void release_init(void)
{
    void *m = mmap(NULL, sizeof(char *) * EXC_MAX_PROCESSES, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    released = m == MAP_FAILED ? NULL : m;
}

exci_hib *exci_hib_mark(exci_proc *p)
{
    if (p->hib) return p->hib;
    exci_seg *s = p->seg;
    if (!released || !s || s != p->seg_first || !s->slot || s->next || p->running_on >= 0 ||
        atomic_load_explicit(&p->state, memory_order_relaxed) != EXCI_P_WAITING)
        return NULL;
    char *sp = p->ctx.sp, *lo = s->lo, *end = lo + EXC_STACK_SLOT;
    if (!sp || sp < lo || sp >= end || (size_t)(end - sp) > HIB_MAX) return NULL;
    size_t i = atomic_fetch_add_explicit(&nreleased, 1, memory_order_relaxed);
    if (i >= EXC_MAX_PROCESSES) return NULL; /* cannot happen: one per live process */
    exci_hib *h = buf_get((size_t)(end - sp));
    released[i] = h ? lo : NULL;
    if (!h) return NULL;
    h->sp = sp;
    h->len = (uint32_t)(end - sp);
    memcpy(h->data, sp, h->len);
    p->hib = h;
    return h;
}

static int cmp_addr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(char *const *)a, y = (uintptr_t)*(char *const *)b;
    return x < y ? -1 : x > y;
}

void exci_hib_release(void)
{
    size_t n = atomic_load_explicit(&nreleased, memory_order_relaxed);
    if (n > EXC_MAX_PROCESSES) n = EXC_MAX_PROCESSES;
    if (!n) return;
    /* A failed buffer allocation leaves its entry NULL: sorted first, skipped. */
    qsort(released, n, sizeof *released, cmp_addr);
    /* Slots of processes spawned one after another are adjacent: one call per run. */
    char *run_lo = NULL, *run_hi = NULL;
    for (size_t i = 0; i < n; i++) {
        char *lo = released[i];
        if (!lo) continue;
        if (lo == run_hi) {
            run_hi += EXC_STACK_SLOT;
            continue;
        }
        if (run_lo) madvise(run_lo, (size_t)(run_hi - run_lo), MADV_DONTNEED);
        run_lo = lo;
        run_hi = lo + EXC_STACK_SLOT;
    }
    if (run_lo) madvise(run_lo, (size_t)(run_hi - run_lo), MADV_DONTNEED);
    atomic_store_explicit(&nreleased, 0, memory_order_relaxed);
}

/* Env EXC_HIBERNATE=0 turns hibernation off (for measurements). */
void exci_hib_init(void)
{
    const char *e = getenv("EXC_HIBERNATE");
    if (!e || strcmp(e, "0") != 0) release_init();
}

void exci_hib_restore(exci_proc *p)
{
    exci_hib *h = p->hib;
    memcpy(h->sp, h->data, h->len);
    p->hib = NULL;
    buf_put(h);
}

#else

void exci_hib_init(void) {}
exci_hib *exci_hib_mark(exci_proc *p) { (void)p; return NULL; }
void exci_hib_release(void) {}
void exci_hib_restore(exci_proc *p) { (void)p; }

#endif
