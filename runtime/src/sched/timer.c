/* The timer heap (see timer.h) and the timer API of exc/proc.h: send_after,
** cancel_timer, monotonic time. */
#include "sched/timer.h"

#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include "exc/alloc.h"
#include "exc/proc.h"
#include "platform/spin.h"
#include "proc/proc.h"
#include "sched/sched.h"

/* The heap array is GC memory rooted by this static pointer, so pending messages
** and refs stay alive. */
static exci_timer **heap;
static size_t nheap, capheap;
static exci_spin lock;
static _Atomic int64_t next_ns = INT64_MAX;

int64_t exc_monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t exc_monotonic_ms(void) { return exc_monotonic_ns() / 1000000; }

static void place(size_t i, exci_timer *t)
{
    heap[i] = t;
    t->index = i;
}

static void sift_up(size_t i)
{
    exci_timer *t = heap[i];
    while (i > 0) {
        size_t up = (i - 1) / 2;
        if (heap[up]->deadline_ns <= t->deadline_ns) break;
        place(i, heap[up]);
        i = up;
    }
    place(i, t);
}

static void sift_down(size_t i)
{
    exci_timer *t = heap[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= nheap) break;
        if (c + 1 < nheap && heap[c + 1]->deadline_ns < heap[c]->deadline_ns) c++;
        if (t->deadline_ns <= heap[c]->deadline_ns) break;
        place(i, heap[c]);
        i = c;
    }
    place(i, t);
}

/* Remove heap[i] (lock held). */
static void remove_at(size_t i)
{
    heap[i]->index = SIZE_MAX;
    nheap--;
    if (i == nheap) return;
    place(i, heap[nheap]);
    sift_down(i);
    sift_up(heap[i]->index);
}

static void publish_next(void)
{
    atomic_store_explicit(&next_ns, nheap ? heap[0]->deadline_ns : INT64_MAX,
                          memory_order_release);
}

exci_timer *exci_timer_add(int kind, int64_t deadline_ns, exc_term dest, exc_term msg,
                           exc_term ref, struct exci_proc *proc)
{
    exci_timer *t = exc_alloc(sizeof *t);
    t->kind = kind;
    t->deadline_ns = deadline_ns;
    t->dest = dest;
    t->msg = msg;
    t->ref = ref;
    t->proc = proc;
    exci_spin_lock(&lock);
    if (nheap == capheap) {
        size_t cap = capheap ? capheap * 2 : 64;
        exci_timer **n = exc_alloc(cap * sizeof *n);
        if (nheap) memcpy(n, heap, nheap * sizeof *n);
        heap = n;
        capheap = cap;
    }
    place(nheap++, t);
    sift_up(nheap - 1);
    bool earliest = heap[0] == t;
    publish_next();
    exci_spin_unlock(&lock);
    if (earliest) exci_sched_kick(deadline_ns);
    return t;
}

bool exci_timer_cancel(exci_timer *t)
{
    exci_spin_lock(&lock);
    bool pending = t->index != SIZE_MAX;
    if (pending) {
        remove_at(t->index);
        publish_next();
    }
    exci_spin_unlock(&lock);
    return pending;
}

bool exci_timer_due(void)
{
    int64_t n = atomic_load_explicit(&next_ns, memory_order_acquire);
    return n != INT64_MAX && n <= exc_monotonic_ns();
}

int64_t exci_timer_next_ns(void) { return atomic_load_explicit(&next_ns, memory_order_acquire); }

static void fire(exci_timer *t)
{
    if (t->kind == EXCI_TIMER_SEND) {
        exc_term to = exc_is_atom(t->dest) ? exc_whereis(t->dest) : t->dest;
        if (exc_is_pid(to)) exc_send(to, t->msg);
        return;
    }
    atomic_store_explicit(&t->proc->wake_pending, 1, memory_order_seq_cst);
    exci_sched_wake(t->proc);
}

void exci_timer_run(void)
{
    exci_timer *due[32];
    int n = 0;
    int64_t now = exc_monotonic_ns();
    exci_spin_lock(&lock);
    while (n < 32 && nheap && heap[0]->deadline_ns <= now) {
        due[n++] = heap[0];
        remove_at(0);
    }
    publish_next();
    exci_spin_unlock(&lock);
    for (int i = 0; i < n; i++) fire(due[i]);
}

exc_term exc_send_after(exc_term dest, exc_term msg, int64_t ms)
{
    exc_term ref = exc_make_ref();
    exci_timer_add(EXCI_TIMER_SEND, exc_monotonic_ns() + ms * 1000000, dest, msg, ref, NULL);
    return ref;
}

/* Linear search by reference: few timers are pending in typical programs. */
exc_term exc_cancel_timer(exc_term ref)
{
    if (!exc_is_ref(ref)) return EXC_A_false;
    int64_t left = 0;
    bool found = false;
    exci_spin_lock(&lock);
    for (size_t i = 0; i < nheap; i++) {
        exci_timer *t = heap[i];
        if (t->kind == EXCI_TIMER_SEND && exc_ref_id(t->ref) == exc_ref_id(ref)) {
            left = t->deadline_ns - exc_monotonic_ns();
            found = true;
            remove_at(i);
            publish_next();
            break;
        }
    }
    exci_spin_unlock(&lock);
    if (!found) return EXC_A_false;
    if (left < 0) left = 0;
    return exc_small((left + 999999) / 1000000);
}
