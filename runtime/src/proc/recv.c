/* Selective receive over the private message list (see exc/proc.h for the calling
** pattern generated code follows), receive timeouts and sleep. */
#include "proc/proc.h"

#include <time.h>

#include "sched/sched.h"
#include "sched/timer.h"

void exci_proc_arm_timer(exci_proc *p, int64_t deadline_ns)
{
    p->wait_timer = exci_timer_add(EXCI_TIMER_WAKE, deadline_ns, 0, 0, 0, p);
}

void exci_proc_disarm_timer(exci_proc *p)
{
    if (p->wait_timer) exci_timer_cancel(p->wait_timer);
    p->wait_timer = NULL;
}

void exc_recv_begin(void)
{
    exci_proc *p = exci_proc_cur;
    exci_mbox *m = &p->mbox;
    m->cursor = m->mark ? m->mark : &m->head;
    m->mark = NULL;
    m->deadline_ns = 0;
    if (p->wait_timer) exci_proc_disarm_timer(p);
}

exc_term exc_recv_peek(void)
{
    exci_proc *p = exci_proc_cur;
    exci_mbox *m = &p->mbox;
    exci_node *n = exci_link_get(m->cursor);
    if (!n) {
        exci_proc_drain(p);
        n = exci_link_get(m->cursor);
        if (!n) return EXC_NONE;
    }
    return n->term;
}

void exc_recv_skip(void)
{
    exci_mbox *m = &exci_proc_cur->mbox;
    m->cursor = &exci_link_get(m->cursor)->next;
}

void exc_recv_take(void)
{
    exci_proc *p = exci_proc_cur;
    exci_mbox *m = &p->mbox;
    exci_spin_lock(&p->lock);
    exci_mbox_remove(m, m->cursor);
    exci_spin_unlock(&p->lock);
    m->cursor = &m->head;
    m->deadline_ns = 0;
    if (p->wait_timer) exci_proc_disarm_timer(p);
}

void exc_recv_mark(void)
{
    exci_mbox *m = &exci_proc_cur->mbox;
    m->mark = m->tail_link;
}

/* Park p until something arrives or its timer fires (then drain). A fired timer
** is forgotten here: it left the heap when it fired. */
static void park(exci_proc *p, int64_t deadline_ns)
{
    if (deadline_ns && !p->wait_timer) exci_proc_arm_timer(p, deadline_ns);
    if (!exci_mbox_has_incoming(&p->mbox)) {
        exci_sched_switch_out(p, EXCI_Y_WAIT);
    } else {
        /* A producer swung the tail but has not linked its node yet (it may have
        ** been descheduled right there): let others run meanwhile. */
        exci_node *h = atomic_load_explicit(&p->mbox.in_head, memory_order_relaxed);
        if (!atomic_load_explicit(&h->next, memory_order_acquire))
            exci_sched_switch_out(p, EXCI_Y_YIELD);
    }
    /* Read before the exchange: a locked instruction per wake-up costs more than the
    ** rare timer it is for. */
    if (atomic_load_explicit(&p->wake_pending, memory_order_acquire) &&
        atomic_exchange_explicit(&p->wake_pending, 0, memory_order_acq_rel))
        p->wait_timer = NULL;
    exci_proc_drain(p);
}

bool exc_recv_wait(int64_t timeout_ms)
{
    exci_proc *p = exci_proc_cur;
    exci_mbox *m = &p->mbox;
    if (timeout_ms == 0) return true;
    if (timeout_ms > 0 && !m->deadline_ns)
        m->deadline_ns = exc_monotonic_ns() + timeout_ms * 1000000;
    for (;;) {
        if (m->deadline_ns && exc_monotonic_ns() >= m->deadline_ns) {
            m->deadline_ns = 0;
            exci_proc_disarm_timer(p);
            return true;
        }
        park(p, m->deadline_ns);
        if (exci_link_get(m->cursor)) return false;
    }
}

void exc_sleep(int64_t ms)
{
    exci_proc *p = exci_proc_cur;
    if (!p) {
        struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
        nanosleep(&ts, NULL);
        return;
    }
    exci_proc_disarm_timer(p);
    int64_t deadline = exc_monotonic_ns() + ms * 1000000;
    while (exc_monotonic_ns() < deadline) park(p, deadline);
    exci_proc_disarm_timer(p);
}
