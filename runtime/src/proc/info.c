/* Process.info for the keys the runtime knows. Reading another process's link set
** and mailbox happens under that process's lock (its owner takes the same lock
** when it moves or removes messages). */
#include "proc/proc.h"

static exc_term links_of(exci_proc *p)
{
    exc_term l = EXC_NIL_LIST;
    exci_spin_lock(&p->lock);
    for (uint32_t i = p->nlinks; i > 0; i--) l = exc_cons(p->links[i - 1], l);
    exci_spin_unlock(&p->lock);
    return l;
}

/* Messages in order: the private list, then the not yet drained queue. */
static exc_term messages_of(exci_proc *p, uint64_t *count)
{
    exc_term out = EXC_NIL_LIST, *tail = &out;
    uint64_t n = 0;
    exci_spin_lock(&p->lock);
    for (exci_node *m = exci_link_get(&p->mbox.head); m; m = atomic_load(&m->next), n++) {
        if (!count) { *tail = exc_cons(m->term, EXC_NIL_LIST); tail = &exc_cons_ptr(*tail)[1]; }
    }
    for (exci_node *m = atomic_load(&((exci_node *)atomic_load(&p->mbox.in_head))->next); m; m = atomic_load(&m->next)) {
        if (m->kind != EXCI_SIG_MSG) continue;
        n++;
        if (!count) { *tail = exc_cons(m->term, EXC_NIL_LIST); tail = &exc_cons_ptr(*tail)[1]; }
    }
    exci_spin_unlock(&p->lock);
    if (count) *count = n;
    return out;
}

static exc_term status_of(exci_proc *p)
{
    if (p == exci_proc_cur) return EXC_A(running);
    switch (atomic_load(&p->state)) {
    case EXCI_P_RUNNING: return EXC_A(running);
    case EXCI_P_RUNNABLE: return EXC_A(runnable);
    case EXCI_P_WAITING: return EXC_A(waiting);
    default: return EXC_A(exiting);
    }
}

/* Finished slices plus, for the caller itself, the running one. */
static uint64_t reductions_of(exci_proc *p)
{
    uint64_t r = p->reductions;
    if (p == exci_proc_cur && exc_reds < EXC_REDUCTIONS) r += (uint64_t)(EXC_REDUCTIONS - exc_reds);
    return r;
}

static exc_term value_of(exci_proc *p, exc_term key)
{
    uint64_t n;
    if (key == EXC_A(links)) return links_of(p);
    if (key == EXC_A(messages)) return messages_of(p, NULL);
    if (key == EXC_A(message_queue_len)) { messages_of(p, &n); return exc_small((int64_t)n); }
    if (key == EXC_A(total_heap_size)) return exc_small((int64_t)(p->alloc_bytes / 8 + 233));
    if (key == exc_atom("heap_size")) return exc_small((int64_t)(p->alloc_bytes / 8 + 233));
    if (key == exc_atom("reductions")) return exc_small((int64_t)reductions_of(p));
    if (key == exc_atom("group_leader")) { /* every process's is :user (proc/system.c) */
        exc_term gl = exc_whereis(exc_atom("user"));
        return exc_is_pid(gl) ? gl : EXC_NONE;
    }
    if (key == EXC_A(status)) return status_of(p);
    if (key == EXC_A(trap_exit)) return exc_bool(p->trap_exit);
    if (key == EXC_A(registered_name))
        return p->reg_name == EXC_A_nil ? EXC_NIL_LIST : p->reg_name;
    return EXC_NONE;
}

exc_term exc_process_info(exc_term pid, exc_term key)
{
    exci_proc *p = exci_proc_lookup(pid);
    if (!p) return EXC_A_nil;
    if (p == exci_proc_cur) exci_proc_drain(p);
    exc_term v = value_of(p, key);
    return v == EXC_NONE ? EXC_NONE : exc_tuple2(key, v);
}
